/**
 * Places a sentence names that are not where its events happened: the venue
 * of a statement or a meeting, and a capital that speaks for its government.
 * Rows in lexicon/places/not-event-places.ts.
 */
import {
  ALLEGIANCE_WORDS,
  GOVERNMENT_HEADS,
  GOVERNMENT_VERBS,
  LAUNCH_WORDS,
  OFFICE_LINKS,
  OFFICE_TITLES,
  ORIGIN_LINKS,
  REFERENCE_LINKS,
  REFERENCE_WORDS,
  VENUE_NOUNS,
} from '../../lexicon/places/not-event-places.js';
import { BACK_POINTERS, CLOSURE_STOPS, CLOSURE_WORDS } from '../../lexicon/places/closed-places.js';
import { REQUEST_VERBS } from '../../lexicon/attribution/request-verbs.js';
import { FACT_ANCHORS } from '../../lexicon/scope-words.js';
import { ATTACK_VERBS } from '../../lexicon/triggers/attack-verbs.js';
import { ACTORS } from '../../lexicon/parties.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-prepositions.js';
import type { Token } from '../../text/tokens.js';

const has = (t: Token | undefined, words: ReadonlySet<string>) => !!t && t.kind === 'word' && t.variants.some((v) => words.has(v));

const REQUESTS: ReadonlySet<string> = new Set(REQUEST_VERBS);

/** Words between a venue noun and its «في»: «مؤتمر صحفي في», «اجتماع وزراء الخارجية في». */
const VENUE_REACH = 3;

/** «بيان صدر في روما», «خلال مؤتمر صحفي في جدة», «جلسة طارئة في نيويورك»: `at` is the place's first token. */
export function isVenue(tokens: readonly Token[], at: number): boolean {
  if (at < 2 || !tokens[at - 1]!.variants.includes('في')) return false;
  for (let k = at - 2; k >= 0 && k >= at - 1 - VENUE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (has(t, VENUE_NOUNS)) return true;
  }
  return false;
}

/**
 * «أعلنت موسكو …», «واشنطن تدين …»: a place right after a government's verb,
 * or right before one with no preposition before it; «طلبت بغداد من واشنطن»:
 * the government a request is addressed to. `at`..`last` are its tokens.
 */
export function isGovernmentVoice(tokens: readonly Token[], at: number, last: number): boolean {
  if (has(tokens[at - 1], GOVERNMENT_VERBS)) return true;
  // «طلبت بغداد من واشنطن …»: the government asked is an addressee, not a place
  if (tokens[at - 1]?.variants.includes('من') && (has(tokens[at - 2], REQUESTS) || has(tokens[at - 3], REQUESTS))) return true;
  return has(tokens[last + 1], GOVERNMENT_VERBS) && !has(tokens[at - 1], PLACE_PREPOSITIONS);
}

/**
 * «سقطت في أيدي قوات كييف», «الموالية لموسكو»: a capital in construct with a government's or its forces'
 * noun, or after a word of allegiance, is the government as a side (metonymy), never a place.
 */
export function isCapitalAsSide(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  if (!prev || !isCapital(tokens, at)) return false;
  // construct state: the head has no article («قوات كييف»); «قصف الجيش دمشق» is a verb, its subject, its object
  if (has(prev, GOVERNMENT_HEADS) && !DEFINITE.test(prev.text)) return true;
  return has(prev, ALLEGIANCE_WORDS) && tokens[at]!.text.startsWith('ل');
}

/** A capital's name (which may stand for its government) starts at token `at`. */
export const isCapital = (tokens: readonly Token[], at: number): boolean => ACTORS.matchAt(tokens, at)?.data.role === 'capital';

/** A word with the article, after the conjunctions and prepositions written onto it. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/** Words a reference may reach back over: «كيلومترًا شمال غربي بغداد». */
const REFERENCE_REACH = 3;

/**
 * «مناطق زراعية تابعة لبلدة كفرشوبا، المحاذية لشبعا», «على مسافة 180 كيلومترًا شمال غربي بغداد»: a place
 * that only situates another place, by neighbourhood or distance. `at` is the place's first token.
 */
export function isReferencePoint(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - REFERENCE_REACH; k--) {
    const t = tokens[k]!;
    if (has(t, REFERENCE_WORDS)) return true;
    if (!has(t, REFERENCE_LINKS)) return false;
  }
  return false;
}

/** «قال محافظ كركوك», «رئيس مجلس محافظة نينوى»: the place of an official's office. `at` is the place's first token. */
export function isOfficePlace(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - REFERENCE_REACH; k--) {
    const t = tokens[k]!;
    // the title itself, not a form with a suffix taken off («محافظة» is a province, not «محافظ»)
    if (t.kind === 'word' && t.variants.some((v) => OFFICE_TITLES.has(v) && t.text.endsWith(v))) return true;
    if (!has(t, OFFICE_LINKS)) return false;
  }
  return false;
}

/** Words from the launch word to «من»: «أطلق حزب الله 20 صاروخا من». */
const LAUNCH_REACH = 5;

/**
 * «أطلق حزب الله 20 صاروخا من جنوب لبنان», «مسيرات أقلعت من قاعدة حميميم», «قصفت المدفعية … من
 * مواقعها في مزارع شبعا»: where the fire came from. `at` is the place's first token.
 */
export function isLaunchOrigin(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  let positions = false; // «من مواقعها في X»: the positions fired from
  for (let links = 0; k >= 0 && links < 3 && has(tokens[k], ORIGIN_LINKS); links++) positions ||= has(tokens[k--], LAUNCH_WORDS);
  if (k < 0 || !tokens[k]!.variants.includes('من')) return false;
  if (positions) return true;
  for (let j = k - 1; j >= 0 && j >= k - LAUNCH_REACH; j--) if (has(tokens[j], LAUNCH_WORDS)) return true;
  return false;
}

const ATTACK_WORDS: ReadonlySet<string> = new Set(ATTACK_VERBS);

/** Words a closing word may stand back from its place: «علقت شركات الطيران رحلاتها إلى مطار بيروت». */
const CLOSURE_REACH = 6;

/**
 * «أغلقت السلطات مطار معيتيقة بسبب الاشتباكات في طرابلس», «وأخلت السلطات مستشفى مرجعيون بسبب القصف»: the object of
 * a closing, emptying or suspending word is what was closed, not where the fighting was — unless the sentence points
 * back at it («بسبب سقوط قذائف عليه»). The walk back stops at a word of time or cause, an attack word or punctuation.
 * `at` is the place's first token.
 */
export function isClosedPlace(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - CLOSURE_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || has(t, CLOSURE_STOPS) || has(t, FACT_ANCHORS) || has(t, ATTACK_WORDS)) return false;
    if (has(t, CLOSURE_WORDS)) return !pointsBack(tokens, at);
  }
  return false;
}

const pointsBack = (tokens: readonly Token[], at: number): boolean => lastBackPointer(tokens) > at;

/** The last word of a sentence that points back at a place, once per sentence (a flood names many closed places). */
const LAST_POINTER = new WeakMap<readonly Token[], number>();
function lastBackPointer(tokens: readonly Token[]): number {
  let last = LAST_POINTER.get(tokens);
  if (last === undefined) {
    last = -1;
    for (let k = tokens.length - 1; k >= 0 && last < 0; k--) if (has(tokens[k], BACK_POINTERS)) last = k;
    LAST_POINTER.set(tokens, last);
  }
  return last;
}

/** «اعتبارا من الساعة التاسعة بتوقيت موسكو», «حسب توقيت غرينتش»: a city that names a clock is no place of the event. */
export function isTimeZone(tokens: readonly Token[], at: number): boolean {
  return !!tokens[at - 1]?.variants.includes(CLOCK_WORD);
}
const CLOCK_WORD = 'توقيت';
