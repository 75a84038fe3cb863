import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * More MSA frames of attribution, in sentences written for this spec across conflicts: a subjectless (passive)
 * «أُعلن عن» with its source named after by «بحسب»/«وفق»; «بيّن» (unvowelled «بين», between); the channel before the
 * subject («أعلنت عبر حسابها على منصة إكس وزارة الدفاع»); the present tense; posting verbs («كتب», «غرّد»); and frames
 * that already worked, kept so: «أفاد», «أوضح», «ذكرت مصادر», «بحسب ما أعلن», «نقلا عن», a spokesman with a rank and name.
 */
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: '2024-05-10', language: 'ar' });
const claimants = (text: string) => [...new Set(run(text).events.map((e) => e.claimant.party))];

describe('a subjectless «أُعلن» before the cue, the source after it', () => {
  it.each([
    ['TR', 'وأعلن عن مقتل 4 جنود أتراك في هجوم لحزب العمال الكردستاني شمالي العراق، بحسب وزارة الدفاع التركية.'],
    ['UA', 'وأعلن عن مقتل 6 مدنيين في قصف روسي على مدينة خاركيف، وفق ما ذكرت السلطات الأوكرانية.'],
    ['SD-RSF', 'وأعلن عن مقتل 9 مدنيين في غارة جوية على سوق في نيالا، بحسب قوات الدعم السريع.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});

describe('«بيّن» is said only bare and before «أن»', () => {
  it.each([
    ['IQ', 'وبين الجيش العراقي أن 3 من عناصر داعش قتلوا في غارة على جبال حمرين.'],
    ['SO', 'وبيّن الجيش الصومالي أن 20 من مسلحي حركة الشباب قتلوا في عملية قرب بلدوين.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });

  it('not «بينهم» nor «بين … و»', () => {
    expect(claimants('قتل 7 أشخاص بينهم 3 من عناصر الجيش الصومالي في تفجير في مقديشو.')).toEqual([null]);
    expect(claimants('دارت اشتباكات بين الجيش العراقي وعناصر داعش قرب كركوك وقتل 4 مسلحين.')).toEqual([null]);
  });
});

describe('the channel may come between the verb and its subject', () => {
  it.each([
    ['RU', 'وأعلنت عبر حسابها على منصة إكس وزارة الدفاع الروسية أن قواتها دمرت 4 دبابات أوكرانية.'],
    ['SD-RSF', 'وقالت في بيان على تلغرام قوات الدعم السريع إنها أسقطت طائرة مسيرة للجيش فوق الخرطوم.'],
    ['YE-HOUTHI', 'وأكد عبر حسابه الرسمي على منصة إكس المتحدث باسم الحوثيين أن قواتهم أسقطت طائرة مسيرة أمريكية.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});

describe('the present tense and posting verbs', () => {
  it.each([
    ['PK', 'ويضيف الجيش الباكستاني أن 6 من مسلحي حركة طالبان باكستان قتلوا في وزيرستان.'],
    ['SD', 'ويوضح الجيش السوداني أن 40 من عناصر الدعم السريع قتلوا في معارك بمدينة بابنوسة.'],
    ['UA', 'وكتب المتحدث باسم الجيش الأوكراني على فيسبوك أن القوات الروسية قصفت مدينة سومي وقتلت 3 مدنيين.'],
    ['IL', 'وغرد المتحدث باسم الجيش الإسرائيلي على منصة إكس بأن 5 مسلحين قتلوا في غارة على جنين.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});

describe('frames that already worked stay so', () => {
  it.each([
    ['SD', 'وأفاد الجيش السوداني بأن 12 من عناصر الدعم السريع قتلوا في معارك بمدينة الفاشر.'],
    ['SO', 'وأوضح الجيش الصومالي أن 20 من مسلحي الشباب قتلوا في عملية عسكرية.'],
    ['YE', 'وذكرت مصادر عسكرية يمنية أن 7 من مسلحي الحوثي قتلوا في مأرب.'],
    ['ML', 'وقتل 5 جنود في هجوم على قاعدة عسكرية قرب غاو، بحسب ما أعلن الجيش المالي.'],
    ['UA', 'وقتل 10 مدنيين في قصف روسي على خاركيف، نقلا عن السلطات الأوكرانية.'],
    ['SD', 'وقال المتحدث باسم الجيش السوداني العميد نبيل عبد الله إن 30 من عناصر الدعم السريع قتلوا.'],
    ['LY', 'وقال العميد محمد الخالدي، المتحدث باسم الجيش الليبي، إن 6 من عناصر داعش قتلوا في الجنوب.'],
    ['IL', 'وقال الجيش الإسرائيلي في بيان نشره على تلغرام إنه قتل 8 مسلحين في غارة على جنين.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});
