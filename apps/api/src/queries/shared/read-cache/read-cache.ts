import { LRUCache } from 'lru-cache';

export interface ReadCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

interface Entry {
  /** What the answer was computed from (serving builds, and checkpoints for a current-state answer). */
  version: string;
  /** UTF-8, ready for the socket: a hit costs neither serialisation nor encoding. */
  body: Buffer;
}

/**
 * Serialised query answers in an `lru-cache` bounded by an estimate of their
 * memory (the body's bytes, plus key and version). An entry is only served for
 * the same `version` it was stored under; a lookup under a newer version
 * misses, and the store that follows replaces the entry.
 */
export class ReadCache {
  private readonly entries: LRUCache<string, Entry>;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + 2 * (key.length + entry.version.length) + 64,
      // One answer may take at most an eighth of the cache, so a few large ones cannot flush all the rest.
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      dispose: (_entry, _key, reason) => {
        if (reason === 'evict') this.evictions++;
      },
    });
  }

  get(key: string, version: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return entry.body;
  }

  set(key: string, version: string, body: Buffer): void {
    this.entries.set(key, { version, body });
  }

  stats(): ReadCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.entries.calculatedSize,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }
}
