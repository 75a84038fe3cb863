import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Aircraft as the subject of a verb of destroying («مروحيات الجيش الروسي دمرت مواقع …»): the strike of the side the
 * aircraft belong to, never a loss of those aircraft; the side attacked owns what was destroyed. Sentences written
 * for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const of = (text: string, type: string) => events(text).find((e) => e.type === type);
const AIRCRAFT = new Set(['aircraft', 'helicopter', 'drone']);
const aircraftLost = (text: string) => events(text).flatMap((e) => e.materiel.filter((m) => AIRCRAFT.has(m.kind)));

describe('aircraft that destroyed something (subject, verb, object) struck: an air strike by their side', () => {
  it.each([
    ['RU', 'UA', 'وقالت وزارة الدفاع الروسية إن مروحيات الجيش الروسي دمرت مواقع للقوات الأوكرانية في منطقة زابوريجيا.'],
    ['TR', 'PKK', 'وقال مصدر عسكري إن مسيرات تركية دمرت عربة لحزب العمال الكردستاني في دهوك.'],
    ['SD', 'SD-RSF', 'وأعلن الجيش السوداني أن طائراته دمرت مركبات قتالية لقوات الدعم السريع في الفاشر.'],
    ['AZ', 'AM', 'وقالت وزارة الدفاع الأذربيجانية إن طائراتها المسيرة دمرت منظومة دفاع جوي أرمينية.'],
    ['UA', 'RU', 'وقال الجيش الأوكراني إن مسيراته دمرت 3 دبابات روسية قرب باخموت.'],
    ['PK', 'PK-TTP', 'وقالت مصادر عسكرية إن المقاتلات الباكستانية دمرت مخابئ لحركة طالبان باكستان في كونار.'],
    ['LY-LNA', 'LY', 'وقال الجيش الوطني الليبي إن طائراته المسيرة أحرقت آليات للمسلحين جنوب سبها.'],
    // verb, subject, object
    ['TR', 'SY-SDF', 'ودمرت مسيرات تركية عربة عسكرية لقوات سوريا الديمقراطية قرب القامشلي.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    expect(of(text, 'AirStrikeReported')).toMatchObject({ accused: attacker, target });
    expect(aircraftLost(text)).toEqual([]);
  });

  it.each([
    ['YE-HOUTHI', 'وقال التحالف إن طائرات التحالف دمرت مخازن أسلحة للحوثيين في صنعاء.'],
    ['YE-HOUTHI', 'وقال الحوثيون إن مقاتلات التحالف دمرت منازل في صعدة.'],
  ])('aircraft of no one party strike, and no attacker is guessed (on %s): %s', (_, text) => {
    expect(of(text, 'AirStrikeReported')?.accused).toBeNull();
    expect(aircraftLost(text)).toEqual([]);
  });

  it('a model’s name between the aircraft and the verb («مروحيات كا-52 دمرت») keeps them the subject: one air strike', () => {
    const text = 'وقالت وزارة الدفاع الروسية إن مروحيات كا-52 دمرت دبابات أوكرانية في زابوريجيا.';
    expect(events(text).map((e) => [e.type, e.accused, e.target])).toEqual([
      ['AirStrikeReported', 'RU', 'UA'],
      ['MaterielLossClaimed', null, null],
    ]);
    expect(aircraftLost(text)).toEqual([]);
  });

  it.each([
    ['UA', 'وقال الجيش الأوكراني إن مسيراته أصابت دبابتين روسيتين قرب أفدييفكا.'],
    ['TR', 'وقالت مصادر أمنية إن مسيرة تركية أصابت مقرا لحزب العمال الكردستاني في قنديل.'],
  ])('aircraft that hit («أصابت») something struck it (%s): %s', (attacker, text) => {
    expect(of(text, 'AirStrikeReported')?.accused).toBe(attacker);
  });

  it('what they destroyed stays the loss of the side that owned it', () => {
    const loss = of('وقال مصدر عسكري إن مسيرات تركية دمرت عربة لحزب العمال الكردستاني في دهوك.', 'MaterielLossClaimed');
    expect(loss?.materiel).toEqual([expect.objectContaining({ party: 'PKK', kind: 'vehicle', status: 'destroyed' })]);
  });
});

describe('aircraft destroyed with no object after the verb (the passive «دُمّرت») stay a loss', () => {
  it.each([
    ['RU', 'helicopter', 'وقال الجيش الأوكراني إن مروحية روسية دمرت خلال المعارك قرب أفدييفكا.'],
    ['SD', 'drone', 'وقالت قوات الدعم السريع إنها دمرت طائرة مسيرة للجيش في أم درمان.'],
    ['IL', 'drone', 'وقال حزب الله إن مسيرة إسرائيلية دمرت بالكامل فوق بلدة الخيام.'],
  ])('%s %s: %s', (party, kind, text) => {
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([expect.objectContaining({ party, kind, status: 'destroyed' })]);
  });
});

describe('a weapon in construct with a launcher or depot («منصات صواريخ لحزب الله») names whose the site is, not who fired', () => {
  it.each([
    ['IL', 'LB-HEZBOLLAH', 'وقال الجيش الإسرائيلي إن طائراته الحربية دمرت منصات صواريخ لحزب الله في جنوب لبنان.'],
    ['US', 'YE-HOUTHI', 'وقالت القيادة الأمريكية إن طائراتها قصفت مخازن صواريخ للحوثيين في الحديدة.'],
  ])('%s attacked %s: %s', (attacker, target, text) => {
    const strike = events(text).find((e) => e.type === 'AirStrikeReported' || e.type === 'ShellingReported');
    expect(strike).toMatchObject({ accused: attacker, target });
  });
});

describe('aircraft said to belong to a side («تابعة لـ») are that side’s: it attacked', () => {
  const accusedOf = (text: string) =>
    extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type === 'AirStrikeReported')?.accused ?? null;

  it.each([
    ['SD-RSF', 'واستهدفت مسيرة تابعة لقوات الدعم السريع مستودعات وقود في مدينة بورتسودان.'],
    ['SD', 'قصفت طائرات تابعة للجيش السوداني مواقع في نيالا.'],
    ['LY-LNA', 'استهدفت طائرة مسيرة تابعة للجيش الوطني الليبي مواقع في غريان.'],
    ['TR', 'قتل 4 مدنيين في غارة لطائرة مسيرة تابعة للجيش التركي في ريف الحسكة.'],
  ])('%s: %s', (accused, text) => {
    expect(accusedOf(text)).toBe(accused);
  });
});
