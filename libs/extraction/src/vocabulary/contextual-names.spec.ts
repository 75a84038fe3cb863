import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * Names whose side the text around them decides, in sentences written for this spec: «الجيش الوطني», «النصرة»,
 * «قوات صنعاء» by the report's country (nothing when it names none), and «الحزب», «الحركة», «الجماعة»,
 * «التنظيم», «الهيئة» by the group last named with that head (nothing when none was).
 */
const run = (text: string, publishedOn = '2024-05-10'): ExtractionRecord => extract({ text, publishedOn, language: 'ar' });
const lossSides = (text: string) => [...new Set(run(text).events.flatMap((e) => e.casualties.map((c) => c.party)))];
const claimants = (text: string, publishedOn?: string) => [...new Set(run(text, publishedOn).events.map((e) => e.claimant.party))];

describe('«الجيش الوطني» by the report’s country', () => {
  it.each([
    ['SY-SNA', 'قتل 4 من عناصر الجيش الوطني في اشتباكات مع قسد قرب منبج في ريف حلب.'],
    ['LY-LNA', 'قتل 4 من عناصر الجيش الوطني في اشتباكات قرب مدينة سرت الليبية.'],
    ['SO', 'قتل 4 من عناصر الجيش الوطني في اشتباكات مع حركة الشباب جنوب الصومال.'],
    ['YE', 'قتل 4 من عناصر الجيش الوطني في اشتباكات مع الحوثيين في محافظة مأرب.'],
    ['SO', 'قتل 4 من عناصر الجيش الوطني الصومالي في اشتباكات.'],
    ['AF', 'قتل 4 من عناصر الجيش الوطني الأفغاني في اشتباكات.'],
  ])('%s: %s', (code, text) => {
    expect(lossSides(text)).toEqual([code]);
  });

  it('a report that names no country gives it no side', () => {
    expect(lossSides('قتل 4 من عناصر الجيش الوطني في اشتباكات.')).toEqual([null]);
  });
});

describe('«النصرة» by the report’s country', () => {
  it.each([
    ['SY-HTS', 'قتل 6 من عناصر النصرة في غارة روسية على ريف إدلب.'],
    ['ML-JNIM', 'قتل 6 من عناصر النصرة في غارة للجيش المالي قرب تمبكتو.'],
  ])('%s: %s', (code, text) => {
    expect(lossSides(text)).toEqual([code]);
  });

  it('nowhere in particular, nobody', () => {
    expect(lossSides('قتل 6 من عناصر النصرة في غارة جوية.')).toEqual([null]);
  });
});

describe('«قوات صنعاء» are the Houthis since they took the city', () => {
  it('as the speaker and through its spokesman', () => {
    expect(claimants('قالت قوات صنعاء إنها استهدفت سفينة في البحر الأحمر.')).toEqual(['YE-HOUTHI']);
    expect(claimants('قال المتحدث باسم قوات صنعاء إن 3 من مقاتليها قتلوا في غارة.')).toEqual(['YE-HOUTHI']);
    expect(lossSides('قال المتحدث باسم قوات صنعاء إن 3 من مقاتليها قتلوا في غارة.')).toEqual(['YE-HOUTHI']);
  });

  it('not before September 2014', () => {
    expect(claimants('قالت قوات صنعاء إنها استهدفت مواقع للمسلحين.', '2011-06-01')).not.toContain('YE-HOUTHI');
  });
});

describe('a group named again by its head noun', () => {
  it.each([
    ['LB-HEZBOLLAH', 'أعلن حزب الله استهداف موقع إسرائيلي في الجليل. وقال الحزب في بيان إن 3 من مقاتليه قتلوا في غارة إسرائيلية.'],
    ['SO-SHABAAB', 'شنت القوات الأمريكية غارة على حركة الشباب. وقالت الحركة إن 3 من مقاتليها قتلوا في الغارة.'],
    ['SY-HTS', 'قصفت الطائرات الروسية مواقع هيئة تحرير الشام في إدلب. وقالت الهيئة إن 3 من مقاتليها قتلوا.'],
    ['YE-HOUTHI', 'شنت طائرات التحالف غارات على مواقع جماعة الحوثي. وقالت الجماعة إن 3 من مقاتليها قتلوا.'],
    ['PKK', 'قصفت الطائرات التركية مواقع حزب العمال الكردستاني. وقال الحزب إن 3 من مقاتليه قتلوا في القصف.'],
  ])('%s', (code, text) => {
    const record = run(text);
    const last = record.events.filter((e) => e.type === 'CasualtiesClaimed').at(-1);
    expect(last?.claimant.party).toBe(code);
    expect(last?.casualties.map((c) => c.party)).toEqual([code]);
  });

  it('the group named last with that head, not the first', () => {
    const text = 'قصفت الطائرات مواقع حركة حماس ثم مواقع حركة الجهاد الإسلامي. وقالت الحركة إن 3 من مقاتليها قتلوا.';
    expect(run(text).events.find((e) => e.type === 'CasualtiesClaimed')?.claimant.party).toBe('PS-PIJ');
  });

  it('not without an antecedent, nor as another noun («الحزب الحاكم», «الحركة التجارية»)', () => {
    expect(claimants('قال الحزب في بيان إن 3 من مقاتليه قتلوا في غارة.')).toEqual([null]);
    expect(claimants('اشتبكت حماس مع الجيش الإسرائيلي. وقال الحزب الحاكم إن 3 أشخاص قتلوا في الاشتباكات.')).not.toContain('PS-HAMAS');
    expect(claimants('اشتبكت حماس مع الجيش الإسرائيلي. وقالت الحركة التجارية إن 3 أشخاص قتلوا.')).not.toContain('PS-HAMAS');
  });
});

describe('«جيش الدفاع» by the report’s country', () => {
  it('the Karabakh Defence Army in a report about Karabakh, the Israeli army in the Levant', () => {
    const karabakh = run('أعلنت وزارة الدفاع في قره باغ مقتل 21 عسكريا من جيش الدفاع في المعارك.', '2020-10-05');
    expect(karabakh.events.flatMap((e) => e.casualties.map((c) => [c.party, c.min]))).toContainEqual(['NKR', 21]);
    expect(lossSides('قتل 3 من عناصر جيش الدفاع في اشتباك قرب مدينة جنين.')).toEqual(['IL']);
  });
});
