// The call to action (features/calls.ts, parts/find-parts.ts): a release's closing tells the
// reader where to go or how to get it. Each row names the paragraph (by its first words) read as
// the call to action, or undefined when the release has none.

import assert from 'node:assert/strict';
import type { PrParagraph } from '../../../server/src/engine/prfaq';
import { lint, optInRulesOn } from '../../../server/src/linter';
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
  // "Go to", "sign up", "search for" send the reader only when the reader is the one going.
  { reading: '"go to" said of games or dreams ("upsets go to the favourite") sends no one', text: RELEASE('Upsets go to the favourite 94% of the time; this is where long shots go to die.', ...FILLER), callToAction: undefined },
  { reading: '"go to" a site is one', text: RELEASE('Families go to jar.example.com to open a jar.'), callToAction: 'Families go to' },
  { reading: '"the sign up schedule" and "what they are signing up for" are not an invitation', text: RELEASE('The next step was the sign up schedule.', 'Parents deserve to know what they’re signing up for.'), callToAction: undefined },
  { reading: '"how to search for" is a feature, not where to search', text: RELEASE('It shows new savers how to search for better rates.'), callToAction: undefined },
  { reading: '"can start from the top" says where work begins', text: RELEASE('You can start from the top of the statement and drill down.'), callToAction: undefined },
  { reading: '"available on demand" says when, not where', text: RELEASE('Stash Jar makes advice available on demand.'), callToAction: undefined },
  // "Available" sends the reader only when said of the product ("is available at"), not of a noun it describes.
  { reading: '"data now available through a feed" describes the data', text: RELEASE('Old reports overlook the card data now available through the Lakeport feed.', ...FILLER), callToAction: undefined },
  { reading: '"available at the time of sign-up" says when', text: RELEASE('It uses only the details available at the time of sign-up.', ...FILLER), callToAction: undefined },
  { reading: '"is now available at" a place is one', text: RELEASE(...FILLER, 'Stash Jar is now available at jar.example.com.'), callToAction: 'Stash Jar is' },
  { reading: '"Available today from" a store is one', text: RELEASE(...FILLER, 'Available today from the App Store.'), callToAction: 'Available today from' },
  // The reader is the one who registers or starts.
  { reading: '"families register for aid" said of others sends no one', text: RELEASE('Every year, families register for housing aid after floods.', ...FILLER), callToAction: undefined },
  { reading: '"Register at" a site is one', text: RELEASE(...FILLER, 'Register at jar.example.com to open a jar.'), callToAction: 'Register at jar.example.com' },
  { reading: '"the model can start to pick up patterns" means begins to', text: RELEASE(...FILLER, 'With more data, the model can start to pick up on patterns.'), callToAction: undefined },
  { reading: '"Open-source under MIT" is an adjective, not "Open the app"', text: RELEASE(...FILLER, 'Open-source under MIT, runs on macOS, Linux and Windows.'), callToAction: undefined },
  { reading: '"is on npm and PyPI" names where to get it', text: RELEASE('Stash Jar is on npm and PyPI.'), callToAction: 'Stash Jar is' },
  // A closing imperative names where to go, and the reader is the one to act.
  { reading: '"Go sign up!" names nowhere', text: RELEASE(...FILLER, 'Go SIGNUP!'), callToAction: undefined },
  { reading: '"you can also get a better picture" is a benefit', text: RELEASE(...FILLER, 'You can also get a better picture of your spending.'), callToAction: undefined },
  { reading: '"I can get" is the writer\'s story', text: RELEASE(...FILLER, 'I am sure I can get the totals too.'), callToAction: undefined },
  { reading: 'an imperative in a closing list of tips is advice', text: RELEASE(...FILLER, '1. **Save early**: Find the account with the best rate.\n2. **Save often**: Round up every purchase.'), callToAction: undefined },
  // A link counts beside a word that sends the reader to it, in its own sentence.
  { reading: 'a link citing an article, "see" two sentences on, sends no one', text: RELEASE('[“Saving is hard”](https://blog.example.com/saving) was written for adults. It is true for children. (See the 2024 survey.)', ...FILLER), callToAction: undefined },
  { reading: 'a link with "learn more" in its sentence is one', text: RELEASE(...FILLER, 'Learn more about jars in [the guide](https://jar.example.com/guide).'), callToAction: 'Learn more about' },
  // A link with the place it leads to, or an address alone, says where to go.
  { reading: 'a "GitHub: <link>" line', text: RELEASE('Stash Jar is free and open source.', '- **GitHub**: https://github.com/lakeport/stash-jar'), callToAction: '**GitHub**: https://github.com/lakeport/stash-jar' },
  { reading: 'a "Repository: `github.com/…`" line without the scheme', text: RELEASE('Stash Jar is free.', 'Repository: `github.com/lakeport/stash-jar`'), callToAction: 'Repository:' },
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

describe('PR/FAQ reader: the call to action without a press release', () => {
  const FAQ_ONLY = (answer: string) => `# Stash Jar FAQ\n\n## How do I install it?\n\n${answer}\n\n## Is it free?\n\nYes.`;
  const found = (text: string) => lint(text, optInRulesOn(['prfaq/missing-call-to-action']), { kind: 'prfaq' }).some((f) => f.rule === 'prfaq/missing-call-to-action');
  it('an FAQ answer that says where to get it is the call to action', () => assert.equal(found(FAQ_ONLY('Download it from the App Store.')), false));
  it('an FAQ that says nowhere to go is not', () => assert.equal(found(FAQ_ONLY('It installs in a minute.')), true));
});
