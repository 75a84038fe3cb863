/**
 * The character trie over the normalised spellings of the curated places
 * (and the blocker phrases), built once at module load and then frozen into
 * compact child tables.
 */
import { BLOCKERS } from './blockers.js';
import { PLACES } from './catalogue.js';
import { CUES } from './cues.js';
import { placeKey } from './letters.js';
import type { Place } from './types.js';

export interface Entry {
  place: Place | null; // null: a blocker phrase («مجموعة مينسك»): consumes text, yields nothing
  ctx: boolean; // needs a place cue before it
  loc: boolean; // …or a locative preposition («في إب», «على إب»): a `~` spelling
}

export interface Node {
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

export function child(node: Node, c: number): Node | undefined {
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

export const root = newNode();

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
    dup.loc = dup.ctx && entry.ctx ? dup.loc || entry.loc : false;
    dup.ctx = dup.ctx && entry.ctx;
    return;
  }
  node.entries.push(entry);
}

/** A final hamza after alef is often left unwritten: «صنعا», «كربلا», «السويدا» are «صنعاء», «كربلاء», «السويداء». */
function writtenForms(key: string): string[] {
  return key.endsWith('اء') ? [key, key.slice(0, -1)] : [key];
}

for (const p of PLACES) {
  const keys = p.arabic.map((raw) => placeKey(raw.replace(/^[?~]/, '')));
  const own = new Set(keys);
  p.arabic.forEach((raw, i) => {
    const key = keys[i];
    // «مدينة صور», «بلدة شبعا»: cue + another spelling of the same place. The cue
    // logic already covers it, and the match should span the name only.
    const sp = key.indexOf(' ');
    if (sp > 0 && CUES.has(key.slice(0, sp)) && own.has(key.slice(sp + 1))) return;
    const loc = raw.startsWith('~');
    const ctx = loc || raw.startsWith('?') || p.requiresContext === true;
    for (const k of writtenForms(key)) insert(k, { place: p, ctx, loc: loc && p.requiresContext !== true });
  });
  // English spellings are matched too (Latin-script mentions), but not short
  // ones nor those of places with context-only Arabic spellings: "Kut",
  // "Tyre", "Bahri" are also ordinary words.
  const plainEnglish = !p.requiresContext && !p.arabic.some((a) => a.startsWith('?') || a.startsWith('~'));
  for (const raw of p.english) {
    const key = placeKey(raw);
    if (plainEnglish && key.length >= 4) insert(key, { place: p, ctx: false, loc: false });
  }
}
for (const b of BLOCKERS) insert(placeKey(b), { place: null, ctx: false, loc: false });

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
export const afterAl = root.next?.get(0x0627)?.next?.get(0x0644) ?? null;
freeze(root);
