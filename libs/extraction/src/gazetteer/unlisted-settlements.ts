/**
 * A village the gazetteers lack, placed by the text itself: after a settlement
 * cue, an unknown name that the sentence locates against a known place —
 * «بلدة X غربي درعا», «قرية X التابعة لقضاء صور». The name is kept as written
 * (Arabic) so readers see the village; its coordinates are the anchor's (the
 * text gives no better), its country and parent the anchor's. The agencies'
 * bracketed direction («بلدة يارين (جنوب)») anchors it to that part of the
 * country of the places around it (South Lebanon). Without such an anchor an
 * unknown word after «بلدة» is left alone: it may be no name at all.
 */
import { placeByCountry } from './catalogue.js';
import { findPlaces, type PlaceMatch } from './find-places.js';
import type { Place } from './types.js';

/** Settlement cues, with the proclitics news text puts on them («ببلدة», «وقرية»). */
const CUE = String.raw`(?:^|[\s«"“(])[وف]?[بل]?(?:بلدة|بلده|قرية|قريه)\s+`;
/** Generic first words that make a two-word village name («أم التوت», «كفر حمام»). */
const NAME_PART = String.raw`(?:أم|ام|أبو|ابو|بيت|كفر|دير|عين|تل|خربة|بئر|بير|مزرعة)\s+`;
const NAME = String.raw`((?:${NAME_PART})?[\u0621-\u064A]{2,})`;
/** What locates the village against the next place (after a closing quote, if any): a direction, or «التابعة ل(قضاء|محافظة|منطقة)». */
const LOCATOR = String.raw`["”»]?\s+(?:(?:غربي?|شرقي?|شمالي?|جنوبي?)|(?:ال)?تابعة\s+ل(?:قضاء|محافظة|منطقة|ناحية)?)`;
const UNLISTED = new RegExp(CUE + NAME + LOCATOR, 'dgu');
/** «بلدة يارين (جنوب)»: the agencies' bracketed direction, the part of the report's country the village is in. */
const BRACKETED = new RegExp(CUE + NAME + String.raw`\s*\((جنوب|شمال|شرق|غرب)ي?\)`, 'dgu');
/** The anchor must follow the locator closely («غربي درعا», «لقضاء صور», «غرب مدينة غزة»). */
const MAX_GAP = 8;

export const UNLISTED_ID_PREFIX = 'unlisted:';

export function findUnlistedSettlements(text: string, known: readonly PlaceMatch[]): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (const m of text.matchAll(UNLISTED)) {
    const name = m[1];
    const [start, end] = m.indices![1];
    const locatorEnd = m.index + m[0].length;
    if (known.some((k) => k.start < end && k.end > start)) continue;
    const anchor = known.find((k) => k.start >= locatorEnd && k.start - locatorEnd <= MAX_GAP);
    if (!anchor || anchor.place.precision === 'country') continue;
    found.push({ place: unlistedPlace(name, anchor.place), start, end });
  }
  for (const m of text.matchAll(BRACKETED)) {
    const [start, end] = m.indices![1];
    if (known.some((k) => k.start < end && k.end > start)) continue;
    const region = regionOf(m[2], nearestCountry(known, start));
    if (region) found.push({ place: unlistedPlace(m[1], region), start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The country of the known place nearest to `at`: the report's country where the village lies. */
function nearestCountry(known: readonly PlaceMatch[], at: number): string | null {
  let best: PlaceMatch | undefined;
  for (const k of known) if (k.place.country && (!best || Math.abs(k.start - at) < Math.abs(best.start - at))) best = k;
  return best?.place.country ?? null;
}

/** «جنوب» + Lebanon → South Lebanon: the gazetteer's region of that part of the country, if it has one. */
function regionOf(direction: string, country: string | null): Place | undefined {
  const name = country ? placeByCountry(country)?.arabic[0] : undefined;
  if (!name) return undefined;
  const phrase = `${direction} ${name}`;
  return findPlaces(phrase).find((m) => m.start === 0 && m.end === phrase.length && m.place.precision === 'region')?.place;
}

/**
 * A quarter is written «حي X», a roundabout «دوار X», a square «ساحة X» or «ميدان X» (`unlisted-quarters.ts`): a
 * district of its anchor city; any other name a village.
 */
const CITY_PART = /^(?:حي|دوار|ساحة|ميدان) /;

export function unlistedPlace(name: string, anchor: Place): Place {
  return {
    id: `${UNLISTED_ID_PREFIX}${anchor.id}:${name}`,
    name,
    country: anchor.country,
    lat: anchor.lat,
    lon: anchor.lon,
    precision: CITY_PART.test(name) ? 'district' : 'settlement',
    parent: anchor.id,
    arabic: [name],
    english: [],
  };
}

/**
 * `unlisted:<anchor id>:<name>` → the village again, for the read side, so it
 * rolls up through its anchor like any place; undefined when the anchor is unknown.
 */
export function unlistedPlaceById(id: string, anchorOf: (id: string) => Place | undefined): Place | undefined {
  if (!id.startsWith(UNLISTED_ID_PREFIX)) return undefined;
  const rest = id.slice(UNLISTED_ID_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return undefined;
  const anchor = anchorOf(rest.slice(0, colon));
  return anchor ? unlistedPlace(rest.slice(colon + 1), anchor) : undefined;
}
