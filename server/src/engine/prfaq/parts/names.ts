// The announcing company's and product's names, read from the summary ("Acme today launched
// Falcon"), else the headline and title: to tell the company's own people and trouble apart.

import type { ProseUnit } from '../../analysis';
import { memoize } from '../../memo';
import { plain } from '../../text';
import { DATELINE } from '../dateline';
import { GENERIC_ORG_WORD } from '../features/quotes';
import type { AnnouncerNames, PrParagraph } from '../types';

const ANNOUNCER =
  /^(.{0,120}?)\b(?:today\s+)?(?:announced|announces|launched|launches|introduced|introduces|unveiled|unveils|released|releases|is launching|is introducing|debuted|rolled out|opened|made available|went live with|is opening)\b\s*(.{0,80})/i;
/** In the summary only: "The City of Boston today moved renewals online", "Boomerang today began picking up…". */
const TODAY_VERB = /^(.{0,120}?)\btoday\s+(?:[a-z]{3,}ed|began|begins|brought|brings|made|makes|put|puts|set|sets|opens|offers|adds|starts|expands|is [a-z]+ing|rolls out)\b\s*(.{0,80})/i;
const NOT_A_NAME = /^(?:today|when|while|if|as|after|before|since|because|once|the|a|an|introducing|new|now|our|we|with|for|announcing|this|in|on|at|and|its|it|by|from|to|of|seattle|customers?|all|every|starting|beginning|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

const NAME_RUN = /[A-Z][\w&’'-]*(?:\s+(?:(?:of|and|&|for|the|de|du)\s+)*[A-Z][\w&’'-]*)*$/;

/** Names the announcing company and product go by, from the summary (else the headline and title). */
/** A paragraph's announcing sentence, read once per unit (the opening paragraphs are read on every lint). */
const announcementIn = memoize((unit: ProseUnit) => {
  const dateline = DATELINE.exec(unit.masked);
  const text = plain(dateline ? unit.masked.slice(dateline[0].length) : unit.masked);
  return { dateline: !!dateline, announcer: ANNOUNCER.exec(text), todayVerb: TODAY_VERB.exec(text) };
});

export function announcerNames(paragraphs: readonly PrParagraph[], headlineText: string, titleText: string | undefined): AnnouncerNames {
  const names: AnnouncerNames = { words: new Set(), phrases: [], company: new Set(), makers: new Set() };
  const add = (text: string) => {
    for (const run of text.match(/[A-Z][\w&-]*(?:[’']s)?(?:\s+[A-Z][\w&-]*(?:[’']s)?)*/g) ?? []) {
      const words = run
        .split(/\s+/)
        .map((w) => w.replace(/[’']s$/, ''))
        .filter((w) => !NOT_A_NAME.test(w) && !/^[A-Z]{2,}$/.test(w));
      const distinctive = words.filter((w) => !GENERIC_ORG_WORD.test(w));
      for (const w of distinctive) names.words.add(w.toLowerCase());
      if (distinctive.length > 0) names.phrases.push(words.map((w) => w.toLowerCase()));
    }
  };
  // The first three: a dateline on a line of its own and a one-line hook may come before the announcement.
  for (const [index, paragraph] of paragraphs.slice(0, 3).entries()) {
    const read = announcementIn(paragraph.unit);
    const m = read.announcer ?? (index === 0 || read.dateline ? read.todayVerb : null);
    if (m) {
      // The company is the name just before the verb; the product the name just after it.
      // "Greenleaf Systems has" → "Greenleaf Systems"; "Liatrio, an enterprise consultancy," → "Liatrio".
      const subject = m[1].trim().replace(/,\s+(?:an?|the)\s[^,]*,$/i, '').replace(/(?:[\s,]+[a-z]+)+$/, '');
      const company = NAME_RUN.exec(subject)?.[0] ?? '';
      add(company);
      for (const w of company.toLowerCase().split(/\s+/)) if (w.length > 2 && !/^(?:the|and|for|of)$/.test(w)) names.company.add(w.replace(/[’']s$/, ''));
      add(/^\s*(?:(?:the|a|an|its|their|new)\s+)*([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)/.exec(m[2])?.[1] ?? '');
    }
  }
  for (const paragraph of paragraphs) for (const w of makersIn(paragraph.unit)) names.makers.add(w);
  if (names.phrases.length === 0) {
    const headWord = /^\s*([A-Z][\w&-]+)/.exec(headlineText);
    if (headWord) add(headWord[1]);
  }
  add(titleText?.replace(/pr\s*[/&+-]?\s*faqs?|press release|project|working backwards/gi, '') ?? '');
  return names;
}

const PERSON = String.raw`[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zà-ÿ’'-]+`;
/** "Co-founded by Jane Doe, Sam Lee and others", "built by Jane Doe": the people behind the product. */
const MADE_BY = new RegExp(String.raw`\b(?:co-?founded|founded|created|built|developed|written|designed|started|maintained) by\s+((?:${PERSON})(?:(?:,\s*|,?\s+and\s+)(?:${PERSON}))*)`, 'g');

/** Lower-case words of the people a paragraph says made the product (cached per unit). */
const makersIn = memoize((unit: ProseUnit): string[] => {
  const words: string[] = [];
  for (const m of plain(unit.masked).matchAll(MADE_BY)) words.push(...m[1].split(/[\s,]+/).filter((w) => /^[A-Z]/.test(w) && !/\.$/.test(w)).map((w) => w.toLowerCase()));
  return words;
});

export function mentions(tokens: Set<string>, names: AnnouncerNames): boolean {
  return names.phrases.some((phrase) => phrase.every((w) => tokens.has(w)));
}


/** "This new telemetry system …", "The new app …": a paragraph that opens on the product just announced. */
const OPENS_ON_PRODUCT = /^\W*(?:this|the) new\s+(?:[\w-]+\s+){0,2}?(?:system|app|application|tool|feature|service|product|platform|engine|extension|release|version|library)\b/i;

export function opensOnProduct(text: string): boolean {
  return OPENS_ON_PRODUCT.test(text);
}
