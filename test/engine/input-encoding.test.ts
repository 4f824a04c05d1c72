// The engine's input guard names UTF-16 text read with the wrong encoding (an editor that took a
// UTF-16 file for UTF-8 or Latin-1) instead of calling it binary.
import assert from 'node:assert/strict';
import { lint } from '../../server/src/linter';

const TEXT = '# Plan\n\nThe new flow is significantly faster.\n';
const LE = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
const BE = Buffer.from(LE).swap16();

describe('input guard: text encodings', () => {
  const cases: [string, string][] = [
    ['UTF-16LE read as UTF-8', LE.toString('utf8')],
    ['UTF-16LE read as Latin-1', LE.toString('latin1')],
    ['UTF-16BE read as UTF-8', BE.toString('utf8')],
    ['UTF-16BE read as Latin-1', BE.toString('latin1')],
    ['UTF-16LE without a byte order mark', Buffer.from(TEXT, 'utf16le').toString('utf8')],
  ];
  for (const [what, text] of cases) {
    it(`says UTF-16 is not supported: ${what}`, () => {
      const findings = lint(text, undefined, { kind: 'memo' });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].rule, 'bar-raiser/input');
      assert.match(findings[0].message, /UTF-16 is not supported; save it as UTF-8/);
    });
  }

  it('still calls a binary file binary', () => {
    const findings = lint('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001', undefined, { kind: 'memo' });
    assert.match(findings[0].message, /looks binary/);
  });
});
