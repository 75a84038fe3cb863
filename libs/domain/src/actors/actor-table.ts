/**
 * The actor table: every party code Sitrep writes (claimant, accused, target,
 * casualties, materiel) besides plain states, with its Arabic names and an
 * ACLED-style type. Codes follow ../shared/spec/actors.md: organisations by their
 * acronym, non-state armed groups and de facto authorities as
 * `<ISO of their home country>-<NAME>` or a bare name when they have no one home.
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
}

const org = (code: string, name: string, arabic: string[]): ActorEntry => ({
  code,
  name,
  country: null,
  type: 'external/other',
  kind: 'organisation',
  arabic,
});

const group = (code: string, name: string, type: ActorType, arabic: string[], deFacto = false): ActorEntry => ({
  code,
  name,
  country: /^[A-Z]{2}-/.test(code) ? code.slice(0, 2) : null,
  type,
  deFacto,
  kind: 'group',
  arabic,
});

export const ACTOR_TABLE: readonly ActorEntry[] = [
  org('CSTO', 'Collective Security Treaty Organization', ['منظمة معاهدة الأمن الجماعي', 'معاهدة الأمن الجماعي']),
  org('OSCE', 'Organization for Security and Co-operation in Europe', ['منظمة الأمن والتعاون في أوروبا']),
  org('UN', 'United Nations', ['الأمم المتحدة', 'مجلس الأمن الدولي', 'مجلس الأمن']),
  org('EU', 'European Union', ['الاتحاد الأوروبي']),
  org('CIS', 'Commonwealth of Independent States', ['رابطة الدول المستقلة']),
  org('NATO', 'North Atlantic Treaty Organization', ['حلف شمال الأطلسي', 'حلف الناتو', 'الناتو']),
  org('ICRC', 'International Committee of the Red Cross', ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر']),
  org('ARAB-LEAGUE', 'League of Arab States', ['جامعة الدول العربية', 'الجامعة العربية']),
  group('NKR', 'Nagorno-Karabakh de facto authorities', 'rebel', ['سلطات قره باغ', 'جيش دفاع قره باغ', 'الانفصاليون الأرمن'], true),
  group('SD-RSF', 'Rapid Support Forces', 'rebel', ['قوات الدعم السريع', 'الدعم السريع', 'الجنجويد']),
  group('LB-HEZBOLLAH', 'Hezbollah', 'political militia', ['حزب الله', 'المقاومة الإسلامية في لبنان']),
  group('PS-HAMAS', 'Hamas (Qassam Brigades)', 'rebel', [
    'حماس',
    'حركة حماس',
    'حركة المقاومة الإسلامية',
    'كتائب القسام',
    'كتائب عز الدين القسام',
  ]),
  group('PS-PIJ', 'Palestinian Islamic Jihad (Al-Quds Brigades)', 'rebel', ['الجهاد الإسلامي', 'حركة الجهاد الإسلامي', 'سرايا القدس']),
  group(
    'YE-HOUTHI',
    'Ansar Allah (Houthis)',
    'rebel',
    ['الحوثيون', 'الحوثيين', 'جماعة الحوثي', 'أنصار الله', 'جماعة أنصار الله', 'ميليشيا الحوثي', 'ميليشيات الحوثي'],
    true,
  ),
  group('YE-STC', 'Southern Transitional Council', 'political militia', ['المجلس الانتقالي الجنوبي', 'قوات الانتقالي']),
  group('SY-HTS', 'Hayat Tahrir al-Sham', 'rebel', ['هيئة تحرير الشام', 'جبهة النصرة', 'تحرير الشام']),
  group('SY-SDF', 'Syrian Democratic Forces', 'rebel', ['قوات سوريا الديمقراطية', 'قسد']),
  group('SY-SNA', 'Syrian National Army', 'rebel', ['الجيش الوطني السوري', 'فصائل المعارضة المدعومة من تركيا']),
  group('SY-OPPOSITION', 'Syrian armed opposition', 'rebel', [
    'الفصائل المسلحة',
    'المعارضة المسلحة',
    'الفصائل المقاتلة',
    'فصائل المعارضة',
    'الجيش السوري الحر',
  ]),
  group('IQ-PMF', 'Popular Mobilisation Forces', 'political militia', ['الحشد الشعبي', 'هيئة الحشد الشعبي']),
  group('LY-LNA', 'Libyan National Army (Haftar)', 'rebel', ['الجيش الوطني الليبي', 'قوات حفتر', 'قوات القيادة العامة'], true),
  group('SO-SHABAAB', 'al-Shabaab', 'rebel', ['حركة الشباب', 'الشباب المجاهدين', 'حركة الشباب المجاهدين']),
  group('RU-WAGNER', 'Wagner Group / Africa Corps', 'external/other', ['فاغنر', 'فاجنر', 'مجموعة فاغنر']),
  group('ISIS', 'Islamic State', 'rebel', ['داعش', 'تنظيم الدولة', 'تنظيم داعش', 'الدولة الإسلامية']),
  group('PKK', 'Kurdistan Workers’ Party', 'rebel', ['حزب العمال الكردستاني', 'العمال الكردستاني']),
  group(
    'IQ-KRG',
    'Kurdistan Regional Government (Peshmerga)',
    'political militia',
    ['حكومة إقليم كردستان', 'البيشمركة', 'مصدر أمني كردي'],
    true,
  ),
  group('YE-SALEH', 'Forces loyal to Ali Abdullah Saleh', 'political militia', ['قوات صالح', 'الحرس الجمهوري الموالي لصالح']),
  group('SY-JAISHALIZZA', 'Jaish al-Izza', 'rebel', ['جيش العزة']),
  group('LY-NTC', 'National Transitional Council (2011 rebels)', 'rebel', ['الثوار', 'المجلس الوطني الانتقالي']),
  group('ML-CSP', 'Permanent Strategic Framework (Azawad movements)', 'rebel', ['الإطار الاستراتيجي الدائم', 'الحركات الأزوادية']),
  group('ML-MNLA', 'National Movement for the Liberation of Azawad', 'rebel', ['الحركة الوطنية لتحرير أزواد']),
  group('AF-TALIBAN', 'Taliban (before August 2021)', 'rebel', ['طالبان', 'حركة طالبان']),
  group('PK-TTP', 'Tehrik-i-Taliban Pakistan', 'rebel', ['حركة طالبان باكستان', 'طالبان الباكستانية']),
  group('PS-PRC', 'Popular Resistance Committees', 'rebel', ['لجان المقاومة الشعبية', 'ألوية الناصر صلاح الدين']),
  group('PS-LIONSDEN', 'Lions’ Den', 'rebel', ['عرين الأسود']),
  group('SY-ASSADLOYALISTS', 'Armed remnants of the Assad regime (after December 2024)', 'rebel', [
    'فلول النظام',
    'فلول ميليشيات الأسد',
    'المجلس العسكري لتحرير سوريا',
    'لواء درع الساحل',
  ]),
];
