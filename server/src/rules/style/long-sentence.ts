import type { BlockRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { countReaderWords, isBulletFragment, readerSentences } from '../../engine/prose/reader-words';

const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;
/** How many of the sentence's first words the finding marks. */
const MARKED_WORDS = 5;

export const longSentence: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/long-sentence',
    description: 'A sentence longer than the word limit (default 30 words), marked on its first words.',
    rationale:
      'Reviewers read silently and fast; a long sentence hides its point and makes them re-read. ' +
      'Only prose is counted: table cells, headings and bullet fragments (a list item that does not end like a sentence) are not sentences. ' +
      'A sentence that starts with inline code or a lower-case command name ("`npm test` runs …") is counted on its own, not joined to the one before. ' +
      'The finding marks the first few words, not the whole sentence, so a paragraph does not turn yellow.',
    howToFix: 'Split the sentence into two or three, one idea each; move detail into a table or the appendix.',
    defaultSeverity: 'warning',
    fixable: false,
    kinds: ['prfaq', 'memo'],
    options: {
      maxWords: { type: 'number', default: 30, description: 'Longest sentence allowed, in words.' },
    },
    examples: {
      bad: 'Shelf Sync, which we built over the last year with help from 40 bookstores in the Pacific Northwest, connects to the point-of-sale systems most independent stores already use and updates stock counts every five minutes so that owners no longer count by hand.',
      good: 'Shelf Sync connects to the point-of-sale systems independent bookstores already use. It updates stock counts every five minutes, so owners no longer count by hand.',
    },
  },
  checkBlock(block, context) {
    const maxWords = option<number>(this.meta, context.options, 'maxWords');
    const findings = [];
    for (const unit of block.units) {
      // Headings, table cells and list items are units of their own; only paragraphs are prose.
      if (unit.kind !== 'paragraph' || unit.wordCount <= maxWords) continue;
      for (const sentence of readerSentences(unit, block.text)) {
        // A reader counts no more words than the parser does ("1,200" is one, not two).
        if (sentence.words.length <= maxWords) continue;
        if (isBulletFragment(unit, sentence.text)) continue;
        // A placeholder ("[Month D, YYYY]") is not words yet; style/placeholder reports it.
        const words = countReaderWords(sentence.text.includes('[') ? sentence.text.replace(PLACEHOLDER, ' ') : sentence.text);
        if (words <= maxWords) continue;
        findings.push({
          start: sentence.start,
          end: sentence.words[Math.min(MARKED_WORDS, sentence.words.length) - 1].end,
          message: `This sentence has ${words} words (the limit is ${maxWords}). Split it into shorter sentences with one idea each.`,
        });
      }
    }
    return findings;
  },
};
