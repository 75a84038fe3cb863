import type { PlaceChain } from '../incidents/linking.rule.js';

/** What the read side needs from the gazetteer. */
export interface PlaceInfo {
  id: string;
  name: string;
  nameAr?: string | null;
  country: string | null;
  lat: number;
  lon: number;
  precision: string;
  parent: string | null;
}

export interface PlaceDirectory {
  get(id: string): PlaceInfo | undefined;
  /** Places whose English or Arabic name matches `query`. */
  search(query: string): PlaceInfo[];
}

/** The place and its ancestors, settlement → district → region → country. Unknown ids are their own chain. */
export function placeChainOf(directory: PlaceDirectory): PlaceChain {
  const cache = new Map<string, readonly string[]>();
  const lookup: PlaceChain = (id) => {
    let chain = cache.get(id);
    if (!chain) {
      const out = [id];
      const seen = new Set(out);
      for (let p = directory.get(id)?.parent ?? null; p && !seen.has(p); p = directory.get(p)?.parent ?? null) {
        out.push(p);
        seen.add(p);
      }
      chain = out;
      cache.set(id, chain);
    }
    return chain;
  };
  // Remembered like the chains: linking asks it for every place of every candidate it scores, and
  // a directory look-up makes a fresh PlaceInfo each time (6 s of a 150k rebuild's profile).
  const broad = new Map<string, boolean>();
  lookup.isBroad = (id) => {
    let b = broad.get(id);
    if (b === undefined) broad.set(id, (b = BROAD_PRECISIONS.has(directory.get(id)?.precision ?? '')));
    return b;
  };
  return lookup;
}

/** Places too wide to say two events happened at the same place. */
const BROAD_PRECISIONS = new Set(['country', 'border']);

/** A directory over a fixed list (tests, or before the gazetteer is wired). */
export function placeDirectoryOf(places: readonly PlaceInfo[]): PlaceDirectory {
  const byId = new Map(places.map((p) => [p.id, p]));
  return {
    get: (id) => byId.get(id),
    search: (q) => {
      const needle = q.trim().toLowerCase();
      return places.filter((p) => p.name.toLowerCase() === needle || p.nameAr === q.trim());
    },
  };
}
