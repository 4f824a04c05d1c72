// The one vocabulary for the words that name a document's parts: FAQ titles, audiences,
// the appendix, open-question lists and the document title. Every model and rule that asks
// "is this heading an FAQ / the appendix / for customers?" reads these lists, so the answers agree.
// Each entry says why it is there; patterns match whole words, case-insensitively.

export interface Term {
  /** A regular-expression fragment for one word or phrase. */
  words: string;
  why: string;
}

/** One case-insensitive pattern matching any of the terms as whole words. */
export function termPattern(terms: readonly Term[]): RegExp {
  return new RegExp(`\\b(?:${terms.map((t) => t.words).join('|')})\\b`, 'i');
}

export const FAQ_TITLE_TERMS: readonly Term[] = [
  { words: 'faqs?', why: '"FAQ", "External FAQs"' },
  { words: 'frequently asked questions', why: 'the long form' },
  { words: 'questions (?:and|&) answers', why: '"Questions and answers"' },
  { words: 'q\\s*&\\s*a|q\\s*and\\s*a', why: '"Q&A", "Q and A"' },
];

/** Words that make an FAQ (or "… questions") section the company's own: the internal FAQ. */
export const INTERNAL_AUDIENCE: readonly Term[] = [
  { words: 'internal', why: '"Internal FAQ"' },
  { words: 'stakeholders?', why: '"Stakeholder FAQ"' },
  { words: 'business|company', why: '"Business FAQ", "Company questions"' },
  { words: 'team', why: '"Team questions"' },
  { words: 'leadership|executive', why: '"Leadership FAQ": leaders asking the team' },
  { words: 'investors?|finance', why: 'money questions the business asks' },
  { words: 'engineering|operational', why: '"Engineering FAQ", "Operational questions"' },
];

/** Words that make an FAQ section the customers': the external FAQ. */
export const EXTERNAL_AUDIENCE: readonly Term[] = [
  { words: 'external|public', why: '"External FAQ", "Public FAQ"' },
  { words: 'customers?|customers’', why: '"Customer FAQ", "Customers’ questions"' },
  { words: 'user|buyer|client', why: '"User FAQ", "Client questions"' },
];

/**
 * Functions that also name a topic: "Operations questions" may be the ops team's or the customer's
 * questions on running the product, so such a section's own questions decide (model.ts).
 */
export const TOPIC_FUNCTION_TERMS: readonly Term[] = [
  { words: 'legal|ops|operations', why: 'a function, or a topic customers ask about too' },
];

/** The company's side in a title without an audience word: "Agency questions", "For the bank". */
export const ORGANISATION_TERMS: readonly Term[] = [
  { words: 'agency|department|government|ministry|council|board|management|headquarters|hq', why: 'public bodies and their parts' },
  { words: 'bank|co-?op|cooperative|alliance|organi[sz]ation|org', why: 'organisations asking themselves' },
  { words: 'we|our|us|ourselves', why: '"Questions we need to answer"' },
  { words: 'leadership|executives?|reviewers?|approvers?', why: 'internal functions and reviewers' },
  ...TOPIC_FUNCTION_TERMS,
];

/** People a title can address as customers: "Rider questions", "Questions from managers". */
export const PEOPLE_TITLE =
  /\b(?:famil(?:y|ies)|parents?|patients?|members?|residents?|citizens?|households?|travell?ers?|passengers?|guests?|owners?|managers?|analysts?|(?!(?:answers?|others?|orders?|numbers?|matters?|letters?|papers?|partners?|investors?|competitors?|vendors?|leaders?|founders?|directors?|errors?|factors?|centers?|offers?)\b)[a-z]{3,}(?:ers?|ists?|ians?|ors?))\b/i;

/** Short FAQ sub-headings that name the audience only ("### Customers", "### For the business"). */
export const AUDIENCE_ONLY = /^(?:for\s+)?(?:the\s+)?(?:external|internal|customers?|public|stakeholders?|business|company|team|leadership)(?:[\s-]+facing)?$/i;

/** "Customer questions", "Questions from the business": a questions title that names its audience. */
export const QUESTIONS_TITLE =
  /^(?:the\s+)?(?:(?:external|internal|customer|customers'?|stakeholder|business|company|team|leadership|investor|public|user)\s+)+questions\b|^questions\s+(?:from|for)\s+(?:customers|the\s+(?:business|company|team))\b/i;

/**
 * What the company asks itself, read from a question with no section to say so (question-audience.ts):
 * "What does it cost to run?", "Why now?". A customer asks about price and use ("How much does it
 * cost?", "What happens if the sync fails?"), so each term is a business topic, not a word a customer
 * question uses too ("board", "impact", "scale", "metrics", "fail" alone are left out).
 */
export const INTERNAL_QUESTION_TOPICS: readonly Term[] = [
  { words: 'invest(?:ment|ments|ing)?|upfront|budget|capex|opex|cost (?:to|of) (?:build|run|operat|develop|maintain)\\w*|(?:development|build|running|operating) costs?|costs? us|build or buy|instead of buying|build(?:ing)? (?:it|this)|buy(?:ing)? (?:it|this)', why: 'the investment: what it takes to build and run' },
  { words: 'headcount|engineers|staffing|hiring|resources|org(?:anization)? chart|full-time|who (?:will )?(?:maintains?|owns?|supports?) (?:it|this)', why: 'the team it needs and who keeps it going' },
  { words: 'margins?|p&l|profit(?:ability|able)?|revenue|unit economics|economics|business model|make money|pricing strategy|break[- ]even|roi|payback|cogs|lifetime value|ltv|cac|churn|customer retention|volumes?|sales cycle|go-to-market|forecast', why: 'the economics and the business model (order and sales volumes too: a customer asking about sound says "my")' },
  { words: 'tam|market size|addressable|market share|market position|how many (?:customers|stores|users|people|businesses)|who is the customer|target customer|competitors?|competition|cannibali[sz]\\w*', why: 'the market: who and how many, who else' },
  { words: 'risks?|riskiest|what could go wrong|(?:make|makes|cause|causes) (?:it|this|us) (?:to )?fail|(?:it|this|we) (?:could|might|would) fail', why: 'what could make it fail' },
  { words: 'dependenc(?:y|ies)|partners?|vendors?', why: 'what it depends on' },
  { words: 'legal|liabilit(?:y|ies)|regulat\\w*|compliance', why: 'legal and compliance exposure' },
  { words: 'why now|why not|strategy|strategic|tenets?|assumptions?|non-goals?|launch plan|roadmap|kpis?|success metrics?|measure success|define success|for the (?:company|business)|not (?:doing|building|solving)|out of scope', why: 'why now, what we will not do, how we judge it' },
];

/** Broader topics that are the business's only when the company asks them: "How will we scale?", "How does this affect our stores?". */
export const COMPANY_VOICED_TOPICS: readonly Term[] = [
  { words: 'scal(?:e|ing)|infrastructure|development|success|metrics?|affect|impact|fail|board', why: 'a customer asks these too ("Does it scale?"); beside "we" or "our" they are the company\'s' },
];

/** Questions listed on purpose without answers ("Open questions", "Parking lot"): not an FAQ. */
export const OPEN_QUESTIONS_TITLE =
  /\b(?:open|unresolved|outstanding|remaining|unanswered|pending|parked)\s+(?:\w+\s+)?(?:questions|issues)\b|\bquestions\s+(?:for|to)\s+(?:discuss|discussion|the review\w*|reviewers|leadership|decide|resolve)\b|\bparking lot\b/i;

/**
 * The document's own title ("# Falcon — PR/FAQ", "# PRFAQ // Name", "Press release & FAQ",
 * "Working backwards"): it names the format, not the product, so it is neither headline nor FAQ.
 */
export const DOC_TITLE = /\bpr\s*[/&+-]?\s*faqs?\b|\bprfaqs?\b|\bpress release\s*(?:&|and|\+|\/)\s*(?:faqs?|frequently asked questions)\b|\bworking backwards\b/i;

/** A label over the press release ("Press release", "Press Release (Working Backwards)", "Project Falcon", "Draft"; "Blog post" in RFC templates). */
export const PRESS_RELEASE_TITLE = /^\s*(?:the\s+)?(?:(?:draft|internal|mock|sample|example)\s+)?(?:press release|blog post|launch (?:blog post|announcement))\b[\s:—–-]*(?:\(?draft\)?|\((?:working backwards|mock|sample|example|hypothetical)\))?\s*$|^\s*project\s+[\w’'-]+\s*$|^\s*draft\b/i;

/** "This document answers common questions for…": a note on the document itself, not part of the release. */
const DOCUMENT_NOTE = /^\W*(?:this|the following)\s+(?:document|doc|page|pr\s*\/?\s*faqs?|prfaqs?|faqs?|memo|proposal|rfc|readme|one-pager|write-?up)\b/i;

export function isDocumentNote(text: string): boolean {
  return DOCUMENT_NOTE.test(text);
}

/** The wire-service line over a release, as a heading or a line of its own, with or without its date ("FOR IMMEDIATE RELEASE — June 8, 2026"). */
export const IMMEDIATE_RELEASE = /^\s*for immediate release\b[\s.:—–-]*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d\d-\d\d)[\s.]*)?$/i;

/**
 * Document metadata written as "Label: value" lines next to the headline ("Reference: PRJ-12",
 * "Author: Dana"): bookkeeping, never the subheading or the summary.
 */
export const METADATA_TERMS: readonly Term[] = [
  { words: 'reference|ref|ticket|tracking(?: issue)?|issue|doc(?:ument)? id|id', why: '"Reference: PRFAQ-12", "Tracking Issue: …": a tracking id' },
  { words: 'authors?|owners?|written by|prepared by|contacts?|team|dri', why: 'who wrote or owns the document' },
  { words: 'status|version|draft|revision|last updated|updated|created|review(?:ed)? by|reviewers?|approvers?|(?:api )?bar raisers?', why: 'where the document stands, who reviews it' },
  { words: 'tags|labels|audience|confidential(?:ity)?|classification', why: 'filing and distribution' },
];

const METADATA_LABEL = new RegExp(`^(?:${METADATA_TERMS.map((t) => t.words).join('|')})$`, 'i');

/** A short "Label: value" line whose label is metadata (METADATA_TERMS). */
export function isMetadataLine(text: string): boolean {
  const m = /^\s*([A-Za-z][A-Za-z ]{1,24}?)(?:\(s\))?\s*:(?:\s*\S|\s*$)/.exec(text);
  // "Original Author(s):", "Lead reviewer:": a qualifier before the label.
  const label = m?.[1].trim().replace(/^(?:original|primary|lead|main|co)[ -]/i, '');
  return !!label && METADATA_LABEL.test(label) && text.split(/\s+/).length <= 25;
}

/** "Appendix", "Appendix A: Data", "Appendices", "7. Appendix", "Annex", "Exhibits" (a single "Exhibit 3" may sit in the body). */
const APPENDIX = /^(?:(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z])[.):]\s+)?(?:appendix|appendices|annex(?:es)?|exhibits)\b/i;

export function isAppendixTitle(title: string): boolean {
  return APPENDIX.test(title.trim());
}
