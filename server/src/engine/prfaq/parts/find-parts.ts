// Part decisions for the whole press release: quotes, problem, solution, getting started,
// call to action and the customer, each a labelled section or a paragraph with enough evidence.

import { unitFeatures } from '../features/unit-features';
import { bracketedSpans } from '../../text';
import { wordsIn } from '../text';
import type { PartLabel, PressReleaseParts, PrfaqModel, PrParagraph, UnitFeatures } from '../types';
import { findCustomer } from './customer';
import { findProblemAndSolution } from './problem-solution';
import { findQuotes, speaksUnderLabel } from './speakers';

/** What the part decisions read of the model (everything but the parts themselves). */
export type OutlineForParts = Pick<PrfaqModel, 'paragraphs' | 'labels' | 'names' | 'summary' | 'headline' | 'headlineText' | 'subheading' | 'qa'>;

/** A labelled section counts when it holds some words (placeholders included: that's the placeholder rule's call). */
function labelled(paragraphs: PrParagraph[], model: OutlineForParts, label: PartLabel): PrParagraph | undefined {
  const quote = label === 'leaderQuote' || label === 'customerQuote';
  const inSection = paragraphs.filter((p) => model.labels.get(p.unit) === label && (!quote || speaksUnderLabel(p, unitFeatures(p.unit))));
  const words = inSection.reduce((n, p) => n + wordsIn(p.text), 0);
  return words >= 4 ? inSection[0] : undefined;
}

/** A press release is a page or two; past this many paragraphs the rest is not read for parts. */
const MAX_PARAGRAPHS = 300;

export function findParts(model: OutlineForParts): PressReleaseParts {
  const paragraphs = model.paragraphs.length > MAX_PARAGRAPHS ? model.paragraphs.slice(0, MAX_PARAGRAPHS) : model.paragraphs;
  const features = paragraphs.map((p) => unitFeatures(p.unit));
  const section = (label: PartLabel) => labelled(paragraphs, model, label);
  // Quotes: classified by speaker, unknown speakers filling a missing role.
  const quotes = findQuotes(paragraphs, features, model.labels, model.names);
  const { problem, solution } = findProblemAndSolution(paragraphs, features, model, section);
  const lastCallToAction = [...paragraphs].reverse().find((p, i) => features[paragraphs.length - 1 - i].callToAction);
  return {
    quotes,
    leaderQuote: section('leaderQuote') ?? quotes.find((q) => q.kind === 'leader')?.paragraph,
    customerQuote: section('customerQuote') ?? (quotes.find((q) => q.kind === 'customer') ?? quotes.find((q) => q.alsoCustomer))?.paragraph,
    problem,
    solution,
    gettingStarted: section('gettingStarted') ?? paragraphs.find((_, i) => features[i].gettingStarted),
    callToAction: labelledCallToAction(paragraphs, features, model) ?? lastCallToAction ?? closingCallToAction(paragraphs, features),
    customer: findCustomer(model, paragraphs),
  };
}

/**
 * A "Call to action" / "Availability" section counts when it says where to go or what to do
 * (a link, a store, "visit", "Download…") or still holds a template's placeholder: "is available
 * today" alone tells the reader when, not where.
 */
function labelledCallToAction(paragraphs: PrParagraph[], features: UnitFeatures[], model: OutlineForParts): PrParagraph | undefined {
  const first = labelled(paragraphs, model, 'callToAction');
  if (!first) return undefined;
  const says = paragraphs.some((p, i) => model.labels.get(p.unit) === 'callToAction' && (features[i].callToAction || features[i].closingCallToAction || bracketedSpans(p.text).length > 0));
  return says ? first : undefined;
}

/**
 * A plainly worded call to action in the closing: after the last quote and in the last third (at
 * least the last two paragraphs). "Update the app from the App Store." An imperative early on is
 * a feature list's item ("Find the fastest route") or the problem, not where to go next.
 */
function closingCallToAction(paragraphs: PrParagraph[], features: UnitFeatures[]): PrParagraph | undefined {
  const n = paragraphs.length;
  if (n === 0) return undefined;
  const lastThird = Math.min(n - 2, Math.floor((n * 2) / 3));
  let from = n - 1;
  for (let i = n - 1; i >= Math.max(0, lastThird); i--) {
    if (features[i].quote || features[i].unattributedQuote || features[i].attributionLine) break;
    from = i;
  }
  // A list item in the closing is a tip, a topic or a feature ("**Look for offense**: Find the underdog…").
  for (let i = from; i < paragraphs.length; i++) if (features[i].closingCallToAction && paragraphs[i].unit.listDepth === 0) return paragraphs[i];
  return undefined;
}
