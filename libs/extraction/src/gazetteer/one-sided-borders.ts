/**
 * «الحدود مع أفغانستان», «قرب الحدود مع لبنان»: a border named by one side only is the border between that country
 * and the report's other one — the country of its other places or of its nisbas («قال الجيش الباكستاني»), in the
 * order the text names them — when the gazetteer has that border; the named neighbour alone is not where it
 * happened. With no such border the country match stays.
 */
import { getPlace } from './catalogue.js';
import { nisbaCountries, type PlaceMatch } from './find-places.js';
import type { Place } from './types.js';

/** «الحدود مع», «حدودها مع», «بالحدود مع», «للحدود مع» right before the country's name. */
const BORDER_WITH = /(?:^|[\s«"(])[وفبل]{0,2}(?:ال|لل)?حدود(?:ها|ه|هم)?\s+مع\s+$/u;

function borderBetween(a: string, b: string): Place | undefined {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()].sort();
  return getPlace(`xx-border-${x}-${y}`);
}

/** The matches with each one-sided border's country replaced by the border (`matches` in text order). */
export function withOneSidedBorders(text: string, matches: readonly PlaceMatch[]): readonly PlaceMatch[] {
  let out: PlaceMatch[] | undefined;
  let countries: string[] | undefined;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const neighbour = m.place.country;
    if (m.place.precision !== 'country' || !neighbour || !BORDER_WITH.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    // the report's countries once, in the order named: its places', then its nisbas'
    countries ??= [...new Set([...matches.map((o) => o.place.country), ...nisbaCountries(text)].filter((c): c is string => !!c))];
    const border = countries
      .filter((c) => c !== neighbour)
      .map((c) => borderBetween(c, neighbour))
      .find((b) => b !== undefined);
    if (!border) continue;
    out ??= [...matches];
    out[k] = { place: border, start: m.start, end: m.end };
  }
  return out ?? matches;
}
