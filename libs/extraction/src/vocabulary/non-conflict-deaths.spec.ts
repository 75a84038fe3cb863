import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractedEvent } from '../extraction-record.js';

/**
 * Example sentences written for these specs (non-conflict deaths round), not taken from any report. Deaths from
 * floods, earthquakes, road crashes, disease or a stampede are no casualties of the conflict, whichever side of
 * the casualty word their cause is told; an attack in the same clause keeps them.
 */
const claimsOf = (text: string): ExtractedEvent[] =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.filter((e) => e.type === 'CasualtiesClaimed');

describe('deaths from a cause that is no violence give no casualty claim', () => {
  it.each([
    ['Sudan', 'أدت الفيضانات إلى مقتل 40 شخصا في ولاية نهر النيل.'],
    ['Sudan', 'قتل 20 شخصا في انهيار أرضي بإقليم دارفور.'],
    ['Yemen', 'أودت السيول بحياة 12 شخصا في محافظة حضرموت.'],
    ['Yemen', 'توفي 25 شخصا بسبب وباء الكوليرا في محافظة الحديدة.'],
    ['Afghanistan', 'تسبب زلزال بقوة 6.3 درجات في مقتل أكثر من 1000 شخص في ولاية هرات.'],
    ['Syria', 'ارتفعت حصيلة ضحايا الزلزال في شمال غرب سوريا إلى 4500 قتيل.'],
    ['Iraq', 'لقي 12 شخصا حتفهم في حادث سير على طريق بغداد البصرة.'],
    ['Iraq', 'قتل 6 أشخاص في اصطدام شاحنة بحافلة صغيرة قرب كربلاء.'],
    ['Gaza', 'قتل 15 شخصا في تدافع على توزيع المساعدات في مدينة غزة.'],
    ['Libya', 'لقي 30 مهاجرا حتفهم غرقا قبالة سواحل ليبيا.'],
    ['Somalia', 'قتل 4 أطفال بصاعقة في إقليم هيران.'],
    ['Sahel', 'قتل 8 أشخاص في انهيار منجم للذهب في منطقة كايس بمالي.'],
  ])('%s: %s', (_conflict, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('a flood or a fire that sweeps a place takes no ground', () => {
    const typesOf = (text: string) => extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.map((e) => e.type);
    expect(typesOf('قتل 40 شخصا في فيضانات اجتاحت ولاية الجزيرة في السودان.')).toEqual([]);
    expect(typesOf('اجتاحت الفيضانات عشرات القرى في ولاية نهر النيل.')).toEqual([]);
    expect(typesOf('اجتاحت قوات الدعم السريع قرى ولاية الجزيرة.')).toEqual(['ControlChangeClaimed']);
  });

  it('an attack in the clause keeps the dead the conflict’s', () => {
    const [claim] = claimsOf('قتل 4 أشخاص في حريق اندلع إثر غارة إسرائيلية على بلدة في قضاء النبطية.');
    expect(claim.casualties).toEqual([
      { party: 'LB', affiliation: 'unknown', category: 'killed', min: 4, max: 4, approximate: false, vague: false },
    ]);
    expect(claimsOf('قتل 5 أشخاص في انهيار مبنى جراء قصف روسي على مدينة خاركيف.').flatMap((e) => e.casualties)).toEqual([
      expect.objectContaining({ party: 'UA', category: 'killed', min: 5 }),
    ]);
  });

  it('civilians killed by shelling stay civilians', () => {
    expect(claimsOf('قتل ثلاثة مدنيين وأصيب سبعة آخرون بقصف مدفعي روسي على مدينة خيرسون.').flatMap((e) => e.casualties)).toEqual([
      { party: 'UA', affiliation: 'civilian', category: 'killed', min: 3, max: 3, approximate: false, vague: false },
      { party: 'UA', affiliation: 'civilian', category: 'wounded', min: 7, max: 7, approximate: false, vague: false },
    ]);
  });
});
