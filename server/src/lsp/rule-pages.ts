// Rule page links for editors: the page shipped beside the server (dist/server.js →
// ../docs/rules/<category>/<rule>.md, in the .vsix and the npm package) as a file: URI, so the
// link works with no network; the web page when no page is there (the server run from its
// sources). The CLI and SARIF keep the web links (rules/docs-url.ts).

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl } from '../rules/docs-url';
import { ruleById } from '../rules';

/** Where the bundled server finds the rule pages: dist/ → docs/rules/. */
const SHIPPED_PAGES = path.join(__dirname, '..', 'docs', 'rules');

const links = new Map<string, string | undefined>();

/** The rule's page as a file: URI when shipped beside the server, else its web link (see ruleDocUrl). */
export function rulePageLink(ruleId: string, pages = SHIPPED_PAGES): string | undefined {
  const key = `${pages}\u0000${ruleId}`;
  if (!links.has(key)) {
    const page = ruleById(ruleId) ? path.join(pages, ...ruleId.split('/')) + '.md' : undefined;
    links.set(key, page && existsSync(page) ? pathToFileURL(page).href : ruleDocUrl(ruleId));
  }
  return links.get(key);
}
