/**
 * The actor table: every party code Sitrep writes (claimant, accused, target,
 * casualties, materiel) besides plain states, with its Arabic names and an
 * ACLED-style type. Codes follow ../shared/spec/actors.md: organisations by their
 * acronym, non-state armed groups and de facto authorities as
 * `<ISO of their home country>-<NAME>` or a bare name when they have no one home.
 * An organisation whose acronym is a state's ISO code is spelt out: the African
 * Union is `AFRICAN-UNION`, since `AU` is Australia.
 *
 * Peacekeeping missions are their organisation's: UNIFIL, MINUSMA, UNDOF, MONUSCO
 * and UNMISS are `UN`, AMISOM, ATMIS and AUSSOM `AFRICAN-UNION`; a contingent named
 * by its nation («جنود حفظ السلام الإندونيسيين») is that state's. A coalition of
 * several states («التحالف العربي», «التحالف الدولي») is none of them and has no
 * code: the extractor leaves its side null.
 * A group is never folded into the state it fights: RSF losses are `SD-RSF`.
 *
 * States are not listed: an ISO 3166-1 alpha-2 code is a state (see `describeParty`).
 */

/** ACLED's actor types with their `inter` codes (ACLED codebook, "Actor types"). */
export const ACTOR_TYPES = {
  'state forces': 1,
  rebel: 2,
  'political militia': 3,
  'identity militia': 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  'external/other': 8,
} as const;

export type ActorType = keyof typeof ACTOR_TYPES;

export interface ActorEntry {
  readonly code: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 of the home country; null for groups without one home and for organisations. */
  readonly country: string | null;
  readonly type: ActorType;
  /** True for de facto authorities that govern territory (they speak through ministries). */
  readonly deFacto?: boolean;
  readonly kind: 'organisation' | 'group';
  /** Arabic names as news text writes them, most common first (not exhaustive). */
  readonly arabic: readonly string[];
  /**
   * Common nouns that name this group only in a report about its home country
   * («الثوار» is the Libyan NTC in a Libyan report, anyone's rebels elsewhere).
   */
  readonly generic?: readonly string[];
  /** Last day (ISO) the names mean this group; after it they mean `successor` (the Taliban became the state `AF`). */
  readonly until?: string;
  readonly successor?: string;
  /**
   * True for a group that is not at war with its home state (Hezbollah in Lebanon, Hamas in Palestine): the group
   * and that state are never the two sides of one report.
   */
  readonly homeAlly?: boolean;
}

const org = (code: string, name: string, arabic: string[]): ActorEntry => ({
  code,
  name,
  country: null,
  type: 'external/other',
  kind: 'organisation',
  arabic,
});

const group = (
  code: string,
  name: string,
  type: ActorType,
  arabic: string[],
  deFacto = false,
  more: Pick<ActorEntry, 'generic' | 'until' | 'successor' | 'homeAlly'> = {},
): ActorEntry => ({
  code,
  name,
  country: /^[A-Z]{2}-/.test(code) ? code.slice(0, 2) : null,
  type,
  deFacto,
  kind: 'group',
  arabic,
  ...more,
});

// A bare «مجلس الأمن» is not a UN name here: «مجلس الأمن الروسي» is a state's council, so readers
// take its party from the words next to it.
export const ACTOR_TABLE: readonly ActorEntry[] = [
  org('CSTO', 'Collective Security Treaty Organization', [
    'منظمة معاهدة الأمن الجماعي',
    'معاهدة الأمن الجماعي',
    'منظمة الأمن الجماعي',
    'الأمن الجماعي',
    'مجلس الأمن الجماعي',
  ]),
  org('OSCE', 'Organization for Security and Co-operation in Europe', [
    'منظمة الأمن والتعاون في أوروبا',
    'منظمة الامن والتعاون الأوروبي',
    'مجموعة مينسك',
  ]),
  org('UN', 'United Nations', [
    'الأمم المتحدة',
    'الأممالمتحدة',
    'مجلس الأمن الدولي',
    'مجلس الأمن التابع للأمم المتحدة',
    'الأمين العام للأمم المتحدة',
    'اليونيفيل',
    // its peacekeeping missions, by their Arabic acronyms and names, and the blue helmets
    'قوة الأمم المتحدة المؤقتة في لبنان',
    'مينوسما',
    'أندوف',
    'قوة الأمم المتحدة لمراقبة فض الاشتباك',
    'مونوسكو',
    'أنميس',
    'يونميس',
    'يونيسفا',
    'مينوسكا',
    'يونامي',
    'أونسميل',
    'القبعات الزرق',
    'القبعات الزرقاء',
    'الخوذ الزرق',
    'الخوذ الزرقاء',
    'قوات حفظ السلام الأممية',
    'قوات حفظ السلام الدولية',
    'المفوضية السامية',
    'الأونروا',
    'اليونيسف',
    'منظمة الصحة العالمية',
  ]),
  org('EU', 'European Union', ['الاتحاد الأوروبي', 'الإتحاد الأوروبي', 'المفوضية الأوروبية']),
  org('CIS', 'Commonwealth of Independent States', ['رابطة الدول المستقلة']),
  org('NATO', 'North Atlantic Treaty Organization', ['حلف شمال الأطلسي', 'حلف الناتو', 'الناتو', 'حلف الأطلسي']),
  org('ICRC', 'International Committee of the Red Cross', ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر']),
  org('ARAB-LEAGUE', 'League of Arab States', ['جامعة الدول العربية', 'الجامعة العربية']),
  org('AFRICAN-UNION', 'African Union', [
    'الاتحاد الأفريقي',
    'الاتحاد الإفريقي',
    'مفوضية الاتحاد الأفريقي',
    // its missions in Somalia: AMISOM (2007–2022), ATMIS (2022–2024), AUSSOM (2025–)
    'بعثة الاتحاد الأفريقي',
    'بعثة الاتحاد الإفريقي',
    'قوات الاتحاد الأفريقي',
    'قوات الاتحاد الإفريقي',
    'أميصوم',
    'أميسوم',
    'بعثة أميصوم',
    'أتميس',
    'بعثة أتميس',
    'أوسوم',
    'بعثة أوسوم',
    'قوات حفظ السلام الأفريقية',
    'قوات حفظ السلام الإفريقية',
  ]),
  org('IGAD', 'Intergovernmental Authority on Development', ['الهيئة الحكومية للتنمية', 'منظمة إيغاد', 'إيغاد', 'إيقاد']),
  org('GCC', 'Gulf Cooperation Council', ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'مجلس التعاون لدول الخليج']),
  group('NKR', 'Nagorno-Karabakh de facto authorities', 'rebel', ['سلطات قره باغ', 'جيش دفاع قره باغ', 'الانفصاليون الأرمن'], true),
  group('SD-RSF', 'Rapid Support Forces', 'rebel', ['قوات الدعم السريع', 'الدعم السريع', 'الجنجويد']),
  group(
    'LB-HEZBOLLAH',
    'Hezbollah',
    'political militia',
    ['حزب الله', 'المقاومة الإسلامية في لبنان', 'قوة الرضوان', 'وحدة الرضوان'],
    false,
    { homeAlly: true },
  ),
  group(
    'PS-HAMAS',
    'Hamas (Qassam Brigades)',
    'rebel',
    ['حماس', 'حركة حماس', 'حركة المقاومة الإسلامية', 'كتائب القسام', 'كتائب عز الدين القسام', 'كتائب الشهيد عز الدين القسام', 'القسام'],
    false,
    { homeAlly: true },
  ),
  group(
    'PS-PIJ',
    'Palestinian Islamic Jihad (Al-Quds Brigades)',
    'rebel',
    // with the West Bank battalions of its Al-Quds Brigades
    ['الجهاد الإسلامي', 'حركة الجهاد الإسلامي', 'سرايا القدس', 'كتيبة جنين', 'كتيبة طولكرم'],
    false,
    {
      homeAlly: true,
    },
  ),
  group(
    'YE-HOUTHI',
    'Ansar Allah (Houthis)',
    'rebel',
    ['الحوثيون', 'الحوثيين', 'الحوثي', 'جماعة الحوثي', 'جماعة الحوثيين', 'أنصار الله', 'جماعة أنصار الله'],
    true,
  ),
  group('YE-STC', 'Southern Transitional Council', 'political militia', [
    'المجلس الانتقالي الجنوبي',
    'قوات الانتقالي',
    'الانتقالي الجنوبي',
    'قوات المجلس الانتقالي',
    // the forces it commands
    'الحزام الأمني',
    'قوات الحزام الأمني',
    'قوات النخبة الحضرمية',
    'النخبة الحضرمية',
    'قوات النخبة الشبوانية',
    'النخبة الشبوانية',
  ]),
  group('SY-HTS', 'Hayat Tahrir al-Sham', 'rebel', ['هيئة تحرير الشام', 'جبهة النصرة', 'تحرير الشام', 'جبهة فتح الشام']),
  group('SY-SDF', 'Syrian Democratic Forces', 'rebel', [
    'قوات سوريا الديمقراطية',
    'قوات سوريا الديموقراطية',
    'قسد',
    // the YPG, the SDF's core, as the Arabic press outside Turkey names it
    'وحدات حماية الشعب',
    'وحدات حماية الشعب الكردية',
    'الوحدات الكردية',
    // the civil administration it guards, speaking for the same side
    'الإدارة الذاتية',
    'الإدارة الذاتية لشمال وشرق سوريا',
  ]),
  group('SY-SNA', 'Syrian National Army', 'rebel', [
    'الجيش الوطني السوري',
    'فصائل المعارضة المدعومة من تركيا',
    'الفصائل المدعومة من تركيا',
    'الفصائل الموالية لتركيا',
    'الفصائل السورية الموالية لتركيا',
    'الفصائل الموالية لأنقرة',
    'الفصائل المدعومة تركيا',
    // its factions as the press names them
    'فرقة السلطان مراد',
    'فرقة الحمزات',
    'فرقة الحمزة',
    'فرقة سليمان شاه',
    'العمشات',
    'الجبهة الشامية',
    'جيش الشرقية',
    'أحرار الشرقية',
  ]),
  group(
    'SY-OPPOSITION',
    'Syrian armed opposition',
    'rebel',
    [
      ...['المعارضة السورية', 'الجيش السوري الحر', 'الجيش الحر'],
      // named factions counted with the opposition
      ...['جيش الإسلام', 'حركة أحرار الشام', 'أحرار الشام', 'فيلق الشام', 'فيلق الرحمن', 'الجبهة الوطنية للتحرير'],
    ],
    false,
    {
      generic: ['الفصائل المسلحة', 'المعارضة المسلحة', 'الفصائل المقاتلة', 'فصائل المعارضة'],
    },
  ),
  group(
    'IQ-PMF',
    'Popular Mobilisation Forces',
    'political militia',
    [
      'الحشد الشعبي',
      'هيئة الحشد الشعبي',
      'كتائب حزب الله',
      'حزب الله العراقي',
      'فصائل الحشد',
      // its factions and the front they claim attacks under
      'عصائب أهل الحق',
      'حركة النجباء',
      'حركة حزب الله النجباء',
      'كتائب سيد الشهداء',
      'المقاومة الإسلامية في العراق',
      'سرايا أولياء الدم',
      'كتائب الإمام علي',
      'سرايا السلام',
      'الحشد العشائري',
    ],
    false,
    { homeAlly: true },
  ),
  group(
    'LY-LNA',
    'Libyan National Army (Haftar)',
    'rebel',
    ['الجيش الوطني الليبي', 'قوات حفتر', 'قوات القيادة العامة', 'حفتر', 'خليفة حفتر'],
    true,
  ),
  // a bare «الشباب» («the youth») is read by the report's country (extraction's regional-names.ts)
  group('SO-SHABAAB', 'al-Shabaab', 'rebel', ['حركة الشباب', 'الشباب المجاهدين', 'حركة الشباب المجاهدين']),
  group('RU-WAGNER', 'Wagner Group / Africa Corps', 'external/other', ['فاغنر', 'فاجنر', 'مجموعة فاغنر', 'الفيلق الأفريقي'], false, {
    homeAlly: true,
  }),
  group('ISIS', 'Islamic State', 'rebel', [
    'داعش',
    'تنظيم الدولة',
    'تنظيم داعش',
    'الدولة الإسلامية',
    'تنظيم الدولة الإسلامية',
    'الدواعش',
    // its members by the nisba of «داعش»
    'داعشي',
    'داعشيا',
    'داعشيين',
    'داعشيون',
    // its provinces by their own names
    'ولاية غرب أفريقيا',
    'ولاية غرب إفريقيا',
    'ولاية خراسان',
    'داعش خراسان',
    'ولاية غرب إفريقية',
    'إيسواب',
    'تنظيم داعش في غرب أفريقيا',
    'تنظيم داعش في غرب إفريقيا',
    'داعش غرب أفريقيا',
    'الدولة الإسلامية في غرب أفريقيا',
    'الدولة الإسلامية في غرب إفريقيا',
    'تنظيم الدولة الإسلامية في غرب أفريقيا',
    'ولاية سيناء',
    'ولاية الساحل',
    'ولاية وسط أفريقيا',
    'ولاية وسط إفريقيا',
    'ولاية موزمبيق',
    'ولاية الصومال',
    'داعش الصومال',
    'ولاية باكستان',
    'ولاية الهند',
    'تنظيم الدولة في الصحراء الكبرى',
    'الدولة الإسلامية في الصحراء الكبرى',
    'داعش في الصحراء الكبرى',
  ]),
  group('PKK', 'Kurdistan Workers’ Party', 'rebel', [
    'حزب العمال الكردستاني',
    'العمال الكردستاني',
    // Turkish outlets' transliterations (PKK, and the YPG they count with it: «بي كا كا/ي ب ك»)
    'بي كا كا',
    'بي كي كي',
    'ي ب ك',
  ]),
  group(
    'IQ-KRG',
    'Kurdistan Regional Government (Peshmerga)',
    'political militia',
    ['حكومة إقليم كردستان', 'البيشمركة', 'البشمركة', 'الأسايش', 'مصدر أمني كردي'],
    true,
  ),
  group('YE-SALEH', 'Forces loyal to Ali Abdullah Saleh', 'political militia', ['قوات صالح', 'الحرس الجمهوري الموالي لصالح']),
  group('SY-JAISHALIZZA', 'Jaish al-Izza', 'rebel', ['جيش العزة']),
  group('LY-NTC', 'National Transitional Council (2011 rebels)', 'rebel', ['المجلس الوطني الانتقالي'], false, { generic: ['الثوار'] }),
  group(
    'ML-CSP',
    'Permanent Strategic Framework (Azawad movements)',
    'rebel',
    // its 2024 successor, the Azawad Liberation Front, is read as the same side
    [
      'الإطار الاستراتيجي الدائم',
      'الحركات الأزوادية',
      'جبهة تحرير أزواد',
      'الحركات المسلحة الأزوادية',
      'تنسيقية حركات أزواد',
      'الحركة العربية الأزوادية',
    ],
    false,
    { generic: ['المتمردين الطوارق', 'المتمردون الطوارق', 'الانفصاليين الطوارق', 'الانفصاليون الطوارق'] },
  ),
  group('ML-JNIM', 'Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'rebel', [
    'جماعة نصرة الإسلام والمسلمين',
    'نصرة الإسلام والمسلمين',
    'جماعة نصرة الإسلام',
    // groups that merged into it in 2017
    'جماعة أنصار الدين',
    'حركة أنصار الدين',
    'جبهة تحرير ماسينا',
    'كتيبة ماسينا',
  ]),
  group('NG-BOKOHARAM', 'Boko Haram (JAS)', 'rebel', ['بوكو حرام', 'جماعة أهل السنة للدعوة والجهاد']),
  group('ML-MNLA', 'National Movement for the Liberation of Azawad', 'rebel', ['الحركة الوطنية لتحرير أزواد']),
  group(
    'AF-TALIBAN',
    'Taliban (before August 2021)',
    'rebel',
    ['طالبان', 'حركة طالبان', 'شبكة حقاني', 'إمارة أفغانستان الإسلامية'],
    false,
    {
      until: '2021-08-14',
      successor: 'AF',
    },
  ),
  group('PK-TTP', 'Tehrik-i-Taliban Pakistan', 'rebel', [
    'حركة طالبان باكستان',
    'طالبان الباكستانية',
    'حركة طالبان الباكستانية',
    'طالبان باكستان',
    'تحريك طالبان باكستان',
  ]),
  // a bare «لجان المقاومة» is Sudan's civil committees in a Sudanese report (extraction's regional-names.ts)
  group('PS-PRC', 'Popular Resistance Committees', 'rebel', ['لجان المقاومة الشعبية', 'ألوية الناصر صلاح الدين'], false, {
    homeAlly: true,
  }),
  group('PS-LIONSDEN', 'Lions’ Den', 'rebel', ['عرين الأسود'], false, { homeAlly: true }),
  group(
    'SY-ASSADLOYALISTS',
    'Armed remnants of the Assad regime (after December 2024)',
    'rebel',
    ['فلول ميليشيات الأسد', 'المجلس العسكري لتحرير سوريا', 'لواء درع الساحل'],
    false,
    { generic: ['فلول النظام'] },
  ),
  // More groups Arabic media name across the conflicts (ACLED-style types; homes by ISO code)
  group('SY-HURRAS', 'Hurras al-Din', 'rebel', ['حراس الدين', 'تنظيم حراس الدين']),
  group('ALQAEDA', 'al-Qaeda (central)', 'rebel', ['تنظيم القاعدة']),
  group('YE-AQAP', 'al-Qaeda in the Arabian Peninsula', 'rebel', [
    'تنظيم القاعدة في جزيرة العرب',
    'القاعدة في جزيرة العرب',
    'أنصار الشريعة',
  ]),
  group('SD-SPLMN', 'SPLM-North (al-Hilu)', 'rebel', [
    'الحركة الشعبية لتحرير السودان شمال',
    'الحركة الشعبية لتحرير السودان - شمال',
    'الحركة الشعبية شمال',
    'الحركة الشعبية جناح الحلو',
  ]),
  group('SD-JEM', 'Justice and Equality Movement', 'rebel', ['حركة العدل والمساواة']),
  group('SD-SLM', 'Sudan Liberation Movement', 'rebel', ['حركة تحرير السودان', 'حركة جيش تحرير السودان']),
  group('SD-JOINTFORCE', 'Joint Force of the Darfur armed movements', 'rebel', [
    'القوة المشتركة لحركات الكفاح المسلح',
    'القوات المشتركة لحركات الكفاح المسلح',
    'القوة المشتركة لحركات دارفور',
  ]),
  group('LY-BRSC', 'Benghazi Revolutionaries Shura Council', 'rebel', ['مجلس شورى ثوار بنغازي']),
  group('LB-AMAL', 'Amal Movement', 'political militia', ['حركة أمل', 'أفواج المقاومة اللبنانية'], false, { homeAlly: true }),
  group('PS-AQMB', 'Al-Aqsa Martyrs’ Brigades', 'rebel', ['كتائب شهداء الأقصى'], false, { homeAlly: true }),
  group(
    'PS-PFLP',
    'Popular Front for the Liberation of Palestine',
    'rebel',
    ['الجبهة الشعبية لتحرير فلسطين', 'كتائب أبو علي مصطفى'],
    false,
    {
      homeAlly: true,
    },
  ),
  group(
    'UA-DPR',
    'Donetsk People’s Republic (until its annexation by Russia)',
    'rebel',
    ['جمهورية دونيتسك الشعبية', 'جمهورية دونيتسك'],
    true,
    {
      until: '2022-09-30',
      successor: 'RU',
    },
  ),
  group(
    'UA-LPR',
    'Luhansk People’s Republic (until its annexation by Russia)',
    'rebel',
    ['جمهورية لوغانسك الشعبية', 'جمهورية لوهانسك الشعبية', 'جمهورية لوغانسك'],
    true,
    {
      until: '2022-09-30',
      successor: 'RU',
    },
  ),
  group('RU-RVC', 'Russian Volunteer Corps', 'rebel', ['فيلق المتطوعين الروس']),
  group('RU-FRL', 'Freedom of Russia Legion', 'rebel', ['فيلق حرية روسيا']),
  group('PK-BLA', 'Balochistan Liberation Army', 'rebel', ['جيش تحرير بلوشستان', 'جيش تحرير بلوش']),
  group('PK-JEM', 'Jaish-e-Mohammed', 'rebel', ['جيش محمد']),
  group('PK-LET', 'Lashkar-e-Taiba', 'rebel', ['لشكر طيبة', 'عسكر طيبة']),
  group('AF-NRF', 'National Resistance Front of Afghanistan', 'rebel', [
    'جبهة المقاومة الوطنية الأفغانية',
    'جبهة المقاومة الوطنية في أفغانستان',
  ]),
  group(
    'ET-TPLF',
    'Tigray People’s Liberation Front (Tigray Defence Forces)',
    'rebel',
    ['الجبهة الشعبية لتحرير تيغراي', 'جبهة تحرير تيغراي', 'جبهة تيغراي', 'قوات تيغراي', 'قوات دفاع تيغراي'],
    true,
  ),
  group('ET-FANO', 'Fano (Amhara militia)', 'identity militia', ['فانو', 'ميليشيا فانو', 'مليشيا فانو', 'قوات فانو']),
  group(
    'EH-POLISARIO',
    'Polisario Front (Sahrawi People’s Liberation Army)',
    'rebel',
    ['جبهة البوليساريو', 'البوليساريو', 'البوليزاريو', 'جيش التحرير الشعبي الصحراوي', 'الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب'],
    true,
  ),
  // the M23 and its political umbrella, the Congo River Alliance; it governs Goma and Bukavu since 2025. Not a bare
  // «إم 23»: normalised it is «أم 23» («a mother of 23»)
  group('CD-M23', 'March 23 Movement (M23 / AFC)', 'rebel', ['حركة 23 مارس', 'حركة إم 23', 'متمردي إم 23', 'تحالف نهر الكونغو'], true),
  group('CD-ADF', 'Allied Democratic Forces', 'rebel', ['القوات الديمقراطية المتحالفة', 'تحالف القوى الديمقراطية']),
  // Abu Aqla Keikel's force, fighting beside the army since his defection from the RSF in October 2024
  group('SD-SHIELD', 'Sudan Shield Forces', 'political militia', ['قوات درع السودان', 'درع السودان'], false, { homeAlly: true }),
  group('ET-OLA', 'Oromo Liberation Army', 'rebel', ['جيش تحرير أورومو', 'جيش تحرير الأورومو']),
  group('IR-JAISHALADL', 'Jaish al-Adl', 'rebel', ['جيش العدل', 'جماعة جيش العدل']),
  group('SY-TIP', 'Turkistan Islamic Party', 'rebel', ['الحزب الإسلامي التركستاني', 'الحزب التركستاني']),
  // the armed wing of Lebanon's Islamic Group
  group('LB-FAJR', 'Al-Fajr Forces (Islamic Group)', 'political militia', ['قوات الفجر'], false, { homeAlly: true }),
  group(
    'PS-DFLP',
    'Democratic Front for the Liberation of Palestine',
    'rebel',
    ['الجبهة الديمقراطية لتحرير فلسطين', 'كتائب المقاومة الوطنية'],
    false,
    { homeAlly: true },
  ),
  group('PS-MUJAHIDEEN', 'Mujahideen Brigades', 'rebel', ['كتائب المجاهدين'], false, { homeAlly: true }),
  group('TD-FACT', 'Front for Change and Concord in Chad', 'rebel', ['جبهة التغيير والوفاق في تشاد', 'جبهة التناوب والوفاق في تشاد']),
];
