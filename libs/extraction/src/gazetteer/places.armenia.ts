/**
 * Armenia: the capital, the 11 provinces (marz) with their seats, and the
 * towns, villages, heights and lakes along the border with Azerbaijan that the
 * news name. Coordinates: Wikipedia / GeoNames (town centre); dev-set gold
 * values where the corpus has them. Entries marked `≈` in a comment are
 * village- or massif-level approximations (±3 km), see README.md.
 */
import { P, type Place } from './types.js';

export const ARMENIA: Place[] = [
  P('am-yerevan', 'Yerevan', 'AM', 40.1811, 44.5136, 'settlement', 'am', ['يريفان', 'ييريفان', 'إيريفان', 'يرفان', 'إيروان', 'يريوان', 'العاصمة الأرمينية', 'العاصمة الأرمنية'], ['Yerevan', 'Erevan']),

  // provinces (marz) and their seats
  P('am-aragatsotn', 'Aragatsotn Province', 'AM', 40.52, 44.2, 'region', 'am', ['أراغاتسوتن', 'محافظة أراغاتسوتن'], ['Aragatsotn']),
  P('am-ashtarak', 'Ashtarak', 'AM', 40.2992, 44.3622, 'settlement', 'am-aragatsotn', ['أشتاراك', 'آشتاراك'], ['Ashtarak']),
  P('am-aragats', 'Mount Aragats', 'AM', 40.5322, 44.205, 'feature', 'am-aragatsotn', ['جبل أراغاتس', 'أراغاتس'], ['Aragats', 'Mount Aragats']),
  P('am-ararat-province', 'Ararat Province', 'AM', 39.93, 44.72, 'region', 'am', ['محافظة أرارات', 'مقاطعة أرارات', 'منطقة أرارات', 'أرارات'], ['Ararat Province', 'Ararat']),
  P('am-artashat', 'Artashat', 'AM', 39.9539, 44.5506, 'settlement', 'am-ararat-province', ['أرتاشات', 'ارتشات'], ['Artashat']),
  P('am-ararat-town', 'Ararat (town)', 'AM', 39.8306, 44.705, 'settlement', 'am-ararat-province', ['مدينة أرارات'], ['Ararat town']),
  P('am-yeraskh', 'Yeraskh', 'AM', 39.7308, 44.8356, 'settlement', 'am-ararat-province', ['يراسخ', 'ييراسخ', 'إيراسخ'], ['Yeraskh']),
  P('am-armavir', 'Armavir Province', 'AM', 40.08, 44.05, 'region', 'am', ['أرمافير', 'محافظة أرمافير'], ['Armavir Province']),
  P('am-armavir-town', 'Armavir', 'AM', 40.1547, 44.0381, 'settlement', 'am-armavir', ['مدينة أرمافير'], ['Armavir town']),
  P('am-vagharshapat', 'Vagharshapat (Etchmiadzin)', 'AM', 40.1656, 44.2892, 'settlement', 'am-armavir', ['فاغارشابات', 'إتشميادزين', 'اتشمیادزين', 'إيتشميادزين', 'ايتشمياادزين'], ['Vagharshapat', 'Etchmiadzin', 'Echmiadzin']),
  P('am-metsamor', 'Metsamor nuclear power plant', 'AM', 40.1814, 44.1489, 'feature', 'am-armavir', ['ميتسامور', 'محطة ميتسامور', 'متسامور'], ['Metsamor', 'Armenian nuclear power plant']),
  P('am-gegharkunik', 'Gegharkunik Province', 'AM', 40.25, 45.25, 'region', 'am', ['غيغاركونيك', 'جيغاركونيك', 'غيغاركونيك', 'غيغهاركونيك', 'جغاركونيك'], ['Gegharkunik']),
  P('am-gavar', 'Gavar', 'AM', 40.3589, 45.1267, 'settlement', 'am-gegharkunik', ['غافار', 'جافار'], ['Gavar']),
  P('am-kotayk', 'Kotayk Province', 'AM', 40.4, 44.7, 'region', 'am', ['كوتايك', 'محافظة كوتايك'], ['Kotayk']),
  P('am-hrazdan', 'Hrazdan', 'AM', 40.4972, 44.7664, 'settlement', 'am-kotayk', ['هرازدان'], ['Hrazdan']),
  P('am-abovyan', 'Abovyan', 'AM', 40.2739, 44.6256, 'settlement', 'am-kotayk', ['أبوفيان', 'ابوفيان'], ['Abovyan']),
  P('am-lori', 'Lori Province', 'AM', 40.97, 44.48, 'region', 'am', ['محافظة لوري', 'مقاطعة لوري', '?لوري'], ['Lori Province']),
  P('am-vanadzor', 'Vanadzor', 'AM', 40.8128, 44.4883, 'settlement', 'am-lori', ['فانادزور', 'فانادزر'], ['Vanadzor']),
  P('am-stepanavan', 'Stepanavan', 'AM', 41.0092, 44.3867, 'settlement', 'am-lori', ['ستيبانافان'], ['Stepanavan']),
  P('am-alaverdi', 'Alaverdi', 'AM', 41.0961, 44.6558, 'settlement', 'am-lori', ['ألافيردي', 'الافيردي'], ['Alaverdi']),
  P('am-shirak', 'Shirak Province', 'AM', 40.85, 43.85, 'region', 'am', ['محافظة شيراك', 'مقاطعة شيراك', '?شيراك'], ['Shirak Province']),
  P('am-gyumri', 'Gyumri', 'AM', 40.7894, 43.8475, 'settlement', 'am-shirak', ['غيومري', 'جيومري', 'كيومري', 'جومري', 'غومري'], ['Gyumri', 'Leninakan']),
  P('am-syunik', 'Syunik Province', 'AM', 39.45, 46.2, 'region', 'am', ['سيونيك', 'سيونك', 'سونيك', 'سيونيق', 'زنغزور', 'زانغيزور', 'زنكزور', 'زانجيزور', 'زنجزور', 'جنوب أرمينيا', 'جنوبي أرمينيا'], ['Syunik', 'Siunik', 'Zangezur', 'southern Armenia']),
  P('am-zangezur-corridor', 'Zangezur corridor (Meghri route)', 'AM', 38.95, 46.15, 'feature', 'am-syunik', ['ممر زنغزور', 'ممر زنكزور', 'ممر زانغيزور', 'ممر زنغيزور', 'طريق ترامب للسلام والازدهار'], ['Zangezur corridor', 'TRIPP']),
  P('am-kapan', 'Kapan', 'AM', 39.2075, 46.4058, 'settlement', 'am-syunik', ['كابان', 'قافان', 'غافان'], ['Kapan', 'Qafan', 'Ghapan']),
  P('am-tavush', 'Tavush Province', 'AM', 40.92, 45.1, 'region', 'am', ['تافوش', 'محافظة تافوش', 'طافوش'], ['Tavush']),
  P('am-ijevan', 'Ijevan', 'AM', 40.8756, 45.1492, 'settlement', 'am-tavush', ['إيجيفان', 'ايجفان', 'إجيفان'], ['Ijevan']),
  P('am-vayots-dzor', 'Vayots Dzor Province', 'AM', 39.76, 45.48, 'region', 'am', ['فايوتس دزور', 'فايوتس جور', 'فايوتس دزورا', 'فايوتسدزور'], ['Vayots Dzor']),
  P('am-yeghegnadzor', 'Yeghegnadzor', 'AM', 39.7611, 45.3333, 'settlement', 'am-vayots-dzor', ['ييغيغنادزور', 'يغيغنادزور', 'إيغيغنادزور'], ['Yeghegnadzor']),

  // Syunik
  P('am-goris', 'Goris', 'AM', 39.5111, 46.3411, 'settlement', 'am-syunik', ['غوريس', 'جوريس', 'كوريس', 'قوريس', 'غوروس'], ['Goris', 'Gorus']),
  P('am-sisian', 'Sisian', 'AM', 39.5208, 46.0322, 'settlement', 'am-syunik', ['سيسيان', 'سيسيان', 'قراكيلسة', 'قره كليسا', 'قرة كيليسا', 'غاراكيلسا', 'قاراكيلسة'], ['Sisian', 'Garakilsa', 'Karakilsa', 'Qarakilse']),
  P('am-meghri', 'Meghri', 'AM', 38.9028, 46.2444, 'settlement', 'am-syunik', ['ميغري', 'مغري', 'ميجري', 'ميغرى'], ['Meghri', 'Mehri']),
  P('am-agarak', 'Agarak', 'AM', 38.865, 46.1964, 'settlement', 'am-syunik', ['أغاراك', 'آغاراك', 'اغاراك'], ['Agarak']),
  P('am-kajaran', 'Kajaran', 'AM', 39.1511, 46.1603, 'settlement', 'am-syunik', ['كاجاران', 'قاجاران', 'كجاران'], ['Kajaran']),
  P('am-tatev', 'Tatev', 'AM', 39.3797, 46.2503, 'settlement', 'am-syunik', ['تاتيف', 'تاتف'], ['Tatev']),
  P('am-tegh', 'Tegh', 'AM', 39.5581, 46.4811, 'settlement', 'am-syunik', ['تيغ', 'تيخ'], ['Tegh']),
  P('am-khoznavar', 'Khoznavar', 'AM', 39.585, 46.36, 'settlement', 'am-syunik', ['خوزنافار', 'خوزنافر'], ['Khoznavar']), // ≈
  P('am-kornidzor', 'Kornidzor', 'AM', 39.5481, 46.5311, 'settlement', 'am-syunik', ['كورنيدزور', 'كورنيدزر'], ['Kornidzor']),
  P('am-nerkin-hand', 'Nerkin Hand', 'AM', 39.1, 46.47, 'settlement', 'am-syunik', ['نيركين هاند', 'نركين هاند', 'نيركين خاند'], ['Nerkin Hand']), // ≈ south-east of Kapan (±8 km)
  P('am-davit-bek', 'Davit Bek', 'AM', 39.3181, 46.4953, 'settlement', 'am-syunik', ['دافيت بيك', 'دافيد بيك'], ['Davit Bek']),
  P('am-shurnukh', 'Shurnukh', 'AM', 39.3775, 46.3914, 'settlement', 'am-syunik', ['شورنوخ', 'شورنوك'], ['Shurnukh']),
  P('am-ishkhanasar', 'Mount Ishkhanasar', 'AM', 39.59, 46.2, 'feature', 'am-syunik', ['إيشخاناسار', 'ايشخاناسار', 'جبل إيشخاناسار', 'مرتفعات إيشخاناسار', 'إيشخانسار'], ['Ishkhanasar', 'Mets Ishkhanasar']), // ≈ massif
  P('am-sev-lich', 'Lake Sev (Sev Lich, Black Lake)', 'AM', 39.598, 46.231, 'feature', 'am-syunik', ['البحيرة السوداء', 'بحيرة سيف', 'سيف ليتش', 'سيف ليش', 'بحيرة سيف ليتش', 'بحيرة قره غول', 'قره غول'], ['Sev Lich', 'Black Lake', 'Lake Sev', 'Qaragol']),

  // Vayots Dzor
  P('am-jermuk', 'Jermuk', 'AM', 39.8414, 45.6697, 'settlement', 'am-vayots-dzor', ['جيرموك', 'جرموك', 'جيرمك', 'دجيرموك', 'جيرموق', 'غيرموك', 'إستيسو'], ['Jermuk', 'Dzhermuk']),
  P('am-vayk', 'Vayk', 'AM', 39.6894, 45.4664, 'settlement', 'am-vayots-dzor', ['فايك'], ['Vayk']),
  P('am-areni', 'Areni', 'AM', 39.7203, 45.1831, 'settlement', 'am-vayots-dzor', ['أريني', 'آريني'], ['Areni']),

  // Gegharkunik
  P('am-lake-sevan', 'Lake Sevan', 'AM', 40.317, 45.35, 'feature', 'am-gegharkunik', ['بحيرة سيفان', 'سيفان'], ['Lake Sevan', 'Sevan']),
  P('am-vardenis', 'Vardenis', 'AM', 40.1833, 45.7333, 'settlement', 'am-gegharkunik', ['فاردينيس', 'فاردنيس', 'فارديـنيس', 'فاردينس'], ['Vardenis']),
  P('am-sotk', 'Sotk', 'AM', 40.2047, 45.9397, 'settlement', 'am-gegharkunik', ['سوتك', 'سوتوك', 'سوتيك', '?زود'], ['Sotk', 'Zod']),
  P('am-kut', 'Kut', 'AM', 40.12, 45.87, 'settlement', 'am-gegharkunik', ['?كوت', 'قرية كوت'], ['Kut village']), // ≈ between Verin Shorzha and Norabak (±5 km)
  P('am-verin-shorzha', 'Verin Shorzha', 'AM', 40.0872, 45.8325, 'settlement', 'am-gegharkunik', ['فيرين شورزا', 'فيرين شورجا', 'فيرين شورژا', 'فيرين شورزها', 'شورزا العليا'], ['Verin Shorzha', 'Upper Shorzha']), // Wikipedia; the dev gold (40.45, 45.40) is Shorzha/Shoghakat on Lake Sevan
  P('am-artanish', 'Artanish', 'AM', 40.47, 45.37, 'settlement', 'am-gegharkunik', ['أرتانيش', 'ارتانيش', 'آرتانيش'], ['Artanish']), // ≈
  P('am-norabak', 'Norabak', 'AM', 40.15, 45.8667, 'settlement', 'am-gegharkunik', ['نوراباك'], ['Norabak']),
  P('am-chambarak', 'Chambarak', 'AM', 40.5933, 45.3497, 'settlement', 'am-gegharkunik', ['تشامباراك', 'شامباراك', 'تشمباراك'], ['Chambarak']),
  P('am-martuni', 'Martuni (Gegharkunik)', 'AM', 40.1389, 45.3056, 'settlement', 'am-gegharkunik', ['مارتوني'], ['Martuni, Armenia']),

  // Tavush
  P('am-berd', 'Berd', 'AM', 40.8808, 45.3917, 'settlement', 'am-tavush', ['بيرد'], ['Berd']),
  P('am-noyemberyan', 'Noyemberyan', 'AM', 41.1722, 44.9992, 'settlement', 'am-tavush', ['نويمبريان', 'نويمبيريان', 'نوييمبريان'], ['Noyemberyan']),
  P('am-dilijan', 'Dilijan', 'AM', 40.7411, 44.8617, 'settlement', 'am-tavush', ['ديليجان', 'دليجان'], ['Dilijan']),
  P('am-chinari', 'Chinari', 'AM', 40.94, 45.36, 'settlement', 'am-tavush', ['شيناري', 'تشيناري', 'جيناري', 'تشيناري'], ['Chinari', 'Chinar']),
  P('am-aygepar', 'Aygepar', 'AM', 40.9419, 45.4622, 'settlement', 'am-tavush', ['أيغيبار', 'آيغيبار', 'ايغبار'], ['Aygepar']),
  P('am-movses', 'Movses', 'AM', 40.9064, 45.4914, 'settlement', 'am-tavush', ['موفسيس', 'موفسس'], ['Movses']),
  P('am-nerkin-karmiraghbyur', 'Nerkin Karmiraghbyur', 'AM', 40.9431, 45.4386, 'settlement', 'am-tavush', ['نيركين كارميراغبيور', 'نركين كارمير أغبيور'], ['Nerkin Karmiraghbyur']),
  P('am-voskepar', 'Voskepar', 'AM', 41.07, 45.06, 'settlement', 'am-tavush', ['فوسكيبار', 'فوسكبار'], ['Voskepar']), // ≈
  P('am-kirants', 'Kirants', 'AM', 41.03, 45.1, 'settlement', 'am-tavush', ['كيرانتس', 'كيرانتز'], ['Kirants']), // ≈
  P('am-baghanis', 'Baghanis', 'AM', 41.07, 45.1, 'settlement', 'am-tavush', ['باغانيس', 'باغانس'], ['Baghanis']), // ≈
  P('am-berkaber', 'Berkaber', 'AM', 41.02, 45.22, 'settlement', 'am-tavush', ['بيركابير', 'بركابير'], ['Berkaber']), // ≈
  P('am-dovegh', 'Dovegh', 'AM', 40.99, 45.2, 'settlement', 'am-tavush', ['دوفيغ', 'دوفغ'], ['Dovegh']), // ≈
];
