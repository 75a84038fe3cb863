import { TERRITORY } from '../../lexicon/triggers/territory.js';
import type { Place } from '../prepare/places.js';
import type { PreparedSentence } from '../prepare/prepare.js';
import type { Draft } from './draft.js';

/**
 * «استعاد الجيش ثلاث قرى هي A وB وC», «سيطرت على بلدتي A وB في ولاية سنار»: every place of a list a control change
 * names was taken on its own — one event per listed town, village or position (same claimant, sides and day), each
 * keeping the wider places it lies in. A count with no names («ثلاث قرى في منطقة دونيتسك») stays one event.
 */
export function splitListedPlaces(drafts: Draft[], w: PreparedSentence): Draft[] {
  const out: Draft[] = [];
  let spans: PlaceSpan[] | undefined; // the sentence's, read once for all its drafts
  for (const d of drafts) {
    const many = d.type === 'ControlChangeClaimed' && !d.inferredPlaces && d.locations.length > 1;
    const listed = many ? listedPlaces(d.locations, (spans ??= placeSpans(w)), w) : [];
    if (listed.length < 2) {
      out.push(d);
      continue;
    }
    const shared = d.locations.filter((p) => !listed.includes(p));
    for (const p of listed) out.push({ ...d, locations: [p, ...shared], casualties: [...d.casualties], materiel: [...d.materiel] });
  }
  return out;
}

/** The draft's specific places that the sentence lists with «و» or «،», in text order (none when there is no list). */
function listedPlaces(locations: readonly Place[], all: readonly PlaceSpan[], w: PreparedSentence): Place[] {
  const spans = all.filter((s) => locations.includes(s.place));
  let best: Place[] = [];
  let run: PlaceSpan[] = [];
  const close = () => {
    const specific = run.map((s) => s.place).filter((p, k, all) => SPECIFIC.has(p.precision) && all.indexOf(p) === k);
    // «الموصل وحي الطيران»: a quarter listed with its city is a detail of the one place, not another
    const own = specific.filter((p) => !specific.some((q) => q.id === p.parent || p.id === q.parent));
    if (own.length > best.length) best = own;
  };
  for (const s of spans) {
    const prev = run.at(-1);
    if (prev && !coordinated(w, prev.end, s)) {
      close();
      run = [];
    }
    run.push(s);
  }
  close();
  return best;
}
/** A town, a village, a position or a district: one control change each; regions and countries are where they lie. */
const SPECIFIC: ReadonlySet<string> = new Set(['settlement', 'feature', 'district']);

interface PlaceSpan {
  place: Place;
  start: number;
  end: number;
}

/** The sentence's places with the tokens they cover, in text order. */
function placeSpans(w: PreparedSentence): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  const starts = new Set(w.placeAt);
  w.places.forEach((m, k) => {
    const start = w.placeAt[k]!;
    if (start < 0) return;
    let end = start + 1;
    while (end < w.tokens.length && w.placeTokens.has(end) && !starts.has(end)) end++;
    out.push({ place: m.place, start, end });
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Only «و», «،» and a ground noun («، وقرية …», «وبلدة …») stand between the place ending at `from` and the one at
 * `to`; with nothing between, the second place carries the «و» itself («الدندر والسوكي»).
 */
function coordinated(w: PreparedSentence, from: number, next: PlaceSpan): boolean {
  const to = next.start;
  if (to < from || to - from > LIST_GAP) return false;
  // «ود مدني» starts with «و» of its own: only «وود مدني» joins it
  const own = next.place.arabic.some((a) => a.startsWith('و'));
  if (to === from) return (w.tokens[to]?.text ?? '').startsWith(own ? 'وو' : 'و');
  let and = false;
  for (let k = from; k < to; k++) {
    const t = w.tokens[k]!;
    if (t.text === '،' || t.text === ',') and = true;
    else if (t.text === 'و') and = true;
    else if (t.kind === 'word' && t.text.startsWith('و') && t.variants.some((v) => TERRITORY.includes(v))) and = true;
    else if (!(t.kind === 'word' && t.variants.some((v) => TERRITORY.includes(v)))) return false;
  }
  return and;
}
/** «، وقرية» or «، ومدينة»: a comma, «و» and a ground noun at most. */
const LIST_GAP = 3;
