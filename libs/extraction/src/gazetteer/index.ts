/**
 * Gazetteer: place data and a fast, clitic-aware lookup over Arabic (and
 * English) text.
 *
 * The index is a character trie over the NORMALISED spellings (same
 * normaliser as the extractor: `normalizeArabic`), built once at module load.
 * `findPlaces` visits each word start of the text once, tries the handful of
 * Arabic proclitic splits (و ف ب ك ل and their combinations, «لل» for ل+ال)
 * and walks the trie from there; the cost is linear in the text length and
 * independent of the number of places. Longest match wins, matches never
 * overlap, and both ends must sit on word boundaries.
 */
import { normalizeArabic, normalizeKey, type NormalizedText } from '../text/normalize.js';
import { ALL_PLACES } from './places.all.js';
import { BLOCKERS } from './blockers.js';
import type { Place } from './types.js';

export type { Place, PlacePrecision } from './types.js';
export { COUNTRY_ADJECTIVES, countryOfAdjective } from './adjectives.js';

export interface PlaceMatch {
  place: Place;
  /** Offsets into the ORIGINAL text of the place name itself (proclitics excluded). */
  start: number;
  end: number;
  /**
   * Other places written the same way (e.g. «طرابلس»: Tripoli, Libya / Tripoli,
   * Lebanon), least likely last. `place` is the one the rest of the text
   * supports best (same country or parent named elsewhere), else the default.
   */
  alternatives?: Place[];
}

export interface FindPlacesOptions {
  /** Also return spellings marked context-only even without a place cue. Default false. */
  includeContextOnly?: boolean;
}

export const PLACES: readonly Place[] = Object.freeze(ALL_PLACES.slice());

const byId = new Map<string, Place>();
for (const p of PLACES) byId.set(p.id, p);

const countryPlaces = new Map<string, Place>();
for (const p of PLACES) if (p.precision === 'country' && p.country) countryPlaces.set(p.country, p);

const ancestorsOf = new Map<string, string[]>();
for (const p of PLACES) {
  const chain: string[] = [];
  let cur = p.parent ? byId.get(p.parent) : undefined;
  while (cur && chain.length < 10) {
    chain.push(cur.id);
    cur = cur.parent ? byId.get(cur.parent) : undefined;
  }
  ancestorsOf.set(p.id, chain);
}

export function getPlace(id: string): Place | undefined {
  return byId.get(id);
}

/** The country-level place for an ISO 3166-1 alpha-2 code (case-insensitive). */
export function placeByCountry(code: string): Place | undefined {
  return countryPlaces.get(code.toUpperCase());
}

/** Ancestor ids of a place, nearest first (district, region, country). */
export function ancestorIds(id: string): readonly string[] {
  return ancestorsOf.get(id) ?? [];
}

/** Words after which a context-only spelling counts as a place («مدينة صور», «بلدة الخيام»). */
export const CONTEXT_CUES: readonly string[] = [
  'مدينه', 'مدينتي', 'مدن', 'بلده', 'بلدتي', 'بلدات', 'قريه', 'قريتي', 'قري', 'منطقه', 'منطقتي', 'مناطق',
  'محافظه', 'محافظتي', 'محافظات', 'ولايه', 'ولايتي', 'ولايات', 'اقليم', 'قضاء', 'قضاءي', 'ناحيه', 'مديريه',
  'حي', 'احياء', 'مخيم', 'ضاحيه', 'ريف', 'جبل', 'جبال', 'بحيره', 'نهر', 'معبر', 'سهل', 'وادي', 'مرتفعات',
  'تله', 'تلال', 'هضبه', 'العاصمه', 'عاصمه', 'مستوطنه', 'مستوطنات', 'ميناء', 'مطار', 'قاعده', 'مقاطعه',
  'بلديه', 'محيط', 'اطراف', 'مشارف', 'اتجاه', 'محور', 'جبهه', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي',
  'جنوبي', 'شرقي', 'غربي', 'وسط', 'داخل', 'قرب', 'بالقرب', 'مقربه', 'نحو', 'حدود', 'مدخل',
].map((w) => normalizeKey(w));
const CUES = new Set(CONTEXT_CUES);

// ---------------------------------------------------------------------------
// Trie

const SPACE = 0x20;

interface Entry {
  place: Place | null; // null: a blocker phrase («مجموعة مينسك»): consumes text, yields nothing
  ctx: boolean; // needs a place cue before it
}

interface Node {
  next: Map<number, Node> | null; // build time only
  entries: Entry[] | null;
  // Frozen child table (see freeze()): a dense array over [base, base + dense.length)
  // for wide nodes, parallel key/child arrays for narrow ones.
  keys: Int32Array | null;
  kids: Node[] | null;
  dense: (Node | undefined)[] | null;
  base: number;
}

const newNode = (): Node => ({ next: null, entries: null, keys: null, kids: null, dense: null, base: 0 });

/** Replace the build-time Maps by compact tables: lookups are the hot path of findPlaces. */
function freeze(node: Node): void {
  if (!node.next) return;
  const keys = [...node.next.keys()].sort((a, b) => a - b);
  const kids = keys.map((k) => node.next!.get(k)!);
  if (keys.length > 8) {
    node.base = keys[0];
    node.dense = new Array<Node | undefined>(keys[keys.length - 1] - keys[0] + 1).fill(undefined);
    keys.forEach((k, i) => (node.dense![k - node.base] = kids[i]));
  } else {
    node.keys = Int32Array.from(keys);
    node.kids = kids;
  }
  for (const kid of kids) freeze(kid);
}

function child(node: Node, c: number): Node | undefined {
  const dense = node.dense;
  if (dense !== null) {
    const k = c - node.base;
    return k >= 0 && k < dense.length ? dense[k] : undefined;
  }
  const keys = node.keys;
  if (keys === null) return undefined;
  for (let i = 0; i < keys.length; i++) if (keys[i] === c) return node.kids![i];
  return undefined;
}
const root = newNode();

function isSeparator(c: number): boolean {
  // space (the normaliser folds all whitespace to one ASCII space) and dashes/hyphens
  return c === SPACE || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x5f;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) || // Arabic letters
    (c >= 0x066e && c <= 0x06d3) || // extended Arabic letters
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x61 && c <= 0x7a) || // a-z (normaliser lower-cases A-Z)
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f) // Latin letters with diacritics
  );
}

/**
 * Letters of Persian/Levantine transliteration that the shared normaliser
 * keeps: ڤ (v) → ف, پ (p) → ب, ڨ → ق, ژ → ز, and گ (g) → غ for keys. While
 * scanning, گ tries غ, then ك, then ج (the three Arabic spellings of g).
 */
const GAF = 0x06af;
const GAF_TRIES = [0x063a, 0x0643, 0x062c];
function foldLetter(c: number): number {
  switch (c) {
    case 0x06a4: return 0x0641; // ڤ
    case 0x067e: return 0x0628; // پ
    case 0x06a8: return 0x0642; // ڨ
    case 0x0698: return 0x0632; // ژ
    case GAF: return 0x063a;
    default: return c;
  }
}

/** Normalised trie key for a spelling: normaliser, extra letter folding, then any run of separators → one space. */
export function placeKey(s: string): string {
  const n = normalizeKey(s);
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (isSeparator(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (c === 0x2e || c === 0x27 || c === 0x2019) continue; // "St. Petersburg", "Sheba'a"
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    const f = foldLetter(c);
    out += f === c ? n[i] : String.fromCharCode(f);
  }
  return out;
}

function insert(key: string, entry: Entry): void {
  if (key.length < 2) return;
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!node.next) node.next = new Map();
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  if (!node.entries) node.entries = [];
  const dup = node.entries.find((e) => e.place === entry.place);
  if (dup) {
    dup.ctx = dup.ctx && entry.ctx;
    return;
  }
  node.entries.push(entry);
}

const nameIndex = new Map<string, Place[]>(); // normalised spelling → places (for searchPlaces)
function addName(key: string, place: Place): void {
  const list = nameIndex.get(key);
  if (!list) nameIndex.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

for (const p of PLACES) {
  const keys = p.arabic.map((raw) => placeKey(raw.replace(/^\?/, '')));
  const own = new Set(keys);
  p.arabic.forEach((raw, i) => {
    const key = keys[i];
    addName(key, p);
    // «مدينة صور», «بلدة شبعا»: cue + another spelling of the same place. The cue
    // logic already covers it, and the match should span the name only.
    const sp = key.indexOf(' ');
    if (sp > 0 && CUES.has(key.slice(0, sp)) && own.has(key.slice(sp + 1))) return;
    const ctx = raw.startsWith('?') || p.requiresContext === true;
    insert(key, { place: p, ctx });
  });
  // English spellings are matched too (Latin-script mentions), but not short
  // ones nor those of places with context-only Arabic spellings: "Kut",
  // "Tyre", "Bahri" are also ordinary words.
  const plainEnglish = !p.requiresContext && !p.arabic.some((a) => a.startsWith('?'));
  for (const raw of p.english) {
    const key = placeKey(raw);
    addName(key, p);
    if (plainEnglish && key.length >= 4) insert(key, { place: p, ctx: false });
  }
  addName(p.id, p);
}
for (const b of BLOCKERS) insert(placeKey(b), { place: null, ctx: false });

// Order entries sharing a spelling: heavier first, then data order.
const order = new Map<Place, number>();
PLACES.forEach((p, i) => order.set(p, i));
(function sortEntries(node: Node): void {
  if (node.entries && node.entries.length > 1) {
    node.entries.sort((a, b) => {
      if (!a.place || !b.place) return a.place ? 1 : -1;
      return (b.place.weight ?? 0) - (a.place.weight ?? 0) || order.get(a.place)! - order.get(b.place)!;
    });
  }
  if (node.next) for (const child of node.next.values()) sortEntries(child);
})(root);

// The trie node after «ال»: «لل» + name-without-«ال» (للخرطوم = ل + الخرطوم).
const afterAl = root.next?.get(0x0627)?.next?.get(0x0644) ?? null;
freeze(root);

// ---------------------------------------------------------------------------
// Proclitics and place cues

const W = 0x0648; // و
const F = 0x0641; // ف
const B = 0x0628; // ب
const K = 0x0643; // ك
const L = 0x0644; // ل

function isCueWord(word: string): boolean {
  // «منطقة», «بمنطقة», «وبمنطقة», «المنطقة», «بالمنطقة», «وبلدة» (و + بلدة, not و + ب + لدة)
  let w = word;
  for (let k = 0; k < 3; k++) {
    if (CUES.has(w) || (w.startsWith('ال') && CUES.has(w.slice(2)))) return true;
    const c = w.charCodeAt(0);
    if (k === 2 || w.length <= 3 || !(c === W || c === F || c === B || c === K || c === L)) return false;
    w = w.slice(1);
  }
  return false;
}

function hasCueBefore(s: string, wordStart: number): boolean {
  let j = wordStart - 1;
  while (j >= 0 && isSeparator(s.charCodeAt(j))) j--;
  const end = j + 1;
  while (j >= 0 && isWordChar(s.charCodeAt(j))) j--;
  return end > j + 1 && isCueWord(s.slice(j + 1, end));
}

// ---------------------------------------------------------------------------
// Matching

interface RawMatch {
  wordStart: number; // normalised index where the word (clitics included) starts
  start: number; // normalised index where the name starts
  end: number; // normalised index, exclusive
  entries: Entry[];
  conj: boolean; // the clitics include و / ف (a list continuation)
}

// Scan state, reused across calls (findPlaces is synchronous and not re-entrant).
let bestEnd = -1;
let bestEntries: Entry[] | null = null;
let cueState = 0; // 0 unknown, 1 cue before the current word, 2 none
let cueWordStart = 0;
let listed = false;

function ctxAllowed(s: string): boolean {
  if (listed) return true;
  if (cueState === 0) cueState = hasCueBefore(s, cueWordStart) ? 1 : 2;
  return cueState === 1;
}

/** Walk the trie from `node` at `pos`; keep the longest usable terminal beyond `bestEnd`. Returns true if it improved. */
function walk(s: string, pos: number, node: Node, includeCtx: boolean): boolean {
  const n = s.length;
  let j = pos;
  let cur: Node | undefined = node;
  let improved = false;
  while (cur) {
    const entries = cur.entries;
    if (entries !== null && j > pos && j > bestEnd && (j >= n || !isWordChar(s.charCodeAt(j)))) {
      let usable: Entry[] | null = entries;
      if (!includeCtx) {
        let plain = 0;
        for (let k = 0; k < entries.length; k++) if (!entries[k].ctx) plain++;
        if (plain === 0) usable = ctxAllowed(s) ? entries : null;
        else if (plain < entries.length) usable = ctxAllowed(s) ? entries : entries.filter((e) => !e.ctx);
      }
      if (usable !== null) {
        bestEnd = j;
        bestEntries = usable;
        improved = true;
      }
    }
    if (j >= n) break;
    const c = s.charCodeAt(j);
    if (c === SPACE || isSeparator(c)) {
      const sp = child(cur, SPACE);
      if (sp === undefined) break;
      j++;
      while (j < n && isSeparator(s.charCodeAt(j))) j++;
      cur = sp;
      continue;
    }
    if (c === GAF) {
      let next: Node | undefined;
      for (let g = 0; g < GAF_TRIES.length && next === undefined; g++) next = child(cur, GAF_TRIES[g]);
      cur = next;
    } else {
      cur = child(cur, c < 0x067e ? c : foldLetter(c));
    }
    j++;
  }
  return improved;
}

function isCliticLetter(c: number): boolean {
  return c === W || c === F || c === B || c === K || c === L;
}

function scan(s: string, includeCtx: boolean): RawMatch[] {
  const out: RawMatch[] = [];
  const n = s.length;
  let i = 0;
  let lastEnd = -1;
  let prevWord = false;
  while (i < n) {
    const c0 = s.charCodeAt(i);
    const word = isWordChar(c0);
    if (!word || prevWord) {
      prevWord = word;
      i++;
      continue;
    }
    // i is a word start
    bestEnd = -1;
    bestEntries = null;
    cueState = 0;
    cueWordStart = i;
    listed = false;
    let bestStart = -1;
    let bestConj = false;
    if (walk(s, i, root, includeCtx)) bestStart = i;
    if (isCliticLetter(c0)) {
      // one or two proclitics: و/ف (+ ب/ك/ل), or ب/ك/ل alone
      const conj = c0 === W || c0 === F;
      // A list continuation («بلدتي الخيام وكفركلا») inherits the cue of the previous place.
      listed = conj && lastEnd >= 0 && (lastEnd === i || (lastEnd === i - 1 && s.charCodeAt(lastEnd) === SPACE));
      for (let len = 1; len <= 2; len++) {
        if (len === 2) {
          const c1 = s.charCodeAt(i + 1);
          if (!conj || !(c1 === B || c1 === K || c1 === L)) break;
        }
        const pos = i + len;
        if (pos >= n) break;
        if (walk(s, pos, root, includeCtx)) {
          bestStart = pos;
          bestConj = conj;
        }
        // «لل» / «ولل»: ل + ال with the alef dropped.
        if (afterAl !== null && s.charCodeAt(pos - 1) === L && s.charCodeAt(pos) === L && walk(s, pos + 1, afterAl, includeCtx)) {
          bestStart = pos;
          bestConj = conj;
        }
      }
    }
    if (bestEntries !== null) {
      out.push({ wordStart: i, start: bestStart, end: bestEnd, entries: bestEntries, conj: bestConj });
      lastEnd = bestEnd;
      i = bestEnd;
      prevWord = true; // bestEnd is a word boundary, so the next char is not a word char
    } else {
      i++;
      while (i < n && isWordChar(s.charCodeAt(i))) i++;
      prevWord = false;
    }
  }
  return out;
}

/**
 * Places named in `text`, left to right, longest match first, never overlapping.
 * Pass `normalized` (= normalizeArabic(text)) when the caller already has it.
 */
export function findPlaces(text: string, normalized?: NormalizedText, options?: FindPlacesOptions): PlaceMatch[] {
  if (!text) return [];
  const nt = normalized ?? normalizeArabic(text);
  const raw = scan(nt.text, options?.includeContextOnly === true);

  // Evidence for disambiguation: ids, ancestors and countries of unambiguous matches.
  const ids = new Set<string>();
  const countries = new Set<string>();
  for (const m of raw) {
    if (m.entries.length !== 1 || !m.entries[0].place) continue;
    const p = m.entries[0].place;
    ids.add(p.id);
    for (const a of ancestorsOf.get(p.id) ?? []) ids.add(a);
    if (p.country) countries.add(p.country);
  }

  const result: PlaceMatch[] = [];
  for (const m of raw) {
    const places = m.entries.map((e) => e.place).filter((p): p is Place => p !== null);
    if (places.length === 0) continue; // blocker
    let chosen = places[0];
    if (places.length > 1) {
      let bestScore = -1;
      for (const p of places) {
        let score = 0;
        if (p.country && countries.has(p.country)) score += 1;
        if ((ancestorsOf.get(p.id) ?? []).some((a) => ids.has(a) && a !== p.country?.toLowerCase())) score += 2;
        if (score > bestScore) {
          bestScore = score;
          chosen = p;
        }
      }
    }
    const match: PlaceMatch = { place: chosen, start: nt.toOriginal(m.start), end: nt.toOriginalEnd(m.end) };
    if (places.length > 1) match.alternatives = places.filter((p) => p !== chosen);
    result.push(match);
  }
  return result;
}

/**
 * Places for a free-text query (the API's `?location=`): by id, then exact
 * English/Arabic name (normalised, case-insensitive), then names starting
 * with or containing the query. Best first, no duplicates.
 */
export function searchPlaces(query: string): Place[] {
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
  add(byId.get(q.toLowerCase()));
  if (/^[a-z]{2}$/i.test(q)) add(countryPlaces.get(q.toUpperCase()));
  const key = placeKey(q);
  if (!key) return out;
  let stripped = key;
  if (/^ال./.test(stripped) && !nameIndex.has(stripped)) stripped = stripped.slice(2);
  for (const p of nameIndex.get(key) ?? []) add(p);
  for (const p of nameIndex.get(stripped) ?? []) add(p);
  if (key.length < 3) return out;
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
