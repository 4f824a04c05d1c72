// Part decisions: the customer's problem and the product's solution, from the paragraphs'
// evidence (features/evidence.ts). Recognition is generous: reporting a present part as
// missing is the worst error.

import { hasStrongPain, painScore, solutionScore, union } from '../features/evidence';
import type { PainEvidence } from '../features/evidence';
import type { AnnouncerNames, PartLabel, PrfaqModel, PrParagraph, UnitFeatures } from '../types';
import { mentions, opensOnProduct } from './names';
import { oneStrongPain } from './weak-problem';

/** What the problem and solution decisions read of the model. */
type Outline = Pick<PrfaqModel, 'names' | 'summary' | 'labels'>;

/** The problem and the solution: a labelled section, or the paragraph whose evidence reads as one. */
export function findProblemAndSolution(paragraphs: PrParagraph[], features: UnitFeatures[], model: Outline, labelled: (label: PartLabel) => PrParagraph | undefined): { problem?: PrParagraph; solution?: PrParagraph } {
  const names = model.names;
  // A bulleted list is read as one paragraph, together with the line that introduces it.
  const evidence = listsAsParagraphs(paragraphs, features);
  const mentionsProduct = evidence.map((f, i) => mentions(f.tokens, names) || opensOnProduct(paragraphs[i].text));
  const company = [...names.company].filter((w) => names.words.has(w));
  let problem = labelled('problem') ?? paragraphs.find((p, i) => i < beforeUsage(paragraphs, model) && model.labels.get(p.unit) !== 'limitations' && isProblem(evidence[i], p, names, company, mentionsProduct[i], p === model.summary));
  problem ??= problemAcrossParagraphs(paragraphs, evidence, mentionsProduct, model, company);
  // The problem paragraph is not also the solution unless it names the product ("With Falcon, …").
  let solution =
    labelled('solution') ??
    paragraphs.find((p, i) => isSolution(evidence[i], mentionsProduct[i]) && (p !== problem || mentionsProduct[i])) ??
    solutionAfterProblem(paragraphs, evidence, mentionsProduct, paragraphs.indexOf(problem ?? model.summary ?? paragraphs[0]), model.summary);
  // Nothing after it does anything, but the "problem" itself acts and offers a way out: it is the
  // solution ("Applicants sign in, … the app checks the photo and explains how to retake it").
  const p = problem ? paragraphs.indexOf(problem) : -1;
  if (!solution && p >= 0 && !model.labels.has(paragraphs[p].unit) && evidence[p].acts && solutionScore(evidence[p].solution) >= 1 && painScore(evidence[p].pain) <= 3) {
    solution = problem;
    problem = paragraphs.slice(0, p).find((q, i) => isProblem(evidence[i], q, names, company, mentionsProduct[i], q === model.summary));
  }
  solution ??= summaryAsSolution(paragraphs, evidence, mentionsProduct, model.summary, names.words.size === 0);
  return { problem, solution };
}

/**
 * Where the customer's problem may be told: before a "Getting started" or "Usage" section (what
 * follows shows how to use the product). Nor is a "## Limitations" section (what the product
 * does not do yet) the customer's problem.
 */
function beforeUsage(paragraphs: readonly PrParagraph[], model: Outline): number {
  const at = paragraphs.findIndex((p) => model.labels.get(p.unit) === 'gettingStarted');
  return at < 0 ? paragraphs.length : at;
}

/**
 * A problem told over the short paragraphs between the summary and the product's first mention
 * ("The information is out there but hard to find." … "The right choice changes from one
 * technology to another."): together they show two kinds of pain, one of them strong.
 */
function problemAcrossParagraphs(paragraphs: PrParagraph[], evidence: UnitFeatures[], mentionsProduct: boolean[], model: Outline, company: string[]): PrParagraph | undefined {
  let pain = new Set<PainEvidence>();
  let first: PrParagraph | undefined;
  for (let i = model.summary ? paragraphs.indexOf(model.summary) + 1 : 0; i < paragraphs.length; i++) {
    const f = evidence[i];
    if (mentionsProduct[i] || f.quote || f.unattributedQuote || model.labels.has(paragraphs[i].unit)) break;
    if (!companysOwnTrouble(f, paragraphs[i].text, company)) pain = union(pain, f.pain);
    if (painScore(f.pain) > 0 && !companysOwnTrouble(f, paragraphs[i].text, company)) first ??= paragraphs[i];
  }
  return painScore(pain) >= 2 && hasStrongPain(pain) ? first : undefined;
}

/**
 * With no paragraph of its own, the solution may be in the summary, when it says what the named
 * product does ("Stash Jar, an app that rounds up every card purchase"), not only what it is.
 * With no name known (no headline, the product only in code: "`plit` provides static graphics
 * …"), a summary that says what something does, concretely, is the solution.
 */
function summaryAsSolution(paragraphs: PrParagraph[], evidence: UnitFeatures[], mentionsProduct: boolean[], summary: PrParagraph | undefined, nameUnknown: boolean): PrParagraph | undefined {
  const i = summary ? paragraphs.indexOf(summary) : -1;
  if (i < 0) return undefined;
  const f = evidence[i];
  if (nameUnknown) return !f.copularOnly && f.doesSomething && f.concrete ? summary : undefined;
  return mentionsProduct[i] && !f.copularOnly && (f.doesSomething || f.concrete) ? summary : undefined;
}

/**
 * The company's own trouble ("The Bureau processes 9 million paper forms a year") is not the
 * customer's problem: a paragraph about no people that names the company, capitalised as a
 * name (a word of "Green Software Foundation" in lower case, "green software", is a subject).
 * A quote's attribution names the speaker's employer ("CEO of Acme"), not whose trouble it is.
 */
function companysOwnTrouble(f: UnitFeatures, text: string, company: string[]): boolean {
  if (f.people || f.quote || company.length === 0) return false;
  const capitalised = new Set((text.match(/\b[A-Z][\w’'-]*/g) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/, '')));
  return company.some((w) => capitalised.has(w));
}

/**
 * Problem: several kinds of pain in the writer's own words, or a lot of it in a quote; or,
 * in prose that is mostly the writer's own, two kinds of pain told without the product: in a
 * paragraph that doesn't name it, or in a sentence that doesn't.
 */
export function isProblem(f: UnitFeatures, paragraph: PrParagraph, names: AnnouncerNames, company: string[], mentionsProduct: boolean, isSummary: boolean): boolean {
  if (companysOwnTrouble(f, paragraph.text, company)) return false;
  const pain = painScore(f.pain);
  if (pain >= 3 || painScore(f.painInQuote) >= 4) return true;
  const ownWords = !(f.quote || f.unattributedQuote) || f.quotedShare <= 0.5;
  if (!ownWords) return false;
  if (!mentionsProduct && !isSummary && (pain >= 2 || oneStrongPain(f, paragraph, company))) return true;
  return f.painfulSentences.some((sentence) => !mentions(sentence.tokens, names));
}

/**
 * Failing clear evidence, the solution is the paragraph after the problem (press releases go
 * problem, solution, quotes, call to action) when it says what something does: the product
 * named, or an action ("Each worker scans a poster at the gate"), not only what it is.
 */
export function solutionAfterProblem(paragraphs: PrParagraph[], evidence: UnitFeatures[], mentionsProduct: boolean[], after: number, summary: PrParagraph | undefined): PrParagraph | undefined {
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
export function isSolution(f: UnitFeatures, mentionsProduct: boolean): boolean {
  if (solutionScore(f.solution) >= 2 || solutionScore(f.solutionInQuote) >= 3) return true;
  // "Practices can order EyeCheck at …" is the call to action, not how the product works.
  const closing = (f.callToAction || f.closingCallToAction) && f.words < 30;
  return mentionsProduct && f.concrete && !f.quote && !closing && !f.copularOnly;
}

/** Features where each list item stands for its whole list (and the line before it ending in ':'). */
export function listsAsParagraphs(paragraphs: PrParagraph[], features: UnitFeatures[]): UnitFeatures[] {
  const out = [...features];
  for (let i = 0; i < paragraphs.length; ) {
    if (paragraphs[i].unit.listDepth === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < paragraphs.length && paragraphs[end].block === paragraphs[i].block && paragraphs[end].unit.listDepth > 0) end++;
    const start = i > 0 && features[i - 1].introducesQuote && !features[i - 1].quote ? i - 1 : i;
    const merged: UnitFeatures = { ...features[i], tokens: new Set<string>(), concrete: false, acts: false, doesSomething: false, pain: new Set(), solution: new Set(), painfulSentences: [], people: false, copularOnly: true };
    for (let k = start; k < end; k++) {
      const f = features[k];
      merged.pain = union(merged.pain, f.pain);
      merged.solution = union(merged.solution, f.solution);
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

