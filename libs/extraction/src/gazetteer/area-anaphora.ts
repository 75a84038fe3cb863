/**
 * A part of an area named before: «وسط القطاع», «شمال المدينة», «جنوب الولاية», «أطراف البلدة». The definite unit
 * noun stands for the last place the report named with that noun («قرية تل العيد», «ولاية شمال دارفور»), else the
 * last place of its kind — «القطاع» the Strip («قطاع غزة», or the Strip a town lies in), «البلدة»/«القرية» a town,
 * «المحافظة»/«الولاية»/«الإقليم»/«المقاطعة» a first-level unit; «المدينة» is the town named most often — and the direction makes the gazetteer's part of it when it has one («وسط القطاع» → «وسط قطاع غزة»),
 * else the area itself. Without this the sentence has no place and borrows the previous sentence's town
 * («… في رفح. وقتل 5 في قصف على وسط القطاع» is not Rafah). Right after a place («بحي التفاح شرقي القطاع») the
 * phrase only locates that place and is not read.
 */
import { ancestorIds, getPlace } from './catalogue.js';
import { findPlaces, type PlaceMatch } from './find-places.js';
import type { Place } from './types.js';
import { normalizeKey } from '../text/normalize.js';

type UnitKind = 'strip' | 'town' | 'region';

const UNIT_NOUNS: Readonly<Record<string, UnitKind>> = {
  القطاع: 'strip',
  المدينة: 'town',
  البلدة: 'town',
  القرية: 'town',
  المحافظة: 'region',
  الولاية: 'region',
  الإقليم: 'region',
  الاقليم: 'region',
  المقاطعة: 'region',
};

/** Words naming a part of the area: the compass and the middle, the outskirts. */
const PART = String.raw`(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|أطراف|اطراف|ضواحي|محيط)`;
const PHRASE = new RegExp(
  String.raw`(?<![\u0621-\u064A])[وفب]?(${PART})\s+(${Object.keys(UNIT_NOUNS).join('|')})(?![\u0621-\u064A])`,
  'dgu',
);
/** Directions the gazetteer writes its parts with («شمال قطاع غزة»); «شمالي» is read as «شمال». */
const COMPASS: Readonly<Record<string, string>> = {
  شمال: 'شمال',
  شمالي: 'شمال',
  جنوب: 'جنوب',
  جنوبي: 'جنوب',
  شرق: 'شرق',
  شرقي: 'شرق',
  غرب: 'غرب',
  غربي: 'غرب',
  وسط: 'وسط',
};

function spelling(p: Place): string | undefined {
  return p.arabic.find((a) => !a.startsWith('?') && !a.startsWith('~'));
}

function fits(p: Place, kind: UnitKind): boolean {
  if (kind === 'town') return p.precision === 'settlement';
  if (kind === 'region') return p.precision === 'region';
  return p.arabic.some((a) => a.startsWith('قطاع '));
}

/** The indefinite noun that names a place of the unit («مدينة غريان» for «المدينة»), normalised. */
const NAMING_NOUN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(UNIT_NOUNS).map((noun) => [noun, normalizeKey(noun.slice(2))]),
);
const WORD_BEFORE = /([ء-ي]+)\s+$/;

/** Whether the place is written after the unit's own noun («محافظة رفح», «بولاية شمال دارفور», «قرية تل العيد»). */
function namedBy(text: string, m: PlaceMatch, noun: string): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!before) return false;
  let w = normalizeKey(before[1]);
  for (let k = 0; k < 2 && w !== noun && w.length > noun.length && 'وفبل'.includes(w[0]); k++) w = w.slice(1);
  return w === noun;
}

/**
 * What the unit noun refers to: the last place before `at` the text named with that noun («مدينة غريان … ضواحي
 * المدينة», even after «قادمة من طرابلس»), else the last place of its kind — for «القطاع» also the Strip a town
 * lies in.
 */
function referent(text: string, known: readonly PlaceMatch[], at: number, unitNoun: string): Place | undefined {
  const kind = UNIT_NOUNS[unitNoun];
  let last = known.length - 1;
  while (last >= 0 && known[last].end > at) last--;
  if (unitNoun === 'المدينة') return mostNamedTown(known, last);
  const noun = NAMING_NOUN[unitNoun];
  for (let k = last; k >= 0; k--) if (namedBy(text, known[k], noun)) return known[k].place;
  for (let k = last; k >= 0; k--) {
    const m = known[k];
    if (fits(m.place, kind)) return m.place;
    if (kind !== 'strip') continue;
    for (const id of ancestorIds(m.place.id)) {
      const a = getPlace(id);
      if (a && fits(a, kind)) return a;
    }
  }
  return undefined;
}

/**
 * «المدينة» is the report's city: the town named most often up to here, the latest of equals («… أجدابيا … مدينة
 * مصراتة … قرب أجدابيا … شرق المدينة» is Ajdabiya; «مدينة غريان … قادمة من طرابلس … ضواحي المدينة» Gharyan).
 */
function mostNamedTown(known: readonly PlaceMatch[], last: number): Place | undefined {
  const count = new Map<Place, number>();
  let best: Place | undefined;
  for (let k = 0; k <= last; k++) {
    const p = known[k].place;
    if (p.precision !== 'settlement') continue;
    const n = (count.get(p) ?? 0) + 1;
    count.set(p, n);
    if (!best || n >= count.get(best)!) best = p;
  }
  return best;
}

/** The gazetteer's part of `area` in that direction («وسط قطاع غزة»), else the area. */
function partOf(area: Place, part: string): Place {
  const compass = COMPASS[part];
  const name = compass && spelling(area);
  if (!name) return area;
  const phrase = `${compass} ${name}`;
  const found = findPlaces(phrase).find((m) => m.start === 0 && m.end === phrase.length);
  return found && ancestorIds(found.place.id).includes(area.id) ? found.place : area;
}

/** Parts of areas named before («وسط القطاع»), as matches over the phrase, in text order. */
export function findAreaParts(text: string, known: readonly PlaceMatch[]): PlaceMatch[] {
  if (!known.length) return [];
  const out: PlaceMatch[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const start = m.indices![1][0];
    const end = m.index + m[0].length;
    if (known.some((k) => k.start < end && k.end > start)) continue;
    // «بحي التفاح شرقي القطاع»: right after a place, the phrase locates that place; it is not one of its own
    if (known.some((k) => k.end <= start && /^\s+$/.test(text.slice(k.end, start)))) continue;
    const area = referent(text, known, start, m[2]);
    if (area) out.push({ place: partOf(area, m[1]), start, end });
  }
  return out;
}
