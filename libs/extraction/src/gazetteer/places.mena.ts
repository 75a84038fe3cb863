/**
 * Iraq, Yemen, Sudan, Libya and Egypt. Coordinates: Wikipedia / GeoNames
 * town centres; dev-set gold for Tal Afar, northern Iraq, Tripoli, Jebel
 * Moya and al-Shajara.
 */
import { P, type Place } from './types.js';

export const IRAQ: Place[] = [
  P('iq-baghdad', 'Baghdad', 'IQ', 33.3152, 44.3661, 'settlement', 'iq', ['بغداد', 'العاصمة العراقية'], ['Baghdad']),
  P('iq-north', 'Northern Iraq', 'IQ', 35.9, 43.3, 'region', 'iq', ['شمال العراق', 'شمالي العراق', 'الشمال العراقي'], ['northern Iraq', 'north of Iraq']),
  P('iq-kurdistan', 'Kurdistan Region', 'IQ', 36.4, 44.3, 'region', 'iq', ['إقليم كردستان', 'إقليم كردستان العراق', 'كردستان العراق'], ['Kurdistan Region', 'Iraqi Kurdistan']),
  P('iq-erbil', 'Erbil', 'IQ', 36.1911, 44.0092, 'settlement', 'iq-kurdistan', ['أربيل', 'اربيل', 'هولير'], ['Erbil', 'Arbil', 'Hawler']),
  P('iq-sulaymaniyah', 'Sulaymaniyah', 'IQ', 35.5613, 45.4375, 'settlement', 'iq-kurdistan', ['السليمانية'], ['Sulaymaniyah', 'Slemani']),
  P('iq-dohuk', 'Duhok', 'IQ', 36.8669, 42.9503, 'settlement', 'iq-kurdistan', ['دهوك', 'دهوك'], ['Duhok', 'Dohuk']),
  P('iq-nineveh', 'Nineveh Governorate', 'IQ', 36.2, 42.6, 'region', 'iq', ['نينوى', 'محافظة نينوى', 'سهل نينوى'], ['Nineveh', 'Ninawa']),
  P('iq-mosul', 'Mosul', 'IQ', 36.335, 43.1189, 'settlement', 'iq-nineveh', ['الموصل'], ['Mosul']),
  P('iq-tal-afar', 'Tal Afar District', 'IQ', 36.3767, 42.45, 'district', 'iq-nineveh', ['تلعفر', 'تل عفر', 'قضاء تلعفر'], ['Tal Afar', 'Tall Afar', 'Talafar']),
  P('iq-sinjar', 'Sinjar', 'IQ', 36.3209, 41.8767, 'settlement', 'iq-nineveh', ['سنجار', 'جبل سنجار'], ['Sinjar']),
  P('iq-makhmur', 'Makhmur', 'IQ', 35.7753, 43.5797, 'settlement', 'iq', ['?مخمور', 'قضاء مخمور', 'مخيم مخمور'], ['Makhmur']),
  P('iq-hawija', 'Hawija', 'IQ', 35.3211, 43.7572, 'settlement', 'iq', ['الحويجة'], ['Hawija']),
  P('iq-kirkuk', 'Kirkuk', 'IQ', 35.4681, 44.3922, 'settlement', 'iq', ['كركوك'], ['Kirkuk']),
  P('iq-salahuddin', 'Saladin Governorate', 'IQ', 34.53, 43.48, 'region', 'iq', ['?صلاح الدين', 'محافظة صلاح الدين'], ['Saladin Governorate', 'Salah ad-Din']),
  P('iq-tikrit', 'Tikrit', 'IQ', 34.6071, 43.6782, 'settlement', 'iq-salahuddin', ['تكريت'], ['Tikrit']),
  P('iq-samarra', 'Samarra', 'IQ', 34.1959, 43.8857, 'settlement', 'iq-salahuddin', ['سامراء'], ['Samarra']),
  P('iq-baiji', 'Baiji', 'IQ', 34.9292, 43.4931, 'settlement', 'iq-salahuddin', ['بيجي', 'مصفاة بيجي'], ['Baiji', 'Bayji']),
  P('iq-diyala', 'Diyala Governorate', 'IQ', 33.9, 45.0, 'region', 'iq', ['ديالى', 'محافظة ديالى'], ['Diyala']),
  P('iq-anbar', 'Anbar Governorate', 'IQ', 32.8, 41.8, 'region', 'iq', ['الأنبار', 'محافظة الأنبار'], ['Anbar', 'Al Anbar']),
  P('iq-ramadi', 'Ramadi', 'IQ', 33.4258, 43.2992, 'settlement', 'iq-anbar', ['الرمادي'], ['Ramadi']),
  P('iq-fallujah', 'Fallujah', 'IQ', 33.35, 43.7833, 'settlement', 'iq-anbar', ['الفلوجة'], ['Fallujah']),
  P('iq-ain-al-asad', 'Ain al-Asad Air Base', 'IQ', 33.8, 42.44, 'feature', 'iq-anbar', ['عين الأسد', 'قاعدة عين الأسد'], ['Ain al-Asad']),
  P('iq-al-qaim', 'Al-Qaim', 'IQ', 34.3686, 41.0945, 'settlement', 'iq-anbar', ['?القائم', 'مدينة القائم', 'قضاء القائم'], ['Al-Qaim']),
  P('iq-jurf-al-sakhar', 'Jurf al-Sakhar', 'IQ', 32.95, 44.2, 'settlement', 'iq', ['جرف الصخر', 'جرف النصر'], ['Jurf al-Sakhar']), // ≈
  P('iq-najaf', 'Najaf', 'IQ', 32.0259, 44.3462, 'settlement', 'iq', ['النجف'], ['Najaf']),
  P('iq-karbala', 'Karbala', 'IQ', 32.616, 44.0249, 'settlement', 'iq', ['كربلاء'], ['Karbala']),
  P('iq-basra', 'Basra', 'IQ', 30.5085, 47.7804, 'settlement', 'iq', ['البصرة'], ['Basra']),
  P('iq-kut', 'Kut', 'IQ', 32.5128, 45.8183, 'settlement', 'iq', ['الكوت'], ['Al-Kut']),
];

export const YEMEN: Place[] = [
  P('ye-sanaa', "Sana'a", 'YE', 15.3694, 44.191, 'settlement', 'ye', ['صنعاء', 'العاصمة اليمنية'], ['Sanaa', "Sana'a"]),
  P('ye-aden', 'Aden', 'YE', 12.7855, 45.0187, 'settlement', 'ye', ['عدن'], ['Aden']),
  P('ye-hodeidah', 'Hodeidah', 'YE', 14.7978, 42.9545, 'settlement', 'ye', ['الحديدة'], ['Hodeidah', 'Hudaydah']),
  P('ye-marib', 'Marib', 'YE', 15.4622, 45.3258, 'settlement', 'ye', ['مأرب'], ['Marib']),
  P('ye-taiz', 'Taiz', 'YE', 13.5795, 44.0209, 'settlement', 'ye', ['تعز'], ['Taiz', "Ta'izz"]),
  P('ye-saada', 'Saada', 'YE', 16.9402, 43.7639, 'settlement', 'ye', ['صعدة'], ['Saada', "Sa'dah"]),
  P('ye-mukalla', 'Mukalla', 'YE', 14.5425, 49.1242, 'settlement', 'ye', ['المكلا'], ['Mukalla']),
];

export const SUDAN: Place[] = [
  P('sd-khartoum-state', 'Khartoum State', 'SD', 15.6, 32.6, 'region', 'sd', ['ولاية الخرطوم'], ['Khartoum State']),
  P('sd-khartoum', 'Khartoum', 'SD', 15.5007, 32.5599, 'settlement', 'sd-khartoum-state', ['الخرطوم', 'العاصمة السودانية'], ['Khartoum']),
  P('sd-omdurman', 'Omdurman', 'SD', 15.6445, 32.4777, 'settlement', 'sd-khartoum-state', ['أم درمان', 'امدرمان'], ['Omdurman']),
  P('sd-bahri', 'Khartoum North (Bahri)', 'SD', 15.6333, 32.5333, 'settlement', 'sd-khartoum-state', ['الخرطوم بحري', '?بحري', 'مدينة بحري'], ['Khartoum North', 'Bahri']),
  P('sd-shajara', 'al-Shajara', 'SD', 15.52, 32.52, 'district', 'sd-khartoum', ['?الشجرة', 'منطقة الشجرة', 'سلاح المدرعات بالشجرة'], ['al-Shajara', 'Shagara']),
  P('sd-darfur', 'Darfur', 'SD', 13.5, 24.0, 'region', 'sd', ['دارفور', 'إقليم دارفور', 'شمال دارفور', 'جنوب دارفور', 'غرب دارفور', 'وسط دارفور', 'شرق دارفور'], ['Darfur']),
  P('sd-el-fasher', 'El Fasher', 'SD', 13.6279, 25.3494, 'settlement', 'sd-darfur', ['الفاشر'], ['El Fasher', 'Al-Fashir']),
  P('sd-nyala', 'Nyala', 'SD', 12.05, 24.8833, 'settlement', 'sd-darfur', ['نيالا'], ['Nyala']),
  P('sd-el-geneina', 'El Geneina', 'SD', 13.4525, 22.4472, 'settlement', 'sd-darfur', ['الجنينة'], ['El Geneina', 'Geneina']),
  P('sd-kordofan', 'Kordofan', 'SD', 12.5, 29.5, 'region', 'sd', ['كردفان', 'إقليم كردفان', 'شمال كردفان', 'جنوب كردفان', 'غرب كردفان'], ['Kordofan']),
  P('sd-el-obeid', 'El Obeid', 'SD', 13.1843, 30.2167, 'settlement', 'sd-kordofan', ['?الأبيض', 'مدينة الأبيض', 'الأبيض عاصمة شمال كردفان'], ['El Obeid', 'Al-Ubayyid']),
  P('sd-kadugli', 'Kadugli', 'SD', 11.0111, 29.7183, 'settlement', 'sd-kordofan', ['كادقلي', 'كادوقلي'], ['Kadugli']),
  P('sd-port-sudan', 'Port Sudan', 'SD', 19.6158, 37.2164, 'settlement', 'sd', ['بورتسودان', 'بورت سودان', 'بور سودان'], ['Port Sudan']),
  P('sd-gezira', 'Al Jazirah State', 'SD', 14.5, 33.2, 'region', 'sd', ['ولاية الجزيرة', '?الجزيرة'], ['Al Jazirah', 'Gezira']),
  P('sd-wad-madani', 'Wad Madani', 'SD', 14.4012, 33.5199, 'settlement', 'sd-gezira', ['ود مدني', '?مدني', 'مدينة ود مدني'], ['Wad Madani']),
  P('sd-sennar-state', 'Sennar State', 'SD', 13.1, 33.9, 'region', 'sd', ['ولاية سنار', 'سنار'], ['Sennar State', 'Sennar']),
  P('sd-white-nile', 'White Nile State', 'SD', 13.2, 32.6, 'region', 'sd', ['ولاية النيل الأبيض', 'النيل الأبيض'], ['White Nile State']),
  P('sd-jebel-moya', 'Jebel Moya', 'SD', 13.5, 33.36, 'feature', 'sd-sennar-state', ['جبل موية', 'جبل مويا', 'جبل موية'], ['Jebel Moya', 'Jabal Moya']),
  P('sd-kassala', 'Kassala', 'SD', 15.451, 36.4, 'settlement', 'sd', ['كسلا'], ['Kassala']),
  P('ss-juba', 'Juba', 'SS', 4.8594, 31.5713, 'settlement', 'ss', ['جوبا'], ['Juba']),
];

export const LIBYA: Place[] = [
  P('ly-tripoli', 'Tripoli (Libya)', 'LY', 32.8872, 13.1913, 'settlement', 'ly', ['طرابلس', 'طرابلس الغرب', 'العاصمة الليبية'], ['Tripoli', 'Tarabulus'], { weight: 1 }),
  P('ly-benghazi', 'Benghazi', 'LY', 32.1167, 20.0667, 'settlement', 'ly', ['بنغازي'], ['Benghazi']),
  P('ly-sirte', 'Sirte', 'LY', 31.2089, 16.5887, 'settlement', 'ly', ['سرت'], ['Sirte', 'Surt']),
  P('ly-misrata', 'Misrata', 'LY', 32.3754, 15.0925, 'settlement', 'ly', ['مصراتة', 'مصراته'], ['Misrata', 'Misurata']),
  P('ly-derna', 'Derna', 'LY', 32.7648, 22.6367, 'settlement', 'ly', ['درنة'], ['Derna']),
  P('ly-tarhuna', 'Tarhuna', 'LY', 32.435, 13.6332, 'settlement', 'ly', ['ترهونة'], ['Tarhuna']),
  P('ly-gharyan', 'Gharyan', 'LY', 32.1722, 13.0203, 'settlement', 'ly', ['غريان'], ['Gharyan']),
  P('ly-zawiya', 'Zawiya', 'LY', 32.7522, 12.7278, 'settlement', 'ly', ['?الزاوية', 'مدينة الزاوية'], ['Zawiya']),
  P('ly-sabha', 'Sabha', 'LY', 27.0377, 14.4283, 'settlement', 'ly', ['سبها'], ['Sabha', 'Sebha']),
  P('ly-tobruk', 'Tobruk', 'LY', 32.0836, 23.9764, 'settlement', 'ly', ['طبرق'], ['Tobruk']),
  P('ly-ajdabiya', 'Ajdabiya', 'LY', 30.7554, 20.2263, 'settlement', 'ly', ['أجدابيا', 'اجدابيا'], ['Ajdabiya']),
  P('ly-bani-walid', 'Bani Walid', 'LY', 31.7566, 13.9942, 'settlement', 'ly', ['بني وليد'], ['Bani Walid']),
];

export const EGYPT: Place[] = [
  P('eg-sinai', 'Sinai Peninsula', 'EG', 29.5, 33.8, 'region', 'eg', ['سيناء', 'شبه جزيرة سيناء', 'شمال سيناء'], ['Sinai']),
  P('eg-el-arish', 'El Arish', 'EG', 31.1313, 33.7984, 'settlement', 'eg-sinai', ['العريش'], ['El Arish', 'Arish']),
  P('eg-sharm-el-sheikh', 'Sharm El Sheikh', 'EG', 27.9158, 34.3299, 'settlement', 'eg-sinai', ['شرم الشيخ'], ['Sharm El Sheikh']),
];
