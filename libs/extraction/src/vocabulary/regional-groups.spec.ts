import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * Group names that the report's country decides (lexicon/regional-names.ts), in sentences written for this spec:
 * «لجان المقاومة» (Gaza's PRC; Sudan's civil committees), «قوات الدعم» (the RSF in Sudan), «المقاومة» (Hezbollah in
 * Lebanon), «الانتقالي» (the STC in Yemen), «الحشد» (the PMF in Iraq), «الشباب» (al-Shabaab in Somalia and Kenya,
 * «the youth» elsewhere). A common noun is a name only standing as a noun of its own.
 */
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: '2024-05-10', language: 'ar' });
const claimants = (text: string) => [...new Set(run(text).events.map((e) => e.claimant.party))];
const lossSides = (text: string) => [...new Set(run(text).events.flatMap((e) => e.casualties.map((c) => c.party)))];
const parties = (text: string) =>
  new Set(run(text).events.flatMap((e) => [e.claimant.party, e.accused, e.target, ...e.casualties.map((c) => c.party)]));

describe('«لجان المقاومة»', () => {
  it('in Sudan the civil committees: no armed side, not the Palestinian PRC', () => {
    const text = 'قالت لجان المقاومة في الخرطوم إن 12 مدنيا قتلوا في قصف مدفعي على حي الثورة في أم درمان.';
    expect(parties(text)).not.toContain('PS-PRC');
    expect(claimants(text)).toEqual([null]);
  });

  it('in Gaza the Popular Resistance Committees', () => {
    expect(claimants('قالت لجان المقاومة إن مقاتليها أطلقوا قذائف هاون على موقع إسرائيلي شرق مدينة غزة.')).toEqual(['PS-PRC']);
    expect(claimants('قالت لجان المقاومة الشعبية إن مقاتليها قتلوا 3 جنود إسرائيليين شرق رفح.')).toEqual(['PS-PRC']);
  });
});

describe('«قوات الدعم»', () => {
  it('is the RSF in Sudan, not the Sudanese army', () => {
    expect(claimants('قالت قوات الدعم إن 5 من عناصرها قتلوا في غارة جوية على مدينة نيالا.')).toEqual(['SD-RSF']);
    expect(lossSides('قتل 5 من عناصر قوات الدعم في غارة جوية للجيش على مدينة الأبيض.')).toEqual(['SD-RSF']);
  });

  it('«عناصر الدعم», «ميليشيا الدعم» in Sudan; «الدعم» alone is support', () => {
    const text = 'قال الجيش السوداني إن قواته صدت هجوما على الفاشر. وأضاف أن 40 من عناصر الدعم قتلوا في المعارك.';
    expect(lossSides(text)).toEqual(['SD-RSF']);
    expect(parties('قال الجيش السوداني إن 3 جنود قتلوا في هجوم على قافلة الدعم الإنساني قرب الفاشر.')).not.toContain('SD-RSF');
  });

  it('elsewhere a state’s support troops', () => {
    expect(claimants('قالت قوات الدعم الأمريكية إن صاروخا سقط قرب قاعدة عين الأسد.')).toEqual(['US']);
  });
});

describe('«المقاومة»', () => {
  it('is Hezbollah in a Lebanese report', () => {
    expect(claimants('قالت المقاومة إن مقاتليها استهدفوا دبابة إسرائيلية في بلدة مارون الراس جنوب لبنان.')).toEqual(['LB-HEZBOLLAH']);
    expect(claimants('قالت المقاومة الإسلامية إنها قصفت موقع الراهب الإسرائيلي قبالة بلدة عيتا الشعب اللبنانية.')).toEqual([
      'LB-HEZBOLLAH',
    ]);
  });

  it('the government’s side in Yemen («الجيش والمقاومة»)', () => {
    expect(lossSides('قتل 4 من عناصر المقاومة في هجوم للحوثيين على مواقعهم في محافظة الضالع.')).toEqual(['YE']);
  });

  it('no one side in Gaza, Iraq or Syria', () => {
    expect(claimants('قالت المقاومة إن مقاتليها قتلوا 3 جنود إسرائيليين في اشتباكات في حي الزيتون بمدينة غزة.')).toEqual([null]);
    expect(parties('تصاعدت عمليات المقاومة ضد القوات الأمريكية في العراق وقتل 4 جنود أمريكيين في هجوم قرب الفلوجة.')).not.toContain(
      'LB-HEZBOLLAH',
    );
  });
});

describe('«الانتقالي»', () => {
  it.each([
    'قال الانتقالي إن 5 من مقاتليه قتلوا في اشتباكات مع قوات الحكومة في محافظة شبوة.',
    'قال المجلس الانتقالي إن 5 من مقاتليه قتلوا في هجوم للحوثيين في محافظة الضالع.',
  ])('is the STC in Yemen: %s', (text) => {
    expect(claimants(text)).toEqual(['YE-STC']);
  });

  it('as an adjective it is no group («الرئيس الانتقالي», «السلطات الانتقالية»)', () => {
    expect(parties('قال الرئيس الانتقالي إن 5 جنود قتلوا في هجوم على مدينة عدن.')).not.toContain('YE-STC');
    expect(claimants('قالت السلطات الانتقالية في بوركينا فاسو إن 20 جنديا قتلوا في هجوم قرب جيبو.')).toEqual(['BF']);
  });
});

describe('«الحشد»', () => {
  it('is the PMF in Iraq', () => {
    expect(lossSides('قتل 3 من عناصر الحشد في هجوم لتنظيم داعش قرب قضاء الطارمية شمال بغداد.')).toEqual(['IQ-PMF']);
  });

  it('not a crowd or a build-up («الحشد الجماهيري», «الحشد العسكري»)', () => {
    expect(claimants('قال الحشد الجماهيري في ساحة التحرير إن 3 متظاهرين قتلوا برصاص قوات الأمن في بغداد.')).not.toContain('IQ-PMF');
  });
});

describe('«الشباب»', () => {
  it.each([
    ['SO-SHABAAB', 'قال الجيش الصومالي إن 20 من عناصر الشباب قتلوا في عملية عسكرية في إقليم شبيلي السفلى.'],
    ['SO-SHABAAB', 'قالت الشرطة الكينية إن 6 من مسلحي الشباب قتلوا في اشتباك قرب قرية في مقاطعة لامو.'],
  ])('%s where it fights: %s', (code, text) => {
    expect(lossSides(text)).toEqual([code]);
  });

  it('the Kenyan police accuse it of a raid', () => {
    const record = run('قالت الشرطة الكينية إن مسلحين من الشباب قتلوا 5 مدنيين في هجوم على قرية في مقاطعة لامو.');
    expect(record.events.find((e) => e.type === 'ArmedClashReported')?.accused).toBe('SO-SHABAAB');
  });

  it('the youth elsewhere', () => {
    expect(parties('قتل 3 من الشباب برصاص قوات الأمن في مدينة البصرة خلال احتجاجات.')).not.toContain('SO-SHABAAB');
  });
});

describe('names the lexicon lacked', () => {
  it.each([
    ['ET-TPLF', 'وقالت الجبهة الشعبية لتحرير تيغراي إن 20 جنديا إثيوبيا قتلوا في اشتباكات قرب مقلي.'],
    ['ET-FANO', 'وقالت ميليشيا فانو إن مقاتليها سيطروا على بلدة في إقليم أمهرة بعد اشتباكات مع الجيش الإثيوبي.'],
    ['IR', 'قالت الجمهورية الإسلامية الإيرانية إن 4 من حرس الحدود قتلوا في هجوم قرب زاهدان.'],
    ['AF', 'قالت إمارة أفغانستان الإسلامية إن 8 مدنيين قتلوا في غارات باكستانية على ولاية خوست.'],
    ['SY-SDF', 'قالت الإدارة الذاتية إن قصفا تركيا على ريف القامشلي قتل 3 مدنيين.'],
    ['IQ', 'قال جهاز مكافحة الإرهاب العراقي إن 4 من عناصر داعش قتلوا في عملية في كركوك.'],
    ['SD', 'قال جهاز المخابرات السوداني إن 6 من عناصر الدعم السريع قتلوا في كمين قرب الأبيض.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });

  it('a coalition is not the forces of the report’s country', () => {
    expect(claimants('قالت قوات التحالف الدولي إن غارة جوية قتلت 7 من عناصر داعش قرب الرقة.')).toEqual([null]);
    expect(claimants('وقال المتحدث باسم التحالف العربي إن 3 من جنوده قتلوا في هجوم للحوثيين قرب مأرب.')).not.toContain('YE');
  });
});
