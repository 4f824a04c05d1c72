// A problem told with one strong pain word: read only in prose about the customers.

import { hasStrongPain, painScore } from '../features/evidence';
import { PEOPLE } from '../features/actions';
import type { PrParagraph, UnitFeatures } from '../types';

/** People who build the product: "members of the Jupyter community", "engineers at Acme". */
const INSIDERS = /\b(?:members?|employees?|staff|teams?|engineers?|developers?|maintainers?|contributors?|founders?)\s+(?:of|at|from)\s+(?:the\s+)?([\w’'-]+)/gi;

/** Whether the people a text names are only the company's own ("Members of the Jupyter community have been exploring…"). */
export function onlyInsiders(text: string, company: readonly string[]): boolean {
  let insiders = false;
  const rest = text.replace(INSIDERS, (all, owner: string) => {
    if (!company.includes(owner.toLowerCase().replace(/[’']s$/, ''))) return all;
    insiders = true;
    return ' ';
  });
  return insiders && !PEOPLE.test(rest);
}

/**
 * One strong pain word ("Passengers waited up to three hours") is the customer's problem in a
 * prose paragraph about people. Not in a bulleted list (one feature's "power struggles" among
 * ten), nor when the people are the company's own (the builders' difficulty, "It's difficult
 * to create a safe event-logging system"), nor in a how-to or call to action.
 */
export function oneStrongPain(f: UnitFeatures, paragraph: PrParagraph, company: readonly string[]): boolean {
  if (painScore(f.pain) < 1 || !hasStrongPain(f.pain) || !f.people || f.words < 20 || f.callToAction || f.gettingStarted) return false;
  return paragraph.unit.listDepth === 0 && !onlyInsiders(paragraph.text, company);
}
