/**
 * Skeleton key → the places whose names have that skeleton, for one set of
 * rows of the world table (one country, or the big cities of every country).
 *
 * Bucket b of a key holds `entries[starts[b] .. starts[b + 1])`, pairs of
 * (row, reading) where reading = vowel pattern id × 16 + detour: everything
 * the ranking needs, so a lookup never transliterates a candidate again. One
 * flat typed array instead of a small array per key keeps an index at about a
 * quarter of the heap.
 */
import { latinSkeletons } from './latin-skeleton.js';
import type { WorldCityTable } from './world-cities.loader.js';

/** Keys shorter than this are never indexed: one consonant names nothing reliably. */
const MIN_KEY_LENGTH = 2;

export interface SkeletonIndex {
  readonly buckets: Map<string, number>;
  readonly starts: Uint32Array;
  readonly entries: Uint32Array;
}

/** Vowel-slot patterns («01010»), shared by all indexes of a gazetteer: a few thousand distinct strings. */
export class VowelPatterns {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];

  idOf(pattern: string): number {
    let id = this.ids.get(pattern);
    if (id === undefined) {
      id = this.list.push(pattern) - 1;
      this.ids.set(pattern, id);
    }
    return id;
  }
}

export function buildIndex(table: WorldCityTable, rows: Iterable<number>, patterns: VowelPatterns): SkeletonIndex {
  const lists = new Map<string, number[]>();
  let total = 0;
  for (const row of rows) {
    const country = table.countryCodes[table.country[row]];
    for (const { key, vowels, detour } of latinSkeletons(table.names[row], country)) {
      if (key.length < MIN_KEY_LENGTH) continue;
      const reading = patterns.idOf(vowels) * 16 + Math.min(detour, 15);
      const list = lists.get(key);
      if (list) list.push(row, reading);
      else lists.set(key, [row, reading]);
      total += 2;
    }
  }
  const buckets = new Map<string, number>();
  const starts = new Uint32Array(lists.size + 1);
  const entries = new Uint32Array(total);
  let b = 0;
  for (const [key, list] of lists) {
    buckets.set(key, b);
    entries.set(list, starts[b]);
    starts[b + 1] = starts[b] + list.length;
    b++;
  }
  return { buckets, starts, entries };
}

/** Heap held by an index: its typed arrays, and per key the string and its hash-table slot. */
export function indexBytes(index: SkeletonIndex): number {
  let bytes = index.starts.byteLength + index.entries.byteLength;
  for (const key of index.buckets.keys()) bytes += 16 + key.length + 24;
  return bytes;
}
