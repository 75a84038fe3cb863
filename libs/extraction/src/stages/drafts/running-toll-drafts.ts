/** Drafts whose figures are running tolls: dated the day they are stated, at broad places, a war summed up. */
import type { RawCasualty } from '../figures/figures.js';
import { isBackground } from './dates.js';
import type { Draft } from './draft.js';
import type { SentenceScene } from './sentence-scene.js';
import { HOSTILE } from './trigger-drafts.js';

/**
 * A running toll is dated the day it is stated: «منذ 3 آذار» starts its period, it is not the day
 * of the claim; the period ends on the claim's day. A toll counted since long ago («منذ عقود»,
 * a war of past years) stays background, a recap rather than news.
 */
export function datedAsStated(owner: Draft, period: { from: number | null; to: number | null }, scene: SentenceScene): void {
  const old = period.from !== null && isBackground({ from: period.from, to: period.from }, scene.ref, null);
  if (period.from !== null && owner.date?.from === period.from) {
    owner.date = scene.timing.cueFallback ?? (scene.ref === null ? null : { from: scene.ref, to: scene.ref });
    owner.background = old;
    owner.explicitDate = false;
  } else if (old && !owner.explicitDate && owner.casualties.every((c) => c.cumulative)) {
    // «قتل أكثر من 500 ألف شخص في الحرب منذ عام 2011»: the cue took the running date, the toll is still the war's
    owner.background = true;
  }
  period.to = owner.date?.to ?? owner.date?.from ?? null;
}

/**
 * «وقتل أكثر من 150 ألف شخص في الحرب المستمرة منذ أبريل 2023», «وتسببت المعارك في مقتل الآلاف منذ اندلاع النزاع»: a
 * toll counted since long ago is background, and so are the fighting and strikes its sentence names with no day of
 * their own — the war the toll sums up, not an incident.
 */
export function sumUpWar(drafts: Draft[], ref: number | null): void {
  for (const d of drafts) {
    if (isRunningTollOnly(d) && d.casualties.every((c) => countedSinceLongAgo(c, ref))) d.background = true;
    else if (HOSTILE.has(d.type) && !d.explicitDate) d.background = true;
  }
}
const countedSinceLongAgo = (c: RawCasualty, ref: number | null) =>
  !!c.cumulative && c.cumulative.from !== null && isBackground({ from: c.cumulative.from, to: c.cumulative.from }, ref, null);

export const isRunningTollOnly = (d: Draft): boolean =>
  d.type === 'CasualtiesClaimed' && d.casualties.length > 0 && d.casualties.every((c) => c.cumulative);

/**
 * A running toll counts a whole war or campaign: it is not pinned to the village the sentence (or
 * the one before) names, only to the wide areas it names itself («قطاع غزة», a border, a country).
 */
export function keepBroadPlaces(d: Draft): void {
  d.locations = d.inferredPlaces ? [] : d.locations.filter((p) => BROAD_PRECISIONS.has(p.precision));
  d.inferredPlaces = false;
}
const BROAD_PRECISIONS: ReadonlySet<string> = new Set(['region', 'border', 'country']);
