// Recognises the press-release parts (problem, solution, quotes, getting started, call to
// action, customer definition) among the press-release paragraphs.

import type { LintDocument } from './document';
import type { PrfaqModel, PrParagraph } from './prfaq-model';

export interface PressReleaseParts {
  customer?: PrParagraph;
  problem?: PrParagraph;
  solution?: PrParagraph;
  leaderQuote?: PrParagraph;
  gettingStarted?: PrParagraph;
  customerQuote?: PrParagraph;
  callToAction?: PrParagraph;
}

export function findParts(doc: LintDocument, model: PrfaqModel): PressReleaseParts {
  void doc;
  void model;
  return {};
}
