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
  bytes: number;
}

/**
 * Serialised query answers, least recently used first out, bounded by an
 * estimate of their memory (the body's bytes, plus key and version). An entry is
 * only served for the same `version` it was stored under; a lookup under a
 * newer version misses, and the store that follows replaces the entry.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly maxBytes: number) {}

  get(key: string, version: string): Buffer | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) {
      this.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.body;
  }

  set(key: string, version: string, body: Buffer): void {
    const bytes = body.length + 2 * (key.length + version.length) + 64;
    this.delete(key);
    // One answer may take at most an eighth of the cache, so a few large ones cannot flush all the rest.
    if (bytes > this.maxBytes / 8) return;
    this.entries.set(key, { version, body, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
      this.evictions++;
    }
  }

  stats(): ReadCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
