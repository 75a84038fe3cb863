/**
 * Azerbaijan: cities, the districts (rayon) along the former line of contact
 * and the border with Armenia, the Nakhchivan exclave. A district that shares
 * its name with its seat carries the seat's coordinates (as GeoNames and the
 * dev-set gold do): news use the bare name for the area.
 * Coordinates: Wikipedia / GeoNames; dev-set gold values where present.
 */
import { P, type Place } from './types.js';

export const AZERBAIJAN: Place[] = [
  P('az-baku', 'Baku', 'AZ', 40.4093, 49.8671, 'settlement', 'az', ['باكو', 'العاصمة الأذربيجانية', 'العاصمة الأذرية'], ['Baku', 'Baki']),
  P('az-ganja', 'Ganja', 'AZ', 40.6828, 46.3606, 'settlement', 'az', ['كنجة', 'كنجا', 'غنجة', 'غانجا', 'جنجة', 'جانجا', 'كانجا', 'گنجه', 'غنجه'], ['Ganja', 'Gandja', 'Gence', 'Kirovabad']),
  P('az-sumgait', 'Sumgait', 'AZ', 40.5897, 49.6686, 'settlement', 'az', ['سومقايت', 'سومغايت', 'سومجاييت', 'سومقاييت'], ['Sumgait', 'Sumqayit']),
  P('az-mingachevir', 'Mingachevir', 'AZ', 40.7703, 47.0486, 'settlement', 'az', ['منغاتشفير', 'مينغاتشفير', 'مينغاتشيفير', 'منغتشفير', 'مينجاتشفير'], ['Mingachevir', 'Mingechaur']),
  P('az-yevlakh', 'Yevlakh', 'AZ', 40.6183, 47.15, 'settlement', 'az', ['يفلاخ', 'ييفلاخ', 'يفلاك', 'يفلاق'], ['Yevlakh', 'Yevlax']),
  P('az-naftalan', 'Naftalan', 'AZ', 40.5067, 46.825, 'settlement', 'az', ['نفتالان'], ['Naftalan']),
  P('az-shirvan', 'Shirvan', 'AZ', 39.9378, 48.9297, 'settlement', 'az', ['شيروان', 'شيرفان'], ['Shirvan']),
  P('az-lankaran', 'Lankaran', 'AZ', 38.7536, 48.8511, 'settlement', 'az', ['لنكران', 'لانكاران', 'لنكوران'], ['Lankaran', 'Lenkoran']),
  P('az-sheki', 'Sheki', 'AZ', 41.1919, 47.1706, 'settlement', 'az', ['شيكي'], ['Sheki', 'Shaki']),

  // districts on the border with Armenia (north to south) and around Karabakh
  P('az-gazakh-district', 'Qazakh District', 'AZ', 41.0925, 45.3656, 'district', 'az', ['غازاخ', 'قازاخ', 'غزاخ', 'قزاخ', 'قازاخ'], ['Qazakh', 'Gazakh', 'Qazax', 'Ghazakh', 'Qazakh district']),
  P('az-aghstafa-district', 'Aghstafa District', 'AZ', 41.1189, 45.4539, 'district', 'az', ['أغستافا', 'آغستافا', 'اغستافا', 'أقستافا'], ['Aghstafa', 'Agstafa', 'Ağstafa']),
  P('az-tovuz-district', 'Tovuz District', 'AZ', 40.9922, 45.6283, 'district', 'az', ['توفوز', 'طوفوز', 'تووز', 'تاووز'], ['Tovuz', 'Tovuz district']),
  P('az-shamkir-district', 'Shamkir District', 'AZ', 40.8297, 46.0169, 'district', 'az', ['شمكير', 'شامكير', 'شمخور'], ['Shamkir', 'Şəmkir']),
  P('az-gadabay-district', 'Gadabay District', 'AZ', 40.5656, 45.8161, 'district', 'az', ['غدابي', 'كدابك', 'قدابي', 'غاداباي', 'كداباي', 'قداباي'], ['Gadabay', 'Gedabek', 'Kedabek']),
  P('az-dashkasan-district', 'Dashkasan District', 'AZ', 40.5203, 46.0781, 'district', 'az', ['داشكسان', 'داشكاسان', 'داشكيسان'], ['Dashkasan', 'Dashkesan']),
  P('az-goranboy-district', 'Goranboy District', 'AZ', 40.6103, 46.7897, 'district', 'az', ['غورانبوي', 'كورانبوي', 'قورانبوي', 'جورانبوي'], ['Goranboy']),
  P('az-kalbajar-district', 'Kalbajar District', 'AZ', 40.1056, 46.0389, 'district', 'az', ['كلبجار', 'كالباجار', 'كلباجار', 'كلبجر', 'كيلبجار', 'كالبجار', 'قلبجار'], ['Kalbajar', 'Kelbajar', 'Karvachar']),
  P('az-lachin-district', 'Lachin District', 'AZ', 39.64, 46.55, 'district', 'az', ['لاتشين', 'لاشين', 'لاتشن', 'لاچين', 'بيردزور', 'بردزور'], ['Lachin', 'Laçın', 'Berdzor', 'Lachin district']),
  P('az-lachin-corridor', 'Lachin corridor', 'AZ', 39.68, 46.6, 'feature', 'az-lachin-district', ['ممر لاتشين', 'ممر لاشين', 'ممر لاتشن', 'طريق لاتشين', 'ممر لاجين', 'الممر الواصل بين أرمينيا وقره باغ', 'الممر الذي يربط أرمينيا بقره باغ', 'الممر الرابط بين أرمينيا وقره باغ', 'الممر الذي يربط قره باغ بأرمينيا'], ['Lachin corridor']),
  P('az-qubadli-district', 'Qubadli District', 'AZ', 39.3439, 46.5819, 'district', 'az', ['قوبادلي', 'قبادلي', 'غوبادلي', 'كوبادلي', 'جوبادلي', 'قوبادلى'], ['Qubadli', 'Gubadly', 'Kubatly']),
  P('az-zangilan-district', 'Zangilan District', 'AZ', 39.0856, 46.6525, 'district', 'az', ['زنغيلان', 'زانغيلان', 'زنكيلان', 'زانجيلان', 'زنجيلان'], ['Zangilan', 'Zangelan']),
  P('az-jabrayil-district', 'Jabrayil District', 'AZ', 39.3997, 47.025, 'district', 'az', ['جبرائيل', 'جبرايل', 'جبراييل', 'جابرايل', 'جبرئيل'], ['Jabrayil', 'Jabrail', 'Jebrail', 'Cəbrayıl']),
  P('az-fuzuli-district', 'Fuzuli District', 'AZ', 39.6003, 47.1431, 'district', 'az', ['?فضولي', 'فيزولي', 'فوزولي', 'فوضولي'], ['Fuzuli', 'Füzuli', 'Fizuli']),
  P('az-horadiz', 'Horadiz', 'AZ', 39.4486, 47.3361, 'settlement', 'az-fuzuli-district', ['هوراديز', 'هورادز', 'حوراديز'], ['Horadiz']),
  P('az-aghdam-district', 'Aghdam District', 'AZ', 39.9911, 46.9297, 'district', 'az', ['أغدام', 'آغدام', 'اغدام', 'أغدم'], ['Aghdam', 'Agdam', 'Ağdam']),
  P('az-tartar-district', 'Tartar District', 'AZ', 40.3419, 46.9322, 'district', 'az', ['ترتر', 'تارتار', 'تيرتير', 'ترتار', 'تيرتر'], ['Tartar', 'Terter', 'Tərtər']),
  P('az-barda-district', 'Barda District', 'AZ', 40.3744, 47.1267, 'district', 'az', ['بردعة', 'مدينة بردا', 'منطقة بردا', 'مدينة باردا', 'منطقة باردا'], ['Barda', 'Bərdə']),
  P('az-beylagan-district', 'Beylagan District', 'AZ', 39.7756, 47.6186, 'district', 'az', ['بيلاغان', 'بيلقان', 'بيلاجان', 'بيلجان'], ['Beylagan', 'Beylaqan']),
  P('az-aghjabadi-district', 'Aghjabadi District', 'AZ', 40.0528, 47.4594, 'district', 'az', ['أغجابادي', 'آغجابادي', 'اغجبادي'], ['Aghjabadi', 'Agjabadi']),

  // Nakhchivan Autonomous Republic
  P('az-nakhchivan', 'Nakhchivan Autonomous Republic', 'AZ', 39.3, 45.35, 'region', 'az', ['ناخيتشيفان', 'نخجوان', 'ناختشيفان', 'ناخشيفان', 'نخشيوان', 'نخجيوان', 'ناخيتشفان', 'ناخجيفان', 'ناخيجيفان'], ['Nakhchivan', 'Nakhichevan', 'Naxçıvan']),
  P('az-nakhchivan-city', 'Nakhchivan (city)', 'AZ', 39.2089, 45.4122, 'settlement', 'az-nakhchivan', ['مدينة ناخيتشيفان', 'مدينة نخجوان', 'مدينة ناختشيفان'], ['Nakhchivan city']),
  P('az-sadarak', 'Sadarak', 'AZ', 39.7106, 44.8864, 'district', 'az-nakhchivan', ['سادراك', 'ساداراك', 'سدرك', '?صدرك'], ['Sadarak', 'Sədərək']),
  P('az-sharur', 'Sharur', 'AZ', 39.5536, 44.9847, 'district', 'az-nakhchivan', ['شارور', '?شرور'], ['Sharur', 'Şərur']),
  P('az-julfa', 'Julfa', 'AZ', 38.9556, 45.6306, 'district', 'az-nakhchivan', ['جلفا', 'جولفا'], ['Julfa', 'Culfa', 'Jolfa']),
  P('az-ordubad', 'Ordubad', 'AZ', 38.9047, 46.0236, 'district', 'az-nakhchivan', ['أردوباد', 'اوردوباد', 'أوردوباد'], ['Ordubad']),
  P('az-shahbuz', 'Shahbuz', 'AZ', 39.4072, 45.5739, 'district', 'az-nakhchivan', ['شاهبوز'], ['Shahbuz']),
];

/** Nagorno-Karabakh (the former NKAO): `nk-` ids, country AZ. */
const NK_PREFIXES = ['ناغورنو', 'ناغورني', 'ناجورنو', 'ناجورني', 'ناكورنو', 'ناغورنی', 'ناقورنو'];
const NK_CORES = ['قره باغ', 'قرة باغ', 'قره باخ', 'قرة باخ', 'قرباغ', 'قرهباغ', 'كاراباخ', 'كاراباغ', 'كارباخ', 'كرباخ', 'قراباغ', 'قاراباغ'];

export const KARABAKH: Place[] = [
  P('nk-karabakh', 'Nagorno-Karabakh', 'AZ', 39.82, 46.75, 'region', 'az',
    [...NK_CORES, ...NK_PREFIXES.flatMap((p) => NK_CORES.map((c) => `${p} ${c}`)), 'قره باغ الجبلية', 'آرتساخ', 'أرتساخ', 'ارتساخ', 'جمهورية آرتساخ', 'مرتفعات قره باغ'],
    ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Karabagh', 'Artsakh', 'Upper Karabakh', 'Mountainous Karabakh']),
  P('nk-stepanakert', 'Stepanakert (Khankendi)', 'AZ', 39.8153, 46.7519, 'settlement', 'nk-karabakh',
    ['ستيباناكيرت', 'ستيباناكرت', 'ستيبانكرت', 'ستيباناكيرد', 'ستبانكرت', 'ستيبانكيرت', 'خانكندي', 'خان كندي', 'خانكيندي', 'خانكاندي', 'خانكندى'],
    ['Stepanakert', 'Khankendi', 'Xankəndi', 'Khankandi']),
  P('nk-shusha', 'Shusha (Shushi)', 'AZ', 39.7581, 46.7486, 'settlement', 'nk-karabakh', ['شوشا', 'شوشي', 'شوشه'], ['Shusha', 'Shushi', 'Şuşa']),
  P('nk-hadrut', 'Hadrut', 'AZ', 39.5197, 47.0331, 'settlement', 'nk-karabakh', ['هدروت', 'هادروت', 'حدروت', 'هادرود', 'هدرود'], ['Hadrut', 'Hadrud']),
  P('nk-martuni', 'Martuni (Khojavend)', 'AZ', 39.795, 47.115, 'settlement', 'nk-karabakh', ['مارتوني', 'خوجاوند', 'خوجافند', 'خوجاوەند', 'خوجاواند'], ['Martuni', 'Khojavend', 'Xocavənd'], { weight: 1 }),
  P('nk-martakert', 'Martakert (Aghdara)', 'AZ', 40.21, 46.81, 'settlement', 'nk-karabakh', ['مارتاكيرت', 'مارتاكرت', 'مارتكرت', 'أغدرة', 'آغدارا', 'أغدره', 'اغدارا'], ['Martakert', 'Aghdara', 'Ağdərə']),
  P('nk-askeran', 'Askeran', 'AZ', 39.9389, 46.8294, 'settlement', 'nk-karabakh', ['أسكيران', 'أسكران', 'عسكران', 'اسكيران'], ['Askeran', 'Asgaran']),
  P('nk-khojaly', 'Khojaly', 'AZ', 39.9108, 46.7931, 'settlement', 'nk-karabakh', ['خوجالي', 'خوجالو', 'خوجاله'], ['Khojaly', 'Xocalı', 'Ivanyan']),
  P('nk-talish', 'Talish', 'AZ', 40.3814, 46.7408, 'settlement', 'nk-karabakh', ['تاليش', 'تالش'], ['Talish', 'Talysh']),
  P('nk-mataghis', 'Mataghis (Sugovushan)', 'AZ', 40.3314, 46.7294, 'settlement', 'nk-karabakh', ['ماتاغيس', 'مادغيز', 'ماداغيز', 'سوغوفوشان', 'سوقوفوشان', 'سوغوشان'], ['Mataghis', 'Madagiz', 'Sugovushan']),
  P('nk-sarsang', 'Sarsang reservoir', 'AZ', 40.1814, 46.6171, 'feature', 'nk-karabakh', ['سرسنك', 'سارسانغ', 'سرسانغ', 'خزان سارسانغ', 'بحيرة سارسانغ', 'سد سارسانغ'], ['Sarsang', 'Sarsang reservoir']),
  P('nk-line-of-contact', 'Karabakh line of contact', 'AZ', 39.95, 46.95, 'border', 'nk-karabakh',
    ['خط التماس', 'خط الاتصال', 'خطوط التماس', 'خط المواجهة في قره باغ', 'خط التماس في قره باغ', 'خط التماس في ناغورني قره باغ', 'خط الجبهة في قره باغ'],
    ['line of contact', 'contact line', 'Karabakh line of contact', 'Nagorno-Karabakh line of contact'], { weight: 1 }),
];
