import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LANGUAGE_RULE, lintDocument } from '../../server/src/linter';
import { fixtureFiles } from '../support/fixtures';

const GERMAN = `# Lagerbestand in Echtzeit für kleine Buchhandlungen

## Unabhängige Buchhandlungen sehen ihren Bestand jederzeit auf dem Telefon

BERLIN – 3. März 2027 – Heute stellen wir ein Werkzeug vor, mit dem unabhängige Buchhandlungen mit weniger als zehn Mitarbeitern ihren Lagerbestand in Echtzeit sehen. Bisher zählen die Inhaber jeden Abend von Hand und verlieren dabei zwei Stunden.

„Wir wollen, dass Buchhändler mehr Zeit mit ihren Kunden verbringen“, sagte die Leiterin des Produkts. Die Einrichtung dauert weniger als zehn Minuten und kostet nichts im ersten Monat.

## Häufig gestellte Fragen

### Was kostet das Werkzeug?

Es kostet neun Euro im Monat für jede Filiale, und der erste Monat ist kostenlos.

### Was kostet das Werkzeug?

Neun Euro im Monat.
`;

const SPANISH = `# Inventario en tiempo real para librerías pequeñas

MADRID – 3 de marzo de 2027 – Hoy presentamos una herramienta con la que las librerías independientes con menos de diez empleados ven su inventario en tiempo real. Hasta ahora, los dueños cuentan cada noche a mano y pierden dos horas. La instalación dura menos de diez minutos y no cuesta nada durante el primer mes. Los libreros podrán dedicar más tiempo a sus clientes y menos tiempo a las hojas de cálculo, según la directora del producto.
`;

const JAPANESE = `# 小さな書店のためのリアルタイム在庫

東京 – 2027年3月3日 – 本日、従業員10人未満の独立系書店が在庫をリアルタイムで確認できるツールを発表しました。これまで店主は毎晩手作業で在庫を数え、2時間を失っていました。設定は10分以内で完了し、最初の1か月は無料です。書店員は表計算ではなく顧客との時間を増やすことができます。私たちは、すべての書店が自分の在庫を正確に把握できるようにしたいと考えています。在庫の数え間違いによる注文の遅れもなくなります。

## よくある質問

### 料金はいくらですか？

1店舗あたり月額900円で、最初の1か月は無料です。店舗が増えても、追加の設定は必要ありません。

### どのように始めますか？

アプリをダウンロードし、書店のバーコードリーダーを接続するだけで、すぐに在庫の確認を始められます。`;

const language = (text: string, fileName = 'doc.prfaq.md') => lintDocument(text, undefined, { fileName, kind: 'prfaq' }).findings.filter((f) => f.rule === LANGUAGE_RULE);

describe('document language', () => {
  it('says once that a German PR/FAQ is read as German, and runs only the rules that hold in any language', () => {
    const findings = lintDocument(GERMAN, undefined, { kind: 'prfaq' }).findings;
    const notes = findings.filter((f) => f.rule === LANGUAGE_RULE);
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /reads as German/);
    assert.equal(notes[0].severity, 'information');
    assert.equal(notes[0].range.start.line, 0);
    // No English-reading rule misfires (no customer, no internal FAQ, undefined acronyms…); the
    // question asked twice under its German FAQ title is found (question headings start the FAQ).
    assert.deepEqual(findings.filter((f) => f.rule !== LANGUAGE_RULE).map((f) => f.rule), ['faq/duplicate-question']);
  });

  it('still runs the rules that hold in any language: a German memo over six pages is too long', () => {
    const long = `# Plan\n\n${GERMAN.split('\n').filter((l) => l.length > 80).join('\n\n').concat('\n\n').repeat(60)}`;
    const rules = lintDocument(long, undefined, { kind: 'memo' }).findings.map((f) => f.rule);
    assert.ok(rules.includes(LANGUAGE_RULE) && rules.includes('memo/too-long'), rules.join(', '));
  });

  it('names Spanish and Japanese', () => {
    assert.match(language(SPANISH)[0]?.message ?? '', /reads as Spanish/);
    assert.match(language(JAPANESE)[0]?.message ?? '', /reads as Japanese/);
  });

  it('runs every rule on an English document with the same layout (positive control)', () => {
    const english = lintDocument('# Real-time stock for small bookshops\n\nWe think this is significantly better for many users. TBD.\n', { rules: { 'style/weasel-word': { severity: 'warning' } } }, { kind: 'prfaq' }).findings; // weasel-word is opt-in: on here
    assert.equal(english.filter((f) => f.rule === LANGUAGE_RULE).length, 0);
    assert.ok(english.some((f) => f.rule === 'style/weasel-word'));
  });

  it('front matter lang: decides over the guess, both ways', () => {
    assert.equal(language(`---\nlang: en\n---\n${GERMAN}`).length, 0);
    assert.match(language(`---\nlanguage: de-DE\n---\n# Plan\n\nWe ship the plan in May and we measure it weekly.\n`)[0]?.message ?? '', /reads as German/);
  });

  it('reads too little prose as English (no note on a short or code-heavy document)', () => {
    assert.equal(language('# Kurz\n\nEin kurzer Text.\n').length, 0);
    assert.equal(language('# Setup\n\n```sh\nnpm install && npm run build && npm test\n```\n\n| a | b |\n| - | - |\n| x | y |\n').length, 0);
  });

  it('reads every fixture (English) as English', () => {
    const misread = fixtureFiles().filter((file) => language(readFileSync(file, 'utf8'), file).length > 0);
    assert.deepEqual(misread, []);
  });
});
