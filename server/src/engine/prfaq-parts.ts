// Recognises the press-release parts (customer definition, problem, solution, leader
// quote, getting started, customer quote, call to action) among the press-release
// paragraphs. Recognition is generous: a part written in an unusual but legitimate way
// must still count, because reporting a present part as missing is the worst error.
//
// What can be read from one paragraph alone is cached per prose unit (units are reused
// across lints while their block is unchanged); the document-level decisions are cheap.

import type { ProseUnit } from './analysis';
import type { LintDocument } from './document';
import { DATELINE, type PartLabel, type PrfaqModel, type PrParagraph } from './prfaq-model';
import { plain } from './text';

/** 'other': a partner, investor or analyst, neither the company's leader nor a customer. */
export type QuoteKind = 'leader' | 'customer' | 'other' | 'unknown';

export interface PressReleaseQuote {
  paragraph: PrParagraph;
  kind: QuoteKind;
  /** How strongly the attribution points to a company leader (role, company name, "we"). */
  leaderScore: number;
}

export interface PressReleaseParts {
  customer?: PrParagraph;
  problem?: PrParagraph;
  solution?: PrParagraph;
  leaderQuote?: PrParagraph;
  gettingStarted?: PrParagraph;
  customerQuote?: PrParagraph;
  callToAction?: PrParagraph;
  /** Every attributed quote in the press release, in order, with who is speaking. */
  quotes?: PressReleaseQuote[];
}

/** What one paragraph says, independent of the rest of the document. */
export interface UnitFeatures {
  words: number;
  /** Quoted speech with an attribution (or in a block quote), or attributed indirect speech. */
  quote: boolean;
  /** Quoted speech without an attribution in this paragraph. */
  unattributedQuote: boolean;
  /** The paragraph is only an attribution line ("— Jane Doe, CEO of Acme"). */
  attributionLine: boolean;
  /** Ends with a colon (it may introduce the quote below it). */
  introducesQuote: boolean;
  leaderRole: number;
  customerRole: number;
  /** The speaker is a partner, investor or analyst. */
  thirdParty: boolean;
  /** Organisations named in the attribution ("at Mercy Hospital"), as lower-case words. */
  orgs: string[];
  /** The quoted words speak as the company ("we") or as a person ("I", "my"). */
  companyVoice: boolean;
  personVoice: boolean;
  /** Which kinds of evidence (bit i = pattern i) the prose outside quotes and the quoted words show. */
  pain: number;
  painInQuote: number;
  solution: number;
  solutionInQuote: number;
  /** Says concretely what something does (an action verb, "automatically", "instead of"). */
  concrete: boolean;
  /** Uses a verb that says what a product does ("checks", "sends", "scan"). */
  acts: boolean;
  /** A named thing, "it" or "the app" does something specific ("Stash Jar rounds up", "a unit that reports"). */
  doesSomething: boolean;
  /** Lower-case words of the prose outside quotes, to spot the product's name. */
  tokens: Set<string>;
  /** Share of the words that are inside quotation marks (0–1). */
  quotedShare: number;
  /** Sentences of the prose that read as pain on their own (score ≥ 2), with their words. */
  painfulSentences: { pain: number; tokens: Set<string> }[];
  callToAction: boolean;
  /** Says where to go next in plain words, which counts in the closing paragraphs only. */
  closingCallToAction: boolean;
  gettingStarted: boolean;
  /** Specific customer groups named outside quotes and attributions ("independent bookstores"). */
  groups: GroupMention[];
  /** Names people outside quotes, specific or not ("users", "households", "nurses"). */
  people: boolean;
  /** Every sentence only says what something is ("Nestwell is an all-new way to…"), none what it does. */
  copularOnly: boolean;
}

const featureCache = new WeakMap<ProseUnit, UnitFeatures>();

// ---------------------------------------------------------------- quotes and speakers

const QUOTE_SPAN = /“([^”]*)(?:”|$)|"([^"\n]*(?:\n[^"\n]*)*)(?:"|$)|‘((?:[^’]|’(?=[a-z]))*)’(?![a-z])/g;
const SPEECH = /\b(?:said|says|say|explains?|explained|adds?|added|notes|noted|shares|shared|comments|commented|remarks|remarked|states|stated|recalls?|recalled|observes|observed|tells|told|writes|wrote|continues|continued|agrees|agreed|admits|admitted|points? out|pointed out|sums? up|summed up|puts? it|reflects|reflected|emphasi[sz]es|emphasi[sz]ed|predicts|predicted|argues|argued|insists|insisted|jokes|joked|laughs|laughed|concludes|concluded|according to|in the words of|as \S+ (?:puts|put) it)\b/i;
const NAME = String.raw`(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z]\.)?(?:\s+(?:van|de|da|del|von|al|bin)?\s*[A-Z][a-zà-ÿ’'-]+){0,2}|\[[^\]\n]{1,40}\]`;
const DASH_ATTRIBUTION = new RegExp(String.raw`(?:^|[\s”"’.,!?*_])(?:—|–|―|--?|~)\s*(?:${NAME})`);
const DASH_LINE = new RegExp(String.raw`^\s*[*_]*(?:—|–|―|--?|~)\s*[*_]*\s*(?:${NAME})`);
const COLON_INTRO = new RegExp(String.raw`(?:^|[.!?]\s+)(?:${NAME})\s*(?:,[^:“"\n]{2,100})?\s*(?:\([^)]{2,80}\))?\s*:\s*$`);
const INDIRECT = new RegExp(String.raw`\b[Aa]ccording to\s+(?:${NAME})\s*,|(?:${NAME})\s*,\s[^,.]{3,90},\s*(?:said|says|explained|explains|noted|notes|added|adds)\b|\b(?:said|says)\s+(?:${NAME})\s*,\s`);
const LEADER_ROLE =
  /\b(?:CEO|CTO|COO|CFO|CPO|CMO|CIO|CRO|chief [a-z]+(?: [a-z]+)? officer|chief executive|executive director|mayor|governor|commissioner|(?:deputy |assistant |under )?secretary(?! of state)|minister|(?:co-?)?founder|president|vice[- ]president|(?:S|E)?VP|general manager|GM|head of|director of (?:product|engineering|marketing|operations|growth|design|partnerships|sales|customer|strategy|business)|(?:product|program|engineering|business|launch|project)\s+(?:lead|manager|owner|director)|managing director|(?:presiding|chief|administrative) judge|chief justice|chair(?:man|woman|person)?|spokes(?:person|woman|man)|leads? (?:the|our) [\w -]{1,30}teams?|leader of|who (?:leads|runs|heads) (?:the|our) [\w -]{1,30}(?:team|group|business|organi[sz]ation)|team lead)\b/gi;
const CUSTOMER_ROLE =
  /\b(?:customers?|clients?|users?|RN|LPN|beta|pilots?|piloted|early[- ](?:adopters?|access|testers?|customers?)|testers?|tested|subscribers?|members?|shoppers?|patients?|parents?|mother|father|mom|mum|dad|grandparents?|students?|teachers?|nurses?|doctors?|physicians?|pharmacists?|farmers?|drivers?|chefs?|cooks?|bakers?|freelancers?|homeowners?|tenants?|renters?|landlords?|readers?|residents?|volunteers?|co-?owner|owner|owns|runs|manager (?:at|of)|(?:store|shop|office|practice|clinic|restaurant|branch|floor|unit|charge|warehouse|fleet|property|operations) (?:manager|lead|supervisor|director)|who (?:uses|used|tried|has used|has been using|piloted|tested|runs|owns|manages|works|teaches|has been|switched|started|joined|signed up|was among|is among)|who (?!leads|heads|oversees|built|created|designed|runs (?:the|our))[a-z]+s\b|(?:,|\bis) an? [a-z-]+(?: [a-z-]+)? (?:in|from|at|near|outside|based in) [A-Z]|one of (?:the )?(?:first|\d+|[a-z]+) |(?:at|of|for|in) (?:a|an) (?!company|startup)[a-z][a-z-]+|supervisor|foreman|forewoman|charge nurse|scoutmaster|shop steward)\b/gi;
const THIRD_PARTY = /\b(?:partner|partners|partnerships?|investor|investors|analyst|analysts|advis[eo]rs?|advised|advises|advising|consulted|board member|industry expert|research firm|consultancy|trade association|association)\b/i;
/** Organisation names in an attribution ("at Fieldstone Dental Partners"): their words are not the speaker's role. */
const ORG_NAME = /\b(?:at|of|from|with|for|joined)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|and|of|the))*/g;
const ORG = /\b(?:at|of|from|with|for|joined)\s+((?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|&|and|of|the))*)|\b([A-Z][\w&.-]*)[’']s\b/g;
const GENERIC_ORG_WORD = /^(?:the|of|and|&|inc\.?|llc|ltd\.?|co\.?|corp\.?|company|group|labs?|team|health|books?|store|shop|services?|systems?|technologies|tech|solutions|partners|holdings|international|global|hospital|clinic|school|university|college|district|city|county|state|center|centre|cafe|café|bakery|farm|farms|restaurant|market|foods?|north|south|east|west|new|san|st\.?|los|las|el|la|de|product|products|engineering|marketing|sales|operations|customer|customers|experience|growth|design|strategy|finance|technology|people|partnerships|research|development|retail|nursing|medical|care|support|innovation|digital|data|business|communications|policy|programs?|content|education|learning|platform|communities|community|success|quality|safety|supply|chain|logistics|analytics|security|infrastructure|commerce|payments?|americas|europe|emea|us|usa|north america)$/i;

function splitQuotes(masked: string): { inside: string; outside: string; longest: number } {
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
    const words = countWords(body);
    if (words < 5) continue; // "Smart Reorder", ‘one tap’: names and phrases, not speech
    longest = Math.max(longest, words);
    inside += ` ${body}`;
    outside = outside.slice(0, m.index) + '\u2063'.repeat(m[0].length) + outside.slice(m.index + m[0].length);
  }
  return { inside, outside, longest };
}

function countWords(text: string): number {
  const m = text.match(/[A-Za-z0-9][\w’'.-]*/g);
  return m ? m.length : 0;
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    n++;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return n;
}

// ---------------------------------------------------------------- problem and solution

/** Each pattern is one kind of evidence; a paragraph's score is how many kinds it shows. */
const PAIN: RegExp[] = [
  // (counts twice) time, money or sales lost
  /\b(?:spend|spends|spent|spending|waste|wastes|wasted|wasting|lose|loses|lost|losing|burn|burns)\b[^.;]{0,60}?(?:\d|\bhours?\b|\bminutes\b|\bdays?\b|\bweeks?\b|\bmoney\b|\$|£|€|\bsales\b|\brevenue\b|\btime\b|\bcustomers\b|\bevenings?\b|\bweekends?\b|\bbreaks?\b|\bmornings?\b|\bafternoons?\b|\bnights?\b|\ba day\b|\bsleep\b|\bincome\b|\bbusiness\b|\bpatients\b|\borders\b|\bdeals\b|\bjobs?\b)|\bcosts? (?:\w+ ){1,4}(?:\$|£|€)\s?\d|\bcosts? (?:\w+ ){0,3}(?:more than |about |up to |over |nearly |at least )?(?:\d+|an?|one|two|three|four|half an?) (?:hours?|minutes?|days?|weeks?|months?)\b|\b(?:payday loans?|overdraft|late fees?|interest rates? \d|debt|borrow(?:s|ed|ing)?|(?:can(?:not|’t|'t)|unable to) afford)\b/i,
  /\b(?:struggl\w+|frustrat\w+|painful|pain points?|headaches?|hassle|tedious|time-consuming|error-prone|overwhelm\w*|scrambl\w+|juggl\w+|guesswork|guess(?:es|ing)?|burden\w*|stress\w*|anxious|anxiety|exhaust\w*|burn(?:ed|t)?[- ]?out|nightmare|chaos|chaotic|dread\w*|annoy\w*|fed up|tired of|sours?|awkward|chores?|drudgery|grind|a pain|wears? (?:\w+ )?out|worn out|tiring|tired|sore|aches?|sleep-deprived|deprived|depress\w*|symptoms?|doubl(?:e|es|ing) back)\b/i,
  /\b(?:problem|problems|challenge|challenges|not knowing|did(?:n[’']t| not) (?:know|vote|get|have|show up|receive|hear)|(?:is|are|was|were) not (?:sure|aware)|unaware|unsure|do(?:es)? not (?:find out|notice|realize|realise|know)|(?:don|doesn)[’']t (?:find out|notice|realize|realise)|unnoticed|less than (?:it|they|we) should|difficult|difficulty|hard to|harder|impossible|can(?:not|’t|'t)|could(?:n’t|n't| not)|unable to|no way to|no easy way|don[’']t know|doesn[’']t know|do not know|have no (?:way|idea|visibility)|lacks?|without (?:a|any) way|fall(?:s)? behind|pain|go without|goes without|never (?:know|see|find)|no warning|without warning|if at all|can only|only (?:see|know|reach|find)|even (?:if|when|though)|find out (?:when|too late|after|only)|not safe|(?:is|are|was|were|gets?|got) hard|hardest|the hard part|(?:have|has|had) no|no time|(?:do|does|did) not have (?:time|a way|enough|the)|(?:don|doesn|didn)[’']t have (?:time|a way|enough|the)|nobody|no one|not enough|too little|ends? up|ended up|left with|stuck with|at the mercy of|out of pocket|gives? up|gave up|miss(?:es)? out|put(?:s)? off|no choice|no option|put (?:\w+ ){0,2}off|only \d+(?:\.\d+)?\s?(?:%|percent)|run(?:s|ning)? short|ran short)\b/i,
  /\b(?:have to|has to|had to|must|forced to|(?:are|is) required to|rely on|relies on|depend on|depends on|still|only (?:way|option)|never|skip|skips|skipped)\b/i,
  /\b(?:by hand|manually|on paper|paper (?:forms?|logs?|lists?|calendars?|schedules?)|spreadsheets?|phone calls?|calls? or texts?|phone trees?|voicemails?|sticky notes|whiteboards?|fax(?:es)?|text threads?|group (?:chats?|texts?)|email (?:chains?|threads?)|clipboards?|binders?|notebooks?|one by one|back[- ]and[- ]forth)\b/i,
  /\b(?:run(?:s)? out|ran out|out of stock|stock-?outs?|sell(?:s)? out|overstock\w*|delays?|delayed|late|miss(?:es|ed)? (?:out|deadlines?|shifts?|appointments?|calls?|orders?|sales?|payments?|doses?)|no-shows?|mistakes?|errors?|wrong|churn\w*|abandon\w*|complain\w*|worr(?:y|ies|ied)|fears?|afraid|risks?|costly|expensive|too (?:long|slow|expensive|hard|many|much|complex|complicated|often|far)|slow|confus\w+|complicated|outdated|stale|inaccurate|unreliable|wait(?:s|ed|ing)?|long lines|queues?|surcharges?|penalt(?:y|ies)|fines?|fined|terrified|scared|not trained|untrained|spoil\w*|throw(?:s|n|ing)? away|threw away|go(?:es)? to waste|unpaid|unsold|empty|short[- ]staffed|understaffed|short[- ]handed|emergenc(?:y|ies)|avoidable|preventable|unsafe|dangerous|harm\w*|injur\w*|sick|fail(?:s|ed|ures?)?|forget\w*|forgot\w*|lose track|behind|backlogs?|overtime|after hours|turn(?:ed|s)? away|compost|landfill|drive \d+|drives? \d+|twice|again and again|stuck|stranded|broken|lost|drop(?:s|ped)? out|below (?:grade|average|the|target|\d)|shortages?|(?:more|less) likely to|(?<!\ba )few|fewer than (?:half|one)|repeat(?:ing)?|redo(?:ing)?|start(?:ing)? over|from scratch|out of (?:service|order)|an extra (?:hour|day|trip|\d+)|miss(?:es|ed|ing)?|paper (?:notices?|tickets?|forms?|maps?|records?)|damag(?:e|es|ed|ing)|permanent(?:ly)?|interrupt\w*|distract\w*|another (?:appointment|copay|trip|visit|fee|day)|(?:a |half a |half )?day off work|time off work|go(?:es)? hungry|lose (?:their|the|a) \w+|scams?|scammers?|fraud\w*|fake|victims?|stolen|theft|thieves)\b/i,
  /\b(?:until now|today|currently|at the moment|an average of|average(?:s|d)? (?:\d|of)|each (?:week|day|month|year|shift)|every (?:week|day|month|year|morning|night|evening|shift)|a (?:week|day|month|year)|per (?:week|day|month|year|shift)|on average)\b/i,
  /\d+(?:\.\d+)?\s*(?:%|percent|hours?|minutes|days|weeks)|\$\s?\d|\b(?:one|two|three|four|five|\d+) (?:in|out of) (?:\d+|two|three|four|five|six|ten)\b|\b(?:a third|a quarter|half|a fifth) of\b/i,
  /\b(?:takes?|took|for|after)\s+(?:up to\s+|about\s+|over\s+|more than\s+|nearly\s+)?(?:\d+|an?|one|two|three|several)\s+(?:hours?|days?|weeks?)\b|\b(?:which |that )?takes? (?:up to |about |over |more than |nearly )?\d+ minutes\b/i,
];

/** Time words and numbers: they sharpen pain but are not pain. */
const WEAK_PAIN = (1 << 6) | (1 << 7);
/** Pain on its own: time or money lost, frustration, a problem named, a bad outcome. */
const STRONG_PAIN = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 5);
/** People named without a qualifier: enough to say whose problem a paragraph tells. */
const PEOPLE =
  /\b(?:users?|customers?|people|persons?|consumers?|clients?|patients?|applicants?|households?|famil(?:y|ies)|adults?|residents?|citizens?|members?|workers?|employees?|shoppers?|buyers?|sellers?|owners?|travell?ers?|passengers?|students?|parents?|managers?|teams?|agents?|operators?|riders?|drivers?|renters?|borrowers?|taxpayers?|voters?|viewers?|readers?|listeners?|subscribers?|guests?|visitors?|callers?|players?|fans?|kids?|children|seniors?|veterans?|retirees?|caregivers?)\b/i;
/** A sentence that only says what something is: "Nestwell is an all-new way to find childcare." */
const COPULAR = /^\W*(?:[\w’'.-]+\s+){0,4}?(?:is|are|was|were|will be|has been|have been|becomes?)\b/i;

const ACTION_VERBS =
  'syncs|scans|sends|tracks|reads|matches|books|schedules|shows|tells|alerts|notifies|reminds|suggests|predicts|recommends|flags|finds|creates|turns|pulls|connects|checks|translates|compares|generates|builds|handles|routes|assigns|fills|orders|reorders|counts|collects|answers|texts|calls|posts|updates|learns|detects|spots|estimates|calculates|summari[sz]es|drafts|writes|converts|imports|shares|publishes|delivers|monitors|measures|lists|ranks|sorts|groups|organi[sz]es|highlights|pairs|links|plans|prepares|picks|combines|watches|listens|captures|records|logs|verifies|confirms|approves|covers|swaps|trades|clips|asks|pools|reserves|places|prints|pays|charges|invoices|chases|files|fixes|repairs|dispatches|backs up|restores|blocks|filters|queues|streams|plays|recognizes|recognises|identifies|labels|tags|transcribes|closes|opens|unlocks|locks|refills|replaces';
const SOLUTION: RegExp[] = [
  /\b(?:lets|let|allows?|enables?|helps?|empowers?|frees?)\b/i,
  /\bautomatic(?:ally)?\b|\bautomat(?:es|ed|ion)\b|\bon its own\b|\bon their own\b|\bfor (?:you|them)\b/i,
  /\binstead of\b|\bno longer\b|\breplaces?\b|\bwithout (?:having|needing|a single|any)\b|\bwithout (?!knowing|being|getting|hearing|seeing)[a-z]+ing\b/i,
  /\bin (?:one|a single|two|three|\d+|a few|under (?:a|one|two|\d+))\s*(?:taps?|clicks?|steps?|minutes?|seconds?)\b|\bin seconds\b|\bwith (?:one|a single) (?:tap|click|scan|text|link|form|call|photo|button)\b|\bat once\b|\bsame (?:day|afternoon|morning|evening)\b/i,
  /\b(?:works by|by (?:scanning|reading|connecting|sending|matching|using|pulling|syncing|tracking|analy[sz]ing|comparing|checking|combining|watching|listening|learning|looking|texting|calling|photographing|linking|counting|pooling)|using (?:the|their|your|its|a|an)\b)/i,
  new RegExp(`\\b(?:it|It|[A-Z][\\w’'-]+|the (?:app|service|tool|system|product|platform|device|feature|cap|assistant|bot|dashboard|sensor))\\s+(?:now\\s+|also\\s+|then\\s+|automatically\\s+|instantly\\s+|simply\\s+)?(?:${ACTION_VERBS}|gives)\\b`),
  /\b(?:now (?:can|they can|[a-z]+ can)|can now|will now|is now able|are now able)\b/i,
  /\b[Ww]ith [A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s/,
  /\b(?:works with|connects to|syncs with|plugs into|built into|sits on|runs on|turns? .{1,60}? into)\b/i,
  // How the customer uses it: "Clinics pick items from a list", "no minimum order".
  /\b[a-z]+s\s+(?:can\s+|now\s+|simply\s+|just\s+|then\s+)?(?:pick|choose|order|book|pay|scan|tap|text|upload|reserve|claim|swap|post|photograph|snap|select|request|track|compare|share)\b|\bno (?:minimum|contract|setup|hardware|app to install|account|download|login)\b/i,
];
/** A product-describing verb anywhere ("…, then sends the refill to their pharmacy"). */
const MORE_ACTIONS = 'cancels|wakes|adds|catches|warns|cleans|triggers|stores|sorts|lines up|picks up|signs in|logs in';
/** Each verb in its -s form and its base form ("sends" → "sends?", "matches" → "match(?:es)?"), for plural subjects ("They cancel noise"). */
function eitherForm(verbs: string): string {
  return verbs
    .split('|')
    .map((v) => v.replace(/^(\S+?)(ies|(?:ch|sh|x|ss|z)es|s)(\b.*)$/, (_m, stem: string, end: string, rest: string) => (end === 'ies' ? `${stem}(?:y|ies)${rest}` : end === 's' ? `${stem}s?${rest}` : `${stem}${end.slice(0, -2)}(?:es)?${rest}`)))
    .join('|');
}
// The base form only after a plural subject ("They cancel noise", "Riders scan a locker"): alone it is
// often a noun ("a reorder service", "an order").
const ACTION_ANY = new RegExp(
  `\\b(?:${ACTION_VERBS}|${MORE_ACTIONS})\\b|\\b(?:[Tt]hey|[a-z]{3,}s)\\s+(?:now\\s+|can\\s+|simply\\s+|just\\s+|then\\s+|also\\s+|automatically\\s+)?(?:${eitherForm(`${ACTION_VERBS}|${MORE_ACTIONS}`)})\\b`,
);
/** The same verbs in their -s form only: a thing acting ("the app checks the photo"), not people doing ("they find"). */
const ACTION_S = new RegExp(`\\b(?:${ACTION_VERBS}|${MORE_ACTIONS})\\b`);
/** Verbs that promise without saying what happens ("It brings…", "Beacon transforms…"). */
const VAGUE_VERBS = 'is|has|was|does|brings|gives|helps|makes|lets|allows|enables|changes|transforms|empowers|revolutioni[sz]es|reimagines|means|seems|needs|wants|aims|strives|believes|matters|remains|becomes|stands|represents|provides|offers|delivers|supports|includes|features|comes';
/** Something named (or "it", "the app", "a unit that…") doing a specific thing: "Stash Jar rounds up every purchase". */
const DOES_SOMETHING = new RegExp(
  `(?:\\b(?:[Ii]t|[A-Z][\\w-]+|the (?:app|service|tool|system|product|platform|device|watch|sensor|robot|card|account|feature|unit|alarm|reader|kit|locker|camera|probe|dashboard|assistant))\\s+(?:now\\s+|also\\s+|then\\s+|automatically\\s+|instantly\\s+)?|\\b(?:that|which)\\s+)(?!(?:${VAGUE_VERBS})\\b)[a-z]{3,}(?<![su])s\\b`,
);
/** Solution kinds that say concretely what the product does (not just "helps"). */
const CONCRETE = [1, 2, 3, 4, 5, 6, 7, 8, 9];

// ---------------------------------------------------------------- call to action, getting started

const CALL_TO_ACTION =
  /\b(?:visit(?:ing)?\s+(?:us|our|[A-Z[]|www|https?|\S+\.[a-z]{2,}\b|the (?:\w+ )?(?:website|site|web|app|store|page|portal|booth|shop))|go to|head (?:to|over to)|sign(?:s|ing)? up|register|download|learn more|find out more|to get started|get started (?:at|by|today|now|with|in|from|for free)|join (?:the |our )?(?:waitlist|wait list|wait-list|beta|pilot|program|preview)|request (?:a|an|your|early|access)\b|start (?:a|your) free trial|free trial|pre-?orders?|reserve (?:a|an|your|one|their)|(?:on|at|through|via|from) (?:the|our|its) (?:[A-Z][\w-]* )?(?:website|web site|online store)|(?:on|at|through|via|from) (?:our|its) site|(?:from|on|in) (?:the )?(?:App Store|Google Play|Play Store)|order (?:now|today|online|at|from|it)|buy (?:now|today|it|at|from)|available (?:now |today |immediately )?(?:at|from|on|through|via|for download)\b|available in (?:the )?(?:App Store|Google Play|Play Store|Microsoft Store|Chrome Web Store|\w+ (?:App|Play) Store)|call (?:us|\d|\(\d)|email (?:us|\S+@)|contact (?:us|your|sales|our|the)|ask (?:your|their|for|a|the)\b|search for|install|turn it on|opt in|is available (?:now|today|starting|beginning|from|immediately)|are available (?:now|today|starting|beginning|from)|available (?:now|today|starting|beginning|immediately)|available to (?:all|every|any)\b|starting (?:today|tomorrow)|for more information|more information (?:is|at)|more details|try it (?:free|today|now|at)|scan the QR|can start|start using|begin using|(?:in|from) (?:the|their|your) [\w-]+ (?:app|portal|settings|menu|dashboard|intranet)|text [A-Z]{2,} to)\b/i;
/** A template's link placeholder: "at [insert link]", "visit [URL]". */
const PLACEHOLDER_LINK = /\b(?:at|visit|to|from)\s+\[[^\]]*\b(?:link|url|website|site|web address|domain)\b[^\]]*\]/i;
// Runs are bounded (a domain label is at most 63 characters, an address's parts 64 and 253) so
// a long word or hyphenated run costs its length, not its length squared.
const LINK =
  /\]\(|https?:\/\/|www\.|\b[a-z0-9][\w-]{1,63}(?:\.[\w-]{1,63})*\.(?!(?:js|ts|py|md|txt|csv|json|pdf|png|jpg|exe|net framework)\b)[a-z]{2,6}(?:\/[\w./-]*)?(?![\w.]*[a-z])|\S{1,64}@\S{1,253}\.\w+|\bgo\/[\w-]+|(?:\+?\b1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/i;
/** Where to go next, said plainly, in the closing paragraphs: "Update the app", "Hospitals can turn on Beacon", "is live today". */
const CLOSING_CTA =
  /(?:^|[.!?:]\s+)(?:Update|Open|Add|Enroll|Enrol|Apply|Start|Book|Order|Text|Call|Email|Contact|Ask|Visit|Go|Find|Sign|Join|Try|Get|Download|Install|Register|Search|Turn|Request|Schedule|Reserve|Buy|Subscribe|Check|Scan|Log in|Learn|Read|Tap|Click|Choose|Pick|Upload|Connect|Enable|Switch|Look for)\b|\bcan (?:now |today |also )?(?:start|sign|enroll|enrol|apply|join|order|book|reserve|request|register|buy|get|download|install|try|turn|add|post|find|visit|call|contact|email|text|subscribe|switch|opt|access|pick up|update|open|log in|set up)\b|\b(?:is|are|goes|went) live\b|\b(?:is|are) (?:on|open|live) (?:for|to|today|now|in|from)\b|\bworks? (?:today|now|from today)\b|\bfrom today\b|\bstarting (?:today|now)\b/i;
const GETTING_STARTED =
  /\b(?:to get started|getting started|get(?:s)? started|sign(?:s|ing)? up|set(?:s|ting)? up|setup|install(?:s|ing)?|download(?:s|ing)?|create an account|connect(?:s)? (?:their|your|it|the|a)|open(?:s)? the app|taps?|clicks?|scans?|takes (?:less than |under |about |only |just )?(?:\d+|a few|one|two|three|five|ten) (?:minutes|seconds)|in (?:under |less than )?(?:\d+|a few|one|two|three|five|ten) (?:minutes|steps|clicks|taps)|step (?:one|1)|first,|no (?:training|setup|installation|hardware|contract)s? (?:needed|required)|works with|how it works|free for the first)\b/i;

// ---------------------------------------------------------------- customer groups

// People and organisations that are a customer group by themselves ("nurses", "bookstores").
const GROUP_NOUNS = [
  'nurse', 'doctor', 'physician', 'surgeon', 'clinician', 'therapist', 'dentist', 'pharmacist', 'veterinarian', 'vet',
  'caregiver', 'patient', 'teacher', 'tutor', 'educator', 'professor', 'instructor', 'coach', 'student', 'learner', 'parent', 'famil(?:y|ies)',
  'child(?:ren)?', 'kid', 'teen(?:ager)?', 'senior', 'retiree', 'veteran', 'homeowner', 'home ?buyer', 'renter', 'tenant', 'landlord',
  'realtor', 'real estate agent', 'broker', 'driver', 'courier', 'trucker', 'commuter', 'travell?er', 'farmer', 'grower', 'rancher',
  'fisherm[ae]n', 'chef', 'cook', 'baker', 'baker(?:y|ies)', 'restaurant', 'caf[eé]', 'coffee shop', 'brewer(?:y|ies)', 'winer(?:y|ies)',
  'bookstore', 'bookshop', 'bookseller', 'retailer', 'merchant', 'shopkeeper', 'boutique', 'salon', 'barber', 'stylist', 'gym',
  'librar(?:y|ies)', 'librarian', 'nonprofit', 'non-profit', 'charit(?:y|ies)', 'church(?:es)?', 'volunteer', 'programmer', 'author',
  'journalist', 'musician', 'photographer', 'filmmaker', 'streamer', 'podcaster', 'gamer', 'athlete', 'runner', 'cyclist', 'hiker',
  'freelancer', 'electrician', 'plumber', 'mechanic', 'accountant', 'bookkeeper', 'lawyer', 'attorney', 'paralegal',
  'recruiter', 'dispatcher', 'cashier', 'wholesaler', 'exporter', 'importer', 'airline', 'hotel', 'entrepreneur', 'solopreneur',
  'pet owner', 'dog owner', 'cat owner', 'small[- ]business(?:es)?', 'sole proprietor', 'policyholder', 'job seeker', 'hourly worker',
  'shift worker', 'gig worker', 'caterer', 'florist', 'dealership', 'franchisee', 'property manager', 'superintendent', 'midwi(?:fe|ves)',
  'paramedic', 'firefighter', 'dispensar(?:y|ies)', 'optometrist', 'chiropractor', 'beekeeper', 'winemaker', 'craftsperson', 'crafter',
  'tailor', 'roaster', 'grocer', 'grocery stores?', 'food bank', 'shelter', 'nursing home', 'care home', 'daycare',
  'preschool', 'homeschooler', 'owner-operator', 'exhibitor', 'seamstress', 'outfitter', 'sailor', 'boater', 'angler', 'hunter',
  'gardener', 'nurser(?:y|ies)', 'bartender', 'waiter', 'waitress', 'server', 'housekeeper', 'nanny', 'nannies', 'babysitter',
  'mother', 'father', 'mom', 'dad', 'grandparent', 'skipper', 'locksmith', 'inspector', 'widow', 'immigrant', 'refugee', 'newcomer', 'expat', 'artisan', 'welder',
  'carpenter', 'roofer', 'landscaper', 'contractor', 'designer', 'developer', 'creator', 'writer', 'artist', 'consultant', 'therapist',
  'diver', 'swimmer', 'skier', 'surfer', 'climber', 'golfer', 'collector', 'hobbyist', 'knitter', 'quilter', 'woodworker', 'homebrewer',
  'birder', 'camper', 'motorist', 'rider', 'pilgrim', 'tourist', 'backpacker', 'hiker', 'dancer', 'singer', 'choir', 'actor', 'voter',
  'taxpayer', 'borrower', 'lender', 'donor', 'subscriber', 'passenger', 'diner', 'golfer', 'skater', 'hairdresser', 'cleaner', 'janitor',
];
/** Unlisted people ("recreational divers", "quilters who sell online"): an -er/-ist/-ian plural with an adjective before or "who" after. */
const PERSON_PLURAL = /\b([a-z]+(?:al|ic|ive|ent|ant|ous|ary|ish|ese)|[a-z]+-[a-z]+|young|younger|older|elderly|senior|local|rural|urban|new|first|small|independent|home|court|school|church|field|farm|truck|hospital|clinic|restaurant|hotel|warehouse|airline|construction)\s+([a-z]{3,}(?:ers|ists|ians|ors))\b|\b([a-z]{3,}(?:ers|ists|ians|ors))\s+(?:who|whose|aged|with|under \d|over \d|between \d|(?:of|in|at|on) (?:small|independent|local|rural|urban|family|commercial|community|public|private|\d))\b/gi;
const NOT_PEOPLE = /^(?:others|orders|numbers|papers|users|customers|members|computers|partners|leaders|layers|letters|matters|centers|filters|folders|headers|containers|printers|servers|answers|powers|offers|factors|errors|sectors|colors|colours|doctors|vendors|monitors|sensors|motors|editors|visitors|competitors|investors|directors|operators|indicators|behaviors|behaviours|distributors|suppliers|buyers|sellers|workers|owners|managers|players|readers|viewers|listeners|employers|researchers|publishers|manufacturers|founders|engineers|developers|designers|writers|officers|coordinators|planners|makers|carriers|dealers|traders|analysts|scientists|technicians|administrators|supervisors|physicians|musicians|chargers|trailers|routers|scanners|speakers|stickers|lockers|heaters|coolers|freezers|blenders|meters|markers|trackers|timers|counters|boosters|adapters|adaptors|controllers|processors|calculators|generators|elevators|tractors|reactors|connectors|detectors|transistors|accelerators|simulators|incubators|numbers|towers|corners|borders|chambers|drawers|shelters|clusters|registers|browsers|rivers|waters|hours|years)$/i;
// Nouns that name a customer group only with a qualifier ("store managers", "owners of small farms").
const WEAK_NOUNS = [
  'store', 'shop', 'owner', 'manager', 'operator', 'admin', 'administrator', 'employee', 'staff', 'worker', 'member', 'professionals',
  'buyer', 'seller', 'vendor', 'supplier', 'distributor', 'manufacturer', 'leader', 'lead', 'supervisor', 'player', 'fan', 'plant',
  'practice', 'district', 'studio', 'band', 'host', 'guest', 'club', 'guide', 'officer', 'principal', 'coordinator', 'planner', 'maker',
  'printer', 'carrier', 'fleet', 'warehouse', 'agenc(?:y|ies)', 'franchise', 'reader', 'viewer', 'listener', 'school', 'hospital',
  'clinic', 'founder', 'engineer', 'investor', 'analyst', 'editor', 'publisher', 'technician', 'researcher', 'scientist', 'trader',
  'dealer', 'startup', 'pharmac(?:y|ies)', 'pantr(?:y|ies)', 'employer', 'applicant', 'household', 'resident', 'homeowner', 'traveller', 'firm', 'office', 'department',
  'shopper', 'adult', 'crew', 'clerk',
];
// Words that never define a customer alone ("users", "customers", "everyone").
const GENERIC_NOUNS = ['user', 'customer', 'client', 'consumer', 'people', 'person', 'individual', 'business(?:es)?', 'compan(?:y|ies)', 'organi[sz]ation', 'enterprise', 'team', 'folks?', 'group', 'audience'];
const plural = (n: string) => (n.includes('(') || n.endsWith('als') ? n : `${n}(?:e?s)?`);
const GROUP = new RegExp(`\\b(${GROUP_NOUNS.map(plural).join('|')})\\b`, 'gi');
const GROUP_SINGLE = new RegExp(`^(?:${GROUP_NOUNS.concat(WEAK_NOUNS).map(plural).join('|')})$`, 'i');
const WEAK = new RegExp(`\\b(${WEAK_NOUNS.map(plural).join('|')})\\b`, 'gi');
const GENERIC = new RegExp(`\\b(${GENERIC_NOUNS.map(plural).join('|')})\\b`, 'gi');
/** Modifiers that make a group specific ("independent bookstores", "rural households"). */
const SPECIFIC_MODIFIER =
  /^(?:small|independent|indie|rural|urban|suburban|local|senior|elderly|older|young|retail|enterprise|healthcare|medical|dental|legal|clinical|solo|freelance|part-time|full-time|hourly|remote|home|pet|dog|cat|car|bike|boat|farm|family|nonprofit|student|teen|disabled|blind|deaf|immigrant|veteran|military|government|public|municipal|franchise|property|construction|manufacturing|logistics|agricultural|commercial|residential|community|mid-?size|midsized|b2b|smb|ecommerce|e-commerce|night|weekend|seasonal|first-time|low-income|working|single|new-?born|expecting|diabetic|chronically|cancer|asthma|allergy|wheelchair|spanish-speaking|deaf|hard-of-hearing|kindergarten|preschool|elementary|middle-school|high-school|college|graduate|nursing|accounting|marketing|sales|finance|hr|it|support|field|frontline|front-line|warehouse|delivery|transit|grocery|bakery|restaurant|salon|clinic|hospital|school|store|shop|dairy|cattle|poultry|organic|craft|vintage|specialty|boutique|dental|veterinary|optical|pharmacy|insurance|mortgage|tax|payroll|rental|landscaping|cleaning|moving|fishing|court|catering|event|wedding|funeral|church|charity|library|food|independent|family-owned|owner-operated)$/i;
const VAGUE_MODIFIER =
  /^(?:existing|leading|growing|demanding|amazing|exciting|paying|increasing|emerging|interested|engaging|discerning|forward-thinking|modern-day|tech-savvy|like-minded|fast-growing|high-growth|cutting-edge|world-class|everyday|busy|new|all|any|every|many|most|more|some|other|our|their|your|its|the|a|an)$/i;
const VAGUE_AFTER =
  /^(?:in|across|throughout|around) (?:the )?(?:UK|US|U\.S\.|USA|United States|United Kingdom|America|Europe|EU|world|country|nation|globe)\b|^online\b|^(?:who|that)\s+(?:want|wants|wish|wishes|need|needs|like|likes|love|loves|care|cares|value|values|are looking|is looking|are busy|struggle|struggles|hate|hates|are tired|enjoy|enjoys|prefer|prefers|feel|feels|use (?:our|the|this|it|[A-Z]\w*|technology|apps?|software)|have (?:ever|a|an|busy|too)|deserve|expect|demand|appreciate|are ready|are serious|work hard)\b|^(?:everywhere|worldwide|around the world|of all (?:sizes|kinds|types|ages)|across (?:the (?:world|globe|country)|industries)|like you)/i;
/** "adults renewing a passport", "people living with dementia": a participle that says which ones (not "people looking for…"). */
const PARTICIPLE = String.raw`(?!(?:looking|wanting|wishing|needing|seeking|trying|hoping|willing|getting|going|doing|being|having|everything|anything|nothing|something|thing)\b)[a-z]{3,}ing\b`;
const GENERIC_QUALIFIER = new RegExp(String.raw`^(?:who|that|whose|with|without|${PARTICIPLE}|under|over|of (?:\d|fewer|more|less|up to|between)|of (?:small|independent|local|rural)\b)\s*\S`, 'i');
const WEAK_QUALIFIER = new RegExp(String.raw`^(?:who|that|whose|with|without|in|at|on|across|${PARTICIPLE}|outside|under|over|from|of)\s+\S`, 'i');
/** "any team that…", "all businesses with…": a quantifier over everyone names no one. */
const UNIVERSAL = /^(?:any|all|every|everyone|anyone|anybody|everybody|whichever|whatever)$/i;

const STORE_NAME = /^(?:App|Play|Web|Microsoft|Apple|Windows|Mac|Google|Amazon|Chrome|Steam|Epic) Stores?$/;

export interface GroupMention {
  text: string;
  /** A capitalised word that made the group specific ("Prime members"); the product's own name doesn't count. */
  properQualifier?: string;
}

/** Specific customer groups named in the text ("independent bookstores", "nurses who swap shifts"). */
export function customerGroups(text: string): GroupMention[] {
  const found: GroupMention[] = [];
  // In a Title Case headline every word is capitalised, so capitals say nothing about names.
  const words = text.match(/[A-Za-z][\w’'-]{3,}/g) ?? [];
  const titleCase = words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
    // "people who cook", "to coach": the noun used as a verb.
    if (isOurs(text, m.index) || /\b(?:who|to|will|can|could|would|should|they|we|you|I|not|then)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "a shopper picks the order and a driver brings it": one person doing a job is not a customer group.
    const after = text.slice(m.index + m[0].length).trimStart();
    if (!/(?:s|children|people|folk)$/i.test(m[0]) && /\b(?:a|an|the|each|one)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && !/^(?:who|whose|with|in|at|from|of|aged|that)\b/i.test(after)) continue;
    found.push({ text: m[0] });
  }
  PERSON_PLURAL.lastIndex = 0;
  for (let m = PERSON_PLURAL.exec(text); m; m = PERSON_PLURAL.exec(text)) {
    const noun = m[2] ?? m[3];
    if (!NOT_PEOPLE.test(noun) && !VAGUE_MODIFIER.test(m[1] ?? '') && !isOurs(text, m.index)) found.push({ text: m[0] });
  }
  for (const [pattern, qualifier] of [[WEAK, WEAK_QUALIFIER], [GENERIC, GENERIC_QUALIFIER]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (isOurs(text, m.index)) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length).trimStart();
      const previous = /([\w’'-]+)\s+([\w’'-]+)\s*$/.exec(before);
      const prev = /([\w’'-]+)\s*$/.exec(before)?.[1] ?? '';
      // "rural post offices", "small dental practices": a modifier two words back.
      const prev2 = previous?.[1] ?? '';
      if (prev2 && SPECIFIC_MODIFIER.test(prev2) && prev && !VAGUE_MODIFIER.test(prev) && /^[a-z]/i.test(prev) && !/(?:ly|ing|ed|s)$/.test(prev)) {
        found.push({ text: `${prev2} ${prev} ${m[0]}` });
        continue;
      }
      const sentenceStart = /(?:^|[.!?:;]\s*|[“"(]\s*)[\w’'-]+\s*$/.test(before) || before.trim() === prev;
      if (prev && !VAGUE_MODIFIER.test(prev)) {
        if (SPECIFIC_MODIFIER.test(prev) || GROUP_SINGLE.test(prev) || (/-/.test(prev) && /[a-z]/.test(prev))) {
          found.push({ text: `${prev} ${m[0]}` });
          continue;
        }
        if (/^[A-Z][a-z]/.test(prev) && !sentenceStart && !titleCase && !STORE_NAME.test(`${prev} ${m[0]}`)) {
          found.push({ text: `${prev} ${m[0]}`, properQualifier: prev.toLowerCase() });
          continue;
        }
      }
      if (qualifier.test(after) && !VAGUE_AFTER.test(after) && !UNIVERSAL.test(prev)) found.push({ text: `${m[0]} ${after.split(/\s+/).slice(0, 4).join(' ')}` });
    }
  }
  return found;
}

/** The first specific customer group named in the text, if any. */
export function specificGroup(text: string, names: ReadonlySet<string> = new Set()): string | undefined {
  return customerGroups(text).find((g) => !g.properQualifier || !names.has(g.properQualifier))?.text;
}

/** "our nurses", "Acme's engineers": the company's own people, not its customers. */
function isOurs(text: string, index: number): boolean {
  return /\b(?:our|we|us|its|company[’']s|[A-Z]\w+[’']s)\s+(?:[\w-]+\s+)?$/.test(text.slice(Math.max(0, index - 30), index));
}

// ---------------------------------------------------------------- per-paragraph features

export function unitFeatures(unit: ProseUnit): UnitFeatures {
  let features = featureCache.get(unit);
  if (!features) {
    features = readUnit(unit);
    featureCache.set(unit, features);
  }
  return features;
}

function readUnit(unit: ProseUnit): UnitFeatures {
  const masked = unit.masked.replace(/\s+/g, ' ').trim();
  const { inside, outside, longest } = splitQuotes(masked);
  const frame = outside.replace(/\u2063+/g, ' \u2063 ');
  const attributionLine = DASH_LINE.test(masked) && countWords(masked) <= 30 && longest === 0;
  const hasSpeech = !attributionLine && (longest > 0 || (unit.quoted && countWords(masked) >= 5));
  const dash = DASH_ATTRIBUTION.test(frame);
  const attributed = hasSpeech && (SPEECH.test(frame) || dash || COLON_INTRO.test(frame.split('\u2063')[0] ?? ''));
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
      const words = (m[1] ?? m[2] ?? '').toLowerCase().split(/\s+/).map((w) => w.replace(/[.’']+$/, '')).filter((w) => w && !GENERIC_ORG_WORD.test(w));
      orgs.push(...words);
    }
  }
  const spoken = inside || (unit.quoted ? masked : '');
  const prose = quote ? frame.replace(/\u2063/g, ' ') : masked;
  const groups = customerGroups(quote || attributionLine ? frame.replace(/\u2063/g, ' ').replace(/(?:\b(?:said|says|according to)\b|—|–)[^.]*(?:\.|$)/g, ' ') : masked);
  return {
    words: countWords(masked),
    quote,
    unattributedQuote: hasSpeech && !quote,
    attributionLine,
    introducesQuote: /:\s*$/.test(masked),
    leaderRole,
    customerRole,
    thirdParty: speakerText !== '' && THIRD_PARTY.test(speakerText.replace(ORG_NAME, ' ')),
    orgs,
    companyVoice: /\b(?:[Ww]e|[Oo]ur|us|[Ww]e[’'](?:re|ve|ll|d))\b/.test(spoken),
    personVoice: /\b(?:I|[Mm]y|[Mm]e|I[’'](?:m|ve|ll|d))\b/.test(spoken),
    pain: kinds(PAIN, prose),
    painInQuote: spoken ? kinds(PAIN, spoken) : 0,
    solution: kinds(SOLUTION, prose),
    solutionInQuote: spoken ? kinds(SOLUTION, spoken) : 0,
    acts: ACTION_S.test(prose),
    doesSomething: DOES_SOMETHING.test(prose),
    concrete: ACTION_ANY.test(prose) || CONCRETE.some((i) => SOLUTION[i].test(prose)),
    tokens: wordSet(prose),
    quotedShare: inside ? Math.min(1, countWords(inside) / Math.max(1, countWords(masked))) : 0,
    painfulSentences: prose
      .split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/)
      .map((sentence) => ({ pain: kinds(PAIN, sentence), tokens: wordSet(sentence) }))
      .filter((sentence) => painScore(sentence.pain) >= 2),
    callToAction: CALL_TO_ACTION.test(masked) || PLACEHOLDER_LINK.test(masked) || (LINK.test(unit.source) && /\b(?:at|visit|to|learn|sign|get|order|try|download|start|join|see|read|available|apply|register|book)\b/i.test(masked)),
    closingCallToAction: !quote && CLOSING_CTA.test(prose),
    gettingStarted: GETTING_STARTED.test(masked),
    groups,
    people: groups.length > 0 || PEOPLE.test(prose),
    copularOnly: prose
      .split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/)
      .filter((sentence) => /[A-Za-z]/.test(sentence))
      .every((sentence) => COPULAR.test(sentence)),
  };
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z][\w-]*/g) ?? []);
}

/** The kinds of evidence the text shows, as a bit mask (bit i: pattern i matched). */
function kinds(patterns: RegExp[], text: string): number {
  let mask = 0;
  patterns.forEach((p, i) => {
    if (p.test(text)) mask |= 1 << i;
  });
  return mask;
}

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/**
 * How strongly text reads as a customer's pain: lost time or money counts twice; time
 * words ("every week") or numbers add one, and only beside real pain.
 */
export function painScore(mask: number): number {
  const real = bits(mask & ~WEAK_PAIN);
  if (real === 0) return 0;
  return real + (mask & 1 ? 1 : 0) + (mask & WEAK_PAIN ? 1 : 0);
}

export function solutionScore(mask: number): number {
  return bits(mask);
}

// ---------------------------------------------------------------- the document's parts

const ANNOUNCER =
  /^(.{0,120}?)\b(?:today\s+)?(?:announced|announces|launched|launches|introduced|introduces|unveiled|unveils|released|releases|is launching|is introducing|debuted|rolled out|opened|made available|went live with|is opening)\b\s*(.{0,80})/i;
/** In the summary only: "The City of Boston today moved renewals online", "Boomerang today began picking up…". */
const TODAY_VERB = /^(.{0,120}?)\btoday\s+(?:[a-z]{3,}ed|began|begins|brought|brings|made|makes|put|puts|set|sets|opens|offers|adds|starts|expands|is [a-z]+ing|rolls out)\b\s*(.{0,80})/i;
const NOT_A_NAME = /^(?:today|when|while|if|as|after|before|since|because|once|the|a|an|introducing|new|now|our|we|with|for|announcing|this|in|on|at|and|its|it|by|from|to|of|seattle|customers?|all|every|starting|beginning|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

export interface AnnouncerNames {
  /** Single lower-case words of the company's and product's names, to match organisations. */
  words: Set<string>;
  /** Each name as its lower-case words ("ferry pass"), to spot a paragraph that names the product. */
  phrases: string[][];
  /** Every lower-case word of the announcing company's name, generic ones included ("city", "bank"). */
  company: Set<string>;
}

const NAME_RUN = /[A-Z][\w&’'-]*(?:\s+(?:(?:of|and|&|for|the|de|du)\s+)*[A-Z][\w&’'-]*)*$/;

/** Names the announcing company and product go by, from the summary (else the headline and title). */
export function announcerNames(paragraphs: readonly PrParagraph[], headlineText: string, titleText: string | undefined): AnnouncerNames {
  const names: AnnouncerNames = { words: new Set(), phrases: [], company: new Set() };
  const add = (text: string) => {
    for (const run of text.match(/[A-Z][\w&-]*(?:[’']s)?(?:\s+[A-Z][\w&-]*(?:[’']s)?)*/g) ?? []) {
      const words = run
        .split(/\s+/)
        .map((w) => w.replace(/[’']s$/, ''))
        .filter((w) => !NOT_A_NAME.test(w) && !/^[A-Z]{2,}$/.test(w));
      const distinctive = words.filter((w) => !GENERIC_ORG_WORD.test(w));
      for (const w of distinctive) names.words.add(w.toLowerCase());
      if (distinctive.length > 0) names.phrases.push(words.map((w) => w.toLowerCase()));
    }
  };
  for (const [index, paragraph] of paragraphs.slice(0, 2).entries()) {
    const dateline = DATELINE.exec(paragraph.unit.masked);
    const text = plain(dateline ? paragraph.unit.masked.slice(dateline[0].length) : paragraph.unit.masked);
    const m = ANNOUNCER.exec(text) ?? (index === 0 || dateline ? TODAY_VERB.exec(text) : null);
    if (m) {
      // The company is the name just before the verb; the product the name just after it.
      const subject = m[1].trim().replace(/(?:[\s,]+[a-z]+)+$/, ''); // "Greenleaf Systems has" → "Greenleaf Systems"
      const company = NAME_RUN.exec(subject)?.[0] ?? '';
      add(company);
      for (const w of company.toLowerCase().split(/\s+/)) if (w.length > 2 && !/^(?:the|and|for|of)$/.test(w)) names.company.add(w.replace(/[’']s$/, ''));
      add(/^\s*(?:(?:the|a|an|its|their|new)\s+)*([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)/.exec(m[2])?.[1] ?? '');
    }
  }
  if (names.phrases.length === 0) {
    const headWord = /^\s*([A-Z][\w&-]+)/.exec(headlineText);
    if (headWord) add(headWord[1]);
  }
  add(titleText?.replace(/pr\s*[/&+-]?\s*faqs?|press release|project|working backwards/gi, '') ?? '');
  return names;
}

function mentions(tokens: Set<string>, names: AnnouncerNames): boolean {
  return names.phrases.some((phrase) => phrase.every((w) => tokens.has(w)));
}

/** A labelled section counts when it holds some words (placeholders included: that's the placeholder rule's call). */
function labelled(paragraphs: PrParagraph[], model: PrfaqModel, label: PartLabel): PrParagraph | undefined {
  const inSection = paragraphs.filter((p) => model.labels.get(p.unit) === label);
  const words = inSection.reduce((n, p) => n + countWords(p.text), 0);
  return words >= 4 ? inSection[0] : undefined;
}

/** A press release is a page or two; past this many paragraphs the rest is not read for parts. */
const MAX_PARAGRAPHS = 300;

export function findParts(doc: LintDocument, model: PrfaqModel): PressReleaseParts {
  void doc;
  const parts: PressReleaseParts = {};
  const paragraphs = model.paragraphs.length > MAX_PARAGRAPHS ? model.paragraphs.slice(0, MAX_PARAGRAPHS) : model.paragraphs;
  const features = paragraphs.map((p) => unitFeatures(p.unit));

  // Quotes: classify each by its speaker, then let unknown speakers fill a missing role.
  const names = model.names;
  const quotes: PressReleaseQuote[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const f = features[i];
    const label = model.labels.get(paragraphs[i].unit);
    let speaker: UnitFeatures | undefined;
    if (f.quote) speaker = f;
    else if (f.unattributedQuote) {
      // The attribution may sit on the next line ("— Jane Doe, CEO") or above ("Jane Doe, owner of …:").
      const next = features[i + 1];
      const prev = features[i - 1];
      if (next?.attributionLine) speaker = next;
      else if (prev?.introducesQuote) speaker = unitFeatures(paragraphs[i - 1].unit);
      else if (label === 'leaderQuote' || label === 'customerQuote' || label === 'quotes') speaker = f;
    } else if (f.attributionLine && !features[i - 1]?.unattributedQuote && (label === 'leaderQuote' || label === 'customerQuote' || label === 'quotes')) {
      speaker = f;
    }
    if (!speaker) continue;
    const scores = speakerScores(speaker, f, names);
    let kind: QuoteKind = scores.leader > scores.customer ? 'leader' : scores.customer > scores.leader ? 'customer' : 'unknown';
    if (speaker.thirdParty && !(f.personVoice && speaker.customerRole > 0)) kind = 'other';
    if (label === 'leaderQuote') kind = 'leader';
    else if (label === 'customerQuote') kind = 'customer';
    quotes.push({ paragraph: paragraphs[i], kind, leaderScore: label === 'leaderQuote' ? 10 : scores.leader });
  }
  resolveUnknownSpeakers(quotes);
  parts.quotes = quotes;
  parts.leaderQuote = labelled(paragraphs, model, 'leaderQuote') ?? quotes.find((q) => q.kind === 'leader')?.paragraph;
  parts.customerQuote = labelled(paragraphs, model, 'customerQuote') ?? quotes.find((q) => q.kind === 'customer')?.paragraph;

  // Problem and solution: a labelled section, or a paragraph with enough evidence.
  // A bulleted list is read as one paragraph, together with the line that introduces it.
  const evidence = listsAsParagraphs(paragraphs, features);
  const mentionsProduct = evidence.map((f) => mentions(f.tokens, names));
  const company = [...names.company].filter((w) => names.words.has(w));
  parts.problem = labelled(paragraphs, model, 'problem') ?? paragraphs.find((p, i) => isProblem(evidence[i], names, company, mentionsProduct[i], p === model.summary));
  // The problem paragraph is not also the solution unless it names the product ("With Falcon, …").
  parts.solution =
    labelled(paragraphs, model, 'solution') ??
    paragraphs.find((p, i) => isSolution(evidence[i], mentionsProduct[i]) && (p !== parts.problem || mentionsProduct[i])) ??
    solutionAfterProblem(paragraphs, evidence, mentionsProduct, paragraphs.indexOf(parts.problem ?? model.summary ?? paragraphs[0]), model.summary);
  // Nothing after it does anything, but the "problem" itself acts and offers a way out: it is the
  // solution ("Applicants sign in, … the app checks the photo and explains how to retake it").
  const p = parts.problem ? paragraphs.indexOf(parts.problem) : -1;
  if (!parts.solution && p >= 0 && !model.labels.has(paragraphs[p].unit) && evidence[p].acts && solutionScore(evidence[p].solution) >= 1 && painScore(evidence[p].pain) <= 3) {
    parts.solution = parts.problem;
    parts.problem = paragraphs.slice(0, p).find((q, i) => isProblem(evidence[i], names, company, mentionsProduct[i], q === model.summary));
  }
  parts.gettingStarted = labelled(paragraphs, model, 'gettingStarted') ?? paragraphs.find((_, i) => features[i].gettingStarted);
  parts.callToAction =
    labelled(paragraphs, model, 'callToAction') ?? [...paragraphs].reverse().find((p, i) => features[paragraphs.length - 1 - i].callToAction) ?? closingCallToAction(paragraphs, features);

  // The customer: a specific group named in the headline, subheading or press release.
  const candidates: PrParagraph[] = [];
  if (model.headline?.analysis.units[0]) candidates.push({ block: model.headline, unit: model.headline.analysis.units[0], text: model.headlineText });
  if (model.subheading?.unit) candidates.push(model.subheading as PrParagraph);
  else if (model.subheading?.block.analysis.units[0]) candidates.push({ block: model.subheading.block, unit: model.subheading.block.analysis.units[0], text: model.subheading.text });
  candidates.push(...paragraphs);
  const isSpecific = (g: GroupMention) => !g.properQualifier || !names.words.has(g.properQualifier);
  parts.customer = candidates.find((p) => unitFeatures(p.unit).groups.some(isSpecific)) ?? customerInFaq(model, names);
  return parts;
}

/**
 * Problem: several kinds of pain in the writer's own words, or a lot of it in a quote; or,
 * in prose that is mostly the writer's own, pain told without the product: a paragraph
 * that doesn't name it (and isn't a how-to or call to action), or a sentence that doesn't.
 */
function isProblem(f: UnitFeatures, names: AnnouncerNames, company: string[], mentionsProduct: boolean, isSummary: boolean): boolean {
  // The company's own trouble ("The Bureau processes 9 million paper forms a year") is not the customer's problem.
  if (!f.people && company.some((w) => f.tokens.has(w))) return false;
  const pain = painScore(f.pain);
  if (pain >= 3 || painScore(f.painInQuote) >= 4) return true;
  const ownWords = !(f.quote || f.unattributedQuote) || f.quotedShare <= 0.5;
  if (!ownWords) return false;
  const strong = (f.pain & STRONG_PAIN) !== 0;
  if (!mentionsProduct && !isSummary && (pain >= 2 || (pain >= 1 && strong && f.people && f.words >= 20 && !f.callToAction && !f.gettingStarted))) return true;
  return f.painfulSentences.some((sentence) => !mentions(sentence.tokens, names));
}

/**
 * Failing clear evidence, the solution is the paragraph after the problem (press releases go
 * problem, solution, quotes, call to action) when it says what something does: the product
 * named, or an action ("Each worker scans a poster at the gate"), not only what it is.
 */
function solutionAfterProblem(paragraphs: PrParagraph[], evidence: UnitFeatures[], mentionsProduct: boolean[], after: number, summary: PrParagraph | undefined): PrParagraph | undefined {
  for (let i = Math.max(0, after + 1); i < paragraphs.length; i++) {
    const f = evidence[i];
    if (paragraphs[i] === summary || f.quote || f.unattributedQuote || f.attributionLine || f.copularOnly || f.words < 15) continue;
    if ((f.callToAction || f.closingCallToAction) && f.words < 30) continue;
    // "Beacon will change that. It brings libraries the same capabilities…" names the product but does nothing.
    const acts = f.concrete || f.doesSomething || solutionScore(f.solution) >= 1;
    if (acts && (solutionScore(f.solution) >= 1 || mentionsProduct[i] || painScore(f.pain) < 3)) return paragraphs[i];
  }
  return undefined;
}

/** Solution: what the product does and how, in the writer's words (or, with more evidence, in a quote). */
function isSolution(f: UnitFeatures, mentionsProduct: boolean): boolean {
  if (solutionScore(f.solution) >= 2 || solutionScore(f.solutionInQuote) >= 3) return true;
  // "Practices can order EyeCheck at …" is the call to action, not how the product works.
  const closing = (f.callToAction || f.closingCallToAction) && f.words < 30;
  return mentionsProduct && f.concrete && !f.quote && !closing && !f.copularOnly;
}

/** Features where each list item stands for its whole list (and the line before it ending in ':'). */
function listsAsParagraphs(paragraphs: PrParagraph[], features: UnitFeatures[]): UnitFeatures[] {
  const out = [...features];
  for (let i = 0; i < paragraphs.length; ) {
    if (paragraphs[i].unit.listDepth === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < paragraphs.length && paragraphs[end].block === paragraphs[i].block && paragraphs[end].unit.listDepth > 0) end++;
    const start = i > 0 && features[i - 1].introducesQuote && !features[i - 1].quote ? i - 1 : i;
    const merged: UnitFeatures = { ...features[i], tokens: new Set<string>(), concrete: false, acts: false, doesSomething: false, pain: 0, solution: 0, painfulSentences: [], people: false, copularOnly: true };
    for (let k = start; k < end; k++) {
      const f = features[k];
      merged.pain |= f.pain;
      merged.solution |= f.solution;
      merged.concrete ||= f.concrete;
      merged.acts ||= f.acts;
      merged.doesSomething ||= f.doesSomething;
      merged.people ||= f.people;
      merged.copularOnly &&= f.copularOnly;
      merged.painfulSentences.push(...f.painfulSentences);
      for (const t of f.tokens) merged.tokens.add(t);
    }
    for (let k = start; k < end; k++) out[k] = merged;
    i = end;
  }
  return out;
}

/** A plainly worded call to action after the last quote (or in the last paragraph): "Update the app from the App Store." */
function closingCallToAction(paragraphs: PrParagraph[], features: UnitFeatures[]): PrParagraph | undefined {
  if (paragraphs.length === 0) return undefined;
  let from = paragraphs.length - 1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (features[i].quote || features[i].unattributedQuote || features[i].attributionLine) break;
    from = i;
  }
  for (let i = from; i < paragraphs.length; i++) if (features[i].closingCallToAction) return paragraphs[i];
  return undefined;
}

function speakerScores(speaker: UnitFeatures, quote: UnitFeatures, names: AnnouncerNames): { leader: number; customer: number } {
  let leader = speaker.leaderRole * 2;
  let customer = speaker.customerRole * 2;
  const ours = speaker.orgs.some((o) => names.words.has(o));
  if (ours) leader += 3;
  else if (speaker.orgs.length > 0 && names.words.size > 0) customer += 3;
  // The quote's own voice: "we built" is the company; "I used to" is a person telling their story.
  if (quote.companyVoice && !quote.personVoice) leader += 1;
  if (quote.personVoice && !quote.companyVoice) customer += 1;
  return { leader, customer };
}

/**
 * Unknown speakers fill a role no one else fills: the first one the leader, the next the
 * customer. With two or more quotes and no customer, a later quote with no leader's role
 * or company behind it is the customer (press releases quote the leader first).
 */
function resolveUnknownSpeakers(quotes: PressReleaseQuote[]): void {
  let hasLeader = quotes.some((q) => q.kind === 'leader');
  let hasCustomer = quotes.some((q) => q.kind === 'customer');
  for (const q of quotes) {
    if (q.kind !== 'unknown') continue;
    const f = unitFeatures(q.paragraph.unit);
    if (!hasLeader && (hasCustomer || !f.personVoice)) {
      q.kind = 'leader';
      hasLeader = true;
    } else if (!hasCustomer) {
      q.kind = 'customer';
      hasCustomer = true;
    }
  }
  if (!hasCustomer && quotes.length >= 2) {
    const weak = quotes.slice(1).reverse().find((q) => q.kind === 'leader' && q.leaderScore < 2);
    if (weak) weak.kind = 'customer';
  }
  // Two "customers" and no leader: a first quote under a leader's title, not told in the first
  // person, is the leader speaking for an organisation the announcer names differently (a court's district).
  const first = quotes[0];
  if (!hasLeader && first?.kind === 'customer' && first.leaderScore >= 2 && quotes.filter((q) => q.kind === 'customer').length >= 2 && !unitFeatures(first.paragraph.unit).personVoice) first.kind = 'leader';
}

const WHO_QUESTION = /\bwho\b[^?]*\b(?:customers?|for|use|target|buy|benefit)\b|\btarget (?:customers?|audience|market|users?)\b|\bcustomer (?:segment|profile|persona)\b|\bwho (?:is|are) (?:this|it) for\b/i;

/** A specific group named in the answer to "Who is the customer?" in the FAQ. */
function customerInFaq(model: PrfaqModel, names: AnnouncerNames): PrParagraph | undefined {
  for (const pair of model.qa) {
    if (!WHO_QUESTION.test(pair.question)) continue;
    if (specificGroup(plain(pair.answer), names.words)) {
      const block = pair.questionBlock;
      const unit = block.analysis.units[0];
      if (unit) return { block, unit, text: pair.answer };
    }
  }
  return undefined;
}
