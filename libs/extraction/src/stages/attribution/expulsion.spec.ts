import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Expelling a side from a place (event-taxonomy.md: a place lost or taken) is a control change: the expeller took it
 * (accused), the side expelled lost it (target). The place follows «من», past the verb's subject and object.
 * Sentences written for this spec across conflicts.
 */
const control = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type === 'ControlChangeClaimed');

describe('a side expelled from a place', () => {
  it.each([
    ['IQ', 'ISIS', 'طرد الجيش العراقي تنظيم داعش من بلدة القائم.'],
    ['SY-SDF', 'ISIS', 'وطردت قوات سوريا الديمقراطية تنظيم داعش من قرية الباغوز.'],
    ['UA', 'RU', 'وأخرجت القوات الأوكرانية الجيش الروسي من قرية روبوتين.'],
    ['LY', 'LY-LNA', 'أخرجت قوات حكومة الوفاق قوات حفتر من مدينة غريان.'],
    ['SD', 'SD-RSF', 'دحر الجيش السوداني قوات الدعم السريع من مدينة سنجة.'],
    ['RU', 'UA', 'وقالت وزارة الدفاع الروسية إن قواتها طردت الوحدات الأوكرانية من بلدة كليشيفكا.'],
  ])('%s expelled %s: %s', (taker, loser, text) => {
    expect(control(text)).toMatchObject({ accused: taker, target: loser });
  });
});

describe('no control change', () => {
  it.each([
    ['envoys expelled', 'وطردت الجزائر السفير الفرنسي من أراضيها.'],
    ['diplomats expelled', 'وطردت موسكو دبلوماسيين بريطانيين من روسيا.'],
    ['residents driven out', 'وطردت قوات الدعم السريع السكان من قرية في ولاية الجزيرة.'],
    ['an attack repelled', 'ودحر الجيش السوداني هجوما لقوات الدعم السريع على مدينة الفاشر.'],
    ['bodies pulled from rubble', 'وأخرجت فرق الدفاع المدني جثث الضحايا من تحت الأنقاض في مدينة غزة.'],
  ])('%s: %s', (_, text) => {
    expect(control(text)).toBeUndefined();
  });
});
