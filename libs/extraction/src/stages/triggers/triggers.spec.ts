import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

const run = (text: string, publishedOn = '2024-03-12') => extract({ text, publishedOn, language: 'ar' }).events;
const types = (text: string, publishedOn?: string) =>
  [
    ...new Set(
      run(text, publishedOn)
        .filter((e) => !e.background)
        .map((e) => e.type),
    ),
  ].sort();
const one = (evs: ExtractedEvent[], type: string) => evs.find((e) => e.type === type)!;

describe('event typing across conflicts', () => {
  it('clashes (Sudan)', () => {
    expect(types('قال الجيش السوداني إن قواته خاضت اشتباكات عنيفة مع قوات الدعم السريع في مدينة الفاشر أمس.')).toContain(
      'ArmedClashReported',
    );
  });

  it('shelling with its weapon (Ukraine)', () => {
    const e = one(
      run('أعلنت وزارة الدفاع الأوكرانية أن القوات الروسية قصفت مدينة خاركيف بالمدفعية وراجمات الصواريخ ليل الاثنين.'),
      'ShellingReported',
    );
    expect(e.claimant.party).toBe('UA');
    expect(e.weapons).toContain('artillery');
    // the night of Monday runs into Tuesday's small hours
    expect(e.occurredOn).toEqual({ from: '2024-03-11', to: '2024-03-12' });
  });

  it('air strikes and drone attacks, not reconnaissance flights (Gaza, Lebanon)', () => {
    expect(types('شنت طائرات حربية إسرائيلية غارات جوية على مدينة رفح جنوب قطاع غزة فجر اليوم.')).toContain('AirStrikeReported');
    expect(types('استهدفت طائرة مسيرة إسرائيلية سيارة في بلدة الناقورة.')).toContain('AirStrikeReported');
    expect(types('وسط تحليق لطائرات الاستطلاع الإسرائيلية على علو منخفض فوق البلدات الحدودية.')).not.toContain('AirStrikeReported');
  });

  it('casualty figures with party and category (Yemen)', () => {
    const e = one(run('أعلنت وزارة الصحة اليمنية مقتل 12 مدنيا وإصابة 30 آخرين في قصف على مدينة تعز.'), 'CasualtiesClaimed');
    expect(e.casualties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ party: 'YE', affiliation: 'civilian', category: 'killed', min: 12, max: 12 }),
        expect.objectContaining({ party: 'YE', affiliation: 'civilian', category: 'wounded', min: 30 }),
      ]),
    );
  });

  it('duals, spelled-out numbers and vague quantities', () => {
    const e = one(run('قال الجيش اللبناني إن جنديين قتلا وأصيب ثلاثة عسكريين بجروح في غارة إسرائيلية.'), 'CasualtiesClaimed');
    expect(e.casualties.map((c) => [c.category, c.min])).toEqual(
      expect.arrayContaining([
        ['killed', 2],
        ['wounded', 3],
      ]),
    );
    const v = one(run('قتل العشرات في اشتباكات بين فصائل مسلحة في ريف حلب.'), 'CasualtiesClaimed');
    expect(v.casualties[0]).toMatchObject({ category: 'killed', vague: true, min: 24, max: 99 });
  });

  it('materiel losses with kinds and counts (Syria)', () => {
    const e = one(run('وأعلنت وزارة الدفاع التركية تدمير 4 دبابات ومروحيتين ومدفعية واحدة تابعة للجيش السوري.'), 'MaterielLossClaimed');
    expect(e.materiel.map((m) => [m.kind, m.count, m.party])).toEqual(
      expect.arrayContaining([
        ['tank', 4, 'SY'],
        ['helicopter', 2, 'SY'],
        ['artillery', 1, 'SY'],
      ]),
    );
  });

  it('control changes need territory', () => {
    expect(types('أعلنت قوات الدعم السريع سيطرتها على مدينة ود مدني.')).toContain('ControlChangeClaimed');
    expect(types('قال المسؤول إن الحكومة تسعى إلى السيطرة على الوضع.')).not.toContain('ControlChangeClaimed');
    expect(types('وأعلنت وزارة الدفاع الأرمينية خسارة موقعين قتاليين على الحدود.')).toContain('ControlChangeClaimed');
  });

  it('ceasefires declared, called for and violated', () => {
    expect(types('أعلنت قطر ومصر أن إسرائيل وحماس اتفقتا على هدنة إنسانية تبدأ غدا.')).toContain('CeasefireDeclared');
    expect(types('ودعت الأمم المتحدة الطرفين إلى وقف فوري لإطلاق النار.')).not.toContain('CeasefireDeclared');
    expect(types('وتستضيف القاهرة مفاوضات غير مباشرة بين الطرفين للتوصل إلى هدنة.')).not.toContain('CeasefireDeclared');
    expect(types('اتهم الجيش اليمني جماعة الحوثي بانتهاك الهدنة في محافظة الحديدة.')).toContain('CeasefireViolationAlleged');
    expect(types('وقصفت القوات الأرمينية المواقع الأذربيجانية رغم إعلان الهدنة.')).toContain('CeasefireViolationAlleged');
  });

  it('mobilisation and requests for help', () => {
    expect(types('أصدر الرئيس الأوكراني مرسوما أعلن فيه التعبئة العامة.')).toContain('MobilizationDeclared');
    expect(types('تعبئة عامة')).not.toContain('MobilizationDeclared');
    // ending a mobilisation declares none, even with a decree named in the sentence
    expect(types('أعلن الوزير أنه أنهى حملة التعبئة الجزئية الشهر الماضي دون إلغاء المرسوم.')).not.toContain('MobilizationDeclared');
    expect(types('وطلبت الحكومة العراقية رسميا من الولايات المتحدة المساعدة في مواجهة المسلحين.')).toContain('AssistanceRequested');
  });

  it('informative types are typed but never scored ones', () => {
    expect(types('أعرب الأمين العام للأمم المتحدة عن قلقه البالغ إزاء التصعيد.')).toEqual(['DiplomaticStatementIssued']);
    expect(types('بحث وزير الخارجية الروسي هاتفيا مع نظيره التركي الوضع في سوريا.')).toContain('TalksHeld');
  });
});

describe('wire phrasings from Gaza, Lebanon and Sudan', () => {
  it('«ارتقاء» martyrs and wounded, a ministry «في غزة», strikes on a camp', () => {
    const evs = run(
      'أعلنت وزارة الصحة في غزة ارتقاء 12 شهيدا وإصابة 40 آخرين في غارات إسرائيلية على مخيم النصيرات فجر اليوم.',
      '2024-05-01',
    );
    const c = one(evs, 'CasualtiesClaimed');
    expect(c.claimant.party).toBe('PS');
    expect(c.casualties.map((x) => `${x.party}|${x.category}|${x.min}`)).toEqual(expect.arrayContaining(['PS|killed|12', 'PS|wounded|40']));
    expect(one(evs, 'AirStrikeReported').occurredOn?.from).toBe('2024-05-01');
  });

  it('«أغارت طائرات حربية» is an air strike', () => {
    expect(types('أغارت طائرات حربية إسرائيلية على بلدة عيتا الشعب جنوبي لبنان.')).toEqual(['AirStrikeReported']);
  });

  it('«لقي 3 أشخاص حتفهم في قصف مدفعي»', () => {
    const evs = run('لقي 3 أشخاص حتفهم في قصف مدفعي على مدينة الأبيض.');
    expect(types('لقي 3 أشخاص حتفهم في قصف مدفعي على مدينة الأبيض.')).toEqual(['CasualtiesClaimed', 'ShellingReported']);
    expect(one(evs, 'CasualtiesClaimed').casualties[0]).toMatchObject({ category: 'killed', min: 3 });
  });
});

describe('negation, denial and modality', () => {
  it.each([
    'قال السفير إن يريفان لن تطلب مساعدة منظمة معاهدة الأمن الجماعي.',
    'نفت وزارة الدفاع الروسية أن تكون قواتها قد قصفت المدينة.',
    'حذر المسؤول من أن الاشتباكات قد تتحول إلى حرب شاملة.',
    'هدد قائد الحوثيين بمهاجمة السفن في البحر الأحمر.',
    'وفي حال استمرار القصف سترد القوات على مصادر النيران.',
    'هل يستطيع أحد أن يقاتل معنا؟',
    'لم تسجل أي اشتباكات على خط التماس خلال الليلة الماضية.',
  ])('no scored event: %s', (s) => {
    expect(
      run(s).filter(
        (e) => !['DiplomaticStatementIssued', 'TalksHeld', 'MediationOffered', 'MonitoringMissionEstablished'].includes(e.type),
      ),
    ).toEqual([]);
  });

  it('«لا تزال» is not a negation and «قد» + perfect is not modal', () => {
    expect(types('وقالت الوزارة إن القوات لا تزال تقصف الأحياء السكنية.')).toContain('ShellingReported');
    expect(types('وكانت الاشتباكات قد تجددت صباح أمس.')).toContain('ArmedClashReported');
  });

  it.each([
    'قال مسعفون إن ما لا يقل عن 40 شخصا قتلوا عندما قصفت قوات الدعم السريع سوقا في أم درمان.',
    'ما لا يقل عن 12 جنديا أوكرانيا قتلوا في الهجوم الروسي على بلدة قرب بوكروفسك.',
    'لا يقل عن 5 مدنيين قتلوا في غارة على قرية في جنوب لبنان.',
  ])('«ما لا يقل عن» before a figure is a hedge, not a negation of the verb after it: %s', (text) => {
    expect(types(text)).toContain('CasualtiesClaimed');
  });

  it.each([
    ['CasualtiesClaimed', 'قال الجيش المالي إنه "حيد" عشرات الإرهابيين في غارات جوية قرب كيدال.'],
    ['ControlChangeClaimed', 'أعلن الجيش السوداني «تطهير» مدينة سنجة من الدعم السريع.'],
    ['CasualtiesClaimed', 'قالت هيئة تحرير الشام إن مقاتليها "قتلوا" 12 عنصرا من قوات النظام في ريف إدلب.'],
  ])('a word in scare quotes reads as unquoted: %s %s', (type, text) => {
    expect(types(text)).toContain(type);
  });
});

describe('background and merging', () => {
  it('flags recaps of past wars', () => {
    const evs = run('وأسفرت الحرب عام 2020 عن مقتل نحو 6500 شخص.', '2022-09-13');
    expect(evs.length).toBeGreaterThan(0);
    expect(evs.every((e) => e.background)).toBe(true);
  });

  it('a superlative «منذ عام» is a yardstick, not a recap', () => {
    const evs = run('اندلعت أعنف اشتباكات بين البلدين منذ عام 2020 صباح اليوم.', '2022-09-13');
    expect(one(evs, 'ArmedClashReported').background).toBe(false);
  });

  it('the same fact told twice comes out once', () => {
    const text = 'أعلنت وزارة الصحة الفلسطينية مقتل 5 أشخاص في غارة على مخيم جباليا.\nوقالت الوزارة إن 5 أشخاص قتلوا في الغارة.';
    expect(run(text).filter((e) => e.type === 'CasualtiesClaimed')).toHaveLength(1);
  });
});
