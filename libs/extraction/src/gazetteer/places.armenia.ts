/**
 * Armenia: the capital, the 11 provinces (marz) with their seats, and the
 * towns, villages, heights and lakes along the border with Azerbaijan that the
 * news name. Coordinates: Wikipedia / GeoNames (town centre); dev-set gold
 * values where the corpus has them. Entries marked `≈` in a comment are
 * village- or massif-level approximations (±3 km), see README.md.
 */
import { place, type Place } from './types.js';

export const ARMENIA: Place[] = [
  place({ id: 'am-yerevan', name: 'Yerevan', country: 'AM', lat: 40.1811, lon: 44.5136, precision: 'settlement', parent: 'am', arabic: ['يريفان', 'ييريفان', 'إيريفان', 'يرفان', 'إيروان', 'يريوان', 'العاصمة الأرمينية', 'العاصمة الأرمنية'], english: ['Yerevan', 'Erevan'] }),

  // provinces (marz) and their seats
  place({ id: 'am-aragatsotn', name: 'Aragatsotn Province', country: 'AM', lat: 40.52, lon: 44.2, precision: 'region', parent: 'am', arabic: ['أراغاتسوتن', 'محافظة أراغاتسوتن'], english: ['Aragatsotn'] }),
  place({ id: 'am-ashtarak', name: 'Ashtarak', country: 'AM', lat: 40.2992, lon: 44.3622, precision: 'settlement', parent: 'am-aragatsotn', arabic: ['أشتاراك', 'آشتاراك'], english: ['Ashtarak'] }),
  place({ id: 'am-aragats', name: 'Mount Aragats', country: 'AM', lat: 40.5322, lon: 44.205, precision: 'feature', parent: 'am-aragatsotn', arabic: ['جبل أراغاتس', 'أراغاتس'], english: ['Aragats', 'Mount Aragats'] }),
  place({ id: 'am-ararat-province', name: 'Ararat Province', country: 'AM', lat: 39.93, lon: 44.72, precision: 'region', parent: 'am', arabic: ['محافظة أرارات', 'مقاطعة أرارات', 'منطقة أرارات', 'أرارات'], english: ['Ararat Province', 'Ararat'] }),
  place({ id: 'am-artashat', name: 'Artashat', country: 'AM', lat: 39.9539, lon: 44.5506, precision: 'settlement', parent: 'am-ararat-province', arabic: ['أرتاشات', 'ارتشات'], english: ['Artashat'] }),
  place({ id: 'am-ararat-town', name: 'Ararat (town)', country: 'AM', lat: 39.8306, lon: 44.705, precision: 'settlement', parent: 'am-ararat-province', arabic: ['مدينة أرارات'], english: ['Ararat town'] }),
  place({ id: 'am-yeraskh', name: 'Yeraskh', country: 'AM', lat: 39.7308, lon: 44.8356, precision: 'settlement', parent: 'am-ararat-province', arabic: ['يراسخ', 'ييراسخ', 'إيراسخ'], english: ['Yeraskh'] }),
  place({ id: 'am-armavir', name: 'Armavir Province', country: 'AM', lat: 40.08, lon: 44.05, precision: 'region', parent: 'am', arabic: ['أرمافير', 'محافظة أرمافير'], english: ['Armavir Province'] }),
  place({ id: 'am-armavir-town', name: 'Armavir', country: 'AM', lat: 40.1547, lon: 44.0381, precision: 'settlement', parent: 'am-armavir', arabic: ['مدينة أرمافير'], english: ['Armavir town'] }),
  place({ id: 'am-vagharshapat', name: 'Vagharshapat (Etchmiadzin)', country: 'AM', lat: 40.1656, lon: 44.2892, precision: 'settlement', parent: 'am-armavir', arabic: ['فاغارشابات', 'إتشميادزين', 'اتشمیادزين', 'إيتشميادزين', 'ايتشمياادزين'], english: ['Vagharshapat', 'Etchmiadzin', 'Echmiadzin'] }),
  place({ id: 'am-metsamor', name: 'Metsamor nuclear power plant', country: 'AM', lat: 40.1814, lon: 44.1489, precision: 'feature', parent: 'am-armavir', arabic: ['ميتسامور', 'محطة ميتسامور', 'متسامور'], english: ['Metsamor', 'Armenian nuclear power plant'] }),
  place({ id: 'am-gegharkunik', name: 'Gegharkunik Province', country: 'AM', lat: 40.25, lon: 45.25, precision: 'region', parent: 'am', arabic: ['غيغاركونيك', 'جيغاركونيك', 'غيغاركونيك', 'غيغهاركونيك', 'جغاركونيك'], english: ['Gegharkunik'] }),
  place({ id: 'am-gavar', name: 'Gavar', country: 'AM', lat: 40.3589, lon: 45.1267, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['غافار', 'جافار'], english: ['Gavar'] }),
  place({ id: 'am-kotayk', name: 'Kotayk Province', country: 'AM', lat: 40.4, lon: 44.7, precision: 'region', parent: 'am', arabic: ['كوتايك', 'محافظة كوتايك'], english: ['Kotayk'] }),
  place({ id: 'am-hrazdan', name: 'Hrazdan', country: 'AM', lat: 40.4972, lon: 44.7664, precision: 'settlement', parent: 'am-kotayk', arabic: ['هرازدان'], english: ['Hrazdan'] }),
  place({ id: 'am-abovyan', name: 'Abovyan', country: 'AM', lat: 40.2739, lon: 44.6256, precision: 'settlement', parent: 'am-kotayk', arabic: ['أبوفيان', 'ابوفيان'], english: ['Abovyan'] }),
  place({ id: 'am-lori', name: 'Lori Province', country: 'AM', lat: 40.97, lon: 44.48, precision: 'region', parent: 'am', arabic: ['محافظة لوري', 'مقاطعة لوري', '?لوري'], english: ['Lori Province'] }),
  place({ id: 'am-vanadzor', name: 'Vanadzor', country: 'AM', lat: 40.8128, lon: 44.4883, precision: 'settlement', parent: 'am-lori', arabic: ['فانادزور', 'فانادزر'], english: ['Vanadzor'] }),
  place({ id: 'am-stepanavan', name: 'Stepanavan', country: 'AM', lat: 41.0092, lon: 44.3867, precision: 'settlement', parent: 'am-lori', arabic: ['ستيبانافان'], english: ['Stepanavan'] }),
  place({ id: 'am-alaverdi', name: 'Alaverdi', country: 'AM', lat: 41.0961, lon: 44.6558, precision: 'settlement', parent: 'am-lori', arabic: ['ألافيردي', 'الافيردي'], english: ['Alaverdi'] }),
  place({ id: 'am-shirak', name: 'Shirak Province', country: 'AM', lat: 40.85, lon: 43.85, precision: 'region', parent: 'am', arabic: ['محافظة شيراك', 'مقاطعة شيراك', '?شيراك'], english: ['Shirak Province'] }),
  place({ id: 'am-gyumri', name: 'Gyumri', country: 'AM', lat: 40.7894, lon: 43.8475, precision: 'settlement', parent: 'am-shirak', arabic: ['غيومري', 'جيومري', 'كيومري', 'جومري', 'غومري'], english: ['Gyumri', 'Leninakan'] }),
  place({ id: 'am-syunik', name: 'Syunik Province', country: 'AM', lat: 39.45, lon: 46.2, precision: 'region', parent: 'am', arabic: ['سيونيك', 'سيونك', 'سونيك', 'سيونيق', 'زنغزور', 'زانغيزور', 'زنكزور', 'زانجيزور', 'زنجزور', 'جنوب أرمينيا', 'جنوبي أرمينيا'], english: ['Syunik', 'Siunik', 'Zangezur', 'southern Armenia'] }),
  place({ id: 'am-zangezur-corridor', name: 'Zangezur corridor (Meghri route)', country: 'AM', lat: 38.95, lon: 46.15, precision: 'feature', parent: 'am-syunik', arabic: ['ممر زنغزور', 'ممر زنكزور', 'ممر زانغيزور', 'ممر زنغيزور', 'طريق ترامب للسلام والازدهار'], english: ['Zangezur corridor', 'TRIPP'] }),
  place({ id: 'am-kapan', name: 'Kapan', country: 'AM', lat: 39.2075, lon: 46.4058, precision: 'settlement', parent: 'am-syunik', arabic: ['كابان', 'قافان', 'غافان'], english: ['Kapan', 'Qafan', 'Ghapan'] }),
  place({ id: 'am-tavush', name: 'Tavush Province', country: 'AM', lat: 40.92, lon: 45.1, precision: 'region', parent: 'am', arabic: ['تافوش', 'محافظة تافوش', 'طافوش'], english: ['Tavush'] }),
  place({ id: 'am-ijevan', name: 'Ijevan', country: 'AM', lat: 40.8756, lon: 45.1492, precision: 'settlement', parent: 'am-tavush', arabic: ['إيجيفان', 'ايجفان', 'إجيفان'], english: ['Ijevan'] }),
  place({ id: 'am-vayots-dzor', name: 'Vayots Dzor Province', country: 'AM', lat: 39.76, lon: 45.48, precision: 'region', parent: 'am', arabic: ['فايوتس دزور', 'فايوتس جور', 'فايوتس دزورا', 'فايوتسدزور'], english: ['Vayots Dzor'] }),
  place({ id: 'am-yeghegnadzor', name: 'Yeghegnadzor', country: 'AM', lat: 39.7611, lon: 45.3333, precision: 'settlement', parent: 'am-vayots-dzor', arabic: ['ييغيغنادزور', 'يغيغنادزور', 'إيغيغنادزور'], english: ['Yeghegnadzor'] }),

  // Syunik
  place({ id: 'am-goris', name: 'Goris', country: 'AM', lat: 39.5111, lon: 46.3411, precision: 'settlement', parent: 'am-syunik', arabic: ['غوريس', 'جوريس', 'كوريس', 'قوريس', 'غوروس'], english: ['Goris', 'Gorus'] }),
  place({ id: 'am-sisian', name: 'Sisian', country: 'AM', lat: 39.5208, lon: 46.0322, precision: 'settlement', parent: 'am-syunik', arabic: ['سيسيان', 'سيسيان', 'قراكيلسة', 'قره كليسا', 'قرة كيليسا', 'غاراكيلسا', 'قاراكيلسة'], english: ['Sisian', 'Garakilsa', 'Karakilsa', 'Qarakilse'] }),
  place({ id: 'am-meghri', name: 'Meghri', country: 'AM', lat: 38.9028, lon: 46.2444, precision: 'settlement', parent: 'am-syunik', arabic: ['ميغري', 'مغري', 'ميجري', 'ميغرى'], english: ['Meghri', 'Mehri'] }),
  place({ id: 'am-agarak', name: 'Agarak', country: 'AM', lat: 38.865, lon: 46.1964, precision: 'settlement', parent: 'am-syunik', arabic: ['أغاراك', 'آغاراك', 'اغاراك'], english: ['Agarak'] }),
  place({ id: 'am-kajaran', name: 'Kajaran', country: 'AM', lat: 39.1511, lon: 46.1603, precision: 'settlement', parent: 'am-syunik', arabic: ['كاجاران', 'قاجاران', 'كجاران'], english: ['Kajaran'] }),
  place({ id: 'am-tatev', name: 'Tatev', country: 'AM', lat: 39.3797, lon: 46.2503, precision: 'settlement', parent: 'am-syunik', arabic: ['تاتيف', 'تاتف'], english: ['Tatev'] }),
  place({ id: 'am-tegh', name: 'Tegh', country: 'AM', lat: 39.5581, lon: 46.4811, precision: 'settlement', parent: 'am-syunik', arabic: ['تيغ', 'تيخ'], english: ['Tegh'] }),
  place({ id: 'am-khoznavar', name: 'Khoznavar', country: 'AM', lat: 39.585, lon: 46.36, precision: 'settlement', parent: 'am-syunik', arabic: ['خوزنافار', 'خوزنافر'], english: ['Khoznavar'] }), // ≈
  place({ id: 'am-kornidzor', name: 'Kornidzor', country: 'AM', lat: 39.5481, lon: 46.5311, precision: 'settlement', parent: 'am-syunik', arabic: ['كورنيدزور', 'كورنيدزر'], english: ['Kornidzor'] }),
  place({ id: 'am-nerkin-hand', name: 'Nerkin Hand', country: 'AM', lat: 39.1, lon: 46.47, precision: 'settlement', parent: 'am-syunik', arabic: ['نيركين هاند', 'نركين هاند', 'نيركين خاند'], english: ['Nerkin Hand'] }), // ≈ south-east of Kapan (±8 km)
  place({ id: 'am-davit-bek', name: 'Davit Bek', country: 'AM', lat: 39.3181, lon: 46.4953, precision: 'settlement', parent: 'am-syunik', arabic: ['دافيت بيك', 'دافيد بيك'], english: ['Davit Bek'] }),
  place({ id: 'am-shurnukh', name: 'Shurnukh', country: 'AM', lat: 39.3775, lon: 46.3914, precision: 'settlement', parent: 'am-syunik', arabic: ['شورنوخ', 'شورنوك'], english: ['Shurnukh'] }),
  place({ id: 'am-ishkhanasar', name: 'Mount Ishkhanasar', country: 'AM', lat: 39.59, lon: 46.2, precision: 'feature', parent: 'am-syunik', arabic: ['إيشخاناسار', 'ايشخاناسار', 'جبل إيشخاناسار', 'مرتفعات إيشخاناسار', 'إيشخانسار'], english: ['Ishkhanasar', 'Mets Ishkhanasar'] }), // ≈ massif
  place({ id: 'am-sev-lich', name: 'Lake Sev (Sev Lich, Black Lake)', country: 'AM', lat: 39.598, lon: 46.231, precision: 'feature', parent: 'am-syunik', arabic: ['البحيرة السوداء', 'بحيرة سيف', 'سيف ليتش', 'سيف ليش', 'بحيرة سيف ليتش', 'بحيرة قره غول', 'قره غول'], english: ['Sev Lich', 'Black Lake', 'Lake Sev', 'Qaragol'] }),

  // Vayots Dzor
  place({ id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.8414, lon: 45.6697, precision: 'settlement', parent: 'am-vayots-dzor', arabic: ['جيرموك', 'جرموك', 'جيرمك', 'دجيرموك', 'جيرموق', 'غيرموك', 'إستيسو'], english: ['Jermuk', 'Dzhermuk'] }),
  place({ id: 'am-vayk', name: 'Vayk', country: 'AM', lat: 39.6894, lon: 45.4664, precision: 'settlement', parent: 'am-vayots-dzor', arabic: ['فايك'], english: ['Vayk'] }),
  place({ id: 'am-areni', name: 'Areni', country: 'AM', lat: 39.7203, lon: 45.1831, precision: 'settlement', parent: 'am-vayots-dzor', arabic: ['أريني', 'آريني'], english: ['Areni'] }),

  // Gegharkunik
  place({ id: 'am-lake-sevan', name: 'Lake Sevan', country: 'AM', lat: 40.317, lon: 45.35, precision: 'feature', parent: 'am-gegharkunik', arabic: ['بحيرة سيفان', 'سيفان'], english: ['Lake Sevan', 'Sevan'] }),
  place({ id: 'am-vardenis', name: 'Vardenis', country: 'AM', lat: 40.1833, lon: 45.7333, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['فاردينيس', 'فاردنيس', 'فارديـنيس', 'فاردينس'], english: ['Vardenis'] }),
  place({ id: 'am-sotk', name: 'Sotk', country: 'AM', lat: 40.2047, lon: 45.9397, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['سوتك', 'سوتوك', 'سوتيك', '?زود'], english: ['Sotk', 'Zod'] }),
  place({ id: 'am-kut', name: 'Kut', country: 'AM', lat: 40.12, lon: 45.87, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['?كوت', 'قرية كوت'], english: ['Kut village'] }), // ≈ between Verin Shorzha and Norabak (±5 km)
  place({ id: 'am-verin-shorzha', name: 'Verin Shorzha', country: 'AM', lat: 40.0872, lon: 45.8325, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['فيرين شورزا', 'فيرين شورجا', 'فيرين شورژا', 'فيرين شورزها', 'شورزا العليا'], english: ['Verin Shorzha', 'Upper Shorzha'] }), // Wikipedia; the dev gold (40.45, 45.40) is Shorzha/Shoghakat on Lake Sevan
  place({ id: 'am-artanish', name: 'Artanish', country: 'AM', lat: 40.47, lon: 45.37, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['أرتانيش', 'ارتانيش', 'آرتانيش'], english: ['Artanish'] }), // ≈
  place({ id: 'am-norabak', name: 'Norabak', country: 'AM', lat: 40.15, lon: 45.8667, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['نوراباك'], english: ['Norabak'] }),
  place({ id: 'am-chambarak', name: 'Chambarak', country: 'AM', lat: 40.5933, lon: 45.3497, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['تشامباراك', 'شامباراك', 'تشمباراك'], english: ['Chambarak'] }),
  place({ id: 'am-martuni', name: 'Martuni (Gegharkunik)', country: 'AM', lat: 40.1389, lon: 45.3056, precision: 'settlement', parent: 'am-gegharkunik', arabic: ['مارتوني'], english: ['Martuni, Armenia'] }),

  // Tavush
  place({ id: 'am-berd', name: 'Berd', country: 'AM', lat: 40.8808, lon: 45.3917, precision: 'settlement', parent: 'am-tavush', arabic: ['بيرد'], english: ['Berd'] }),
  place({ id: 'am-noyemberyan', name: 'Noyemberyan', country: 'AM', lat: 41.1722, lon: 44.9992, precision: 'settlement', parent: 'am-tavush', arabic: ['نويمبريان', 'نويمبيريان', 'نوييمبريان'], english: ['Noyemberyan'] }),
  place({ id: 'am-dilijan', name: 'Dilijan', country: 'AM', lat: 40.7411, lon: 44.8617, precision: 'settlement', parent: 'am-tavush', arabic: ['ديليجان', 'دليجان'], english: ['Dilijan'] }),
  place({ id: 'am-chinari', name: 'Chinari', country: 'AM', lat: 40.94, lon: 45.36, precision: 'settlement', parent: 'am-tavush', arabic: ['شيناري', 'تشيناري', 'جيناري', 'تشيناري'], english: ['Chinari', 'Chinar'] }),
  place({ id: 'am-aygepar', name: 'Aygepar', country: 'AM', lat: 40.9419, lon: 45.4622, precision: 'settlement', parent: 'am-tavush', arabic: ['أيغيبار', 'آيغيبار', 'ايغبار'], english: ['Aygepar'] }),
  place({ id: 'am-movses', name: 'Movses', country: 'AM', lat: 40.9064, lon: 45.4914, precision: 'settlement', parent: 'am-tavush', arabic: ['موفسيس', 'موفسس'], english: ['Movses'] }),
  place({ id: 'am-nerkin-karmiraghbyur', name: 'Nerkin Karmiraghbyur', country: 'AM', lat: 40.9431, lon: 45.4386, precision: 'settlement', parent: 'am-tavush', arabic: ['نيركين كارميراغبيور', 'نركين كارمير أغبيور'], english: ['Nerkin Karmiraghbyur'] }),
  place({ id: 'am-voskepar', name: 'Voskepar', country: 'AM', lat: 41.07, lon: 45.06, precision: 'settlement', parent: 'am-tavush', arabic: ['فوسكيبار', 'فوسكبار'], english: ['Voskepar'] }), // ≈
  place({ id: 'am-kirants', name: 'Kirants', country: 'AM', lat: 41.03, lon: 45.1, precision: 'settlement', parent: 'am-tavush', arabic: ['كيرانتس', 'كيرانتز'], english: ['Kirants'] }), // ≈
  place({ id: 'am-baghanis', name: 'Baghanis', country: 'AM', lat: 41.07, lon: 45.1, precision: 'settlement', parent: 'am-tavush', arabic: ['باغانيس', 'باغانس'], english: ['Baghanis'] }), // ≈
  place({ id: 'am-berkaber', name: 'Berkaber', country: 'AM', lat: 41.02, lon: 45.22, precision: 'settlement', parent: 'am-tavush', arabic: ['بيركابير', 'بركابير'], english: ['Berkaber'] }), // ≈
  place({ id: 'am-dovegh', name: 'Dovegh', country: 'AM', lat: 40.99, lon: 45.2, precision: 'settlement', parent: 'am-tavush', arabic: ['دوفيغ', 'دوفغ'], english: ['Dovegh'] }), // ≈
];
