// Quotes and speakers in one paragraph: quoted speech, its attribution, and what the
// attribution says about who speaks (a leader's role, a customer's, a partner's, an organisation).

import type { ProseUnit } from '../../analysis';
import { countMatches, unitText, wordsIn } from '../text';
import type { SpeakerFacts } from '../types';
import { isAnonymousSpeaker, speakerName, speakerWords } from './speaker';

const QUOTE_SPAN = /“([^”]*)(?:”|$)|"([^"\n]*(?:\n[^"\n]*)*)(?:"|$)|‘((?:[^’]|’(?=[a-z]))*)’(?![a-z])/g;
const SPEECH = /\b(?:said|says|say|asked|asks|explains?|explained|adds?|added|notes|noted|shares|shared|comments|commented|remarks|remarked|states|stated|recalls?|recalled|observes|observed|tells|told|writes|wrote|continues|continued|agrees|agreed|admits|admitted|points? out|pointed out|sums? up|summed up|puts? it|reflects|reflected|emphasi[sz]es|emphasi[sz]ed|predicts|predicted|argues|argued|insists|insisted|jokes|joked|laughs|laughed|concludes|concluded|according to|in the words of|as \S+ (?:puts|put) it)\b/i;
/** "what was asked", "is said to": a passive speech verb attributes nothing. */
const PASSIVE_SPEECH = /\b(?:was|were|is|are|been|being|be)\s+(?:asked|said|told|noted|stated|explained|added|shared|written)\b/gi;
const NAME = String.raw`(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:van|de|da|del|von|al|bin)?\s*[A-Z][a-zà-ÿ’'-]+){0,2}|\[[^\]\n]{1,40}\]`;
const DASH_ATTRIBUTION = new RegExp(String.raw`(?:^|[\s”"’.,!?*_])(?:—|–|―|--?|~)\s*(?:${NAME})`);
/** A block quote's attribution closes it ("… — Jane Doe"): dashes inside rows ("Noah Kahan — Fri Aug 21 — no match") are data. */
const CLOSING_DASH_ATTRIBUTION = new RegExp(String.raw`${DASH_ATTRIBUTION.source}[^—–―~]*$`);
const DASH_LINE = new RegExp(String.raw`^\s*[*_]*(?:—|–|―|--?|~)\s*[*_]*\s*(?:${NAME})`);
// Not after a list number: "3. Rarity:" labels a point.
const COLON_INTRO = new RegExp(String.raw`(?:^|(?<!\d)[.!?]\s+)(?:${NAME})\s*(?:,[^:“"\n]{2,100})?\s*(?:\([^)]{2,80}\))?\s*:\s*$`);
const INDIRECT = new RegExp(String.raw`\b[Aa]ccording to\s+(?:${NAME})\s*,|(?:${NAME})\s*,\s[^,.]{3,90},\s*(?:said|says|explained|explains|noted|notes|added|adds)\b|\b(?:said|says)\s+(?:${NAME})\s*,\s`);
const LEADER_ROLE =
  /\b(?:CEO|CTO|COO|CFO|CPO|CMO|CIO|CRO|chief [a-z]+(?: [a-z]+)? officer|chief executive|executive director|mayor|governor|commissioner|(?:deputy |assistant |under )?secretary(?! of state)|minister|(?:co-?)?founder|president|vice[- ]president|(?:S|E)?VP|general manager|GM|head of|director of (?:product|engineering|marketing|operations|growth|design|partnerships|sales|customer|strategy|business)|(?:product|program|engineering|business|launch|project)\s+(?:lead|leader|manager|owner|director)|(?:co-?)?creator of|(?:the|its|our) (?:co-?)?(?:creator|author)|(?:lead )?maintainer of|managing director|(?:presiding|chief|administrative) judge|chief justice|chair(?:man|woman|person)?|spokes(?:person|woman|man)|leads? (?:the|our) [\w -]{1,30}teams?|leader of|who (?:leads|runs|heads) (?:the|our) [\w -]{1,30}(?:team|group|business|organi[sz]ation)|team lead)\b/gi;
const CUSTOMER_ROLE =
  /\b(?:customers?|clients?|users?|RN|LPN|beta|pilots?|piloted|early[- ](?:adopters?|access|testers?|customers?)|testers?|tested|subscribers?|members?|shoppers?|patients?|parents?|mother|father|mom|mum|dad|grandparents?|students?|teachers?|nurses?|doctors?|physicians?|pharmacists?|farmers?|drivers?|chefs?|cooks?|bakers?|freelancers?|homeowners?|tenants?|renters?|landlords?|readers?|residents?|volunteers?|co-?owner|owner|owns|runs|manager (?:at|of)|(?:store|shop|office|practice|clinic|restaurant|branch|floor|unit|charge|warehouse|fleet|property|operations) (?:manager|lead|supervisor|director)|who (?:uses|used|tried|has used|has been using|piloted|tested|runs|owns|manages|works|teaches|has been|switched|started|joined|signed up|was among|is among)|who (?!leads|heads|oversees|built|created|designed|runs (?:the|our))[a-z]+s\b|(?:,|\bis) an? [a-z-]+(?: [a-z-]+)? (?:in|from|at|near|outside|based in) [A-Z]|one of (?:the )?(?:first|\d+|[a-z]+) |(?:at|of|for|in) (?:a|an) (?!company|startup)[a-z][a-z-]+|supervisor|foreman|forewoman|charge nurse|scoutmaster|shop steward)\b/gi;
/** A machine that speaks: "The language model explains…", "ChatGPT evaluated…". */
const MACHINE = /\b(?:ChatGPT|GPT-?\d\w*|chat ?bots?|(?:large )?language models?|LLMs?|AI (?:models?|assistants?|agents?)|voice assistants?)\b/i;
const THIRD_PARTY = /\b(?:partner|partners|partnerships?|investor|investors|analyst|analysts|advis[eo]rs?|advised|advises|advising|consulted|board member|industry expert|research firm|consultancy|trade association|association)\b/i;
/** Organisation names in an attribution ("at Fieldstone Dental Partners"): their words are not the speaker's role. */
const ORG_NAME = /\b(?:at|of|from|with|for|joined)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|and|of|the))*/g;
// "at Mercy Hospital", "Acme's", and a name before a lower-case title ("Project Health manager").
const ORG =
  /\b(?:at|of|from|with|for|joined)\s+((?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|and|of|the))*)|\b([A-Z][\w&.-]*)[’']s\b|\b((?:[A-Z][\w&.-]*\s+){1,3})(?:manager|director|lead|engineer|developer|analyst|scientist|researcher|designer|administrator|coordinator|owner|founder|president)\b/g;
/** Words of an organisation's name that don't tell one organisation from another. */
export const GENERIC_ORG_WORD = /^(?:the|of|and|our|their|its|his|her|a|an|senior|junior|principal|chief|general|regional|&|inc\.?|llc|ltd\.?|co\.?|corp\.?|company|group|labs?|team|health|books?|store|shop|services?|systems?|technologies|tech|solutions|partners|holdings|international|global|hospital|clinic|school|university|college|district|city|county|state|center|centre|cafe|café|bakery|farm|farms|restaurant|market|foods?|north|south|east|west|new|san|st\.?|los|las|el|la|de|product|products|engineering|marketing|sales|operations|customer|customers|experience|growth|design|strategy|finance|technology|people|partnerships|research|development|retail|nursing|medical|care|support|innovation|digital|data|business|communications|policy|programs?|content|education|learning|platform|communities|community|success|quality|safety|supply|chain|logistics|analytics|security|infrastructure|commerce|payments?|americas|europe|emea|us|usa|north america)$/i;

/** Words told in the company's voice ("we built", "our customers") or a person's ("I used to", "my shop"). */
export const COMPANY_VOICE = /\b(?:[Ww]e|[Oo]ur|us|[Ww]e[’'](?:re|ve|ll|d))\b/;
export const PERSON_VOICE = /\b(?:I|[Mm]y|[Mm]e|I[’'](?:m|ve|ll|d))\b/;

export interface Speech extends SpeakerFacts {
  /** The paragraph's masked text, spaces folded. */
  masked: string;
  /** The words outside quotation marks, each quote replaced by an invisible separator. */
  frame: string;
  /** The quoted words (or the whole paragraph when it is a block quote), '' when none. */
  spoken: string;
  /** The writer's own words: outside the quotes when the paragraph quotes someone, else all of it. */
  prose: string;
  /** Words inside quotation marks (quotes of five words or more). */
  inside: string;
}

/** Who, if anyone, this paragraph quotes, and what the attribution says about them. */
export function readSpeech(unit: ProseUnit): Speech {
  const masked = unitText(unit);
  const { inside, outside, longest } = splitQuotes(masked);
  const frame = outside.replace(/\u2063+/g, ' \u2063 ');
  const attributionLine = DASH_LINE.test(masked) && wordsIn(masked) <= 30 && longest === 0;
  const hasSpeech = !attributionLine && (longest > 0 || (unit.quoted && wordsIn(masked) >= 5));
  const dash = (longest > 0 ? DASH_ATTRIBUTION : CLOSING_DASH_ATTRIBUTION).test(frame);
  const attributed = hasSpeech && (SPEECH.test(frame.replace(PASSIVE_SPEECH, ' ')) || dash || COLON_INTRO.test(frame.split('\u2063')[0] ?? ''));
  const indirect = !hasSpeech && !attributionLine && INDIRECT.test(masked) && (countMatches(LEADER_ROLE, masked) > 0 || countMatches(CUSTOMER_ROLE, masked) > 0);
  const quote = attributed || indirect;
  // Who is speaking: read from the attribution (the words outside the quotes).
  const speakerText = quote || attributionLine ? (indirect ? masked : frame) : '';
  // "a program manager in Austin" is one of many, not the company's leader: only "the"/no-article roles lead.
  const leaderText = speakerText.replace(LEADER_ROLE, (role, at: number) => (/\b(?:a|an)\s+(?:[\w-]+\s+)?$/i.test(speakerText.slice(Math.max(0, at - 24), at)) && !/^(?:CEO|CTO|COO|CFO|founder|co-founder)/i.test(role) ? role : ' '));
  const leaderRole = speakerText ? countMatches(LEADER_ROLE, speakerText) - countMatches(LEADER_ROLE, leaderText) : 0;
  const customerRole = speakerText ? countMatches(CUSTOMER_ROLE, leaderText) : 0;
  const orgs: string[] = [];
  if (speakerText) {
    ORG.lastIndex = 0;
    for (let m = ORG.exec(speakerText); m; m = ORG.exec(speakerText)) {
      const words = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(/\s+/).map((w) => w.replace(/(?:[’']s)?[.’']*$/, '')).filter((w) => w && !GENERIC_ORG_WORD.test(w));
      orgs.push(...words);
    }
  }
  const spoken = inside || (unit.quoted ? masked : '');
  const speaker = speakerText ? speakerWords(masked)?.text ?? '' : '';
  return {
    masked,
    frame,
    spoken,
    prose: quote ? frame.replace(/\u2063/g, ' ') : masked,
    inside,
    quote,
    unattributedQuote: hasSpeech && !quote,
    attributionLine,
    introducesSpeaker: introducesSpeaker(masked),
    leaderRole,
    customerRole,
    thirdParty: speakerText !== '' && (THIRD_PARTY.test(speakerText.replace(ORG_NAME, ' ')) || (MACHINE.test(speakerText) && leaderRole + customerRole === 0)),
    orgs,
    speaker,
    anonymous: speaker !== '' && isAnonymousSpeaker(speaker) && countMatches(LEADER_ROLE, speaker) === 0,
    speakerName: speaker ? speakerName(speaker) : [],
    companyVoice: COMPANY_VOICE.test(spoken),
    personVoice: PERSON_VOICE.test(spoken),
  };
}

/**
 * A paragraph ending in a colon introduces someone's speech when its last sentence names who
 * speaks ("Jane Doe, CEO of Acme:", "According to its author:", "One nurse told us:"); "For
 * example:" or the conditional ("CaddAI might say:") introduces a sample, not a person's words.
 */
function introducesSpeaker(masked: string): boolean {
  if (!/:\s*$/.test(masked)) return false;
  const last = masked.split(/(?<=[.!?])\s+(?=\S)/).pop() ?? '';
  if (/\b(?:might|may|could|would|will|can)\s+(?:\w+\s+)?(?:say|tell|advise|answer|reply|suggest)\b/i.test(last)) return false; // an example
  return SPEECH.test(last.replace(PASSIVE_SPEECH, ' ')) || COLON_INTRO.test(last) || countMatches(LEADER_ROLE, last) > 0;
}

/** Speech verbs beside a name: "said Jane Doe", "Jane Doe asked". */
const NAMED_SPEECH = new RegExp(String.raw`\b(?:said|says|asked|asks|added|adds)\s+(?:${NAME})|(?:${NAME}),?\s+(?:said|says|asked|asks|added|adds)\b`);

/**
 * Quotes that are only questions ("you can ask it: “Why did I owe so much in 2022?”") are example
 * prompts, not someone's speech, unless a name is said to speak them.
 */
function onlyExampleQuestions(bodies: readonly string[], frame: string): boolean {
  return bodies.length > 0 && bodies.every((b) => /\?\W*$/.test(b.trim())) && !NAMED_SPEECH.test(frame);
}

function splitQuotes(masked: string): { inside: string; outside: string; longest: number } {
  const bodies: string[] = [];
  let inside = '';
  let longest = 0;
  let outside = masked;
  QUOTE_SPAN.lastIndex = 0;
  for (let m = QUOTE_SPAN.exec(masked); m; m = QUOTE_SPAN.exec(masked)) {
    if (m[0].length === 0) {
      QUOTE_SPAN.lastIndex++;
      continue;
    }
    const body = m[1] ?? m[2] ?? m[3] ?? '';
    const words = wordsIn(body);
    if (words < 5) continue; // "Smart Reorder", ‘one tap’: names and phrases, not speech
    longest = Math.max(longest, words);
    bodies.push(body);
    inside += ` ${body}`;
    outside = outside.slice(0, m.index) + '\u2063'.repeat(m[0].length) + outside.slice(m.index + m[0].length);
  }
  if (onlyExampleQuestions(bodies, outside)) return { inside: '', outside: masked, longest: 0 };
  return { inside, outside, longest };
}
