// extensionTestsPath entry: VS Code (desktop via @vscode/test-electron, or code-server via
// ../run.mjs) loads this module in the extension host and calls run(). Results also go to
// the JSON file named by BAR_RAISER_E2E_RESULTS, so the runner can report real totals.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { registerDiagnosticsTests, registerHoverTests } from './diagnostics.test';
import { registerEditingTests } from './editing.test';
import { registerExtensionTests } from './extension.test';
import { registerFixTests } from './fixes.test';
import { registerOutlineTests } from './outline.test';
import { registerPolishTests } from './polish.test';
import { registerRealDocumentTests } from './real-documents.test';
import { registerReviewTests } from './review.test';
import { registerScreenshotHandshake } from './screenshot';
import { registerSettingsTests } from './settings.test';
import { registerTeamConfigTests } from './team-config.test';
import { registerSuppressionTests } from './suppression.test';
import { registerStartTests } from './start.test';
import { registerStatusTests } from './status.test';
import { registerCompletionTests } from './completion.test';
import { registerAnchoringTests } from './anchoring.test';
import { registerModeTests } from './modes.test';

interface TestResult { title: string; state: 'passed' | 'failed'; error?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'in-editor', mocha);
  describe(process.env.BAR_RAISER_E2E_LABEL ?? 'VS Code', () => {
    registerDiagnosticsTests();
    registerHoverTests();
    registerEditingTests();
    registerSettingsTests();
    registerTeamConfigTests();
    registerSuppressionTests();
    registerFixTests();
    registerRealDocumentTests();
    registerReviewTests();
    registerExtensionTests();
    registerStartTests();
    registerOutlineTests();
    registerStatusTests();
    registerCompletionTests();
    registerAnchoringTests();
    registerPolishTests();
    registerModeTests();
    registerScreenshotHandshake();
  });
  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.BAR_RAISER_E2E_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed.`));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', error: error?.stack ?? String(error) }));
  });
}
