import type { IncidentEventType } from '../../extraction-record.js';
import type { PreparedSentence } from '../prepare/prepare.js';
import type { Draft } from './draft.js';

/** Attacks whose places are their objects' («استهدف هجوم قاعدة بلد»). */
const ATTACKS: ReadonlySet<IncidentEventType> = new Set<IncidentEventType>(['ShellingReported', 'AirStrikeReported', 'ArmedClashReported']);

/**
 * «إذ استهدف هجوم، أمس، قاعدة بلد الجوية، وهجوم آخر، أول من أمس، مطار بغداد الدولي», «استهدفت صواريخ قاعدة فيكتوريا
 * اليوم بعد استهداف قاعدة التاجي أمس»: attacks of one sentence told each on a day of its own are each at the places
 * told with it, not at the other's. The sentence is cut where the day changes from one dated attack to the next (in
 * token order); an attack keeps the places of its stretch, when it has any there.
 */
export function placesDatedApart(drafts: readonly Draft[], w: PreparedSentence): void {
  const attacks = drafts
    .filter((d) => ATTACKS.has(d.type) && d.explicitDate && d.date && !d.inferredPlaces && d.locations.length > 1)
    .sort((a, b) => a.pos - b.pos);
  if (attacks.length < 2) return;
  const day = (d: Draft) => `${d.date?.from}|${d.date?.to}`;
  const cuts: number[] = [];
  for (let k = 1; k < attacks.length; k++) if (day(attacks[k]!) !== day(attacks[k - 1]!)) cuts.push(attacks[k]!.pos);
  if (!cuts.length) return;
  for (const d of attacks) {
    let run = 0;
    while (run < cuts.length && cuts[run]! <= d.pos) run++;
    const from = run === 0 ? 0 : cuts[run - 1]!;
    const to = run < cuts.length ? cuts[run]! : Infinity;
    const own = new Set(w.places.filter((_, k) => w.placeAt[k]! >= from && w.placeAt[k]! < to).map((p) => p.place));
    const kept = d.locations.filter((l) => own.has(l));
    if (kept.length) d.locations = kept;
  }
}
