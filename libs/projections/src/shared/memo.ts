import { LRUCache } from 'lru-cache';

/**
 * Results per key, the least recently used forgotten beyond `max` keys. A rebuild
 * asks for the same few thousand dates millions of times (Date.parse and
 * toISOString were ~5% of a rebuild's profile). `compute` may return null.
 */
export function memo<T>(compute: (key: string) => T, max = 100_000): (key: string) => T {
  const cache = new LRUCache<string, { value: T }>({ max });
  return (key) => {
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = { value: compute(key) }));
    return found.value;
  };
}
