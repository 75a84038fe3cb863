import type { ExtractedEvent } from '../extraction-record.js';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(iso) / DAY;

/**
 * A report that names one day for its facts names it once: «قال الانفصاليون إن … نفذوا ضربات …»,
 * then «… بنيران طائرات مسيّرة الأحد» in the last paragraph. The events told before with no time
 * word of their own ran on the report's day; when every event that has its own day has the same
 * one (or a two-day window holding it: «خلال الـ24 ساعة الماضية»), a day or two before, they are
 * that day's events too.
 */
export function ontoTheNamedDay(events: readonly ExtractedEvent[], ownDates: ReadonlySet<ExtractedEvent>): void {
  const dated = events.filter((e) => ownDates.has(e) && !e.background && e.occurredOn);
  const named = dated.find((e) => e.occurredOn!.from === e.occurredOn!.to)?.occurredOn!.from;
  if (!named) return;
  // «خلال الـ24 ساعة الماضية» (that day and the next) agrees with «يوم أمس»: a window of two days holding it
  const agrees = (e: ExtractedEvent) =>
    e.occurredOn!.from <= named && e.occurredOn!.to >= named && dayOf(e.occurredOn!.to) - dayOf(e.occurredOn!.from) <= 1;
  if (!dated.every(agrees)) return;
  for (const e of events) {
    if (ownDates.has(e) || e.background || !e.occurredOn || e.occurredOn.from !== e.occurredOn.to) continue;
    const gap = dayOf(e.occurredOn.from) - dayOf(named);
    if (gap >= 1 && gap <= 2) e.occurredOn = { from: named, to: named };
  }
}
