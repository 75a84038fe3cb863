import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Who carried a report is not who said it: a wire credited in the dateline («بغداد (الأناضول) -») is no side of the
 * report, and unnamed eyewitnesses («قال شهود عيان», «بحسب ناشطين») speak for no party. Sentences written for this
 * spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const of = (text: string, type: ExtractedEvent['type']) => events(text).find((e) => e.type === type);
const sides = (e: ExtractedEvent | undefined) => [e?.claimant.party, e?.accused, e?.target];

describe('a wire credited in the dateline is neither a claimant nor a side', () => {
  it.each([
    // a Turkish agency filing from Baghdad or Aden is not Turkey
    ['ArmedClashReported', [null, 'ISIS', 'IQ'], 'بغداد (الأناضول) - قتل 3 جنود عراقيين في هجوم لتنظيم داعش في محافظة ديالى.'],
    // «هجوم حوثي»: the Houthis attacked; the government soldiers counted were the side attacked
    ['ArmedClashReported', [null, 'YE-HOUTHI', 'YE'], 'عدن (الأناضول) - قتل 4 جنود من القوات الحكومية في هجوم حوثي على مواقعهم في تعز.'],
    ['CasualtiesClaimed', [null, 'ISIS', null], 'أنقرة/ الأناضول - قتل 3 جنود عراقيين في هجوم لتنظيم داعش في محافظة ديالى.'],
    // a Russian agency filing from Kyiv is not Russia; the filing date may stand between the city and the credit
    ['ShellingReported', [null, 'RU', 'UA'], 'كييف 10 مايو (تاس) - قصفت القوات الروسية مدينة خاركيف بالصواريخ.'],
    ['ShellingReported', [null, 'SD-RSF', 'SD'], 'الخرطوم ـ (أ ف ب) قتل 5 مدنيين في قصف لقوات الدعم السريع على أم درمان.'],
  ] as const)('%s %j: %s', (type, expected, text) => {
    const e = of(text, type);
    expect(sides(e)).toEqual(expected);
    expect(e?.claimant.name).toBeNull();
  });

  it('an agency named as the speaker is not a credit: «قالت وكالة الأناضول», «نقلت وكالة الأنباء السعودية (واس) عن …»', () => {
    const e = of('قالت وكالة الأناضول إن القوات التركية قصفت مواقع لحزب العمال الكردستاني في دهوك.', 'ShellingReported');
    expect(e?.claimant.party).toBe('TR');
    const relayed = of(
      'نقلت وكالة الأنباء السعودية (واس) عن قيادة التحالف أن الحوثيين أطلقوا صاروخا باليستيا باتجاه جازان.',
      'ShellingReported',
    );
    expect(relayed?.claimant.name).toBe('Coalition');
  });

  it('a speaker after the credit speaks: «مقديشو (رويترز) - قالت الشرطة الصومالية …»', () => {
    const e = of('مقديشو (رويترز) - قالت الشرطة الصومالية إن 7 أشخاص قتلوا في تفجير نفذته حركة الشباب.', 'CasualtiesClaimed');
    expect(e?.claimant).toEqual({ party: 'SO', name: 'Somali police' });
  });
});

describe('unnamed eyewitnesses speak for no party; the fighters after them are what they saw', () => {
  it.each([
    ['witnesses', 'ShellingReported', 'SD-RSF', 'قال شهود عيان إن قوات الدعم السريع قصفت أحياء في أم درمان بالمدفعية.'],
    ['witnesses', 'AirStrikeReported', 'RU', 'وبحسب شهود عيان، شنت طائرات حربية روسية غارات على مدينة معرة النعمان.'],
    ['activists', 'ShellingReported', 'SY', 'بحسب ناشطين، قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.'],
    ['activists', 'ShellingReported', 'SY', 'وقال ناشطون إن 4 مدنيين قتلوا في قصف لقوات النظام على معرة النعمان.'],
    ['residents', 'ShellingReported', 'SD', 'وفقا لسكان محليين، قصف الجيش السوداني مواقع للدعم السريع في بحري.'],
    ['residents', 'ShellingReported', 'SY', 'بحسب الأهالي، قصفت قوات النظام قرية في ريف حماة.'],
    ['sources', 'ShellingReported', 'YE-HOUTHI', 'وبحسب مصادر محلية، قصف الحوثيون قرية في مديرية حيس.'],
  ] as const)('%s, %s by %s: %s', (name, type, accused, text) => {
    const e = of(text, type);
    expect(e?.claimant).toEqual({ party: null, name });
    expect(e?.accused).toBe(accused);
  });

  it.each([
    ['SY', 'بحسب المعلومات الأولية، قصفت قوات النظام بلدة في ريف إدلب الجنوبي.'],
    ['SD-RSF', 'وحسب الحصيلة الأولية، قصفت قوات الدعم السريع مخيم زمزم بالمدفعية.'],
  ])('a «بحسب» clause closed by a comma is its own: the forces after it are no source (%s)', (accused, text) => {
    const e = of(text, 'ShellingReported');
    expect(e?.claimant).toEqual({ party: null, name: null });
    expect(e?.accused).toBe(accused);
  });

  it('the Syrian Observatory counts the dead of others and is no side', () => {
    const e = of(
      'قال المرصد السوري لحقوق الإنسان إن 5 عناصر من قوات النظام قتلوا في هجوم لتنظيم داعش في البادية السورية.',
      'CasualtiesClaimed',
    );
    expect(e?.claimant).toEqual({ party: null, name: 'Syrian Observatory for Human Rights' });
    expect(e?.accused).toBe('ISIS');
  });
});
