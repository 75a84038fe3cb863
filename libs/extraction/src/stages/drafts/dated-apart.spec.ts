import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Attacks of one sentence told each on a day of its own («والهجوم الصاروخي هو الثالث خلال ثلاثة أيام، إذ استهدف
 * هجوم أمس X، وهجوم آخر أول من أمس Y») are each at the place told with it. Sentences written for this spec.
 */
const byDay = (text: string, type: string): Record<string, string[]> =>
  Object.fromEntries(
    extract({ text, publishedOn: '2024-05-20', language: 'ar' })
      .events.filter((e) => e.type === type && !e.background)
      .map((e) => [e.occurredOn?.from ?? '-', e.locations.map((l) => l.id)]),
  );

describe('attacks dated apart in one sentence keep their own places', () => {
  it('a rocket attack counted with the two before it: each base on its own day', { timeout: 30_000 }, () => {
    const text =
      'سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية في الأنبار اليوم. والهجوم الصاروخي هو الثالث خلال ثلاثة أيام، ' +
      'إذ استهدف هجوم، أمس، قاعدة بلد الجوية، وهجوم آخر، أول من أمس، مطار بغداد الدولي.';
    const days = byDay(text, 'ShellingReported');
    expect(days['2024-05-20']).toContain('iq-ain-al-asad');
    expect(days['2024-05-19']).toEqual(['iq-balad-air-base']);
    expect(days['2024-05-18']).toEqual(['iq-baghdad-airport']);
  });

  it('«… اليوم، في ثاني هجوم خلال يومين بعد استهداف قاعدة التاجي أمس»: yesterday’s base is not today’s', () => {
    const text = 'استهدفت صواريخ قاعدة فيكتوريا قرب مطار بغداد اليوم، في ثاني هجوم خلال يومين بعد استهداف قاعدة التاجي أمس.';
    const days = byDay(text, 'ShellingReported');
    expect(days['2024-05-20']).not.toContain('iq-taji');
    expect(days['2024-05-19']).toEqual(['iq-taji']);
  });

  it('attacks on one day keep every place of the sentence', () => {
    const days = byDay('قصفت المدفعية بلدتي الخيام وكفركلا جنوب لبنان صباح اليوم.', 'ShellingReported');
    expect(days['2024-05-20']).toEqual(expect.arrayContaining(['lb-khiam', 'lb-kfar-kila']));
  });
});
