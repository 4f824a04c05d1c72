// Warms the engine up after `initialized`: the first lint in a fresh process runs every rule,
// parser and word list for the first time (unoptimised code, lazily built tables) and takes
// about twice as long as later ones. A few small generated documents, each linted and then
// re-linted after a one-word edit, take that cost in the background, one small lint per turn
// of the event loop, so requests and didOpen are still answered in between. It starts after a
// short quiet spell (an editor sends didOpen right after `initialized`) and ends as soon as a
// real document is linted: that lint has then paid the cost, and a warm-up step (slow while
// cold) must not delay the keystrokes that follow.

import { BlockCache, lintDocument, type LintOptions } from '../engine';
import { createRandom, editOneWord, memo, pressRelease } from '../bench/generate';

/** Quiet time before the warm-up starts. */
const QUIET_MS = 100;

const SUPPRESSION = '<!-- bar-raiser-disable-next-line style/weasel-word -- warm-up -->\n';

/** The warm-up lints, in order: each is one step. */
function steps(): (() => void)[] {
  const cache = new BlockCache(2_000);
  const random = createRandom(3);
  const documents: [string, LintOptions['kind']][] = [
    [pressRelease(250, 11), 'prfaq'],
    [SUPPRESSION + memo(300, 21), 'memo'],
    [pressRelease(400, 12), 'prfaq'],
    [memo(500, 22), 'memo'],
    [memo(500, 23), 'memo'],
  ];
  return documents.flatMap(([text, kind]) => [
    () => lintDocument(text, undefined, { kind, cache }),
    () => lintDocument(editOneWord(text, 1, random), undefined, { kind, cache }),
  ]);
}

/** Starts the warm-up; returns a function that stops it. */
export function startWarmup(linted: () => boolean, onError: (error: unknown) => void): () => void {
  const queue = steps();
  let timer: NodeJS.Immediate | undefined;
  let wait: NodeJS.Timeout | undefined;
  const next = () => {
    const step = queue.shift();
    if (!step || linted()) return;
    try {
      step();
    } catch (error) {
      onError(error);
      return;
    }
    timer = setImmediate(next);
  };
  wait = setTimeout(next, QUIET_MS);
  return () => {
    queue.length = 0;
    if (timer) clearImmediate(timer);
    if (wait) clearTimeout(wait);
  };
}
