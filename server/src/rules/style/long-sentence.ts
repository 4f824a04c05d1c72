import type { BlockRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { countReaderWords, readerSentences } from '../../engine/prose/reader-words';

const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;

export const longSentence: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/long-sentence',
    description: 'A sentence longer than the word limit (default 30 words).',
    rationale: 'Reviewers read silently and fast; a long sentence hides its point and makes them re-read.',
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
      // Headings, table cells and list items are units of their own.
      if (unit.wordCount <= maxWords) continue;
      for (const sentence of readerSentences(unit, block.text)) {
        // A reader counts no more words than the parser does ("1,200" is one, not two).
        if (sentence.words.length <= maxWords) continue;
        // A placeholder ("[Month D, YYYY]") is not words yet; style/placeholder reports it.
        const words = countReaderWords(sentence.text.includes('[') ? sentence.text.replace(PLACEHOLDER, ' ') : sentence.text);
        if (words <= maxWords) continue;
        findings.push({
          start: sentence.start,
          end: sentence.end,
          message: `This sentence has ${words} words (the limit is ${maxWords}). Split it into shorter sentences with one idea each.`,
        });
      }
    }
    return findings;
  },
};
