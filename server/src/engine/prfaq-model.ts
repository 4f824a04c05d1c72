// The PR/FAQ's anatomy: document title, headline, subheading, summary with dateline, the
// press-release paragraphs, the FAQ sections and every question/answer pair in them.
// The press-release parts (problem, solution, quotes, call to action) are recognised
// in prfaq-parts.ts from the paragraphs found here.

import type { AnalyzedBlock, ProseUnit } from './analysis';
import { bracketedSpans, plain } from './text';
import type { DocBlock, LintDocument } from './document';
import { sectionsOf, type Section } from './memo-model';
import { findQuestions, type QuestionAnswer } from './faq-model';
import { announcerNames, findParts, type AnnouncerNames, type PressReleaseParts } from './prfaq-parts';
import type { Range } from './types';

export interface PrParagraph {
  block: DocBlock;
  unit: ProseUnit;
  /** Plain prose of the paragraph (markup blanked, spaces folded). */
  text: string;
}

/** A heading (or bold lead-in) in the press release that names the part below it. */
export type PartLabel =
  | 'headline'
  | 'subheading'
  | 'summary'
  | 'problem'
  | 'solution'
  | 'leaderQuote'
  | 'customerQuote'
  | 'quotes'
  | 'gettingStarted'
  | 'callToAction'
  | 'pressRelease';

export interface PrfaqModel {
  /** A document title above the headline ("# PR/FAQ: Project Falcon", "# Press release"). */
  title?: DocBlock;
  headline?: DocBlock;
  headlineText: string;
  subheading?: PrParagraph | { block: DocBlock; unit?: undefined; text: string };
  /** First paragraph of the press release, where the dateline belongs. */
  summary?: PrParagraph;
  dateline?: Range;
  /** Prose paragraphs of the press release after the subheading, in order. */
  paragraphs: PrParagraph[];
  /** Blocks [pressReleaseStart, faqStart) are the press release. */
  pressReleaseStart: number;
  faqStart: number;
  faqHeading?: DocBlock;
  externalFaq?: Section;
  internalFaq?: Section;
  /** Whether the FAQ holds customer / company questions, by heading or by what is asked. */
  hasExternalQuestions: boolean;
  hasInternalQuestions: boolean;
  /** Headings inside the press release that label a part ("## The problem"). */
  sections: Section[];
  /** The part each labelled press-release paragraph belongs to (by heading or lead-in). */
  labels: Map<ProseUnit, PartLabel>;
  qa: QuestionAnswer[];
  parts: PressReleaseParts;
  /** The announcing company's and product's names, read from the summary (else headline and title). */
  names: AnnouncerNames;
  /** First block with prose (after front matter and comments), if any. */
  firstContent?: DocBlock;
  /** Where whole-document findings go: the headline's line, else the first content line. */
  anchor: Range;
  /** Number of prose words in the whole document (0: nothing written yet). */
  wordCount: number;
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?';
const SEASON = '(?:Q[1-4]|H[12]|Spring|Summer|Fall|Autumn|Winter|Early|Mid|Late)';
/** A date still to be filled in: "[Launch date]", "[MM/DD/YYYY]" (not any bracket: "CX ([expansion])"). */
const PLACEHOLDER_DATE = '(?:\\[[^\\]\\n]{0,30}(?:[Dd]ate|DATE|[Mm]onth|MONTH|[Dd]ay|DAY|[Yy]ear|YEAR|YY|MM|DD|[Ll]aunch|LAUNCH|[Ww]hen|WHEN|TBD)[^\\]\\n]{0,30}\\]|(?:LAUNCH\\s+|Launch\\s+|launch\\s+)?(?:DATE|Date|date)|Month\\s+D{1,2},?\\s+Y{2,4}|MM/DD/YYYY|XX/XX/XXXX)';
const DATE =
  `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH},?\\s+\\d{4}|${SEASON}\\s+\\d{4}` +
  `|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${PLACEHOLDER_DATE})`;
const PLACE_WORD = "(?:[A-Z][A-Za-z.'’-]*|[A-Z]{2})";
const PLACE = `(?:\\[[^\\]\\n]{1,40}\\](?:,\\s*\\[[^\\]\\n]{1,40}\\])?|(?!(?:Today|On|As|Starting|Beginning|Since|Until|By|In|This|Effective|From|Last|Next|Earlier|Later)\\b)${PLACE_WORD}(?:[ ,]+(?:${PLACE_WORD}|of|de|la|upon|on|the))*)`;
const SEP = '(?:[—–]|-{1,3})';
const WIRE = `(?:\\s*\\(?(?:[A-Z][A-Za-z ]+ (?:WIRE|Wire|NEWSWIRE|Newswire)|BUSINESS WIRE|PRNewswire|GLOBE NEWSWIRE)\\)?\\s*${SEP}?)?`;
/**
 * A regex that only reads the first `limit` characters of its input. A dateline opens its
 * paragraph and is far shorter; the place-name runs in DATELINE backtrack over every
 * capitalised word, so on a whole long paragraph they cost its length squared.
 */
class PrefixRegExp extends RegExp {
  constructor(
    source: string,
    private readonly limit: number,
  ) {
    super(source);
  }

  // test(), match() and friends all go through exec().
  override exec(text: string): RegExpExecArray | null {
    return super.exec(text.length > this.limit ? text.slice(0, this.limit) : text);
  }
}

/** `SEATTLE, WA — March 3, 2027 —`, `Seattle (March 3, 2027) –`, `March 3, 2027 — Seattle —` at the start of a paragraph. */
export const DATELINE: RegExp = new PrefixRegExp(
  `^\\s*(?:FOR IMMEDIATE RELEASE\\s*[.:—–-]?\\s*)?(?:` +
    `${PLACE}\\s*,?${WIRE}\\s*(?:${SEP}|\\(|:|,)\\s*${DATE}\\s*\\)?` +
    // Date first, then the city, which a separator must close ("March 3, 2027 — SEATTLE —"): else
    // "March 3, 2027 — Acme today launched…" would read the company as the city.
    `|${DATE}\\s*(?:${SEP}|,|:)\\s*${PLACE}\\s*(?=${SEP}|:)` +
    `)\\s*(?:/[A-Za-z ]+/)?\\s*(?:${SEP}|:|,|\\.)?`,
  400,
);

const FAQ_TITLE = /\b(?:faqs?|frequently asked questions|questions (?:and|&) answers|q\s*&\s*a|q\s*and\s*a)\b/i;
const QUESTIONS_TITLE = /^(?:the\s+)?(?:(?:external|internal|customer|customers'?|stakeholder|business|company|team|leadership|investor|public|user)\s+)+questions\b|^questions\s+(?:from|for)\s+(?:customers|the\s+(?:business|company|team))\b/i;
const DOC_TITLE = /\bpr\s*[/&+-]?\s*faqs?\b|\bprfaqs?\b|\bpress release\s*(?:&|and|\+|\/)\s*(?:faqs?|frequently asked questions)\b|\bworking backwards\b/i;
const PR_TITLE = /^\s*(?:the\s+)?(?:draft\s+)?press release\b[\s:—–-]*(?:\(?draft\)?)?\s*$|^\s*project\s+[\w’'-]+\s*$|^\s*draft\b/i;
const EXTERNAL = /\b(?:external|customers?|customers’|public|user|buyer|client)\b/i;
const INTERNAL = /\b(?:internal|stakeholders?|business|company|team|leadership|executive|investors?|engineering|operational|finance)\b/i;
/** Short FAQ sub-headings that name the audience only ("### Customers", "### For the business"). */
const AUDIENCE_ONLY = /^(?:for\s+)?(?:the\s+)?(?:external|internal|customers?|public|stakeholders?|business|company|team|leadership)(?:[\s-]+facing)?$/i;
const LABEL_LINE = /^\s*(?:\*\*|__)?\s*(headline|heading|header|title|sub-?head(?:ing|line|er)?|subtitle|tagline)\s*:\s*(?:\*\*|__)?\s*/i;
const QUESTION_PREFIX = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:Q(?:uestion)?\s*\d*\s*[:.)]|Q\d+\b)/i;
const ANNOUNCES = /\b(?:today\s+)?(?:announced|announces|launched|launches|introduced|introduces|unveiled|unveils|released|releases|is launching|is introducing|debuted|rolled out|made available|opened|opens|began|begins|expanded|expands)\b/i;
const SKIPPED_KINDS = new Set(['frontmatter', 'comment', 'html', 'thematicBreak', 'code']);

const opensFaqCache = new WeakMap<AnalyzedBlock, boolean>();

/** A heading, or a short bold line, that names an FAQ. */
function opensFaq(a: AnalyzedBlock): boolean {
  let opens = opensFaqCache.get(a);
  if (opens === undefined) {
    const isHeading = a.headingDepth > 0;
    const isBoldLine = !isHeading && a.units.length === 1 && /^[\s>]*[*_]/.test(a.units[0].source) && isEmphasised(a.units[0].source) && wordsIn(a.units[0].masked) <= 6;
    const text = isHeading ? a.headingText : isBoldLine ? plain(a.units[0].masked).replace(/[:.]$/, '') : '';
    opens = text !== '' && isFaqTitle(text);
    opensFaqCache.set(a, opens);
  }
  return opens;
}

const headingLabelCache = new WeakMap<AnalyzedBlock, PartLabel | null>();

function headingLabel(a: AnalyzedBlock): PartLabel | undefined {
  let label = headingLabelCache.get(a);
  if (label === undefined) {
    label = labelOf(a.headingText) ?? null;
    headingLabelCache.set(a, label);
  }
  return label ?? undefined;
}

/** Which part a heading title labels, if it is a part label rather than a headline. */
export function labelOf(title: string): PartLabel | undefined {
  const t = title.replace(/[:.]\s*$/, '').trim().toLowerCase();
  if (/^(?:the\s+)?(?:headline|heading|title)$/.test(t)) return 'headline';
  if (/^(?:the\s+)?(?:sub-?head(?:ing|line|er)?|subtitle|tagline)$/.test(t)) return 'subheading';
  if (/^(?:the\s+)?(?:draft\s+)?press release$/.test(t)) return 'pressRelease';
  if (/^(?:the\s+)?(?:summary|intro(?:duction)?|overview|announcement|dateline|opening|summary paragraph|lede|lead paragraph)$/.test(t)) return 'summary';
  if (/^(?:the\s+)?(?:customer(?:'s|’s)?\s+)?(?:problem|problems|pain(?:\s+points?)?|challenge|opportunity|need|status quo)(?:\s+statement)?$|^why (?:it matters|this matters|now)$|^(?:the\s+)?problem\b/.test(t)) return 'problem';
  if (/^(?:the\s+)?(?:solution|our solution|how it works|what it does|the product|product|approach|our approach|the answer)$|^(?:the\s+)?solution\b/.test(t)) return 'solution';
  if (/^quote from (?:you|me|us|the (?:company|leader|spokesperson|executive)|a (?:company )?(?:leader|spokesperson|executive))$|\b(?:leader(?:ship)?|executive|exec|company|ceo|founder|spokesperson|internal)\s+quotes?\b|^(?:a\s+)?(?:quote\s+)?from\s+(?:the|our)\s+(?:ceo|founder|leader|gm|general manager|vp|team)\b|^(?:leader|spokesperson)$/.test(t)) return 'leaderQuote';
  if (/\b(?:customer|client|user|partner)\s+(?:quotes?|testimonials?|voices?|perspective|story|stories)\b|^testimonials?$|^what (?:customers|users|our customers) (?:are )?say(?:ing)?$|^in (?:their|the customer'?s?|customers’) (?:own )?words$|^quote from a (?:customer|user|client)$/.test(t)) return 'customerQuote';
  if (/^(?:the\s+)?quotes?$|^what (?:they|people) (?:are )?say(?:ing)?$/.test(t)) return 'quotes';
  if (/^(?:getting started|get started|how to (?:get started|start|begin|sign up|use it)|how to get started|how (?:to|do i|do you) start|how to get started|setup|set-?up|how (?:it|this) works for customers|customer experience|the experience)$/.test(t)) return 'gettingStarted';
  if (/^(?:(?:the\s+)?call to action|closing(?:,? and| &) call to action|closing|cta|learn more|availability|pricing(?: and|,|\s*&)? availability|availability(?: and|\s*&) pricing|how to get (?:it|started)|where to (?:get|buy|find) (?:it|\w+)|next steps|try it(?: now| today)?|get it(?: now| today)?|find out more|more information|for more information|sign up)$/.test(t)) return 'callToAction';
  return undefined;
}

/** Questions listed on purpose without answers: not an FAQ. */
const OPEN_QUESTIONS_TITLE = /\b(?:open|unresolved|outstanding|remaining|unanswered|pending|parked)\s+(?:\w+\s+)?questions\b|\bquestions\s+(?:for|to)\s+(?:discuss|discussion|the review\w*|reviewers|leadership|decide|resolve)\b/i;

export function isFaqTitle(title: string): boolean {
  const t = title.trim();
  if ((FAQ_TITLE.test(t) && !DOC_TITLE.test(t)) || QUESTIONS_TITLE.test(t)) return true;
  // "Questions customers will ask", "Questions we need to answer", "Rider questions".
  return /\bquestions\b/i.test(t) && !/\?\s*$/.test(t) && !OPEN_QUESTIONS_TITLE.test(t) && !DOC_TITLE.test(t) && wordsIn(t) <= 7;
}

/** 'external' / 'internal' for an FAQ section title that names its audience. */
export function faqAudience(title: string, names?: Pick<AnnouncerNames, 'company' | 'words'>): 'external' | 'internal' | undefined {
  const t = title.trim();
  const words = (t.toLowerCase().match(/[a-z][\w’'-]*/g) ?? []).map((w) => w.replace(/[’']s$/, ''));
  // A distinctive word of the company's name ("Lakeport", "Fernway Bank"); a generic one ("City") only in a short title.
  const namesCompany = !!names && words.some((w) => names.company.has(w) && (names.words.has(w) || words.length <= 3));
  if (!(isFaqTitle(t) || AUDIENCE_ONLY.test(t) || /\bquestions\b/i.test(t) || /^for\s+(?:the\s+|our\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}$/i.test(t) || (namesCompany && words.length <= 5))) return undefined;
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

/** The company's side, in a section title: "Agency questions", "For the bank". */
const ORGANISATION = /\b(?:agency|department|government|ministry|bank|co-?op|cooperative|alliance|council|board|management|headquarters|hq|we|our|us|ourselves|organi[sz]ation|org|leadership|executives?|legal|ops|operations|reviewers?|approvers?)\b/i;
/** People a title can address as customers: "Rider questions", "Questions from managers". */
const PEOPLE_TITLE = /\b(?:famil(?:y|ies)|parents?|patients?|members?|residents?|citizens?|households?|travell?ers?|passengers?|guests?|owners?|managers?|analysts?|(?!(?:answers?|others?|orders?|numbers?|matters?|letters?|papers?|partners?|investors?|competitors?|vendors?|leaders?|founders?|directors?|errors?|factors?|centers?|offers?)\b)[a-z]{3,}(?:ers?|ists?|ians?|ors?))\b/i;

// Per-unit and per-block facts, cached: the model is rebuilt on every lint, its blocks are not.
const plainCache = new WeakMap<ProseUnit, string>();
const contentCache = new WeakMap<AnalyzedBlock, boolean>();

/** The unit's prose with markup blanked and spaces folded. */
export function unitText(unit: ProseUnit): string {
  let text = plainCache.get(unit);
  if (text === undefined) {
    text = plain(unit.masked);
    plainCache.set(unit, text);
  }
  return text;
}

function isContent(block: DocBlock): boolean {
  const a = block.analysis;
  let content = contentCache.get(a);
  if (content === undefined) {
    content = !SKIPPED_KINDS.has(a.kind) && (a.headingDepth > 0 || a.units.some((u) => /[A-Za-z0-9]/.test(u.masked)));
    contentCache.set(a, content);
  }
  return content;
}

/** A paragraph that is wholly bold or italic ("**…**", "*…*", "_…_"). */
export function isEmphasised(source: string): boolean {
  const s = source.trim().replace(/^>\s*/, '');
  return /^(\*\*\*|\*\*|\*|___|__|_)[^\s*_][\s\S]*[^\s]\1[.]?$/.test(s);
}

function wordsIn(text: string): number {
  const m = text.match(/[A-Za-z0-9][\w’'&.-]*/g);
  return m ? m.length : 0;
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

export function buildPrfaqModel(doc: LintDocument): PrfaqModel {
  const blocks = doc.blocks;
  const content = blocks.filter(isContent);
  const firstContent = content[0];
  const labels = new Map<ProseUnit, PartLabel>();

  // Headline: the first heading that is not a document title or a part label; or the text
  // under a "Headline" label; or a bold first line.
  let title: DocBlock | undefined;
  let headline: DocBlock | undefined;
  let headlineText = '';
  let afterHeadline = 0; // index into content of the first block after the headline
  for (let c = 0; c < Math.min(content.length, 6) && !headline; c++) {
    const block = content[c];
    const a = block.analysis;
    const next = content[c + 1];
    if (a.headingDepth > 0) {
      const text = a.headingText;
      if (isFaqTitle(text)) break;
      const label = labelOf(text);
      if (DOC_TITLE.test(text) || PR_TITLE.test(text) || label === 'pressRelease') {
        title ??= block;
        continue;
      }
      if (label === 'headline') {
        const nextText = next?.analysis.headingDepth ? next.analysis.headingText : next?.analysis.units[0] ? plain(next.analysis.units[0].masked) : '';
        if (next && nextText && !(next.analysis.headingDepth && labelOf(nextText))) {
          headline = next;
          headlineText = nextText;
          afterHeadline = c + 2;
        }
        break;
      }
      // A question heading starts an FAQ, unless it is the H1 that opens the document ("# Tired of Waiting?").
      const openingH1 = c === 0 && a.headingDepth === 1;
      if (label || QUESTION_PREFIX.test(text) || (/\?\s*$/.test(text) && !openingH1)) break;
      if (next && isTitleAbove(block, next, content[c + 2])) {
        title ??= block;
        continue;
      }
      headline = block;
      headlineText = text;
      afterHeadline = c + 1;
      break;
    }
    const unit = a.units[0];
    if (!unit) break;
    const labelled = LABEL_LINE.exec(unit.source);
    if (labelled && /^(?:headline|heading|header|title)$/i.test(labelled[1])) {
      headline = block;
      headlineText = plain(unit.masked).replace(/^[^:]*:\s*/, '');
      afterHeadline = c + 1;
      break;
    }
    const text = plain(unit.masked);
    if (a.units.length === 1 && unit.listDepth === 0 && !unit.quoted && isEmphasised(unit.source) && !/\n/.test(unit.source.trim()) && wordsIn(text) <= 25 && !DATELINE.test(unit.masked) && !/[.!]\s*$/.test(text) && !isFaqTitle(text)) {
      headline = block;
      headlineText = text;
      afterHeadline = c + 1;
    }
    break;
  }

  // FAQ: the first heading (or bold line) that names an FAQ; failing that, the first `Q:` line.
  let faqStart = blocks.length;
  let faqHeading: DocBlock | undefined;
  for (const block of content) {
    if (block === headline || block === title) continue;
    if (opensFaq(block.analysis)) {
      faqStart = block.index;
      faqHeading = block;
      break;
    }
  }
  if (!faqHeading) {
    const from = headline ? headline.index + 1 : 0;
    for (let i = from; i < blocks.length; i++) {
      const a = blocks[i].analysis;
      if (a.units.length > 0 && QUESTION_PREFIX.test(a.units[0].source) && !SKIPPED_KINDS.has(a.kind)) {
        faqStart = i;
        break;
      }
    }
  }

  const pressReleaseStart = headline ? headline.index + 1 : title ? title.index + 1 : 0;
  // Press-release paragraphs, with the part each heading or bold lead-in labels.
  const paragraphs: PrParagraph[] = [];
  let currentLabel: PartLabel | undefined;
  let subheading: PrfaqModel['subheading'];
  let subheadingLabelled = false;
  // The first block after the headline (or title), past any "Press release" label heading.
  let after = headline ? afterHeadline : title ? content.indexOf(title) + 1 : 0;
  while (content[after]?.analysis.headingDepth && labelOf(content[after].analysis.headingText) === 'pressRelease') after++;
  const firstAfter = content[after];
  for (let i = pressReleaseStart; i < faqStart; i++) {
    const block = blocks[i];
    const a = block.analysis;
    if (SKIPPED_KINDS.has(a.kind) || block === headline) continue;
    if (a.headingDepth > 0) {
      const label = headingLabel(a);
      if (headline && !subheading && paragraphs.length === 0 && block === firstAfter && !label && !isFaqTitle(a.headingText) && wordsIn(a.headingText) >= 3) {
        subheading = { block, text: a.headingText };
        continue;
      }
      currentLabel = label && label !== 'pressRelease' ? label : undefined;
      if (label === 'subheading') subheadingLabelled = true;
      continue;
    }
    for (const unit of a.units) {
      if (unit.kind !== 'paragraph' && unit.kind !== 'tableCell') continue;
      const facts = factsOf(unit);
      if (!facts.prose) continue;
      if (facts.subheadingLabel && !subheading) {
        subheading = { block, unit, text: facts.text };
        continue;
      }
      if (subheadingLabelled && !subheading) {
        subheading = { block, unit, text: facts.text };
        subheadingLabelled = false;
        continue;
      }
      const label = facts.label ?? currentLabel;
      if (label) labels.set(unit, label);
      paragraphs.push({ block, unit, text: facts.text });
    }
  }
  if (!subheading && paragraphs.length > 0) {
    const first = paragraphs[0];
    const isFirst = first.block === firstAfter && first.unit === first.block.analysis.units.find((u) => unitText(u));
    // Without a headline only an emphasised line reads as a subheading.
    const fits = headline ? looksLikeSubheading(first, paragraphs.length > 1) : isEmphasised(first.unit.source) && first.unit.wordCount >= 3 && first.unit.wordCount <= 60 && !DATELINE.test(first.unit.masked);
    if (isFirst && fits && !labels.has(first.unit)) {
      subheading = first;
      paragraphs.shift();
    }
  }

  // The FAQ's External and Internal sections, by heading (a heading naming the company is internal).
  const names = announcerNames(paragraphs, headlineText, title?.analysis.headingText);
  const allSections = sectionsOf(doc);
  let externalFaq: Section | undefined;
  let internalFaq: Section | undefined;
  for (const section of allSections) {
    if (!section.heading || section.heading.index < faqStart) continue;
    const audience = faqAudience(section.title, names);
    if (audience === 'internal' && !internalFaq) internalFaq = section;
    else if (audience === 'external' && !externalFaq) externalFaq = section;
  }
  // Bold lines used as FAQ section headings ("**Internal FAQ**").
  for (let i = faqStart; i < blocks.length && (!internalFaq || !externalFaq); i++) {
    const a = blocks[i].analysis;
    if (a.headingDepth > 0 || a.units.length !== 1 || !/^[\s>]*[*_]/.test(a.units[0].source) || !isEmphasised(a.units[0].source)) continue;
    const title = plain(a.units[0].masked).replace(/[:.]$/, '');
    const audience = wordsIn(title) <= 6 ? faqAudience(title, names) : undefined;
    if (!audience) continue;
    const section: Section = { heading: blocks[i], title, depth: 6, start: i + 1, end: blocks.length };
    if (audience === 'internal') internalFaq ??= section;
    else externalFaq ??= section;
  }

  // The summary is the first paragraph; the dateline opens it (or one of the next two).
  let summary: PrParagraph | undefined = paragraphs[0];
  let dateline: Range | undefined;
  for (const paragraph of paragraphs.slice(0, 3)) {
    // After a template label ("**Summary:** SEATTLE — …") the dateline follows the label.
    const label = labels.has(paragraph.unit) ? /^\s*[A-Za-z][A-Za-z’' ]{2,30}:/.exec(paragraph.unit.masked)?.[0].length ?? 0 : 0;
    const match = DATELINE.exec(paragraph.unit.masked.slice(label));
    if (match) {
      summary = paragraph;
      const offset = paragraph.unit.start + label;
      const lead = match[0].length - match[0].trimStart().length;
      dateline = doc.rangeIn(paragraph.block, offset + lead, offset + match[0].trimEnd().length);
      break;
    }
  }

  const sections = allSections.filter((s) => s.heading && s.heading.index >= pressReleaseStart && s.heading.index < faqStart);
  const qa = faqStart < blocks.length ? findQuestions(doc, faqStart, externalFaq, internalFaq) : [];
  const audiences = questionAudiences(qa, names.company);
  const anchorBlock = headline ?? firstContent;
  const model: PrfaqModel = {
    title,
    headline,
    headlineText,
    subheading,
    summary,
    dateline,
    paragraphs,
    pressReleaseStart,
    faqStart,
    faqHeading,
    externalFaq,
    internalFaq,
    hasExternalQuestions: !!externalFaq || audiences.external,
    hasInternalQuestions: !!internalFaq || audiences.internal,
    sections,
    labels,
    qa,
    parts: {},
    names,
    firstContent,
    anchor: anchorBlock ? doc.firstLineRange(anchorBlock) : doc.topRange(),
    wordCount: doc.wordCount(),
  };
  model.parts = findParts(doc, model);
  return model;
}

/**
 * A short heading above another heading is a document title when the heading below reads
 * as a headline (Title Case, or itself followed by a subheading heading), e.g.
 * "# Bookworm" / "## Bookworm Tells Bookstores What to Reorder".
 */
function isTitleAbove(block: DocBlock, next: DocBlock, afterNext: DocBlock | undefined): boolean {
  const depth = block.analysis.headingDepth;
  const nextDepth = next.analysis.headingDepth;
  if (nextDepth === 0 || nextDepth <= depth) return false;
  const nextText = next.analysis.headingText;
  if (labelOf(nextText) || isFaqTitle(nextText) || /\?\s*$/.test(nextText)) return false;
  if (wordsIn(block.analysis.headingText) > 3) return false;
  const nextIsHeadline = isTitleCase(nextText) || (afterNext !== undefined && afterNext.analysis.headingDepth > nextDepth && !labelOf(afterNext.analysis.headingText));
  return nextIsHeadline && wordsIn(nextText) >= 4;
}

interface UnitFacts {
  /** Prose after any label lead-in ("**Problem:** …" → "…"). */
  text: string;
  /** Holds prose worth reading (not empty, not "FOR IMMEDIATE RELEASE"). */
  prose: boolean;
  /** "**Subheading:** …" */
  subheadingLabel: boolean;
  /** The part a lead-in names ("**Problem:**", "Customer quote:"). */
  label?: PartLabel;
}

const factsCache = new WeakMap<ProseUnit, UnitFacts>();

function factsOf(unit: ProseUnit): UnitFacts {
  let facts = factsCache.get(unit);
  if (facts) return facts;
  const text = unitText(unit);
  const lead = LABEL_LINE.exec(unit.source);
  const subheadingLabel = !!lead && /^sub/i.test(lead[1]);
  const label = subheadingLabel ? undefined : inlineLabel(unit.masked) ?? placeholderLabel(text);
  facts = {
    text: subheadingLabel || label ? text.replace(/^[^:]*:\s*/, '') : text,
    prose: /[A-Za-z0-9]/.test(text) && !/^for immediate release\.?$/i.test(text),
    subheadingLabel,
    label,
  };
  factsCache.set(unit, facts);
  return facts;
}

/** A template placeholder that names its part ("[Problem: who is hurting and how]", "“[Leader quote],” said [Name]"). */
function placeholderLabel(text: string): PartLabel | undefined {
  const inside = bracketedSpans(text);
  if (inside.length === 0) return undefined;
  const bracketed = inside.map((s) => text.slice(s.start, s.end)).join(' ');
  if (bracketed.length < text.replace(/[\s“”"'’,.:;—–-]+/g, '').length * 0.5) return undefined;
  // The first part named inside the brackets wins ("[Solution: how it solves the problem]").
  const t = bracketed.toLowerCase();
  let best: PartLabel | undefined;
  let bestAt = Infinity;
  for (const [label, pattern] of PLACEHOLDER_PARTS) {
    const at = t.search(pattern);
    if (at >= 0 && at < bestAt) {
      best = label;
      bestAt = at;
    }
  }
  return best;
}

const PLACEHOLDER_PARTS: [PartLabel, RegExp][] = [
  ['customerQuote', /\bcustomer(?:'s|’s)? (?:quote|testimonial)|quote from (?:a|the) customer/],
  ['leaderQuote', /\b(?:leader|leadership|executive|spokesperson|ceo|company|your) quote|quote from (?:you|a leader|the ceo|an executive)/],
  ['callToAction', /\bcall to action\b|\bcta\b|where to (?:go|get|buy)/],
  ['gettingStarted', /\b(?:getting started|get started|how to start)\b/],
  ['problem', /\bproblem\b|\bpain\b/],
  ['solution', /\bsolution\b|\bhow (?:it|the product) works\b/],
];

/** A bold lead-in that labels a paragraph ("**Problem:** …", "Customer quote: …"). */
function inlineLabel(masked: string): PartLabel | undefined {
  const m = /^\s*([A-Za-z][A-Za-z’' ]{2,30}):\s/.exec(masked);
  if (!m) return undefined;
  const label = labelOf(m[1]);
  return label && label !== 'headline' && label !== 'subheading' && label !== 'pressRelease' ? label : undefined;
}

/** The paragraph right under the headline is the subheading when it reads like one sentence of tagline. */
function looksLikeSubheading(first: PrParagraph, hasMore: boolean): boolean {
  const unit = first.unit;
  if (DATELINE.test(unit.masked) || unit.listDepth > 0) return false;
  if (/[“”"]/.test(first.text) && /\b(?:said|says)\b/.test(first.text)) return false;
  const words = unit.wordCount;
  if (words < 3) return false; // "TBD" is not a subheading
  if (isEmphasised(unit.source)) return words <= 60;
  if (!hasMore) return words <= 40 && unit.sentences.length <= 1;
  const firstSentence = plain(unit.sentences[0]?.text ?? '');
  if (ANNOUNCES.test(firstSentence) && /\btoday\b/i.test(firstSentence)) return false;
  if (/^today\b|\btoday\s+(?:[a-z]+ed|began|[a-z]+s)\b|\b[a-z]+ed\s+today\b/i.test(firstSentence)) return false;
  return words <= 40 && unit.sentences.length <= 2;
}

// What an unlabelled FAQ question asks about: the customer's use, or the company's business.
const COMPANY_VOICE = /\b(?:[Ww]e|[Oo]urs?|us|[Ww]e[’'](?:re|ve|ll|d))\b/;
const CUSTOMER_VOICE = /\b(?:I|[Mm]y|[Mm]e|[Mm]ine|I[’'](?:m|ve|ll|d))\b/;
const BUSINESS_TOPIC =
  /\b(?:invest(?:ment|ing)?|headcount|engineers|staffing|hiring|margins?|p&l|profit(?:ability|able)?|revenue|unit economics|economics|tam|market size|addressable|how many (?:customers|stores|users|people|businesses)|competitors?|competition|risks?|riskiest|dependenc(?:y|ies)|partners?|legal|regulat\w*|why now|why not|fail|launch plan|roadmap|budget|kpis?|metrics?|success|cannibali[sz]\w*|break[- ]even|roi|opex|capex|vendors?|scal(?:e|ing)|infrastructure|compliance|build (?:it|this)|build or buy|cost to (?:build|run|operate)|resources|business model|pricing strategy|who is the customer|target customer|strategy|tenets?|assumptions?|non-goals?|go-to-market|forecast|payback|cogs|lifetime value|ltv|cac|for the (?:company|business)|market position|market share|headcount|org(?:anization)? chart|p&l|board|development|build(?:ing)? (?:it|this)|buy(?:ing)? (?:it|this)|instead of buying|volumes?|affect|impact|cannibal\w*|make money|sales cycle|churn|retention|margin|cost us|costs us|gross|net|payback)\b/i;
const CUSTOMER_TOPIC =
  /\b(?:you|your|yours)\b|^(?:how much does|how much is|what does it cost|where can|where do|when can|is it available|can it|does it|will it|is there|what happens|what if|how does it|how do|can i|do i|is my|what devices|which devices|what languages|who can)\b|\b(?:price|cost|subscription|refund|cancel|support|privacy|sign up|download|install|app|account|available|availability|works? with|offline|languages?|devices?|phones?)\b/i;

/** "we"/"our" asking about the business: "How do we make money?", "What does it cost us?", "Why are we building this?" */
const COMPANY_ACTS =
  /\b(?:we|us|our)\b[^?]{0,40}\b(?:build|built|building|charge|charging|make money|earn|price|launch|hire|hiring|invest|acquire|win|compete|partner|sell|expect|forecast|fund|afford|staff|scale|maintain|operate|measure|know|decide|prioriti[sz]e|cost|costs|margin|revenue|customers|competitors|business|engineers|team|plan|roadmap|investment|risk|bet)\b|\b(?:cost|costs|charge|pay|owe) us\b/i;

/** Whether an FAQ with unlabelled questions asks what customers ask and what the company asks. */
function questionAudiences(qa: QuestionAnswer[], company: ReadonlySet<string>): { external: boolean; internal: boolean } {
  let internal = 0;
  let companyVoiced = 0;
  let unlabelled = 0;
  const asked = new Set<string>();
  for (const pair of qa) {
    // A question asked twice counts once.
    if (pair.section !== 'faq' || asked.has(pair.question.toLowerCase())) continue;
    asked.add(pair.question.toLowerCase());
    unlabelled++;
    const q = pair.question;
    const namesCompany = (q.toLowerCase().match(/[a-z][\w-]*/g) ?? []).some((w) => company.has(w));
    // "What is our margin?" speaks as the company (a B2B customer also says "we": "Do we have to
    // replace our computers?", so "we" counts only beside a business topic); "What are the risks?"
    // asks about the business.
    if (COMPANY_VOICE.test(q) && (COMPANY_ACTS.test(q) || BUSINESS_TOPIC.test(q))) {
      internal++;
      companyVoiced++;
    } else if ((BUSINESS_TOPIC.test(q) || namesCompany) && !CUSTOMER_VOICE.test(q) && !/^(?:how much does|how much is|what does it cost)\b/i.test(q)) {
      internal++;
    }
  }
  return {
    // Any unlabelled question that is not the company's own counts as a customer question.
    external: unlabelled > internal,
    internal: companyVoiced >= 1 || internal >= 2 || (internal === 1 && unlabelled <= 3),
  };
}
