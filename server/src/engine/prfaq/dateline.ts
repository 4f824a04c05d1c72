// The dateline: place and date that open the press release's first paragraph
// ("SEATTLE, WA — March 3, 2027 —"), and the step that finds it among the first paragraphs.

import type { DocView } from '../doc-view';
import type { Range } from '../types';
import type { PartLabel, PrParagraph } from './types';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?';
/** A quarter or season: read as the date beside a city ("BOULDER, CO -- Spring 2027 --"), never alone ("**Q1 2026** —"). */
const SEASON = '(?:Q[1-4]|H[12]|Spring|Summer|Fall|Autumn|Winter|Early|Mid|Late)\\s+\\d{4}';
/** A date still to be filled in: "[Launch date]", "[MM/DD/YYYY]" (not any bracket: "CX ([expansion])"). */
const PLACEHOLDER_DATE = '(?:\\[[^\\]\\n]{0,30}(?:[Dd]ate|DATE|[Mm]onth|MONTH|[Dd]ay|DAY|[Yy]ear|YEAR|YY|MM|DD|[Ll]aunch|LAUNCH|[Ww]hen|WHEN|TBD)[^\\]\\n]{0,30}\\]|(?:LAUNCH\\s+|Launch\\s+|launch\\s+)?(?:DATE|Date|date)|Month\\s+D{1,2},?\\s+Y{2,4}|MM/DD/YYYY|XX/XX/XXXX)';
const DATE =
  `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH},?\\s+\\d{4}` +
  `|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{1,2}-${MONTH}-\\d{2,4}|${PLACEHOLDER_DATE})`;
/** A capitalised place word ("Seattle", "WA", "St."), or one with a lower-case particle ("d'Adda", "l’Aquila"). */
const PLACE_WORD = "(?:(?:[dl]['’])?[A-Z][A-Za-z.'’-]*|[A-Z]{2})";
/** Words that stand where the city goes but name no place ("OPEN SOURCE — March 2026 —", "PRESS RELEASE —"). */
const NOT_A_PLACE = '(?:OPEN SOURCE|Open Source|Open source|PRESS RELEASE|Press Release|NEWS|News|ANNOUNCEMENT|Announcement|UPDATE|Update|DRAFT|Draft|INTERNAL|Internal|CONFIDENTIAL|Confidential|EMBARGOED|Embargoed)\\b';
const PLACE = `(?:\\[[^\\]\\n]{1,40}\\](?:,\\s*\\[[^\\]\\n]{1,40}\\])?|(?!(?:Today|On|As|Starting|Beginning|Since|Until|By|In|This|Effective|From|Last|Next|Earlier|Later)\\b|${NOT_A_PLACE})${PLACE_WORD}(?:[ ,]+(?:${PLACE_WORD}|of|de|del|di|da|la|le|am|an|sur|upon|on|the|&|and))*)`;
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

/** A written date, not the bare word "date" ("Date: TBD" is a label, not a dateline). */
const REAL_DATE = `(?!(?:LAUNCH|Launch|launch)\\s|(?:DATE|Date|date)\\b)${DATE}`;

/**
 * At the start of a paragraph: `SEATTLE, WA — March 3, 2027 —`, `Seattle (March 3, 2027) –`,
 * `LISBON – (Mar 2026) –`, `March 3, 2027 — Seattle —`, and datelines without a city:
 * `July 2026 -`, `In July 2022,`, `On March 3, 2027,` (group `noCity`: half a dateline, read so
 * the summary is found, reported for its missing city).
 */
export const DATELINE: RegExp = new PrefixRegExp(
  `^\\s*(?:FOR IMMEDIATE RELEASE\\s*[.:—–-]?\\s*)?(?:` +
    `${PLACE}\\s*,?${WIRE}\\s*(?:${SEP}\\s*\\(?|\\(|:|,)\\s*(?:${DATE}|${SEASON})\\s*\\)?` +
    // Date first, then the city, which a separator must close ("March 3, 2027 — SEATTLE —"): else
    // "March 3, 2027 — Acme today launched…" would read the company as the city.
    `|(?:${DATE}|${SEASON})\\s*(?:${SEP}|,|:)\\s*${PLACE}\\s*(?=${SEP}|:)` +
    // No city: the date alone, closed by a dash or colon, or opening the sentence ("In July 2022,").
    `|(?<noCity>\\(?${REAL_DATE}\\s*\\)?\\s*(?=${SEP}|:)` +
    `|(?:In|On|As of|Effective|Starting|Beginning)\\s+${REAL_DATE}\\s*(?=,))` +
    `)\\s*(?:/[A-Za-z ]+/)?\\s*(?:${SEP}|:|,|\\.)?`,
  400,
);

/** A template label's lead-in ("**Summary:**", "Intro Paragraph:"), of at most three words. */
const LEAD_LABEL = /^\s*(?:\*\*|__)?\s*[A-Za-z][A-Za-z’']*(?: [A-Za-z][A-Za-z’']*){0,2}\s*:\s*(?:\*\*|__)?/;

/**
 * A template label before the dateline ("**Summary:** SEATTLE — …", "Intro Paragraph: London,
 * England - 28-Nov-2021 –"): its length, else 0. A label the outline read is always skipped;
 * any other short lead-in only when a dateline follows it.
 */
function labelLength(paragraph: PrParagraph, labels: ReadonlyMap<unknown, PartLabel>): number {
  if (labels.has(paragraph.unit)) return /^\s*[A-Za-z][A-Za-z’' ]{2,30}:/.exec(paragraph.unit.masked)?.[0].length ?? 0;
  const lead = LEAD_LABEL.exec(paragraph.unit.masked)?.[0].length ?? 0;
  return lead > 0 && DATELINE.test(paragraph.unit.masked.slice(lead)) ? lead : 0;
}

/** A template's slot for the city or date: "CITY, STATE", "Your City", "Location"; "DATE", "Launch Date", "MM/DD/YYYY", "Month D, YYYY". */
const TEMPLATE_PLACE = /^(?:your\s+)?(?:city|town|location|place)(?:\s*,\s*(?:state|country|region|province))?$/i;
const TEMPLATE_DATE = /^(?:(?:launch|release)\s+)?date$|^month\s+d{1,2},?\s+y{2,4}$|^(?:mm|dd|xx)[/.-](?:dd|mm|xx)[/.-](?:yy|xx){1,2}$|^tb[dac]$/i;
/** A [bracketed] slot that names a place or a date: "[City]", "[Location]", "[Launch date]" (a dateline on its own has no date to read). */
const SLOT_LEAD = /^\s*(?:FOR IMMEDIATE RELEASE\s*[.:—–-]?\s*)?\[[^\]\n]{0,30}\b(?:[Cc]ity|CITY|[Ll]ocation|LOCATION|[Pp]lace|PLACE|[Dd]ate|DATE)\b[^\]\n]{0,30}\](?:\s*,\s*\[[^\]\n]{1,30}\])*\s*(?:[—–]|-{1,3}|:)/;

/**
 * Whether a dateline (as read, markup masked) is still a template's: a [bracketed] slot in it
 * ("[Your City], February 9, 2026", "[CITY, STATE] – [DATE]"), or a piece between its
 * separators that is a slot's name ("CITY, STATE — DATE —", "Seattle — XX/XX/XXXX —"). A real
 * place or date is never one ("SALT LAKE CITY, UT — March 3, 2027 —").
 */
export function isPlaceholderDateline(text: string): boolean {
  if (/\[[^\]\n]+\]/.test(text)) return true;
  const pieces = text.split(/[—–()]|\s-{1,3}\s|-{2,3}|:|(?<=[A-Za-z]),(?=\s*\d)/).map((p) => p.replace(/[*_\s]+$|^[*_\s]+/g, '').replace(/,$/, ''));
  return pieces.some((p) => TEMPLATE_PLACE.test(p) || TEMPLATE_DATE.test(p));
}

export interface FoundDateline {
  summary?: PrParagraph;
  dateline?: Range;
  /** The dateline's city or date is still a template's slot: see isPlaceholderDateline. */
  datelinePlaceholder?: boolean;
  /** The dateline is a date alone ("October 18, 2025 —", "On March 3, 2027,"): it names no city. */
  datelineWithoutCity?: boolean;
}

/** The summary is the first paragraph; the dateline opens it (or one of the next two, or stands alone before it). */
export function findDateline(doc: DocView, paragraphs: readonly PrParagraph[], labels: ReadonlyMap<unknown, PartLabel>): FoundDateline {
  for (const [i, paragraph] of paragraphs.slice(0, 3).entries()) {
    const label = labelLength(paragraph, labels);
    const text = paragraph.unit.masked.slice(label);
    // A slot for the city alone ("[Location] — Acme today…") is a dateline still to write.
    const match = DATELINE.exec(text) ?? SLOT_LEAD.exec(text);
    if (match) {
      const offset = paragraph.unit.start + label;
      const lead = match[0].length - match[0].trimStart().length;
      const dateline = doc.rangeIn(paragraph.block, offset + lead, offset + match[0].trimEnd().length);
      // A dateline on a line of its own ("SEATTLE — March 3, 2027"): the summary is the next paragraph.
      const alone = !/[A-Za-z0-9]/.test(text.slice(match[0].length));
      const summary = alone ? (paragraphs[i + 1] ?? paragraph) : paragraph;
      if (isPlaceholderDateline(match[0])) return { summary, dateline, datelinePlaceholder: true };
      return match.groups?.noCity ? { summary, dateline, datelineWithoutCity: true } : { summary, dateline };
    }
  }
  return cityUnderDatedLetterhead(doc, paragraphs) ?? { summary: paragraphs[0] };
}

/** A city opening the paragraph, closed by a separator: "**SEATTLE, WA** – Today, …". */
const CITY_LEAD = new PrefixRegExp(`^\\s*${PLACE}\\s*${SEP}`, 200);
/** A letterhead's date field: "**Date:** September 1, 2026", "**FOR IMMEDIATE RELEASE — June 8, 2026**". */
const DATE_FIELD = new RegExp(`^\\W*(?:(?:Date|DATE|Release date|Released)\\W*:|(?:FOR IMMEDIATE RELEASE|[Ff]or [Ii]mmediate [Rr]elease)\\W+)\\W*${REAL_DATE}`);

/**
 * A dateline split in two: the letterhead's "Date:" field (or the wire line's date) gives the date and the summary opens
 * with the city ("**Date:** September 1, 2026" … "**SEATTLE, WA** – Today, …").
 */
function cityUnderDatedLetterhead(doc: DocView, paragraphs: readonly PrParagraph[]): FoundDateline | undefined {
  for (const summary of paragraphs.slice(0, 3)) {
    const match = CITY_LEAD.exec(summary.unit.masked);
    const firstLine = summary.block.startLine;
    if (!match || !doc.lines.slice(Math.max(0, firstLine - 12), firstLine).some((line) => DATE_FIELD.test(line))) continue;
    const lead = match[0].length - match[0].trimStart().length;
    return { summary, dateline: doc.rangeIn(summary.block, summary.unit.start + lead, summary.unit.start + match[0].trimEnd().length) };
  }
  return undefined;
}
