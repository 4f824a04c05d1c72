// A customer quote that cannot carry the weight a customer quote carries: its speaker is
// nobody in particular ("said a director at a large bank", "a customer said", "— Happy
// customer"), or someone on the launching team speaks as the customer ("said Ana Ruiz, product
// manager at Shelfwise").
//
// Steps: the press release's quotes the model reads as the customer's (engine/prfaq/parts/speakers.ts); the
// speaker's words in each, or on the attribution line below (engine/prfaq/features/speaker.ts, which
// also says whether they name anybody in particular); then whether the speaker is on the team.

import type { DocumentRule } from '../../engine/rule';
import { isAnonymousSpeaker, speakerWords, unitFeatures, type AnnouncerNames, type PrfaqModel, type PrParagraph } from '../../engine/prfaq';
import { writtenModel } from './shared';

/** Roles on the team that builds and launches the product. */
const TEAM_ROLE =
  /\b(?:engineer(?:ing)?|developer|designer|product (?:manager|lead|owner|marketing)|program manager|project manager|PM|(?:co-?)?founder|CEO|CTO|COO|CFO|CPO|CMO|VP|vice president|head of|director of|general manager|employee|intern|researcher|data scientist|team lead|architect|marketer|spokes(?:person|woman|man)|leads? the)\b/;
/** Said of the team itself: "who built it", "on our team". "On the Refunds team" is not: an internal tool's customers are other teams. */
const TEAM_WORDS = /\b(?:our|we)\b|\bwho (?:built|designed|created|developed|launched|helped (?:build|design|create))\b/i;
/** A role's organisation: "product manager at Ledgerline", "CEO of Ledgerline". */
const ROLE_ORG = /^[\s,]*(?:(?:at|of|from|with|on|for)\s+(?:the\s+)?)([\p{L}][\p{L}\p{N}’'-]*)/u;
/** The speaker uses the product as a customer: the company's name here is what they use, not where they work. */
const USES = /\b(?:customers?|users?|clients?|subscribers?|members?|uses|used|using|tried|piloted|signed up)\b/i;

interface Speaker {
  paragraph: PrParagraph;
  /** Offsets of the speaker's words in the paragraph's block. */
  start: number;
  end: number;
  text: string;
}

/** The speaker's words of a quote paragraph, or of the attribution line below it. */
function speakerOf(paragraph: PrParagraph, next: PrParagraph | undefined): Speaker | undefined {
  for (const p of next && unitFeatures(next.unit).attributionLine ? [next, paragraph] : [paragraph]) {
    const found = speakerWords(p.unit.masked);
    if (found) return { paragraph: p, start: p.unit.start + found.offset, end: p.unit.start + found.offset + found.text.length, text: found.text };
  }
  return undefined;
}

/** Why a speaker is not a usable customer voice, or undefined. */
export function weakSpeaker(speaker: string, names: Pick<AnnouncerNames, 'words'>): string | undefined {
  const text = speaker.replace(/\s+/g, ' ').trim();
  if (/[[\]{}<>]/.test(text)) return undefined; // a slot: style/placeholder's
  if (isAnonymousSpeaker(text)) return 'anonymous';
  if (USES.test(text)) return undefined;
  if (TEAM_WORDS.test(text) || roleAtUs(text, names)) return 'team';
  return undefined;
}

/** A team role at the launching company: "product manager at Ledgerline", "Ledgerline's head of design". */
function roleAtUs(text: string, names: Pick<AnnouncerNames, 'words'>): boolean {
  const ours = (word: string | undefined) => !!word && names.words.has(word.toLowerCase().replace(/[’']s$/, ''));
  for (const m of text.matchAll(new RegExp(TEAM_ROLE.source, 'g'))) {
    if (ours(ROLE_ORG.exec(text.slice(m.index + m[0].length))?.[1])) return true;
    const before = /([\p{L}][\p{L}\p{N}-]*)(?:[’']s)?\s+(?:[\p{L}-]+\s+)?$/u.exec(text.slice(0, m.index));
    if (ours(before?.[1])) return true;
  }
  return false;
}

/** The press release's customer quotes: those the model reads as a customer's, and the one under a "Customer quote" label. */
function customerQuotes(model: PrfaqModel): PrParagraph[] {
  const found = (model.parts.quotes ?? []).filter((q) => q.kind === 'customer').map((q) => q.paragraph);
  const labelled = model.parts.customerQuote;
  if (labelled && !found.includes(labelled)) found.push(labelled);
  return found;
}

export const weakCustomerQuote: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/weak-customer-quote',
    description: 'A customer quote from nobody in particular ("said a director at a large bank", "a customer said", "— Senior DevOps Engineer") or from a member of the launching team.',
    rationale:
      'The customer quote tests whether the benefit is real to one specific person. An anonymous speaker can say anything, and a quote from the team building the product is the company praising itself; either way the reviewer learns nothing about the customer.',
    howToFix: 'Quote one named (hypothetical) customer with their role and where they work or live ("said Maria Lopez, owner of Lopez Books in Tucson"), describing what changed for them, with a number.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: false,
    kinds: ['prfaq'],
    draft: 'quiet',
    examples: {
      bad: '“Reordering used to take my Sunday,” said a bookstore owner in Arizona.',
      good: '“Reordering used to take my Sunday; now it takes ten minutes on Monday,” said Maria Lopez, owner of Lopez Books in Tucson.',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model) return;
    const paragraphs = model.paragraphs;
    for (const paragraph of customerQuotes(model)) {
      const next = paragraphs[paragraphs.indexOf(paragraph) + 1];
      const speaker = speakerOf(paragraph, next);
      if (!speaker) continue;
      const why = weakSpeaker(speaker.text, model.names);
      if (!why) continue;
      const shown = speaker.text.length > 50 ? `${speaker.text.slice(0, 47)}…` : speaker.text;
      report({
        range: doc.rangeIn(speaker.paragraph.block, speaker.start, speaker.end),
        message:
          why === 'anonymous'
            ? `The customer quote is from "${shown}": nobody in particular. Quote one named customer, with their role and where they work or live.`
            : `The customer quote is from "${shown}", on the launching team: that is the company speaking. Quote a named customer instead.`,
      });
    }
  },
};
