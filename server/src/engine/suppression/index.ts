// Suppression comments: `<!-- bar-raiser-disable-next-line rule -- reason -->` and friends.
// directives.ts reads them, locate.ts places them in the document, apply.ts drops the
// findings they cover and reports wrong ones, edits.ts builds the quick actions' edits.

export { applySuppressions, SUPPRESSION_RULE, type SuppressedFinding, type SuppressionContext, type SuppressionResult } from './apply';
export { DIRECTIVE_KINDS, type DirectiveKind } from './directives';
export { disableFileEdit, disableFileFix, disableLineEdit, disableLineFix, disableRulesOnLineEdit, isSuppressible, type SuppressTarget } from './edits';
export { documentDirectives, textDirectives, type Directive } from './locate';
export { removeCommentEdit } from './remove';

/** Where the README explains suppression comments (the diagnostics' link for these hints). */
export const SUPPRESSION_DOCS_URL = 'https://github.com/bar-raiser/bar-raiser/blob/main/README.md#suppressing-findings';

/** What hovers say about a `bar-raiser/suppression` hint (it has no rule module). */
export const SUPPRESSION_EXPLANATION = {
  rationale:
    'A suppression comment that names an unknown rule, or that no longer hides any finding, tells a reviewer a finding was waived when nothing was; stale ones pile up as the text changes.',
  howToFix: 'Fix the rule id (the message suggests one), or remove the comment if the finding it was for is gone.',
};
