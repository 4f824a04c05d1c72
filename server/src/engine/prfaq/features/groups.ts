// Customer groups: a specific group named in the text ("independent bookstores", "nurses who
// swap shifts"), not a generic one ("users", "businesses of all sizes").

import type { GroupMention } from '../types';
import { inSpans, isOurs, notChosen, oneActor, oneOf, seriesSpans, SOFTWARE_SENSE, usedAsVerb } from './group-context';

// People and organisations that are a customer group by themselves ("nurses", "bookstores").
const GROUP_NOUNS = [
  'nurse', 'doctor', 'physician', 'surgeon', 'clinician', 'therapist', 'dentist', 'pharmacist', 'veterinarian', 'vet',
  'caregiver', 'patient', 'teacher', 'tutor', 'educator', 'professor', 'instructor', 'coach', 'student', 'learner', 'parent', 'famil(?:y|ies)',
  'child(?:ren)?', 'kid', 'teen(?:ager)?', 'senior', 'retiree', 'veteran', 'homeowner', 'home ?buyer', 'renter', 'tenant', 'landlord',
  'realtor', 'real estate agent', 'broker', 'driver', 'courier', 'trucker', 'commuter', 'travell?er', 'farmer', 'grower', 'rancher',
  'fisherm[ae]n', 'chef', 'cook', 'baker', 'baker(?:y|ies)', 'restaurant', 'caf[eé]', 'coffee shop', 'brewer(?:y|ies)', 'winer(?:y|ies)',
  'bookstore', 'bookshop', 'bookseller', 'retailer', 'merchant', 'shopkeeper', 'boutique', 'salon', 'barber', 'stylist', 'gym',
  'librarian', 'nonprofit', 'non-profit', 'charit(?:y|ies)', 'church(?:es)?', 'volunteer', 'programmer', 'author',
  'journalist', 'musician', 'photographer', 'filmmaker', 'streamer', 'podcaster', 'gamer', 'athlete', 'runner', 'cyclist', 'hiker',
  'freelancer', 'electrician', 'plumber', 'mechanic', 'accountant', 'bookkeeper', 'lawyer', 'attorney', 'paralegal',
  'recruiter', 'dispatcher', 'cashier', 'council', 'municipalit(?:y|ies)', 'wholesaler', 'exporter', 'importer', 'airline', 'hotel', 'entrepreneur', 'solopreneur',
  'pet owner', 'dog owner', 'cat owner', 'small[- ]business(?:es)?', 'sole proprietor', 'policyholder', 'job seeker', 'hourly worker',
  'shift worker', 'gig worker', 'caterer', 'florist', 'dealership', 'franchisee', 'property manager', 'superintendent', 'midwi(?:fe|ves)',
  'paramedic', 'firefighter', 'dispensar(?:y|ies)', 'optometrist', 'chiropractor', 'beekeeper', 'winemaker', 'craftsperson', 'crafter',
  'tailor', 'roaster', 'grocer', 'grocery stores?', 'food bank', 'shelter', 'nursing home', 'care home', 'daycare',
  'preschool', 'homeschooler', 'owner-operator', 'exhibitor', 'seamstress', 'outfitter', 'sailor', 'boater', 'angler', 'hunter',
  'gardener', 'nurser(?:y|ies)', 'bartender', 'waiter', 'waitress', 'housekeeper', 'nanny', 'nannies', 'babysitter',
  'mother', 'father', 'mom', 'dad', 'grandparent', 'skipper', 'locksmith', 'inspector', 'widow', 'immigrant', 'refugee', 'newcomer', 'expat', 'artisan', 'welder',
  'carpenter', 'roofer', 'landscaper', 'contractor', 'writer', 'artist', 'consultant', 'therapist',
  'diver', 'swimmer', 'skier', 'surfer', 'climber', 'golfer', 'collector', 'knitter', 'quilter', 'woodworker', 'homebrewer',
  'birder', 'camper', 'motorist', 'rider', 'pilgrim', 'tourist', 'backpacker', 'hiker', 'dancer', 'singer', 'choir', 'actor', 'voter',
  'taxpayer', 'borrower', 'lender', 'donor', 'subscriber', 'passenger', 'diner', 'golfer', 'skater', 'hairdresser', 'cleaner', 'janitor',
];
/** Unlisted people ("recreational divers", "quilters who sell online"): an -er/-ist/-ian plural with an adjective before or "who" after. */
const PERSON_PLURAL = /\b([a-z]+(?:al|ic|ive|ent|ant|ous|ary|ish|ese)|[a-z]+-[a-z]+|young|younger|older|elderly|senior|local|rural|urban|new|first|small|independent|home|court|school|church|field|farm|truck|hospital|clinic|restaurant|hotel|warehouse|airline|construction)\s+([a-z]{3,}(?:ers|ists|ians|ors))\b|\b([a-z]{3,}(?:ers|ists|ians|ors))\s+(?:who|whose|aged|with|under \d|over \d|between \d|(?:of|in|at|on) (?:small|independent|local|rural|urban|family|commercial|community|public|private|\d))\b/gi;
const NOT_PEOPLE = /^(?:(?:play|check|wish|wait|short|allow|block|deny|watch|to-?do)lists|others|orders|numbers|papers|users|customers|members|parameters|characters|anchors|computers|partners|leaders|layers|letters|matters|centers|filters|folders|headers|containers|printers|servers|answers|powers|offers|factors|errors|sectors|colors|colours|doctors|vendors|monitors|sensors|motors|editors|visitors|competitors|investors|directors|operators|indicators|behaviors|behaviours|distributors|suppliers|buyers|sellers|workers|owners|managers|players|readers|viewers|listeners|employers|researchers|publishers|manufacturers|founders|engineers|developers|designers|writers|officers|coordinators|planners|makers|carriers|dealers|traders|analysts|scientists|technicians|administrators|supervisors|physicians|musicians|chargers|trailers|routers|scanners|speakers|stickers|lockers|heaters|coolers|freezers|blenders|meters|markers|trackers|timers|counters|boosters|adapters|adaptors|controllers|processors|calculators|generators|elevators|tractors|reactors|connectors|detectors|transistors|accelerators|simulators|incubators|numbers|towers|corners|borders|chambers|drawers|shelters|clusters|registers|browsers|rivers|waters|hours|years)$/i;
// Nouns that name a customer group only with a qualifier ("store managers", "owners of small farms").
const WEAK_NOUNS = [
  'store', 'shop', 'owner', 'manager', 'operator', 'admin', 'administrator', 'employee', 'staff', 'worker', 'member', 'professionals',
  'buyer', 'seller', 'vendor', 'supplier', 'distributor', 'manufacturer', 'leader', 'lead', 'supervisor', 'player', 'fan', 'plant',
  'practice', 'district', 'studio', 'band', 'host', 'guest', 'club', 'guide', 'officer', 'principal', 'coordinator', 'planner', 'maker',
  'printer', 'carrier', 'fleet', 'warehouse', 'agenc(?:y|ies)', 'franchise', 'reader', 'viewer', 'listener', 'school', 'hospital',
  'clinic', 'founder', 'engineer', 'investor', 'analyst', 'editor', 'publisher', 'technician', 'researcher', 'scientist', 'trader',
  'dealer', 'startup', 'pharmac(?:y|ies)', 'pantr(?:y|ies)', 'employer', 'applicant', 'household', 'resident', 'homeowner', 'traveller', 'firm', 'office', 'department',
  'shopper', 'adult', 'crew', 'clerk', 'associate', 'hobbyist', 'librar(?:y|ies)', 'authorit(?:y|ies)',
  // In a software release these are everyone who might use it, as "users" is: "game developers", not "developers".
  'developer', 'designer', 'creator',
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
  /^(?:small|independent|indie|rural|urban|suburban|local|senior|elderly|older|young|retail|enterprise|healthcare|medical|dental|legal|clinical|solo|freelance|part-time|full-time|hourly|remote|home|pet|dog|cat|car|bike|boat|farm|family|nonprofit|student|teen|disabled|blind|deaf|immigrant|veteran|military|government|public|municipal|franchise|property|construction|manufacturing|logistics|agricultural|commercial|residential|community|mid-?size|midsized|b2b|smb|ecommerce|e-commerce|night|weekend|seasonal|first-time|low-income|working|single|new-?born|expecting|diabetic|chronically|cancer|asthma|allergy|wheelchair|spanish-speaking|deaf|hard-of-hearing|kindergarten|preschool|elementary|middle-school|high-school|college|graduate|nursing|accounting|marketing|sales|finance|hr|it|support|field|frontline|front-line|warehouse|delivery|transit|grocery|bakery|restaurant|salon|clinic|hospital|school|store|shop|dairy|cattle|poultry|organic|craft|vintage|specialty|boutique|dental|veterinary|optical|pharmacy|insurance|energy|utility|telecom|banking|shipping|trucking|mortgage|tax|payroll|rental|landscaping|cleaning|moving|fishing|court|catering|event|wedding|funeral|church|charity|library|food|independent|family-owned|owner-operated)$/i;
const VAGUE_MODIFIER =
  /^(?:existing|leading|growing|demanding|amazing|exciting|paying|increasing|emerging|interested|engaging|discerning|forward-thinking|modern-day|tech-savvy|like-minded|fast-growing|high-growth|cutting-edge|world-class|everyday|busy|new|all|any|every|many|most|more|some|other|our|their|your|its|the|a|an)$/i;
const VAGUE_AFTER =
  /^(?:in|across|throughout|around) (?:the )?(?:UK|US|U\.S\.|USA|United States|United Kingdom|America|Europe|EU|world|country|nation|globe)\b|^online\b|^(?:who|that)\s+(?:want|wants|wish|wishes|need|needs|like|likes|love|loves|care|cares|value|values|are looking|is looking|are busy|struggle|struggles|hate|hates|are tired|enjoy|enjoys|prefer|prefers|feel|feels|use (?:our|the|this|it|[A-Z]\w*|technology|apps?|software)|have (?:ever|a|an|busy|too)|deserve|expect|demand|appreciate|are ready|are serious|work hard)\b|^of (?:the|our|this|a) (?:[\w-]+ ){0,2}(?:community|project|ecosystem|public|world|foundation|internet)\b|^with (?:the|an?) (?:knowledge|interest|desire|passion|need|ability|skills?|curiosity|will)\b|^(?:who|that) (?:has|have|is|are) (?:signed|logged) (?:in|on)\b|^(?:everywhere|worldwide|around the world|of all (?:sizes|kinds|types|ages)|across (?:the (?:world|globe|country)|industries)|like you)/i;
/** "adults renewing a passport", "people living with dementia": a participle that says which ones (not "people looking for…"). */
const PARTICIPLE = String.raw`(?!(?:looking|wanting|wishing|needing|seeking|trying|hoping|willing|getting|going|doing|being|having|everything|anything|nothing|something|thing)\b)[a-z]{3,}ing\b`;
const GENERIC_QUALIFIER = new RegExp(String.raw`^(?:who|that|whose|with|without|${PARTICIPLE}|under|over|of (?:\d|fewer|more|less|up to|between)|of (?:small|independent|local|rural)\b)\s*\S`, 'i');
const WEAK_QUALIFIER = new RegExp(String.raw`^(?:who|that|whose|with|without|in|at|on|across|${PARTICIPLE}|outside|under|over|from|of)\s+\S`, 'i');
/** "any team that…", "all businesses with…": a quantifier over everyone names no one. */
const UNIVERSAL = /^(?:any|all|every|everyone|anyone|anybody|everybody|whichever|whatever)$/i;

const STORE_NAME = /^(?:App|Play|Web|Microsoft|Apple|Windows|Mac|Google|Amazon|Chrome|Steam|Epic) Stores?$/;

/** Specific customer groups named in the text ("independent bookstores", "nurses who swap shifts"). */
export function customerGroups(text: string): GroupMention[] {
  const found: GroupMention[] = [];
  // In a Title Case headline every word is capitalised, so capitals say nothing about names.
  const words = text.match(/[A-Za-z][\w’'-]{3,}/g) ?? [];
  const titleCase = words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
  const series = seriesSpans(text);
  const aside = (m: RegExpExecArray) => inSpans(series, m.index) || notChosen(text, m.index) || isOurs(text, m.index) || usedAsVerb(text, m.index);
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) {
    if (aside(m) || (SOFTWARE_SENSE.test(m[0]) && !peopleSense(text, m))) continue;
    if (oneOf(text, m, true)) continue;
    found.push({ text: m[0] });
  }
  PERSON_PLURAL.lastIndex = 0;
  for (let m = PERSON_PLURAL.exec(text); m; m = PERSON_PLURAL.exec(text)) {
    const noun = m[2] ?? m[3];
    if (!NOT_PEOPLE.test(noun) && !VAGUE_MODIFIER.test(m[1] ?? '') && !aside(m)) found.push({ text: m[0] });
  }
  for (const [pattern, qualifier] of [[WEAK, WEAK_QUALIFIER], [GENERIC, GENERIC_QUALIFIER]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (aside(m) || oneOf(text, m, false) || oneActor(text, m)) continue;
      if (SOFTWARE_SENSE.test(m[0])) {
        if (peopleSense(text, m)) found.push({ text: m[0] });
        continue;
      }
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length).trimStart();
      const previous = /([\w’'-]+)\s+([\w’'-]+)\s*$/.exec(before);
      const prev = /([\w’'-]+)\s*$/.exec(before)?.[1] ?? '';
      // "rural post offices", "small dental practices": a modifier two words back.
      const prev2 = previous?.[1] ?? '';
      if (prev2 && SPECIFIC_MODIFIER.test(prev2) && prev && !VAGUE_MODIFIER.test(prev) && (titleCase ? /^[a-z]/i : /^[a-z]/).test(prev) && !/(?:ly|ing|ed|s)$/.test(prev)) {
        found.push({ text: `${prev2} ${prev} ${m[0]}` });
        continue;
      }
      const sentenceStart = /(?:^|[.!?:;]\s*|[“"(]\s*)[\w’'-]+\s*$/.test(before) || before.trim() === prev;
      // "Agents Office guides the work": after a name, a verb before its object.
      if (/^[A-Z]\w*$/.test(prev) && /s$/i.test(m[0]) && /^(?:the|a|an|your|their|its|every)\s/i.test(after)) continue;
      if (prev && !VAGUE_MODIFIER.test(prev)) {
        if (SPECIFIC_MODIFIER.test(prev) || GROUP_SINGLE.test(prev) || (/-/.test(prev) && /[a-z]/.test(prev))) {
          found.push({ text: `${prev} ${m[0]}` });
          continue;
        }
        // "Prime members", "Salesforce admins"; but "JupyterLab users", "Spotify customers" are
        // everyone on that platform, as "users" is everyone on the product's own.
        // A singular "Visual Designer", "Agents Office" is a name, not a group; "iOS developers",
        // "SRE teams" name a role as "Salesforce admins" do.
        if (/^(?:[A-Z][a-z]|[a-z]+[A-Z]|[A-Z]{2,}\b)/.test(prev) && /s$/i.test(m[0]) && (pattern === WEAK || /^teams$/i.test(m[0])) && !sentenceStart && !titleCase && !STORE_NAME.test(`${prev} ${m[0]}`)) {
          found.push({ text: `${prev} ${m[0]}`, properQualifier: prev.toLowerCase() });
          continue;
        }
      }
      if (qualifier.test(after) && !VAGUE_AFTER.test(after) && !UNIVERSAL.test(prev)) found.push({ text: `${m[0]} ${after.split(/\s+/).slice(0, 4).join(' ')}` });
    }
  }
  return found;
}

/** "public libraries", "delivery drivers", "drivers who…": the people sense of a word that usually names a thing. */
function peopleSense(text: string, m: RegExpExecArray): boolean {
  const prev = /([\w’'-]+)\s*$/.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? '';
  return (/^[a-z]/.test(prev) && SPECIFIC_MODIFIER.test(prev)) || /^\s*(?:who|whose)\b/i.test(text.slice(m.index + m[0].length));
}

/** The first specific customer group named in the text, if any. */
export function specificGroup(text: string, names: ReadonlySet<string> = new Set()): string | undefined {
  return customerGroups(text).find((g) => !g.properQualifier || !names.has(g.properQualifier))?.text;
}
