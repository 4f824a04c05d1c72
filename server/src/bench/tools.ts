// The linters the benchmark compares: Bar Raiser's engine, write-good, and a plain
// unified/remark/retext pipeline that re-reads the whole document on every run.

import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { lint } from '../linter';
import type { DocumentKind } from '../engine/types';

export type ToolName = 'bar-raiser' | 'write-good' | 'retext-pipeline';
export const TOOLS: ToolName[] = ['bar-raiser', 'write-good', 'retext-pipeline'];

/** Returns a function that lints a text and returns how many findings it made. */
export function createTool(name: ToolName, kind: DocumentKind): (text: string) => number {
  switch (name) {
    case 'bar-raiser':
      return (text) => lint(text, undefined, { kind }).length;
    case 'write-good': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const writeGood = require('write-good') as (text: string) => unknown[];
      return (text) => writeGood(text).length;
    }
    case 'retext-pipeline': {
      // What remark-retext does, synchronously: Markdown → mdast → nlcst → retext plugins.
      const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
      const english = unified().use(retextEnglish).use(retextReadability).use(retextPassive).use(retextIntensify).use(retextSimplify).freeze();
      return (text) => {
        const file = new VFile(text);
        const tree = toNlcst(markdown.parse(file), file, ParseEnglish);
        english.runSync(tree, file);
        return file.messages.length;
      };
    }
  }
}
