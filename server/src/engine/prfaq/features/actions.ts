// Verbs that say what a product does ("scans", "sends", "reminds"), and the patterns built from
// them: a thing acting, people using it, a claim that only says what something is.

export const ACTION_VERBS =
  'syncs|scans|sends|tracks|reads|matches|books|schedules|shows|tells|alerts|notifies|reminds|suggests|predicts|recommends|flags|finds|creates|turns|pulls|connects|checks|translates|compares|generates|builds|handles|routes|assigns|fills|orders|reorders|counts|collects|answers|texts|calls|posts|updates|learns|detects|spots|estimates|calculates|summari[sz]es|drafts|writes|converts|imports|shares|publishes|delivers|monitors|measures|lists|ranks|sorts|groups|organi[sz]es|highlights|pairs|links|plans|prepares|picks|combines|watches|listens|captures|records|logs|verifies|confirms|approves|covers|swaps|trades|clips|asks|pools|reserves|places|prints|pays|charges|invoices|chases|files|fixes|repairs|dispatches|backs up|restores|blocks|filters|queues|streams|plays|recognizes|recognises|identifies|labels|tags|transcribes|closes|opens|unlocks|locks|refills|replaces';
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
export const ACTION_ANY = new RegExp(
  `\\b(?:${ACTION_VERBS}|${MORE_ACTIONS})\\b|\\b(?:[Tt]hey|[a-z]{3,}s)\\s+(?:now\\s+|can\\s+|simply\\s+|just\\s+|then\\s+|also\\s+|automatically\\s+)?(?:${eitherForm(`${ACTION_VERBS}|${MORE_ACTIONS}`)})\\b`,
);
/** The same verbs in their -s form only: a thing acting ("the app checks the photo"), not people doing ("they find"). */
export const ACTION_S = new RegExp(`\\b(?:${ACTION_VERBS}|${MORE_ACTIONS})\\b`);
/** Verbs that promise without saying what happens ("It brings…", "Beacon transforms…"). */
const VAGUE_VERBS = 'is|has|was|does|brings|gives|helps|makes|lets|allows|enables|changes|transforms|empowers|revolutioni[sz]es|reimagines|means|seems|needs|wants|aims|strives|believes|matters|remains|becomes|stands|represents|provides|offers|delivers|supports|includes|features|comes';
/** Something named (or "it", "the app", "a unit that…") doing a specific thing: "Stash Jar rounds up every purchase". */
export const DOES_SOMETHING = new RegExp(
  `(?:\\b(?:[Ii]t|[A-Z][\\w-]+|the (?:app|service|tool|system|product|platform|device|watch|sensor|robot|card|account|feature|unit|alarm|reader|kit|locker|camera|probe|dashboard|assistant))\\s+(?:now\\s+|also\\s+|then\\s+|automatically\\s+|instantly\\s+)?|\\b(?:that|which)\\s+)(?!(?:${VAGUE_VERBS})\\b)[a-z]{3,}(?<![su])s\\b`,
);
/** A sentence that only says what something is: "Nestwell is an all-new way to find childcare." */
export const COPULAR = /^\W*(?:[\w’'.-]+\s+){0,4}?(?:is|are|was|were|will be|has been|have been|becomes?)\b/i;
/** People named without a qualifier, or who spoke to the company ("Filers told us"): enough to say whose problem a paragraph tells. */
export const PEOPLE =
  /\b(?:users?|customers?|people|persons?|consumers?|clients?|patients?|applicants?|households?|famil(?:y|ies)|adults?|residents?|citizens?|members?|workers?|employees?|shoppers?|buyers?|sellers?|owners?|travell?ers?|passengers?|students?|parents?|managers?|teams?|agents?|operators?|riders?|drivers?|renters?|borrowers?|taxpayers?|voters?|viewers?|readers?|listeners?|subscribers?|guests?|visitors?|callers?|players?|fans?|kids?|children|seniors?|veterans?|retirees?|caregivers?|[a-z]{2,}(?:ers|ors|ists|ians) (?:told|tell) us)\b/i;
