/**
 * Arabic normalisation for matching, with an offset map back into the
 * original text (every extracted offset must point into what the caller sent).
 *
 * Decisions (stable: the gazetteer and the lexicons are written against them):
 * - alef forms أ إ آ ٱ ٲ ٳ → ا ; hamza carriers ؤ → و, ئ → ي (news spellings
 *   vary between «مسؤول»/«مسئول» and «هيئة»/«هيئه»; folding both sides is the
 *   usual IR choice and costs almost no ambiguity); bare hamza ء is kept.
 * - ta marbuta ة → ه ; alef maqsura ى → ي ; Persian/Urdu ک ی ه-forms → ك ي ه.
 * - tatweel and diacritics (harakat, shadda, sukun, superscript alef, Quranic
 *   marks) are dropped; bidi/zero-width format characters are dropped.
 * - Arabic-Indic and Persian digits → ASCII; Arabic decimal separator ٫ → '.'.
 * - any run of whitespace (incl. NBSP) → one ASCII space; ASCII letters lower-cased.
 * - Guillemets and curly quotes are kept as they are (sentence logic reads them).
 */
export interface NormalizedText {
  /** Normalised text, for matching only. */
  readonly text: string;
  /** Index in the original text of the character at normalised index `i` (i may equal text.length). */
  toOriginal(i: number): number;
  /** Original end offset (exclusive) for a normalised match ending (exclusive) at `j`. */
  toOriginalEnd(j: number): number;
}

const enum Kind {
  Keep,
  Drop,
  Space,
}

const MAP = new Map<number, string>([
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0622, 'ا'],
  [0x0671, 'ا'],
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  [0x0624, 'و'],
  [0x0626, 'ي'],
  [0x0629, 'ه'],
  [0x0649, 'ي'],
  [0x06a9, 'ك'],
  [0x06cc, 'ي'],
  [0x06c1, 'ه'],
  [0x06be, 'ه'],
  [0x06d5, 'ه'],
  [0x066b, '.'],
  [0x066c, ','],
]);

function isDropped(c: number): boolean {
  return (
    c === 0x0640 || // tatweel
    (c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun, ...
    c === 0x0670 || // superscript alef
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6) || // Quranic marks
    (c >= 0x0610 && c <= 0x061a) ||
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x061c
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  );
}

function classify(c: number): Kind {
  if (isSpace(c)) return Kind.Space;
  if (isDropped(c)) return Kind.Drop;
  return Kind.Keep;
}

/**
 * Normalise `text` for matching. One original UTF-16 unit yields at most one
 * normalised unit, so the map is a plain array (surrogate pairs are copied unit by unit).
 */
export function normalizeArabic(text: string): SliceableNormalizedText {
  const n = text.length;
  const codes = new Uint16Array(n);
  const starts = new Int32Array(n + 1);
  let len = 0;
  let pendingSpace = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 0x80 ? (c === 0x20 || (c >= 0x09 && c <= 0x0d) ? Kind.Space : Kind.Keep) : (KIND[c] as Kind);
    if (k === Kind.Drop) continue;
    if (k === Kind.Space) {
      if (pendingSpace < 0 && len > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      codes[len] = 0x20;
      starts[len++] = pendingSpace;
      pendingSpace = -1;
    }
    codes[len] = c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 32 : c) : FOLDED[c];
    starts[len++] = i;
  }
  let normalized = '';
  for (let p = 0; p < len; p += 8192)
    normalized += String.fromCharCode.apply(null, codes.subarray(p, Math.min(len, p + 8192)) as unknown as number[]);
  starts[len] = n;
  return view({ text: normalized, map: starts, lo: 0, len, base: 0, n });
}

/**
 * A normalisation plus cheap views of its parts: `slice(a, b)` equals
 * `normalizeArabic(text.slice(a, b))` (text, offsets and all) without a second
 * pass over the characters, so a report is normalised once, not once for the
 * gazetteer and again sentence by sentence.
 */
export interface SliceableNormalizedText extends NormalizedText {
  slice(start: number, end: number): NormalizedText;
}

/**
 * `map[lo + i] - base` is the original offset of normalised unit i (of `len`); `n` the
 * original length. Slices share the parent's map instead of copying it.
 */
interface ViewWindow {
  text: string;
  map: Int32Array;
  lo: number;
  len: number;
  base: number;
  n: number;
}

function view({ text, map, lo, len, base, n }: ViewWindow): SliceableNormalizedText {
  return {
    text,
    toOriginal(i: number): number {
      if (i >= len || len === 0) return n;
      return map[lo + (i < 0 ? 0 : i)] - base;
    },
    toOriginalEnd(j: number): number {
      if (j <= 0) return len === 0 ? 0 : map[lo] - base;
      if (j >= len) return len === 0 ? n : map[lo + len - 1] - base + 1;
      return map[lo + j - 1] - base + 1;
    },
    slice(start: number, end: number): NormalizedText {
      // units whose origin lies in [start, end): origins grow strictly, so two binary searches
      let from = firstAtOrAfter(map, lo, lo + len, start + base);
      let to = firstAtOrAfter(map, from, lo + len, end + base);
      // a space run at either edge belongs to the gap between slices: a fresh normalisation drops it
      if (from < to && text.charCodeAt(from - lo) === 0x20) from++;
      if (to > from && text.charCodeAt(to - 1 - lo) === 0x20) to--;
      return view({ text: text.slice(from - lo, to - lo), map, lo: from, len: to - from, base: start + base, n: end - start });
    },
  };
}

function firstAtOrAfter(map: Int32Array, from: number, to: number, origin: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (map[m] < origin) a = m + 1;
    else b = m;
  }
  return a;
}

/** Code-unit folds (digits, alef/hamza forms, ta marbuta, alef maqsura, Persian letters). */
const FOLD: Record<number, number> = (() => {
  const f: Record<number, number> = {};
  for (let d = 0; d < 10; d++) {
    f[0x0660 + d] = 0x30 + d;
    f[0x06f0 + d] = 0x30 + d;
  }
  for (const [c, s] of MAP) f[c] = s.charCodeAt(0);
  return f;
})();

/**
 * classify() and FOLD for every UTF-16 code unit, tabulated once (192 KiB):
 * the per-character cost is then two array reads instead of a chain of range
 * tests and a keyed property look-up. Built from the same functions, so the
 * rules above stay the single source.
 */
const KIND = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = classify(c);
  return t;
})();
const FOLDED = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = FOLD[c] ?? c;
  return t;
})();

/** Normalise a short pattern (lexicon entry, place name): same rules, no map. */
export function normalizeKey(s: string): string {
  return normalizeArabic(s).text.trim();
}
