// `documents` globs from settings and team files, matched without regular expressions: a glob
// like `*a*a*a*a*b` compiled to a backtracking expression can take minutes on one long file
// name. This matcher takes time proportional to (glob length × path length) at worst.
//
// Syntax (as picomatch with `dot: true`): `*` any characters but `/` (dot files too), `?` one,
// `[abc]` `[a-z]` `[!a]` `[^a]` one of a set, `**` as a whole segment any number of folders,
// `{a,b}` alternatives, `\` escapes, a leading `!` negates. A glob without `/` matches the file
// name anywhere. Extglobs (`@(…)`, `+(…)`…) are not supported (globProblem says so).

/** Longest glob accepted from configuration. */
export const MAX_GLOB_LENGTH = 256;
/** Most alternatives a glob's `{…}` may expand to. */
export const MAX_GLOB_ALTERNATIVES = 64;

type Token = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'star' } | { kind: 'set'; negated: boolean; ranges: [string, string][] };
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

/** Why a glob can't be used, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  const checked = checkGlob(glob);
  return 'problem' in checked ? checked.problem : undefined;
}

/** A matcher for forward-slash paths. A glob with a problem (see globProblem) matches nothing. */
export function compileGlob(glob: string): (path: string) => boolean {
  const checked = checkGlob(glob);
  return 'problem' in checked ? () => false : checked.matcher();
}

type Checked = { problem: string } | { matcher: () => (path: string) => boolean };

/**
 * Globs checked (with their `{…}` expanded) by settings and later compiled for matching: each
 * glob's braces are expanded once, not once per step. Bounded; dropped whole when full.
 */
const checkedGlobs = new Map<string, Checked>();
const MAX_CHECKED_GLOBS = 256;

function checkGlob(glob: string): Checked {
  let checked = checkedGlobs.get(glob);
  if (!checked) {
    checked = check(glob);
    if (checkedGlobs.size >= MAX_CHECKED_GLOBS) checkedGlobs.clear();
    checkedGlobs.set(glob, checked);
  }
  return checked;
}

function check(glob: string): Checked {
  if (glob.length === 0) return { problem: 'is empty' };
  if (glob.length > MAX_GLOB_LENGTH) return { problem: `is ${glob.length} characters long; a glob may have at most ${MAX_GLOB_LENGTH}` };
  if (/(?:^|[^\\])[@!+*?]\(/.test(glob.replace(/^!(?!\()/, ''))) return { problem: 'uses an extglob ("@(…)", "+(…)", "!(…)"…), which is not supported; use {a,b} alternatives' };
  const negated = /^!(?!\()/.test(glob);
  // A leading `!` holds no brace, so the body expands to as many alternatives as the glob.
  const alternatives = expandBraces(negated ? glob.slice(1) : glob);
  if (alternatives === undefined) return { problem: `expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives` };
  let matcher: ((path: string) => boolean) | undefined;
  return { matcher: () => (matcher ??= compile(alternatives, negated)) };
}

function compile(alternatives: readonly string[], negated: boolean): (path: string) => boolean {
  const compiled = alternatives
    .map((g) => g.replace(/^(?:\.\/)+/, ''))
    .map((g) => ({ baseOnly: !g.includes('/'), segments: g.split('/').map(parseSegment) }));
  return (path) => {
    const parts = path.split('/');
    const name = parts[parts.length - 1];
    const hit = compiled.some((c) => matchSegments(c.segments, c.baseOnly ? [name] : parts));
    return hit !== negated;
  };
}

/** `{a,b}` alternatives expanded (nested too); undefined when there would be too many. */
function expandBraces(glob: string): string[] | undefined {
  const open = findBrace(glob);
  if (!open) return [glob];
  const { start, end, options } = open;
  const out: string[] = [];
  for (const option of options) {
    const rest = expandBraces(glob.slice(0, start) + option + glob.slice(end + 1));
    if (!rest) return undefined;
    out.push(...rest);
    if (out.length > MAX_GLOB_ALTERNATIVES) return undefined;
  }
  return out;
}

/** The first `{…}` holding a top-level comma (others are literal text), with its options. */
function findBrace(glob: string): { start: number; end: number; options: string[] } | undefined {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    if (glob[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < glob.length; j++) {
      const c = glob[j];
      if (c === '\\') j++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(j);
      else if (c === '}' && --depth === 0) {
        if (commas.length === 0) break;
        const bounds = [i, ...commas, j];
        return { start: i, end: j, options: bounds.slice(1).map((b, k) => glob.slice(bounds[k] + 1, b)) };
      }
    }
  }
  return undefined;
}

function parseSegment(segment: string): Segment {
  if (segment === '**') return { kind: 'globstar' };
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) tokens.push({ kind: 'char', char: segment[++i] });
    else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' }); // `**` inside a segment is `*`
    } else if (c === '[') {
      const set = parseSet(segment, i);
      if (set) {
        tokens.push(set.token);
        i = set.end;
      } else tokens.push({ kind: 'char', char: c });
    } else tokens.push({ kind: 'char', char: c });
  }
  return { kind: 'tokens', tokens };
}

/** `[…]` from `start`; undefined when it is not closed (then `[` is a plain character). */
function parseSet(segment: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < segment.length; first = false, i++) {
    let c = segment[i];
    if (c === ']' && !first) return { token: { kind: 'set', negated, ranges }, end: i };
    if (c === '\\' && i + 1 < segment.length) c = segment[++i];
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      let to = segment[i + 2];
      i += 2;
      if (to === '\\' && i + 1 < segment.length) to = segment[++i];
      ranges.push([c, to]);
    } else ranges.push([c, c]);
  }
  return undefined;
}

function tokenMatches(token: Token, c: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === c;
    case 'one':
      return true;
    case 'set':
      return token.ranges.some(([from, to]) => c >= from && c <= to) !== token.negated;
    default:
      return false;
  }
}

/**
 * Wildcard matching with one backtrack point: on a mismatch, the last `*` takes one more item and
 * the rest is tried again. Every other token takes exactly one item, so this is exact and at
 * worst (tokens × items) steps.
 */
function wildcard<T, I>(tokens: readonly T[], items: readonly I[], isStar: (t: T) => boolean, matches: (t: T, item: I) => boolean): boolean {
  let t = 0;
  let i = 0;
  let starT = -1;
  let starI = 0;
  while (i < items.length) {
    if (t < tokens.length && isStar(tokens[t])) {
      starT = t++;
      starI = i;
    } else if (t < tokens.length && matches(tokens[t], items[i])) {
      t++;
      i++;
    } else if (starT >= 0) {
      t = starT + 1;
      i = ++starI;
    } else return false;
  }
  while (t < tokens.length && isStar(tokens[t])) t++;
  return t === tokens.length;
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): boolean {
  return wildcard(
    segments,
    parts,
    (s) => s.kind === 'globstar',
    (s, part) => s.kind === 'tokens' && wildcard(s.tokens, [...part], (t) => t.kind === 'star', tokenMatches),
  );
}
