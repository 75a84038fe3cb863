/** Free-text place search (the API's `?location=`) over ids and every Arabic and English spelling. */
import { getPlace, placeByCountry, PLACES } from './catalogue.js';
import { placeKey } from './letters.js';
import type { Place } from './types.js';

const nameIndex = new Map<string, Place[]>(); // normalised spelling → places (for searchPlaces)
function addName(key: string, place: Place): void {
  const list = nameIndex.get(key);
  if (!list) nameIndex.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

for (const p of PLACES) {
  for (const raw of p.arabic) addName(placeKey(raw.replace(/^[?~]/, '')), p);
  for (const raw of p.english) addName(placeKey(raw), p);
  addName(p.id, p);
}

/**
 * Places for a free-text query: by id, then exact English/Arabic name (normalised,
 * case-insensitive), then, unless `partial` is false, names starting with or containing
 * the query. Best first, no duplicates. The API's `?location=` takes exact names only:
 * a fragment («nan») must not filter by whichever place happens to start with it.
 */
export function searchPlaces(query: string, { partial = true }: { partial?: boolean } = {}): Place[] {
  const q = query.trim();
  if (!q) return [];
  const out: Place[] = [];
  const seen = new Set<Place>();
  const add = (p: Place | undefined): void => {
    if (p && !seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  add(getPlace(q.toLowerCase()));
  if (/^[a-z]{2}$/i.test(q)) add(placeByCountry(q));
  const key = placeKey(q);
  if (!key) return out;
  let stripped = key;
  if (/^ال./.test(stripped) && !nameIndex.has(stripped)) stripped = stripped.slice(2);
  for (const p of nameIndex.get(key) ?? []) add(p);
  for (const p of nameIndex.get(stripped) ?? []) add(p);
  if (!partial || key.length < 3) return out;
  const prefix: Place[] = [];
  const infix: Place[] = [];
  for (const [name, places] of nameIndex) {
    if (name === key) continue;
    if (name.startsWith(key)) prefix.push(...places);
    else if (name.includes(key)) infix.push(...places);
  }
  for (const p of prefix) add(p);
  for (const p of infix) add(p);
  return out;
}
