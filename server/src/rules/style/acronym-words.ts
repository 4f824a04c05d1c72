// Word lists for style/undefined-acronym: region codes, and English words that writers put
// in capitals for emphasis ("NOT", "FREE"), which are not acronyms. The acronyms every reader
// knows are in known-acronyms.ts.

import { daleChall } from 'dale-chall';

/** US state and Canadian province codes ("Austin, TX"). */
export const REGION_CODES = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN ' +
    'TX UT VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL PE').split(' '),
);

// Short words written in capitals for emphasis; longer ones come from the word list.
const SHORT_WORDS = new Set(
  ('NO NOT YES ALL ANY NEW NOW AND OR BUT THE FOR OFF OUT BIG TOP WHY HOW ARE IS DO GO UP ON IN AT TO OF BY AS BE WE ME MY SO IF ' +
    'ONE TWO SIX TEN YOU OUR CAN MAY WAS HAS HAD GET GOT PUT SET SEE WIN NOR YET TOO BAD ASK END OWN USE ADD FIX DAY WAY OLD HOT ' +
    'WILL NOTE ONLY MUST FEW DID').split(' '),
);

const EXTRA_WORDS = [
  'important', 'warning', 'caution', 'draft', 'confidential', 'internal', 'external', 'urgent', 'final', 'required', 'optional',
  'deprecated', 'breaking', 'never', 'always', 'cannot', 'zero', 'none', 'every', 'really', 'exactly', 'absolutely', 'critical',
  'mandatory', 'strictly', 'prohibited', 'private', 'public', 'secret', 'limited', 'exclusive', 'guaranteed', 'unlimited', 'today',
  'tomorrow', 'launch', 'deadline', 'pending', 'approved', 'rejected', 'blocked', 'action', 'decision', 'question', 'answer',
  'summary', 'introduction', 'goal', 'tenet', 'risk', 'appendix', 'background', 'context', 'proposal', 'recommendation', 'next',
  'step', 'owner', 'status', 'update', 'please', 'thanks', 'welcome', 'introducing', 'announcing', 'available', 'everyone', 'nobody',
  'anyone', 'definitely', 'release', 'press', 'frequently', 'asked', 'customer', 'customers', 'problem', 'solution', 'price', 'free',
  'sale', 'sales', 'new', 'before', 'after', 'during', 'without', 'within', 'instead', 'because', 'should', 'would', 'could',
  'might', 'plan', 'review', 'result', 'results', 'data', 'team', 'memo', 'only', 'both', 'either', 'neither', 'first', 'last',
  'more', 'less', 'fewer', 'most', 'least', 'stop', 'start', 'read', 'this', 'that', 'these', 'those', 'very', 'much', 'many',
  'already', 'still', 'again', 'also', 'even', 'ever', 'done', 'shipped', 'live', 'beta', 'alpha', 'pilot', 'launched', 'delayed',
  'cancelled', 'canceled', 'paused', 'complete', 'completed', 'overview', 'purpose', 'scope', 'metrics', 'input', 'output',
];

const ENGLISH = new Set<string>([...daleChall, ...EXTRA_WORDS]);

/** Whether an all-caps token is an ordinary English word written in capitals ("NOT", "FREE", "NEVER"). */
export function isEmphasisWord(token: string): boolean {
  if (!/^[A-Z]+$/.test(token)) return false;
  if (token.length <= 3) return SHORT_WORDS.has(token);
  if (SHORT_WORDS.has(token)) return true;
  const word = token.toLowerCase();
  if (ENGLISH.has(word)) return true;
  // Inflections: SALES, PLANNED, SHIPPING, EASIER.
  for (const [suffix, replacement] of [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['ies', 'y'], ['er', ''], ['est', '']]) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && ENGLISH.has(word.slice(0, -suffix.length) + replacement)) return true;
  }
  return false;
}

/** Clothing and pack sizes: XS, XL, XXL, XXXL. */
export function isSize(token: string): boolean {
  return /^(?:X{1,3}[SL]|X{2,3}S)$/.test(token);
}

/** Roman numerals written with I, V and X ("Phase II", "Part IV"). */
export function isRomanNumeral(token: string): boolean {
  return /^(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$/.test(token);
}
