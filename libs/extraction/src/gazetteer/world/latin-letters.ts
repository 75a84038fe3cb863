/** The letter tables behind latin-skeleton.ts: which letters a country's GeoNames names use, and how they read. */
import { consonant, type Unit } from './skeleton.js';

/**
 * Countries whose GeoNames names follow an Arabic or Persian romanisation
 * (ş = ص, ţ = ط, ā ī ū long). Not Somalia, Djibouti or the Comoros: their
 * names are written in Somali or French orthography («Jilib», «Kismaayo»).
 */
// prettier-ignore
export const ARABIC_ROMANISED = new Set([
  'AE', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE',
  'IR', 'AF', 'PK',
]);
/** Turkic alphabets: c = ج, ç = تش, ş = ش; Azerbaijani and Uzbek x = خ. */
export const TURKIC = new Set(['TR', 'AZ', 'TM', 'UZ']);
export const X_IS_KH = new Set(['AZ', 'UZ']);
/**
 * Ukrainian and Belarusian h is the Cyrillic г, which the Arabic press often spells from the Russian g: «غورلوفكا»
 * as well as «هورليفكا» (Horlivka), «بلاغوداتني» (Blahodatne). There h may be read ج (the class of غ) too.
 */
export const H_IS_G = new Set(['UA', 'BY']);
/**
 * Somali orthography: c is ع, x is ح and dh is د or ط («Ceelbuur» = «عيل بور» El Bur, «Xuddur» = «حدر» Hudur); GeoNames writes
 * Somalia's places in it.
 */
export const SOMALI = new Set(['SO']);

/** The Arabic article as GeoNames writes it before a following word («دير الزور» "Dayr az Zawr"). */
export const ARTICLES = new Set([
  'al',
  'el',
  'ar',
  'er',
  'as',
  'es',
  'ash',
  'esh',
  'ad',
  'ed',
  'az',
  'ez',
  'an',
  'en',
  'at',
  'et',
  'ath',
  'adh',
  'aj',
]);

export const APOSTROPHES = /['’‘ʼʻʿʾ`´]/g;
export const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ı', 'ə', 'æ', 'ø', 'œ']);

// Combining marks (the name is in NFD) that change a letter's class.
export const CEDILLA = '\u0327';
export const COMMA_BELOW = '\u0326';
export const CARON = '\u030c';
export const MACRON = '\u0304';
export const BREVE = '\u0306';

/** Units are shared, immutable values: the index builds 135,000 names. */
export const C = {
  b: consonant('b'),
  t: consonant('t'),
  ts: consonant('ts'),
  d: consonant('d'),
  dt: consonant('d', 't'),
  j: consonant('j'),
  jk: consonant('j', 'k'),
  silentJ: consonant('', 'j'),
  h: consonant('h'),
  silentH: consonant('', 'h'),
  hg: consonant('h', 'j'),
  x: consonant('x'),
  ksx: consonant('ks', 'x'),
  k: consonant('k'),
  kj: consonant('k', 'j'),
  s: consonant('s'),
  c: consonant('c'),
  tc: consonant('tc'),
  z: consonant('z'),
  jz: consonant('j', 'z'),
  f: consonant('f'),
  fSilent: consonant('f', ''),
  l: consonant('l'),
  m: consonant('m'),
  n: consonant('n'),
  r: consonant('r'),
  ch: consonant('c', 'tc', 'x', 'k'),
  kh: consonant('x', 'k'),
  gh: consonant('j', 'k'),
  zh: consonant('j', 'z', 'c'),
  dzh: consonant('j', 'dj'),
};

/** Digraphs and trigraphs, longest first. */
export const CLUSTERS: readonly [string, Unit][] = [
  ['tsch', C.tc],
  ['sch', C.c],
  ['tch', C.tc],
  ['dzh', C.dzh],
  ['kh', C.kh],
  ['gh', C.gh],
  ['sh', C.c],
  ['ch', C.ch],
  ['th', C.t],
  ['dh', C.d],
  ['zh', C.zh],
  ['ph', C.f],
  ['ck', C.k],
  ['dj', C.j],
];
export const CLUSTER_STARTS = new Set(CLUSTERS.map(([c]) => c[0]));
