// A lean stand-in for `unist-util-visit`, for retext-readability only (the bundler points
// the plugin's import here, see scripts/build.mjs). The original builds a closure and
// renames it for every node it visits, which costs more than the readability formulas
// themselves. The plugin only visits by node type, in document order, and returns SKIP,
// so this covers what it uses: visit(tree, type, visitor), with CONTINUE, SKIP and EXIT.

export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

interface Node {
  type: string;
  children?: Node[];
}

type Visitor = (node: Node, index: number | undefined, parent: Node | undefined) => unknown;

export function visit(tree: Node, test: string | Visitor, visitor?: Visitor): void {
  if (typeof test !== 'string' || !visitor) throw new Error('lean-visit supports visit(tree, type, visitor) only');
  walk(tree, undefined, undefined, test, visitor);
}

/** Returns false when the visitor asked to stop. */
function walk(node: Node, index: number | undefined, parent: Node | undefined, type: string, visitor: Visitor): boolean {
  if (node.type === type) {
    const result = visitor(node, index, parent);
    const action = Array.isArray(result) ? result[0] : result;
    if (action === EXIT) return false;
    if (action === SKIP) return true;
  }
  const children = node.children;
  if (children) {
    for (let i = 0; i < children.length; i++) if (!walk(children[i], i, node, type, visitor)) return false;
  }
  return true;
}
