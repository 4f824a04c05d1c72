// Word lists for style/passive-voice.

/** Forms of "be" that can start a passive ("was made", "will be launched", "has been cut"). */
export const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', "isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t']);

/** Irregular past participles of verbs that take an object (so can be passive). */
export const IRREGULAR_PARTICIPLES = new Set(
  `arisen awoken beaten become begun bent bid bitten bled blown born borne bound bred broadcast broken brought built
  burnt burst bought cast caught chosen come crept cut dealt done drawn dreamt driven dug eaten fallen fed felt fought
  found flown forbidden forecast forgotten forgiven forsaken frozen given gotten ground grown hung heard hidden hit held
  hurt kept knelt known laid led leant learnt left lent let lit lost made meant met mislaid misled mistaken mown overcome
  overheard overlooked overridden overrun overseen overtaken overthrown paid proven put read rebuilt redone remade
  rethought rewritten ridden rung risen run said sawn seen sought sold sent set sewn shaken shed shorn shot shown shrunk
  shut slain slung slit sown sped spent spilt spit split spoken spread sprung stolen struck strung stuck stung sworn swept
  swung taken taught thought thrown thrust told torn trodden undergone underpaid understood undertaken undone upheld upset
  withdrawn withheld withstood woken won worn wound woven written wrung`.split(/\s+/),
);

/** Words ending in -ed that are not participles. */
export const NOT_PARTICIPLES = new Set(
  `bed bled breed creed deed embed exceed feed fled freed greed heed hundred indeed kindred naked need proceed red reed
  sacred seed shed shred sled speed steed succeed wed weed wicked wretched rugged ragged jagged crooked beloved dogged
  rugged learned aged blessed`.split(/\s+/),
);

/**
 * Participles that after "be" describe a state or a feeling, not an action someone did:
 * "is based in Seattle", "are excited", "were located", "is talented".
 */
export const STATE_PARTICIPLES = new Set(
  `accustomed aligned amazed annoyed ashamed based bored born concerned confused convinced committed delighted
  dedicated devoted disappointed embarrassed engaged entitled excited experienced exhausted fascinated focused
  frightened frustrated gone headquartered honored honoured horrified impressed inclined interested involved located
  married obliged obsessed opposed overwhelmed pleased qualified related relieved satisfied scared shocked situated
  skilled stuck suited supposed surprised talented terrified thrilled tired touched troubled unconvinced unmatched
  unrelated untested unused upset worried outdated dated biased renowned
  privileged antiquated inexperienced alarmed astonished stunned puzzled intrigued inspired overjoyed amused
  motivated energized energised discouraged depressed stressed overworked overloaded understaffed overstaffed
  underfunded overbooked oversubscribed overextended`.split(/\s+/),
);

/**
 * Participles that read as adjectives only at the end of a clause after "is"/"was": "No
 * membership is required.", "Delivery is included.", "The team is stretched." With more
 * after them, or after "be"/"been", they are actions: "is required by law", "is included
 * in the cost above", "must be sized to capacity".
 */
export const CLAUSE_END_STATES = new Set(
  `required needed limited damaged priced permitted allowed connected disconnected equipped automated centralized
  centralised decentralized decentralised sized staffed stretched balanced mixed varied isolated concentrated
  fragmented saturated scattered specialized specialised positioned cracked spoiled bruised dented torn crushed`.split(/\s+/),
);

/** "The launch is set to begin": "is set to" says "will", in the present only. */
export const PRESENT_STATE_BEFORE: Record<string, readonly string[]> = {
  set: ['to'],
};

/** Participles that describe what a thing is made of or tied to, in any tense: "was made of steel". */
export const STATE_BEFORE: Record<string, readonly string[]> = {
  known: ['as', 'for'],
  made: ['of', 'up', 'from'],
  predicated: ['on', 'upon'],
  composed: ['of'],
  comprised: ['of'],
  associated: ['with'],
  rooted: ['in'],
  grounded: ['in'],
  centered: ['on', 'around'],
  centred: ['on', 'around'],
  measured: ['in'],
  expressed: ['in', 'as'],
  denominated: ['in'],
  tied: ['to'],
  linked: ['to'],
  // "are booked out in planting season", "sold out": full, not an action.
  booked: ['out', 'up', 'solid'],
  sold: ['out'],
};

/** Verbs that start with "un" (most un-…ed words are adjectives: "unprecedented", "unexpected"). */
export const UN_VERBS = new Set(
  `unblocked uncovered undone uninstalled unloaded unlocked unpacked unpublished unsubscribed unveiled unfrozen unlisted
  unplugged unbundled`.split(/\s+/),
);

/** Naming participles: a state when a name follows ("is called Ledger Lite"), else an action ("as they are called"). */
export const NAMING = new Set(['called', 'named', 'titled', 'labeled', 'labelled', 'dubbed', 'branded']);

/** After these, a state participle describes an action again ("were left out", "is left open"). */
export const ACTION_PARTICLES = new Set(['out', 'behind', 'off', 'open', 'unattended', 'unchecked', 'unfinished', 'alone', 'up']);

/** Words that may sit between "be" and the participle ("was quickly rolled back"). */
export const BETWEEN = new Set(
  `not never also already still just now then often always usually typically generally only currently automatically
  immediately quickly all both each ever fully partly largely mostly finally later first originally previously recently
  successfully clearly easily rarely sometimes soon ultimately actually really further again initially eventually once
  manually formally officially widely properly correctly randomly significantly greatly substantially
  dramatically considerably vastly hugely massively heavily severely seriously badly frequently regularly routinely
  rapidly slowly n't`.split(/\s+/),
);

/** Words after "by" that name a time, a means or an amount, not an actor ("by email", "by May 1"). */
export const NOT_ACTORS = new Set(
  `email e-mail phone mail post text chat default hand design mistake accident chance law contract then now noon midnight
  end start beginning close time deadline date day days week weeks month months quarter quarters year years hour hours
  minute minutes half far factor way means tomorrow today tonight next mid early late eod eoq eoy fy spring summer fall
  autumn winter monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december q1 q2 q3 q4 h1 h2 percent per cent about around roughly nearly almost over
  up more less at least batch volume weight size region category wide large small narrow margin`.split(/\s+/),
);

/** Determiners and possessives that may open the noun phrase after "by". */
export const DETERMINERS = new Set(
  `the a an our their its his her your my this that these those each every all both one two three several many some other
  another any either neither`.split(/\s+/),
);

/**
 * Words after the participle that show the clause goes on as a passive (a preposition,
 * particle, adverb, time word, conjunction or pronoun). A plain noun right after the
 * participle instead makes it an adjective: "the risk is increased churn".
 */
export const AFTER_PASSIVE = new Set(
  `in on at to for with from into onto over under by of amid beside besides near past regarding concerning beneath unlike
  about after before during since until till within without across
  through via per as like than against among between behind beyond toward towards upon off out up down back away around
  along ahead throughout despite except including following and or but so because if when while unless although though
  once whether where that which who whom whose then yet nor today yesterday tomorrow now later soon again last next this
  these those early late first twice every each it them us him her me you both all only even just also not never
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety hundred
  dozens hundreds thousands millions half
  aside forward here there anyway instead automatically outside inside overnight together apart alone home abroad online offline
  upstairs downstairs elsewhere everywhere nearby onsite on-site remotely below above afterwards beforehand more less most least much well enough too so
  very quite almost nearly exactly can could will would should must may might shall do does did is are was were has
  have had the a an our their its his your my no any some every another either`.split(/\s+/),
);

/** Participles that take two objects, so a noun may follow the passive: "were given access". */
export const TWO_OBJECTS = new Set(
  `given sent told shown offered granted awarded paid charged asked promised taught allowed denied assigned issued owed
  handed emailed mailed billed refunded considered made elected appointed`.split(/\s+/),
);

/**
 * States after a present "be" ("the price is fixed", "two doses are left", "while the bike is
 * stopped"); events after a past one ("the bug was fixed").
 */
export const PRESENT_STATES = new Set(['over', 'fixed', 'closed', 'resolved', 'solved', 'settled', 'broken', 'left', 'gone', 'locked', 'stopped', 'parked']);

/** "I was done", "we are prepared for both": states with a personal subject. */
export const PERSONAL_STATES = new Set(['done', 'finished', 'prepared']);

/** "It was decided that …": an empty "it" hiding who decided, believed or expected. */
export const DUMMY_IT_VERBS = new Set(
  `agreed assumed believed claimed considered decided determined estimated expected felt found hoped known noted observed
  proposed recommended reported said suggested thought understood argued concluded acknowledged accepted
  established recognized recognised stated judged deemed`.split(/\s+/),
);

// Which hidden-actor passives a reviewer asks "by whom?" about: those that hide who decided or
// who owns a commitment. A passive that describes how a system works ("records are stored in
// S3"), what happened ("X was released in 2003") or that asks a question is plain English.

/**
 * Decisions: hidden in the past or perfect ("the option was rejected", "it has been approved")
 * or in a future or modal ("will be decided"). In the present they describe a process
 * ("refunds are approved within a day"), so they are not reported there.
 */
export const DECISION_PARTICIPLES = new Set(
  `decided agreed approved rejected chosen prioritized prioritised deprioritized deprioritised cancelled canceled postponed
  delayed deferred descoped de-scoped shelved vetoed overruled greenlit green-lit mandated waived abandoned sanctioned okayed promised cut raised lowered`.split(/\s+/),
);

/**
 * Commitments: work someone must own, hidden after "will", "must", "should", "needs to", "is
 * going to" ("the migration will be completed", "associates must be trained"). Verbs that
 * describe what a system or a service does ("will be stored", "will be shown", "orders will be
 * shipped within two days") are not here.
 */
export const COMMITMENT_PARTICIPLES = new Set(
  `completed finished done launched released rolled implemented built migrated fixed addressed resolved
  investigated reviewed revisited re-evaluated reevaluated evaluated assessed decided determined finalized finalised
  scheduled prioritized prioritised handled deployed developed written rewritten published documented announced
  communicated tested piloted hired staffed funded approved owned followed tracked added replaced retired deprecated
  removed planned designed redesigned defined agreed confirmed trained audited closed escalated investigated cleaned
  negotiated signed drafted prepared shared presented submitted settled answered explored analyzed analysed studied
  measured monitored enforced`.split(/\s+/),
);

/** Subjects of "was made" / "was taken" that are decisions or mistakes ("mistakes were made", "a decision has been taken"). */
export const DECISION_NOUNS = new Set(
  `decision decisions mistake mistakes error errors choice choices call calls tradeoff tradeoffs trade-off trade-offs
  commitment commitments promise promises exception exceptions assumption assumptions judgment judgement judgments
  judgements bet bets concession concessions`.split(/\s+/),
);

/** Words before "be" that make the passive a future or an obligation ("will be", "must be", "needs to be"). */
export const COMMITMENT_MODALS = new Set(['will', 'shall', "'ll", '’ll', 'wo', "won't", 'won’t', 'must', 'should', 'to']);

/** "to be" counts only after these ("needs to be", "is going to be", "has to be", "is to be"). */
export const TO_BE_OPENERS = new Set(['need', 'needs', 'needed', 'going', 'has', 'have', 'had', 'is', 'are', 'ought', 'expected', 'scheduled', 'planned', 'due']);
