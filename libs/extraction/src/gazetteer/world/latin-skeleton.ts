/**
 * Skeletons of a GeoNames place name (Latin script). GeoNames writes Arab
 * countries' names in the BGN/PCGN romanisation (ḩ ţ ş ḑ z̧ for ح ط ص ض ظ,
 * ‘ for ع, ā ī ū for the long vowels), Turkey and Azerbaijan in their own
 * alphabets (c = j, ç = ch, ş = sh, x = kh), and the rest mostly in English or
 * national Latin spellings; the letter table follows the country.
 */
import { LONG_VOWEL, SHORT_VOWEL, skeletonsOf, type Skeleton, type Unit } from './skeleton.js';
import {
  APOSTROPHES,
  ARTICLES,
  BREVE,
  C,
  CARON,
  CEDILLA,
  CLUSTERS,
  CLUSTER_STARTS,
  COMMA_BELOW,
  MACRON,
  TURKIC,
  VOWELS,
  X_IS_KH,
  H_IS_G,
  ARABIC_ROMANISED,
  SOMALI,
} from './latin-letters.js';
export { ARABIC_ROMANISED } from './latin-letters.js';

/** How the country's GeoNames names use the ambiguous letters. */
interface Alphabet {
  arabic: boolean;
  turkic: boolean;
  xIsKh: boolean;
  hIsG: boolean;
  somali: boolean;
}

function alphabetOf(country: string): Alphabet {
  return {
    arabic: ARABIC_ROMANISED.has(country),
    turkic: TURKIC.has(country),
    xIsKh: X_IS_KH.has(country),
    hIsG: H_IS_G.has(country),
    somali: SOMALI.has(country),
  };
}

function singleLetter(
  base: string,
  marks: string,
  next: string | undefined,
  wordFinal: boolean,
  afterVowel: boolean,
  a: Alphabet,
): Unit | null {
  const hooked = marks !== '' && (marks.includes(CEDILLA) || marks.includes(COMMA_BELOW));
  switch (base) {
    case 'y':
    case 'w':
      return LONG_VOWEL;
    case 'b':
    case 'p':
      return C.b;
    case 't':
      return hooked && !a.arabic ? C.ts : C.t;
    case 'd':
    case 'đ':
    case 'ð':
      return C.d;
    case 'j':
      return C.j;
    case 'g':
      return marks.includes(BREVE) ? C.silentJ : C.jk;
    case 'h':
    case 'ħ':
      // A bare final h after a vowel is usually ة / ه («حماة» "Hamah"); ḩ is always ح.
      if (wordFinal && afterVowel && marks === '') return C.silentH;
      return a.hIsG && base === 'h' ? C.hg : C.h;
    case 'k':
      return C.k;
    case 'q':
      // Azerbaijani q is the ق / غ of Arabic spellings («قوبادلي», «غوبادلي» Qubadlı).
      return a.turkic ? C.kj : C.k;
    case 'c':
      // Somali c is ع, which Arabic writes but a skeleton does not keep (as GeoNames' ‘ elsewhere)
      if (a.somali) return null;
      if (marks.includes(CARON)) return C.tc;
      if (hooked) return a.turkic ? C.tc : C.s;
      if (a.turkic) return C.j;
      return next === 'e' || next === 'i' || next === 'y' ? C.s : C.k;
    case 's':
      if (marks.includes(CARON)) return C.c;
      if (hooked) return a.arabic ? C.s : C.c;
      return C.s;
    case 'ß':
      return C.s;
    case 'z':
      return marks.includes(CARON) ? C.jz : C.z;
    case 'x':
      if (a.somali) return C.h;
      return a.xIsKh ? C.x : C.ksx;
    case 'f':
      return C.f;
    case 'v':
      // Arabic writes v as ف or as the glide و («يريفان» / «يريوان» Yerevan).
      return C.fSilent;
    case 'l':
    case 'ł':
      return C.l;
    case 'm':
      return C.m;
    case 'n':
      return C.n;
    case 'r':
      return C.r;
    default:
      return null;
  }
}

function unitsOfWord(word: string, a: Alphabet, units: Unit[]): void {
  // Split the NFD word into base letters and the combining marks on each.
  let bases = '';
  const marks: string[] = [];
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) {
      if (marks.length) marks[marks.length - 1] += ch;
    } else {
      bases += ch;
      marks.push('');
    }
  }
  let vowelRun = 0;
  for (let i = 0; i < bases.length;) {
    const base = bases[i];
    if (VOWELS.has(base)) {
      // A doubled vowel is a long one ("Baalbek", "Mazraa").
      vowelRun++;
      units.push(vowelRun > 1 || marks[i].includes(MACRON) ? LONG_VOWEL : SHORT_VOWEL);
      i++;
      continue;
    }
    const afterVowel = vowelRun > 0;
    vowelRun = 0;
    const cluster = CLUSTER_STARTS.has(base) ? CLUSTERS.find(([c]) => bases.startsWith(c, i)) : undefined;
    if (cluster) {
      // Somali dh is retroflex: the Arabic press writes it د or ط («دوسامريب», «طوسمريب» Dhuusamarreeb)
      units.push(a.somali && cluster[0] === 'dh' ? C.dt : cluster[1]);
      i += cluster[0].length;
      continue;
    }
    const unit = singleLetter(base, marks[i], bases[i + 1], i === bases.length - 1, afterVowel, a);
    if (unit) units.push(unit);
    i++;
  }
}

/** The spellings inside one GeoNames name: "A / B" and "A, B" are two names; "(…)" is a gloss. */
export function nameVariants(name: string): string[] {
  if (!/[([/,]/.test(name)) return [name];
  return name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[/,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function wordsOf(name: string): string[] {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(/[\s\-.‐–—]+/)
    .map((w) => w.replace(/[^\p{Script=Latin}\u0300-\u036f]/gu, ''))
    .filter(Boolean);
}

const stripMarks = (w: string) => w.replace(/[\u0300-\u036f]/g, '');

/** Skeletons of one Latin place name in a given country (ISO-2), usual reading first. */
export function latinSkeletons(name: string, country: string, limit = 8): Skeleton[] {
  const out: Skeleton[] = [];
  const seen = new Set<string>();
  const alphabet = alphabetOf(country);
  for (const variant of nameVariants(name)) {
    const words = wordsOf(variant);
    // "Dayr az Zawr" → Dayr Zawr; a final "Al" is a name, not an article.
    const kept = words.filter((w, i) => i === words.length - 1 || !ARTICLES.has(stripMarks(w)));
    const units: Unit[] = [];
    for (const w of kept) unitsOfWord(w, alphabet, units);
    for (const s of skeletonsOf(units, limit)) {
      if (s.key && !seen.has(s.key)) {
        seen.add(s.key);
        out.push(s);
      }
    }
  }
  return out;
}
