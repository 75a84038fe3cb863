import type { Actor } from './actor.js';

/** Institutions and titles; their party comes from the nearest nisba, country or capital. */
export const HEADS: Array<[string, boolean, string[]]> = [
  ['Ministry of Defence', true, ['وزارة الدفاع', 'وزراة الدفاع', 'وزاره الدفاع']],
  ['Ministry of Foreign Affairs', false, ['وزارة الخارجية', 'وزراة الخارجية', 'الخارجية']],
  ['Ministry of Health', false, ['وزارة الصحة', 'وزراة الصحة']],
  ['Ministry of Interior', false, ['وزارة الداخلية']],
  ['Ministry of Emergency Situations', false, ['وزارة الطوارئ']],
  // «المالية» here is the portfolio, not Mali: «وزارة المالية السودانية» takes its party from the nisba after it
  ['Ministry of Finance', false, ['وزارة المالية']],
  ['finance minister', false, ['وزير المالية', 'وزيرة المالية']],
  // the general staff by any of its names: «هيئة الأركان», «رئاسة الأركان العامة» (not the presidency: «رئاسة»)
  [
    'armed forces',
    true,
    [
      'القوات المسلحة',
      'الجيش',
      'جيش',
      'القيادة العامة',
      'هيئة الأركان',
      'هيئة أركان',
      'رئاسة الأركان',
      'رئاسة أركان',
      'الأركان العامة',
      'قيادة الجيش',
      'القوات',
    ],
  ],
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
  // «أعلن المكتب الإعلامي الحكومي في غزة», «مكتب الإعلام الحكومي»: a government's press office
  ['press office', false, ['المكتب الصحفي', 'المكتب الإعلامي', 'المكتب الإعلامي الحكومي', 'مكتب الإعلام الحكومي', 'مكتب الإعلام']],
  ['military sources', true, ['مصادر عسكرية', 'مصدر عسكري']],
  // «قال ضابط في الجيش الصومالي»: its party from the force named after it; not military (an officer killed is no attacker)
  ['officer', false, ['ضابط', 'ضابط كبير', 'ضابط رفيع', 'ضابطا', 'ضباط']],
  ['sources', false, ['مصادر', 'مصدر']],
  ['civil defence', false, ['الدفاع المدني']],
  ['parliament', false, ['البرلمان', 'مجلس النواب']],
  ['committee', false, ['اللجنة', 'لجنة']],
  ['ministry', false, ['وزارة']],
  ['minister', false, ['وزير']],
  // not a bare «آمر»: unvowelled it is «أمر» (an order)
  [
    'leader',
    false,
    ['زعيم', 'قائد', 'قيادي', 'قياديون', 'قياديين', 'آمر قوة', 'آمر لواء', 'آمر اللواء', 'آمر فوج', 'آمر كتيبة', 'آمر غرفة عمليات'],
  ],
  ['border guard', true, ['حرس الحدود']],
  // services by name: «سلاح الجو الأوكراني», «قيادة الدفاع الجوي الروسية», «البحرية الأوكرانية»
  ['air force', true, ['سلاح الجو', 'القوات الجوية', 'قيادة القوات الجوية', 'سلاح الطيران']],
  ['air defence', true, ['الدفاع الجوي', 'الدفاعات الجوية', 'قوات الدفاع الجوي']],
  ['navy', true, ['البحرية', 'القوات البحرية', 'سلاح البحرية']],
  ['national guard', true, ['الحرس الوطني']],
  // security and intelligence services by name: «جهاز مكافحة الإرهاب العراقي», «المخابرات السودانية»
  ['counter-terrorism service', true, ['جهاز مكافحة الإرهاب', 'قوات مكافحة الإرهاب']],
  ['intelligence service', true, ['جهاز المخابرات', 'المخابرات', 'الاستخبارات', 'جهاز الاستخبارات', 'المخابرات العامة']],
  ['security service', true, ['جهاز الأمن', 'جهاز الأمن الوطني']],
  // Iraq's Joint Operations Command and its sector commands («قيادة عمليات بغداد»)
  ['joint operations command', true, ['قيادة العمليات المشتركة', 'العمليات المشتركة', 'قيادة عمليات']],
  ['command', true, ['القيادة']],
  ['military media', true, ['الإعلام العسكري', 'الإعلام الحربي']],
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
export const CONTEXTUAL: Array<[Actor['contextual'], string, boolean, string[]]> = [
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
      // an institution named by the adjective: «السلطات الانفصالية», «سلطات الإقليم الانفصالية», «القادة الانفصاليون»
      'السلطات الانفصالية',
      'سلطات الإقليم الانفصالية',
      'الحكومة الانفصالية',
      'الإدارة الانفصالية',
      'القادة الانفصاليون',
      'القوات الانفصالية',
    ],
  ],
  ['regime', 'regime forces', true, ['قوات النظام', 'جيش النظام', 'النظام']],
  // named without its adjective: the label adds the party's («Israeli army», not «Israeli Israeli army»)
  ['occupation', 'army', true, ['جيش الاحتلال', 'قوات الاحتلال', 'الاحتلال', 'الجيش الإسرائيلي']],
];

/**
 * Offices of a place («حاكم ولاية قندهار», «شرطة نينوى»): with no party word next to them
 * they speak for the country of the place named after them, else for the report's country.
 * (Not «محافظ» nor «والي»: «محافظة» and «وإلى» reduce to them.)
 */
export const LOCAL_HEADS: Array<[string, boolean, string[]]> = [
  ['governor', false, ['حاكم', 'حاكم الولاية', 'حاكم ولاية', 'حاكم إقليم', 'حاكم منطقة']],
  // Ukraine's regional governors head a «military administration» since 2022: «رئيس الإدارة العسكرية لمقاطعة خاركيف»
  [
    'regional administration',
    false,
    [
      'رئيس الإدارة العسكرية',
      'رئيس الإدارة العسكرية الإقليمية',
      'رئيس الإدارة الإقليمية',
      'الإدارة العسكرية',
      'الإدارة العسكرية الإقليمية',
    ],
  ],
  ['mayor', false, ['رئيس بلدية', 'رئيس البلدية', 'عمدة']],
  ['police', true, ['الشرطة', 'قائد الشرطة', 'مديرية الشرطة', 'المتحدث باسم الشرطة', 'الشرطة الاتحادية', 'قوات الشرطة']],
  // the forces of the place, named without their state: «مركز للدرك» (the Sahel, the Maghreb), «عناصر الأمن العام» (Syria)
  ['gendarmerie', true, ['الدرك', 'قوات الدرك', 'الدرك الوطني']],
  ['public security', true, ['الأمن العام', 'قوات الأمن العام', 'عناصر الأمن العام']],
];
