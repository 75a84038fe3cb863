import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * A country's adjective inside an institution's, a company's or an outlet's name is not that country as a party:
 * «وزارة المالية» is the finance ministry (not Mali), «الخطوط الجوية التركية» an airline, «صحيفة التيار السودانية» a
 * private paper. The same adjective after a party noun still names the party. Sentences
 * written for this spec, across conflicts.
 */
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: '2024-05-10', language: 'ar' });
const claimants = (text: string) => [...new Set(run(text).events.map((e) => e.claimant.party))];
const parties = (text: string) =>
  new Set(run(text).events.flatMap((e) => [e.claimant.party, e.accused, e.target, ...e.casualties.map((c) => c.party)]));

describe('«المالية» is the finance portfolio after «وزارة», «وزير», «الشؤون»', () => {
  it.each([
    ['SD', 'أعلنت وزارة المالية السودانية أن قصفا مدفعيا استهدف مدينة الأبيض وقتل 7 مدنيين.'],
    ['IQ', 'قال مسؤول في وزارة المالية العراقية إن صاروخا سقط قرب مطار بغداد وقتل جنديين.'],
    ['YE', 'قال وزير المالية اليمني إن الحوثيين قصفوا ميناء المخا وقتلوا 3 عمال.'],
  ])('the ministry takes the nisba after it (%s): %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });

  it.each([
    'قالت وزارة المالية إن 5 مدنيين قتلوا في قصف على مدينة الفاشر.',
    'قتل 5 مدنيين في قصف على حي سكني في طرابلس، وفق ما ذكرت مديرية الشؤون المالية في البلدية.',
    'قتل 4 مدنيين في غارة روسية على مدينة إدلب وسط الأزمة المالية التي تعيشها المحافظة.',
  ])('no Malian side: %s', (text) => {
    expect(parties(text)).not.toContain('ML');
  });

  it('«الحكومة المالية», «الجيش المالي» are still Mali’s', () => {
    expect(claimants('قالت مصادر في الحكومة المالية إن 10 جنود قتلوا في هجوم قرب موبتي.')).toEqual(['ML']);
    expect(claimants('قال الجيش المالي إن 10 مسلحين قتلوا في هجوم قرب تمبكتو.')).toEqual(['ML']);
  });
});

describe('a country’s adjective describing a company or a noun is no side', () => {
  it.each([
    ['TR', 'أعلنت الخطوط الجوية التركية تعليق رحلاتها إلى بيروت بعد غارة إسرائيلية قتلت 4 أشخاص.'],
    ['SY', 'قتل 3 جنود روس في هجوم بطائرة مسيرة على قاعدة حميميم بحسب ما أوردت الصحافة السورية.'],
    ['AM', 'وقتل جنديان أذربيجانيان في قصف قرب كلبجار، وتحدثت عنه الصحف الأرمينية.'],
  ])('not %s: %s', (code, text) => {
    expect(parties(text)).not.toContain(code);
  });

  it('after an attack noun the adjective is still the attacker', () => {
    const record = run('قتل 4 مقاتلين أكراد في غارة تركية على ريف القامشلي.');
    expect(record.events.find((e) => e.type === 'AirStrikeReported')?.accused).toBe('TR');
  });
});

describe('an outlet’s own name between its head and the nisba: published there, not the state’s', () => {
  it.each([
    'قالت صحيفة التيار السودانية إن 9 مدنيين قتلوا في قصف مدفعي على مدينة أم درمان.',
    'ذكر موقع تلفزيون سوريا أن 4 عناصر من قوات النظام قتلوا في هجوم على ريف حماة.',
    'نقلت قناة الغد الليبية أن 6 من مقاتلي حكومة الوفاق قتلوا في اشتباكات جنوب طرابلس.',
  ])('%s', (text) => {
    expect(claimants(text)).toEqual([null]);
  });

  it.each([
    ['SD', 'قالت وكالة الأنباء السودانية إن 9 مدنيين قتلوا في قصف مدفعي على مدينة أم درمان.'],
    ['RU', 'أفادت وسائل إعلام رسمية روسية بأن 5 أشخاص قتلوا في قصف أوكراني على بيلغورود.'],
    ['SY', 'قالت وكالة الأنباء العربية السورية إن 3 جنود قتلوا في هجوم لتنظيم داعش في البادية.'],
  ])('state media still speak for the state (%s): %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});

describe('«العربية» alone is the outlet Al Arabiya; in SANA’s full name it is not', () => {
  it.each([
    'قالت قناة العربية إن غارة إسرائيلية على بلدة عيترون قتلت 3 أشخاص.',
    'ذكرت العربية أن 6 جنود يمنيين قتلوا في هجوم للحوثيين قرب مأرب.',
  ])('the outlet: %s', (text) => {
    expect(run(text).events.map((e) => e.claimant.name)).toContain('Al Arabiya');
  });
});

describe('a country named «…يا» after an indefinite accusative noun is its adjective, not where it happened', () => {
  const places = (text: string) => [...new Set(run(text).events.flatMap((e) => e.locations.map((l) => l.id)))].sort();
  it.each([
    ['قال حاكم منطقة خاركيف إن قصفا روسيا على المدينة أدى إلى مقتل شخصين وإصابة تسعة آخرين.', ['ua-kharkiv-oblast']],
    ['قالت وزارة الدفاع الأذربيجانية إن قصفا أرمينيا استهدف مواقعها قرب كلبجار.', ['az-kalbajar-district']],
    ['ذكرت وكالة الأناضول أن هجوما تركيا بطائرة مسيرة استهدف سيارة قرب القامشلي.', ['sy-qamishli']],
    ['قال مسؤول محلي إن صاروخا روسيا سقط على مبنى سكني في أوديسا وقتل 3 أشخاص.', ['ua-odesa']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['قتل جنديان في قصف على روسيا أمس.', 'ru'],
    ['قصفت تركيا مواقع في شمال سوريا.', 'sy-north'],
    ['دعا الأمين العام روسيا وأوكرانيا إلى وقف القتال حول زابوريجيا.', 'ua'],
  ])('the country or place still read where it names one: %s', (text, id) => {
    expect(places(text)).toContain(id);
  });
});
