// Paragraph features: what one press-release paragraph says, independent of the rest of the
// document (cached per prose unit: units are reused across lints while their block is unchanged).

import type { ProseUnit } from '../../analysis';
import { memoize } from '../../memo';
import { isSlogan, wordSet, wordsIn } from '../text';
import type { UnitFeatures } from '../types';
import { ACTION_ANY, ACTION_S, COPULAR, DOES_SOMETHING, PEOPLE } from './actions';
import { GETTING_STARTED, isCallToAction, isClosingCallToAction } from './calls';
import { CONCRETE, PAIN, SOLUTION, evidenceIn, painScore } from './evidence';
import { customerGroups } from './groups';
import { readSpeech } from './quotes';

export const unitFeatures = memoize(readFeatures);

/**
 * "The server solves a critical problem: while iOS apps …, getting the data out has required
 * manual exports": what follows a named problem's colon is the pain, in its own clause (the
 * product named before the colon does not make it the solution). Likewise the status quo in
 * "Unlike job boards that require users to manually browse hundreds of listings, JobForge …".
 * The whole sentence is kept as well, for a problem named and then told.
 */
function splitAtNamedProblem(sentence: string): string[] {
  const unlike = /^(\s*Unlike\s[^,]{10,200}),\s*/.exec(sentence);
  const parts = unlike ? [unlike[1], sentence.slice(unlike[0].length)] : [sentence];
  const pieces = parts.flatMap((part) => part.split(/(?<=\b(?:problem|challenge|pain point|issue)s?:)\s+/i));
  // The whole sentence is read too: "Teams face a control problem: work arrives faster than they can review it."
  return pieces.length > 1 ? [sentence, ...pieces] : pieces;
}

/** Sentences of the writer's prose, split at end punctuation before a capital or an opening quote. */
function sentencesOf(prose: string): string[] {
  return prose.split(/(?<=[.!?])\s+(?=[A-Z“"‘(])/);
}

function readFeatures(unit: ProseUnit): UnitFeatures {
  const { masked, frame, spoken, prose, inside, ...speaker } = readSpeech(unit);
  const { quote, attributionLine } = speaker;
  const groups = customerGroups(quote || attributionLine ? frame.replace(/\u2063/g, ' ').replace(/(?:\b(?:said|says|according to)\b|—|–)[^.]*(?:\.|$)/g, ' ') : masked);
  return {
    ...speaker,
    words: wordsIn(masked),
    introducesQuote: /:\s*$/.test(masked),
    pain: evidenceIn(PAIN, prose),
    painInQuote: evidenceIn(PAIN, spoken),
    solution: evidenceIn(SOLUTION, prose),
    solutionInQuote: evidenceIn(SOLUTION, spoken),
    acts: ACTION_S.test(prose),
    doesSomething: DOES_SOMETHING.test(prose),
    concrete: ACTION_ANY.test(prose) || CONCRETE.some((entry) => entry.pattern.test(prose)),
    tokens: wordSet(prose),
    quotedShare: inside ? Math.min(1, wordsIn(inside) / Math.max(1, wordsIn(masked))) : 0,
    painfulSentences: sentencesOf(prose)
      .flatMap(splitAtNamedProblem)
      .map((sentence) => ({ pain: evidenceIn(PAIN, sentence), tokens: wordSet(sentence) }))
      .filter((sentence) => painScore(sentence.pain) >= 2),
    callToAction: isCallToAction(masked, unit.source, unit.masked),
    closingCallToAction: !quote && isClosingCallToAction(prose, unit.source) && !isSlogan(prose),
    gettingStarted: GETTING_STARTED.test(masked),
    groups,
    people: groups.length > 0 || PEOPLE.test(prose),
    copularOnly: sentencesOf(prose)
      .filter((sentence) => /[A-Za-z]/.test(sentence))
      .every((sentence) => COPULAR.test(sentence)),
  };
}
