// The extension manifest (package.json) agrees with the code and the files it points at.
// No VS Code needed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_ID, COMMANDS, CONFIGURATION_SECTION, DOCUMENT_KIND_REQUEST, DOCUMENT_MODE_REQUEST, LINK_COMMANDS, SERVER_COMMANDS, TEMPLATE_REQUEST, REVIEW_PREVIEW_VIEW_TYPE, REVIEW_SETTINGS, REVIEWABLE_CONTEXT_KEY, TEST_COMMANDS, WORKSPACE_TRUSTED_NOTIFICATION } from '../../client/src/constants';
import { allRules } from '../../server/src/rules';
import { DOCUMENT_KIND_REQUEST as SERVER_DOCUMENT_KIND_REQUEST } from '../../server/src/lsp/handlers/document-kind';
import { DEFAULT_DEBOUNCE_MS } from '../../server/src/lsp/settings';
import { TEMPLATE_REQUEST as SERVER_TEMPLATE_REQUEST } from '../../server/src/lsp/handlers/template';
import { WORKSPACE_TRUSTED_NOTIFICATION as SERVER_WORKSPACE_TRUSTED_NOTIFICATION } from '../../server/src/lsp/team-config';
import { PACKAGE_JSON, RULES_SETTING, SEVERITY_SETTINGS, formatManifest, reviewSettingsSchema, teamConfigSchema, withGeneratedSettings, withRulesSchema } from '../../scripts/gen-manifest';
import { DOCUMENT_MODE_REQUEST as SERVER_DOCUMENT_MODE_REQUEST, SET_MODE_COMMAND } from '../../server/src/lsp/handlers/mode';
import { MODES, normalizeSettings } from '../../server/src/engine';
import { DEFAULT_OPTIONS } from '../../server/src/review/model';
import { PREVIEW_CSS } from '../../server/src/review/html-style';

const root = path.dirname(PACKAGE_JSON);
const text = readFileSync(PACKAGE_JSON, 'utf8');
const manifest = JSON.parse(text);
const contributes = manifest.contributes;
const properties = contributes.configuration.properties;
const at = (relative: string) => path.join(root, relative);

describe('extension manifest', () => {
  it('has the barRaiser.rules schema generated from the rule modules (run `npx tsx scripts/gen-manifest.ts` if not)', () => {
    const expected = withRulesSchema(manifest).contributes!.configuration!.properties![RULES_SETTING];
    assert.deepStrictEqual(properties[RULES_SETTING], expected);
    assert.equal(formatManifest(withGeneratedSettings(manifest)), text, 'package.json differs from what the generator writes');
  });

  it('offers every rule id, with each severity and the rule options', () => {
    const rules = properties[RULES_SETTING];
    assert.equal(rules.additionalProperties, false);
    assert.deepStrictEqual(Object.keys(rules.properties).sort(), allRules.map((r) => r.meta.id).sort());
    for (const rule of allRules) {
      const schema = rules.properties[rule.meta.id];
      assert.equal(schema.default, rule.meta.optIn ? 'off' : rule.meta.defaultSeverity, rule.meta.id);
      assert.ok(schema.description.startsWith(rule.meta.description.trim().slice(0, 20)), rule.meta.id);
      const [severity, object] = schema.anyOf;
      assert.deepStrictEqual(severity.enum, [...SEVERITY_SETTINGS]);
      assert.ok(SEVERITY_SETTINGS.includes(rule.meta.defaultSeverity));
      const optionNames = Object.keys(rule.meta.options ?? {});
      assert.deepStrictEqual(Object.keys(object.properties), ['severity', ...optionNames], rule.meta.id);
      for (const name of optionNames) {
        const option = rule.meta.options![name];
        const expectedType = { number: 'number', boolean: 'boolean', 'string[]': 'array' }[option.type];
        assert.equal(object.properties[name].type, expectedType, `${rule.meta.id}.${name}`);
        assert.deepStrictEqual(object.properties[name].default, option.default, `${rule.meta.id}.${name}`);
      }
    }
  });

  it('declares barRaiser.documents, barRaiser.debounceMs and barRaiser.trace.server', () => {
    const documents = properties[`${CONFIGURATION_SECTION}.documents`];
    assert.deepStrictEqual(documents.default, {});
    assert.deepStrictEqual(documents.additionalProperties.enum, ['prfaq', 'memo']);
    assert.equal(properties[`${CONFIGURATION_SECTION}.debounceMs`].default, DEFAULT_DEBOUNCE_MS);
    // vscode-languageclient reads `<client id>.trace.server`.
    const trace = properties[`${CLIENT_ID}.trace.server`];
    assert.deepStrictEqual(trace.enum, ['off', 'messages', 'verbose']);
    assert.equal(trace.default, 'off');
    for (const key of Object.keys(properties)) assert.ok(key.startsWith(`${CONFIGURATION_SECTION}.`), key);
  });

  it('declares barRaiser.mode (review unless a document or team file says draft) and the command that switches it', () => {
    const mode = properties[`${CONFIGURATION_SECTION}.mode`];
    assert.deepStrictEqual([...mode.enum].sort(), [...MODES].sort());
    assert.equal(mode.default, 'review');
    assert.equal(normalizeSettings({ mode: mode.default }, allRules).settings.mode, 'review', 'the server reads the value');
    assert.ok(contributes.commands.some((c: { command: string }) => c.command === COMMANDS.toggleMode));
    assert.equal(SERVER_COMMANDS.setMode, SET_MODE_COMMAND);
    assert.equal(DOCUMENT_MODE_REQUEST, SERVER_DOCUMENT_MODE_REQUEST);
    assert.ok((teamConfigSchema().properties as Record<string, { enum: string[] }>).mode.enum.includes('draft'), 'the team file schema has mode');
  });

  it('supports untrusted workspaces in a limited way: team files and workspace rules/documents are not used there', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.match(untrusted.description, /Restricted Mode/);
    assert.deepStrictEqual([...untrusted.restrictedConfigurations].sort(), [`${CONFIGURATION_SECTION}.config.allowExtendsFrom`, `${CONFIGURATION_SECTION}.documents`, RULES_SETTING].sort());
    for (const key of untrusted.restrictedConfigurations) assert.ok(properties[key], `${key} is a declared setting`);
    // Only the user decides where presets may come from.
    const allow = properties[`${CONFIGURATION_SECTION}.config.allowExtendsFrom`];
    assert.equal(allow.scope, 'machine');
    assert.deepStrictEqual(allow.default, []);
    assert.equal(WORKSPACE_TRUSTED_NOTIFICATION, SERVER_WORKSPACE_TRUSTED_NOTIFICATION);
  });

  it('declares the review settings with the review model\'s defaults', () => {
    const names = Object.values(REVIEW_SETTINGS).map((key) => `${CONFIGURATION_SECTION}.${key}`);
    assert.deepStrictEqual(Object.keys(reviewSettingsSchema()).sort(), [...names].sort());
    for (const name of names) assert.deepStrictEqual(properties[name], reviewSettingsSchema()[name], name);
    assert.deepStrictEqual(properties[`${CONFIGURATION_SECTION}.${REVIEW_SETTINGS.paper}`].enum, ['letter', 'a4']);
    assert.equal(properties[`${CONFIGURATION_SECTION}.${REVIEW_SETTINGS.paper}`].default, DEFAULT_OPTIONS.paper);
    assert.equal(properties[`${CONFIGURATION_SECTION}.${REVIEW_SETTINGS.lineNumbers}`].default, DEFAULT_OPTIONS.lineNumbers);
    assert.deepStrictEqual(properties[`${CONFIGURATION_SECTION}.${REVIEW_SETTINGS.findings}`].enum, ['comments', 'notes', 'checklist', 'none']);
    assert.equal(properties[`${CONFIGURATION_SECTION}.${REVIEW_SETTINGS.findings}`].default, DEFAULT_OPTIONS.findings);
    assert.equal(properties[`${CONFIGURATION_SECTION}.review.allowRemoteImages`], undefined, 'images are never loaded: no setting pretends otherwise');
  });

  it('shows the review commands in the editor title for PR/FAQs and memos, and export in the explorer', () => {
    const titled = contributes.menus['editor/title'].map((m: { command: string; when: string }) => [m.command, m.when]);
    assert.deepStrictEqual(titled.map(([command]: string[]) => command).sort(), [COMMANDS.exportForReview, COMMANDS.openReviewPreview].sort());
    for (const [, when] of titled) assert.match(when, new RegExp(`\\b${REVIEWABLE_CONTEXT_KEY.replace('.', '\\.')}\\b`));
    const preview = contributes.commands.find((c: { command: string }) => c.command === COMMANDS.openReviewPreview);
    assert.ok(preview.icon, 'the editor-title button has an icon');
    const exportInExplorer = contributes.menus['explorer/context'].filter((m: { command: string }) => m.command === COMMANDS.exportForReview);
    assert.equal(exportInExplorer.length, 1);
    assert.match(exportInExplorer[0].when, /resourceLangId == markdown/);
    // From the command palette while the preview (not an editor) has the focus, too.
    const paletteExport = contributes.menus.commandPalette.find((m: { command: string }) => m.command === COMMANDS.exportForReview);
    assert.ok(paletteExport.when.includes(`activeWebviewPanelId == '${REVIEW_PREVIEW_VIEW_TYPE}'`), paletteExport.when);
    // Test-only commands are never contributed.
    for (const id of Object.values(TEST_COMMANDS)) assert.ok(!JSON.stringify(contributes).includes(id), id);
  });

  it('starts on Markdown and when VS Code restores a review preview, and points main at the bundled client', () => {
    assert.deepStrictEqual(manifest.activationEvents, ['onLanguage:markdown', `onWebviewPanel:${REVIEW_PREVIEW_VIEW_TYPE}`]);
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(existsSync(at(manifest.main)), 'dist/client.js is missing: run `npm run build`');
    assert.ok(existsSync(at('dist/server.js')), 'dist/server.js is missing: run `npm run build`');
    const build = readFileSync(at('scripts/build.mjs'), 'utf8');
    assert.match(build, /client\/src\/extension\.ts/);
    for (const asset of ['preview.js', 'preview.css', 'toolbar.css']) assert.ok(existsSync(at(`dist/media/${asset}`)), `dist/media/${asset} is missing: run \`npm run build\``);
  });

  it('builds the review preview\'s stylesheet from the HTML writer\'s PREVIEW_CSS', () => {
    const built = readFileSync(at('dist/media/preview.css'), 'utf8');
    assert.equal(built, PREVIEW_CSS, 'dist/media/preview.css is stale: run `npm run build`');
  });

  it('contributes the commands the client registers', () => {
    assert.deepStrictEqual(
      contributes.commands.map((c: { command: string }) => c.command).sort(),
      Object.values(COMMANDS).sort(),
    );
    for (const command of contributes.commands) assert.equal(command.category, 'Bar Raiser');
  });

  it('points at a grammar, snippets and an icon that exist', () => {
    for (const grammar of contributes.grammars) {
      assert.ok(existsSync(at(grammar.path)), grammar.path);
      const file = JSON.parse(readFileSync(at(grammar.path), 'utf8'));
      assert.equal(file.scopeName, grammar.scopeName);
      assert.deepStrictEqual(grammar.injectTo, ['text.html.markdown']);
      assert.equal(grammar.language, undefined, 'an injection grammar has no language of its own');
    }
    for (const snippets of contributes.snippets) {
      assert.equal(snippets.language, 'markdown');
      assert.ok(existsSync(at(snippets.path)), snippets.path);
    }
    const icon = readFileSync(at(manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepStrictEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  });

  it('has the marketplace fields', () => {
    assert.equal(manifest.displayName, 'Bar Raiser');
    assert.deepStrictEqual(manifest.categories, ['Linters']);
    assert.equal(manifest.license, 'MIT');
    assert.match(readFileSync(at('LICENSE'), 'utf8'), /MIT License[\s\S]*Bar Raiser contributors/);
    assert.equal(manifest.repository.url, 'https://github.com/bar-raiser/bar-raiser');
    for (const word of ['prfaq', 'memo', 'six-pager', 'working backwards', 'linter', 'markdown']) {
      assert.ok(manifest.keywords.includes(word), word);
    }
    // vsce refuses a package whose @types/vscode is newer than engines.vscode.
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    const types = manifest.devDependencies['@types/vscode'].replace(/^[~^]/, '');
    assert.ok(types.localeCompare(engine, undefined, { numeric: true }) <= 0, `@types/vscode ${types} > engines.vscode ${engine}`);
  });

  it('offers New PR/FAQ and New Memo in the palette, File > New File… and on a folder in the Explorer', () => {
    const starts: string[] = [COMMANDS.newPrfaq, COMMANDS.newMemo];
    for (const command of starts) {
      const declared = contributes.commands.find((c: { command: string }) => c.command === command);
      assert.ok(declared, command);
      assert.match(declared.title, /^New (PR\/FAQ|Memo)$/);
      // Not hidden from the palette.
      assert.equal(contributes.menus.commandPalette.find((m: { command: string }) => m.command === command), undefined);
    }
    assert.deepStrictEqual(contributes.menus['file/newFile'].map((m: { command: string }) => m.command), starts);
    const explorer = contributes.menus['explorer/context'].filter((m: { command: string }) => starts.includes(m.command));
    assert.deepStrictEqual(explorer.map((m: { command: string; when: string }) => [m.command, m.when]), starts.map((c) => [c, 'explorerResourceIsFolder']));
    // file/newFile is a stable menu since VS Code 1.70; engines.vscode is newer.
    assert.ok(manifest.engines.vscode.replace(/^\^/, '').localeCompare('1.70.0', undefined, { numeric: true }) >= 0);
    // The rule-page link command is the client's own, never in a menu or the palette.
    assert.ok(!JSON.stringify(contributes).includes(LINK_COMMANDS.openRulePage));
    assert.equal(TEMPLATE_REQUEST, SERVER_TEMPLATE_REQUEST);
  });

  it('has a walkthrough for a first-time writer: new document, review preview, checklist, team file', () => {
    const [walkthrough, ...others] = contributes.walkthroughs;
    assert.equal(others.length, 0);
    assert.deepStrictEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['newDocument', 'reviewPreview', 'checklist', 'teamFile']);
    const known = new Set<string>(Object.values(COMMANDS));
    for (const step of walkthrough.steps) {
      assert.ok(step.title && step.description, step.id);
      assert.match(step.media.markdown, /^media\/walkthrough\/[a-z-]+\.md$/);
      assert.ok(existsSync(at(step.media.markdown)), step.media.markdown);
      // Every command link and completion event names a command the extension contributes.
      for (const [, command] of String(step.description).matchAll(/\(command:([\w.]+)\)/g)) assert.ok(known.has(command), `${step.id}: ${command}`);
      for (const event of step.completionEvents ?? []) assert.ok(known.has(event.replace(/^onCommand:/, '')), `${step.id}: ${event}`);
    }
    assert.match(walkthrough.steps[0].description, /command:barRaiser\.newPrfaq/);
    assert.match(walkthrough.steps[1].description, /command:barRaiser\.openReviewPreview/);
    assert.match(readFileSync(at(walkthrough.steps[3].media.markdown), 'utf8'), /\.barraiser\.yaml/);
  });

  it('uses one name for the document-kind request in client and server', () => {
    assert.equal(DOCUMENT_KIND_REQUEST, SERVER_DOCUMENT_KIND_REQUEST);
  });
});
