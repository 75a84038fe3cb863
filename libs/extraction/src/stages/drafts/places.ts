import { BORDER_ADJECTIVE, BORDER_WORD, CONCURRENT_WORD, MAJOR_CLAUSE_BREAK } from '../../lexicon/clause-breaks.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-prepositions.js';
import { SPEECH } from '../../lexicon/speech.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { actorsOverlapping } from '../attribution/actor-window.js';
import { ancestorIds } from '../../gazetteer/index.js';
import type { Place } from '../prepare/places.js';
import type { PreparedSentence } from '../prepare/prepare.js';
import { nextCueAfter } from './dates.js';
import { isDestination } from './destinations.js';
import { enclosingArea, namesUnknownSettlement } from './unknown-settlement.js';

export interface PlacePick {
  places: Place[];
  /** Borrowed from nearby sentences (wildcards when merging). */
  inferred: boolean;
}

export interface PlaceScene {
  sentence: PreparedSentence;
  actors: readonly ActorPhrase[];
  /** Token positions of event words that are not fighting (their places are theirs). */
  cueStarts: readonly number[];
  /** The border of the report's two sides, when the gazetteer has one. */
  border: Place | undefined;
  /** Places of the sentences just before, or the report's focus. */
  recent: readonly Place[];
  /** Token positions of the sentence's event triggers (a clause with one has its own event at its places). */
  triggerStarts?: readonly number[];
}

export interface SentencePlaces {
  /** The places an event at token `pos` is at. */
  placesFor: (pos: number) => PlacePick;
  /** The sentence's own places (not speakers, not countries named as actors). */
  strong: Place[];
}

/** Which of a sentence's places each of its events is at. */
export function sentencePlaces(scene: PlaceScene): SentencePlaces {
  const { sentence: w, border } = scene;
  const weak = w.places.map((p, k) => isWeakPlace(w, scene.actors, p.place, w.placeAt[k]));
  const strong = w.places.filter((_, k) => !weak[k]).map((p) => p.place);
  const weakPlaces = w.places.filter((_, k) => weak[k]).map((p) => p.place);
  // what an event with no place of its own falls back to: the places just before, then the sentence's weak ones
  const nearby = fallbackPlaces(scene.recent, weakPlaces, titlePlaces(w, scene.actors));
  // «هجوم قرب بلدة مهداي» (a town the gazetteers lack): not the town before, only the area around it
  const fallback = namesUnknownSettlement(w) ? enclosingArea(nearby) : nearby;
  const major = majorClauses(w.tokens);
  const borderClauses = border ? clausesMentioningBorder(w.tokens, major) : new Set<number>();
  const pick = placePicker(w, weak, major);
  const eventClauses = new Set((scene.triggerStarts ?? []).map((t) => major[t]!));
  const amid = amidClauses(w.tokens, major);
  const struckByClause = countriesStruckByClause(w, scene.actors, major);
  const placesFor = (pos: number): PlacePick => {
    // a place after another kind of event word («… وبدء محادثات … في مدينة يفلاخ») is that event's place
    const next = nextCueAfter(scene.cueStarts, pos);
    const own = pick(pos, next, true);
    const borderHere = border && borderClauses.has(major[pos]!) && !own.some((p) => p.precision === 'border') ? [border] : [];
    if (own.length) return { places: [...own, ...borderHere], inferred: false };
    if (borderHere.length) return { places: borderHere, inferred: false };
    // «قتل 7 في هجوم صاروخي على كنجة، كما صدت هجوما على عدة محاور»: an earlier clause's places are its own event's;
    // a later clause of context («…، وسط قصف على X») still lends its places
    // «توغلت الدبابات في بلدة X وسط قصف مدفعي عنيف»: what goes on amid an event is where that event is
    const reachable = pick(pos, next, false, (clause) => clause < major[pos]! && eventClauses.has(clause) && !amid.has(major[pos]!));
    if (reachable.length) return { places: reachable, inferred: false };
    const struck = struckByClause.get(major[pos]!);
    if (struck) return { places: [...struck], inferred: false };
    return { places: [...fallback], inferred: true };
  };
  return { placesFor, strong };
}

/**
 * «قال حاكم منطقة خاركيف إن قصفا روسيا على المدينة …»: an official speaks of the area his title names. An event with
 * no place of its own is there, not at the places of the sentences before, unless those lie inside it.
 */
function fallbackPlaces(recent: readonly Place[], weak: readonly Place[], title: readonly Place[]): Place[] {
  const inside = (p: Place) => title.some((t) => t.id === p.id || ancestorIds(p.id).includes(t.id));
  if (!title.length) return [...new Set([...recent, ...weak])];
  if (!recent.some(inside)) return [...new Set([...title, ...weak])];
  return [...new Set([...recent, ...weak.filter((p) => !title.includes(p))])];
}

/** The places an official's title names («حاكم منطقة خاركيف», «محافظ الحديدة», «رئيس بلدية بنت جبيل»). */
function titlePlaces(w: PreparedSentence, actors: readonly ActorPhrase[]): Place[] {
  const out: Place[] = [];
  for (let k = 0; k < w.places.length; k++) {
    const at = w.placeAt[k]!;
    if (at >= 0 && w.places[k]!.place.precision !== 'country' && actorsOverlapping(actors, at, at).some((a) => a.role === 'head'))
      out.push(w.places[k]!.place);
  }
  return out;
}

/**
 * «أطلقت روسيا 80 مسيرة على أوكرانيا ليلا»: a country a clause aims at («على», «فوق») is where the clause's events
 * are, the sentence's own place, not the towns of the sentences before («… في مقاطعة بيلغورود»). By major clause,
 * worked out once a sentence (asked per event, a flood of «على روسيا» made it cubic).
 */
function countriesStruckByClause(w: PreparedSentence, actors: readonly ActorPhrase[], major: readonly number[]): Map<number, Place[]> {
  const out = new Map<number, Place[]>();
  w.places.forEach(({ place }, k) => {
    const at = w.placeAt[k]!;
    if (place.precision !== 'country' || at < 1 || !w.tokens[at - 1]!.variants.some((v) => AIMED_AT.has(v))) return;
    if (actorsOverlapping(actors, at, at).some((a) => a.role === 'head')) return;
    const clause = out.get(major[at]!) ?? [];
    if (!clause.includes(place)) clause.push(place);
    out.set(major[at]!, clause);
  });
  return out;
}
/** «على» (normalised «علي»), «فوق». */
const AIMED_AT: ReadonlySet<string> = new Set(['علي', 'فوق']);

/**
 * A country, or a capital or country named as an actor («قالت باكو», «جيش أذربيجان»), is weak evidence of where. The
 * actors at a place are looked up by position (a flood naming a capital hundreds of times asked every actor for each).
 */
function isWeakPlace(w: PreparedSentence, actors: readonly ActorPhrase[], place: Place, at: number): boolean {
  const tokens = w.tokens;
  if (place.precision === 'country' || isRoadEnd(tokens, at) || isDestination(tokens, at)) return true;
  // «قال زيباري في جدة»: where a statement was made, not where things happened (the speaker of a speech verb just
  // before; not «مواقع لتنظيم داعش في دير الزور» nor «مطعما قرب مقر الرئاسة في العاصمة», named in the place)
  if (
    at >= 2 &&
    tokens[at - 1]?.variants.includes('في') &&
    actorsOverlapping(actors, at - 2, at - 2).some((a) => spokeThere(tokens, actors, a))
  )
    return true;
  const prev = tokens[at - 1];
  // «في قره باغ», «على باكو», «بستيباناكيرت»: a place after a preposition is where, even if it can also speak
  const located = !!prev && prev.variants.some((v) => PLACE_PREPOSITIONS.has(v));
  return (
    at >= 0 &&
    actorsOverlapping(actors, at, at).some(
      (a) =>
        (a.role === 'head' && !(located && isSeat(tokens, a.start - 1))) ||
        a.role === 'person' ||
        ((a.role === 'capital' || a.role === 'country') && !located),
    )
  );
}

/**
 * «قرب مقر الرئاسة في مقديشو», «مبنى وزارة الدفاع في كييف»: the building of an office is in the place after «في»,
 * which is where things happened (not «السفير الروسي في دمشق», an official's post).
 */
const isSeat = (tokens: readonly Token[], at: number): boolean => !!tokens[at]?.variants.some((v) => SEAT_WORDS.has(v));
/** Buildings an office sits in (normalised). */
const SEAT_WORDS: ReadonlySet<string> = new Set(['مقر', 'مقار', 'مبني', 'مباني', 'مكتب', 'مكاتب', 'مجمع', 'قصر']);

/**
 * A speaker named right after its speech verb («قال زيباري في جدة», «أكد وزير الخارجية العراقي هوشيار زيباري في
 * جدة»: the verb, then only names); an armed group named there is in the place.
 */
function spokeThere(tokens: readonly Token[], actors: readonly ActorPhrase[], a: ActorPhrase): boolean {
  if (a.role === 'group') return false;
  let k = a.start - 1;
  for (let names = 0; k >= 0 && names < SPEAKER_NAMES; names++) {
    const before = actorsOverlapping(actors, k, k)[0];
    if (!before) break;
    k = before.start - 1;
  }
  return k >= 0 && !!SPEECH.matchAt(tokens, k);
}
/** How many names may stand between a speech verb and its speaker's last name (a title, a nisba, a name). */
const SPEAKER_NAMES = 3;

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const isRoad = (t: Token | undefined): boolean => !!t && t.variants.includes('طريق');

/**
 * «قصف على طريق حلب-اللاذقية قرب سراقب», «الطريق بين حلب واللاذقية»: the towns a road runs between are not where on
 * it things happened; they place an event only when the sentence names nothing else.
 */
function isRoadEnd(tokens: readonly Token[], at: number): boolean {
  if (at < 1) return false;
  if (isRoad(tokens[at - 1])) return true;
  if (DASHES.has(tokens[at - 1]!.text) && isRoad(tokens[at - 3])) return true;
  if (tokens[at - 1]!.variants.includes('بين') && isRoad(tokens[at - 2])) return true;
  // the second of «بين X وY»
  return at >= 3 && tokens[at - 2]!.variants.includes('بين') && isRoad(tokens[at - 3]);
}

/**
 * Each place once, however often the sentence names it: places are numbered once per
 * sentence and a pick marks the numbers it took with its own stamp (no set per pick).
 */
function placePicker(w: PreparedSentence, weak: readonly boolean[], major: readonly number[]) {
  const numbered = new Map<Place, number>();
  const placeNo = w.places.map((p) => {
    let n = numbered.get(p.place);
    if (n === undefined) numbered.set(p.place, (n = numbered.size));
    return n;
  });
  const taken = new Uint32Array(numbered.size);
  // the places a pick may take at all, in the sentence's order (a flood of countries, all weak, leaves none to walk)
  const pickable = w.places.flatMap((_, k) => (weak[k] || w.placeAt[k]! < 0 ? [] : [k]));
  let stamp = 0;
  return (pos: number, next: number, sameClause: boolean, otherEvent?: (clause: number) => boolean): Place[] => {
    stamp++;
    const out: Place[] = [];
    for (const k of pickable) {
      const at = w.placeAt[k]!;
      if ((at > pos && next < at) || (sameClause && major[at] !== major[pos])) continue;
      if (otherEvent?.(major[at]!)) continue;
      const n = placeNo[k]!;
      if (taken[n] === stamp) continue;
      taken[n] = stamp;
      out.push(w.places[k]!.place);
    }
    return out;
  };
}

/**
 * Major clauses: «…، بينما أكدت موسكو …» puts Moscow in another clause than the border fighting; «تزامناً مع»
 * opens the clause of another, simultaneous event.
 */
function majorClauses(tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '؛' || t.text === ';' || (t.kind === 'word' && (MAJOR_CLAUSE_BREAK.test(t.text) || CONCURRENT_WORD.test(t.text)))) c++;
    else if (SECOND_COMPLEMENT.test(t.text) && COMMAS.has(tokens[i - 1]?.text ?? '')) c++;
    out[i] = c;
  }
  return out;
}

/**
 * «قالت الوزارة إن قواتها سيطرت على بلدة في دونيتسك، وإن الدفاعات دمرت صواريخ فوق القرم»: a second «وإن»/«وأن» after
 * a comma opens another thing the speaker said, with its own places.
 */
const SECOND_COMPLEMENT = /^و(?:ان|بان)$/;
const COMMAS: ReadonlySet<string> = new Set(['،', ',']);

/** The major clauses opened by «وسط» (amid): «…، وسط قصف مدفعي», «وسط اشتباكات عنيفة». */
function amidClauses(tokens: readonly Token[], major: readonly number[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (AMID.test(t.text) && (i === 0 || major[i - 1] !== major[i])) out.add(major[i]!);
  });
  return out;
}
const AMID = /^[وف]?وسط$/;

/** The major clauses that name the border («الحدود», «حدودي»), found in one pass over the sentence. */
function clausesMentioningBorder(tokens: readonly Token[], major: readonly number[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (BORDER_WORD.test(t.text) || BORDER_ADJECTIVE.test(t.text)) out.add(major[i]!);
  });
  return out;
}
