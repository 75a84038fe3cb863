/**
 * Places the curated gazetteer does not know, found in the world gazetteer —
 * but only in a place slot: the word(s) right after a place cue («بلدة X»,
 * «منطقة X», «مدينة X»: a cued lookup, villages of the report's countries
 * admitted) or after a locative preposition («في X», «إلى X», «قرب X»: a
 * bare lookup, which must fit closely and be a town). Any other word is never
 * looked up, so an ordinary word («السلمية» in «بالطرق السلمية») cannot
 * become a place here. The curated matches always win: a slot that overlaps
 * one is skipped. Candidates are ranked by the report's countries (curated
 * matches first, then the countries it names, then the other side of a war
 * only one side of which is named: `war-sides.ts`) and population; a unit the
 * sentence puts the name in («قرية X في منطقة دونيتسك») must contain it
 * (`containing-unit.ts`, `world-pick.ts`).
 */
import type { NormalizedText } from '../text/normalize.js';
import { isCueWord } from './cues.js';
import type { PlaceMatch } from './find-places.js';
import { isQuote, isWordChar, SPACE } from './letters.js';
import type { WorldGazetteer, WorldLookupContext } from './world/index.js';
import { isStopword } from './world/stoplist.js';
import { placeOfWorld, worldGazetteer } from './world-places.js';
import { containingUnitAfter } from './containing-unit.js';
import { pickWorldPlace } from './world-pick.js';
import { withWarSides } from './war-sides.js';
import { partyCountriesIn } from './party-countries.js';
import { curatedCandidates, curatedPlaceOf } from './curated-skeletons.js';
import { isNisbaOfPlace } from './nisba-names.js';

/**
 * Locative prepositions (normalised) after which a bare word may be a place: «في غزنة», «وإلى قندهار», «قرب جيليب»,
 * and the object of a capture or a strike: «سيطرت على سوليدار», «معارك حول سوليدار», «تقدم نحو بوكروفسك».
 */
export const WORLD_SLOT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'في',
  'وفي',
  'الي',
  'والي',
  'قرب',
  'وقرب',
  'داخل',
  'بالقرب',
  'مقربه',
  'علي',
  'وعلي',
  'حول',
  'نحو',
  'باتجاه',
]);

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

const slotCache = new Map<string, SlotKind>();
const SLOT_CACHE_SIZE = 10_000;

/** Most words of a report are not slots; news vocabulary repeats, so the answer is remembered. */
function slotOf(word: string): SlotKind {
  let kind = slotCache.get(word);
  if (kind === undefined) {
    if (slotCache.size >= SLOT_CACHE_SIZE) slotCache.clear();
    kind = slotKindOf(word);
    slotCache.set(word, kind);
  }
  return kind;
}

function slotKindOf(word: string): SlotKind {
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
  let no = notNames.get(word);
  if (no === undefined) {
    if (notNames.size >= SLOT_CACHE_SIZE) notNames.clear();
    no = isCueWord(word) || WORLD_SLOT_PREPOSITIONS.has(word) || isStopword(word);
    notNames.set(word, no);
  }
  return no;
}
const notNames = new Map<string, boolean>();

/**
 * The report's countries whose villages may answer: those of its curated
 * places below country level (at least a third as many as the most placed
 * country); with none, the countries it names most (`contextOf`). A
 * country only named («الأمريكية», «موسكو قالت») opens nothing: its places
 * would be homonyms of words in a report about elsewhere.
 */
function lookupContext(
  world: WorldGazetteer,
  text: string,
  normalized: string,
  curated: readonly PlaceMatch[],
): { ctx: WorldLookupContext; open: Set<string> } {
  const { ctx, open } = reportContext(world, text, normalized, curated);
  // a report placed by its curated places is about them; one that only names a side of a war may be about the other side
  if (curated.some((m) => m.place.precision !== 'country' && m.place.country)) return { ctx, open };
  const countries = withWarSides(ctx.countries ?? []);
  if (countries.length === (ctx.countries?.length ?? 0)) return { ctx, open };
  return { ctx: { ...ctx, countries }, open: new Set([...open, ...countries]) };
}

/**
 * «غارة أمريكية قرب بلدة جليب … مسلحي حركة الشباب»: the armed groups' home countries come first, before the
 * countries only named (the United States that struck, by its nisba), so a town of the war's country wins over a
 * namesake of the striker's.
 */
function withPartyHomes(ctx: WorldLookupContext, homes: readonly string[]): WorldLookupContext {
  if (!homes.length) return ctx;
  const named = ctx.countries ?? [];
  return { ...ctx, countries: [...homes, ...named.filter((c) => !homes.includes(c))] };
}

function reportContext(
  world: WorldGazetteer,
  text: string,
  normalized: string,
  curated: readonly PlaceMatch[],
): { ctx: WorldLookupContext; open: Set<string> } {
  const count = new Map<string, number>();
  for (const m of curated)
    if (m.place.precision !== 'country' && m.place.country) count.set(m.place.country, (count.get(m.place.country) ?? 0) + 1);
  if (!count.size) {
    const homes = partyCountriesIn(normalized);
    const ctx = world.contextOf(text);
    // «مالي» is also «financial», so contextOf does not count it; the curated match already read it as the country
    const named = new Set(curated.filter((m) => m.place.precision === 'country' && m.place.country).map((m) => m.place.country!));
    const read = !ctx.countries?.length && named.size === 1 ? { countries: [...named] } : ctx;
    const withHomes = withPartyHomes(read, homes);
    return { ctx: withHomes, open: new Set(withHomes.countries ?? []) };
  }
  // a country with a third of the places of the most placed one: a capital named once in passing does not count
  const most = Math.max(...count.values());
  const countries = [...count]
    .filter(([, n]) => n * 3 >= most)
    .sort((x, y) => y[1] - x[1])
    .map(([country]) => country);
  // the lookup ranks by these alone: a country only named could not answer anyway (and contextOf is most of the cost)
  return { ctx: { countries }, open: new Set(countries) };
}

/** Word bounds of the text as [start, end) pairs, in a buffer reused across calls (findWorldPlaces is not re-entrant). */
let bounds = new Int32Array(1024);

function wordBounds(s: string): number {
  let count = 0;
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
    if (2 * count + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = i;
    count++;
  }
  return count;
}

/** A definite noun that is no nisba adjective (normalised text: ة is ه): «الريح», not «الأفغانيه», «الحدوديه». */
function isConstructNoun(w: string): boolean {
  return w.startsWith('ال') && w.length > 3 && !/(ي|يه|ين|يون|يات)$/.test(w) && !LOCATING_PARTICIPLES.has(w);
}

/** Participles that locate the name, not nouns that complete it: «بلدة حارم التابعة لمحافظة إدلب», «قرية X الواقعة شمال Y». */
const LOCATING_PARTICIPLES: ReadonlySet<string> = new Set(['التابعه', 'الواقعه', 'القريبه', 'المحاذيه', 'المجاوره']);

/** Slot words are short: a longer word is not looked up at all. */
const MAX_SLOT_WORD = 10;

/** World places in the slots of `text` that no curated match covers, in text order. */
/**
 * `cut`: listed names read as the first word of a longer name (`cut-names.ts`): the whole may be looked up, the
 * first word alone may not (it would find the listed place's namesakes instead).
 */
export function findWorldPlaces(
  text: string,
  nt: NormalizedText,
  curated: readonly PlaceMatch[],
  cut: readonly PlaceMatch[] = [],
): PlaceMatch[] {
  const s = nt.text;
  const count = wordBounds(s);
  const start = (k: number) => bounds[2 * k];
  const end = (k: number) => bounds[2 * k + 1];
  const word = (k: number) => s.slice(start(k), end(k));
  // the slot word and the name must be in one run of text («في غزنة», not «في ... ، غزنة»)
  const adjacent = (k: number) => start(k + 1) === end(k) + 1 && s.charCodeAt(end(k)) === SPACE;
  // …or the name opens a quotation right after its cue («بلدة "الحديثة"»)
  const opensQuote = (k: number) => start(k + 1) === end(k) + 2 && s.charCodeAt(end(k)) === SPACE && isQuote(s.charCodeAt(end(k) + 1));
  const out: PlaceMatch[] = [];
  let ctx: WorldLookupContext | undefined;
  let open: Set<string> | undefined;
  const covered = (from: number, to: number) =>
    curated.some((m) => m.start < to && from < m.end) || cut.some((m) => m.start < to && from < m.end && to <= m.end);
  for (let i = 0; i + 1 < count; i++) {
    if (end(i) - start(i) > MAX_SLOT_WORD) continue;
    const slot = slotOf(word(i));
    if (slot === null) continue;
    let j = i + 1;
    if (j + 1 < count && SLOT_LINKS.has(word(j))) j++;
    if (!adjacent(j - 1) && !(slot === 'cued' && j === i + 1 && opensQuote(i))) continue;
    const first = word(j);
    // «أم روابة», «أبو كمال»: a name part that is also a stopword («أم» or, «أبو») still opens a two-word name
    const partFirst = NAME_PARTS.has(bare(first)) && j + 1 < count && adjacent(j) && !cannotBeName(word(j + 1));
    if (cannotBeName(first) && !partFirst) continue;
    const world = worldGazetteer();
    if (!world) return out;
    if (!ctx || !open) ({ ctx, open } = lookupContext(world, text, s, curated));
    const two = j + 1 < count && adjacent(j) && !cannotBeName(word(j + 1));
    const part = NAME_PARTS.has(bare(first));
    // «منطقة غوط الريح»: after a place cue, a definite noun that is no nisba completes the name (idafa), so the
    // first word alone («غوط» → Ghat, 900 km away) is not the place; a nisba («غزنة الأفغانية») only describes it.
    const compound = two && slot === 'cued' && isConstructNoun(word(j + 1));
    const tries = two ? (part || compound ? [j + 1] : [j + 1, j]) : part ? [] : [j];
    for (const last of tries) {
      const from = nt.toOriginal(start(j));
      const to = nt.toOriginalEnd(end(last));
      if (covered(from, to)) continue;
      const unit = containingUnitAfter(text, to, curated);
      const unitCountry = unit?.place.country;
      // the unit's country opens its villages to this lookup («قرية X في دونيتسك» in a report that names only Russia)
      const countries = unitCountry && !ctx.countries?.includes(unitCountry) ? [unitCountry, ...(ctx.countries ?? [])] : ctx.countries;
      const phrase = text.slice(from, to);
      const lookupCtx = { countries, cued: slot === 'cued' };
      const found = pickWorldPlace(world.lookup(phrase, lookupCtx), { open, curated, unit });
      // another spelling of a curated place («ماكاروفكا» for Makarivka) wins over a GeoNames namesake that fits no better
      const known = pickWorldPlace(curatedCandidates(phrase, lookupCtx), { open, curated, unit });
      const place = known && (!found || known.exactness >= found.exactness) ? curatedPlaceOf(known) : found && placeOfWorld(found);
      if (place && isNisbaOfPlace(s.slice(start(j), end(last)), place)) continue;
      if (!place) {
        if (found === null) break; // a unit and none of its namesakes in it: the unit alone, no village
        continue;
      }
      out.push({ place, start: from, end: to });
      i = last; // the name's words are not slots themselves
      break;
    }
  }
  return out;
}
