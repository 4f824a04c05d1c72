// Part decisions for the whole press release: quotes, problem, solution, getting started,
// call to action and the customer, each a labelled section or a paragraph with enough evidence.

import { plain } from '../../text';
import { painScore, solutionScore } from '../features/evidence';
import { specificGroup } from '../features/groups';
import { unitFeatures } from '../features/unit-features';
import type { AnnouncerNames, GroupMention, PartLabel, PressReleaseParts, PrfaqModel, PrParagraph, UnitFeatures } from '../types';
import { wordsIn } from '../text';
import { mentions } from './names';
import { isProblem, isSolution, listsAsParagraphs, solutionAfterProblem } from './problem-solution';
import { findQuotes } from './speakers';

/** What the part decisions read of the model (everything but the parts themselves). */
export type OutlineForParts = Pick<PrfaqModel, 'paragraphs' | 'labels' | 'names' | 'summary' | 'headline' | 'headlineText' | 'subheading' | 'qa'>;

/** A labelled section counts when it holds some words (placeholders included: that's the placeholder rule's call). */
function labelled(paragraphs: PrParagraph[], model: OutlineForParts, label: PartLabel): PrParagraph | undefined {
  const inSection = paragraphs.filter((p) => model.labels.get(p.unit) === label);
  const words = inSection.reduce((n, p) => n + wordsIn(p.text), 0);
  return words >= 4 ? inSection[0] : undefined;
}

/** A press release is a page or two; past this many paragraphs the rest is not read for parts. */
const MAX_PARAGRAPHS = 300;

export function findParts(model: OutlineForParts): PressReleaseParts {
  const parts: PressReleaseParts = {};
  const paragraphs = model.paragraphs.length > MAX_PARAGRAPHS ? model.paragraphs.slice(0, MAX_PARAGRAPHS) : model.paragraphs;
  const features = paragraphs.map((p) => unitFeatures(p.unit));

  // Quotes: classify each by its speaker, then let unknown speakers fill a missing role.
  const names = model.names;
  const quotes = findQuotes(paragraphs, features, model.labels, names);
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
  parts.solution ??= summaryAsSolution(paragraphs, evidence, mentionsProduct, model.summary);
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
 * With no paragraph of its own, the solution may be in the summary, when it says what the named
 * product does ("Stash Jar, an app that rounds up every card purchase"), not only what it is.
 */
function summaryAsSolution(paragraphs: PrParagraph[], evidence: UnitFeatures[], mentionsProduct: boolean[], summary: PrParagraph | undefined): PrParagraph | undefined {
  const i = summary ? paragraphs.indexOf(summary) : -1;
  if (i < 0) return undefined;
  const f = evidence[i];
  return mentionsProduct[i] && !f.copularOnly && (f.doesSomething || f.concrete) ? summary : undefined;
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

const WHO_QUESTION = /\bwho\b[^?]*\b(?:customers?|for|use|target|buy|benefit)\b|\btarget (?:customers?|audience|market|users?)\b|\bcustomer (?:segment|profile|persona)\b|\bwho (?:is|are) (?:this|it) for\b/i;

/** A specific group named in the answer to "Who is the customer?" in the FAQ. */
function customerInFaq(model: OutlineForParts, names: AnnouncerNames): PrParagraph | undefined {
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
