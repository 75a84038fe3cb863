import type { ExtractedEvent } from '../extraction-record.js';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(iso) / DAY;

/**
 * A report that names one day for its facts names it once: «قال الانفصاليون إن … نفذوا ضربات …»,
 * then «… بنيران طائرات مسيّرة الأحد» in the last paragraph. The events told before with no time
 * word of their own ran on the report's day; when every event that has its own day has the same
 * one, a day or two before, they are that day's events too.
 */
export function ontoTheNamedDay(events: readonly ExtractedEvent[], ownDates: ReadonlySet<ExtractedEvent>): void {
  const dated = events.filter((e) => ownDates.has(e) && !e.background && e.occurredOn);
  if (!dated.length) return;
  const named = dated[0]!.occurredOn!.from;
  if (!dated.every((e) => e.occurredOn!.from === named && e.occurredOn!.to === named)) return;
  for (const e of events) {
    if (ownDates.has(e) || e.background || !e.occurredOn || e.occurredOn.from !== e.occurredOn.to) continue;
    const gap = dayOf(e.occurredOn.from) - dayOf(named);
    if (gap >= 1 && gap <= 2) e.occurredOn = { from: named, to: named };
  }
}
