// An FAQ answer that is there but does not answer: "Yes." to a question that asks what or how,
// a deferral ("Will be available later", "We will figure this out"), or a question given back
// as the answer. Empty and placeholder answers are faq/unanswered's; a short real answer to a
// yes/no question ("No.", "Yes, from May 1, 2027.") is an answer.
//
// Each verdict is a named step (a bare yes/no to an open question; a deferral; a question or a
// shrug as the whole answer), checked in that order on the answer's visible text.

import type { DocumentRule } from '../../engine/rule';
import { placeholderIn, visibleText } from './placeholder-answer';

/** Words that open a question asking for content, not for a yes or a no. */
const OPEN_QUESTION = /^(?:what|how|why|when|where|who|whom|whose|which)\b/i;
/** "What about iOS?" and "How about a trial?" ask whether, so "Yes." can answer them. */
const ASKS_WHETHER = /^(?:what|how) about\b/i;
/** Openers a question may carry before its question word ("So, how…", "And why…"). */
const LEAD_IN = /^(?:(?:and|but|so|ok|okay|also|then|finally|lastly)\b[,\s]*)+/i;

/** A reply that is only an assent or a refusal, with nothing after it. */
const BARE_YES_NO = /^(?:yes|no|yep|yeah|yup|nope|nah|sure|of course|absolutely|definitely|certainly|correct|right|maybe|possibly|perhaps|not really|not yet)[.!]*$/i;

// Deferrals: the answer says the answer will come later. Each entry: the pattern, and why it
// does not answer. A deferral with a date or a number in it ("decided by June 2027, after the
// pilot") says when, and is left alone; so is a long answer that defers only a detail.
const DEFERRALS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /\b(?:will be|to be|is being|are being|gets?|get) (?:available|decided|determined|defined|shared|announced|provided|added|published|confirmed|finali[sz]ed|clarified|worked out|figured out|discussed|addressed|covered|detailed|specified|released) (?:later|afterwards|in (?:the )?future|at a later (?:date|time|stage|point)|in (?:a |the )?(?:later|future|next|subsequent) (?:release|version|phase|iteration|document|update)|down the (?:road|line)|in due course|(?:at|with|closer to|nearer to|before) (?:GA|general availability|(?:the )?launch))\b/i,
    why: 'it puts the answer off to later',
  },
  { pattern: /\b(?:we|i|the team)(?: will|'ll|’ll| are going to| shall)? (?:figure|work|sort|find|hash|iron) (?:this|that|it|these|those)(?: all)? out\b/i, why: 'it says the answer is still to be found' },
  { pattern: /\b(?:we|i)(?: will|'ll|’ll)? (?:decide|determine|see|think about (?:it|this|that)|look into (?:it|this|that)|revisit (?:it|this|that))(?: (?:later|afterwards|in (?:the )?future|at a later (?:date|time|stage|point)|when we get there|down the (?:road|line)))\b/i, why: 'it puts the decision off to later' },
  { pattern: /\b(?:details|more(?: details| information)?|specifics|an answer) (?:to|will) (?:follow|come)(?: later)?\b/i, why: 'it promises the answer instead of giving it' },
  { pattern: /\b(?:still|currently) (?:being|under) (?:discussed|discussion|decided|evaluated|evaluation|review|reviewed|worked out|investigated|investigation|considered|consideration)\b/i, why: 'it says the answer is not decided' },
  { pattern: /\b(?:we|i) (?:do not|don't|don’t) (?:know|have an answer)(?: yet| at this (?:time|point|stage))?\b/i, why: 'it says the answer is not known' },
  { pattern: /\b(?:not|yet to be) (?:(?:yet|been) )?(?:decided|determined|defined|finali[sz]ed|known|settled|agreed)(?: yet)?\b/i, why: 'it says the answer is not decided' },
];
/** A deferral is the whole answer only in a short answer. */
const DEFERRAL_MAX_WORDS = 20;
/** At most this many words (a subject) before the deferral. */
const DEFERRAL_MAX_LEAD = 5;

/** A shrug as the whole answer. */
const SHRUG = /^(?:(?:a |that'?s a |that’s a )?(?:good|great|fair) question|(?:i'?m |we'?re |i’m |we’re )?not sure(?: yet)?|unclear(?: (?:yet|for now|at this (?:time|point|stage)))?|(?:it )?depends|who knows|hard to say|we'?ll see|we’ll see)[.!]*$/i;
/** A question given back as the answer: short, and every sentence asks. */
const QUESTION_ANSWER_MAX_WORDS = 40;

/** The sentences of a question: "How much is it? Is there a trial?" has two. */
function questionSentences(question: string): string[] {
  return question
    .split(/(?<=[?])\s+/)
    .map((s) => s.replace(LEAD_IN, '').trim())
    .filter(Boolean);
}

/** Whether every sentence of the question asks what/how/why/when/where/who/which (so a bare yes or no cannot answer it). */
export function asksOpenQuestion(question: string): boolean {
  const sentences = questionSentences(question);
  return sentences.length > 0 && sentences.every((s) => OPEN_QUESTION.test(s) && !ASKS_WHETHER.test(s));
}

/** Why an answer does not answer its question, or undefined when it answers (or is empty: faq/unanswered's). */
export function whyNotAnAnswer(question: string, answerSource: string): string | undefined {
  if (!answerSource.trim() || placeholderIn(answerSource) !== undefined) return undefined;
  const text = visibleText(answerSource);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (BARE_YES_NO.test(text)) return asksOpenQuestion(question) ? `the question asks ${askedWord(question)}, and "${text}" does not say ${askedWord(question)}` : undefined;
  if (SHRUG.test(text)) return 'it does not answer';
  if (words <= DEFERRAL_MAX_WORDS && !/\d/.test(text)) {
    for (const { pattern, why } of DEFERRALS) {
      const m = pattern.exec(text);
      // The deferral is the answer only when it opens it: "Clover support will be available later"
      // after "Square and Lightspeed at launch;" defers a detail of a real answer.
      if (m && isOpening(text.slice(0, m.index))) return why;
    }
  }
  if (words <= QUESTION_ANSWER_MAX_WORDS && isOnlyQuestions(text)) return 'it is a question, not an answer';
  return undefined;
}

/** Words before a deferral that still make it the answer's opening: a subject ("Pricing", "That"), no clause of its own. */
function isOpening(before: string): boolean {
  return !/[;:.!?]/.test(before) && before.split(/\s+/).filter(Boolean).length <= DEFERRAL_MAX_LEAD;
}

/** "what", "how", … — the word the question asks with, lower case. */
function askedWord(question: string): string {
  const first = questionSentences(question)[0] ?? '';
  return (/^\w+/.exec(first)?.[0] ?? 'what').toLowerCase();
}

/** Every sentence ends with a question mark ("Should we charge per seat or per store?"). */
function isOnlyQuestions(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => /[\p{L}\p{N}]/u.test(s));
  return sentences.length > 0 && sentences.every((s) => /\?["”')\]]*$/.test(s.trim()));
}

function shown(text: string): string {
  const plain = visibleText(text);
  return plain.length > 60 ? `${plain.slice(0, 57)}…` : plain;
}

export const nonAnswer: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'faq/non-answer',
    description: 'An FAQ answer that does not answer: "Yes." alone to a what/how/why question, a deferral ("Will be available later", "We will figure this out"), or a question given as the answer.',
    rationale:
      'A reader who reaches the answer and finds "Yes." to "How will we price it?" or "To be decided later" learns the thinking is not done, as with an empty answer, but the FAQ looks complete at a glance, so the gap survives to the review.',
    howToFix:
      'Answer what was asked. If the answer is truly not known yet, say what you will do to find it, who owns that, and by when ("We will set the price after the 8-week pilot ends on June 30, 2027; owner: Priya").',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: false,
    kinds: ['prfaq'],
    draft: 'quiet',
    examples: {
      bad: '### How will we price it?\n\nYes.\n\n### When will Android be supported?\n\nWill be available later.',
      good: '### How will we price it?\n\n$9 a month per store; the first 30 days are free.\n\n### Is there an Android app?\n\nNo. Android follows in March 2028.',
    },
  },
  check(doc, _options, report) {
    for (const qa of doc.prfaq.qa) {
      const why = whyNotAnAnswer(qa.question, qa.answerSource);
      if (why === undefined) continue;
      report({
        range: qa.questionRange,
        message: `The answer to "${qa.question}" ("${shown(qa.answerSource)}") does not answer it: ${why}. Answer what was asked, or say how and by when you will find the answer.`,
      });
    }
  },
};
