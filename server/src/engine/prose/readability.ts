// Hard-to-read sentences, judged by the retext-readability plugin (seven formulas: ARI,
// Coleman–Liau, Dale–Chall, Flesch, Gunning fog, SMOG, Spache). The plugin runs on a
// small nlcst tree built from the words the block analysis already found, so nothing is
// parsed twice. The same formula packages also score each sentence here, to pick the
// candidates the plugin must judge and to name the formulas that agree (the plugin only
// says how many).

import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import retextReadability from 'retext-readability';
import { smogFormula } from 'smog-formula';
import { spache } from 'spache';
import { spacheFormula } from 'spache-formula';
import { syllable } from './syllable-memo';
import type { Sentence } from '../analysis';

export interface ReadabilitySettings {
  /** Reader age the text should suit; a formula that puts a sentence above it disagrees. */
  age: number;
  /** Share of the seven formulas (0–1) that must agree a sentence is too hard. */
  threshold: number;
  /** Sentences with fewer words are not judged (one long word skews a short sentence). */
  minWords: number;
}

export interface HardSentence {
  sentence: Sentence;
  /** Formulas that put the sentence above the target age. */
  formulas: string[];
  /** Flesch reading ease of the sentence (higher is easier; 50+ is the usual target). */
  fleschEase: number;
  /** US school grade by Flesch–Kincaid, for the message. */
  grade: number;
}

// The plugin looks words up with Array#includes on two word lists of about 3,000 entries
// each; a Set answers the same question in constant time. The plugin imports these very
// array objects, so giving them a Set-backed `includes` speeds it up without changing it.
function fastIncludes(list: string[]): void {
  const set = new Set(list);
  Object.defineProperty(list, 'includes', { value: (word: string) => set.has(word), configurable: true });
}
fastIncludes(daleChall);
fastIncludes(spache);

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
}

type Transform = (tree: NlcstNode, file: { message: (reason: string, options: { place?: NlcstNode['position'] }) => object }) => void;

const transforms = new Map<string, Transform>();

function transformFor(settings: ReadabilitySettings): Transform {
  const key = `${settings.age}/${settings.threshold}/${settings.minWords}`;
  let transform = transforms.get(key);
  if (!transform) {
    // A unified attacher called with the plugin's options returns the transformer.
    transform = (retextReadability as unknown as (options: object) => Transform)({
      age: settings.age,
      threshold: settings.threshold,
      minWords: settings.minWords,
    });
    transforms.set(key, transform);
  }
  return transform;
}

/**
 * The sentences the plugin reports as hard to read. The plugin walks its tree with
 * unist-util-visit, which costs more than the formulas themselves, so every sentence is
 * first scored here with the same formula packages and the same counts; only sentences
 * that score hard go to the plugin, which makes the call (test/engine/readability.test.ts
 * checks that this gives exactly the plugin's answer on its own).
 */
export function hardSentences(sentences: readonly Sentence[], settings: ReadabilitySettings): HardSentence[] {
  const candidates: HardSentence[] = [];
  for (const sentence of sentences) {
    if (sentence.words.length < settings.minWords) continue;
    const scored = explain(sentence, settings.age, settings.threshold);
    if (scored) candidates.push(scored);
  }
  if (candidates.length === 0) return [];
  const confirmed = new Set(pluginVerdicts(candidates.map((c) => c.sentence), settings));
  return candidates.filter((_, index) => confirmed.has(index));
}

/** Indexes of the sentences retext-readability reports, run on the plugin alone. */
export function pluginVerdicts(sentences: readonly Sentence[], settings: ReadabilitySettings): number[] {
  const root: NlcstNode = { type: 'RootNode', children: [] };
  sentences.forEach((sentence, index) => {
    const point = { line: 1, column: 1, offset: index };
    root.children!.push({
      type: 'SentenceNode',
      position: { start: point, end: point },
      // A word's text sits on the word node itself (nlcst-to-string reads `value` first),
      // which halves the nodes the plugin's tree walker visits.
      children: sentence.words.map((word) => ({ type: 'WordNode', value: word.text })),
    });
  });
  const reported: number[] = [];
  transformFor(settings)(root, {
    message(_reason, options) {
      if (options.place) reported.push(options.place.start.offset);
      return {};
    },
  });
  return reported;
}

const gradeToAge = (grade: number) => Math.round(grade + 5);

interface WordFacts {
  syllables: number;
  /** Starts with a lower-case letter (not a name): counts as complex when long. */
  lowerStart: boolean;
  caseless: CaselessFacts;
}

interface CaselessFacts {
  easy: boolean;
  familiar: boolean;
  /** The last sentence that counted this word, so each word counts once per sentence. */
  stamp: number;
}

// What the formulas need to know about a word, remembered per spelling: a document repeats
// its words, so each sentence costs one map lookup per word.
const MAX_WORDS = 100_000;
const wordFacts = new Map<string, WordFacts>();
const caselessFacts = new Map<string, CaselessFacts>();
let stamp = 0;

function factsOf(text: string): WordFacts {
  let facts = wordFacts.get(text);
  if (!facts) {
    if (wordFacts.size >= MAX_WORDS) {
      wordFacts.clear();
      caselessFacts.clear();
    }
    const lower = text.toLowerCase();
    let caseless = caselessFacts.get(lower);
    if (!caseless) {
      caseless = { easy: daleChall.includes(lower), familiar: spache.includes(lower), stamp: -1 };
      caselessFacts.set(lower, caseless);
    }
    facts = { syllables: syllable(text), lowerStart: text.charCodeAt(0) === lower.charCodeAt(0), caseless };
    wordFacts.set(text, facts);
  }
  return facts;
}

const FORMULAS = ['ARI', 'Coleman–Liau', 'Dale–Chall', 'Flesch', 'Gunning fog', 'SMOG', 'Spache'];
const ages = new Float64Array(7);
// One counts object, refilled per sentence (the formulas only read it).
const counts = {
  character: 0,
  complexPolysillabicWord: 0,
  difficultWord: 0,
  letter: 0,
  polysillabicWord: 0,
  sentence: 1,
  syllable: 0,
  unfamiliarWord: 0,
  word: 0,
};

/**
 * The plugin's seven scores for one sentence, from the same counts the plugin takes; the
 * sentence with the formulas that rate it above `age` when enough of them do, else undefined.
 */
function explain(sentence: Sentence, age: number, threshold: number): HardSentence | undefined {
  const current = ++stamp;
  let letters = 0;
  let syllables = 0;
  let polysyllables = 0;
  let complex = 0;
  let easyCount = 0;
  let familiarCount = 0;
  for (const word of sentence.words) {
    const facts = factsOf(word.text);
    syllables += facts.syllables;
    letters += word.text.length;
    if (facts.syllables >= 3) {
      polysyllables++;
      if (facts.lowerStart) complex++;
    }
    const caseless = facts.caseless;
    if (caseless.stamp !== current) {
      caseless.stamp = current;
      if (caseless.familiar) familiarCount++;
      if (caseless.easy) easyCount++;
    }
  }
  const words = sentence.words.length;
  counts.character = letters;
  counts.letter = letters;
  counts.complexPolysillabicWord = complex;
  counts.difficultWord = words - easyCount;
  counts.polysillabicWord = polysyllables;
  counts.syllable = syllables;
  counts.unfamiliarWord = words - familiarCount;
  counts.word = words;
  const ease = flesch(counts);
  ages[0] = gradeToAge(automatedReadability(counts));
  ages[1] = gradeToAge(colemanLiau(counts));
  ages[2] = gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]);
  ages[3] = 20 - Math.floor(ease / 10);
  ages[4] = gradeToAge(gunningFog(counts));
  ages[5] = Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5);
  ages[6] = gradeToAge(spacheFormula(counts));
  let above = 0;
  for (let i = 0; i < 7; i++) if (ages[i] > age) above++;
  if (above / 7 < threshold) return undefined;
  const formulas = FORMULAS.filter((_, i) => ages[i] > age);
  const grade = 0.39 * words + 11.8 * (syllables / words) - 15.59;
  return { sentence, formulas, fleschEase: ease, grade };
}
