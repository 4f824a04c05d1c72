// Template text left in: a prompt the template gave the writer, kept as a heading or a sentence
// ("## Quote a leader to capture the value…", "Describe the problem your product solves."),
// or an angle-bracket slot ("<Product name>", "<Company> today announced…").
//
// Steps, each a small named check:
// 1. A sentence (or a heading) that opens with a verb the template says to the writer
//    ("describe", "explain", "quote", "summarize"…), after an optional part label
//    ("Problem – Describe…"), whose object is a part of the document (the problem, the
//    benefit, your product, a leader, a quote…). A verb a customer also hears in a how-it-works
//    paragraph ("Name the product, set a price") counts only with a template's own marks
//    ("here", "in one sentence", "i.e."). A sentence about something else ("Describe your
//    symptoms to the nurse", "Explain the charges to your customers") is prose.
//    An instruction followed by what the product then does ("Describe your problem, and
//    Careline routes the call") is a customer's step.
// 2. A short "<part> here" line ("Your headline here", "Insert the customer quote here",
//    "Describe it here").
// 3. Phrases only a template says to its writer ("Wrap it up and give pointers…", "One
//    sentence describing who the customer is").
// 4. An angle-bracket slot: words in <…> that name what goes there, outside code; HTML tags
//    and autolinks are not slots. Square-bracket slots ("[Company]") are style/placeholder's; a
//    bracket that opens an instruction and closes sentences later ("[Describe what a customer
//    has to do… Go into enough detail.]") is read as step 1.

import type { ProseUnit } from '../../engine/analysis';
import type { BlockFinding, BlockRule } from '../../engine/rule';

/** Verbs a template says to its writer, and that no press release says to its reader. */
const WRITER_VERBS = 'describe|explain|summari[sz]e|outline|articulate|elaborate(?: on)?|highlight|specify|state|quote';
/** Verbs a template says, that a how-it-works paragraph may also say to the customer: they need a template's own marks. */
const SHARED_VERBS = 'name|give|list|provide|include|insert|add|write|mention|share|enter|introduce|capture|define|paste|fill in|tell|put|use';

/** Parts of a PR/FAQ or memo a template asks for. */
const PART =
  String.raw`(?:customer'?s?|customers'|target customer'?s?|user'?s?)?\s*(?:problems?|pain(?: points?)?|benefits?|solution|value(?: proposition)?|opportunit(?:y|ies))` +
  String.raw`|(?:your|the|this|our) (?:new )?(?:product|service|offering|feature|launch|announcement|idea|proposal|initiative)(?:'?s)?(?: name)?` +
  String.raw`|(?:a |the |your )?(?:hypothetical |happy |target |ideal )?(?:customer|spokesperson|leader|executive|company leader|senior leader|stakeholder)s?(?:'?s)?` +
  String.raw`|(?:a |the |your )?(?:customer |leader |leadership |executive |spokesperson )?(?:quote|testimonial|headline|sub-?heading|sub-?headline|summary|call to action|tagline|elevator pitch)s?` +
  String.raw`|(?:the |your )?(?:target )?market|(?:the |your )?(?:main |key |most important )?(?:benefits?|outcomes?|goals?|tenets?|risks?|asks?|next steps)` +
  String.raw`|how (?:easy it is|to get started|it works|the (?:product|service) works|your (?:product|service)|the customer|customers)` +
  String.raw`|(?:who|what|why|how) (?:the|your|this) (?:customer|product|service|market|problem|launch)`;
const VERB_WITH_PART = new RegExp(String.raw`^(?:${WRITER_VERBS})\b(?:\s+(?:briefly|clearly|concisely|here|below|how|why|what|who|where|when|in \w+ words|in (?:one|two|three|a few|\d) (?:sentences?|paragraphs?|lines?)|the|a|an|your|a short|a brief|one|two|three|in detail|(?:the|a) (?:specific|concrete|clear|short|brief)))*\s+(?:${PART})\b`, 'i');
const SHARED_VERB_WITH_PART = new RegExp(String.raw`^(?:${SHARED_VERBS})\b.{0,60}?\b(?:${PART})\b`, 'i');
/** Marks of a template's instruction: where to write, how long, what it means. */
const TEMPLATE_MARK = /\b(?:here|below|above|in (?:one|two|three|a few|\d) (?:sentences?|paragraphs?|lines?|words?)|in this (?:section|paragraph|space)|(?:one|two|\d) sentences? only|i\.e\.|e\.g\.|for example)\b|\.{3}|…|\(\s*(?:optional|required)\s*\)/i;
/** A label before the prompt: "Problem – Describe…", "Customer Quote: Provide…". */
const LABEL = /^(?:[\p{L}][\p{L}'’/&-]*(?:\s+[\p{L}][\p{L}'’/&-]*){0,5})\s*(?:[–—:]|\s-)\s+/u;
/** A label that names a template's part: itself a template's mark. */
const PART_LABEL =
  /^(?:heading|headline|sub-?heading|sub-?headline|summary|intro(?:duction)?|problem|solution|quote from (?:you|a leader|the company|a customer)|(?:customer|leader|leadership|executive|company|spokesperson) quote|how to get started|getting started|(?:closing and )?call to action|closing|dateline|tenets|goals|risks|next steps|benefits?)\s*(?:[–—:]|\s-)\s+/i;
/** A short "<part> here" line: "Your headline here", "Insert the customer quote here". */
const PART_HERE = new RegExp(String.raw`^(?:(?:${WRITER_VERBS}|${SHARED_VERBS})\s+)?(?:(?:your|the|a|an|our)\s+)?(?:${PART}|product name|company name|text|paragraph|description|content|answer|question|date|city|image|screenshot|diagram|title)\s+(?:goes\s+)?here\b[.!:…]*$`, 'i');

/** "Describe it here.", "Explain this below." */
const PRONOUN_HERE = new RegExp(String.raw`^(?:${WRITER_VERBS}|${SHARED_VERBS})\s+(?:it|this|them|that)\s+(?:here|below)\b[.!:…]*$`, 'i');

// Phrases only a template says to its writer, each with where it comes from.
const TEMPLATE_PHRASES: { pattern: RegExp; source: string }[] = [
  { pattern: /\bwrap it up and give pointers\b/i, source: 'the PR/FAQ template\'s "Closing and Call to Action" prompt' },
  { pattern: /\bassume the reader will not read anything else\b/i, source: 'the PR/FAQ template\'s "Summary" prompt' },
  { pattern: /\bname the product in a way the reader\b/i, source: 'the PR/FAQ template\'s "Heading" prompt' },
  { pattern: /\bone sentence only underneath the title\b/i, source: 'the PR/FAQ template\'s "Sub-Heading" prompt' },
  { pattern: /\bdescribes? how they experienced the benefit\b/i, source: 'the PR/FAQ template\'s "Customer Quote" prompt' },
  { pattern: /\b(?:a )?quote from a spokesperson in your company\b/i, source: 'the PR/FAQ template\'s "Quote from You" prompt' },
  { pattern: /^(?:one|a|two|three|1|2|3) (?:short )?(?:sentences?|paragraphs?|lines?) (?:that |which )?(?:describ|summari[sz]|explain|stat|about |on |with )/i, source: 'a template\'s note on how long a part is ("One sentence describing who the customer is")' },
];

/** What follows an instruction to a customer: "Describe the problem, and Careline routes the call". */
const RESULT_CLAUSE = /,?\s+(?:and|then)\s+(?:it|we|they|our [a-z]+|the [a-z]+|[A-Z][\w-]+)\s+(?:will\s+|can\s+|then\s+)?[a-z]{3,}s\b/;

/** A prompt is short: a sentence of more words than this is the writer's own prose. */
const MAX_PROMPT_WORDS = 30;

/** Words inside <…> that name what goes there. */
const SLOT_WORD = /\b(?:name|title|date|city|company|customer|product|feature|service|number|link|url|quote|price|amount|metric|percent(?:age)?|value|owner|location|year|month|partner|brand|region|country|spokesperson|executive|leader|benefit|problem|solution|headline|summary|insert|add|enter|fill|placeholder|your|tbd|x|n)\b/i;
/** HTML elements a Markdown writer uses; "<Summary>" or "<Details>" in capitals are still tags. */
const HTML_TAG = /^(?:a|abbr|b|blockquote|br|caption|cite|code|col|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|h[1-6]|hr|i|img|input|ins|kbd|li|mark|ol|p|picture|pre|q|s|samp|small|source|span|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|u|ul|var|video|audio|iframe|center|font|section|article|aside|header|footer|nav|main|label|button|select|option|textarea|form|svg|path|g|style|script)$/i;
const ANGLE_SLOT = /<([A-Za-z][\w '’,./&-]{0,60}?)>/g;

/** Offsets of code spans and HTML comments in a unit's source, where <…> is not the writer's text. */
function codeAndComments(source: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of source.matchAll(/(`+)[^`]*?\1|<!--[\s\S]*?(?:-->|$)/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Whether <inner> asks for a value rather than being an HTML tag or an autolink. */
export function isAngleSlot(inner: string): boolean {
  const text = inner.trim();
  if (/[:@=/]/.test(text) || /^\w+:/.test(text)) return false;
  const first = text.split(/\s+/)[0];
  if (!/\s/.test(text)) {
    // One word: a slot when it is capitalised or all caps and names a value ("<Company>", "<DATE>"), never a known tag.
    return !HTML_TAG.test(first) && /^[A-Z]/.test(first) && SLOT_WORD.test(first);
  }
  // Several words: a tag has attributes with "=", so words that name a value are a slot ("<Product name>").
  return !(HTML_TAG.test(first) && /^[a-z]/.test(first)) && SLOT_WORD.test(text);
}

/** The template prompt a sentence is, if any: why it reads as one. */
export function promptIn(sentence: string): string | undefined {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.split(' ').length > MAX_PROMPT_WORDS) return undefined;
  const body = text.replace(/^[-*+>\s]*(?:\d{1,3}[.)]\s+)?/, '');
  for (const { pattern } of TEMPLATE_PHRASES) if (pattern.test(body) || pattern.test(body.replace(LABEL, ''))) return 'template';
  if (RESULT_CLAUSE.test(body) && !TEMPLATE_MARK.test(body)) return undefined;
  const labelled = PART_LABEL.test(body);
  if (PRONOUN_HERE.test(body.replace(LABEL, ''))) return 'here';
  // "[Describe what a customer has to do… Go into detail.]": a bracket that spans sentences holds
  // an instruction, not a slot (a slot, "[Company]", closes in its sentence and is style/placeholder's).
  const unlabelled = body.replace(LABEL, '');
  const opened = /^\[/.test(unlabelled) && !unlabelled.includes(']') ? [unlabelled.slice(1)] : [];
  for (const candidate of [body, unlabelled, ...opened]) {
    if (PART_HERE.test(candidate)) return 'here';
    if (VERB_WITH_PART.test(candidate)) return 'prompt';
    if (SHARED_VERB_WITH_PART.test(candidate) && (labelled || TEMPLATE_MARK.test(candidate))) return 'prompt';
  }
  return undefined;
}

function promptFindings(unit: ProseUnit, out: BlockFinding[]): void {
  // A heading is one prompt; in a paragraph, each sentence is read on its own.
  const pieces = unit.kind === 'heading' || unit.sentences.length === 0 ? [{ start: unit.start, end: unit.end, text: unit.masked }] : unit.sentences;
  for (const piece of pieces) {
    const raw = piece.text;
    if (!/[\p{L}]/u.test(raw) || promptIn(raw.replace(/^#{1,6}\s+/, '')) === undefined) continue;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/^#{1,6}\s+/, '');
    const start = piece.start + lead + (raw.trim().length - trimmed.length);
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
    out.push({
      start,
      end: start + trimmed.length,
      message: `"${shown}" reads as a template's instruction to the writer, left in. Replace it with what it asks for, or delete it.`,
    });
  }
}

function slotFindings(unit: ProseUnit, out: BlockFinding[]): void {
  if (!unit.source.includes('<')) return;
  const code = codeAndComments(unit.source);
  for (const m of unit.source.matchAll(ANGLE_SLOT)) {
    if (code.some(([s, e]) => s <= m.index && m.index < e) || !isAngleSlot(m[1])) continue;
    const start = unit.start + m.index;
    out.push({ start, end: start + m[0].length, message: `"${m[0]}" is a template's slot, left in. Put in the real ${m[1].trim().toLowerCase()}.` });
  }
}

export const templateText: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/template-text',
    description: 'A template\'s instruction left in as text or a heading ("## Quote a leader to capture the value…", "Describe the customer\'s problem here") or an angle-bracket slot ("<Product name>").',
    rationale:
      'Template prompts left in tell the reviewer the document is a draft of a form, not a finished argument, and they hide which parts were never written. ' +
      'Square-bracket slots ("[Company]") are reported by style/placeholder.',
    howToFix: 'Replace the prompt with the text it asks for (the problem, the quote, the name), or delete it.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: false,
    kinds: ['prfaq', 'memo'],
    draft: 'count',
    examples: {
      bad: '## Quote a leader to capture the value of the launch\n\n<Company> today announced <Product name>. Describe the customer\'s problem here.',
      good: '## What Ada Park, head of retail, says\n\nShelfwise today announced Reorder Monday. Independent bookstores lose a week of sales when a bestseller runs out.',
    },
  },
  checkBlock(block) {
    const findings: BlockFinding[] = [];
    for (const unit of block.units) {
      promptFindings(unit, findings);
      slotFindings(unit, findings);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
