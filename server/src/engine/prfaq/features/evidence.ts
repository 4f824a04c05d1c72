// Evidence as named kinds: what a paragraph shows of a customer's pain or of a product at work.
// A paragraph's score is how many kinds it shows, read from these tables (never bit positions).

import { ACTION_VERBS } from './actions';

interface EvidenceEntry<K extends string> {
  kind: K;
  why: string;
  pattern: RegExp;
}

export type PainEvidence = 'lostTimeOrMoney' | 'frustration' | 'namedProblem' | 'obligation' | 'manualWork' | 'badOutcome' | 'timeWord' | 'number' | 'duration';
export type SolutionEvidence = 'enables' | 'automatic' | 'replaces' | 'fast' | 'mechanism' | 'productActs' | 'newlyPossible' | 'withProduct' | 'integrates' | 'customerUses' | 'provides';

/** Kinds of a customer's pain. */
export const PAIN: readonly EvidenceEntry<PainEvidence>[] = [
  { kind: 'lostTimeOrMoney', why: 'time, money or sales lost (counts twice)',
    pattern: /\b(?:spend|spends|spent|spending|waste|wastes|wasted|wasting|lose|loses|lost|losing|burn|burns)\b[^.;]{0,60}?(?:\d|\bhours?\b|\bminutes\b|\bdays?\b|\bweeks?\b|\bmoney\b|\$|£|€|\bsales\b|\brevenue\b|\btime\b|\bcustomers\b|\bevenings?\b|\bweekends?\b|\bbreaks?\b|\bmornings?\b|\bafternoons?\b|\bnights?\b|\ba day\b|\bsleep\b|\bincome\b|\bbusiness\b|\bpatients\b|\borders\b|\bdeals\b|\bjobs?\b)|\bcosts? (?:\w+ ){1,4}(?:\$|£|€)\s?\d|\bcosts? (?:\w+ ){0,3}(?:more than |about |up to |over |nearly |at least )?(?:\d+|an?|one|two|three|four|half an?) (?:hours?|minutes?|days?|weeks?|months?)\b|\b(?:hours|days|weeks|evenings|weekends|time) (?:are |is )?(?:spent|lost|wasted)\b|\b(?:payday loans?|overdraft|late fees?|interest rates? \d|debt|borrow(?:s|ed|ing)?|(?:can(?:not|’t|'t)|unable to) afford)\b/i },
  { kind: 'frustration', why: 'frustration, stress, drudgery',
    pattern: /\b(?:struggl\w+|frustrat\w+|painful|pain points?|headaches?|hassle|tedious|time-consuming|error-prone|overwhelm\w*|scrambl\w+|juggl\w+|guesswork|guess(?:es|ing)?|burden\w*|stress\w*|anxious|anxiety|exhaust\w*|burn(?:ed|t)?[- ]?out|nightmare|chaos|chaotic|dread\w*|annoy\w*|fed up|tired of|sours?|awkward|chores?|drudgery|grind|a pain|wears? (?:\w+ )?out|worn out|tiring|tired|sore|aches?|sleep-deprived|deprived|depress\w*|symptoms?|doubl(?:e|es|ing) back|fac(?:e|es|ed|ing) (?:an?|the|\w+) (?:[\w-]+ ){0,2}(?:problems?|challenges?|trade-?offs?|choices?|dilemmas?|barriers?|obstacles?))\b/i },
  { kind: 'namedProblem', why: 'a problem named, or not knowing / not being able to',
    pattern: /\b(?:problem|problems|challenge|challenges(?! (?:both|all|every|conventional|existing|the (?:status quo|assumption|idea|notion|way))\b)|not knowing|did(?:n[’']t| not) (?:know|vote|get|have|show up|receive|hear)|(?:is|are|was|were) not (?:sure|aware)|unaware|unsure|do(?:es)? not (?:find out|notice|realize|realise|know)|(?:don|doesn)[’']t (?:find out|notice|realize|realise)|unnoticed|less than (?:it|they|we) should|difficult|difficulty|hard to|harder|impossible|can(?:not|’t|'t)|could(?:n’t|n't| not)|unable to|no way to|no easy way|don[’']t know|doesn[’']t know|do not know|have no (?:way|idea|visibility)|lacks?|without (?:a|any) way|fall(?:s)? behind|pain|go without|goes without|never (?:know|see|find)|no warning|without warning|if at all|can only|only (?:see|know|reach|find)|even (?:if|when|though)|find out (?:when|too late|after|only)|not safe|(?:is|are|was|were|gets?|got) hard|hardest|the hard part|(?:have|has|had) no|no time|(?:do|does|did) not have (?:time|a way|enough|the)|(?:don|doesn|didn)[’']t have (?:time|a way|enough|the)|nobody|no one|not enough|too little|ends? up|ended up|left with|stuck with|at the mercy of|out of pocket|gives? up|gave up|miss(?:es)? out|put(?:s)? off|no choice|no option|put (?:\w+ ){0,2}off|only \d+(?:\.\d+)?\s?(?:%|percent)|run(?:s|ning)? short|ran short|bottlenecks?|should(?:n[’']t| not| never) (?:have|need) to|there(?: (?:is|are|was|were)|['’]s) no (?!need\b|setup\b|cost\b|charge\b|fee\b|limit\b)[\w-]+(?: [\w-]+)? (?:to|for|that)\b)\b/i },
  { kind: 'obligation', why: 'having to, relying on, still',
    pattern: /\b(?:have to|has to|had to|must|(?:that|which) requires?|forced to|(?:are|is) required to|requir(?:e|es|ed|ing) (?:users|customers|people|them|you|teams|developers) to|rely on|relies on|depend on|depends on|still|only (?:way|option)|never|skip|skips|skipped)\b/i },
  { kind: 'manualWork', why: 'by hand, on paper, spreadsheets, phone calls',
    pattern: /\b(?:by hand|manually|manual (?!override|mode|page|pages\b)[a-z]{4,}|on paper|paper (?:forms?|logs?|lists?|calendars?|schedules?)|spreadsheets?|phone calls?|calls? or texts?|phone trees?|voicemails?|sticky notes|whiteboards?|fax(?:es)?|text threads?|group (?:chats?|texts?)|email (?:chains?|threads?)|clipboards?|binders?|notebooks?|one by one|back[- ]and[- ]forth)\b/i },
  { kind: 'badOutcome', why: 'a bad outcome: running out, delays, mistakes, waiting, harm',
    pattern: /\b(?:run(?:s)? out|ran out|broken|out of stock|stock-?outs?|sell(?:s)? out|overstock\w*|delays?|delayed|late|miss(?:es|ed)? (?:out|deadlines?|shifts?|appointments?|calls?|orders?|sales?|payments?|doses?)|no-shows?|mistakes?|errors?|wrong|churn\w*|abandon\w*|complain\w*|worr(?:y|ies|ied)|fears?|afraid|risks?|costly|expensive|too (?:long|slow|expensive|hard|many|much|complex|complicated|often|far)|slow|confus\w+|complicated|outdated|stale|inaccurate|unreliable|wait(?:s|ed|ing)?|long lines|queues?|surcharges?|penalt(?:y|ies)|fines?|fined|terrified|scared|not trained|untrained|spoil\w*|throw(?:s|n|ing)? away|threw away|go(?:es)? to waste|unpaid|unsold|empty|short[- ]staffed|understaffed|short[- ]handed|emergenc(?:y|ies)|avoidable|preventable|unsafe|dangerous|harm\w*|injur\w*|sick|fail(?:s|ed|ures?)?|forget\w*|forgot\w*|lose track|behind|backlogs?|overtime|after hours|turn(?:ed|s)? away|compost|landfill|drive \d+|drives? \d+|twice|again and again|stuck|stranded|broken|lost|drop(?:s|ped)? out|below (?:grade|average|the|target|\d)|shortages?|(?:more|less) likely to|(?<!\ba )few|fewer than (?:half|one)|repeat(?:ing)?|(?<!undo\s?\/\s?)redo(?:ing)?|start(?:ing)? over|from scratch|out of (?:service|order)|an extra (?:hour|day|trip|\d+)|miss(?:es|ed|ing)?|paper (?:notices?|tickets?|forms?|maps?|records?)|damag(?:e|es|ed|ing)|permanent(?:ly)?|interrupt\w*|distract\w*|another (?:appointment|copay|trip|visit|fee|day)|(?:a |half a |half )?day off work|time off work|go(?:es)? hungry|lose (?:their|the|a) \w+|scams?|scammers?|fraud\w*|fake|victims?|stolen|theft|thieves)\b/i },
  { kind: 'timeWord', why: 'today, every week, on average (sharpens pain, is not pain)',
    pattern: /\b(?:until now|today|currently|unlike|traditionally|historically|previously|at the moment|an average of|average(?:s|d)? (?:\d|of)|each (?:week|day|month|year|shift)|every (?:week|day|month|year|morning|night|evening|shift)|a (?:week|day|month|year)|per (?:week|day|month|year|shift)|on average)\b/i },
  { kind: 'number', why: 'a number or share (sharpens pain, is not pain)',
    pattern: /\d+(?:\.\d+)?\s*(?:%|percent|hours?|minutes|days|weeks)|\$\s?\d|\b(?:one|two|three|four|five|\d+) (?:in|out of) (?:\d+|two|three|four|five|six|ten)\b|\b(?:a third|a quarter|half|a fifth) of\b/i },
  { kind: 'duration', why: 'how long it takes ("takes 3 hours")',
    pattern: /\b(?:takes?|took|for|after)\s+(?:up to\s+|about\s+|over\s+|more than\s+|nearly\s+)?(?:\d+|an?|one|two|three|several)\s+(?:hours?|days?|weeks?)\b|\b(?:which |that )?takes? (?:up to |about |over |more than |nearly )?\d+ minutes\b/i },
];

/** Kinds of evidence that a product does something for the customer. */
export const SOLUTION: readonly EvidenceEntry<SolutionEvidence>[] = [
  { kind: 'enables', why: 'lets, allows, helps (vague: not concrete alone)',
    pattern: /\b(?:lets|let|allows?|enables?|helps?|empowers?|frees?)\b/i },
  { kind: 'automatic', why: 'automatically, on its own, for you',
    pattern: /\bautomatic(?:ally)?\b|\bautomat(?:es|ed|ion)\b|\bon its own\b|\bon their own\b|\bfor (?:you|them)\b/i },
  { kind: 'replaces', why: 'instead of, no longer, without having to',
    pattern: /\binstead of\b|\bno longer\b|\breplaces?\b|\bwithout (?:having|needing|a single|any)\b|\bwithout (?!knowing|being|getting|hearing|seeing)[a-z]+ing\b/i },
  { kind: 'fast', why: 'in one tap, in seconds, same day',
    pattern: /\bin (?:one|a single|two|three|\d+|a few|under (?:a|one|two|\d+))\s*(?:taps?|clicks?|steps?|minutes?|seconds?)\b|\bin seconds\b|\bwith (?:one|a single) (?:tap|click|scan|text|link|form|call|photo|button)\b|\bat once\b|\bsame (?:day|afternoon|morning|evening)\b/i },
  { kind: 'mechanism', why: 'works by, by scanning, using the…',
    pattern: /\b(?:works by|by (?:scanning|reading|connecting|sending|matching|using|pulling|syncing|tracking|analy[sz]ing|comparing|checking|combining|watching|listening|learning|looking|texting|calling|photographing|linking|counting|pooling)|using (?:the|their|your|its|a|an)\b)/i },
  { kind: 'productActs', why: 'the product (or "it") does a named action',
    pattern: new RegExp(`\\b(?:it|It|[A-Z][\\w’'-]+|the (?:app|service|tool|system|product|platform|device|feature|cap|assistant|bot|dashboard|sensor))\\s+(?:now\\s+|also\\s+|then\\s+|automatically\\s+|instantly\\s+|simply\\s+)?(?:${ACTION_VERBS}|gives)\\b`) },
  { kind: 'newlyPossible', why: 'now can, can now, is now able',
    pattern: /\b(?:now (?:can|they can|[a-z]+ can)|can now|will now|is now able|are now able)\b/i },
  { kind: 'withProduct', why: '"With Falcon, …"',
    pattern: /\b[Ww]ith [A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s/ },
  { kind: 'integrates', why: 'works with, connects to, built into',
    pattern: /\b(?:works with|connects to|syncs with|plugs into|built into|sits on|runs on|turns? .{1,60}? into)\b/i },
  { kind: 'customerUses', why: 'how the customer uses it ("Clinics pick items"), no minimum or setup',
    pattern: /\b[a-z]+s\s+(?:can\s+|now\s+|simply\s+|just\s+|then\s+)?(?:pick|choose|order|book|pay|scan|tap|text|upload|reserve|claim|swap|post|photograph|snap|select|request|track|compare|share)\b|\bno (?:minimum|contract|setup|hardware|app to install|account|download|login)\b/i },
  { kind: 'provides', why: 'what the product provides for the customer ("provides families with automatic savings", "offers alerts to store owners")',
    pattern: /\b(?:provides?|offers?|delivers?)\s+(?:[\w’'-]+\s+){1,8}?(?:to|for)\s+(?:every|each|all|their|its|the|[a-z]+s)\b|\b(?:provides?|offers?|delivers?)\s+[a-z]+s\s+with\b/i },
];

/** Time words and numbers: they sharpen pain but are not pain. */
const WEAK_PAIN: ReadonlySet<PainEvidence> = new Set(['timeWord', 'number']);
/** Pain on its own: time or money lost, frustration, a problem named, a bad outcome. */
const STRONG_PAIN: ReadonlySet<PainEvidence> = new Set(['lostTimeOrMoney', 'frustration', 'namedProblem', 'badOutcome']);
/** Solution kinds that say concretely what the product does (all but a vague "helps"). */
export const CONCRETE: readonly EvidenceEntry<SolutionEvidence>[] = SOLUTION.filter((entry) => entry.kind !== 'enables');

/** The kinds of evidence the text shows. */
export function evidenceIn<K extends string>(table: readonly EvidenceEntry<K>[], text: string): Set<K> {
  return new Set(table.filter((entry) => entry.pattern.test(text)).map((entry) => entry.kind));
}

/** Both kinds of evidence together (a list read as one paragraph). */
export function union<K>(a: ReadonlySet<K>, b: ReadonlySet<K>): Set<K> {
  return new Set([...a, ...b]);
}

export function hasStrongPain(pain: ReadonlySet<PainEvidence>): boolean {
  return [...pain].some((kind) => STRONG_PAIN.has(kind));
}

/**
 * How strongly text reads as a customer's pain: lost time or money counts twice; time
 * words ("every week") or numbers add one, and only beside real pain.
 */
export function painScore(pain: ReadonlySet<PainEvidence>): number {
  const real = [...pain].filter((kind) => !WEAK_PAIN.has(kind)).length;
  if (real === 0) return 0;
  const weak = [...pain].some((kind) => WEAK_PAIN.has(kind));
  return real + (pain.has('lostTimeOrMoney') ? 1 : 0) + (weak ? 1 : 0);
}

export function solutionScore(solution: ReadonlySet<SolutionEvidence>): number {
  return solution.size;
}
