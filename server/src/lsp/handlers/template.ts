// `barRaiser/template { kind } → { snippet, text, firstPlaceholder }`: the PR/FAQ or memo template
// (server/src/templates), so every editor's "new document" and "insert template" use the same text.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { DocumentKind } from '../../engine/types';
import { templateFor, type Template } from '../../templates';
import type { Feature } from '../context';

export const TEMPLATE_REQUEST = 'barRaiser/template';

interface TemplateParams {
  kind: DocumentKind;
}

const KINDS: readonly DocumentKind[] = ['prfaq', 'memo'];

export const templateFeature: Feature = {
  register({ connection }) {
    connection.onRequest(TEMPLATE_REQUEST, (params: TemplateParams | undefined): Template | ResponseError => {
      const kind = params?.kind;
      if (!KINDS.includes(kind as DocumentKind)) {
        return new ResponseError(ErrorCodes.InvalidParams, `barRaiser/template needs { kind: "prfaq" | "memo" }; got ${JSON.stringify(kind ?? null)}.`);
      }
      return templateFor(kind as DocumentKind);
    });
  },
};
