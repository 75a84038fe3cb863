/**
 * The region around the South Caucasus (Georgia, Turkey, Iran, Russia) and the
 * capitals and venues of diplomacy (CSTO members, OSCE Minsk Group co-chairs,
 * mediators). Coordinates: Wikipedia / GeoNames city centres.
 */
import { P, type Place } from './types.js';

export const REGION: Place[] = [
  // Georgia
  P('ge-tbilisi', 'Tbilisi', 'GE', 41.7151, 44.8271, 'settlement', 'ge', ['تبليسي', 'تبيليسي', 'العاصمة الجورجية'], ['Tbilisi', 'Tiflis']),
  P('ge-batumi', 'Batumi', 'GE', 41.6168, 41.6367, 'settlement', 'ge', ['باتومي'], ['Batumi']),
  P('ge-kutaisi', 'Kutaisi', 'GE', 42.2679, 42.6946, 'settlement', 'ge', ['كوتايسي'], ['Kutaisi']),
  P('ge-rustavi', 'Rustavi', 'GE', 41.5495, 44.9932, 'settlement', 'ge', ['روستافي'], ['Rustavi']),
  P('ge-gori', 'Gori', 'GE', 41.9842, 44.1158, 'settlement', 'ge', ['?غوري', 'مدينة غوري'], ['Gori']),
  P('ge-sadakhlo', 'Sadakhlo', 'GE', 41.2475, 44.8142, 'settlement', 'ge', ['سداخلو', 'ساداخلو'], ['Sadakhlo']), // ≈ border crossing with Armenia
  P('ge-abkhazia', 'Abkhazia', 'GE', 43.0, 41.2, 'region', 'ge', ['أبخازيا', 'ابخازيا', 'أبخازيه'], ['Abkhazia']),
  P('ge-sukhumi', 'Sukhumi', 'GE', 43.0015, 41.0234, 'settlement', 'ge-abkhazia', ['سوخومي', 'سوخوم'], ['Sukhumi', 'Sukhum']),
  P('ge-south-ossetia', 'South Ossetia', 'GE', 42.3, 44.0, 'region', 'ge', ['أوسيتيا الجنوبية', 'اوسيتيا الجنوبية', 'جنوب أوسيتيا'], ['South Ossetia']),
  P('ge-tskhinvali', 'Tskhinvali', 'GE', 42.2275, 43.9686, 'settlement', 'ge-south-ossetia', ['تسخينفالي', 'تسخينفال'], ['Tskhinvali']),

  // Turkey
  P('tr-ankara', 'Ankara', 'TR', 39.9334, 32.8597, 'settlement', 'tr', ['أنقرة', 'انقره', 'العاصمة التركية'], ['Ankara']),
  P('tr-istanbul', 'Istanbul', 'TR', 41.0082, 28.9784, 'settlement', 'tr', ['إسطنبول', 'اسطنبول', 'استانبول', 'إستانبول', 'اسطمبول'], ['Istanbul']),
  P('tr-kars', 'Kars', 'TR', 40.6013, 43.0975, 'settlement', 'tr', ['قارص', 'كارس', 'قارس'], ['Kars']),
  P('tr-igdir', 'Igdir', 'TR', 39.9237, 44.045, 'settlement', 'tr', ['إغدير', 'اغدير', 'إيغدير', 'ايغدير', 'إيدير'], ['Igdir', 'Iğdır']),
  P('tr-ararat', 'Mount Ararat', 'TR', 39.7019, 44.2983, 'feature', 'tr', ['جبل أرارات', 'جبل آرارات', 'جبل أغري'], ['Mount Ararat', 'Agri Dagi']),
  P('tr-antalya', 'Antalya', 'TR', 36.8969, 30.7133, 'settlement', 'tr', ['أنطاليا', 'انطاليا', 'أنطاليه'], ['Antalya']),
  P('tr-gaziantep', 'Gaziantep', 'TR', 37.0662, 37.3833, 'settlement', 'tr', ['غازي عنتاب', 'غازي عينتاب', 'عنتاب'], ['Gaziantep']),
  P('tr-hatay', 'Hatay (Antakya)', 'TR', 36.2025, 36.1606, 'settlement', 'tr', ['هاتاي', 'أنطاكية', 'انطاكيا', 'لواء اسكندرون', 'لواء الإسكندرون'], ['Hatay', 'Antakya', 'Antioch']),
  P('tr-kilis', 'Kilis', 'TR', 36.7184, 37.1212, 'settlement', 'tr', ['?كلس', 'كيليس'], ['Kilis']),
  P('tr-incirlik', 'Incirlik Air Base', 'TR', 37.0021, 35.4259, 'feature', 'tr', ['إنجرليك', 'انجرليك', 'قاعدة إنجرليك', 'إنجيرليك'], ['Incirlik']),

  // Iran
  P('ir-tehran', 'Tehran', 'IR', 35.6892, 51.389, 'settlement', 'ir', ['طهران', 'العاصمة الإيرانية'], ['Tehran', 'Teheran']),
  P('ir-east-azerbaijan', 'East Azerbaijan Province (Iran)', 'IR', 37.9, 46.6, 'region', 'ir', ['أذربيجان الشرقية', 'محافظة أذربيجان الشرقية', 'آذربيجان الشرقية'], ['East Azerbaijan Province']),
  P('ir-west-azerbaijan', 'West Azerbaijan Province (Iran)', 'IR', 37.5, 45.0, 'region', 'ir', ['أذربيجان الغربية', 'محافظة أذربيجان الغربية', 'آذربيجان الغربية'], ['West Azerbaijan Province']),
  P('ir-tabriz', 'Tabriz', 'IR', 38.08, 46.2919, 'settlement', 'ir-east-azerbaijan', ['تبريز'], ['Tabriz']),
  P('ir-ardabil', 'Ardabil', 'IR', 38.2498, 48.2933, 'settlement', 'ir', ['أردبيل', 'اردبيل'], ['Ardabil']),
  P('ir-isfahan', 'Isfahan', 'IR', 32.6546, 51.668, 'settlement', 'ir', ['أصفهان', 'اصفهان'], ['Isfahan', 'Esfahan']),
  P('ir-qom', 'Qom', 'IR', 34.6399, 50.8759, 'settlement', 'ir', ['?قم', 'مدينة قم'], ['Qom']),
  P('ir-mashhad', 'Mashhad', 'IR', 36.2605, 59.6168, 'settlement', 'ir', ['?مشهد', 'مدينة مشهد'], ['Mashhad']),
  P('ir-jolfa', 'Jolfa (Iran)', 'IR', 38.9403, 45.6306, 'settlement', 'ir', ['جلفا'], ['Jolfa, Iran']),
  P('ir-natanz', 'Natanz', 'IR', 33.5133, 51.9161, 'settlement', 'ir', ['نطنز'], ['Natanz']),
  P('ir-bandar-abbas', 'Bandar Abbas', 'IR', 27.1832, 56.2666, 'settlement', 'ir', ['بندر عباس'], ['Bandar Abbas']),
  P('ir-hormuz', 'Strait of Hormuz', 'IR', 26.5667, 56.25, 'feature', 'ir', ['مضيق هرمز'], ['Strait of Hormuz']),

  // Russia
  P('ru-moscow', 'Moscow', 'RU', 55.7558, 37.6173, 'settlement', 'ru', ['موسكو', 'العاصمة الروسية'], ['Moscow']),
  P('ru-saint-petersburg', 'Saint Petersburg', 'RU', 59.9311, 30.3609, 'settlement', 'ru', ['سان بطرسبورغ', 'سانت بطرسبورغ', 'سان بطرسبرغ', 'سانت بطرسبرغ', 'بطرسبورغ', 'بطرسبرغ', 'سان بطرسبورج', 'سانت بطرسبورج'], ['Saint Petersburg', 'St Petersburg']),
  P('ru-sochi', 'Sochi', 'RU', 43.6028, 39.7342, 'settlement', 'ru', ['سوتشي', 'سوتشى', 'سوچي'], ['Sochi']),
  P('ru-kazan', 'Kazan', 'RU', 55.7887, 49.1221, 'settlement', 'ru', ['قازان', 'كازان'], ['Kazan']),
  P('ru-rostov', 'Rostov-on-Don', 'RU', 47.2357, 39.7015, 'settlement', 'ru', ['روستوف', 'روستوف على الدون', 'روستوف-نا-دونو'], ['Rostov-on-Don', 'Rostov']),
  P('ru-krasnodar', 'Krasnodar', 'RU', 45.0355, 38.9753, 'settlement', 'ru', ['كراسنودار'], ['Krasnodar']),
  P('ru-grozny', 'Grozny', 'RU', 43.3178, 45.6949, 'settlement', 'ru-chechnya', ['غروزني', 'جروزني'], ['Grozny']),
  P('ru-chechnya', 'Chechnya', 'RU', 43.4, 45.7, 'region', 'ru', ['الشيشان', 'جمهورية الشيشان'], ['Chechnya']),
  P('ru-dagestan', 'Dagestan', 'RU', 42.9, 47.1, 'region', 'ru', ['داغستان', 'جمهورية داغستان'], ['Dagestan']),
  P('ru-vladikavkaz', 'Vladikavkaz', 'RU', 43.0367, 44.6678, 'settlement', 'ru', ['فلاديكافكاز'], ['Vladikavkaz']),
  P('ru-belgorod', 'Belgorod', 'RU', 50.5997, 36.5983, 'settlement', 'ru', ['بيلغورود', 'بيلجورود', 'بلغورود'], ['Belgorod']),
  P('ru-kursk', 'Kursk', 'RU', 51.7304, 36.1926, 'settlement', 'ru', ['كورسك'], ['Kursk']),
  P('ru-sudzha', 'Sudzha', 'RU', 51.1903, 35.2711, 'settlement', 'ru', ['سودجا', 'سودزا'], ['Sudzha']),
  P('ru-bryansk', 'Bryansk', 'RU', 53.2521, 34.3717, 'settlement', 'ru', ['بريانسك'], ['Bryansk']),
  P('ru-voronezh', 'Voronezh', 'RU', 51.672, 39.1843, 'settlement', 'ru', ['فورونيج', 'فورونيش'], ['Voronezh']),
  P('ru-armavir', 'Armavir (Russia)', 'RU', 44.9892, 41.1234, 'settlement', 'ru', ['مدينة أرمافير الروسية'], ['Armavir, Russia']),

  P('ru-kursk-oblast', 'Kursk Oblast', 'RU', 51.5, 36.0, 'region', 'ru', ['منطقة كورسك', 'مقاطعة كورسك', 'إقليم كورسك'], ['Kursk Oblast', 'Kursk region']),
  P('ru-belgorod-oblast', 'Belgorod Oblast', 'RU', 50.7, 37.4, 'region', 'ru', ['منطقة بيلغورود', 'مقاطعة بيلغورود', 'إقليم بيلغورود'], ['Belgorod Oblast', 'Belgorod region']),
  P('ru-bryansk-oblast', 'Bryansk Oblast', 'RU', 52.9, 33.4, 'region', 'ru', ['منطقة بريانسك', 'مقاطعة بريانسك'], ['Bryansk Oblast', 'Bryansk region']),

  // CSTO members' capitals and the usual venues of diplomacy
  P('by-minsk', 'Minsk', 'BY', 53.9006, 27.559, 'settlement', 'by', ['مينسك'], ['Minsk']),
  P('kz-astana', 'Astana', 'KZ', 51.1694, 71.4491, 'settlement', 'kz', ['أستانا', 'آستانا', 'أستانة', 'آستانة', 'نور سلطان', 'نورسلطان'], ['Astana', 'Nur-Sultan', 'Nursultan']),
  P('kz-almaty', 'Almaty', 'KZ', 43.222, 76.8512, 'settlement', 'kz', ['ألماتي', 'الماتي', 'ألما آتا', 'ألماآتا'], ['Almaty', 'Alma-Ata']),
  P('kg-bishkek', 'Bishkek', 'KG', 42.8746, 74.5698, 'settlement', 'kg', ['بيشكيك', 'بشكيك'], ['Bishkek']),
  P('tj-dushanbe', 'Dushanbe', 'TJ', 38.5598, 68.787, 'settlement', 'tj', ['دوشانبي', 'دوشنبه', 'دوشنبي'], ['Dushanbe']),
  P('uz-tashkent', 'Tashkent', 'UZ', 41.2995, 69.2401, 'settlement', 'uz', ['طشقند'], ['Tashkent']),
  P('us-washington', 'Washington, D.C.', 'US', 38.9072, -77.0369, 'settlement', 'us', ['واشنطن', 'العاصمة الأمريكية', 'العاصمة الأميركية'], ['Washington', 'Washington DC']),
  P('us-new-york', 'New York', 'US', 40.7128, -74.006, 'settlement', 'us', ['نيويورك'], ['New York']),
  P('fr-paris', 'Paris', 'FR', 48.8566, 2.3522, 'settlement', 'fr', ['باريس', 'العاصمة الفرنسية'], ['Paris']),
  P('fr-strasbourg', 'Strasbourg', 'FR', 48.5734, 7.7521, 'settlement', 'fr', ['ستراسبورغ', 'ستراسبورغ'], ['Strasbourg']),
  P('be-brussels', 'Brussels', 'BE', 50.8503, 4.3517, 'settlement', 'be', ['بروكسل'], ['Brussels']),
  P('ch-geneva', 'Geneva', 'CH', 46.2044, 6.1432, 'settlement', 'ch', ['جنيف'], ['Geneva']),
  P('at-vienna', 'Vienna', 'AT', 48.2082, 16.3738, 'settlement', 'at', ['فيينا'], ['Vienna']),
  P('cz-prague', 'Prague', 'CZ', 50.0755, 14.4378, 'settlement', 'cz', ['براغ'], ['Prague']),
  P('de-berlin', 'Berlin', 'DE', 52.52, 13.405, 'settlement', 'de', ['برلين'], ['Berlin']),
  P('de-munich', 'Munich', 'DE', 48.1351, 11.582, 'settlement', 'de', ['ميونخ', 'ميونيخ'], ['Munich']),
  P('gb-london', 'London', 'GB', 51.5074, -0.1278, 'settlement', 'gb', ['لندن'], ['London']),
  P('it-rome', 'Rome', 'IT', 41.9028, 12.4964, 'settlement', 'it', ['روما'], ['Rome']),
  P('cn-beijing', 'Beijing', 'CN', 39.9042, 116.4074, 'settlement', 'cn', ['بكين', 'بيجين'], ['Beijing', 'Peking']),
  P('qa-doha', 'Doha', 'QA', 25.2854, 51.531, 'settlement', 'qa', ['الدوحة'], ['Doha']),
  P('eg-cairo', 'Cairo', 'EG', 30.0444, 31.2357, 'settlement', 'eg', ['القاهرة'], ['Cairo']),
  P('jo-amman', 'Amman', 'JO', 31.9454, 35.9284, 'settlement', 'jo', ['عمان', 'عمّان', 'العاصمة الأردنية'], ['Amman'], { weight: 1 }),
  P('sa-riyadh', 'Riyadh', 'SA', 24.7136, 46.6753, 'settlement', 'sa', ['الرياض'], ['Riyadh']),
  P('sa-jeddah', 'Jeddah', 'SA', 21.4858, 39.1925, 'settlement', 'sa', ['جدة'], ['Jeddah', 'Jedda']),
  P('ae-abu-dhabi', 'Abu Dhabi', 'AE', 24.4539, 54.3773, 'settlement', 'ae', ['أبوظبي', 'أبو ظبي'], ['Abu Dhabi']),
  P('ae-dubai', 'Dubai', 'AE', 25.2048, 55.2708, 'settlement', 'ae', ['دبي'], ['Dubai']),
  P('om-muscat', 'Muscat', 'OM', 23.588, 58.3829, 'settlement', 'om', ['مسقط'], ['Muscat']),
  P('kw-kuwait-city', 'Kuwait City', 'KW', 29.3759, 47.9774, 'settlement', 'kw', ['مدينة الكويت'], ['Kuwait City']),
  P('et-addis-ababa', 'Addis Ababa', 'ET', 9.03, 38.74, 'settlement', 'et', ['أديس أبابا', 'اديس ابابا'], ['Addis Ababa']),
];
