// One cache helper for facts read from a block or prose unit. Blocks and units are reused
// across lints while their text is unchanged, so a fact computed once per object stays valid;
// a WeakMap lets it go with the object.

/**
 * `compute`, remembered per key object (undefined results too). Any further arguments must
 * follow from the key (a unit's block text): they are read only the first time.
 */
export function memoize<K extends object, A extends unknown[], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const cache = new WeakMap<K, { value: V }>();
  return (key: K, ...rest: A): V => {
    let hit = cache.get(key);
    if (!hit) {
      hit = { value: compute(key, ...rest) };
      cache.set(key, hit);
    }
    return hit.value;
  };
}
