import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A court's sentence, and its execution, is no casualty of fighting (lexicon/triggers/not-war-frames.ts, `judicial`):
 * «قضت محكمة بإعدام …», «نفذ حكم الإعدام …», «أعدمت السلطات رجالا أدينوا …». A killing told with no court, or a
 * death in an attack the sentence tells, still counts. Sentences written for this spec across conflicts.
 */
const types = (text: string) => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.map((e) => e.type);

describe('sentences passed and carried out by courts are no casualties', () => {
  it.each([
    'وقضت محكمة عسكرية في بغداد بإعدام خمسة من عناصر تنظيم داعش.',
    'وقضت المحكمة الجنائية المركزية في بغداد بإعدام خمسة من عناصر تنظيم داعش.',
    'وقضت محكمة في ليبيا بإعدام 23 متهما بالانتماء إلى داعش.',
    'وأصدرت محكمة عسكرية حوثية أحكاما بإعدام 16 شخصا بتهمة التخابر مع التحالف في صنعاء.',
    'وصدر حكم بالإعدام على ثلاثة متهمين بقتل جنود في مدينة عدن.',
    'وقالت وزارة العدل العراقية إنه نفذ حكم الإعدام بحق عشرة مدانين بالإرهاب في سجن الناصرية.',
    'وأعدمت السلطات الإيرانية ثلاثة رجال أدينوا بالتجسس لصالح إسرائيل.',
    'وقضت محكمة صومالية بالسجن على أربعة من عناصر حركة الشباب أدينوا بقتل مدنيين.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('CasualtiesClaimed');
  });
});

describe('killings told with no court, or in an attack, still count', () => {
  it.each([
    'وأعدم تنظيم داعش عشرة من أسرى الجيش السوري في ريف دير الزور.',
    'وأعدمت قوات الدعم السريع ميدانيا عشرة مدنيين في الجنينة.',
    'وقتل ثلاثة من حراس المحكمة في هجوم شنه مسلحون من حركة الشباب على مبنى المحكمة في مقديشو.',
    'وقتل خمسة جنود في اشتباكات مع مسلحين قرب مبنى المحكمة في درنة.',
  ])('%s', (text) => {
    expect(types(text)).toContain('CasualtiesClaimed');
  });
});
