// The JSON schema of team files (schemas/barraiser.schema.json): generated from the rule
// modules by scripts/gen-manifest.ts, contributed to VS Code for .barraiser.json and (through
// the YAML extension) .barraiser.yaml / .yml, and in agreement with what the loader accepts.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_JSON, TEAM_SCHEMA, formatTeamSchema, rulesSettingSchema } from '../../scripts/gen-manifest';
import { CONFIG_FILE_NAMES, CONFIG_KEYS } from '../../server/src/config';
import { allRules } from '../../server/src/linter';
import { CONFIG_FILES_GLOB } from '../../server/src/lsp/handlers/config-files';

const text = readFileSync(TEAM_SCHEMA, 'utf8');
const schema = JSON.parse(text);
const manifest = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));

describe('team file schema', () => {
  it('is what the generator writes (run `npx tsx scripts/gen-manifest.ts` if not)', () => {
    assert.equal(text, formatTeamSchema());
  });

  it('lists every rule, each as in the barRaiser.rules setting', () => {
    const rules = schema.properties.rules;
    assert.deepEqual(Object.keys(rules.properties).sort(), allRules.map((r) => r.meta.id).sort());
    assert.deepEqual(rules.properties, rulesSettingSchema().properties);
    assert.equal(rules.additionalProperties, false);
  });

  it('has exactly the keys the loader accepts, and takes extends as a path or a list', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...CONFIG_KEYS].sort());
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.properties.extends.anyOf.map((s: { type: string }) => s.type), ['string', 'array']);
    assert.deepEqual(schema.properties.documents.additionalProperties.enum, ['prfaq', 'memo']);
  });

  it('is contributed for .barraiser.json and .barraiser.yaml/.yml, and packaged', () => {
    const url = './schemas/barraiser.schema.json';
    assert.equal(path.resolve(path.dirname(PACKAGE_JSON), url), TEAM_SCHEMA);
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.barraiser.json', url }]);
    assert.deepEqual(manifest.contributes.yamlValidation, [{ fileMatch: ['.barraiser.yaml', '.barraiser.yml'], url }]);
    assert.deepEqual([...CONFIG_FILE_NAMES].sort(), ['.barraiser.json', '.barraiser.yaml', '.barraiser.yml']);
    assert.match(readFileSync(path.join(path.dirname(PACKAGE_JSON), '.vscodeignore'), 'utf8'), /^!schemas\/\*\.json$/m);
  });

  it('the VS Code client watches the same files the server reads', () => {
    const client = readFileSync(path.join(path.dirname(PACKAGE_JSON), 'client/src/extension.ts'), 'utf8');
    assert.ok(client.includes(`createFileSystemWatcher('${CONFIG_FILES_GLOB}')`), 'client/src/extension.ts watches CONFIG_FILES_GLOB');
    for (const name of CONFIG_FILE_NAMES) assert.ok(CONFIG_FILES_GLOB.replace('{yaml,yml,json}', name.split('.').pop()!).endsWith(name));
  });
});
