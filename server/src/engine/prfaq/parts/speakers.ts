// Part decision: the press release's quotes, each classified by who speaks (the company's
// leader, a customer, someone else), then unknown speakers fill a missing role.

import { bracketedSpans } from '../../text';
import { COMPANY_VOICE, PERSON_VOICE } from '../features/quotes';
import { unitFeatures } from '../features/unit-features';
import { isTitleCase } from '../text';
import type { AnnouncerNames, PartLabel, PressReleaseQuote, PrParagraph, QuoteKind, UnitFeatures } from '../types';

/** A note's label ("**Note:**", "Tip:"): what follows is the writer's aside, not someone's speech. */
const CALLOUT = /^\W*(?:notes?|nb|n\.b\.|tip|hint|warning|caution|important|info|example|reminder|attention|danger|prerequisites?)\W*$/i;

/** Roles on the launching side that carry no leader's title: "a KFabrik contributor", "a company representative". */
const PROJECT_SIDE = /\b(?:contributors?|maintainers?|core team|team members?|staff|employees?|representatives?|spokes(?:person|woman|man))\b/i;

const QUOTE_LABELS: ReadonlySet<PartLabel | undefined> = new Set<PartLabel>(['leaderQuote', 'customerQuote', 'quotes']);

/** A template's prompt names what it asks for ("A quote from a spokesperson in your company."); a quote never calls itself one. */
const NAMES_A_QUOTE = /\b(?:an?|the|your)\s+(?:[\w-]+\s+)?quote\b|\bquotes? (?:from|by)\b/i;

/**
 * Words under a quote label that someone speaks: an attribution, quoted words that are not a
 * Title-Case slogan ("Be the Winner of the Race") or the template's prompt, or prose told in
 * someone's voice ("We built…"). A product description under the label ("Yodel opens up…") is
 * nobody's speech. A template's slot ("[Leader quote]") counts: that's style/placeholder's call.
 */
export function speaksUnderLabel(paragraph: PrParagraph, f: UnitFeatures): boolean {
  if (f.quote || f.attributionLine || bracketedSpans(paragraph.text).length > 0) return true;
  if (NAMES_A_QUOTE.test(paragraph.text)) return false;
  if (f.unattributedQuote) return f.companyVoice || f.personVoice || !isTitleCase(paragraph.text);
  return COMPANY_VOICE.test(paragraph.text) || PERSON_VOICE.test(paragraph.text);
}

/** Every attributed quote, in order, with who is speaking. */
export function findQuotes(paragraphs: readonly PrParagraph[], features: readonly UnitFeatures[], labels: ReadonlyMap<unknown, PartLabel>, names: AnnouncerNames): PressReleaseQuote[] {
  const found: { i: number; speaker: UnitFeatures }[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const f = features[i];
    const label = labels.get(paragraphs[i].unit);
    let speaker: UnitFeatures | undefined;
    if (f.quote) speaker = f;
    else if (f.unattributedQuote) {
      // The attribution may sit on the next line ("— Jane Doe, CEO") or above ("Jane Doe, owner of …:").
      const next = features[i + 1];
      const prev = features[i - 1];
      if (next?.attributionLine) speaker = next;
      else if (prev?.introducesSpeaker && !CALLOUT.test(paragraphs[i - 1].text)) speaker = prev;
      else if (QUOTE_LABELS.has(label) && speaksUnderLabel(paragraphs[i], f)) speaker = f;
    } else if (f.attributionLine && !features[i - 1]?.unattributedQuote && QUOTE_LABELS.has(label)) {
      speaker = f;
    }
    if (speaker) found.push({ i, speaker });
  }
  // Titles at two or more other organisations ("VP Engineering at VectorScale", "Director of Product at
  // Skyline Robotics") are the customers' people; one alone may be the announcer by another name (a court's district).
  const outside = new Set(found.map((s) => titleElsewhere(s.speaker, names)).filter((org) => org !== ''));
  const quotes: PressReleaseQuote[] = [];
  const speakers = new Map<PressReleaseQuote, UnitFeatures>();
  for (const { i, speaker } of found) {
    const f = features[i];
    const label = labels.get(paragraphs[i].unit);
    const scores = speakerScores(speaker, f, names, outside.size >= 2);
    let kind: QuoteKind = scores.leader > scores.customer ? 'leader' : scores.customer > scores.leader ? 'customer' : 'unknown';
    if (speaker.thirdParty && !(f.personVoice && speaker.customerRole > 0)) kind = 'other';
    // The leader quote is a named leader's: a speaker with no name, no leader's title and no role
    // on the project ("— Jupyter Developer", not "a KFabrik contributor") is a customer, if anyone.
    else if (speaker.anonymous && !PROJECT_SIDE.test(speaker.speaker)) kind = 'customer';
    if (label === 'leaderQuote') kind = 'leader';
    else if (label === 'customerQuote') kind = 'customer';
    const quote: PressReleaseQuote = { paragraph: paragraphs[i], kind, leaderScore: label === 'leaderQuote' ? 10 : scores.leader };
    // A maker telling their own story as a user ("I used to spend my evenings…") speaks for the
    // company and, weakly, as its customer.
    if (kind === 'leader' && !label && isMaker(speaker, names) && f.personVoice && !f.companyVoice) quote.alsoCustomer = true;
    quotes.push(quote);
    if (!label) speakers.set(quote, speaker);
  }
  resolveUnknownSpeakers(quotes);
  leaderSpeaksAgain(quotes, speakers);
  return quotes;
}

/** A later quote from the leader already quoted ("said Sid Sarasvati, founder…", then "added Sarasvati") is the leader's too. */
function leaderSpeaksAgain(quotes: readonly PressReleaseQuote[], speakers: ReadonlyMap<PressReleaseQuote, UnitFeatures>): void {
  const leaders: string[][] = [];
  for (const q of quotes) {
    const name = speakers.get(q)?.speakerName ?? [];
    if (q.kind === 'leader') leaders.push(name);
    else if (q.kind !== 'other' && speakers.has(q) && name.length > 0 && leaders.some((l) => name.every((w) => l.includes(w)))) q.kind = 'leader';
  }
}

/** The organisation where the speaker holds a leader's title, when the announcer is known and it is another one; else ''. */
function titleElsewhere(speaker: UnitFeatures, names: AnnouncerNames): string {
  if (speaker.leaderRole === 0 || speaker.orgs.length === 0 || names.company.size === 0 || speaker.orgs.some((o) => names.words.has(o))) return '';
  return speaker.orgs.join(' ');
}

/** A person the release says made the product ("Jeff Watson released…", "Co-founded by Kristina Taylor"). */
function isMaker(speaker: UnitFeatures, names: AnnouncerNames): boolean {
  return speaker.speakerName.length > 0 && speaker.speakerName.every((w) => names.makers.has(w) || names.words.has(w));
}

function speakerScores(speaker: UnitFeatures, quote: UnitFeatures, names: AnnouncerNames, outsideTitlesAreCustomers: boolean): { leader: number; customer: number } {
  let leader = speaker.leaderRole * 2;
  let customer = speaker.customerRole * 2;
  const ours = isMaker(speaker, names) || speaker.orgs.some((o) => names.words.has(o));
  if (ours) leader += 3;
  else if (speaker.orgs.length > 0 && names.words.size > 0) customer += 3;
  if (outsideTitlesAreCustomers && titleElsewhere(speaker, names)) [customer, leader] = [customer + leader, 0];
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
  // Two "customers" and no leader: a quote under a leader's title, not told in the first person,
  // is the leader speaking for an organisation the announcer names differently (a court's
  // district; "said a Senior Principal Group Product Leader in the Household Storage Experiences org").
  const customers = quotes.filter((q) => q.kind === 'customer');
  const leaderVoice = customers.find((q) => q.leaderScore >= 2 && !unitFeatures(q.paragraph.unit).personVoice);
  if (!hasLeader && customers.length >= 2 && leaderVoice) leaderVoice.kind = 'leader';
}
