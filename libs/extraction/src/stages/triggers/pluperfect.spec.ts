import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * The pluperfect without «قد» («وكانت القوات الروسية قصفت …», «وكان مسلحون هاجموا …») tells an earlier event, as
 * «وكانت القوات قد قصفت …» does: background when it names no day of its own, else its own earlier day — never a new
 * event of the report's day. «كان» with an imperfect («كانت القوات تقصف») or opening a relative clause tells the day's
 * news. Sentences written for this spec from Ukraine, Sudan, Syria, Afghanistan and Lebanon.
 */
const told = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.map(
    (e) => `${e.type}@${e.background ? 'background' : e.occurredOn?.from}`,
  );

describe('«كان» then its subject and a perfect verb of the war: an earlier event', () => {
  it.each([
    ['قصفت القوات الروسية مدينة خاركيف اليوم. وكانت القوات الروسية قصفت مدينة أوديسا بالصواريخ.', 'ShellingReported@background'],
    ['سيطرت قوات الدعم السريع على مدينة ود مدني اليوم. وكانت القوات سيطرت على مدينة نيالا.', 'ControlChangeClaimed@background'],
    ['قتل جنديان في هجوم على حاجز في درعا اليوم. وكان مسلحون هاجموا حاجزا آخر في بصرى الشام.', 'ArmedClashReported@background'],
    ['وكانت حركة طالبان سيطرت على مديرية في ولاية غزنة.', 'ControlChangeClaimed@background'],
  ])('%s', (text, earlier) => {
    expect(told(text)).toContain(earlier);
  });

  it('with a day of its own, it is dated there', () => {
    // last week, whichever day of it the dates read
    expect(told('وكانت القوات الروسية قصفت مدينة أوديسا بالصواريخ الأسبوع الماضي.')).toEqual([
      expect.stringMatching(/^ShellingReported@2024-0[45]-(?:2|3|0[1-3])/),
    ]);
  });
});

describe('«كان» that tells the day’s news', () => {
  it.each([
    // an imperfect: what was going on
    ['قالت مصادر إن القوات الإسرائيلية كانت تقصف بلدة الخيام عندما سقطت القذيفة.', 'ShellingReported@2024-05-10'],
    // «كان» of a relative clause; the main verb after it is the news
    ['وقال شهود إن السيارة التي كانت تقل العناصر استهدفت بصاروخ قرب القامشلي اليوم.', 'ShellingReported@2024-05-10'],
  ])('%s', (text, event) => {
    expect(told(text)).toContain(event);
  });
});
