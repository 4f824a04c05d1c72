// The review preview's page shell: a strict Content-Security-Policy (nonce script, styles,
// fonts and images only from the extension and the document's folder, nothing remote), our stylesheets, the toolbar, an
// empty container the script fills with the server's sanitized HTML, and media/preview.js.
// Pure (no `vscode` import) so it is unit-tested.

import { randomBytes } from 'node:crypto';

export interface PreviewShellInput {
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(...) of dist/media/preview.css, toolbar.css and preview.js */
  styles: string[];
  script: string;
  nonce?: string;
}

export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function previewShell({ cspSource, styles, script, nonce = newNonce() }: PreviewShellInput): string {
  const csp = contentSecurityPolicy(cspSource, nonce);
  const links = styles.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${links}
<title>Review Preview</title>
</head>
<body>
<div class="br-toolbar" role="toolbar" aria-label="Review preview options">
<label><input type="checkbox" id="br-toggle-notes" checked> Notes</label>
<label><input type="checkbox" id="br-toggle-line-numbers" checked> Line numbers</label>
<span id="br-status" class="br-status" role="status"></span>
</div>
<section id="br-summary" class="br-summary" aria-label="Review summary"></section>
<main id="br-preview" class="br-preview"></main>
<script nonce="${nonce}" src="${escapeAttribute(script)}"></script>
</body>
</html>
`;
}
