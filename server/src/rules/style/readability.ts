import type { Sentence } from '../../engine/analysis';
import type { BlockFinding, BlockRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { hardSentences } from '../../engine/prose/readability';
import { datelineLength, isBulletFragment, readerSentences } from '../../engine/prose/reader-words';

// Web and mail addresses are skimmed, not read: "shelfsync.example.com/start".
const ADDRESS = /[/@]|\.[a-z]{2,}/i;

export const readability: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/readability',
    description: 'A long sentence that most of the readability formulas in retext-readability rate far too hard for the target reader.',
    rationale:
      'A press release is read by customers and should read at about grade 8 (Flesch reading ease 50 or more); a memo is read by busy leaders in silence. ' +
      'Single sentences score harder than whole texts, and most hard sentences are better judged by section: the engine gives a readability figure per section ' +
      '(sectionReadability in engine/prose/section-readability.ts), meant for the status bar and preview (not shown in the editor yet). ' +
      'A sentence is reported only in extreme cases: at least 12 words, and five of the seven formulas put it more than 4 years above the target reading age ' +
      '(grade 16 in a press release, grade 17 elsewhere). Headings, table cells and bullet fragments (a list item that does not end like a sentence) are not judged. ' +
      'Off by default (opt-in): on the real-document corpus the sentences reviewers asked to rewrite were garbled, tangled or full of jargon a customer would not know, ' +
      'which the formulas (syllables and word lists) do not see, while the sentences the formulas rate hardest were plain technical prose with long domain words; ' +
      'its precision is 0.01 on the tuning documents (135 findings, finding 0.03 of the labelled cases) and 0.00 on the ninth and tenth labelling rounds, held out (26). The section figure is the everyday measure.',
    howToFix: 'Shorten the sentence and swap long or abstract words for everyday ones ("use" for "utilize", "help" for "facilitate", "we decided" for "a determination was made").',
    defaultSeverity: 'information',
    optIn: true,
    fixable: false,
    kinds: ['prfaq', 'memo'],
    draft: 'quiet',
    options: {
      pressReleaseAge: { type: 'number', default: 17, description: 'Reader age (US grade + 5) the press release should suit.' },
      age: { type: 'number', default: 18, description: 'Reader age (US grade + 5) the FAQ and memo should suit.' },
      margin: { type: 'number', default: 4, description: 'Years above the target reading age a formula must put a sentence before it counts as too hard.' },
      threshold: { type: 'number', default: 5 / 7, description: 'Share of the 7 formulas that must agree a sentence is too hard (0–1).' },
      minWords: { type: 'number', default: 12, description: 'Sentences with fewer words are not judged (a short hard sentence is left to the section figure).' },
    },
    examples: {
      bad: 'The platform facilitates comprehensive inventory reconciliation across heterogeneous point-of-sale infrastructure.',
      good: 'Shelf Sync keeps your stock counts right, whatever till you use.',
    },
    examplesByKind: {
      memo: {
        bad: 'Operationalizing cross-functional inventory reconciliation capabilities across heterogeneous merchandising organizations necessitates substantial incremental organizational investment and comprehensive institutional prioritization.',
        good: 'Keeping stock counts right in every store needs two more engineers and a plan each team agrees to.',
      },
    },
  },
  checkBlock(block, context) {
    const target = option<number>(this.meta, context.options, context.region === 'pressRelease' ? 'pressReleaseAge' : 'age');
    const age = target + option<number>(this.meta, context.options, 'margin');
    const settings = {
      age,
      threshold: option<number>(this.meta, context.options, 'threshold'),
      minWords: option<number>(this.meta, context.options, 'minWords'),
    };
    const findings: BlockFinding[] = [];
    for (const unit of block.units) {
      if (unit.kind !== 'paragraph') continue; // titles and table cells are not sentences
      const sentences = readerSentences(unit, block.text)
        .filter((sentence) => !isBulletFragment(unit, sentence.text))
        .map((sentence, index) => proseOnly(sentence, index === 0));
      for (const hard of hardSentences(sentences, settings)) {
        findings.push({
          start: hard.sentence.start,
          end: hard.sentence.end,
          message:
            `Hard to read: ${hard.formulas.length} of 7 readability formulas (${hard.formulas.join(', ')}) rate this sentence far above reading age ${target} (above ${age}) ` +
            `(Flesch reading ease ${Math.round(hard.fleschEase)}; aim for 50 or more). Split it and use shorter, everyday words.`,
        });
      }
    }
    return findings;
  },
};

/** A placeholder the writer has yet to fill in ("[number]"); style/placeholder reports it. */
const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;

/** The sentence without its dateline, web addresses and placeholders, which no one reads as prose. */
function proseOnly(sentence: Sentence, first: boolean): Sentence {
  const from = sentence.start + (first ? datelineLength(sentence.text) : 0);
  const placeholders = sentence.text.includes('[')
    ? [...sentence.text.matchAll(PLACEHOLDER)].map((m) => [sentence.start + m.index, sentence.start + m.index + m[0].length])
    : [];
  const inPlaceholder = (start: number): boolean => placeholders.some(([a, b]) => start >= a && start < b);
  const words = sentence.words.filter((w) => w.start >= from && !(w.text.length > 4 && ADDRESS.test(w.text)) && !inPlaceholder(w.start));
  return words.length === sentence.words.length ? sentence : { ...sentence, words };
}
