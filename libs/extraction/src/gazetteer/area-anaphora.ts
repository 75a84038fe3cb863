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
const NAMING_NOUNS: ReadonlySet<string> = new Set(Object.values(NAMING_NOUN));
const NOUN_BEFORE = /(?:مدين|بلد|قري|محافظ|ولاي|مقاطع|قطاع|إقليم|اقليم)[ةه]?\s+$/;
const WORD_BEFORE = /([\u0621-\u064A]+)\s+$/;

/** The unit noun a place is written after («محافظة رفح», «بولاية شمال دارفور», «قرية تل العيد»), normalised. */
function namingNounOf(text: string, m: PlaceMatch): string | undefined {
  const near = text.slice(Math.max(0, m.start - 14), m.start);
  if (!NOUN_BEFORE.test(near)) return undefined; // most places: no unit noun, nothing to normalise
  const before = WORD_BEFORE.exec(near);
  if (!before) return undefined;
  let w = normalizeKey(before[1]);
  for (let k = 0; k <= 2; k++) {
    if (NAMING_NOUNS.has(w)) return w;
    if (w.length < 4 || !'وفبل'.includes(w[0])) return undefined;
    w = w.slice(1);
  }
  return undefined;
}

/**
 * What each unit noun refers to, kept up to date as the places before a phrase are read in text order (one pass):
 * the last place the text named with that noun («مدينة غريان … ضواحي المدينة»), else the last place of its kind —
 * for «القطاع» also the Strip a town lies in; «المدينة» is the town named most often so far, the latest of equals
 * («… أجدابيا … مدينة مصراتة … قرب أجدابيا … شرق المدينة» is Ajdabiya).
 */
class Referents {
  private readonly namedBy = new Map<string, Place>();
  private readonly lastOf: Partial<Record<UnitKind, Place>> = {};
  private readonly towns = new Map<Place, number>();
  private mostNamedTown: Place | undefined;

  constructor(private readonly text: string) {}

  read(m: PlaceMatch): void {
    const p = m.place;
    const noun = namingNounOf(this.text, m);
    if (noun) this.namedBy.set(noun, p);
    if (fits(p, 'region')) this.lastOf.region = p;
    if (fits(p, 'town')) {
      this.lastOf.town = p;
      const n = (this.towns.get(p) ?? 0) + 1;
      this.towns.set(p, n);
      if (!this.mostNamedTown || n >= this.towns.get(this.mostNamedTown)!) this.mostNamedTown = p;
    }
    const strip = fits(p, 'strip')
      ? p
      : ancestorIds(p.id)
          .map((id) => getPlace(id))
          .find((a) => a !== undefined && fits(a, 'strip'));
    if (strip) this.lastOf.strip = strip;
  }

  of(unitNoun: string): Place | undefined {
    if (unitNoun === 'المدينة') return this.mostNamedTown;
    return this.namedBy.get(NAMING_NOUN[unitNoun]) ?? this.lastOf[UNIT_NOUNS[unitNoun]];
  }
}

/** The gazetteer's part of `area` in that direction («وسط قطاع غزة»), else the area. */
function partOf(area: Place, part: string): Place {
  const key = `${area.id} ${part}`;
  let found = parts.get(key);
  if (!found) {
    if (parts.size >= PARTS_CACHE_SIZE) parts.clear();
    parts.set(key, (found = lookUpPart(area, part)));
  }
  return found;
}
const parts = new Map<string, Place>();
const PARTS_CACHE_SIZE = 1_000;

function lookUpPart(area: Place, part: string): Place {
  const compass = COMPASS[part];
  const name = compass && spelling(area);
  if (!name) return area;
  const phrase = `${compass} ${name}`;
  const found = findPlaces(phrase).find((m) => m.start === 0 && m.end === phrase.length);
  return found && ancestorIds(found.place.id).includes(area.id) ? found.place : area;
}

/** Parts of areas named before («وسط القطاع»), as matches over the phrase, in text order (`known` in text order). */
export function findAreaParts(text: string, known: readonly PlaceMatch[]): PlaceMatch[] {
  if (!known.length) return [];
  const out: PlaceMatch[] = [];
  const referents = new Referents(text);
  let k = 0;
  let lastEnd = -1;
  for (const m of text.matchAll(PHRASE)) {
    const start = m.indices![1][0];
    const end = m.index + m[0].length;
    for (; k < known.length && known[k].start < start; k++) {
      referents.read(known[k]);
      lastEnd = Math.max(lastEnd, known[k].end);
    }
    if (lastEnd > start || (k < known.length && known[k].start < end)) continue;
    // «بحي التفاح شرقي القطاع»: right after a place, the phrase locates that place; it is not one of its own
    if (lastEnd >= 0 && /^\s+$/.test(text.slice(lastEnd, start))) continue;
    const area = referents.of(m[2]);
    if (area) out.push({ place: partOf(area, m[1]), start, end });
  }
  return out;
}
