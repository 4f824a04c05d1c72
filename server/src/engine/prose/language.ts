// Which language a document is written in. The prose rules read English (word lists, grammar,
// part vocabulary); on another language they misfire, so the engine runs only the rules that
// hold in any language and says so once. English is judged per block by the share of common
// English function words (cheap, cached with the block's analysis, so an edit costs nothing
// new); only a document that fails that test is named by franc (a kept trigram identifier).
// Front matter `lang:` or `language:` overrides both.

import { francAll } from 'franc-min';
import type { AnalyzedBlock } from '../analysis';
import { memoize } from '../memo';

/** Words that make up a large share of any English prose (a quarter or more in running text). */
const FUNCTION_WORDS = new Set(
  ('the and of to a in is it that for on with as are be this by we or not our will from at an can they you was have has do ' +
    'does what how which their its if but so more than when who all no there these would should about into')
    .split(' '),
);

/** Below this share of function words a document is not read as English (English prose: 0.25–0.4). */
const MIN_ENGLISH_SHARE = 0.1;
/** Too little prose to judge: read as English. */
const MIN_LETTERS = 200;
/** Characters of prose franc reads to name the language. */
const SAMPLE_CHARS = 4000;

const NAMES: Record<string, string> = {
  deu: 'German', fra: 'French', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch', pol: 'Polish', swe: 'Swedish',
  dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', jpn: 'Japanese',
  cmn: 'Chinese', kor: 'Korean', ara: 'Arabic', hin: 'Hindi', ind: 'Indonesian', vie: 'Vietnamese', ces: 'Czech', ron: 'Romanian',
  hun: 'Hungarian', ell: 'Greek', heb: 'Hebrew', tha: 'Thai', cat: 'Catalan',
};

interface BlockCounts {
  words: number;
  english: number;
  letters: number;
}

const LETTERS = /\p{L}/gu;

/** A block's word counts, read once while the block is unchanged. */
const counts = memoize((block: AnalyzedBlock): BlockCounts => {
  const found = { words: 0, english: 0, letters: 0 };
  for (const unit of block.units) {
    for (const sentence of unit.sentences) {
      // Letters of any script (retext's words are Latin only: Japanese has none).
      found.letters += sentence.text.match(LETTERS)?.length ?? 0;
      for (const word of sentence.words) {
        found.words++;
        if (FUNCTION_WORDS.has(word.text.toLowerCase())) found.english++;
      }
    }
  }
  return found;
});

export interface Language {
  /** ISO 639-3 code ('eng', 'deu', …) or 'und' when franc cannot tell. */
  code: string;
  /** A name for messages ('German'), or the code. */
  name: string;
  english: boolean;
}

const ENGLISH: Language = { code: 'eng', name: 'English', english: true };
const named = new Map<string, Language>();

/** The language of a document's prose blocks (front matter's `lang`/`language` first). */
export function documentLanguage(blocks: readonly AnalyzedBlock[]): Language {
  const declared = declaredLanguage(blocks);
  if (declared) return declared;
  let words = 0;
  let english = 0;
  let letters = 0;
  for (const block of blocks) {
    const c = counts(block);
    words += c.words;
    english += c.english;
    letters += c.letters;
  }
  if (letters < MIN_LETTERS || english >= MIN_ENGLISH_SHARE * words) return ENGLISH;
  const sample = proseSample(blocks);
  let language = named.get(sample);
  if (!language) {
    const code = likelyLanguage(sample);
    language = code === 'eng' ? ENGLISH : { code, name: NAMES[code] ?? (code === 'und' ? 'a language other than English' : code), english: false };
    if (named.size > 16) named.clear();
    named.set(sample, language);
  }
  return language;
}

/** franc's best guess, but English when English is its second guess (mixed or technical text). */
function likelyLanguage(sample: string): string {
  const ranked = francAll(sample, { minLength: 100 });
  return ranked.slice(0, 2).some(([code]) => code === 'eng') ? 'eng' : (ranked[0]?.[0] ?? 'und');
}

function declaredLanguage(blocks: readonly AnalyzedBlock[]): Language | undefined {
  const front = blocks.find((b) => b.kind === 'frontmatter');
  const value = front && /^(?:lang|language):\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z]+)?["']?\s*$/m.exec(front.text)?.[1].toLowerCase();
  if (!value) return undefined;
  if (value === 'en' || value === 'eng') return ENGLISH;
  const code = TWO_TO_THREE[value] ?? value;
  return { code, name: NAMES[code] ?? value, english: false };
}

const TWO_TO_THREE: Record<string, string> = {
  de: 'deu', fr: 'fra', es: 'spa', pt: 'por', it: 'ita', nl: 'nld', pl: 'pol', sv: 'swe', da: 'dan', no: 'nob', nb: 'nob', fi: 'fin',
  ru: 'rus', uk: 'ukr', tr: 'tur', ja: 'jpn', zh: 'cmn', ko: 'kor', ar: 'ara', hi: 'hin', id: 'ind', vi: 'vie', cs: 'ces', ro: 'ron',
  hu: 'hun', el: 'ell', he: 'heb', th: 'tha', ca: 'cat',
};

function proseSample(blocks: readonly AnalyzedBlock[]): string {
  let sample = '';
  for (const block of blocks) {
    for (const unit of block.units) {
      for (const sentence of unit.sentences) {
        sample += sentence.text + ' ';
        if (sample.length >= SAMPLE_CHARS) return sample.slice(0, SAMPLE_CHARS);
      }
    }
  }
  return sample;
}
