// Warms the engine up after `initialized`: the first lint in a fresh process runs every rule,
// parser and word list for the first time (unoptimised code, lazily built tables) and takes
// about twice as long as later ones. A few small generated documents, each linted and then
// re-linted after a one-word edit, take that cost in the background, one small lint per turn
// of the event loop, so requests and didOpen are still answered in between. It starts after a
// short quiet spell (an editor sends didOpen right after `initialized`) and ends as soon as a
// real document is linted: that lint has then paid the cost, and a warm-up step (slow while
// cold) must not delay the keystrokes that follow.

import { BlockCache, lintDocument, optInRulesOn, type LintOptions } from '../linter';
import { createRandom, editOneWord, memo, pressRelease } from '../samples/generate';

/** Quiet time before the warm-up starts. */
const QUIET_MS = 100;

const SUPPRESSION = '<!-- bar-raiser-disable-next-line style/weasel-word -- warm-up -->\n';

/** Rounds of warm-up documents: V8 optimises code that has run often (3 rounds: the open in the bench 110 ms instead of 177 with 1). */
const ROUNDS = 3;

/** The warm-up lints, in order: each is one step (a document is made when its step comes). */
function steps(): (() => void)[] {
  // Every rule on, opt-in ones too: settings are not known yet, and a team may turn them all on.
  const settings = optInRulesOn();
  const cache = new BlockCache(16 * 1024 * 1024); // bytes: room for every warm-up document, so each re-lint is incremental
  const random = createRandom(3);
  const out: (() => void)[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const seed = 10 * round;
    const documents: [() => string, LintOptions['kind']][] = [
      [() => pressRelease(250, 11 + seed), 'prfaq'],
      [() => SUPPRESSION + memo(300, 21 + seed), 'memo'],
      [() => pressRelease(400, 12 + seed), 'prfaq'],
      [() => memo(500, 22 + seed), 'memo'],
      [() => memo(500, 23 + seed), 'memo'],
    ];
    for (const [make, kind] of documents) {
      let text = '';
      out.push(
        () => lintDocument((text = make()), settings, { kind, cache }),
        () => lintDocument(editOneWord(text, 1, random), settings, { kind, cache }),
      );
    }
  }
  return out;
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
