/**
 * States as news text names them: the country («أرمينيا»), its capital or seat
 * of power used as a metonym («يريفان», «الكرملين»), its nisba adjective
 * («الأرميني», generated forms: feminine, plural, accusative) and the English
 * adjective for labels. Party codes are ISO 3166-1 alpha-2 (NKR and the
 * organisations only for labels and Karabakh place names).
 */
export const PARTY_ADJECTIVE: Record<string, string> = {
  AM: 'Armenian',
  AZ: 'Azerbaijani',
  RU: 'Russian',
  TR: 'Turkish',
  IR: 'Iranian',
  FR: 'French',
  US: 'US',
  GE: 'Georgian',
  IL: 'Israeli',
  LB: 'Lebanese',
  SY: 'Syrian',
  IQ: 'Iraqi',
  YE: 'Yemeni',
  SD: 'Sudanese',
  LY: 'Libyan',
  UA: 'Ukrainian',
  EG: 'Egyptian',
  SA: 'Saudi',
  AE: 'Emirati',
  QA: 'Qatari',
  JO: 'Jordanian',
  PS: 'Palestinian',
  CN: 'Chinese',
  GB: 'British',
  DE: 'German',
  IT: 'Italian',
  BY: 'Belarusian',
  KZ: 'Kazakh',
  KG: 'Kyrgyz',
  TJ: 'Tajik',
  PK: 'Pakistani',
  IN: 'Indian',
  AF: 'Afghan',
  SO: 'Somali',
  ET: 'Ethiopian',
  ML: 'Malian',
  TD: 'Chadian',
  TN: 'Tunisian',
  DZ: 'Algerian',
  MA: 'Moroccan',
  KW: 'Kuwaiti',
  OM: 'Omani',
  BH: 'Bahraini',
  NKR: 'Karabakh',
  CSTO: 'CSTO',
  OSCE: 'OSCE',
  UN: 'UN',
  EU: 'EU',
  CIS: 'CIS',
  NATO: 'NATO',
  ER: 'Eritrean',
  SS: 'South Sudanese',
  NE: 'Nigerien',
  BF: 'Burkinabe',
  NG: 'Nigerian',
  PL: 'Polish',
  KE: 'Kenyan',
  MZ: 'Mozambican',
  CD: 'Congolese',
  CM: 'Cameroonian',
  MR: 'Mauritanian',
  UZ: 'Uzbek',
  JP: 'Japanese',
};

export const COUNTRIES: Array<[string, string[]]> = [
  ['AM', ['أرمينيا', 'أرمينية', 'جمهورية أرمينيا', 'ارمينيا']],
  ['AZ', ['أذربيجان', 'جمهورية أذربيجان', 'اذربيجان', 'أذربيجيان']],
  ['RU', ['روسيا', 'روسيا الاتحادية', 'روسيا الإتحادية']],
  ['TR', ['تركيا', 'تركية']],
  ['IR', ['إيران', 'ايران', 'الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية', 'الجمهورية الإسلامية']],
  ['FR', ['فرنسا']],
  ['US', ['الولايات المتحدة', 'الولاياتالمتحدة', 'أمريكا', 'أميركا', 'امريكا']],
  ['GE', ['جورجيا']],
  ['IL', ['إسرائيل', 'اسرائيل']],
  ['LB', ['لبنان']],
  ['SY', ['سوريا', 'سورية']],
  ['IQ', ['العراق']],
  ['YE', ['اليمن', 'الحكومة الشرعية']],
  ['SD', ['السودان', 'مجلس السيادة']],
  ['LY', ['ليبيا', 'حكومة الوفاق', 'حكومة الوفاق الوطني', 'حكومة الوحدة الوطنية الليبية']],
  ['UA', ['أوكرانيا', 'اوكرانيا']],
  ['EG', ['مصر']],
  ['SA', ['السعودية', 'المملكة العربية السعودية']],
  ['AE', ['الإمارات', 'الامارات']],
  ['QA', ['قطر']],
  ['JO', ['الأردن']],
  ['PS', ['فلسطين']],
  ['CN', ['الصين']],
  ['GB', ['بريطانيا', 'المملكة المتحدة']],
  ['DE', ['ألمانيا', 'المانيا']],
  ['IT', ['إيطاليا', 'ايطاليا']],
  ['BY', ['بيلاروس', 'بيلاروسيا', 'روسيا البيضاء']],
  ['KZ', ['كازاخستان']],
  ['KG', ['قيرغيزستان', 'قرغيزستان']],
  ['TJ', ['طاجيكستان']],
  ['PK', ['باكستان']],
  ['IN', ['الهند']],
  ['AF', ['أفغانستان']],
  ['SO', ['الصومال']],
  ['ET', ['إثيوبيا', 'اثيوبيا']],
  ['ER', ['إريتريا']],
  ['ML', ['مالي']],
  ['TD', ['تشاد']],
  ['SS', ['جنوب السودان']],
  ['TN', ['تونس']],
  ['DZ', ['الجزائر']],
  ['MA', ['المغرب']],
  ['PL', ['بولندا']],
];

/** A state's forces by a name of their own, not the state's («قوات الشرعية» in Yemen): the state as a military side. */
export const STATE_FORCES: Array<[string, string[]]> = [
  // with the forces fighting beside the government: the Giants Brigades, the National Resistance, the Nation's Shield
  ['YE', ['قوات الشرعية', 'قوات الحكومة الشرعية', 'الجيش الوطني اليمني', 'ألوية العمالقة', 'قوات درع الوطن', 'قوات المقاومة الوطنية']],
  // and the Tripoli government's security bodies
  [
    'LY',
    [
      'قوات الوفاق',
      'قوات حكومة الوفاق',
      'قوات حكومة الوحدة الوطنية',
      'قوات الردع',
      'قوات الردع الخاصة',
      'قوة الردع',
      'قوة الردع الخاصة',
      'اللواء 444 قتال',
      'جهاز الردع',
      'جهاز دعم الاستقرار',
      'قوات البنيان المرصوص',
      'قوات بركان الغضب',
    ],
  ],
  // the army's own divisions and militias («الفرقة الرابعة», «قوات الدفاع الوطني»)
  ['SY', ['الفرقة الرابعة', 'قوات الدفاع الوطني']],
  // the Islamist battalions and the mobilised fighting beside the army
  ['SD', ['كتائب البراء بن مالك', 'كتيبة البراء بن مالك']],
  ['IR', ['الحرس الثوري', 'فيلق القدس', 'الباسيج', 'قوات الباسيج']],
  ['IL', ['الشاباك', 'جهاز الأمن العام الإسرائيلي', 'الموساد', 'جيش الدفاع الإسرائيلي']],
];

export const CAPITALS: Array<[string, string[]]> = [
  ['AM', ['يريفان', 'يريفن']],
  ['AZ', ['باكو']],
  ['RU', ['موسكو', 'الكرملين']],
  ['TR', ['أنقرة']],
  ['IR', ['طهران']],
  ['FR', ['باريس', 'الإليزيه']],
  ['US', ['واشنطن', 'البيت الأبيض', 'البنتاغون', 'البنتاجون']],
  ['GE', ['تبليسي']],
  ['IL', ['تل أبيب']],
  ['LB', ['بيروت']],
  ['SY', ['دمشق']],
  ['IQ', ['بغداد']],
  ['YE', ['صنعاء']],
  ['UA', ['كييف', 'كيف']],
  ['EG', ['القاهرة']],
  ['SA', ['الرياض']],
  ['CN', ['بكين']],
  ['GB', ['لندن']],
  ['DE', ['برلين']],
  ['EU', ['بروكسل']],
  ['PS', ['غزة', 'قطاع غزة', 'رام الله', 'الضفة الغربية']],
  ['SD', ['الخرطوم', 'بورتسودان']],
  // capitals the gazetteer places since places.major-cities.ts; «تتبادل إسلام آباد وكابل الاتهامات» names governments
  ['AF', ['كابل', 'كابول']],
  ['PK', ['إسلام آباد', 'إسلام أباد', 'اسلام اباد']],
  ['SO', ['مقديشو']],
  ['ET', ['أديس أبابا']],
  ['ML', ['باماكو']],
  ['NE', ['نيامي']],
  ['BF', ['واغادوغو']],
  ['TD', ['نجامينا', 'انجامينا']],
  ['NG', ['أبوجا']],
  ['CD', ['كينشاسا']],
  [
    'NKR',
    [
      'ستيباناكيرت',
      'ستيبانكرت',
      'خانكندي',
      // written apart, so that «كندي» is not read as the nisba of Canada
      'خان كندي',
      'ناغورنو كاراباخ',
      'ناغورني كاراباخ',
      'ناجورنو كاراباخ',
      'ناجورنو - كاراباخ',
      'ناغورنو - كاراباخ',
      'ناغورني قره باغ',
      'ناغورنو قره باغ',
      'ناغورني قرة باغ',
      'قره باغ',
      'قرة باغ',
      'قره - باغ',
      'كاراباخ',
      'آرتساخ',
      'ارتساخ',
      'ناغورني قره باخ',
      'قره باخ',
      'قرة باخ',
    ],
  ],
];

/** Nisba stems (normalised, without ال); feminine/plural/accusative forms are generated. */
export const NISBA: Array<[string, string[]]> = [
  ['AM', ['ارميني', 'ارمني']],
  ['AZ', ['اذربيجاني', 'اذري']],
  ['RU', ['روسي']],
  ['TR', ['تركي']],
  ['IR', ['ايراني']],
  ['FR', ['فرنسي']],
  ['US', ['امريكي', 'اميركي']],
  ['GE', ['جورجي']],
  ['IL', ['اسرائيلي', 'صهيوني']],
  ['LB', ['لبناني']],
  ['SY', ['سوري']],
  ['IQ', ['عراقي']],
  ['YE', ['يمني']],
  ['SD', ['سوداني']],
  ['LY', ['ليبي']],
  ['UA', ['اوكراني', 'أوكراني']],
  ['EG', ['مصري']],
  ['SA', ['سعودي']],
  ['AE', ['اماراتي']],
  ['QA', ['قطري']],
  ['JO', ['اردني']],
  ['PS', ['فلسطيني']],
  ['CN', ['صيني']],
  ['GB', ['بريطاني']],
  ['DE', ['الماني']],
  ['IT', ['ايطالي']],
  ['BY', ['بيلاروسي']],
  ['PK', ['باكستاني']],
  ['AF', ['افغاني']],
  ['SO', ['صومالي']],
  ['ET', ['اثيوبي']],
  ['TN', ['تونسي']],
  ['DZ', ['جزائري']],
  ['MA', ['مغربي']],
  ['UN', ['اممي']],
  ['TD', ['تشادي']],
  ['NE', ['نيجري']],
  ['BF', ['بوركيني']],
  ['NG', ['نيجيري']],
  ['ER', ['اريتري']],
  ['KE', ['كيني']],
  ['MZ', ['موزمبيقي']],
  ['CD', ['كونغولي']],
  ['CM', ['كاميروني']],
  ['MR', ['موريتاني']],
  ['KW', ['كويتي']],
  ['BH', ['بحريني']],
  ['OM', ['عماني']],
  ['IN', ['هندي']],
  ['TJ', ['طاجيكي']],
  ['KG', ['قرغيزي']],
  ['KZ', ['كازاخي']],
  ['UZ', ['اوزبكي']],
];
/** Broken plurals and irregular forms. */
export const NISBA_EXTRA: Array<[string, string[]]> = [
  ['AM', ['ارمن', 'الارمن']],
  ['RU', ['روس', 'الروس']],
  ['TR', ['اتراك', 'الاتراك']],
  ['IL', ['اسرائيليين']],
  // «مالي» alone is also «financial»: only the plural people
  ['ML', ['ماليين', 'ماليون']],
  ['AF', ['افغان', 'الافغان']],
  ['IN', ['هنود', 'الهنود']],
  ['MA', ['مغاربه', 'المغاربه']],
  ['TJ', ['طاجيك']],
  ['KG', ['قرغيز']],
  ['KZ', ['كازاخ']],
  ['UZ', ['اوزبك']],
];

/**
 * Country names that are also common words or other places («عمان» is Oman and Amman, «بنين» Benin and «sons»,
 * «البوتان» butane gas before it is Bhutan).
 */
const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set(['عمان', 'بنين', 'بوتان', 'تيمور']);

/**
 * States by the names the Arabic press uses where ICU's differ («الدنمارك» beside «الدانمرك»), or by a longer name
 * that would otherwise read as another state plus a word («الكونغو برازافيل»). «تيمور» alone is a man's name (ICU's
 * «تيمور - ليشتي»): East Timor only as «تيمور الشرقية». Not «المجر» (Hungary): read without its article and with a
 * possessive «ي» it takes «مجرى» («a course», «مجرى التحقيق»); Hungary stays «هنغاريا» and the nisba «المجرية».
 */
export const PRESS_COUNTRY_NAMES: Array<[string, string[]]> = [
  ['DK', ['الدنمارك']],
  ['BA', ['البوسنة']],
  ['CZ', ['جمهورية التشيك']],
  ['CI', ['كوت ديفوار']],
  ['CD', ['الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية']],
  ['CG', ['الكونغو برازافيل']],
  ['MM', ['بورما']],
  ['TL', ['تيمور الشرقية']],
  ['SZ', ['سوازيلاند']],
];

/**
 * Every other state by its Arabic name as ICU gives it (Node's Intl data: «بوركينا فاسو», «النيجر»,
 * «الكاميرون»), so a report from anywhere names its state without a hand-written row. ICU's
 * disambiguation after a dash («الكونغو - كينشاسا») or in brackets is dropped: the press writes the first part.
 */
export function worldCountries(codes: readonly string[]): Array<[string, string[]]> {
  const known = new Set(COUNTRIES.map(([code]) => code));
  const arabic = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const out: Array<[string, string[]]> = [];
  for (const code of codes) {
    // and its qualifier in brackets («ميانمار (بورما)»)
    const name = known.has(code)
      ? undefined
      : arabic
          .of(code)
          ?.split(' - ')[0]
          .replace(/\s*\(.*\)\s*$/, '')
          .trim();
    if (name && !AMBIGUOUS_COUNTRY_NAMES.has(name.replace(/[\u064B-\u0652]/g, ''))) out.push([code, [name]]);
  }
  return out;
}

/** Feminine, plural, dual and accusative forms of a nisba stem, with and without the article. */
export function nisbaForms(stem: string): string[] {
  // with the feminine duals: «مروحيتين روسيتين», «دبابتان إسرائيليتان»
  return [
    stem,
    stem + 'ه',
    stem + 'ين',
    stem + 'ون',
    stem + 'ا',
    stem + 'ان',
    stem + 'يين',
    stem + 'يون',
    'ال' + stem,
    stem + 'تين',
    stem + 'تان',
  ];
}
