/** Places named in a text, with the same-spelled alternatives ranked by the rest of the text. */
import { normalizeArabic, type NormalizedText } from '../text/normalize.js';
import { countryOfAdjective } from './adjectives.js';
import { ancestorIds } from './catalogue.js';
import { partyCountriesIn } from './party-countries.js';
import { scan } from './scan.js';
import type { Place } from './types.js';

export interface PlaceMatch {
  place: Place;
  /** Offsets into the ORIGINAL text of the place name itself (proclitics excluded). */
  start: number;
  end: number;
  /**
   * Other places written the same way (e.g. «طرابلس»: Tripoli, Libya / Tripoli,
   * Lebanon), least likely last. `place` is the one the rest of the text
   * supports best (same country or parent named elsewhere), else the default.
   */
  alternatives?: Place[];
}

export interface FindPlacesOptions {
  /** Also return spellings marked context-only even without a place cue. Default false. */
  includeContextOnly?: boolean;
}
/**
 * Places named in `text`, left to right, longest match first, never overlapping.
 * Pass `normalized` (= normalizeArabic(text)) when the caller already has it.
 */
export function findPlaces(text: string, normalized?: NormalizedText, options?: FindPlacesOptions): PlaceMatch[] {
  if (!text) return [];
  const nt = normalized ?? normalizeArabic(text);
  const raw = scan(nt.text, options?.includeContextOnly === true);

  // Evidence for disambiguation: ids, ancestors and countries of unambiguous matches.
  const ids = new Set<string>();
  const countries = new Set<string>();
  for (const m of raw) {
    if (m.entries.length !== 1 || !m.entries[0].place) continue;
    const p = m.entries[0].place;
    ids.add(p.id);
    for (const a of ancestorIds(p.id)) ids.add(a);
    if (p.country) countries.add(p.country);
  }

  // «اشتباكات في طرابلس بين الجيش اللبناني ومسلحين»: a nisba names the country too (read only when a spelling is shared);
  // an armed group names its home country, more weakly («قصفت هيئة تحرير الشام أريحا»: Ariha, not Jericho)
  const shared = raw.some((m) => m.entries.length > 1);
  if (shared) for (const c of nisbaCountries(text)) countries.add(c);
  const partyHomes = new Set(shared ? partyCountriesIn(nt.text) : []);

  const result: PlaceMatch[] = [];
  for (const m of raw) {
    const places = m.entries.map((e) => e.place).filter((p): p is Place => p !== null);
    if (places.length === 0) continue; // blocker
    let chosen = places[0];
    if (places.length > 1) {
      let bestScore = -1;
      for (const p of places) {
        let score = 0;
        if (p.country && countries.has(p.country)) score += 1;
        if (p.country && partyHomes.has(p.country)) score += 0.5;
        if (ancestorIds(p.id).some((a) => ids.has(a) && a !== p.country?.toLowerCase())) score += 2;
        if (score > bestScore) {
          bestScore = score;
          chosen = p;
        }
      }
    }
    const match: PlaceMatch = { place: chosen, start: nt.toOriginal(m.start), end: nt.toOriginalEnd(m.end) };
    if (places.length > 1) match.alternatives = places.filter((p) => p !== chosen);
    result.push(match);
  }
  return result;
}

const WORDS = /[\u0621-\u064a]{4,}/g;

/** The countries the text's nisbas name («اللبناني», «الليبية»). */
export function nisbaCountries(text: string): ReadonlySet<string> {
  // several rules of one report ask: the last text's answer is kept
  if (text === lastNisbaText) return lastNisbas;
  const found = new Set<string>();
  for (const [word] of text.matchAll(WORDS)) {
    const c = countryOfAdjective(word);
    if (c) found.add(c);
  }
  lastNisbaText = text;
  lastNisbas = found;
  return found;
}
let lastNisbaText: string | undefined;
let lastNisbas: ReadonlySet<string> = new Set();
