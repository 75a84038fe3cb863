import { LRUCache } from 'lru-cache';

/**
 * Results per key, the least recently used forgotten beyond `max` keys. A rebuild
 * asks for the same few thousand dates millions of times, and parsing and
 * formatting each one again shows in its profile. `compute` may return null.
 */
export function memo<T>(compute: (key: string) => T, max = 100_000): (key: string) => T {
  const cache = new LRUCache<string, { value: T }>({ max });
  return (key) => {
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = { value: compute(key) }));
    return found.value;
  };
}
