// The file name of a new PR/FAQ or memo from the name the writer types: NAME.prfaq.md or
// NAME.memo.md. No `vscode` import, so tests check it without VS Code.

export type NewDocumentKind = 'prfaq' | 'memo';

/** `{ fileName }`, or `{ problem }` saying what is wrong with the name. The suffix may be typed or not. */
export function newDocumentFileName(typed: string, kind: NewDocumentKind): { fileName: string } | { problem: string } {
  const suffix = `.${kind}.md`;
  let name = typed.trim();
  if (name.toLowerCase().endsWith(suffix)) name = name.slice(0, -suffix.length);
  else if (name.toLowerCase().endsWith('.md')) name = name.slice(0, -'.md'.length);
  if (!name) return { problem: 'Type a name, e.g. launch-plan.' };
  if (/[\\/]/.test(name)) return { problem: 'A name without / or \\: the file goes in the chosen folder.' };
  if (name === '.' || name === '..' || name.startsWith('.')) return { problem: 'A name that does not start with a dot.' };
  if (/[\u0000-\u001f<>:"|?*]/.test(name)) return { problem: 'A name without control characters or any of < > : " | ? *.' };
  return { fileName: `${name}${suffix}` };
}
