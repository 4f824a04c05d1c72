// Where each rule's documentation page lives: the LSP's diagnostic links and hovers and the
// CLI's SARIF help links all point here.

import { SUPPRESSION_DOCS_URL, SUPPRESSION_RULE } from '../engine/suppression';
import { ruleById } from './index';

/** Rule pages live at `<base><category>/<name>.md`, e.g. …/docs/rules/style/weasel-word.md. */
export const RULE_DOCS_BASE_URL = 'https://github.com/bar-raiser/bar-raiser/blob/main/docs/rules/';

/** Link to a rule's documentation page (the README's section for suppression hints), or undefined for bar-raiser/input. */
export function ruleDocUrl(ruleId: string): string | undefined {
  if (ruleId === SUPPRESSION_RULE) return SUPPRESSION_DOCS_URL;
  return ruleById(ruleId) ? `${RULE_DOCS_BASE_URL}${ruleId}.md` : undefined;
}
