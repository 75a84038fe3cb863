import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * «أسقطت الدفاعات الجوية 23 من أصل 31 مسيرة»: a count of part of a whole before the intercepted weapon is one count;
 * the word of intercepting before it still makes the drones an attack by the side that launched them. Sentences
 * written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const of = (text: string, type: string) => events(text).find((e) => e.type === type);

describe('drones intercepted, counted as part of a whole («23 من أصل 31 مسيرة»)', () => {
  it.each([
    ['RU', 'UA', 'وأسقطت الدفاعات الجوية الأوكرانية 23 من أصل 31 مسيرة أطلقتها القوات الروسية ليل الأحد.'],
    ['UA', 'RU', 'وقالت وزارة الدفاع الروسية إن الدفاعات الجوية الروسية أسقطت 18 من أصل 20 مسيرة أوكرانية فوق مقاطعة كورسك.'],
    ['SD-RSF', 'SD', 'وأسقطت الدفاعات الأرضية للجيش السوداني 7 من أصل 9 مسيرات أطلقتها قوات الدعم السريع على مدينة كسلا.'],
    ['YE-HOUTHI', 'SA', 'وأسقطت الدفاعات الجوية السعودية 5 من أصل 6 مسيرات أطلقها الحوثيون باتجاه جازان.'],
  ])('%s on %s: %s', (launcher, defender, text) => {
    expect(of(text, 'AirStrikeReported')).toMatchObject({ accused: launcher, target: defender });
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([expect.objectContaining({ party: launcher, kind: 'drone' })]);
  });

  it('the part is the loss, not the whole', () => {
    const text = 'وأسقطت الدفاعات الجوية الأوكرانية 23 من أصل 31 مسيرة أطلقتها القوات الروسية ليل الأحد.';
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([{ party: 'RU', kind: 'drone', count: 23, status: 'destroyed' }]);
  });

  it('a part of a whole far from any word of intercepting is no attack (near-miss)', () => {
    const text = 'وقال الجيش الأوكراني إن قواته تمكنت خلال الأسبوع الماضي وبمساعدة الحلفاء من جمع 23 من أصل 31 مسيرة.';
    expect(of(text, 'AirStrikeReported')).toBeUndefined();
  });
});

describe('the dual intercepted («صاروخين روسيين», «مسيرتين إسرائيليتين», «طائرتين مسيرتين»)', () => {
  it.each([
    ['ShellingReported', 'RU', 'UA', 'وقال الجيش الأوكراني إنه اعترض صاروخين روسيين فوق أوديسا.'],
    ['AirStrikeReported', 'RU', 'UA', 'وقال الجيش الأوكراني إن الدفاعات الجوية أسقطت مسيرتين روسيتين فوق أوديسا.'],
    ['AirStrikeReported', 'SD-RSF', 'SD', 'وقال الجيش السوداني إنه أسقط طائرتين مسيرتين أطلقتهما قوات الدعم السريع على مدينة الأبيض.'],
    ['AirStrikeReported', 'IL', 'LB-HEZBOLLAH', 'وأعلن حزب الله إسقاط مسيرتين إسرائيليتين فوق جنوب لبنان.'],
  ])('%s by %s on %s: %s', (type, launcher, defender, text) => {
    expect(of(text, type)).toMatchObject({ accused: launcher, target: defender });
  });

  it('two drones lost', () => {
    const text = 'وأعلن حزب الله إسقاط مسيرتين إسرائيليتين فوق جنوب لبنان.';
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([{ party: 'IL', kind: 'drone', count: 2, status: 'destroyed' }]);
  });

  it('two marches are no drones (near-miss)', () => {
    expect(events('وخرجت مسيرتان احتجاجيتان في مدينة عدن.')).toEqual([]);
  });
});
