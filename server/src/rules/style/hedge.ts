import type { BlockFinding, BlockRule } from '../../engine/rule';
import { hasModal, hasNegation, isPlainClaim, negationNext } from '../shared/meaning';
import { removableSpan, removalEdit } from '../shared/phrases';

// "I think", "we believe", "we do not think": an opinion verb with the writer as subject. The
// word after it decides: "I think we should" hedges, "we think about customers" and "we
// believe in" don't.
const OPINION = /\b(I|[Ww]e)(?:['’]d|(?:\s+(?:really|still|personally|honestly|genuinely|strongly|do|does|did|would|also|not|don['’]t|didn['’]t)){1,2})?\s+(think|feel|believe|suspect|guess|suppose|reckon|argue|say|hope)\b(\s+[\w’']+)?/g;
// Fixed hedging phrases.
const PHRASES =
  /\b(?:in\s+(?:my|our)\s+(?:humble\s+)?(?:opinion|view)|my\s+(?:sense|feeling|gut\s+feeling|hunch)\s+is|my\s+gut\s+(?:says|tells\s+me)|it\s+(?:would\s+)?(?:seems?|seemed)(?:\s+to\s+(?:me|us))?|it\s+(?:would\s+)?appears?(?=\s+(?:that|as\s+if|as\s+though|to\s+be|likely)\b)|as\s+far\s+as\s+(?:I|we)\s+(?:know|can\s+tell)|if\s+I['’]m\s+not\s+mistaken|one\s+could\s+argue|it\s+could\s+be\s+argued)\b/gi;
// "X seems to work", "demand seems strong", "results appear to be": the claim is hedged.
const SEEMS =
  /\b(?:seems?|seemed)(?:\s+(?:to|like))?\b|\b(?:appears?|appeared)\s+to(?=\s+(?:be|have|work|show|suggest|help|prefer|want|need|like|improve|reduce|indicate|confirm|drive|cause|matter)\b)/gi;

const NOT_AFTER_THINK = new Set(['of', 'about', 'through', 'big', 'differently', 'hard', 'ahead', 'back', 'twice', 'long', 'small', 'outside', 'clearly']);
const NOT_AFTER_BELIEVE = new Set(['in', 'me', 'us', 'you', 'him', 'her', 'them']);
// "We hope such training can spread" wishes instead of claiming; "we hope to launch", "hope for",
// "I hope so" state a plan or a reply, not a softened claim.
const NOT_AFTER_HOPE = new Set(['to', 'for', 'so', 'not', 'you', 'this', 'that', 'it', '']);
// "This may not seem like much, but …": how a thing may look to the reader, not the writer's doubt.
const PERCEPTION_BEFORE = /\b(?:may|might|can|could)(?:\s+not)?\s+$|\b(?:can['’]t|cannot|couldn['’]t)\s+$/i;
// "The message appears to be about dinner plans, but it carries an attack": the writer sets how a
// thing looks against what it is, a contrast and not a hedge.
const CONTRAST_AFTER = /(?:,\s*|\s)(?:but|yet)\s/i;
// "feel" hedges only when a clause follows: "I feel that", "we feel the price is high".
const CLAUSE_AFTER_FEEL = new Set(['that', 'like', 'as', 'a', 'an', 'every', 'each', 'all', 'some', 'no', 'their', "we're", 'we’re', 'we', 'i', 'you', 'they', 'it', "it's", 'it’s', 'this', 'these', 'those', 'the', 'our', 'there', 'its', 'most', 'customers', 'users', 'people']);
// "why do we believe …", "what I think matters", "faster than we think": not a hedge.
const NOT_BEFORE = /\b(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|why|what|how|whether|if|than|who|when|where|whatever|unless)\s+$/i;

export const hedge: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/hedge',
    description: 'A hedge that softens a claim into an opinion or a wish ("I think", "we believe", "it seems", "we hope").',
    rationale:
      'Reviewers want claims they can test; a hedge signals the writer is unsure and invites the question "do you know, or do you think?" ' +
      '"We hope" before a clause ("we hope the program can spread") puts a wish where a plan belongs; "we hope to launch in May" states a plan and is left alone. ' +
      'Not hedges: how a thing may look to the reader ("this may not seem like much, but …") and an appearance set against the fact ("the message appears to be about dinner, but it carries an attack"). ' +
      'Opt-in: on the real-document corpus its precision is 0.65 on the tuning documents (49 findings, finding 0.65 of the labelled cases) and 0.00 on the ninth and tenth labelling rounds, held out (2), below the 0.9 a default rule needs: reviewers let many a "we believe" pass (a stated position, a concession, a character\'s voice).',
    howToFix:
      'Delete the hedge and state the claim plainly; if you are unsure, say what evidence you have and what you will do to confirm it. ' +
      'Fix all deletes a plain opinion marker before a full clause ("I think that X" → "X") in a sentence with no negation, limiter, condition, ' +
      'threshold, modal or question ("we think customers would pay" is not "customers would pay"), and capitalises only at a sentence start. ' +
      'Never "I think so", a hedge before an aside ("we believe, wrongly, that"), or a negated one: "we do not think X" is not "X", so that is left to you.',
    defaultSeverity: 'information',
    optIn: true,
    fixable: true,
    kinds: ['prfaq', 'memo'],
    draft: 'quiet',
    examples: {
      bad: 'I think independent bookstores will pay $29 a month.',
      good: 'In a 40-store pilot, 31 independent bookstores paid $29 a month.',
    },
    examplesByKind: {
      memo: {
        bad: 'We believe stores will probably adopt Shelf Sync within a year.',
        good: 'Nine of the 12 pilot stores kept Shelf Sync after the free month; we plan for 60% adoption in a year.',
      },
    },
  },
  checkBlock(block) {
    const findings: BlockFinding[] = [];
    for (const unit of block.units) {
      for (const sentence of unit.sentences) {
        const text = sentence.text;
        let plain: boolean | undefined;
        // Questions ask what the writer thinks; they don't hedge a claim.
        if (/\?\s*["”’)]*\s*$/.test(text)) continue;
        // The words just before a hit (every check before one looks back a word or two; reading
        // the whole prefix per hit is quadratic on a sentence of many hits).
        const before = (at: number) => text.slice(Math.max(0, at - 60), at);
        let lastContrast: number | undefined;
        const contrastAfter = (at: number) => {
          if (lastContrast === undefined) {
            lastContrast = -1;
            const all = new RegExp(CONTRAST_AFTER.source, 'gi');
            for (let c = all.exec(text); c; c = all.exec(text)) lastContrast = c.index;
          }
          return lastContrast >= at;
        };
        const add = (start: number, end: number) => {
          if (findings.some((f) => f.start < sentence.start + end && sentence.start + start < f.end)) return;
          findings.push(hedgeFinding(block.text, sentence.start + start, sentence.start + end, () => (plain ??= isPlainClaim(text))));
        };
        OPINION.lastIndex = 0;
        for (let m = OPINION.exec(text); m; m = OPINION.exec(text)) {
          const verb = m[2].toLowerCase();
          let next = (m[3] ?? '').trim().toLowerCase();
          // "We feel strongly that …": the word after the adverb decides.
          if (/^(?:strongly|firmly|really|genuinely|truly|honestly|sincerely)$/.test(next)) {
            next = (/^\s+([\w’']+)/.exec(text.slice(m.index + m[0].length))?.[1] ?? '').toLowerCase();
          }
          if (NOT_BEFORE.test(before(m.index))) continue;
          if (verb === 'think' && NOT_AFTER_THINK.has(next)) continue;
          if (verb === 'believe' && NOT_AFTER_BELIEVE.has(next)) continue;
          if (verb === 'feel' && !CLAUSE_AFTER_FEEL.has(next)) continue;
          if (verb === 'hope' && NOT_AFTER_HOPE.has(next)) continue;
          if (/argue|say/.test(verb) && !/(would|['’]d)/.test(m[0])) continue;
          add(m.index, m.index + m[0].length - (m[3]?.length ?? 0));
        }
        for (const pattern of [PHRASES, SEEMS]) {
          pattern.lastIndex = 0;
          for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
            if (pattern === SEEMS && /\bit\s+$/i.test(before(m.index))) continue; // "it seems to" is caught above
            if (pattern === SEEMS && (PERCEPTION_BEFORE.test(before(m.index)) || contrastAfter(m.index + m[0].length))) continue;
            add(m.index, m.index + m[0].length);
          }
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** `plainSentence`: whether the hedge's sentence is a plain affirmative statement (computed once per sentence). */
function hedgeFinding(text: string, start: number, end: number, plainSentence: () => boolean): BlockFinding {
  const phrase = text.slice(start, end).replace(/\s+/g, ' ');
  const message = `"${phrase}" hedges the claim. State it plainly, or give the evidence behind it.`;
  if (/^(?:seem|seems|seemed|appear|appears|appeared)\b/i.test(phrase)) return { start, end, message };
  // "We hope X" → "X" would turn a wish into a claim: the writer says what they will do instead.
  if (/\bhope$/i.test(phrase)) return { start, end, message: `"${phrase}" states a wish, not a claim or a plan. Say what you will do to make it happen, or the evidence you have.` };
  const after = text.slice(end).replace(/^\s+that\b/i, '');
  // "We do not think X" is not "X", nor is "I think not": no removal keeps the claim.
  // ("if I'm not mistaken" negates nothing in the claim; its removal is offered, not preferred.)
  const idiom = /mistaken/i.test(phrase);
  if ((hasNegation(phrase) && !idiom) || negationNext(after)) return { start, end, message };
  // "We feel strongly that": the adverb goes with the hedge.
  const adverb = /^\s+(?:strongly|firmly|really|genuinely|truly|honestly|sincerely)\b/i.exec(text.slice(end));
  const hedgeEnd = adverb ? end + adverb[0].length : end;
  // "I think so" → "So", "we believe, wrongly, that customers…" → "Wrongly, that customers…",
  // "we think, however, that" → "However, that": no removal is a correct rewrite, so none is offered.
  const opinionVerb = /\b(?:think|feel|believe|suspect|guess|suppose|reckon|argue|say)$/i.test(phrase);
  const next = text.slice(hedgeEnd, hedgeEnd + 400);
  if (/^\s+(?:so|otherwise)\b/i.test(next) || (opinionVerb && /^\s*,\s*[A-Za-z]/.test(next))) return { start, end, message };
  const removal = hedgeRemoval(text, start, hedgeEnd);
  const removed = adverb ? `${phrase}${adverb[0].replace(/\s+/g, ' ')}` : phrase;
  // Preferred only for a plain opinion marker: not one built on a modal ("I'd say", "one could
  // argue"), and "it seems" only before "that" or a comma ("it seems unlikely" would lose its verb);
  // followed by a full clause ("I think that customers notice it", not "I think so" or "we believe,
  // wrongly, that"); in a plain affirmative sentence (no negation, limiter, condition, threshold,
  // modal or question anywhere in it: "we think customers would pay" is not "customers would pay").
  const plainSeems = !/^it\s+(?:would\s+)?(?:seem|appear)/i.test(phrase) || /^(?:\s+that\b|\s*,)/i.test(text.slice(end));
  const isPreferred = !idiom && !hasModal(phrase) && plainSeems && plainSentence() && fullClauseFollows(next, !opinionVerb);
  return { start, end, message, fixes: removal ? [{ title: `Remove "${removed}"`, edits: [removal], isPreferred }] : undefined };
}

// Words that can't open the clause a hedge governs: "I think so", "I believe otherwise", "I think, frankly, …".
const NOT_A_SUBJECT =
  /^(?:so|not|otherwise|too|also|likewise|yes|no|differently|again|of|about|in|on|at|for|with|to|from|by|as|if|when|because|but|and|or|however|though|although|then|now|here|there's)$/i;
const PRONOUN = /^(?:i|we|you|they|he|she|it|this|these|those|there|everyone|everybody|someone|somebody|nobody|people|it['’]s|we['’]re|they['’]re|that['’]s)$/i;
const DETERMINER = /^(?:a|an|the|our|their|its|my|your|his|her|this|that|these|those|each|every|all|most|many|some|no|any|both|few|several)$/i;
const VERB =
  /^(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|gets?|got|goes|went|makes?|made|needs?|takes?|took|wants?|works?|helps?|pays?|paid)$/i;
const FUNCTION_WORD = /^(?:a|an|the|of|in|on|at|for|with|to|from|by|and|or|but|as|than|that|which|who)$/i;

/**
 * Whether a full clause follows the hedge: "that"/"like" (taken with the hedge), then a subject
 * and a verb up to the next comma, semicolon, colon or sentence end ("customers notice it", "the
 * pilot worked", "it works"), not a noun phrase ("we feel like a very small team", "we believe our
 * customers"). A comma right after the hedge opens an aside ("we believe, wrongly, that"), not a
 * clause, except after a fixed phrase whose comma is part of it ("In my opinion, the plan is late").
 */
function fullClauseFollows(after: string, commaAllowed: boolean): boolean {
  const stripped = after.replace(/^[*_~]+/, '');
  let rest = stripped.replace(/^\s+(?:that|like|as\s+if|as\s+though)\b/i, '');
  const thatTaken = rest !== stripped;
  if (commaAllowed) rest = rest.replace(/^\s*,/, '');
  if (!/^\s+[A-Za-z“"‘]/.test(rest)) return false;
  const clause = rest.split(/[,;:.!?—–()]/)[0];
  const words = clause.match(/[A-Za-z][\w’'-]*/g) ?? [];
  const first = words[0] ?? '';
  if (thatTaken && VERB.test(first)) return true; // "that is too slow": "that" is the subject
  if (words.length < 2 || NOT_A_SUBJECT.test(first) || /ly$/i.test(first)) return false;
  if (PRONOUN.test(first)) return true;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    if (VERB.test(w) || (/ed$/i.test(w) && w.length > 3)) return true;
    // "the team needs", "the plan works": an -s word after a noun, not "our customers" (after a determiner).
    if (/[^s'’]s$/i.test(w) && !DETERMINER.test(prev) && !FUNCTION_WORD.test(prev) && i >= 2) return true;
    // "customers notice it": a bare verb after a plural subject that opens the clause.
    if (i === 1 && /[^s'’]s$/i.test(prev) && !FUNCTION_WORD.test(w) && !DETERMINER.test(w)) return true;
  }
  return false;
}

/** Removes the hedge with its "that" and commas: "I think that we" → "We", "X, I think." → "X." */
function hedgeRemoval(text: string, start: number, end: number): { start: number; end: number; newText: string } | undefined {
  if (!removableSpan(text, start, end)) return undefined; // "We *think* that": inside emphasis
  let e = end;
  // "that" goes when it opens the clause ("I think that we"), not when it is the clause's
  // subject ("we think that is the most expensive outcome").
  const that = /^\s+that\b(?!['’]s|\s+(?:is|was|are|were|will|would|could|should|can|may|might|must|has|had|have|does|did|do|means|meant|seems|makes|made|works|worked|matters|helps|helped|costs|cost|needs)\b)/i.exec(text.slice(e));
  if (that) e += that[0].length;
  // "I feel like I finally have a plan": "like" goes with "feel".
  const like = !that && /\bf(?:ee|e)lt?$/i.test(text.slice(start, e)) ? /^\s+(?:like|as\s+if|as\s+though)\b/i.exec(text.slice(e)) : null;
  if (like) e += like[0].length;
  const commaBefore = /,\s*$/.exec(text.slice(Math.max(0, start - 3), start));
  const commaAfter = text[e] === ',';
  if (commaBefore && commaAfter) return { start: start - commaBefore[0].length, end: e + 1, newText: '' };
  if (commaBefore && /^\s*[.!;]/.test(text.slice(e))) return { start: start - commaBefore[0].length, end: e, newText: '' };
  return removalEdit(text, start, commaAfter ? e + 1 : e);
}
