// memo/bullet-narrative: the share of the body's words in lists, with the header's metadata list
// (owners, status, links before the first paragraph) left out: it is not the narrative.
import assert from 'node:assert/strict';
import { lintDocument } from '../../server/src/linter';
import { isMetadataList } from '../../server/src/rules/memo/bullet-narrative';

/** The rule is opt-in: on at its default severity. */
const ON = { rules: { 'memo/bullet-narrative': { severity: 'warning' as const } } };
const flagged = (text: string) => lintDocument(text, ON, { fallbackKind: 'memo' }).findings.some((f) => f.rule === 'memo/bullet-narrative');
const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

describe('memo/bullet-narrative and the header metadata list', () => {
  const lists: [string, boolean][] = [
    ['* **Owners:**\n  * @ana\n\n* **Status:** implemented', true],
    ['- **Status**: draft\n- **Related issues**: #12, #40', true],
    ['1. **Author:** Ana Reyes', true],
    ['* **Build sync first.** Stale counts cost stores sales every week.\n* **Price at $19.** It pays for itself with one saved sale.', false],
    ['* **Owners:** @ana\n* Ship in May', false],
    ['- Build sync\n- Price at $19', false],
  ];
  for (const [text, expected] of lists) it(`${JSON.stringify(text.slice(0, 40))} ${expected ? 'is' : 'is not'} a metadata list`, () => assert.equal(isMetadataList('list', text), expected));

  // Prose of 150 words and a list of 160: over half the body is in a list.
  const prose = `We propose one review process for design documents. ${words(142, 'reason')}.`;
  const header = `* **Owners:**\n  * ${words(60, 'owner')}\n\n* **Related links:**\n  * ${words(100, 'link')}\n\n`;
  const metaList = `# Proposal\n\n${header}${prose}\n`;
  it('leaves out a header metadata list before the first paragraph', () => assert.equal(flagged(metaList), false));
  it('counts the same list after the first paragraph, and a header list of plain bullets', () => {
    assert.equal(flagged(`# Proposal\n\n${prose}\n\n${header}`), true);
    assert.equal(flagged(metaList.replace(/\*\*(Owners|Related links):\*\*/g, 'More')), true);
  });
});
