import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * A local official speaks for the area his title names («حاكم منطقة خاركيف», «محافظ مأرب», «والي شمال دارفور»): his
 * side is that area's country even when the report's other places are mostly the other side's, and an event he tells
 * of with no place of its own is in his area, not at the places of the sentence before (unless those lie inside it).
 * Two-sentence reports written for this spec, the first naming the other side's places.
 */
const run = (text: string) => extract({ text, publishedOn: '2024-05-12', language: 'ar' }).events;

const cases: Array<[string, string, string, string]> = [
  [
    'UA',
    'ua-kharkiv-oblast',
    'وقالت الوزارة الروسية إن الدفاعات الجوية أسقطت 25 طائرة مسيرة فوق مقاطعتي بيلغورود وكورسك.',
    'وقال حاكم منطقة خاركيف إن قصفا روسيا على المدينة أدى إلى مقتل شخصين وإصابة تسعة آخرين.',
  ],
  [
    'RU',
    'ru-belgorod-oblast',
    'وقالت هيئة الأركان الأوكرانية إن قواتها صدت هجمات روسية قرب خاركيف وسومي وتشرنيهيف.',
    'وقال حاكم منطقة بيلغورود إن قصفا أوكرانيا أدى إلى مقتل امرأة وإصابة ثلاثة أشخاص.',
  ],
  [
    'AF',
    'af-kandahar-province',
    'وقال الجيش الباكستاني إن اشتباكات اندلعت قرب كويتا وتشمن على الحدود.',
    'وقال حاكم ولاية قندهار إن قصفا مدفعيا أدى إلى مقتل ثلاثة مدنيين.',
  ],
];

describe('an official’s title names his side and the area of what he tells', () => {
  it.each(cases)('%s at %s: %s %s', (party, place, before, said) => {
    const told = run(`${before}\n${said}`).filter((e) => e.evidence.text.includes(said.slice(0, 20)));
    expect(told.length).toBeGreaterThan(0);
    for (const e of told) {
      expect(e.claimant.party).toBe(party);
      expect(e.locations.map((l) => l.id)).toEqual([place]);
    }
  });

  it('keeps the places before when they lie inside his area', () => {
    const events = run(
      'وقصفت القوات الروسية بلدة فوفتشانسك في ساعة مبكرة من صباح اليوم.\nوقال حاكم منطقة خاركيف إن القصف أدى إلى مقتل شخصين.',
    );
    const toll = events.find((e) => e.type === 'CasualtiesClaimed');
    expect(toll?.locations.map((l) => l.id)).toEqual(['ua-vovchansk']);
    expect(toll?.claimant.party).toBe('UA');
  });
});
