/** The date of a cue's draft: its time expression (past an anniversary's), or none under a recap. */
import type { DateExpr } from '../../time/index.js';
import { pickDate } from './dates.js';
import type { SentenceScene } from './sentence-scene.js';

/**
 * The time expression of a cue (pickDate), passing over an anniversary's day unless the cue is what it recalls: «في
 * الذكرى الثانية للحرب قصفت القوات الروسية خاركيف» dates the war two years back, the shelling is today's.
 */
export function datePicked(scene: SentenceScene, pos: number, clause: readonly number[] | null, cueStarts: readonly number[] = []) {
  const d = pickDate(scene.timing.usable, pos, clause, cueStarts);
  if (!d?.anniversary || scene.blocked?.[pos] === 'recap') return d;
  return pickDate(
    scene.timing.usable.filter((x) => !x.anniversary),
    pos,
    clause,
    cueStarts,
  );
}

/**
 * «يحيي الأوكرانيون ذكرى قصف مسرح ماريوبول», «بدأت اليوم محاكمة المتهمين بالهجوم على …», «وسبق أن قصفت الطائرات
 * …»: an event told under a recap marker is background, unless a time word of its own, after the marker, dates it
 * (then its date decides: «تحقيق في الغارة التي استهدفت المدرسة أمس»). A day before the marker dates the
 * anniversary, the trial or the inquiry, not the event.
 */
export function recalledWithoutDate({ blocked }: SentenceScene, pos: number, d: DateExpr | undefined): boolean {
  if (blocked?.[pos] !== 'recap') return false;
  let from = pos;
  while (from > 0 && blocked[from - 1] === 'recap') from--;
  return !d || d.start < from;
}
