// extensionTestsPath entry: VS Code (desktop via @vscode/test-electron, or code-server via
// ../run.mjs) loads this module in the extension host and calls run().
import Mocha from 'mocha';
import { registerDiagnosticsTests } from './diagnostics.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  mocha.suite.emit('pre-require', globalThis, 'in-editor', mocha);
  registerDiagnosticsTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed.`)) : resolve()));
  });
}
