/**
 * Place spellings that are also ordinary Arabic words, told apart by their
 * neighbour. A definite nisba-shaped name («السلمية», «الحيدرية») right after
 * a definite noun that is not a place cue agrees with it as an adjective:
 * «بالطرق السلمية» is «by peaceful means», not Salamiyah; «في السلمية» and
 * «مدينة السلمية» stay the town. Likewise an indefinite one: a country named «…يا» right after an
 * indefinite accusative noun («قصفاً روسياً», «هجوما أوكرانيا», «وفدا تركيا») is its adjective, not the country.
 */
import { normalizeKey } from '../text/normalize.js';
import { isCueWord } from './cues.js';
import type { PlaceMatch } from './find-places.js';

/** A definite feminine nisba: «ال…ية» (normalised «ال…يه»), one word. */
const NISBA_SHAPED = /^ال[^ ]+يه$/;
/** The word just before, with nothing but spaces between (a comma or a quote breaks the agreement). */
const WORD_BEFORE = /([^\s،,.:؛;"'«»()\-–—]+)\s+$/;
/** Proclitics a definite noun may carry («بالطرق», «وبالوسائل»). */
const PROCLITICS = /^[وفبكل]{0,2}(?=ال)/;

/**
 * Place names that are also nouns, read as the noun beside the words that take them so: «حماة» (Hama) is
 * «protectors» before what they protect («حماة الديار», «قوات حماة الوطن»); «عدن» (Aden) is Eden after
 * «جنة/جنات». Normalised keys.
 */
const NOUN_SENSES: ReadonlyMap<string, { after?: ReadonlySet<string>; before?: ReadonlySet<string> }> = new Map(
  [
    { name: 'حماة', after: ['الديار', 'الوطن', 'الأرض', 'الثورة', 'الحدود', 'العقيدة', 'الدين', 'الشعب', 'البيئة', 'الإسلام', 'الحق'] },
    { name: 'عدن', before: ['جنة', 'جنات', 'وجنة', 'وجنات', 'بجنة', 'بجنات'] },
  ].map(({ name, after, before }) => [
    normalizeKey(name),
    { after: after && new Set(after.map(normalizeKey)), before: before && new Set(before.map(normalizeKey)) },
  ]),
);
const WORD_AFTER = /^\s+([^\s،,.:؛;"'«»()\-–—]+)/;

/** «حماة الديار», «جنة عدن»: the place spelling is the noun its neighbour takes. */
export function isNounSense(text: string, m: PlaceMatch): boolean {
  const sense = NOUN_SENSES.get(normalizeKey(text.slice(m.start, m.end)));
  if (!sense) return false;
  const after = sense.after && WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (after && sense.after!.has(normalizeKey(after[1]))) return true;
  const before = sense.before && WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  return !!before && sense.before!.has(normalizeKey(before[1]));
}

/** Nouns of water bodies named after a town or country (normalised, with their proclitics). */
const WATER_NOUNS: ReadonlySet<string> = new Set(
  ['خليج', 'بحر', 'مضيق'].flatMap((w) => [w, 'و' + w, 'ب' + w, 'وب' + w, 'ل' + w, 'ول' + w, 'ف' + w]),
);

const WATER_WORD_BEFORE = /(?:خليج|بحر|مضيق)\s+$/;

/**
 * «خليج سرت», «بحر مرمرة», «مضيق كيرتش»: a land place named right after a water noun names the water (the
 * gazetteer's own seas and gulfs — «خليج عدن», «بحر آزوف» — are longer matches and never reach here).
 */
export function isWaterBodyName(text: string, m: PlaceMatch): boolean {
  if (m.place.precision === 'feature' || m.place.precision === 'border') return false;
  const near = text.slice(Math.max(0, m.start - 12), m.start);
  if (!WATER_WORD_BEFORE.test(near)) return false; // most places: no water noun, nothing to normalise
  const before = WORD_BEFORE.exec(near);
  return !!before && WATER_NOUNS.has(normalizeKey(before[1]));
}

export function isAdjectiveAfterNoun(text: string, m: PlaceMatch, others: readonly PlaceMatch[]): boolean {
  const name = normalizeKey(text.slice(m.start, m.end));
  if (m.place.precision === 'country' && INDEFINITE_NISBA_SHAPED.test(name)) return isAfterIndefiniteNoun(text, m.start);
  if (!NISBA_SHAPED.test(name)) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!before) return false;
  const word = normalizeKey(before[1]).replace(PROCLITICS, '');
  if (!word.startsWith('ال') || isCueWord(word)) return false;
  // «… حلب الشرقية»: after another place the word is that place's part or epithet, not a common noun's adjective
  const wordStart = m.start - before[0].length;
  return !others.some((o) => o !== m && o.end > wordStart && o.start < m.start);
}

/** A country named like an indefinite accusative nisba: «روسيا» (روسيًّا), «تركيا», «أوكرانيا». */
const INDEFINITE_NISBA_SHAPED = /^[^ ]{2,}يا$/;
/** An indefinite accusative noun: tanween alif, no article, not a verb's plural «…وا». Normalised. */
const INDEFINITE_ACCUSATIVE = /^[وفب]?(?!ال)[^ ]{2,}[^و]ا$/;
/** Words of that shape that are no noun an adjective could follow: verbs, particles. Normalised. */
const NOT_NOUNS = new Set([
  'دعا',
  'ودعا',
  'بدا',
  'وبدا',
  'نجا',
  'غزا',
  'عدا',
  'خلا',
  'كما',
  'وكما',
  'هذا',
  'اذا',
  'بينما',
  'لما',
  'ولما',
  'انما',
  'ربما',
  'طالما',
  'كلما',
  'حينما',
  'عندما',
  'وعندما',
  'مهما',
  'اينما',
  'ماذا',
  'لماذا',
  'هكذا',
  'معا',
  'حيثما',
  'دونما',
]);

/** Whether the word just before `start` is an indefinite accusative noun («قصفا», «هجوما», «مسؤولا»). */
function isAfterIndefiniteNoun(text: string, start: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const word = normalizeKey(before[1]);
  return INDEFINITE_ACCUSATIVE.test(word) && !NOT_NOUNS.has(word) && !isCueWord(word);
}
