import type { BlockRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { findPhrases, phraseList, removalEdit } from '../shared/phrases';

// From the domain notes: words that let a claim avoid a number.
const WEASEL_WORDS = [
  'nearly all', 'significantly', 'much faster', 'extremely', 'drastically', 'would help', 'might',
  'should result in', 'arguably', 'many', 'generally', 'could', 'maybe', 'a lot', 'studies have shown',
  'it has been observed', 'several', 'various', 'a number of', 'most', 'the majority', 'substantially',
  'considerably', 'relatively', 'quite', 'very', 'probably', 'hopefully', 'virtually',
];

export const weaselWord: BlockRule = {
  scope: 'block',
  meta: {
    id: 'style/weasel-word',
    description: 'A word that lets a claim avoid a number ("significantly", "many", "might").',
    rationale: 'Reviewers read weasel words as a claim the writer could not back with data; the number is the claim.',
    howToFix: 'Replace the word with the figure it stands for ("cuts checkout time from 90 to 30 seconds"), or delete it.',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['prfaq', 'memo'],
    options: {
      add: { type: 'string[]', default: [], description: 'Extra weasel words or phrases to flag.' },
      remove: { type: 'string[]', default: [], description: 'Listed words not to flag.' },
    },
    examples: {
      bad: 'The new checkout is significantly faster for many customers.',
      good: 'The new checkout cuts the median time to pay from 90 to 30 seconds.',
    },
  },
  checkBlock(block, context) {
    const list = phraseList(WEASEL_WORDS, option<string[]>(this.meta, context.options, 'add'), option<string[]>(this.meta, context.options, 'remove'));
    return findPhrases(block, list).map((hit) => ({
      start: hit.start,
      end: hit.end,
      message: `"${hit.text}" avoids a number. Replace it with the figure it stands for, or delete it.`,
      fixes: [
        { title: `Remove "${hit.text}"`, edits: [removalEdit(block.text, hit.start, hit.end)] },
        { title: `Replace "${hit.text}" with [number]`, edits: [{ start: hit.start, end: hit.end, newText: '[number]' }] },
      ],
    }));
  },
};
