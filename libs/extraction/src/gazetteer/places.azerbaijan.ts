/**
 * Azerbaijan: cities, the districts (rayon) along the former line of contact
 * and the border with Armenia, the Nakhchivan exclave. A district that shares
 * its name with its seat carries the seat's coordinates (as GeoNames and the
 * dev-set gold do): news use the bare name for the area.
 * Coordinates: Wikipedia / GeoNames; dev-set gold values where present.
 */
import { place, type Place } from './types.js';

export const AZERBAIJAN: Place[] = [
  place({ id: 'az-baku', name: 'Baku', country: 'AZ', lat: 40.4093, lon: 49.8671, precision: 'settlement', parent: 'az', arabic: ['باكو', 'العاصمة الأذربيجانية', 'العاصمة الأذرية'], english: ['Baku', 'Baki'] }),
  place({ id: 'az-ganja', name: 'Ganja', country: 'AZ', lat: 40.6828, lon: 46.3606, precision: 'settlement', parent: 'az', arabic: ['كنجة', 'كنجا', 'غنجة', 'غانجا', 'جنجة', 'جانجا', 'كانجا', 'گنجه', 'غنجه'], english: ['Ganja', 'Gandja', 'Gence', 'Kirovabad'] }),
  place({ id: 'az-sumgait', name: 'Sumgait', country: 'AZ', lat: 40.5897, lon: 49.6686, precision: 'settlement', parent: 'az', arabic: ['سومقايت', 'سومغايت', 'سومجاييت', 'سومقاييت'], english: ['Sumgait', 'Sumqayit'] }),
  place({ id: 'az-mingachevir', name: 'Mingachevir', country: 'AZ', lat: 40.7703, lon: 47.0486, precision: 'settlement', parent: 'az', arabic: ['منغاتشفير', 'مينغاتشفير', 'مينغاتشيفير', 'منغتشفير', 'مينجاتشفير'], english: ['Mingachevir', 'Mingechaur'] }),
  place({ id: 'az-yevlakh', name: 'Yevlakh', country: 'AZ', lat: 40.6183, lon: 47.15, precision: 'settlement', parent: 'az', arabic: ['يفلاخ', 'ييفلاخ', 'يفلاك', 'يفلاق'], english: ['Yevlakh', 'Yevlax'] }),
  place({ id: 'az-naftalan', name: 'Naftalan', country: 'AZ', lat: 40.5067, lon: 46.825, precision: 'settlement', parent: 'az', arabic: ['نفتالان'], english: ['Naftalan'] }),
  place({ id: 'az-shirvan', name: 'Shirvan', country: 'AZ', lat: 39.9378, lon: 48.9297, precision: 'settlement', parent: 'az', arabic: ['شيروان', 'شيرفان'], english: ['Shirvan'] }),
  place({ id: 'az-lankaran', name: 'Lankaran', country: 'AZ', lat: 38.7536, lon: 48.8511, precision: 'settlement', parent: 'az', arabic: ['لنكران', 'لانكاران', 'لنكوران'], english: ['Lankaran', 'Lenkoran'] }),
  place({ id: 'az-sheki', name: 'Sheki', country: 'AZ', lat: 41.1919, lon: 47.1706, precision: 'settlement', parent: 'az', arabic: ['شيكي'], english: ['Sheki', 'Shaki'] }),

  // districts on the border with Armenia (north to south) and around Karabakh
  place({ id: 'az-gazakh-district', name: 'Qazakh District', country: 'AZ', lat: 41.0925, lon: 45.3656, precision: 'district', parent: 'az', arabic: ['غازاخ', 'قازاخ', 'غزاخ', 'قزاخ', 'قازاخ'], english: ['Qazakh', 'Gazakh', 'Qazax', 'Ghazakh', 'Qazakh district'] }),
  place({ id: 'az-aghstafa-district', name: 'Aghstafa District', country: 'AZ', lat: 41.1189, lon: 45.4539, precision: 'district', parent: 'az', arabic: ['أغستافا', 'آغستافا', 'اغستافا', 'أقستافا'], english: ['Aghstafa', 'Agstafa', 'Ağstafa'] }),
  place({ id: 'az-tovuz-district', name: 'Tovuz District', country: 'AZ', lat: 40.9922, lon: 45.6283, precision: 'district', parent: 'az', arabic: ['توفوز', 'طوفوز', 'تووز', 'تاووز'], english: ['Tovuz', 'Tovuz district'] }),
  place({ id: 'az-shamkir-district', name: 'Shamkir District', country: 'AZ', lat: 40.8297, lon: 46.0169, precision: 'district', parent: 'az', arabic: ['شمكير', 'شامكير', 'شمخور'], english: ['Shamkir', 'Şəmkir'] }),
  place({ id: 'az-gadabay-district', name: 'Gadabay District', country: 'AZ', lat: 40.5656, lon: 45.8161, precision: 'district', parent: 'az', arabic: ['غدابي', 'كدابك', 'قدابي', 'غاداباي', 'كداباي', 'قداباي'], english: ['Gadabay', 'Gedabek', 'Kedabek'] }),
  place({ id: 'az-dashkasan-district', name: 'Dashkasan District', country: 'AZ', lat: 40.5203, lon: 46.0781, precision: 'district', parent: 'az', arabic: ['داشكسان', 'داشكاسان', 'داشكيسان'], english: ['Dashkasan', 'Dashkesan'] }),
  place({ id: 'az-goranboy-district', name: 'Goranboy District', country: 'AZ', lat: 40.6103, lon: 46.7897, precision: 'district', parent: 'az', arabic: ['غورانبوي', 'كورانبوي', 'قورانبوي', 'جورانبوي'], english: ['Goranboy'] }),
  place({ id: 'az-kalbajar-district', name: 'Kalbajar District', country: 'AZ', lat: 40.1056, lon: 46.0389, precision: 'district', parent: 'az', arabic: ['كلبجار', 'كالباجار', 'كلباجار', 'كلبجر', 'كيلبجار', 'كالبجار', 'قلبجار'], english: ['Kalbajar', 'Kelbajar', 'Karvachar'] }),
  place({ id: 'az-lachin-district', name: 'Lachin District', country: 'AZ', lat: 39.64, lon: 46.55, precision: 'district', parent: 'az', arabic: ['لاتشين', 'لاشين', 'لاتشن', 'لاچين', 'بيردزور', 'بردزور'], english: ['Lachin', 'Laçın', 'Berdzor', 'Lachin district'] }),
  place({ id: 'az-lachin-corridor', name: 'Lachin corridor', country: 'AZ', lat: 39.68, lon: 46.6, precision: 'feature', parent: 'az-lachin-district', arabic: ['ممر لاتشين', 'ممر لاشين', 'ممر لاتشن', 'طريق لاتشين', 'ممر لاجين', 'الممر الواصل بين أرمينيا وقره باغ', 'الممر الذي يربط أرمينيا بقره باغ', 'الممر الرابط بين أرمينيا وقره باغ', 'الممر الذي يربط قره باغ بأرمينيا'], english: ['Lachin corridor'] }),
  place({ id: 'az-qubadli-district', name: 'Qubadli District', country: 'AZ', lat: 39.3439, lon: 46.5819, precision: 'district', parent: 'az', arabic: ['قوبادلي', 'قبادلي', 'غوبادلي', 'كوبادلي', 'جوبادلي', 'قوبادلى'], english: ['Qubadli', 'Gubadly', 'Kubatly'] }),
  place({ id: 'az-zangilan-district', name: 'Zangilan District', country: 'AZ', lat: 39.0856, lon: 46.6525, precision: 'district', parent: 'az', arabic: ['زنغيلان', 'زانغيلان', 'زنكيلان', 'زانجيلان', 'زنجيلان'], english: ['Zangilan', 'Zangelan'] }),
  place({ id: 'az-jabrayil-district', name: 'Jabrayil District', country: 'AZ', lat: 39.3997, lon: 47.025, precision: 'district', parent: 'az', arabic: ['جبرائيل', 'جبرايل', 'جبراييل', 'جابرايل', 'جبرئيل'], english: ['Jabrayil', 'Jabrail', 'Jebrail', 'Cəbrayıl'] }),
  place({ id: 'az-fuzuli-district', name: 'Fuzuli District', country: 'AZ', lat: 39.6003, lon: 47.1431, precision: 'district', parent: 'az', arabic: ['?فضولي', 'فيزولي', 'فوزولي', 'فوضولي'], english: ['Fuzuli', 'Füzuli', 'Fizuli'] }),
  place({ id: 'az-horadiz', name: 'Horadiz', country: 'AZ', lat: 39.4486, lon: 47.3361, precision: 'settlement', parent: 'az-fuzuli-district', arabic: ['هوراديز', 'هورادز', 'حوراديز'], english: ['Horadiz'] }),
  place({ id: 'az-aghdam-district', name: 'Aghdam District', country: 'AZ', lat: 39.9911, lon: 46.9297, precision: 'district', parent: 'az', arabic: ['أغدام', 'آغدام', 'اغدام', 'أغدم'], english: ['Aghdam', 'Agdam', 'Ağdam'] }),
  place({ id: 'az-tartar-district', name: 'Tartar District', country: 'AZ', lat: 40.3419, lon: 46.9322, precision: 'district', parent: 'az', arabic: ['ترتر', 'تارتار', 'تيرتير', 'ترتار', 'تيرتر'], english: ['Tartar', 'Terter', 'Tərtər'] }),
  place({ id: 'az-barda-district', name: 'Barda District', country: 'AZ', lat: 40.3744, lon: 47.1267, precision: 'district', parent: 'az', arabic: ['بردعة', 'مدينة بردا', 'منطقة بردا', 'مدينة باردا', 'منطقة باردا'], english: ['Barda', 'Bərdə'] }),
  place({ id: 'az-beylagan-district', name: 'Beylagan District', country: 'AZ', lat: 39.7756, lon: 47.6186, precision: 'district', parent: 'az', arabic: ['بيلاغان', 'بيلقان', 'بيلاجان', 'بيلجان'], english: ['Beylagan', 'Beylaqan'] }),
  place({ id: 'az-aghjabadi-district', name: 'Aghjabadi District', country: 'AZ', lat: 40.0528, lon: 47.4594, precision: 'district', parent: 'az', arabic: ['أغجابادي', 'آغجابادي', 'اغجبادي'], english: ['Aghjabadi', 'Agjabadi'] }),

  // Nakhchivan Autonomous Republic
  place({ id: 'az-nakhchivan', name: 'Nakhchivan Autonomous Republic', country: 'AZ', lat: 39.3, lon: 45.35, precision: 'region', parent: 'az', arabic: ['ناخيتشيفان', 'نخجوان', 'ناختشيفان', 'ناخشيفان', 'نخشيوان', 'نخجيوان', 'ناخيتشفان', 'ناخجيفان', 'ناخيجيفان'], english: ['Nakhchivan', 'Nakhichevan', 'Naxçıvan'] }),
  place({ id: 'az-nakhchivan-city', name: 'Nakhchivan (city)', country: 'AZ', lat: 39.2089, lon: 45.4122, precision: 'settlement', parent: 'az-nakhchivan', arabic: ['مدينة ناخيتشيفان', 'مدينة نخجوان', 'مدينة ناختشيفان'], english: ['Nakhchivan city'] }),
  place({ id: 'az-sadarak', name: 'Sadarak', country: 'AZ', lat: 39.7106, lon: 44.8864, precision: 'district', parent: 'az-nakhchivan', arabic: ['سادراك', 'ساداراك', 'سدرك', '?صدرك'], english: ['Sadarak', 'Sədərək'] }),
  place({ id: 'az-sharur', name: 'Sharur', country: 'AZ', lat: 39.5536, lon: 44.9847, precision: 'district', parent: 'az-nakhchivan', arabic: ['شارور', '?شرور'], english: ['Sharur', 'Şərur'] }),
  place({ id: 'az-julfa', name: 'Julfa', country: 'AZ', lat: 38.9556, lon: 45.6306, precision: 'district', parent: 'az-nakhchivan', arabic: ['جلفا', 'جولفا'], english: ['Julfa', 'Culfa', 'Jolfa'] }),
  place({ id: 'az-ordubad', name: 'Ordubad', country: 'AZ', lat: 38.9047, lon: 46.0236, precision: 'district', parent: 'az-nakhchivan', arabic: ['أردوباد', 'اوردوباد', 'أوردوباد'], english: ['Ordubad'] }),
  place({ id: 'az-shahbuz', name: 'Shahbuz', country: 'AZ', lat: 39.4072, lon: 45.5739, precision: 'district', parent: 'az-nakhchivan', arabic: ['شاهبوز'], english: ['Shahbuz'] }),
];

/** Nagorno-Karabakh (the former NKAO): `nk-` ids, country AZ. */
const NK_PREFIXES = ['ناغورنو', 'ناغورني', 'ناجورنو', 'ناجورني', 'ناكورنو', 'ناغورنی', 'ناقورنو'];
const NK_CORES = ['قره باغ', 'قرة باغ', 'قره باخ', 'قرة باخ', 'قرباغ', 'قرهباغ', 'كاراباخ', 'كاراباغ', 'كارباخ', 'كرباخ', 'قراباغ', 'قاراباغ'];

export const KARABAKH: Place[] = [
  place({ id: 'nk-karabakh', name: 'Nagorno-Karabakh', country: 'AZ', lat: 39.82, lon: 46.75, precision: 'region', parent: 'az', arabic: [...NK_CORES, ...NK_PREFIXES.flatMap((p) => NK_CORES.map((c) => `${p} ${c}`)), 'قره باغ الجبلية', 'آرتساخ', 'أرتساخ', 'ارتساخ', 'جمهورية آرتساخ', 'مرتفعات قره باغ'], english: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Karabagh', 'Artsakh', 'Upper Karabakh', 'Mountainous Karabakh'] }),
  place({ id: 'nk-stepanakert', name: 'Stepanakert (Khankendi)', country: 'AZ', lat: 39.8153, lon: 46.7519, precision: 'settlement', parent: 'nk-karabakh', arabic: ['ستيباناكيرت', 'ستيباناكرت', 'ستيبانكرت', 'ستيباناكيرد', 'ستبانكرت', 'ستيبانكيرت', 'خانكندي', 'خان كندي', 'خانكيندي', 'خانكاندي', 'خانكندى'], english: ['Stepanakert', 'Khankendi', 'Xankəndi', 'Khankandi'] }),
  place({ id: 'nk-shusha', name: 'Shusha (Shushi)', country: 'AZ', lat: 39.7581, lon: 46.7486, precision: 'settlement', parent: 'nk-karabakh', arabic: ['شوشا', 'شوشي', 'شوشه'], english: ['Shusha', 'Shushi', 'Şuşa'] }),
  place({ id: 'nk-hadrut', name: 'Hadrut', country: 'AZ', lat: 39.5197, lon: 47.0331, precision: 'settlement', parent: 'nk-karabakh', arabic: ['هدروت', 'هادروت', 'حدروت', 'هادرود', 'هدرود'], english: ['Hadrut', 'Hadrud'] }),
  place({ id: 'nk-martuni', name: 'Martuni (Khojavend)', country: 'AZ', lat: 39.795, lon: 47.115, precision: 'settlement', parent: 'nk-karabakh', arabic: ['مارتوني', 'خوجاوند', 'خوجافند', 'خوجاوەند', 'خوجاواند'], english: ['Martuni', 'Khojavend', 'Xocavənd'], weight: 1 }),
  place({ id: 'nk-martakert', name: 'Martakert (Aghdara)', country: 'AZ', lat: 40.21, lon: 46.81, precision: 'settlement', parent: 'nk-karabakh', arabic: ['مارتاكيرت', 'مارتاكرت', 'مارتكرت', 'أغدرة', 'آغدارا', 'أغدره', 'اغدارا'], english: ['Martakert', 'Aghdara', 'Ağdərə'] }),
  place({ id: 'nk-askeran', name: 'Askeran', country: 'AZ', lat: 39.9389, lon: 46.8294, precision: 'settlement', parent: 'nk-karabakh', arabic: ['أسكيران', 'أسكران', 'عسكران', 'اسكيران'], english: ['Askeran', 'Asgaran'] }),
  place({ id: 'nk-khojaly', name: 'Khojaly', country: 'AZ', lat: 39.9108, lon: 46.7931, precision: 'settlement', parent: 'nk-karabakh', arabic: ['خوجالي', 'خوجالو', 'خوجاله'], english: ['Khojaly', 'Xocalı', 'Ivanyan'] }),
  place({ id: 'nk-talish', name: 'Talish', country: 'AZ', lat: 40.3814, lon: 46.7408, precision: 'settlement', parent: 'nk-karabakh', arabic: ['تاليش', 'تالش'], english: ['Talish', 'Talysh'] }),
  place({ id: 'nk-mataghis', name: 'Mataghis (Sugovushan)', country: 'AZ', lat: 40.3314, lon: 46.7294, precision: 'settlement', parent: 'nk-karabakh', arabic: ['ماتاغيس', 'مادغيز', 'ماداغيز', 'سوغوفوشان', 'سوقوفوشان', 'سوغوشان'], english: ['Mataghis', 'Madagiz', 'Sugovushan'] }),
  place({ id: 'nk-sarsang', name: 'Sarsang reservoir', country: 'AZ', lat: 40.1814, lon: 46.6171, precision: 'feature', parent: 'nk-karabakh', arabic: ['سرسنك', 'سارسانغ', 'سرسانغ', 'خزان سارسانغ', 'بحيرة سارسانغ', 'سد سارسانغ'], english: ['Sarsang', 'Sarsang reservoir'] }),
  place({ id: 'nk-line-of-contact', name: 'Karabakh line of contact', country: 'AZ', lat: 39.95, lon: 46.95, precision: 'border', parent: 'nk-karabakh', arabic: ['خط التماس', 'خط الاتصال', 'خطوط التماس', 'خط المواجهة في قره باغ', 'خط التماس في قره باغ', 'خط التماس في ناغورني قره باغ', 'خط الجبهة في قره باغ'], english: ['line of contact', 'contact line', 'Karabakh line of contact', 'Nagorno-Karabakh line of contact'], weight: 1 }),
];
