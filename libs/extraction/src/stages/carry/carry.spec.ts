import { describe, expect, it } from 'vitest';
import { findDates, isoOf, parseIso, resolveDayAfter } from '../../time/index.js';
import { findActors, findAttributions, DocContext } from '../attribution/attribution.js';
import { prepare } from '../prepare/prepare.js';
import { evolve, initialCarry, speakerAt, timingOf, type Carry } from './carry.js';

const ref = parseIso('2022-09-14')!;
const refDate = { from: ref, to: ref };

/** Read a report sentence by sentence as the pipeline does; the carry after each and each sentence's date. */
function walk(text: string) {
  const ctx = new DocContext();
  let carry: Carry = initialCarry(refDate);
  return prepare(text).sentences.map((w) => {
    const attributions = findAttributions(w.tokens, findActors(w.tokens, ctx));
    const dates = findDates(w.tokens, ref);
    resolveDayAfter(dates, ref);
    const speaker = speakerAt(carry, w, attributions);
    const timing = timingOf(carry, w, dates, refDate);
    carry = evolve(carry, { sentence: w, speaker, attributions, timing, places: [], ref });
    const day = timing.sentenceDate?.from;
    return { speaker: speaker?.party ?? null, date: day == null ? null : isoOf(day), after: carry };
  });
}

describe('carry: what one sentence hands the next', () => {
  it('a date runs on into the next sentence', () => {
    const [, second] = walk('قصفت القوات الأذربيجانية جيرموك يوم الإثنين. وأصيب ثلاثة مدنيين.');
    expect(second.date).toBe('2022-09-12');
  });

  it('«في وقت سابق» makes the running date unknown', () => {
    const [first, second] = walk('وفي وقت سابق، قصفت القوات بلدة جيرموك. وأصيب ثلاثة مدنيين.');
    expect(first.date).toBe(null);
    expect(second.date).toBe(null);
  });

  it('a pluperfect aside («وكان … قد … في وقت سابق») looks back without making the running date unknown', () => {
    const [, aside, next] = walk('قصفت القوات بلدة جيرموك أمس. وكان الجيش قد حذر في وقت سابق من التصعيد. وأصيب ثلاثة مدنيين.');
    expect(aside.date).toBe(null);
    expect(next.date).toBe('2022-09-13');
  });

  it('a year-only date runs on only inside its paragraph', () => {
    const [, , third] = walk('اندلعت حرب عام 2020. وقتل فيها الآلاف.\nوقصفت القوات جيرموك.');
    expect(third.date).toBe('2022-09-14');
  });

  it('the speaker goes on in the same paragraph and after «وأضاف», and resets in a new one', () => {
    const steps = walk(
      'قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت جيرموك. وأصيب جنديان.\nوأضاف أن القصف استمر.\nوقصفت القوات بلدة أخرى.',
    );
    expect(steps.map((s) => s.speaker)).toEqual([null, 'AM', 'AM', null]);
    expect(steps[0].after.speaker?.party).toBe('AM');
  });

  it('keeps only the places of the last three sentences', () => {
    let carry = initialCarry(refDate);
    const [w] = prepare('قصف.').sentences;
    const timing = timingOf(carry, w, [], refDate);
    for (let k = 0; k < 5; k++) carry = evolve(carry, { sentence: w, speaker: null, attributions: [], timing, places: [], ref });
    expect(carry.recentPlaces).toHaveLength(3);
  });

  it('a day after the report day (a feast, a plan) does not run on; a deadline is no sentence date', () => {
    const [, , third] = walk(
      'قصفت القوات جيرموك أمس. ودعا الوزير إلى هدنة في عيد الاستقلال الواقع في 21 أيلول/سبتمبر 2022. وأصيب ثلاثة مدنيين.',
    );
    expect(third.date).toBe('2022-09-13');
    const [truce, next] = walk('وأعلن الجيش وقف القتال حتى منتصف ليل الجمعة. وقصفت القوات البلدة.');
    expect(truce.date).toBe('2022-09-14');
    expect(next.date).toBe('2022-09-14');
  });
});
