// textDocument/codeAction (quick fixes, suppression comments, source.fixAll.barRaiser) and the
// server commands behind them: fix-all for a document, and selecting an inserted placeholder.
// Actions are built from a lint of the document's current text, so they never use stale ranges.

import { CodeActionKind, ShowDocumentRequest, type CodeAction, type Range } from 'vscode-languageserver';
import { lintDocument } from '../../linter';
import type { FixChange } from '../../engine/fixes';
import { describeChanges } from '../../engine/fix-report';
import { FIX_ALL_KIND, fixAllActions, fixAllEdits, quickFixes, SERVER_COMMANDS, type ActionInput } from '../code-actions';
import type { Feature, ServerContext } from '../context';
import { isMarkdown } from '../linter';
import { templateActions } from '../template-action';

export const codeActionsFeature: Feature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
  }),
  register(context) {
    const { connection } = context;
    connection.onCodeAction(async ({ textDocument, range, context: request }) => {
      const current = await currentInput(context, textDocument.uri);
      if (!current) return [];
      const { input, settings, options } = current;
      const only = request.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        actions.push(...quickFixes(input, request.diagnostics.filter((d) => overlaps(d.range, range))));
        actions.push(...templateActions(input, current.kind, request.diagnostics));
      }
      if (only && wants(FIX_ALL_KIND)) actions.push(...fixAllActions(input, settings, options));
      return actions;
    });
  },
  commands: {
    [SERVER_COMMANDS.fixAll]: (context, arg) => fixAllCommand(context, uriOf(arg)),
    [SERVER_COMMANDS.selectPlaceholder]: async (context, arg) => {
      const uri = uriOf(arg);
      const range = (arg as { range?: Range } | undefined)?.range;
      if (uri && range) await context.connection.sendRequest(ShowDocumentRequest.type, { uri, selection: range, takeFocus: true }).catch(() => undefined);
      return null;
    },
  },
};

function uriOf(arg: unknown): string | undefined {
  const uri = (arg as { uri?: unknown } | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** The document's current text, linted with its settings (cached blocks make this cheap). */
async function currentInput(context: ServerContext, uri: string) {
  const document = context.documents.get(uri);
  if (!document || !isMarkdown(document)) return undefined;
  const { settings, options } = await context.linter.lintInputs(uri);
  const latest = context.documents.get(uri);
  if (!latest) return undefined;
  const text = latest.getText();
  const result = lintDocument(text, settings, options);
  if (!result.kind) return undefined;
  const canSelect = context.client.window?.showDocument?.support === true;
  const input: ActionInput = { uri, version: latest.version, text, findings: result.findings, canSelect };
  return { input, settings, options, kind: result.kind };
}

export interface FixAllResult {
  fixed: number;
  /** What changed, in words: `Bar Raiser fixed 2 problems: removed "very" on line 12; …` (engine/fix-report.ts). */
  message: string;
  /** What each applied fix changed (0-based line in the fixed text, whole lines before and after), the first MAX_CHANGES. */
  changes: FixChange[];
  /** Changes left out of `changes` (a long document with hundreds of fixes). */
  omittedChanges?: number;
}

/** Changes returned at most: enough to read, and the answer stays small. */
const MAX_CHANGES = 200;

async function fixAllCommand(context: ServerContext, uri: string | undefined): Promise<FixAllResult> {
  const current = uri ? await currentInput(context, uri) : undefined;
  if (!current) {
    const open = uri !== undefined && context.documents.get(uri) !== undefined;
    return { fixed: 0, changes: [], message: open ? 'Bar Raiser: this file is not a PR/FAQ or memo, so there is nothing to fix.' : 'Bar Raiser: fix-all needs an open document ({ uri }).' };
  }
  const { input, settings, options } = current;
  const { edits, fixed, changes } = fixAllEdits(input.text, input.findings, settings, options);
  if (fixed === 0) return { fixed: 0, changes: [], message: 'Bar Raiser: no auto-fixable problems.' };
  const result = await context.connection.workspace.applyEdit({
    label: 'Bar Raiser: fix all auto-fixable problems',
    edit: { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] },
  });
  if (!result.applied) return { fixed: 0, changes: [], message: `Bar Raiser: the fixes were not applied${result.failureReason ? ` (${result.failureReason})` : ''}.` };
  const omitted = Math.max(0, changes.length - MAX_CHANGES);
  return {
    fixed,
    changes: changes.slice(0, MAX_CHANGES),
    ...(omitted > 0 ? { omittedChanges: omitted } : {}),
    message: describeChanges(fixed, changes, omitted),
  };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
