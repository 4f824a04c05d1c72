// The one section classifier: what a heading (or bold line) in a PR/FAQ names. Every step that
// asks whether a title opens an FAQ, whom it addresses, or lists open questions asks here.

import {
  AUDIENCE_ONLY,
  DOC_TITLE,
  EXTERNAL_AUDIENCE,
  FAQ_TITLE_TERMS,
  INTERNAL_AUDIENCE,
  OPEN_QUESTIONS_TITLE,
  ORGANISATION_TERMS,
  PEOPLE_TITLE,
  QUESTIONS_TITLE,
  TOPIC_FUNCTION_TERMS,
  isAppendixTitle,
  termPattern,
} from '../vocabulary';
import { wordsIn } from './text';
import type { AnnouncerNames } from './types';

export type Audience = 'external' | 'internal';

const FAQ_TITLE = termPattern(FAQ_TITLE_TERMS);
const INTERNAL = termPattern(INTERNAL_AUDIENCE);
const EXTERNAL = termPattern(EXTERNAL_AUDIENCE);
const ORGANISATION = termPattern(ORGANISATION_TERMS);
const TOPIC_FUNCTION = new RegExp(termPattern(TOPIC_FUNCTION_TERMS).source, 'gi');

/** A title that opens an FAQ ("FAQ", "Customer questions", "Rider questions"), not the document's title. */
export function isFaqTitle(title: string): boolean {
  const t = title.trim();
  if ((FAQ_TITLE.test(t) && !DOC_TITLE.test(t)) || QUESTIONS_TITLE.test(t)) return true;
  // "Questions customers will ask", "Questions we need to answer", "Rider questions".
  return /\bquestions\b/i.test(t) && !/\?\s*$/.test(t) && !OPEN_QUESTIONS_TITLE.test(t) && !DOC_TITLE.test(t) && wordsIn(t) <= 7;
}

/** Questions listed on purpose without answers ("Open questions"): not an FAQ. */
export function isOpenQuestionsTitle(title: string): boolean {
  return OPEN_QUESTIONS_TITLE.test(title);
}

export { isAppendixTitle };

/** 'external' / 'internal' for an FAQ section title that names its audience. */
export function faqAudience(title: string, names?: Pick<AnnouncerNames, 'company' | 'words'>): Audience | undefined {
  const t = title.trim();
  const words = (t.toLowerCase().match(/[a-z][\w’'-]*/g) ?? []).map((w) => w.replace(/[’']s$/, ''));
  // A distinctive word of the company's name ("Lakeport", "Fernway Bank"); a generic one ("City") only in a short title.
  const namesCompany = !!names && words.some((w) => names.company.has(w) && (names.words.has(w) || words.length <= 3));
  const namesASection = isFaqTitle(t) || AUDIENCE_ONLY.test(t) || /\bquestions\b/i.test(t) || /^for\s+(?:the\s+|our\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}$/i.test(t);
  if (!(namesASection || (namesCompany && words.length <= 5))) return undefined;
  if (/\?\s*$/.test(t)) return undefined;
  if (INTERNAL.test(t)) return 'internal';
  // "For Lakeport", "Harbour questions", "For the bank": the company asking itself.
  if (namesCompany && !EXTERNAL.test(t)) return 'internal';
  if (EXTERNAL.test(t)) return 'external';
  if (ORGANISATION.test(t) && !PEOPLE_TITLE.test(t)) return 'internal';
  if (/^for\s+(?:our\s+)?[a-z]+(?:\s+[a-z]+)?$/i.test(t)) return 'external'; // "For nurses", "For store owners"
  if (PEOPLE_TITLE.test(t)) return 'external'; // "Rider questions", "Grower FAQ", "Families"
  return undefined;
}

/** An internal section named only by a function that is also a topic ("Operations questions", "Legal FAQ"). */
export function internalByTopicOnly(title: string, names?: Pick<AnnouncerNames, 'company' | 'words'>): boolean {
  if (faqAudience(title, names) !== 'internal') return false;
  const rest = title.replace(TOPIC_FUNCTION, ' ');
  return rest !== title && faqAudience(rest, names) !== 'internal';
}

/**
 * An internal section that names the customers too ("FAQ (Internal — Anticipated Customer
 * Questions)"): an internal document's guess at what customers will ask, judged by what it asks.
 */
export function namesCustomersToo(title: string): boolean {
  return INTERNAL.test(title) && EXTERNAL.test(title);
}
