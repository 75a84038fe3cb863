import { Lexicon } from './lexicon.js';
import { TABLE_ACTORS, TABLE_NAMES } from './actor-table.js';
import { MEDIA } from './media.js';

/**
 * Parties and actors. Party codes follow ../shared/spec/actors.md: ISO 3166-1
 * alpha-2 for states; organisations and non-state armed groups come from the
 * project's actor table (libs/domain/src/actors/actor-table.ts, read by
 * actor-table.ts here), so a group is named in one place.
 *
 * International wire services (Reuters, AFP, AP, dpa) are channels, not
 * parties: their party is null. State media carry their state's code, a
 * group's outlet the group's (media.ts).
 */
export type ActorRole =
  | 'country' // a state named as such: أرمينيا
  | 'capital' // metonym: يريفان، الكرملين
  | 'nisba' // adjective: الأرميني
  | 'org' // organisation: منظمة معاهدة الأمن الجماعي
  | 'agency' // news agency / outlet
  | 'group' // non-state armed group
  | 'person' // a known public figure
  | 'head'; // an institution or title that takes its party from a neighbour: وزارة الدفاع، المتحدث باسم

export interface Actor {
  role: ActorRole;
  party: string | null;
  /** English label; for heads the institution ("Ministry of Defence"). */
  name: string;
  /** Party adjective for labels ("Armenian"). */
  adjective?: string;
  /** For heads: true when the institution is military (army, MoD, forces). */
  military?: boolean;
  /** For heads: default party when no neighbour gives one (e.g. separatists in Karabakh). */
  contextual?: 'separatist' | 'regime' | 'occupation';
  /** For a common noun naming a group («الثوار»): it means `party` only in a report about this country. */
  homeOnly?: string;
}

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
  JP: 'Japanese',
};

const COUNTRIES: Array<[string, string[]]> = [
  ['AM', ['أرمينيا', 'أرمينية', 'جمهورية أرمينيا', 'ارمينيا']],
  ['AZ', ['أذربيجان', 'جمهورية أذربيجان', 'اذربيجان', 'أذربيجيان']],
  ['RU', ['روسيا', 'روسيا الاتحادية', 'روسيا الإتحادية']],
  ['TR', ['تركيا', 'تركية']],
  ['IR', ['إيران', 'ايران']],
  ['FR', ['فرنسا']],
  ['US', ['الولايات المتحدة', 'الولاياتالمتحدة', 'أمريكا', 'أميركا', 'امريكا']],
  ['GE', ['جورجيا']],
  ['IL', ['إسرائيل', 'اسرائيل']],
  ['LB', ['لبنان']],
  ['SY', ['سوريا', 'سورية']],
  ['IQ', ['العراق']],
  ['YE', ['اليمن']],
  ['SD', ['السودان']],
  ['LY', ['ليبيا']],
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

const CAPITALS: Array<[string, string[]]> = [
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
  [
    'NKR',
    [
      'ستيباناكيرت',
      'ستيبانكرت',
      'خانكندي',
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
const NISBA: Array<[string, string[]]> = [
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
];
/** Broken plurals and irregular forms. */
const NISBA_EXTRA: Array<[string, string[]]> = [
  ['AM', ['ارمن', 'الارمن']],
  ['RU', ['روس', 'الروس']],
  ['TR', ['اتراك', 'الاتراك']],
  ['IL', ['اسرائيليين']],
];

/** Organisations without a party code of their own (not in the actor table). */
const ORGS_NULL: Array<[string, string[]]> = [
  ['African Union', ['الاتحاد الأفريقي', 'الاتحاد الإفريقي']],
  ['Organisation of Islamic Cooperation', ['منظمة التعاون الإسلامي']],
  ['Human Rights Watch', ['هيومن رايتس ووتش']],
  ['Amnesty International', ['منظمة العفو الدولية']],
  ['Syrian Observatory for Human Rights', ['المرصد السوري لحقوق الإنسان', 'المرصد السوري']],
];

/** Armed groups named too loosely for a code (several factions, or a name two groups use). */
const LOOSE_GROUPS: Array<[string, string[]]> = [
  ['Islamic Resistance', ['المقاومة الإسلامية']],
  ['Palestinian factions', ['فصائل المقاومة', 'المقاومة الفلسطينية']],
];

const PERSONS: Array<[string | null, string, string[]]> = [
  ['RU', 'Vladimir Putin', ['بوتين', 'بوتن']],
  ['RU', 'Sergei Lavrov', ['لافروف']],
  ['RU', 'Sergei Shoigu', ['شويغو', 'شويجو']],
  ['RU', 'Dmitry Peskov', ['بيسكوف']],
  ['RU', 'Maria Zakharova', ['زاخاروفا']],
  ['AZ', 'Ilham Aliyev', ['علييف', 'إلهام علييف']],
  ['AZ', 'Jeyhun Bayramov', ['بيراموف', 'بايراموف']],
  ['AZ', 'Hikmet Hajiyev', ['حاجييف']],
  ['AM', 'Nikol Pashinyan', ['باشينيان']],
  ['AM', 'Ararat Mirzoyan', ['ميرزويان']],
  ['NKR', 'Arayik Harutyunyan', ['هاروتيونيان', 'أرايك هاروتيونيان']],
  ['TR', 'Recep Tayyip Erdogan', ['أردوغان', 'اردوغان']],
  ['TR', 'Mevlut Cavusoglu', ['جاويش أوغلو', 'تشاووش أوغلو']],
  ['TR', 'Hakan Fidan', ['فيدان', 'هاكان فيدان']],
  ['UA', 'Volodymyr Zelensky', ['زيلينسكي', 'زيلنسكي']],
  ['IL', 'Benjamin Netanyahu', ['نتنياهو']],
  ['IL', 'Yoav Gallant', ['غالانت', 'جالانت']],
  ['IL', 'Avichay Adraee', ['أدرعي', 'افيخاي أدرعي']],
  ['US', 'Joe Biden', ['بايدن']],
  ['US', 'Antony Blinken', ['بلينكن']],
  ['US', 'Barack Obama', ['أوباما', 'اوباما']],
  ['US', 'Donald Trump', ['ترامب']],
  ['FR', 'Emmanuel Macron', ['ماكرون']],
  ['UN', 'Antonio Guterres', ['غوتيريش', 'جوتيريش', 'غوتيريس']],
  ['SY', 'Bashar al-Assad', ['بشار الأسد']],
  ['SD', 'Abdel Fattah al-Burhan', ['البرهان']],
  ['SD-RSF', 'Mohamed Hamdan Dagalo', ['حميدتي', 'دقلو']],
  ['LB-HEZBOLLAH', 'Hassan Nasrallah', ['نصر الله', 'حسن نصر الله']],
  ['PS-HAMAS', 'Abu Obeida', ['أبو عبيدة']],
  ['YE-HOUTHI', 'Yahya Saree', ['يحيى سريع']],
  ['AF-TALIBAN', 'Zabihullah Mujahid', ['ذبيح الله مجاهد']],
  ['IR', 'Hossein Amir-Abdollahian', ['عبد اللهيان']],
  ['IQ', 'Hoshyar Zebari', ['زيباري']],
  ['IQ', 'Nouri al-Maliki', ['المالكي']],
];

/** Institutions and titles; their party comes from the nearest nisba, country or capital. */
const HEADS: Array<[string, boolean, string[]]> = [
  ['Ministry of Defence', true, ['وزارة الدفاع', 'وزراة الدفاع', 'وزاره الدفاع']],
  ['Ministry of Foreign Affairs', false, ['وزارة الخارجية', 'وزراة الخارجية', 'الخارجية']],
  ['Ministry of Health', false, ['وزارة الصحة', 'وزراة الصحة']],
  ['Ministry of Interior', false, ['وزارة الداخلية']],
  ['Ministry of Emergency Situations', false, ['وزارة الطوارئ']],
  ['armed forces', true, ['القوات المسلحة', 'الجيش', 'جيش', 'القيادة العامة', 'هيئة الأركان', 'الأركان العامة', 'قيادة الجيش', 'القوات']],
  ['defence minister', true, ['وزير الدفاع', 'وزيرة الدفاع']],
  ['foreign minister', false, ['وزير الخارجية', 'وزيرة الخارجية', 'نائب وزير الخارجية']],
  [
    'spokesman',
    false,
    [
      'المتحدث باسم',
      'المتحدث الرسمي باسم',
      'المتحدث الإعلامي باسم',
      'المتحدث الصحفي باسم',
      'الناطق باسم',
      'الناطق الرسمي باسم',
      'المتحدثة باسم',
      'متحدث باسم',
      'المتحدث',
      'الناطق',
    ],
  ],
  ['president', false, ['الرئيس', 'رئيس', 'رئيسها', 'الرئاسة', 'رئاسة']],
  ['prime minister', false, ['رئيس الوزراء', 'رئيس وزراء', 'رئيس الحكومة']],
  ['government', false, ['الحكومة', 'حكومة']],
  ['authorities', false, ['السلطات', 'سلطات']],
  ['officials', false, ['مسؤولون', 'مسؤولين', 'مسؤول', 'المسؤولون']],
  ['security council', false, ['مجلس الأمن القومي', 'مجلس الأمن']],
  ['ambassador', false, ['السفير', 'سفير']],
  ['prosecutor general', false, ['النيابة العامة', 'المدعي العام']],
  ['press office', false, ['المكتب الصحفي', 'المكتب الإعلامي']],
  ['military sources', true, ['مصادر عسكرية', 'مصدر عسكري']],
  ['sources', false, ['مصادر', 'مصدر']],
  ['civil defence', false, ['الدفاع المدني']],
  ['parliament', false, ['البرلمان', 'مجلس النواب']],
  ['committee', false, ['اللجنة', 'لجنة']],
  ['ministry', false, ['وزارة']],
  ['minister', false, ['وزير']],
  ['leader', false, ['زعيم', 'قائد']],
  ['border guard', true, ['حرس الحدود']],
  ['organisation', false, ['المنظمة', 'المنظمه', 'الحلف', 'التكتل']],
  ['side', false, ['الجانب', 'الطرف']],
  [
    'news agency',
    false,
    [
      'وكالة',
      'وكالة الأنباء',
      'وكالة أنباء',
      'وكالات أنباء',
      'وكالات',
      'قناة',
      'صحيفة',
      'موقع',
      'التلفزيون الرسمي',
      'وسائل إعلام',
      'وسائل الإعلام',
    ],
  ],
];

/** Heads whose party is contextual (see Actor.contextual). */
const CONTEXTUAL: Array<[Actor['contextual'], string, boolean, string[]]> = [
  [
    'separatist',
    'separatists',
    true,
    [
      'الانفصاليون',
      'الانفصاليين',
      'انفصاليون',
      'انفصاليين',
      'جيش الانفصاليين',
      'جيش الدفاع في قره باغ',
      'جيش دفاع ناغورني قره باغ',
    ],
  ],
  ['regime', 'regime forces', true, ['قوات النظام', 'جيش النظام', 'النظام']],
  ['occupation', 'Israeli army', true, ['جيش الاحتلال', 'قوات الاحتلال', 'الاحتلال', 'الجيش الإسرائيلي']],
];

function nisbaForms(stem: string): string[] {
  return [stem, stem + 'ه', stem + 'ين', stem + 'ون', stem + 'ا', stem + 'ان', stem + 'يين', stem + 'يون', 'ال' + stem];
}

export const ACTORS = new Lexicon<Actor>();
for (const [party, names] of COUNTRIES) ACTORS.addAll(names, { role: 'country', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const [party, names] of CAPITALS) ACTORS.addAll(names, { role: 'capital', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const [party, stems] of NISBA)
  for (const s of stems) ACTORS.addAll(nisbaForms(s), { role: 'nisba', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const [party, forms] of NISBA_EXTRA) ACTORS.addAll(forms, { role: 'nisba', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const { names, actor } of TABLE_ACTORS) ACTORS.addAll(names, actor);
for (const [name, names] of ORGS_NULL) ACTORS.addAll(names, { role: 'org', party: null, name });
for (const [party, name, names] of MEDIA) ACTORS.addAll(names, { role: 'agency', party, name });
for (const [name, names] of LOOSE_GROUPS) ACTORS.addAll(names, { role: 'group', party: null, name, military: true });
for (const [party, name, names] of PERSONS) ACTORS.addAll(names, { role: 'person', party, name });
for (const [name, military, names] of HEADS) ACTORS.addAll(names, { role: 'head', party: null, name, military });
for (const [contextual, name, military, names] of CONTEXTUAL)
  ACTORS.addAll(names, { role: 'head', party: null, name, military, contextual });

export function partyLabel(party: string | null, head: string): string {
  const adj = party ? (PARTY_ADJECTIVE[party] ?? TABLE_NAMES.get(party) ?? party) : null;
  return adj ? `${adj} ${head}` : head;
}
