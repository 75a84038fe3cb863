import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * Coverage of ../shared/spec/actors.md: every party the spec names, by the names the Arabic press uses
 * (official, short, epithet, demonym; with and without the article and a proclitic), in sentences
 * written for this spec. Each name must come out as its code as the speaker, the attacker and the
 * side that took the losses.
 */
const NAMES: ReadonlyArray<[code: string, names: readonly string[]]> = [
  ['SD-RSF', ['قوات الدعم السريع', 'الدعم السريع', 'ميليشيا الدعم السريع', 'مليشيا الدعم السريع', 'الجنجويد', 'متمردي الدعم السريع']],
  ['LB-HEZBOLLAH', ['حزب الله', 'حزب الله اللبناني', 'المقاومة الإسلامية في لبنان']],
  ['PS-HAMAS', ['حماس', 'حركة حماس', 'كتائب القسام', 'كتائب عز الدين القسام']],
  ['PS-PIJ', ['الجهاد الإسلامي', 'حركة الجهاد الإسلامي', 'سرايا القدس']],
  [
    'YE-HOUTHI',
    [
      'الحوثيين',
      'جماعة الحوثي',
      'ميليشيا الحوثي',
      'مليشيا الحوثي',
      'الميليشيات الحوثية',
      'الجماعة الحوثية',
      'أنصار الله',
      'جماعة أنصار الله',
    ],
  ],
  ['YE-STC', ['المجلس الانتقالي الجنوبي', 'الانتقالي الجنوبي', 'قوات الانتقالي', 'قوات المجلس الانتقالي']],
  ['SY-HTS', ['هيئة تحرير الشام', 'تحرير الشام', 'جبهة النصرة', 'جبهة فتح الشام']],
  ['SY-SDF', ['قوات سوريا الديمقراطية', 'قسد', 'وحدات حماية الشعب الكردية', 'الوحدات الكردية']],
  ['SY-SNA', ['الجيش الوطني السوري', 'الفصائل الموالية لتركيا', 'الفصائل المدعومة من تركيا']],
  ['IQ-PMF', ['الحشد الشعبي', 'هيئة الحشد الشعبي', 'فصائل الحشد', 'كتائب حزب الله']],
  ['LY-LNA', ['الجيش الوطني الليبي', 'قوات حفتر', 'ميليشيات حفتر', 'قوات القيادة العامة']],
  ['SO-SHABAAB', ['حركة الشباب', 'حركة الشباب المجاهدين', 'الشباب المجاهدين']],
  ['RU-WAGNER', ['فاغنر', 'مجموعة فاغنر', 'قوات فاغنر', 'مرتزقة فاغنر', 'الفيلق الأفريقي']],
  ['ISIS', ['داعش', 'تنظيم داعش', 'تنظيم الدولة', 'تنظيم الدولة الإسلامية', 'ولاية غرب أفريقيا', 'ولاية خراسان']],
  ['PKK', ['حزب العمال الكردستاني', 'العمال الكردستاني']],
  ['IQ-KRG', ['البيشمركة', 'قوات البيشمركة', 'حكومة إقليم كردستان']],
  ['AF-TALIBAN', ['طالبان', 'حركة طالبان']],
  ['PK-TTP', ['حركة طالبان باكستان', 'طالبان الباكستانية', 'حركة طالبان الباكستانية']],
  ['ML-JNIM', ['جماعة نصرة الإسلام والمسلمين', 'نصرة الإسلام والمسلمين']],
  ['ML-CSP', ['الإطار الاستراتيجي الدائم', 'الحركات الأزوادية', 'جبهة تحرير أزواد']],
  ['NG-BOKOHARAM', ['بوكو حرام', 'جماعة بوكو حرام']],
  ['PS-PRC', ['لجان المقاومة الشعبية', 'ألوية الناصر صلاح الدين']],
  ['PS-LIONSDEN', ['عرين الأسود']],
  // a nisba of the group's home after its name describes the group; it is no second party
  ['PS-HAMAS', ['حماس الفلسطينية', 'حركة حماس الفلسطينية']],
  ['SO-SHABAAB', ['حركة الشباب الصومالية']],
  ['SD-RSF', ['قوات الدعم السريع السودانية']],
  ['YE-HOUTHI', ['جماعة الحوثي اليمنية', 'جماعة أنصار الله اليمنية']],
  ['SY-HTS', ['هيئة تحرير الشام السورية']],
  ['AF-TALIBAN', ['حركة طالبان الأفغانية']],
  ['PS-PIJ', ['حركة الجهاد الإسلامي الفلسطينية']],
  ['IQ-PMF', ['الحشد الشعبي العراقي']],
  // groups added after the spec's list, by the names Arabic media use
  ['IQ-PMF', ['عصائب أهل الحق', 'حركة النجباء', 'كتائب سيد الشهداء']],
  ['SY-OPPOSITION', ['جيش الإسلام', 'حركة أحرار الشام', 'فيلق الشام', 'الجبهة الوطنية للتحرير']],
  ['SY-HURRAS', ['حراس الدين', 'تنظيم حراس الدين']],
  ['YE-STC', ['قوات الحزام الأمني', 'قوات النخبة الحضرمية']],
  ['YE-AQAP', ['تنظيم القاعدة في جزيرة العرب', 'القاعدة في جزيرة العرب']],
  ['ALQAEDA', ['تنظيم القاعدة']],
  ['SD-SPLMN', ['الحركة الشعبية لتحرير السودان شمال', 'الحركة الشعبية شمال']],
  ['SD-JEM', ['حركة العدل والمساواة']],
  ['SD-SLM', ['حركة تحرير السودان', 'حركة جيش تحرير السودان']],
  ['SD-JOINTFORCE', ['القوة المشتركة لحركات الكفاح المسلح']],
  ['LY-BRSC', ['مجلس شورى ثوار بنغازي']],
  ['LB-AMAL', ['حركة أمل']],
  ['PS-AQMB', ['كتائب شهداء الأقصى']],
  ['PS-PFLP', ['الجبهة الشعبية لتحرير فلسطين', 'كتائب أبو علي مصطفى']],
  ['PS-PIJ', ['كتيبة جنين']],
  ['UA-DPR', ['جمهورية دونيتسك الشعبية']],
  ['UA-LPR', ['جمهورية لوغانسك الشعبية']],
  ['RU-RVC', ['فيلق المتطوعين الروس']],
  ['PK-BLA', ['جيش تحرير بلوشستان']],
  ['PK-JEM', ['جيش محمد']],
  ['PK-LET', ['لشكر طيبة']],
  ['AF-NRF', ['جبهة المقاومة الوطنية الأفغانية']],
  ['AF-TALIBAN', ['شبكة حقاني']],
  ['TD-FACT', ['جبهة التغيير والوفاق في تشاد']],
  ['ISIS', ['ولاية الصومال', 'داعش الصومال', 'تنظيم الدولة في الصحراء الكبرى']],
  ['YE', ['ألوية العمالقة', 'قوات درع الوطن']],
  ['LY', ['قوات الردع الخاصة', 'جهاز دعم الاستقرار']],
  ['IR', ['الحرس الثوري', 'فيلق القدس']],
  ['SD', ['الجيش السوداني', 'القوات المسلحة السودانية', 'وزارة الدفاع السودانية']],
  ['YE', ['الجيش اليمني', 'القوات الحكومية اليمنية']],
  ['LY', ['قوات حكومة الوفاق', 'قوات الوفاق']],
  ['IL', ['الجيش الإسرائيلي', 'جيش الاحتلال', 'قوات الاحتلال الإسرائيلي']],
  ['UA', ['الجيش الأوكراني', 'القوات الأوكرانية']],
  ['RU', ['الجيش الروسي', 'القوات الروسية']],
  ['SO', ['الجيش الصومالي', 'الجيش الوطني الصومالي']],
  ['ML', ['الجيش المالي', 'القوات المسلحة المالية']],
  ['PK', ['الجيش الباكستاني']],
  ['TR', ['الجيش التركي', 'وزارة الدفاع التركية']],
  ['IQ', ['الجيش العراقي']],
  ['SY', ['الجيش السوري', 'وزارة الدفاع السورية']],
];

/** States by their demonym: the plural of people («جنود تشاديين») and the adjective of a state's army («الجيش التشادي»). */
const DEMONYMS: ReadonlyArray<[code: string, plural: string, adjective: string]> = [
  ['ML', 'ماليين', 'المالي'],
  ['TD', 'تشاديين', 'التشادي'],
  ['NE', 'نيجريين', 'النيجري'],
  ['BF', 'بوركينيين', 'البوركيني'],
  ['NG', 'نيجيريين', 'النيجيري'],
  ['ER', 'إريتريين', 'الإريتري'],
  ['KE', 'كينيين', 'الكيني'],
  ['SO', 'صوماليين', 'الصومالي'],
  ['ET', 'إثيوبيين', 'الإثيوبي'],
  ['CD', 'كونغوليين', 'الكونغولي'],
  ['MR', 'موريتانيين', 'الموريتاني'],
  ['AF', 'أفغان', 'الأفغاني'],
  ['PK', 'باكستانيين', 'الباكستاني'],
  ['IN', 'هنود', 'الهندي'],
  ['UA', 'أوكرانيين', 'الأوكراني'],
  ['RU', 'روس', 'الروسي'],
  ['IL', 'إسرائيليين', 'الإسرائيلي'],
  ['LB', 'لبنانيين', 'اللبناني'],
  ['SY', 'سوريين', 'السوري'],
  ['IQ', 'عراقيين', 'العراقي'],
  ['YE', 'يمنيين', 'اليمني'],
  ['SD', 'سودانيين', 'السوداني'],
  ['LY', 'ليبيين', 'الليبي'],
  ['TR', 'أتراك', 'التركي'],
  ['AZ', 'أذربيجانيين', 'الأذربيجاني'],
  ['AM', 'أرمن', 'الأرميني'],
  ['MA', 'مغاربة', 'المغربي'],
  ['TJ', 'طاجيك', 'الطاجيكي'],
  ['KG', 'قرغيز', 'القرغيزي'],
];

/** «لـ» before a name: «لقوات», and «لل» for the article («للدعم السريع»). */
const withLi = (name: string): string => (name.startsWith('ال') ? 'لل' + name.slice(2) : 'ل' + name);

const PUBLISHED = '2020-05-10'; // before the Taliban became the state (AF-TALIBAN → AF in August 2021)
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: PUBLISHED, language: 'ar' });
const claimants = (r: ExtractionRecord) => [...new Set(r.events.map((e) => e.claimant?.party ?? null))];
const lossSides = (r: ExtractionRecord) => [...new Set(r.events.flatMap((e) => e.casualties.map((c) => c.party)))];

const CASES = NAMES.flatMap(([code, names]) => names.map((name) => ({ code, name })));

describe('every party of the actor spec, by every usual name', () => {
  it.each(CASES)('$name speaks as $code («قال المتحدث باسم …»)', ({ code, name }) => {
    expect(claimants(run(`قال المتحدث باسم ${name} إن المعارك ما زالت مستمرة في المنطقة.`))).toEqual([code]);
  });

  it.each(CASES)('$name is the source after «وفقا لـ» ($code)', ({ code, name }) => {
    expect(claimants(run(`وقتل 9 مدنيين في قصف على المنطقة، وفقا ${withLi(name)}.`))).toEqual([code]);
  });

  it.each(CASES)('$name shelling is $code’s attack', ({ code, name }) => {
    const shelling = run(`قصفت ${name} مواقع في المنطقة بالمدفعية الثقيلة.`).events.filter((e) => e.type === 'ShellingReported');
    expect(shelling.map((e) => e.accused)).toEqual([code]);
  });

  it.each(CASES)('$name members killed are $code’s losses', ({ code, name }) => {
    expect(lossSides(run(`قال مصدر محلي إن 12 من عناصر ${name} قتلوا في اشتباكات بالمنطقة.`))).toEqual([code]);
  });

  it.each(CASES)('«في صفوف» $name: $code’s losses', ({ code, name }) => {
    expect(lossSides(run(`وأسفرت الاشتباكات عن مقتل 6 في صفوف ${name}.`))).toEqual([code]);
  });

  it.each(DEMONYMS.map(([code, plural, adjective]) => ({ code, plural, adjective })))(
    '$code by its demonym: «جنود $plural», «الجيش $adjective»',
    ({ code, plural, adjective }) => {
      expect(lossSides(run(`قتل 5 جنود ${plural} في الهجوم.`))).toEqual([code]);
      expect(claimants(run(`قال الجيش ${adjective} إن المعارك مستمرة في المنطقة.`))).toEqual([code]);
    },
  );

  it('a common noun names a group at home: «الشباب» after the Somali army, not in a report from nowhere', () => {
    expect(lossSides(run('أعلن الجيش الصومالي مقتل 7 من عناصر الشباب في المنطقة.'))).toEqual(['SO-SHABAAB']);
    expect(lossSides(run('قتل 7 من عناصر الشباب في الهجوم.'))).toEqual([null]);
  });

  it('members counted by a group’s nisba are the group’s: «12 داعشيا», «5 حوثيين»', () => {
    expect(lossSides(run('قتل 12 داعشيا في الغارة.'))).toEqual(['ISIS']);
    expect(lossSides(run('قتل 5 حوثيين في المعارك.'))).toEqual(['YE-HOUTHI']);
  });

  it('the Turkish transliterations «بي كا كا», «بي كي كي» are the PKK', () => {
    for (const name of ['بي كا كا', 'بي كي كي'])
      expect(lossSides(run(`أعلنت وزارة الدفاع التركية مقتل 4 من عناصر ${name} في شمال العراق.`))).toEqual(['PKK']);
  });
});
