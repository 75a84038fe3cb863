/**
 * Places the curated gazetteer does not know, found in the world gazetteer —
 * but only in a place slot: the word(s) right after a place cue («بلدة X»,
 * «منطقة X», «مدينة X»: a cued lookup, villages of the report's countries
 * admitted) or after a locative preposition («في X», «إلى X», «قرب X»: a
 * bare lookup, which must fit closely and be a town). Any other word is never
 * looked up, so an ordinary word («السلمية» in «بالطرق السلمية») cannot
 * become a place here. The curated matches always win: a slot that overlaps
 * one is skipped. Candidates are ranked by the report's countries (curated
 * matches first, then the countries it names) and population.
 */
import type { NormalizedText } from '../text/normalize.js';
import { isCueWord } from './cues.js';
import type { PlaceMatch } from './find-places.js';
import { isWordChar, SPACE } from './letters.js';
import type { WorldLookupContext } from './world/index.js';
import { isStopword } from './world/stoplist.js';
import { placeOfWorld, worldGazetteer } from './world-places.js';

/** Locative prepositions (normalised) after which a bare word may be a place: «في غزنة», «وإلى قندهار», «قرب جيليب». */
export const WORLD_SLOT_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'وفي', 'الي', 'والي', 'قرب', 'وقرب', 'داخل', 'بالقرب', 'مقربه']);

/** Words skipped between a slot word and the name: «بالقرب من X», «على مقربة من X». */
const SLOT_LINKS: ReadonlySet<string> = new Set(['من']);

/**
 * Cues of what the source does not hold (it has populated places only): a
 * city quarter («حي الصاخور»), an airport, a base, a crossing, a mountain, a
 * front («جبهة تافريا»). The name after them is not a town, so the world is
 * not asked (normalised, without the article).
 */
export const NON_SETTLEMENT_CUES: ReadonlySet<string> = new Set([
  'حي',
  'احياء',
  'مطار',
  'قاعده',
  'ميناء',
  'معبر',
  'جبل',
  'جبال',
  'نهر',
  'بحيره',
  'سهل',
  'وادي',
  'مرتفعات',
  'تله',
  'تلال',
  'هضبه',
  'محور',
  'جبهه',
  'مدخل',
  'حدود',
  'اتجاه',
  'مخيم',
]);

/** The cue with the article is «the town» already named («شهدت البلدة حركة نزوح»), not a name's cue; the capital is the exception («بالعاصمة مقديشو»). */
const DEFINITE_NAMING_CUES: ReadonlySet<string> = new Set(['العاصمه']);

/**
 * Generic first words of place names («تل العيد», «جبل الوعش», «عين عيسى»):
 * alone they are not a name, so when the two-word name is unknown the first
 * word is not tried by itself.
 */
export const NAME_PARTS: ReadonlySet<string> = new Set([
  'تل',
  'تله',
  'دير',
  'كفر',
  'عين',
  'بئر',
  'بير',
  'جبل',
  'خان',
  'ابو',
  'بني',
  'وادي',
  'راس',
  'ام',
  'قلعه',
  'بيت',
  'سيدي',
  'مزرعه',
]);

/** Strip one or two proclitics (و ف ب ل) to compare a word with a table. */
function bare(word: string): string {
  let w = word;
  for (let k = 0; k < 2 && w.length > 3 && 'وفبل'.includes(w[0]); k++) w = w.slice(1);
  return w;
}

type SlotKind = 'cued' | 'bare' | null;

function slotOf(word: string): SlotKind {
  if (WORLD_SLOT_PREPOSITIONS.has(word)) return 'bare';
  if (!isCueWord(word)) return null;
  const w = bare(word);
  const stem = w.startsWith('ال') ? w.slice(2) : w;
  if (NON_SETTLEMENT_CUES.has(stem) || NON_SETTLEMENT_CUES.has(w)) return null;
  if (w.startsWith('ال') && !DEFINITE_NAMING_CUES.has(w)) return null;
  return 'cued';
}

/** A word that cannot start a name: a cue or slot word itself («في جبل …», «منطقة شمال …»), or a stopword. */
function cannotBeName(word: string): boolean {
  return isCueWord(word) || WORLD_SLOT_PREPOSITIONS.has(word) || isStopword(word);
}

/**
 * The report's countries whose villages may answer: those of its curated
 * places below country level (at least a third as many as the most placed
 * country); with none, the countries it names most (`contextOf`). A
 * country only named («الأمريكية», «موسكو قالت») opens nothing: its places
 * would be homonyms of words in a report about elsewhere.
 */
function openCountries(ctx: WorldLookupContext, curated: readonly PlaceMatch[]): Set<string> {
  const count = new Map<string, number>();
  for (const m of curated)
    if (m.place.precision !== 'country' && m.place.country) count.set(m.place.country, (count.get(m.place.country) ?? 0) + 1);
  if (!count.size) return new Set(ctx.countries ?? []);
  // a country with a third of the places of the most placed one: a capital named once in passing does not count
  const most = Math.max(...count.values());
  return new Set([...count].filter(([, n]) => n * 3 >= most).map(([country]) => country));
}

interface Word {
  start: number;
  end: number;
}

function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
    out.push({ start, end: i });
  }
  return out;
}

/** World places in the slots of `text` that no curated match covers, in text order. */
export function findWorldPlaces(text: string, nt: NormalizedText, curated: readonly PlaceMatch[]): PlaceMatch[] {
  const s = nt.text;
  const words = wordsOf(s);
  const out: PlaceMatch[] = [];
  let ctx: WorldLookupContext | undefined;
  let open: Set<string> | undefined;
  const covered = (start: number, end: number) => curated.some((m) => m.start < end && start < m.end);
  for (let i = 0; i + 1 < words.length; i++) {
    const w = s.slice(words[i].start, words[i].end);
    const slot = slotOf(w);
    if (slot === null) continue;
    let j = i + 1;
    if (SLOT_LINKS.has(s.slice(words[j].start, words[j].end)) && j + 1 < words.length) j++;
    // the slot word and the name must be in one run of text («في غزنة», not «في ... ، غزنة»)
    if (words[j].start !== words[j - 1].end + 1 || s.charCodeAt(words[j - 1].end) !== SPACE) continue;
    const world = worldGazetteer();
    if (!world) return out;
    ctx ??= world.contextOf(
      text,
      curated.filter((m) => m.place.precision !== 'country' && m.place.country).map((m) => m.place.country!),
    );
    open ??= openCountries(ctx, curated);
    const first = s.slice(words[j].start, words[j].end);
    if (cannotBeName(first)) continue;
    const two =
      j + 1 < words.length &&
      words[j + 1].start === words[j].end + 1 &&
      s.charCodeAt(words[j].end) === SPACE &&
      !cannotBeName(s.slice(words[j + 1].start, words[j + 1].end));
    const tries = two ? (NAME_PARTS.has(bare(first)) ? [j + 1] : [j + 1, j]) : NAME_PARTS.has(bare(first)) ? [] : [j];
    for (const last of tries) {
      const start = nt.toOriginal(words[j].start);
      const end = nt.toOriginalEnd(words[last].end);
      if (covered(start, end)) continue;
      const found = world.lookup(text.slice(start, end), { ...ctx, cued: slot === 'cued' }).find((p) => open!.has(p.country));
      if (!found) continue;
      out.push({ place: placeOfWorld(found), start, end });
      i = last; // the name's words are not slots themselves
      break;
    }
  }
  return out;
}
