import type { DocumentRule } from '../../engine/rule';
import { option } from '../../engine/rule';
import { blockWords } from '../shared/block-words';
import { pastWordLimit } from '../shared/word-limit';
import { movableSections, moveToAppendix, sectionWords } from './move-to-appendix';

export const tooLong: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'memo/too-long',
    description: 'The memo body (everything before the appendix) is longer than six pages, about 3,500 words.',
    rationale:
      'A narrative is read in silence at the start of the meeting; past six pages readers skim, and the length usually hides an unmade decision. Appendices are unlimited.',
    howToFix:
      'Cut the body to what the decision needs, and move supporting data and detail to an appendix (a heading that starts with "Appendix"). The quick fix moves a section to the appendix when that alone is enough.',
    defaultSeverity: 'warning',
    fixable: true,
    kinds: ['memo'],
    anyLanguage: true,
    options: {
      maxWords: { type: 'number', default: 3500, description: 'Most words allowed in the memo body before the appendix.' },
    },
    examples: {
      bad: 'A 5,200-word memo with its data tables in the body.',
      good: 'A 3,100-word body, with the data tables under "## Appendix A: Data".',
    },
  },
  check(doc, options, report) {
    const max = option<number>(this.meta, options, 'maxWords');
    const end = doc.memo.appendixStart;
    let words = 0;
    for (let i = 0; i < end; i++) words += blockWords(doc.blocks[i].analysis).total;
    if (words <= max) return;
    const fmt = (n: number) => n.toLocaleString('en-US');
    // One fix per body section whose move alone brings the body within the limit; none is
    // preferred (which section belongs in the appendix is the writer's call).
    const enough = movableSections(doc).filter((section) => words - sectionWords(doc, section) <= max);
    const repeated = (title: string) => enough.filter((s) => s.title === title).length > 1;
    const fixes = enough.map((section) => ({
      // Two sections of the same name ("Month by month") are told apart by their line.
      title: `Move section "${section.title}"${repeated(section.title) ? ` (line ${section.heading!.startLine + 1})` : ''} to the appendix`,
      edits: moveToAppendix(doc, section),
    }));
    report({
      // Where the body passes the limit: the end of the block that takes it over.
      range: pastWordLimit(doc, doc.blocks.slice(0, end), max) ?? doc.topRange(),
      message: `The memo body is ${fmt(words)} words, over the ${fmt(max)}-word limit (about six pages), and passes it here; appendices don't count. Cut it, or move supporting detail under an "Appendix" heading.`,
      fixes: fixes.length > 0 ? fixes : undefined,
    });
  },
};
