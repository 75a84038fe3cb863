import { segmentSentences, type Sentence } from '../../text/sentences.js';
import { normalizeArabic } from '../../text/normalize.js';
import { tokenize, type Token, type TokenizedSentence } from '../../text/tokens.js';
import {
  isCapital,
  isCapitalAsSide,
  isClosedPlace,
  isGovernmentVoice,
  isLaunchOrigin,
  isOfficePlace,
  isReferencePoint,
  isTimeZone,
  isVenue,
} from './not-event-places.js';
import { placesOf, type PlaceMatch } from './places.js';
import { placesNotStates } from './place-not-state.js';
import { monthAt } from '../../time/time-tokens.js';

/** One sentence, ready for the rules: its text, tokens and the places the gazetteer found in it. */
export interface PreparedSentence {
  s: Sentence;
  text: string;
  tokens: Token[];
  places: PlaceMatch[];
  /** Token indexes covered by a place. */
  placeTokens: Set<number>;
  /** First token index of each place match (same order as places; -1 when no token covers it). */
  placeAt: number[];
  headline: boolean;
  /** Venues of a statement or meeting named here («جلسة طارئة في نيويورك»): no event's place but the meeting's own. */
  venues?: PlaceMatch[];
}

export interface PreparedReport {
  sentences: PreparedSentence[];
  /** Every place match of the report, datelines included. */
  places: PlaceMatch[];
}

/** Normalise once, split into sentences and tokens, and hand each sentence its places. */
export function prepare(text: string): PreparedReport {
  const sentences = segmentSentences(text);
  // one normalisation serves the gazetteer and, sliced, every sentence
  const normalized = normalizeArabic(text);
  const allPlaces = placesOf(text, normalized);
  const headline = headlineOf(text);
  const prepared: PreparedSentence[] = [];
  let pi = 0;
  for (const s of sentences) {
    const tk = tokenize(text.slice(s.start, s.end), normalized.slice(s.start, s.end));
    while (pi < allPlaces.length && allPlaces[pi].end <= s.start) pi++;
    const inside: PlaceMatch[] = [];
    for (let k = pi; k < allPlaces.length && allPlaces[k].start < s.end; k++)
      if (allPlaces[k].start >= s.start && allPlaces[k].end <= s.end) inside.push(allPlaces[k]);
    const located = locatePlaces(s, tk, inside);
    placesNotStates(tk.tokens, located.places, located.placeAt);
    prepared.push({
      s,
      text: text.slice(s.start, s.end),
      tokens: tk.tokens,
      ...eventPlaces(text, tk.tokens, located),
      placeTokens: located.placeTokens,
      headline: s.start < headline.end && headline.end < 250 && headline.present,
    });
  }
  return { sentences: prepared, places: allPlaces };
}

/**
 * A short first line without a closing full stop or question mark, followed by more text, is a
 * headline; so is one that ends in an exclamation («مقتل جندي بنيران قناص!»), which no lead does.
 */
function headlineOf(text: string): { end: number; present: boolean } {
  const end = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const firstLine = text.slice(0, end).trim();
  const present = end < text.trimEnd().length && !!firstLine && (!/[.؟?]$/.test(firstLine) || /\.\.$|…$/.test(firstLine));
  return { end, present };
}

interface LocatedPlaces {
  places: PlaceMatch[];
  placeAt: number[];
  placeTokens: Set<number>;
}

/**
 * The tokens each place covers. Tokens are in text order, so each place's tokens are found by binary
 * search on their original ends: scanning every token for every place is quadratic on a list of place names.
 */
function locatePlaces(s: Sentence, tk: TokenizedSentence, places: PlaceMatch[]): LocatedPlaces {
  const placeTokens = new Set<number>();
  const placeAt: number[] = places.map(() => -1);
  if (!places.length) return { places, placeAt, placeTokens };
  const starts = tk.tokens.map((t) => s.start + tk.norm.toOriginal(t.start));
  const ends = tk.tokens.map((t) => s.start + tk.norm.toOriginalEnd(t.end));
  places.forEach((p, k) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > p.start) hi = mid;
      else lo = mid + 1;
    }
    for (let idx = lo; idx < starts.length && starts[idx] < p.end; idx++) {
      if (ends[idx] > p.start) {
        placeTokens.add(idx);
        if (placeAt[k] < 0) placeAt[k] = idx;
      }
    }
  });
  return { places, placeAt, placeTokens };
}

/** What follows a dateline's city: a dash of any kind, the tatweel the press uses as one («الخرطوم ـ»), a colon, a parenthesis. */
const DATELINE_MARK = /^[\s\u0640]*[-\u2010-\u2015\u0640:(]/;

/**
 * The sentence's places that can be where its events happened: not a dateline («موسكو-(د ب أ):», «الخرطوم ـ (أ ف ب)»:
 * where the wire was filed), not a venue («بيان صدر في روما»), not a capital speaking («أعلنت موسكو») or naming a
 * government's forces («قوات كييف»), not a
 * place that only situates another («كفرشوبا، المحاذية لشبعا», «180 كيلومترًا شمال غربي بغداد») or names an
 * official's office («محافظ كركوك»).
 */
function eventPlaces(
  text: string,
  tokens: readonly Token[],
  located: LocatedPlaces,
): { places: PlaceMatch[]; placeAt: number[]; venues?: PlaceMatch[] } {
  if (!located.places.length) return { places: located.places, placeAt: located.placeAt };
  const venue = located.places.map((_, k) => located.placeAt[k] >= 0 && isVenue(tokens, located.placeAt[k]));
  const reference = located.places.map(
    (_, k) =>
      located.placeAt[k] >= 0 &&
      (isReferencePoint(tokens, located.placeAt[k]) ||
        isOfficePlace(tokens, located.placeAt[k]) ||
        isLaunchOrigin(tokens, located.placeAt[k])),
  );
  // a reference point or an office's place is dropped only for another place of the sentence: alone, it is the best «where»
  const situated = reference.includes(true) && located.places.some((_, k) => !reference[k] && located.placeAt[k] >= 0);
  const voice: boolean[] = [];
  const keep = located.places.map((p, k) => {
    const at = located.placeAt[k];
    if (at < 0) return true;
    if (venue[k] || (situated && reference[k]) || isClosedPlace(tokens, at) || isTimeZone(tokens, at)) return false;
    voice[k] =
      isGovernmentVoice(tokens, at, lastTokenOf(located, at)) || isCapitalAsSide(tokens, at) || pairedVoice(tokens, located, voice, k);
    if (voice[k]) return false;
    return !isDateline(text, tokens, p, at);
  });
  const out = {
    places: located.places.filter((_, k) => keep[k]),
    placeAt: located.placeAt.filter((_, k) => keep[k]),
  };
  return venue.includes(true) ? { ...out, venues: located.places.filter((_, k) => venue[k]) } : out;
}

/**
 * «تتبادل إسلام آباد وكابل الاتهامات», «اتهمت باكو يريفان»: a capital right after a capital speaking for its government
 * (joined by «و», or as the object of its accusation) speaks or is accused for its own.
 */
function pairedVoice(tokens: readonly Token[], located: LocatedPlaces, voice: readonly boolean[], k: number): boolean {
  const at = located.placeAt[k];
  const before = located.placeAt[k - 1] ?? -1;
  return !!voice[k - 1] && before >= 0 && lastTokenOf(located, before) === at - 1 && isCapital(tokens, before) && isCapital(tokens, at);
}

function isDateline(text: string, tokens: readonly Token[], p: PlaceMatch, at: number): boolean {
  if (at > 2) return false;
  const nx = tokens[datedFrom(tokens, at + 1)]?.text;
  if (nx === '-' || nx === ':' || nx === '(' || nx === '/') return true;
  // the normaliser drops the tatweel, so the mark is read in the original text
  return DATELINE_MARK.test(text.slice(p.end, p.end + 4));
}

/**
 * «الخرطوم 14 مارس (رويترز) -», «موسكو، 14 آذار/مارس 2024 -»: a dateline may carry the filing date between the city
 * and its mark. The token after that date (or `k` itself when there is none).
 */
function datedFrom(tokens: readonly Token[], k: number): number {
  let j = k;
  if (tokens[j]?.text === '،' || tokens[j]?.text === ',' || tokens[j]?.text === 'في') j++;
  if (tokens[j]?.kind !== 'number') return k;
  j++;
  const month = monthAt(tokens, j);
  if (!month) return k;
  j = month.end;
  if (tokens[j]?.text === '/' && monthAt(tokens, j + 1)) j = monthAt(tokens, j + 1)!.end;
  if (tokens[j]?.kind === 'number') j++;
  return j;
}

/** The last token of the place that starts at token `at` (a name can span several). */
function lastTokenOf(located: LocatedPlaces, at: number): number {
  let last = at;
  while (located.placeTokens.has(last + 1) && !located.placeAt.includes(last + 1)) last++;
  return last;
}
