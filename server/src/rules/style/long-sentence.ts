import type { BlockRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { countReaderWords, datelineLength, isBulletFragment, readerSentences } from '../../engine/prose/reader-words';

const PLACEHOLDER = /\[[^[\]\n]{1,80}\]/g;
/** How many of the sentence's first words the finding marks. */
const MARKED_WORDS = 5;
// Where a reader may pause inside a sentence: a semicolon, a colon (not in a time, "10:30"), a
// dash, or an inline list marker ("(1) …, (2) …", "a) … and b) …").
const STOPS = /[;—–]|:(?!\d)|\s--?\s|\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?<![\w(])(?:\d{1,2}|[a-z])\)(?=\s)/;

export const longSentence: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/long-sentence',
    description: 'A sentence with more than 40 words between pauses (a full stop, semicolon, colon or dash), or more than 80 in all, marked on its first words.',
    rationale:
      'Reviewers read silently and fast; a long sentence hides its point and makes them re-read. ' +
      'A reader pauses at a semicolon, a colon, a dash and an inline list marker ("(1) …, (2) …"), so a sentence is as long as its longest stretch between them: ' +
      '"two clear clauses split by a semicolon" and "a definition followed by a list" read easily, a 45-word run of clauses does not. ' +
      'The limit is 40 words (reviewers of public PR/FAQs and memos let most 30- to 40-word sentences pass and asked to split the ones well over 40), ' +
      'or twice that in all, whatever the pauses. ' +
      'Only prose is counted: table cells, headings and bullet fragments (a list item that does not end like a sentence) are not sentences, and a dateline ("SEATTLE — March 3, 2027 —") is a formula, not words to read. ' +
      'A sentence that starts with inline code or a lower-case command name ("`npm test` runs …") is counted on its own, not joined to the one before. ' +
      'The finding marks the first few words, not the whole sentence, so a paragraph does not turn yellow. ' +
      'Off by default (opt-in): on the real-document corpus 0.76 of its findings on the tuning documents (86 findings, finding 0.40 of the labelled cases) ' +
      'were sentences a reviewer had asked to split, below the 0.9 precision a default rule needs, and it made no finding on the ninth and tenth labelling rounds, held out, missing the labelled cases there. ' +
      'Turn it on (raise maxWords for denser technical prose) where short sentences are the house style.',
    howToFix: 'Split the sentence into two or three, one idea each; move detail into a table or the appendix.',
    defaultSeverity: 'warning',
    optIn: true,
    fixable: false,
    kinds: ['prfaq', 'memo'],
    draft: 'quiet',
    options: {
      maxWords: { type: 'number', default: 40, description: 'Most words a sentence may run without a pause (a semicolon, colon or dash); twice this is the limit for the whole sentence.' },
    },
    examples: {
      bad: 'Shelf Sync, which we built over the last year with help from 40 bookstores in the Pacific Northwest, connects to the point-of-sale systems most independent stores already use and updates stock counts every five minutes so that owners no longer count by hand.',
      good: 'Shelf Sync connects to the point-of-sale systems independent bookstores already use. It updates stock counts every five minutes, so owners no longer count by hand.',
    },
    examplesByKind: {
      memo: {
        bad: 'We propose to extend Shelf Sync to the 300 stores in the Northeast region next year, which requires two more engineers and a support rotation, because the pilot showed that stores with automated reorders lost fewer sales and their owners spent less time counting stock.',
        good: 'We propose to extend Shelf Sync to the 300 Northeast stores next year. It needs two more engineers and a support rotation. In the pilot, stores with automated reorders lost fewer sales and spent less time counting stock.',
      },
    },
  },
  checkBlock(block, context) {
    const maxWords = option<number>(this.meta, context.options, 'maxWords');
    const findings = [];
    for (const unit of block.units) {
      // Headings, table cells and list items are units of their own; only paragraphs are prose.
      if (unit.kind !== 'paragraph' || unit.wordCount <= maxWords) continue;
      const sentences = readerSentences(unit, block.text);
      for (let index = 0; index < sentences.length; index++) {
        const sentence = sentences[index];
        // A reader counts no more words than the parser does ("1,200" is one, not two).
        if (sentence.words.length <= maxWords) continue;
        if (isBulletFragment(unit, sentence.text)) continue;
        // A dateline ("SEATTLE — March 3, 2027 —") is a formula, and a placeholder ("[Month D,
        // YYYY]") is not words yet (style/placeholder reports it): neither is read as prose.
        let prose = index === 0 ? sentence.text.slice(datelineLength(sentence.text)) : sentence.text;
        if (prose.includes('[')) prose = prose.replace(PLACEHOLDER, ' ');
        const words = countReaderWords(prose);
        if (words <= maxWords) continue;
        const stretch = Math.max(...prose.split(STOPS).map(countReaderWords));
        if (stretch <= maxWords && words <= 2 * maxWords) continue;
        findings.push({
          start: sentence.start,
          end: sentence.words[Math.min(MARKED_WORDS, sentence.words.length) - 1].end,
          message:
            stretch === words
              ? `This sentence has ${words} words (the limit is ${maxWords}). Split it into shorter sentences with one idea each.`
              : `This sentence has ${words} words, ${stretch} of them without a pause (the limit is ${maxWords}, or ${2 * maxWords} in all). Split it into shorter sentences with one idea each.`,
        });
      }
    }
    return findings;
  },
};
