// The call to action (features/calls.ts, parts/find-parts.ts): a release's closing tells the
// reader where to go or how to get it. Each row names the paragraph (by its first words) read as
// the call to action, or undefined when the release has none.

import assert from 'node:assert/strict';
import type { PrParagraph } from '../../../server/src/engine/prfaq';
import { readPrfaq } from './read';

const lead = (p: PrParagraph | undefined) => (p ? p.text.split(/\s+/).slice(0, 3).join(' ') : undefined);

const RELEASE = (...body: string[]) =>
  `# Stash Jar Saves Your Spare Change Automatically\n\nThe easiest way for families to save.\n\nLAKEPORT, OH — March 3, 2027 — Lakeport Bank today launched Stash Jar for families.\n\n${body.join('\n\n')}\n\n## FAQ\n\n### Is it free?\n\nYes.`;

const FILLER = ['Families spend 3 hours a month moving money by hand.', 'Stash Jar rounds up every card purchase.', 'Every jar shows its balance on the home screen.', 'Parents see each child’s jar in one place.'];

const ROWS: { reading: string; text: string; callToAction: string | undefined }[] = [
  // "Download" sends the reader somewhere only as a verb.
  { reading: '"available for download" with no link or place names none', text: RELEASE('The savings report is available for download:', '- Monthly totals\n- Yearly totals'), callToAction: undefined },
  { reading: '"upload/download" in a feature list is a noun', text: RELEASE('Backups cover upload/download, restore and verify.'), callToAction: undefined },
  { reading: '"available for download at" a place is one', text: RELEASE('The savings report is available for download at lakeport.example.com.'), callToAction: 'The savings report' },
  { reading: '"Teams can download it" is one', text: RELEASE('Families can download Stash Jar from the App Store.'), callToAction: 'Families can download' },
  // An install step names what to install.
  { reading: '"nothing to install" says there is no step, not where to go', text: RELEASE('The jar runs in the browser, with nothing to install.'), callToAction: undefined },
  { reading: '"Install it via `npx`" names only a runner', text: RELEASE('Install it via `npx` or use it as a plugin.', ...FILLER), callToAction: undefined },
  { reading: 'an install command with a package is one', text: RELEASE('Install it with `npx stash-jar init`.'), callToAction: 'Install it with' },
  { reading: '"clone the repo" is a getting-started step', text: RELEASE('To start, clone the repo and run the setup script.'), callToAction: 'To start, clone' },
  // A slogan or a figure of speech is no call to action.
  { reading: 'a closing slogan ("Buy your jar. Keep your jar.")', text: RELEASE(...FILLER, 'Buy your jar. Keep your jar.'), callToAction: undefined },
  { reading: '"Open up new channels" is not "open the app"', text: RELEASE(...FILLER, 'Don’t wait to save! Open up new ways of saving with Stash Jar.'), callToAction: undefined },
  { reading: 'a closing imperative is one', text: RELEASE(...FILLER, 'Open the Lakeport app and tap Stash Jar.'), callToAction: 'Open the Lakeport' },
  // The plainly worded imperative counts only in the closing.
  { reading: 'an imperative in an early feature list is not the closing', text: RELEASE('Find the nearest branch in real time', ...FILLER, 'Stash Jar is free.'), callToAction: undefined },
  // A link with the place it leads to, or an address alone, says where to go.
  { reading: 'a "GitHub: <link>" line', text: RELEASE('Stash Jar is free and open source.', '- **GitHub**: https://github.com/lakeport/stash-jar'), callToAction: '**GitHub**: https://github.com/lakeport/stash-jar' },
  { reading: 'a "Source: <link>" citation is no place to get it', text: RELEASE('Stash Jar is free.', 'Source: https://stats.example.org/savings'), callToAction: undefined },
  {
    reading: 'an address alone after the dateline',
    text: '# Stash Jar\n\n**Families save without thinking.**\n\nLAKEPORT, OH, March 3, 2027 — **[jar.example.com](https://jar.example.com)**\n\nStash Jar rounds up every card purchase.',
    callToAction: 'LAKEPORT, OH, March',
  },
];

describe('PR/FAQ reader: the call to action', () => {
  for (const row of ROWS) {
    it(row.reading, () => {
      const found = readPrfaq(row.text).prfaq.parts.callToAction;
      assert.equal(row.callToAction?.startsWith('**') ? found?.unit.source : lead(found), row.callToAction);
    });
  }
});
