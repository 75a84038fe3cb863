import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «وهو الهجوم الثالث خلال أسبوع»: an attack counted among earlier ones is the attack the report has just told; the
 * count is no new attack. Sentences written for this spec across conflicts.
 */
const eventsOf = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => ({ type: e.type, from: e.occurredOn?.from ?? null, to: e.occurredOn?.to ?? null }));

describe('an attack counted among earlier ones is no new attack', () => {
  it.each([
    ['Ukraine', 'أصيب خمسة مدنيين في قصف روسي على مدينة خاركيف اليوم. وهو الهجوم الثالث خلال أسبوع على المدينة.'],
    ['Ukraine', 'قصفت المسيرات الروسية مدينة أوديسا اليوم. وتعد هذه الغارة الثالثة على المدينة منذ مطلع الشهر.'],
    ['Syria', 'قتل جنديان في هجوم على حاجز للجيش في ريف إدلب اليوم. وهذا الهجوم الثامن منذ بداية العام على قوات الجيش.'],
    ['Yemen', 'استهدفت مسيرة حوثية سفينة تجارية في البحر الأحمر اليوم. وهو ثالث هجوم على سفن الشحن خلال أسبوع.'],
  ])('%s: %s', (_conflict, text) => {
    const events = eventsOf(text);
    expect(events.length).toBeGreaterThan(0);
    // every event is the attack of the first sentence, on its day: none spans the counted period
    for (const e of events) expect(e).toMatchObject({ from: '2025-03-10', to: '2025-03-10' });
    expect(eventsOf(text.slice(text.indexOf('. ') + 2))).toEqual([]);
  });

  it('near-miss: an attack launched as the third one today is told', () => {
    expect(eventsOf('شنت القوات الروسية الهجوم الثالث على مدينة بوكروفسك اليوم.').map((e) => e.type)).toEqual(['ArmedClashReported']);
  });

  it('near-miss: the attacks counted, told one by one with their days, stay (Iraq)', () => {
    const text =
      'والهجوم الصاروخي هو الثالث خلال ثلاثة أيام، إذ استهدف هجوم، أمس، قاعدة بلد الجوية، وهجوم آخر، أول من أمس، مطار بغداد الدولي.';
    expect(eventsOf(text).map((e) => e.from)).toEqual(['2025-03-09', '2025-03-08']);
  });

  it('near-miss: an earlier attack after «بعد» with its own day stays (Ukraine)', () => {
    const text = 'قصفت المسيرات الروسية مدينة أوديسا اليوم. وهو ثاني هجوم على المدينة بعد هجوم بالمسيرات يوم الأحد على ميناء إزماعيل.';
    expect(eventsOf(text).map((e) => e.from)).toEqual(['2025-03-10', '2025-03-09']);
  });
});
