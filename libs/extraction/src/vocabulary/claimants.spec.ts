import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * Who claims, in attribution frames less common than «قال»: rarer speech verbs, «حسبما», «على لسان»,
 * «استنادا إلى», a statement «صادر عن» its author, services by name («سلاح الجو»), and the outlet a source
 * spoke to, which is never the source's side. Sentences written for this spec, one frame in several conflicts.
 */
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: '2024-05-10', language: 'ar' });
const claimants = (text: string) => [...new Set(run(text).events.map((e) => e.claimant.party))];

const SPEAKERS: ReadonlyArray<[code: string, name: string]> = [
  ['SD', 'المتحدث باسم الجيش السوداني'],
  ['RU', 'وزارة الدفاع الروسية'],
  ['SD-RSF', 'قوات الدعم السريع'],
  ['SO', 'الجيش الصومالي'],
];

const VERB_FRAMES: readonly string[] = [
  'وأردف {S} أن 10 مسلحين قتلوا في الهجوم.',
  'واستطرد {S} أن 10 مسلحين قتلوا في الهجوم.',
  'واعتبر {S} أن مقتل 10 مسلحين في الهجوم ضربة قاسية.',
  'ونوه {S} إلى أن 10 مسلحين قتلوا في الهجوم.',
  'وأفصح {S} عن مقتل 10 مسلحين في الهجوم.',
  'وقتل 10 مسلحين في الهجوم، حسبما أفاد {S}.',
  'وعلى لسان {S}، قتل 10 مسلحين في الهجوم.',
  'واستنادا إلى {S}، قتل 10 مسلحين في الهجوم.',
];

const CASES = VERB_FRAMES.flatMap((frame) => SPEAKERS.map(([code, name]) => ({ code, text: frame.replace('{S}', name) })));

describe('speakers in less common attribution frames', () => {
  it.each(CASES)('$text → $code', ({ code, text }) => {
    expect(claimants(text)).toEqual([code]);
  });

  it('a statement «صادر عن» its author speaks for it', () => {
    expect(claimants('وأكد بيان صادر عن الجيش اللبناني أن جنديين أصيبا في القصف.')).toEqual(['LB']);
    expect(claimants('وذكر بيان صادر عن وزارة الدفاع التركية أن 3 جنود قتلوا في الهجوم.')).toEqual(['TR']);
  });

  it.each([
    ['UA', 'قال سلاح الجو الأوكراني إنه أسقط 30 طائرة مسيرة روسية.'],
    ['RU', 'قالت قيادة الدفاع الجوي الروسية إنها أسقطت 12 طائرة مسيرة أوكرانية.'],
    ['UA', 'قالت البحرية الأوكرانية إنها دمرت 3 زوارق روسية.'],
    ['IQ', 'قال الحرس الوطني العراقي إن 4 من عناصره قتلوا في الهجوم.'],
  ])('a service by name speaks for its state (%s): %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});

describe('the outlet a source spoke to is not the source’s side', () => {
  it.each([
    'وقالت مصادر محلية لوكالة الأناضول إن 5 مدنيين قتلوا في قصف على مدينة الفاشر.',
    'وأفاد مصدر طبي لوكالة سبوتنيك بمقتل 5 مدنيين في قصف على مدينة الفاشر.',
    'وقال شهود عيان لوكالة شينخوا إن 5 مدنيين قتلوا في قصف على مدينة الفاشر.',
  ])('%s', (text) => {
    const record = run(text);
    for (const e of record.events) {
      expect(['TR', 'RU', 'CN']).not.toContain(e.claimant.party);
      expect(['TR', 'RU', 'CN']).not.toContain(e.target);
    }
  });
});

describe('labels', () => {
  it('«الجيش الإسرائيلي» is the Israeli army, its adjective said once', () => {
    expect(run('وأعلن الجيش الإسرائيلي مقتل 3 من جنوده في جنوب قطاع غزة.').events[0]?.claimant.name).toBe('Israeli army');
  });
});

describe('a rank and a name between the verb and the speaker', () => {
  it.each([
    ['YE-HOUTHI', 'وقال العميد يحيى سريع المتحدث باسم قوات الحوثيين إن 5 من مقاتليهم قتلوا.'],
    ['IQ', 'وقال العقيد محمد الخالدي المتحدث باسم الجيش العراقي إن 5 جنود قتلوا.'],
    ['SD', 'وقال الفريق أول عبد الفتاح البرهان إن 5 جنود قتلوا في الهجوم.'],
    ['SO', 'وأكد اللواء عبد الله محمد الناطق باسم الجيش الصومالي أن 5 جنود قتلوا.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });

  it('a rank alone names nobody', () => {
    expect(claimants('قال اللواء إن 5 جنود قتلوا.')).toEqual([null]);
  });
});

describe('whom the speaker told, between the verb and the speaker («أكد لوكالة الأناضول مصدر عسكري»)', () => {
  it.each([
    ['SD', 'وأكد لوكالة الأناضول مصدر عسكري سوداني أن 5 جنود قتلوا في الهجوم.'],
    ['SD', 'وقال للجزيرة نت مسؤول في الجيش السوداني إن 5 جنود قتلوا.'],
    ['IQ-PMF', 'وأفاد لـ"العربي الجديد" مصدر في الحشد الشعبي بأن 3 من عناصره قتلوا.'],
    ['LY', 'وقال لنا مصدر في الجيش الليبي إن 5 جنود قتلوا.'],
    ['UA', 'وقال للصحفيين متحدث باسم الجيش الأوكراني إن 5 جنود قتلوا.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });

  it('«وفقا للجيش» still names its source', () => {
    expect(claimants('وقتل 5 مسلحين في الهجوم، وفقا للجيش السوداني.')).toEqual(['SD']);
  });
});
