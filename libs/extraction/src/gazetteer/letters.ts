/**
 * Character classes of the place scanner: word characters, separators, the
 * extra letter folding of transliterated names, proclitic letters, and the
 * trie key of a spelling.
 */
import { normalizeKey } from '../text/normalize.js';

export const SPACE = 0x20;

export function isSeparator(c: number): boolean {
  // space (the normaliser folds all whitespace to one ASCII space) and dashes/hyphens
  return (
    c === SPACE || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x5f
  );
}

/** Quotation marks the press puts round a name after its cue: «بلدة "الحديثة"», «قاعدة «بلد» الجوية». */
export function isQuote(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d;
}

export function isWordChar(c: number): boolean {
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
export const GAF = 0x06af;
export const GAF_TRIES = [0x063a, 0x0643, 0x062c];
export function foldLetter(c: number): number {
  switch (c) {
    case 0x06a4:
      return 0x0641; // ڤ
    case 0x067e:
      return 0x0628; // پ
    case 0x06a8:
      return 0x0642; // ڨ
    case 0x0698:
      return 0x0632; // ژ
    case GAF:
      return 0x063a;
    default:
      return c;
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

export const W = 0x0648; // و
export const F = 0x0641; // ف
export const B = 0x0628; // ب
export const K = 0x0643; // ك
export const L = 0x0644; // ل

export function isCliticLetter(c: number): boolean {
  return c === W || c === F || c === B || c === K || c === L;
}
