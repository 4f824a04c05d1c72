// Finds where a sentence describes one number that blends several metrics: fitness
// functions, weighted/composite/blended/aggregate scores and indexes, health scores,
// "one number that combines …", percentage weightings and point schemes. A sentence
// that argues against such a number ("we will not use a fitness function") is skipped.

export interface CompoundSignal {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** The components named in the sentence, when they can be read ("NPS", "churn"). */
  components: string[];
}

const NOUN = '(?:scores?|scoring|index(?:es)?|indices|metrics?|kpis?|measures?|numbers?|ratings?|indicators?|grades?)';
// Verbs that put several metrics into one.
const BLEND = '(?:combin(?:e|es|ed|ing)|blend(?:s|ed|ing)?|aggregat(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|mix(?:es|ed|ing)?|fold(?:s|ed|ing)?\\s+(?:together|in)|roll(?:s|ed|ing)?\\s+(?:up|together)|brings?\\s+together|weights|weighted|weighting|weighs)';
const PHRASES: RegExp[] = [
  /\bfitness[- ]functions?\b/i,
  new RegExp(`\\bweighted[- ](?:sum|total|composite|blend|combination|roll-?up|formula|scorecard|${NOUN})\\b`, 'i'),
  /\b(?:composite|blended)[- ](?:[a-z]+[- ])?(?:scores?|index(?:es)?|metrics?|kpis?|measures?|numbers?|ratings?|indicators?|grades?)\b/i,
  /\baggregated?[- ](?:[a-z]+[- ])?(?:scores?|index(?:es)?)\b/i,
  /\b(?:overall|combined|compound)[- ](?:scores?|index|metrics?|kpis?)\b/i,
  /\bhealth[- ](?:scores?|index|indexes|indices|grades?)\b/i,
  // "The Seller Score is weighted as follows"
  /\b(?:scores?|index)\b[^.;:]{0,40}?\b(?:is|are|gets?|will be)\s+weighted\b(?!\s+by\b)/i,
];
/** "weighted average of NPS, churn and CSAT" (a weighted average of one quantity is not compound). */
const WEIGHTED_AVERAGE = /\bweighted[- ](?:average|mean)\s+of\s+([^.;:]+)/i;
/** "an index of on-time rate, defect rate and CSAT" */
const INDEX_OF = /\b(?:index|score)\s+(?:of|from|built from|made from|based on)\s+(?=[A-Za-z])([^.;:]+)/i;
/** "one number that combines …", "rolls A, B and C into a single score". */
const ONE_NUMBER = new RegExp(`\\b(?:one|single|1)\\s+(?:[a-z]+\\s+)?${NOUN}\\b`, 'i');
const BLEND_VERB = new RegExp(`\\b(?:${BLEND}|roll(?:s|ed|ing)?\\s+(?:[\\w,-]+\\s+){0,10}?into|fold(?:s|ed|ing)?\\s+(?:[\\w,-]+\\s+){0,10}?into|mash(?:es|ed)?|weighted)\\b`, 'i');
/** "The Seller Score combines on-time rate, returns and ratings", "the CHI (…), which folds together …". */
const NOUN_COMBINES = new RegExp(`\\b${NOUN}\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:that\\s+|which\\s+|will\\s+|to\\s+)?${BLEND}\\b`, 'i');
/** "combine NPS, CSAT and retention into a Customer Happiness Index" */
const INTO_ONE = new RegExp(`\\b(?:combin\\w*|blend\\w*|roll\\w*|merg\\w*|fold\\w*|aggregat\\w*|mash\\w*)\\b[^.;]{3,120}?\\binto\\s+(?:a single|a|an|one|the|our)\\s+((?:[\\w-]+\\s+){0,3}${NOUN})\\b`, 'i');
const PERCENT = /(\d{1,3}(?:\.\d+)?)\s?%/g;
// Words that make percentages weights ("score" as a verb, "we score each lead", does not count).
const WEIGHTING_CONTEXT = /(?<!\b(?:we|they|you|to|will|and|i)\s)\b(?:weight(?:s|ed|ing)?|scores?|index|composite|blend(?:s|ed)?|formula|combin(?:e|es|ed|ing))\b/i;
/** "0.5 × retention + 0.3 × NPS + 0.2 × growth" */
const FORMULA = /(?:\d*\.\d+|\d+)\s*[×x*·]\s*\(?[A-Za-z][^+]{0,40}?(?:\s*\+\s*(?:\d*\.\d+|\d+)\s*[×x*·]\s*\(?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)+/;
/** "a 50/30/20 weighting" */
const SLASH_WEIGHTS = /\b\d{1,2}(?:\s?\/\s?\d{1,2}){1,4}\b/;
const POINTS_FOR = /(?<![\w.])(?:[+]\s?\d{1,4}(?:\s?(?:points?|pts))?|\d{1,4}\s?(?:points?|pts))\s+(?:for|per|each|when|if|on every|every)\b/gi;
const SIGNED_SEQUENCE = /[+]\s?\d{1,4}(?:\s*\/\s*[+]\s?\d{1,4})+/;
const REWARDS = /\b(?:earn(?:s|ed)?|redeem\w*|rewards?|loyalty|cash ?back|gift cards?|members? get)\b/i;
/** Words just before the signal that reject it: "instead of a composite score", "we will not use a fitness function". */
const REJECTED_BEFORE =
  /\b(?:not|no|never|nor|without|none|n['’]t|instead of|rather than|avoid\w*|abandon\w*|reject\w*|retir\w*|drop(?:s|ped|ping)?|scrap\w*|stop(?:s|ped)?|replac\w*|against|no longer|consider\w*|tried|tempting)\b(?:\s+[^\s]+){0,7}\s*$/i;
/** Words just after it: "the fitness function goes away on July 1". */
const REJECTED_AFTER = /^[^.;]{0,40}?\b(?:goes away|go away|(?:is|are|was|were|will be|gets?) (?:retired|dropped|removed|scrapped|abandoned|replaced|gone)|ends? on)\b/i;
/** The sentence discusses why such numbers fail. */
const DISCUSSES_FAILURE = /\b(?:failed(?![-\w])|fails(?![-\w])|which (?:lever|input)s?|(?:couldn['’]t|could not|can['’]t|cannot|didn['’]t|did not|doesn['’]t|does not) (?:tell|show)|confus\w*|hid(?:e|es|den)|obscur\w*|arbitrary|lesson|mistake|separately|individually|on its own|its own target|munging)\b/i;
/** Every signal below needs one of these words or marks. */
const MAY_SIGNAL = /fitness|weigh|composite|blend|aggregat|overall|combin|compound|health|scor|index|indices|merg|mix|fold|roll|together|mash|formula|points?\b|pts\b|\+\s?\d|\d\s*[×x*·]/i;
const NOT_COMPOUND = /\b(?:body mass index|weighted average cost of capital|credit scores?|net promoter score|fico)\b/i;

// A product feature named like a metric: the product computes a score or keeps an index to
// rank, match, search or route things ("a vector index of product descriptions", "a weighted
// scoring system that ranks candidates"). That is how the product works, not how the team
// measures success, unless the sentence also calls it a goal, target or metric.
/** An index that is a data structure: "vector index", "search index", "inverted index". */
const TECHNICAL_INDEX = /\b(?:vector|search|inverted|full[- ]text|database|db|spatial|geospatial|hash|b-?tree|embeddings?|semantic|keyword|text|document|lucene|faiss|hnsw|ann|sql)\s+index(?:es)?\b/i;
/** What a product does with a score or an index. */
const FEATURE_USE =
  /\b(?:rank(?:s|ed|ing)?|sort(?:s|ed|ing)?|re-?rank\w*|match(?:es|ed|ing)?|recommend\w*|search\w*|retriev\w*|quer(?:y|ies)|lookups?|embeddings?|algorithms?|engine|classifier|filter(?:s|ed|ing)?|rout(?:e|es|ed|ing)|triag\w*|shortlist\w*|(?:scoring|ranking|matching)\s+(?:system|model|feature|engine|algorithm))\b/i;
/** Words that make the number a success measure all the same. */
const SUCCESS_MEASURE = /\b(?:goals?|targets?|metrics?|kpis?|okrs?|success|measur\w*|track(?:s|ed|ing)?|report(?:s|ed|ing)?\s+(?:on|to|weekly|monthly)|dashboards?|scorecards?|bonus\w*|compensat\w*|performance review|north star)\b/i;

/** Whether the sentence describes a product feature named like a metric, not a success measure. */
export function isFeatureNotMetric(sentence: string, signal: { start: number; end: number }): boolean {
  if (SUCCESS_MEASURE.test(sentence)) return false;
  const around = sentence.slice(Math.max(0, signal.start - 30), signal.end + 10);
  return TECHNICAL_INDEX.test(around) || FEATURE_USE.test(sentence);
}

/** The first compound-metric signal in a sentence, or undefined. */
export function findCompoundSignal(sentence: string): CompoundSignal | undefined {
  if (!MAY_SIGNAL.test(sentence)) return undefined; // most sentences name no score, blend or weight
  if (/\?\s*$/.test(sentence)) return undefined; // a question asks about a metric, it doesn't propose one
  if (DISCUSSES_FAILURE.test(sentence)) return undefined;
  const candidates: CompoundSignal[] = [];
  for (const pattern of PHRASES) {
    const m = pattern.exec(sentence);
    if (m) candidates.push({ start: m.index, end: m.index + m[0].length, components: componentsAfter(sentence.slice(m.index + m[0].length)) });
  }
  for (const pattern of [WEIGHTED_AVERAGE, INDEX_OF]) {
    const m = pattern.exec(sentence);
    if (m && isList(m[1])) candidates.push({ start: m.index, end: m.index + m[0].length - m[1].length - (/\s(?:of|from|built from|made from|based on)\s+$/i.exec(m[0].slice(0, m[0].length - m[1].length))?.[0].length ?? 0), components: splitList(m[1]) });
  }
  const one = ONE_NUMBER.exec(sentence);
  if (one && BLEND_VERB.test(sentence)) candidates.push({ start: one.index, end: one.index + one[0].length, components: componentsAfter(sentence) });
  const combines = NOUN_COMBINES.exec(sentence);
  if (combines && isList(sentence.slice(combines.index + combines[0].length))) {
    candidates.push({ start: combines.index, end: combines.index + combines[0].length, components: splitList(sentence.slice(combines.index + combines[0].length)) });
  }
  const into = INTO_ONE.exec(sentence);
  if (into) {
    const at = into.index + into[0].length - into[1].length;
    candidates.push({ start: at, end: at + into[1].length, components: splitList(into[0].replace(/^\S+\s+/, '').replace(/\binto\b[\s\S]*$/, '')) });
  }
  const weights = percentWeights(sentence) ?? weightingByNumbers(sentence);
  if (weights) candidates.push(weights);
  const points = pointScheme(sentence);
  if (points) candidates.push(points);

  return candidates
    .filter((c) => !rejected(sentence, c.start, c.end) && !NOT_COMPOUND.test(sentence.slice(Math.max(0, c.start - 20), c.end + 20)) && !isFeatureNotMetric(sentence, c))
    .map((c) => withName(sentence, c))
    .sort((a, b) => a.start - b.start)
    .map((c) => namedBefore(sentence, c))[0];
}

const METRIC_NAME = /\b(?:[A-Z][\w&-]*\s+)+(?:Scores?|Index|Indexes|Indices|Metrics?|KPIs?|Ratings?|Grades?|Numbers?)\b/g;

/** The metric's own name, when the sentence gives one before the signal: "a Courier Score that rolls … into one number". */
function namedBefore(sentence: string, c: CompoundSignal): CompoundSignal {
  for (const m of sentence.slice(0, c.end).matchAll(METRIC_NAME)) {
    let text = m[0];
    let start = m.index!;
    const article = /^(?:A|An|The|Our|We|This|That|Each|One|Its|Their|Every)\s+/.exec(text);
    if (article) {
      text = text.slice(article[0].length);
      start += article[0].length;
    }
    if (/\s/.test(text) && !NOT_COMPOUND.test(text)) return { ...c, start, end: start + text.length };
  }
  return c;
}

/** Widens a match to the metric's capitalised name: "Health Index" → "Building Health Index". */
function withName(sentence: string, c: CompoundSignal): CompoundSignal {
  let start = c.start;
  let end = c.start + sentence.slice(c.start, c.end).trimEnd().length;
  if (/^[A-Z]/.test(sentence.slice(start))) {
    for (let m = /([A-Z][\w&-]*)\s+$/.exec(sentence.slice(0, start)); m && m.index > 0; m = /([A-Z][\w&-]*)\s+$/.exec(sentence.slice(0, start))) {
      if (/^(?:A|An|The|Our|We|This|That|Each|One|Its|Their)$/.test(m[1])) break;
      start = m.index;
    }
    // "Seller Success Score that combines" → the name alone.
    const name = /^(?:[A-Z][\w&-]*\s+)*(?:Scores?|Index|Indexes|Indices|Metrics?|KPIs?|Numbers?|Ratings?|Grades?)\b/.exec(sentence.slice(start, end));
    if (name) end = start + name[0].length;
  }
  return { ...c, start, end };
}

function rejected(sentence: string, start: number, end: number): boolean {
  if (REJECTED_AFTER.test(sentence.slice(end))) return true;
  const before = sentence.slice(0, start);
  const m = REJECTED_BEFORE.exec(before);
  // "we replaced three metrics with one composite score" proposes the composite.
  return m !== null && !(/^replac/i.test(m[0].trim()) && /\bwith\b/i.test(m[0]));
}

/** Two or more percentages that add up to 100, each tied to a metric, in a sentence about weights or a score. */
function percentWeights(sentence: string): CompoundSignal | undefined {
  if (!WEIGHTING_CONTEXT.test(sentence)) return undefined;
  const hits = [...sentence.matchAll(PERCENT)].filter((m) => {
    const after = sentence.slice(m.index! + m[0].length);
    if (/^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:index|score|total|weight|grade|formula|composite|blend)\b/i.test(after)) return true;
    return !/^\s*(?:of|off|more|less|fewer|higher|lower|above|below|up|down|increase|decrease|growth|in|by)\b/i.test(after);
  });
  if (hits.length < 2) return undefined;
  const total = hits.reduce((sum, m) => sum + Number(m[1]), 0);
  if (Math.abs(total - 100) > 1) return undefined;
  const first = hits[0];
  const last = hits[hits.length - 1];
  const components = hits
    .map((m) => {
      const after = /^\s*(?:on|for|from|to)?\s*([A-Za-z][\w-]*(?:\s+(?!and\b|or\b)[a-z][\w-]*){0,3})/.exec(sentence.slice(m.index! + m[0].length));
      const before = /([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*[(:]?\s*(?:at\s+)?$/.exec(sentence.slice(0, m.index));
      return after?.[1] ?? before?.[1] ?? '';
    })
    .filter(Boolean);
  // The span runs to the end of the last component: "40% NPS, 30% churn and 30% CSAT".
  const tail = /^\s*(?:(?:on|for|from|to)\s+)?[A-Za-z][\w-]*(?:\s+(?!and\b|or\b|of\b|for\b|in\b)[a-z][\w-]*){0,3}/.exec(sentence.slice(last.index! + last[0].length));
  return { start: first.index!, end: last.index! + last[0].length + (tail ? tail[0].length : 0), components };
}

/** "0.5 × retention + 0.3 × NPS", "weights of 0.4, 0.3 and 0.3", "a 50/30/20 weighting of …". */
function weightingByNumbers(sentence: string): CompoundSignal | undefined {
  const formula = FORMULA.exec(sentence);
  if (formula) return { start: formula.index, end: formula.index + formula[0].length, components: [] };
  if (!WEIGHTING_CONTEXT.test(sentence)) return undefined;
  const slash = SLASH_WEIGHTS.exec(sentence);
  if (slash && Math.abs(slash[0].split('/').reduce((sum, n) => sum + Number(n), 0) - 100) <= 1) {
    return { start: slash.index, end: slash.index + slash[0].length, components: componentsAfter(sentence.slice(slash.index)) };
  }
  const decimals = [...sentence.matchAll(/(?<![\d.])0?\.\d{1,2}(?![\d.])/g)];
  if (/\bweights?\b/i.test(sentence) && decimals.length >= 2 && Math.abs(decimals.reduce((sum, m) => sum + Number(m[0]), 0) - 1) < 0.011) {
    const last = decimals[decimals.length - 1];
    return { start: decimals[0].index!, end: last.index! + last[0].length, components: [] };
  }
  return undefined;
}

/** "+200 for a five-star review, +100 for …", "10 points for each on-time delivery, 5 points for …", "+200 / +100 / +50". */
function pointScheme(sentence: string): CompoundSignal | undefined {
  if (REWARDS.test(sentence)) return undefined;
  const sequence = SIGNED_SEQUENCE.exec(sentence);
  if (sequence) return { start: sequence.index, end: sequence.index + sequence[0].length, components: [] };
  const each = [...sentence.matchAll(POINTS_FOR)];
  if (each.length < 2) return undefined;
  const last = each[each.length - 1];
  const rest = /^[^,;.]*/.exec(sentence.slice(last.index! + last[0].length))![0];
  return { start: each[0].index!, end: last.index! + last[0].length + rest.length, components: [] };
}

export function isList(text: string): boolean {
  return /,|\band\b|\bplus\b|&/.test(text.split(/[.;:]/)[0]);
}

function componentsAfter(text: string): string[] {
  const m = /\b(?:of|from|combin\w*|blend\w*|across|includ\w*|on)\s+([^.;:]+)/i.exec(text);
  return m && isList(m[1]) ? splitList(m[1]) : [];
}

export function splitList(text: string): string[] {
  return text
    .split(/[.;:]/)[0]
    .replace(/\s+(?:into|to produce|to give|to get|weighted|with weights?|that|which|so|for|per|by)\b.*$/i, '')
    .split(/,\s*|\s+(?:and|plus|&)\s+/)
    .map((s) => s.replace(/^(?:and|the|our|a|an|its)\s+/i, '').replace(/\s*\([^)]*\)\s*$/, '').trim())
    .filter((s) => s && s.split(/\s+/).length <= 5 && !/^(?:is|are|was|were|will|should|must|has|have|can|each|every)\b/i.test(s))
    .slice(0, 6);
}

/** A list item that awards points: "+200 for a five-star review", "Five-star review: +200". */
export const POINTS_ITEM = /^\s*[+−–-]\s?\d{1,4}\s*(?:points?|pts)?\s+(?:for|per|each|when|if)\b|:\s*[+−–-]\s?\d{1,4}\s*(?:points?|pts)?\s*$/i;
export { REWARDS };
