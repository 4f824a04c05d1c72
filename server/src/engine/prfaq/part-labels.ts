// Part labels: a heading or bold lead-in that names the press-release part below it
// ("## The problem", "**Customer quote:** …", "[Solution: how it works]"), and the per-unit facts
// the outline reads from them.

import type { AnalyzedBlock, ProseUnit } from '../analysis';
import { memoize } from '../memo';
import { bracketedSpans } from '../text';
import { unitText } from './text';
import type { PartLabel } from './types';

interface LabelEntry {
  label: PartLabel;
  why: string;
  /** Matched against the lower-cased title without a trailing ':' or '.'. */
  pattern: RegExp;
}

/** The first entry that matches wins. */
const PART_LABELS: readonly LabelEntry[] = [
  { label: 'headline', why: '"Headline", "Title" labels',
    pattern: /^(?:the\s+)?(?:headline|heading|title)$/ },
  { label: 'subheading', why: '"Subheading", "Subtitle", "Tagline"',
    pattern: /^(?:the\s+)?(?:sub-?head(?:ing|line|er)?|subtitle|tagline)$/ },
  { label: 'pressRelease', why: '"Press release", "Draft press release"',
    pattern: /^(?:the\s+)?(?:draft\s+)?press release$/ },
  { label: 'summary', why: '"Summary", "Intro", "Dateline", "Lede", a student template\'s "Hook: …"',
    pattern: /^(?:the\s+)?(?:summary|intro(?:duction)?|overview|announcement|dateline|opening|summary paragraph|lede|lead paragraph)$|^(?:the\s+)?hook(?:\s*[:—–-]\s.*)?$/ },
  { label: 'problem', why: '"The problem", "Pain points", "Why now"',
    pattern: /^(?:the\s+)?(?:customer(?:'s|’s)?\s+)?(?:problem|problems|pain(?:\s+points?)?|challenge|opportunity|need|status quo)(?:\s+statement)?$|^why (?:it matters|this matters|now)$|^(?:the\s+)?problem\b/ },
  { label: 'solution', why: '"Solution", "How it works", "The product"',
    pattern: /^(?:the\s+)?(?:solution|our solution|how it works|what it does|the product|product|approach|our approach|the answer)$|^(?:the\s+)?solution\b/ },
  { label: 'leaderQuote', why: '"Leader quote", "Quote from the CEO"',
    pattern: /^quote from (?:you|me|us|the (?:company|leader|spokesperson|executive)|a (?:company )?(?:leader|spokesperson|executive))$|\b(?:leader(?:ship)?|executive|exec|company|ceo|founder|spokesperson|internal)\s+quotes?\b|^(?:a\s+)?(?:quote\s+)?from\s+(?:the|our)\s+(?:ceo|founder|leader|gm|general manager|vp|team)\b|^(?:leader|spokesperson)$/ },
  { label: 'customerQuote', why: '"Customer quote", "Testimonials", "In their own words"',
    pattern: /\b(?:customer|client|user|partner)\s+(?:quotes?|testimonials?|voices?|perspective|story|stories)\b|^testimonials?$|^what (?:customers|users|our customers) (?:are )?say(?:ing)?$|^in (?:their|the customer'?s?|customers’) (?:own )?words$|^quote from a (?:customer|user|client)$/ },
  { label: 'quotes', why: '"Quotes", "What people say"',
    pattern: /^(?:the\s+)?quotes?$|^what (?:they|people) (?:are )?say(?:ing)?$/ },
  { label: 'gettingStarted', why: '"Getting started", "How to start", "Setup", "Usage"',
    pattern: /^(?:getting started|get started|how to (?:get started|start|begin|sign up|use it)|how to get started|how (?:to|do i|do you) start|how to get started|setup|set-?up|usage|installation|install|quick ?start|how (?:it|this) works for customers|customer experience|the experience)$/ },
  { label: 'callToAction', why: '"Call to action", "Availability", "Learn more"',
    pattern: /^(?:(?:the\s+)?call to action|closing(?:,? and| &) call to action|closing|cta|learn more|availability|pricing(?: and|,|\s*&)? availability|availability(?: and|\s*&) pricing|how to get (?:it|started)|where to (?:get|buy|find) (?:it|\w+)|next steps|try it(?: now| today)?|get it(?: now| today)?|find out more|more information|for more information|sign up)$/ },
  { label: 'limitations', why: '"Limitations", "Known issues", "Out of scope": the product\'s limits, not the customer\'s problem',
    pattern: /^(?:(?:current|known)\s+)?(?:limitations?|caveats?|known issues|non-?goals|out of scope|what(?: it|'s| is) not (?:included|supported|covered)|what it (?:does not|doesn’t|doesn't) do)$/ },
  { label: 'about', why: '"About Acme", "About the author": the boilerplate on who makes it, not who it is for',
    pattern: /^about (?!(?:this|the) (?:product|release|document|feature)\b)[\w&.,’' -]{2,40}$/ },
];

/** Which part a heading title labels, if it is a part label rather than a headline. */
export function labelOf(title: string): PartLabel | undefined {
  const t = title.replace(/[:.]\s*$/, '').trim().toLowerCase();
  return PART_LABELS.find((entry) => entry.pattern.test(t))?.label;
}

/** The part a heading labels (cached per block). */
export const headingLabel = memoize((a: AnalyzedBlock): PartLabel | undefined => labelOf(a.headingText));

/** "Headline: …", "**Subheading:** …": a line that labels the text after it. */
export const LABEL_LINE = /^\s*(?:\*\*|__)?\s*(headline|heading|header|title|sub-?head(?:ing|line|er)?|subtitle|tagline)\s*:\s*(?:\*\*|__)?\s*/i;

export interface UnitFacts {
  /** Prose after any label lead-in ("**Problem:** …" → "…"). */
  text: string;
  /** Holds prose worth reading (not empty, not "FOR IMMEDIATE RELEASE"). */
  prose: boolean;
  /** "**Subheading:** …" */
  subheadingLabel: boolean;
  /** The part a lead-in names ("**Problem:**", "Customer quote:"). */
  label?: PartLabel;
}

/** What a press-release unit's lead-in or placeholder says about its part (cached per unit). */
export const unitFacts = memoize((unit: ProseUnit): UnitFacts => {
  const text = unitText(unit);
  const lead = LABEL_LINE.exec(unit.source);
  const subheadingLabel = !!lead && /^sub/i.test(lead[1]);
  const label = subheadingLabel ? undefined : inlineLabel(unit.masked) ?? placeholderLabel(text);
  return {
    text: subheadingLabel || label ? text.replace(/^[^:]*:\s*/, '') : text,
    prose: /[A-Za-z0-9]/.test(text) && !/^for immediate release\.?$/i.test(text),
    subheadingLabel,
    label,
  };
});

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

