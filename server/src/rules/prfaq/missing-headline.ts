import type { DocumentRule } from '../../engine/rule';
import { fix, insertAfter, insertBefore, writtenModel } from './shared';

export const missingHeadline: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'prfaq/missing-headline',
    description: 'The press release has no headline.',
    rationale: 'The headline is the one line every reader sees; it names the product in words the customer understands.',
    howToFix: 'Start the press release with an H1 headline: `# [Product] lets [customer] [benefit]`.',
    defaultSeverity: 'error',
    fixable: true,
    kinds: ['prfaq'],
    examples: {
      bad: 'SEATTLE — March 3, 2027 — Acme today launched Bookworm…',
      good: '# Bookworm Tells Independent Bookstores What to Reorder Every Morning',
    },
  },
  check(doc, _options, report) {
    const model = writtenModel(doc);
    if (!model || model.headline) return;
    const headline = '[Headline: the product and what it does for whom, in the customer’s words]';
    const title = model.title;
    const edit = title
      ? insertAfter(doc, title, `${'#'.repeat(Math.min(title.analysis.headingDepth + 1, 6))} ${headline}`)
      : model.firstContent
        ? insertBefore(model.firstContent, `# ${headline}`)
        : undefined;
    report({
      range: model.anchor,
      message: 'This press release has no headline. Add one line at the top (an H1) that names the product and what it does for the customer.',
      fixes: fix('Add a headline', edit),
    });
  },
};
