/**
 * Lebanon, Israel, Palestine, Syria and Jordan. Coordinates: Wikipedia /
 * GeoNames town centres; dev-set gold for Shebaa, Shebaa Farms, Kfarchouba,
 * Sarmin, al-Nayrab, Idlib Governorate. Disputed places take the de jure
 * (UN) country: the Golan is SY; Shebaa Farms is LB as Lebanon (and Syria)
 * claim it; Jerusalem has `country: null`.
 */
import { P, type Place } from './types.js';

export const LEBANON: Place[] = [
  P('lb-beirut', 'Beirut', 'LB', 33.8938, 35.5018, 'settlement', 'lb', ['بيروت', 'العاصمة اللبنانية'], ['Beirut']),
  P('lb-dahiyeh', 'Dahiyeh (southern suburbs of Beirut)', 'LB', 33.85, 35.51, 'district', 'lb-beirut', ['الضاحية الجنوبية', 'ضاحية بيروت الجنوبية', 'الضاحية الجنوبية لبيروت', '?الضاحية'], ['Dahiyeh', 'Dahieh', 'southern suburbs of Beirut']),
  P('lb-south', 'South Lebanon', 'LB', 33.27, 35.4, 'region', 'lb', ['جنوب لبنان', 'جنوبي لبنان', 'الجنوب اللبناني', 'جنوب البلاد اللبنانية'], ['South Lebanon', 'southern Lebanon']),
  P('lb-sidon', 'Sidon', 'LB', 33.5571, 35.3729, 'settlement', 'lb-south', ['صيدا'], ['Sidon', 'Saida']),
  P('lb-tyre', 'Tyre', 'LB', 33.2705, 35.2038, 'settlement', 'lb-south', ['?صور', 'قضاء صور', 'مدينة صور'], ['Tyre', 'Sour']),
  P('lb-nabatieh', 'Nabatieh', 'LB', 33.3772, 35.4836, 'settlement', 'lb-south', ['النبطية'], ['Nabatieh', 'Nabatiyeh']),
  P('lb-bint-jbeil', 'Bint Jbeil', 'LB', 33.1194, 35.4333, 'settlement', 'lb-south', ['بنت جبيل'], ['Bint Jbeil']),
  P('lb-marjayoun', 'Marjayoun', 'LB', 33.3606, 35.5917, 'settlement', 'lb-south', ['مرجعيون'], ['Marjayoun', 'Marjeyoun']),
  P('lb-khiam', 'Khiam', 'LB', 33.3283, 35.6128, 'settlement', 'lb-south', ['?الخيام', 'بلدة الخيام', 'سهل الخيام'], ['Khiam', 'El Khiam']),
  P('lb-naqoura', 'Naqoura', 'LB', 33.1181, 35.1397, 'settlement', 'lb-south', ['الناقورة', 'ناقورة'], ['Naqoura', 'Naqura']),
  P('lb-shebaa', 'Shebaa', 'LB', 33.35, 35.73, 'settlement', 'lb-south', ['شبعا', 'بلدة شبعا'], ['Shebaa', 'Shabaa', 'Chebaa']),
  P('lb-shebaa-farms', 'Shebaa Farms', 'LB', 33.29, 35.74, 'feature', 'lb-south', ['مزارع شبعا', 'مزارع شبعا المحتلة', 'مزارع شبعا اللبنانية المحتلة', 'مزارع شبعا اللبنانية'], ['Shebaa Farms', 'Shabaa Farms', 'Mazraat Shebaa']),
  P('lb-ruwaisat-al-alam', 'Ruwaisat al-Alam (Shebaa Farms)', 'LB', 33.3, 35.75, 'feature', 'lb-shebaa-farms', ['رويسات العلم', 'رويسة العلم'], ['Ruwaisat al-Alam']), // ≈ within the Farms
  P('lb-summaqa', 'al-Summaqa (Shebaa Farms)', 'LB', 33.28, 35.73, 'feature', 'lb-shebaa-farms', ['السماقة', 'موقع السماقة'], ['Summaqa']), // ≈
  P('lb-zebdine', 'Zebdine (Shebaa Farms)', 'LB', 33.29, 35.72, 'feature', 'lb-shebaa-farms', ['زبدين', 'موقع زبدين'], ['Zebdine']), // ≈
  P('lb-ramtha', 'Ramtha (Shebaa Farms)', 'LB', 33.3, 35.77, 'feature', 'lb-shebaa-farms', ['رمثا', 'موقع رمثا', 'تلال رمثا'], ['Ramtha hills']), // ≈
  P('lb-kfarchouba', 'Kfarchouba', 'LB', 33.34, 35.69, 'settlement', 'lb-south', ['كفرشوبا', 'كفر شوبا', 'تلال كفرشوبا'], ['Kfarchouba', 'Kfar Shouba', 'Kafr Shuba']),
  P('lb-kfar-kila', 'Kfar Kila', 'LB', 33.2833, 35.5667, 'settlement', 'lb-south', ['كفركلا', 'كفر كلا'], ['Kfar Kila', 'Kfarkela']),
  P('lb-aitaroun', 'Aitaroun', 'LB', 33.1156, 35.4722, 'settlement', 'lb-south', ['عيترون'], ['Aitaroun', 'Aytaroun']),
  P('lb-marwahin', 'Marwahin', 'LB', 33.1086, 35.2756, 'settlement', 'lb-south', ['مروحين'], ['Marwahin']),
  P('lb-aita-al-shaab', 'Aita al-Shaab', 'LB', 33.0947, 35.4008, 'settlement', 'lb-south', ['عيتا الشعب'], ['Aita al-Shaab', 'Ayta ash-Shab']),
  P('lb-rmeish', 'Rmeish', 'LB', 33.0808, 35.3683, 'settlement', 'lb-south', ['رميش'], ['Rmeish']),
  P('lb-meiss-el-jabal', 'Meiss el-Jabal', 'LB', 33.1694, 35.5219, 'settlement', 'lb-south', ['ميس الجبل'], ['Meiss el-Jabal', 'Mays al-Jabal']),
  P('lb-houla', 'Houla (Lebanon)', 'LB', 33.2083, 35.5208, 'settlement', 'lb-south', ['حولا'], ['Houla'], { weight: 1 }),
  P('lb-odaisseh', 'Odaisseh', 'LB', 33.25, 35.5444, 'settlement', 'lb-south', ['العديسة', 'عديسة'], ['Odaisseh', 'Adaisseh']),
  P('lb-yaroun', 'Yaroun', 'LB', 33.0833, 35.4167, 'settlement', 'lb-south', ['يارون'], ['Yaroun']),
  P('lb-maroun-al-ras', 'Maroun al-Ras', 'LB', 33.1042, 35.4397, 'settlement', 'lb-south', ['مارون الراس'], ['Maroun al-Ras']),
  P('lb-alma-al-shaab', 'Alma al-Shaab', 'LB', 33.1, 35.18, 'settlement', 'lb-south', ['علما الشعب'], ['Alma al-Shaab']), // ≈
  P('lb-dhayra', 'Dhayra', 'LB', 33.09, 35.21, 'settlement', 'lb-south', ['الضهيرة', 'ضهيرة'], ['Dhayra', 'Duhaira']), // ≈
  P('lb-tayr-harfa', 'Tayr Harfa', 'LB', 33.12, 35.22, 'settlement', 'lb-south', ['طيرحرفا', 'طير حرفا'], ['Tayr Harfa']), // ≈
  P('lb-hasbaya', 'Hasbaya', 'LB', 33.3978, 35.6847, 'settlement', 'lb-south', ['حاصبيا'], ['Hasbaya']),
  P('lb-bekaa', 'Beqaa Valley', 'LB', 33.85, 35.9, 'region', 'lb', ['البقاع', 'سهل البقاع', 'البقاع الغربي'], ['Beqaa', 'Bekaa', 'Beqaa Valley']),
  P('lb-zahle', 'Zahle', 'LB', 33.8464, 35.9019, 'settlement', 'lb-bekaa', ['زحلة'], ['Zahle']),
  P('lb-arsal', 'Arsal', 'LB', 34.1786, 36.4206, 'settlement', 'lb-bekaa', ['عرسال'], ['Arsal']),
  P('lb-baalbek', 'Baalbek', 'LB', 34.0047, 36.211, 'settlement', 'lb-bekaa', ['بعلبك'], ['Baalbek']),
  P('lb-hermel', 'Hermel', 'LB', 34.3942, 36.3847, 'settlement', 'lb-bekaa', ['الهرمل'], ['Hermel']),
  P('lb-tripoli', 'Tripoli (Lebanon)', 'LB', 34.4367, 35.8497, 'settlement', 'lb', ['طرابلس', 'طرابلس الشام', 'طرابلس اللبنانية'], ['Tripoli, Lebanon']),
];

export const ISRAEL: Place[] = [
  P('xx-jerusalem', 'Jerusalem', null, 31.7683, 35.2137, 'settlement', null, ['القدس', 'القدس الشريف', 'القدس المحتلة', 'القدس الشرقية', 'القدس الغربية', 'بيت المقدس', 'جبل الزيتون'], ['Jerusalem', 'Al-Quds']),
  P('il-north', 'Northern Israel', 'IL', 32.95, 35.35, 'region', 'il', ['شمال إسرائيل', 'شمالي إسرائيل', 'شمال فلسطين المحتلة', 'شمالي فلسطين المحتلة', 'الشمال الإسرائيلي', 'شمال الأراضي المحتلة'], ['northern Israel']),
  P('il-south', 'Southern Israel', 'IL', 31.25, 34.75, 'region', 'il', ['جنوب إسرائيل', 'جنوبي إسرائيل', 'الجنوب الإسرائيلي', 'جنوب فلسطين المحتلة'], ['southern Israel']),
  P('il-tel-aviv', 'Tel Aviv', 'IL', 32.0853, 34.7818, 'settlement', 'il', ['تل أبيب', 'تل ابيب'], ['Tel Aviv']),
  P('il-haifa', 'Haifa', 'IL', 32.794, 34.9896, 'settlement', 'il', ['حيفا'], ['Haifa']),
  P('il-galilee', 'Galilee', 'IL', 32.9, 35.4, 'region', 'il', ['الجليل', 'الجليل الأعلى', 'الجليل الغربي', 'منطقة الجليل', 'إصبع الجليل'], ['Galilee', 'Upper Galilee']),
  P('il-kiryat-shmona', 'Kiryat Shmona', 'IL', 33.2073, 35.5697, 'settlement', 'il-galilee', ['كريات شمونة', 'كريات شمونا', 'كريات شمونه', '?الخالصة'], ['Kiryat Shmona']),
  P('il-metula', 'Metula', 'IL', 33.2789, 35.5786, 'settlement', 'il-galilee', ['مستوطنة المطلة', 'ميتولا', 'المطلة الحدودية'], ['Metula']),
  P('il-shlomi', 'Shlomi', 'IL', 33.0767, 35.1467, 'settlement', 'il-galilee', ['شلومي'], ['Shlomi']),
  P('il-nahariya', 'Nahariya', 'IL', 33.0089, 35.0981, 'settlement', 'il-galilee', ['نهاريا', 'نهاريا'], ['Nahariya']),
  P('il-acre', 'Acre', 'IL', 32.9281, 35.0818, 'settlement', 'il', ['عكا'], ['Acre', 'Akko']),
  P('il-safed', 'Safed', 'IL', 32.9646, 35.496, 'settlement', 'il-galilee', ['صفد'], ['Safed', 'Tzfat']),
  P('il-tiberias', 'Tiberias', 'IL', 32.7922, 35.5312, 'settlement', 'il-galilee', ['طبريا', 'طبرية'], ['Tiberias']),
  P('il-eilat', 'Eilat', 'IL', 29.5577, 34.9519, 'settlement', 'il', ['إيلات', 'ايلات', 'أم الرشراش'], ['Eilat']),
  P('il-beersheba', 'Beersheba', 'IL', 31.253, 34.7915, 'settlement', 'il', ['بئر السبع'], ['Beersheba', "Be'er Sheva"]),
  P('il-ashkelon', 'Ashkelon', 'IL', 31.6688, 34.5743, 'settlement', 'il', ['عسقلان', 'أشكلون'], ['Ashkelon']),
  P('il-ashdod', 'Ashdod', 'IL', 31.8044, 34.6553, 'settlement', 'il', ['أسدود', 'اشدود'], ['Ashdod']),
  P('il-sderot', 'Sderot', 'IL', 31.525, 34.5964, 'settlement', 'il', ['سديروت'], ['Sderot']),
  P('il-dimona', 'Dimona', 'IL', 31.0667, 35.0333, 'settlement', 'il-south', ['ديمونا', 'مفاعل ديمونا'], ['Dimona']),
  P('il-nevatim', 'Nevatim Air Base', 'IL', 31.2083, 35.0122, 'feature', 'il-south', ['نيفاتيم', 'قاعدة نيفاتيم'], ['Nevatim']),
  P('il-netanya', 'Netanya', 'IL', 32.3215, 34.8532, 'settlement', 'il', ['نتانيا'], ['Netanya']),
  P('il-ben-gurion', 'Ben Gurion Airport', 'IL', 32.0114, 34.8867, 'feature', 'il', ['مطار بن غوريون', 'مطار بن جوريون', 'مطار اللد'], ['Ben Gurion Airport']),
  P('il-gaza-envelope', 'Gaza envelope', 'IL', 31.45, 34.45, 'region', 'il', ['غلاف غزة', 'مستوطنات غلاف غزة'], ['Gaza envelope']),
  P('il-kerem-shalom', 'Kerem Shalom crossing', 'IL', 31.2233, 34.2836, 'feature', 'il', ['كرم أبو سالم', 'معبر كرم أبو سالم', 'كيرم شالوم'], ['Kerem Shalom']),
];

export const PALESTINE: Place[] = [
  P('ps-gaza-strip', 'Gaza Strip', 'PS', 31.42, 34.36, 'region', 'ps', ['قطاع غزة', 'غزة', 'القطاع المحاصر'], ['Gaza Strip', 'Gaza']),
  P('ps-north-gaza', 'North Gaza', 'PS', 31.54, 34.5, 'region', 'ps-gaza-strip', ['شمال قطاع غزة', 'شمالي قطاع غزة', 'شمال غزة', 'شمالي غزة'], ['northern Gaza', 'North Gaza']),
  P('ps-south-gaza', 'Southern Gaza Strip', 'PS', 31.31, 34.28, 'region', 'ps-gaza-strip', ['جنوب قطاع غزة', 'جنوبي قطاع غزة', 'جنوب غزة', 'جنوبي غزة'], ['southern Gaza']),
  P('ps-central-gaza', 'Central Gaza Strip', 'PS', 31.42, 34.37, 'region', 'ps-gaza-strip', ['وسط قطاع غزة', 'وسط غزة'], ['central Gaza']),
  P('ps-gaza-city', 'Gaza City', 'PS', 31.5017, 34.4668, 'settlement', 'ps-gaza-strip', ['مدينة غزة'], ['Gaza City']),
  P('ps-shujaiya', 'Shuja\'iyya', 'PS', 31.505, 34.48, 'district', 'ps-gaza-city', ['الشجاعية', 'حي الشجاعية'], ['Shujaiya', "Shuja'iyya"]), // ≈
  P('ps-khan-younis', 'Khan Younis', 'PS', 31.3462, 34.3063, 'settlement', 'ps-gaza-strip', ['خان يونس', 'خانيونس', 'خان يونّس'], ['Khan Younis', 'Khan Yunis']),
  P('ps-rafah', 'Rafah', 'PS', 31.2969, 34.2455, 'settlement', 'ps-gaza-strip', ['رفح'], ['Rafah']),
  P('ps-rafah-crossing', 'Rafah crossing', 'PS', 31.247, 34.26, 'feature', 'ps-rafah', ['معبر رفح', 'معبر رفح البري'], ['Rafah crossing']),
  P('ps-philadelphi', 'Philadelphi corridor', 'PS', 31.26, 34.24, 'feature', 'ps-rafah', ['محور فيلادلفيا', 'محور صلاح الدين'], ['Philadelphi corridor']),
  P('ps-jabalia', 'Jabalia', 'PS', 31.5272, 34.4836, 'settlement', 'ps-gaza-strip', ['جباليا', 'مخيم جباليا'], ['Jabalia', 'Jabaliya']),
  P('ps-deir-al-balah', 'Deir al-Balah', 'PS', 31.4181, 34.3517, 'settlement', 'ps-gaza-strip', ['دير البلح'], ['Deir al-Balah']),
  P('ps-nuseirat', 'Nuseirat', 'PS', 31.4486, 34.3925, 'settlement', 'ps-gaza-strip', ['النصيرات', 'مخيم النصيرات'], ['Nuseirat']),
  P('ps-bureij', 'Bureij', 'PS', 31.4389, 34.4031, 'settlement', 'ps-gaza-strip', ['البريج', 'مخيم البريج'], ['Bureij']),
  P('ps-maghazi', 'Maghazi', 'PS', 31.4217, 34.3878, 'settlement', 'ps-gaza-strip', ['المغازي', 'مخيم المغازي'], ['Maghazi']),
  P('ps-beit-hanoun', 'Beit Hanoun', 'PS', 31.535, 34.5364, 'settlement', 'ps-gaza-strip', ['بيت حانون'], ['Beit Hanoun']),
  P('ps-beit-lahia', 'Beit Lahia', 'PS', 31.5464, 34.495, 'settlement', 'ps-gaza-strip', ['بيت لاهيا'], ['Beit Lahia']),
  P('ps-shati', 'al-Shati camp', 'PS', 31.53, 34.445, 'settlement', 'ps-gaza-city', ['مخيم الشاطئ'], ['Shati camp', 'Beach camp']),
  P('ps-zeitoun', 'al-Zeitoun', 'PS', 31.49, 34.46, 'district', 'ps-gaza-city', ['حي الزيتون', '?الزيتون'], ['Zeitoun']), // ≈
  P('ps-sheikh-radwan', 'Sheikh Radwan', 'PS', 31.53, 34.47, 'district', 'ps-gaza-city', ['?الشيخ رضوان', 'حي الشيخ رضوان'], ['Sheikh Radwan']), // ≈
  P('ps-west-bank', 'West Bank', 'PS', 31.95, 35.25, 'region', 'ps', ['الضفة الغربية', 'الضفة الغربية المحتلة'], ['West Bank']),
  P('ps-jenin', 'Jenin', 'PS', 32.4611, 35.3, 'settlement', 'ps-west-bank', ['جنين', 'مخيم جنين'], ['Jenin']),
  P('ps-nur-shams', 'Nur Shams camp', 'PS', 32.31, 35.05, 'settlement', 'ps-west-bank', ['مخيم نور شمس', 'نور شمس'], ['Nur Shams']), // ≈
  P('ps-tubas', 'Tubas', 'PS', 32.3209, 35.3694, 'settlement', 'ps-west-bank', ['طوباس'], ['Tubas']),
  P('ps-salfit', 'Salfit', 'PS', 32.0833, 35.1833, 'settlement', 'ps-west-bank', ['سلفيت'], ['Salfit']),
  P('ps-nablus', 'Nablus', 'PS', 32.2211, 35.2544, 'settlement', 'ps-west-bank', ['نابلس'], ['Nablus']),
  P('ps-tulkarm', 'Tulkarm', 'PS', 32.3104, 35.0286, 'settlement', 'ps-west-bank', ['طولكرم'], ['Tulkarm']),
  P('ps-hebron', 'Hebron', 'PS', 31.5326, 35.0998, 'settlement', 'ps-west-bank', ['الخليل'], ['Hebron', 'al-Khalil']),
  P('ps-ramallah', 'Ramallah', 'PS', 31.9038, 35.2034, 'settlement', 'ps-west-bank', ['رام الله'], ['Ramallah']),
  P('ps-bethlehem', 'Bethlehem', 'PS', 31.7054, 35.2024, 'settlement', 'ps-west-bank', ['بيت لحم'], ['Bethlehem']),
  P('ps-jericho', 'Jericho', 'PS', 31.8667, 35.45, 'settlement', 'ps-west-bank', ['أريحا', 'اريحا'], ['Jericho']),
  P('ps-qalqilya', 'Qalqilya', 'PS', 32.1897, 34.9706, 'settlement', 'ps-west-bank', ['قلقيلية'], ['Qalqilya']),
];

export const SYRIA: Place[] = [
  P('sy-damascus', 'Damascus', 'SY', 33.5138, 36.2765, 'settlement', 'sy', ['دمشق', 'العاصمة السورية'], ['Damascus']),
  P('sy-rif-dimashq', 'Rif Dimashq Governorate', 'SY', 33.5, 36.6, 'region', 'sy', ['ريف دمشق', 'محافظة ريف دمشق'], ['Rif Dimashq', 'Damascus countryside']),
  P('sy-eastern-ghouta', 'Eastern Ghouta', 'SY', 33.55, 36.42, 'region', 'sy-rif-dimashq', ['الغوطة الشرقية', 'الغوطة'], ['Eastern Ghouta', 'Ghouta']),
  P('sy-douma', 'Douma', 'SY', 33.5711, 36.4028, 'settlement', 'sy-eastern-ghouta', ['دوما'], ['Douma']),
  P('sy-aleppo-governorate', 'Aleppo Governorate', 'SY', 36.25, 37.5, 'region', 'sy', ['محافظة حلب', 'ريف حلب', 'ريف حلب الشمالي', 'ريف حلب الغربي', 'ريف حلب الشرقي', 'ريف حلب الجنوبي'], ['Aleppo Governorate', 'Aleppo countryside']),
  P('sy-aleppo', 'Aleppo', 'SY', 36.2021, 37.1343, 'settlement', 'sy-aleppo-governorate', ['حلب', 'مدينة حلب'], ['Aleppo', 'Halab']),
  P('sy-nayrab-aleppo', 'al-Nayrab (Aleppo)', 'SY', 36.185, 37.21, 'settlement', 'sy-aleppo-governorate', ['النيرب', 'مطار النيرب', 'مخيم النيرب'], ['Nairab, Aleppo']), // ≈ airbase and camp
  P('sy-azaz', 'Azaz', 'SY', 36.5867, 37.0447, 'settlement', 'sy-aleppo-governorate', ['أعزاز', 'اعزاز', 'عزاز'], ['Azaz', "A'zaz"]),
  P('sy-tal-rifaat', 'Tal Rifaat', 'SY', 36.4731, 37.0964, 'settlement', 'sy-aleppo-governorate', ['تل رفعت'], ['Tal Rifaat']),
  P('sy-afrin', 'Afrin', 'SY', 36.5119, 36.8692, 'settlement', 'sy-aleppo-governorate', ['عفرين'], ['Afrin']),
  P('sy-manbij', 'Manbij', 'SY', 36.5281, 37.9549, 'settlement', 'sy-aleppo-governorate', ['منبج'], ['Manbij']),
  P('sy-kobani', 'Kobani (Ayn al-Arab)', 'SY', 36.8906, 38.3536, 'settlement', 'sy-aleppo-governorate', ['عين العرب', 'كوباني', 'كوباني عين العرب'], ['Kobani', 'Ayn al-Arab']),
  P('sy-idlib-governorate', 'Idlib Governorate', 'SY', 35.8, 36.65, 'region', 'sy', ['إدلب', 'ادلب', 'محافظة إدلب', 'ريف إدلب', 'ريف إدلب الشرقي', 'ريف إدلب الجنوبي', 'ريف إدلب الغربي', 'ريف إدلب الشمالي'], ['Idlib', 'Idleb', 'Idlib Governorate', 'Idlib province']),
  P('sy-idlib', 'Idlib (city)', 'SY', 35.9306, 36.6339, 'settlement', 'sy-idlib-governorate', ['مدينة إدلب', 'مدينة ادلب'], ['Idlib city']),
  P('sy-sarmin', 'Sarmin', 'SY', 35.9053, 36.7264, 'settlement', 'sy-idlib-governorate', ['سرمين'], ['Sarmin', 'Sarmeen']),
  P('sy-nayrab-idlib', 'al-Nayrab (Idlib)', 'SY', 35.865, 36.73, 'settlement', 'sy-idlib-governorate', ['النيرب', 'بلدة النيرب'], ['al-Nayrab', 'Nayrab', 'Neirab'], { weight: 1 }),
  P('sy-saraqib', 'Saraqib', 'SY', 35.8644, 36.8006, 'settlement', 'sy-idlib-governorate', ['سراقب'], ['Saraqib']),
  P('sy-maarat-al-numan', "Ma'arrat al-Nu'man", 'SY', 35.6436, 36.6717, 'settlement', 'sy-idlib-governorate', ['معرة النعمان', 'معرةالنعمان'], ["Maarat al-Numan", "Ma'arrat al-Nu'man"]),
  P('sy-jisr-al-shughur', 'Jisr al-Shughur', 'SY', 35.8125, 36.3175, 'settlement', 'sy-idlib-governorate', ['جسر الشغور'], ['Jisr al-Shughur']),
  P('sy-khan-shaykhun', 'Khan Shaykhun', 'SY', 35.4414, 36.6508, 'settlement', 'sy-idlib-governorate', ['خان شيخون'], ['Khan Shaykhun', 'Khan Sheikhoun']),
  P('sy-kafr-nabl', 'Kafr Nabl', 'SY', 35.6131, 36.5614, 'settlement', 'sy-idlib-governorate', ['كفرنبل', 'كفر نبل'], ['Kafr Nabl', 'Kafranbel']),
  P('sy-ariha', 'Ariha (Idlib)', 'SY', 35.8125, 36.6083, 'settlement', 'sy-idlib-governorate', ['أريحا'], ['Ariha']),
  P('sy-jarabulus', 'Jarabulus', 'SY', 36.8175, 38.0111, 'settlement', 'sy-aleppo-governorate', ['جرابلس'], ['Jarabulus']),
  P('sy-al-bab', 'al-Bab', 'SY', 36.3706, 37.5157, 'settlement', 'sy-aleppo-governorate', ['?الباب', 'مدينة الباب'], ['al-Bab']),
  P('sy-homs', 'Homs', 'SY', 34.7324, 36.7137, 'settlement', 'sy', ['حمص'], ['Homs']),
  P('sy-hama', 'Hama', 'SY', 35.1318, 36.7578, 'settlement', 'sy', ['حماة', 'ريف حماة'], ['Hama']),
  P('sy-houla', 'Houla (Syria)', 'SY', 34.88, 36.52, 'settlement', 'sy', ['حولا', 'منطقة الحولة', 'الحولة'], ['Houla, Syria']), // ≈
  P('sy-palmyra', 'Palmyra (Tadmur)', 'SY', 34.5503, 38.2683, 'settlement', 'sy', ['?تدمر', 'مدينة تدمر'], ['Palmyra', 'Tadmur']),
  P('sy-tanf', 'al-Tanf', 'SY', 33.51, 38.66, 'feature', 'sy', ['التنف', 'قاعدة التنف'], ['al-Tanf', 'Tanf']),
  P('sy-deir-ez-zor', 'Deir ez-Zor', 'SY', 35.3359, 40.1408, 'settlement', 'sy', ['دير الزور', 'ديرالزور', 'دير الزور'], ['Deir ez-Zor', 'Deir el-Zor']),
  P('sy-albukamal', 'Abu Kamal', 'SY', 34.4533, 40.9361, 'settlement', 'sy', ['البوكمال', 'أبو كمال'], ['Abu Kamal', 'Albukamal']),
  P('sy-raqqa', 'Raqqa', 'SY', 35.95, 39.01, 'settlement', 'sy', ['الرقة'], ['Raqqa']),
  P('sy-tal-abyad', 'Tal Abyad', 'SY', 36.6975, 38.9567, 'settlement', 'sy', ['تل أبيض'], ['Tal Abyad']),
  P('sy-ras-al-ain', "Ras al-Ayn", 'SY', 36.8503, 40.0706, 'settlement', 'sy', ['رأس العين', 'سري كانيه'], ['Ras al-Ain', 'Serêkaniyê']),
  P('sy-hasakah', 'Al-Hasakah', 'SY', 36.5024, 40.7477, 'settlement', 'sy', ['الحسكة'], ['Hasakah', 'al-Hasakah']),
  P('sy-qamishli', 'Qamishli', 'SY', 37.0522, 41.2317, 'settlement', 'sy', ['القامشلي'], ['Qamishli']),
  P('sy-daraa', 'Daraa', 'SY', 32.6189, 36.1021, 'settlement', 'sy', ['درعا'], ['Daraa', "Dar'a"]),
  P('sy-quneitra', 'Quneitra', 'SY', 33.126, 35.8244, 'settlement', 'sy', ['القنيطرة'], ['Quneitra']),
  P('sy-golan', 'Golan Heights', 'SY', 33.0, 35.75, 'region', 'sy', ['الجولان', 'هضبة الجولان', 'مرتفعات الجولان', 'الجولان السوري المحتل', 'الجولان المحتل'], ['Golan', 'Golan Heights']),
  P('sy-hermon', 'Mount Hermon', 'SY', 33.4164, 35.8572, 'feature', 'sy', ['جبل الشيخ', 'جبل حرمون'], ['Mount Hermon', 'Jabal al-Sheikh']),
  P('sy-ain-issa', 'Ain Issa', 'SY', 36.3856, 38.8594, 'settlement', 'sy', ['عين عيسى'], ['Ain Issa']),
  P('sy-tal-tamr', 'Tal Tamr', 'SY', 36.65, 40.37, 'settlement', 'sy', ['تل تمر'], ['Tal Tamr']),
  P('sy-mayadin', 'al-Mayadin', 'SY', 35.0208, 40.4531, 'settlement', 'sy', ['?الميادين', 'مدينة الميادين'], ['Mayadin', 'al-Mayadin']),
  P('sy-suwayda', 'As-Suwayda', 'SY', 32.7089, 36.5695, 'settlement', 'sy', ['السويداء'], ['Suwayda', 'Sweida']),
  P('sy-qusayr', 'al-Qusayr', 'SY', 34.5086, 36.58, 'settlement', 'sy', ['?القصير', 'مدينة القصير'], ['Qusayr', 'al-Qusayr']),
  P('sy-majdal-shams', 'Majdal Shams', 'SY', 33.2667, 35.7708, 'settlement', 'sy-golan', ['مجدل شمس'], ['Majdal Shams']),
  P('sy-latakia', 'Latakia', 'SY', 35.5317, 35.7901, 'settlement', 'sy', ['اللاذقية'], ['Latakia']),
  P('sy-hmeimim', 'Khmeimim Air Base', 'SY', 35.4011, 35.9486, 'feature', 'sy', ['حميميم', 'قاعدة حميميم'], ['Hmeimim', 'Khmeimim']),
  P('sy-qardaha', 'Qardaha', 'SY', 35.4497, 36.0581, 'settlement', 'sy', ['القرداحة'], ['Qardaha']),
  P('sy-baniyas', 'Baniyas', 'SY', 35.1822, 35.9403, 'settlement', 'sy', ['بانياس'], ['Baniyas']),
  P('sy-jableh', 'Jableh', 'SY', 35.3622, 35.9256, 'settlement', 'sy', ['?جبلة', 'مدينة جبلة'], ['Jableh']),
  P('sy-salamiyah', 'Salamiyah', 'SY', 35.0114, 37.0531, 'settlement', 'sy', ['السلمية'], ['Salamiyah']),
  P('sy-al-hol', 'al-Hol camp', 'SY', 36.3906, 41.1481, 'settlement', 'sy', ['مخيم الهول', 'الهول'], ['al-Hol']),
  P('sy-tartus', 'Tartus', 'SY', 34.889, 35.8866, 'settlement', 'sy', ['طرطوس'], ['Tartus']),
  P('sy-north', 'Northern Syria', 'SY', 36.5, 38.5, 'region', 'sy', ['شمال سوريا', 'شمالي سوريا', 'الشمال السوري', 'شمال شرق سوريا', 'شمال شرقي سوريا', 'شمال غرب سوريا', 'شمال غربي سوريا'], ['northern Syria', 'north-east Syria', 'north-west Syria']),
];

export const JORDAN: Place[] = [
  P('jo-ramtha', 'Ramtha (Jordan)', 'JO', 32.5592, 36.0069, 'settlement', 'jo', ['الرمثا'], ['Ramtha']),
  P('jo-aqaba', 'Aqaba', 'JO', 29.5267, 35.0078, 'settlement', 'jo', ['?العقبة', 'ميناء العقبة', 'مدينة العقبة'], ['Aqaba']),
];
