/**
 * A town's name of two words whose first word alone is a listed place of another country: «بلدة عدن يابال» in a
 * report on Somalia is Adan Yabaal, not Aden in Yemen; «قرية حمص X» would not be Homs. After a settlement cue
 * («بلدة», «قرية», «مدينة»), the listed match is followed by a word that continues the name (no article, no
 * stopword, no direction or time word, no adverb in «ـًا»), and the report's other places and countries all lie
 * elsewhere — not in the listed place's country, nor on the other side of its war, and no nisba names that country:
 * the match is the first word of another name, and is dropped. The world gazetteer may then read the whole name in its slot, and the unit beside it
 * («في إقليم شبيلي الوسطى») still places the event.
 */
import { COMPASS_WORDS, isCueWord } from './cues.js';
import { nisbaCountries, type PlaceMatch } from './find-places.js';
import { isStopword } from './world/stoplist.js';
import { withWarSides } from './war-sides.js';
import { normalizeKey } from '../text/normalize.js';

/** Settlement cues before a name (normalised, indefinite: «البلدة» names a town already mentioned). */
const SETTLEMENT_CUES: ReadonlySet<string> = new Set(['بلده', 'قريه', 'مدينه']);

/** Indefinite words that follow a town's name without continuing it: times, «capital of», «near», numbers' words. */
const NOT_NAME_PARTS: ReadonlySet<string> = new Set(
  [
    ...COMPASS_WORDS,
    'صباح',
    'مساء',
    'فجر',
    'ظهر',
    'ليل',
    'ليلة',
    'عصر',
    'منتصف',
    'أمس',
    'امس',
    'عاصمة',
    'حاضرة',
    'مركز',
    'كبرى',
    'ثاني',
    'ثالث',
    'قرب',
    'بعد',
    'قبل',
    'خلال',
    'وسط',
    'إثر',
    'عقب',
    'حيث',
    'منذ',
    'ضمن',
  ].map(normalizeKey),
);

const CUE_BEFORE = /(?:بلد|قري|مدين)[ةه]\s+$/;
const WORD_BEFORE = /([^\s،,.:؛;"'«»()\-–—]+)\s+$/;
const WORD_AFTER = /^ +([\u0621-\u064a]+)(?=$|[\s،,.:؛;"'«»()])/;

function withoutProclitics(word: string): string[] {
  const out = [word];
  let w = word;
  for (let k = 0; k < 2 && w.length > 3 && 'وفبل'.includes(w[0]); k++) out.push((w = w.slice(1)));
  return out;
}

/** A word that may be the second word of a town's name: none of its readings is a function, cue, time or direction word. */
function continuesName(word: string): boolean {
  // an indefinite accusative is an adverb of time or manner («ليلا», «صباحا», «مجددا»), not a name's word
  if (word.length < 3 || word.startsWith('ال') || word.endsWith('ا')) return false;
  return withoutProclitics(word).every((w) => !(w.startsWith('ال') || isStopword(w) || isCueWord(w) || NOT_NAME_PARTS.has(w)));
}

/** Whether a cued, listed place is only the first word of another country's town (see the module comment). */
export function isCutName(
  text: string,
  m: PlaceMatch,
  idsByCountry: () => ReadonlyMap<string, ReadonlySet<string>>,
  nisbas: () => ReadonlySet<string>,
): boolean {
  const country = m.place.country;
  if (!country || m.place.precision === 'country' || m.place.precision === 'border' || m.place.precision === 'feature') return false;
  const near = text.slice(Math.max(0, m.start - 12), m.start);
  if (!CUE_BEFORE.test(near)) return false; // most places: no settlement cue, nothing to normalise
  const before = WORD_BEFORE.exec(near);
  if (!before || !withoutProclitics(normalizeKey(before[1])).some((w) => SETTLEMENT_CUES.has(w))) return false;
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!after || !continuesName(normalizeKey(after[1]))) return false;
  // the report's other places and countries say where it is; a nisba only keeps the match («جنود يمنيين»), since
  // it often names who struck, not where; the other side of the place's war is no evidence against it either
  const others = new Set<string>();
  for (const [c, ids] of idsByCountry()) if (c !== country || ids.size > (ids.has(m.place.id) ? 1 : 0)) others.add(c);
  if (!others.size || others.has(country) || nisbas().has(country)) return false;
  if ([...others].some((c) => withWarSides([c]).includes(country))) return false;
  return !(m.alternatives ?? []).some((a) => a.country && others.has(a.country));
}

/** The ids of the matched places of each country, computed once per text. */
function placeIdsByCountry(found: readonly PlaceMatch[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const o of found) {
    if (!o.place.country) continue;
    const ids = out.get(o.place.country) ?? new Set<string>();
    ids.add(o.place.id);
    out.set(o.place.country, ids);
  }
  return out;
}

/** The curated matches without those cut from a longer name of another country (`cut`). */
export function withoutCutNames(text: string, found: readonly PlaceMatch[]): { kept: PlaceMatch[]; cut: PlaceMatch[] } {
  let nisba: ReadonlySet<string> | undefined;
  const nisbas = () => (nisba ??= nisbaCountries(text));
  let byCountry: Map<string, Set<string>> | undefined;
  const idsByCountry = () => (byCountry ??= placeIdsByCountry(found));
  const kept: PlaceMatch[] = [];
  const cut: PlaceMatch[] = [];
  for (const m of found) (isCutName(text, m, idsByCountry, nisbas) ? cut : kept).push(m);
  return { kept, cut };
}
