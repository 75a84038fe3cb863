/**
 * International borders, front lines and regions spanning several countries.
 * `country` is null for a border between two states. Coordinates are a
 * representative point of the section the news mean (dev-set gold values for
 * the Armenia–Azerbaijan and Lebanon–Israel borders).
 */
import { place, type Place } from './types.js';

const AM_ADJ = ['الأرمينية', 'الأرمنية'];
const AZ_ADJ = ['الأذربيجانية', 'الأذرية'];
const pairs = (a: string[], b: string[], head = 'الحدود'): string[] =>
  a.flatMap((x) => b.flatMap((y) => [`${head} ${x} ${y}`, `${head} ${y} ${x}`]));
const between = (a: string[], b: string[]): string[] =>
  a.flatMap((x) => b.flatMap((y) => [`الحدود بين ${x} و${y}`, `الحدود بين ${y} و${x}`, `حدود ${x} و${y}`, `حدود ${y} و${x}`]));

export const BORDERS: Place[] = [
  place({ id: 'xx-border-am-az', name: 'Armenia–Azerbaijan border', country: null, lat: 40.0, lon: 45.9, precision: 'border', parent: null, arabic: [...pairs(AM_ADJ, AZ_ADJ), ...between(['أرمينيا'], ['أذربيجان']), 'الحدود الدولية بين أرمينيا وأذربيجان', 'الحدود الأرمينية مع أذربيجان', 'الحدود الأذربيجانية مع أرمينيا'], english: ['Armenia–Azerbaijan border', 'Armenia-Azerbaijan border', 'Armenian-Azerbaijani border', 'Azerbaijan-Armenia border'] }),
  place({ id: 'xx-border-il-lb', name: 'Lebanon–Israel border (Blue Line)', country: null, lat: 33.1, lon: 35.45, precision: 'border', parent: null, arabic: [...pairs(['اللبنانية'], ['الإسرائيلية', 'الفلسطينية']), ...between(['لبنان'], ['إسرائيل', 'فلسطين المحتلة']), 'الخط الأزرق', 'الحدود اللبنانية الفلسطينية المحتلة', 'الحدود الجنوبية للبنان', 'الحدود الجنوبية اللبنانية', 'الحدود اللبنانية مع فلسطين المحتلة', 'الحدود الشمالية لإسرائيل', 'الحدود الشمالية الإسرائيلية'], english: ['Lebanon–Israel border', 'Lebanon-Israel border', 'Lebanese-Israeli border', 'Blue Line'] }),
  place({ id: 'xx-border-am-tr', name: 'Armenia–Turkey border', country: null, lat: 40.6, lon: 43.6, precision: 'border', parent: null, arabic: [...pairs(AM_ADJ, ['التركية']), ...between(['أرمينيا'], ['تركيا'])], english: ['Armenia–Turkey border', 'Armenian-Turkish border'] }),
  place({ id: 'xx-border-am-ir', name: 'Armenia–Iran border', country: null, lat: 38.9, lon: 46.2, precision: 'border', parent: null, arabic: [...pairs(AM_ADJ, ['الإيرانية']), ...between(['أرمينيا'], ['إيران'])], english: ['Armenia–Iran border', 'Armenian-Iranian border'] }),
  place({ id: 'xx-border-az-ir', name: 'Azerbaijan–Iran border', country: null, lat: 39.2, lon: 47.2, precision: 'border', parent: null, arabic: [...pairs(AZ_ADJ, ['الإيرانية']), ...between(['أذربيجان'], ['إيران'])], english: ['Azerbaijan–Iran border', 'Azerbaijani-Iranian border'] }),
  place({ id: 'xx-border-sy-tr', name: 'Syria–Turkey border', country: null, lat: 36.7, lon: 38.0, precision: 'border', parent: null, arabic: [...pairs(['السورية'], ['التركية']), ...between(['سوريا'], ['تركيا'])], english: ['Syria–Turkey border', 'Syrian-Turkish border'] }),
  place({ id: 'xx-border-iq-sy', name: 'Iraq–Syria border', country: null, lat: 34.4, lon: 41.0, precision: 'border', parent: null, arabic: [...pairs(['العراقية'], ['السورية']), ...between(['العراق'], ['سوريا'])], english: ['Iraq–Syria border', 'Iraqi-Syrian border'] }),
  place({ id: 'xx-border-lb-sy', name: 'Lebanon–Syria border', country: null, lat: 34.3, lon: 36.35, precision: 'border', parent: null, arabic: [...pairs(['اللبنانية'], ['السورية']), ...between(['لبنان'], ['سوريا'])], english: ['Lebanon–Syria border', 'Lebanese-Syrian border'] }),
  place({ id: 'xx-border-ru-ua', name: 'Russia–Ukraine border', country: null, lat: 50.5, lon: 36.5, precision: 'border', parent: null, arabic: [...pairs(['الروسية'], ['الأوكرانية']), ...between(['روسيا'], ['أوكرانيا'])], english: ['Russia–Ukraine border', 'Russian-Ukrainian border'] }),
  place({ id: 'xx-border-eg-ps', name: 'Egypt–Gaza border', country: null, lat: 31.25, lon: 34.24, precision: 'border', parent: null, arabic: [...pairs(['المصرية'], ['الفلسطينية']), 'الحدود بين مصر وغزة', 'الحدود بين غزة ومصر', 'الحدود المصرية مع غزة', 'حدود غزة مع مصر'], english: ['Egypt–Gaza border'] }),
  place({ id: 'xx-border-il-ps', name: 'Gaza–Israel border', country: null, lat: 31.4, lon: 34.42, precision: 'border', parent: null, arabic: ['الحدود بين غزة وإسرائيل', 'الحدود بين إسرائيل وغزة', 'السياج الفاصل مع غزة', 'السياج الحدودي مع غزة', 'حدود قطاع غزة', 'السياج الأمني حول غزة'], english: ['Gaza–Israel border', 'Gaza border fence'] }),
  place({ id: 'xx-border-sd-td', name: 'Sudan–Chad border', country: null, lat: 13.5, lon: 22.3, precision: 'border', parent: null, arabic: [...pairs(['السودانية'], ['التشادية']), ...between(['السودان'], ['تشاد'])], english: ['Sudan–Chad border'] }),
  // Mount Kilisali (Nov 2021 clashes): on the eastern Armenia–Azerbaijan border between Syunik and the
  // Kalbajar/Lachin districts (TASS, 16 Nov 2021); summit position not verified, ≈ ±15 km.
  place({ id: 'xx-kilisali', name: 'Mount Kilisali', country: null, lat: 39.63, lon: 46.15, precision: 'feature', parent: null, arabic: ['جبل كيليسالي', 'كيليسالي', 'جبل كيلسالي', 'جبل كليسالي'], english: ['Mount Kilisali', 'Kilisali'] }),
  place({ id: 'xx-caucasus', name: 'Caucasus', country: null, lat: 42.5, lon: 44.5, precision: 'region', parent: null, arabic: ['القوقاز', 'منطقة القوقاز'], english: ['Caucasus'] }),
  place({ id: 'xx-south-caucasus', name: 'South Caucasus', country: null, lat: 41.0, lon: 45.0, precision: 'region', parent: null, arabic: ['جنوب القوقاز', 'ما وراء القوقاز', 'القوقاز الجنوبي', 'جنوبي القوقاز'], english: ['South Caucasus', 'Transcaucasia'] }),
  place({ id: 'xx-aras', name: 'Aras river', country: null, lat: 39.1, lon: 46.5, precision: 'feature', parent: null, arabic: ['نهر آراس', 'نهر أراس', 'نهر أراكس', 'نهر آراز', 'نهر الرس', 'آراز'], english: ['Aras', 'Araz', 'Araxes', 'Aras river'] }),
  place({ id: 'xx-red-sea', name: 'Red Sea', country: null, lat: 20.0, lon: 38.5, precision: 'feature', parent: null, arabic: ['البحر الأحمر'], english: ['Red Sea'] }),
  place({ id: 'xx-bab-al-mandab', name: 'Bab al-Mandab', country: null, lat: 12.6, lon: 43.35, precision: 'feature', parent: null, arabic: ['باب المندب', 'مضيق باب المندب'], english: ['Bab al-Mandab', 'Bab-el-Mandeb'] }),
  place({ id: 'xx-black-sea', name: 'Black Sea', country: null, lat: 43.4, lon: 34.0, precision: 'feature', parent: null, arabic: ['البحر الأسود'], english: ['Black Sea'] }),
  // Seas and gulfs named after a city («خليج عدن», «خليج عمان», «بحر آزوف»): the water, never the city. Points
  // from each body's Wikipedia infobox: Gulf of Aden 12°N 48°E, Gulf of Oman 25°N 58°E, Arabian Sea 14°N 65°E,
  // Sea of Azov 46°N 37°E, Mediterranean Sea 35°N 18°E, Persian Gulf 26°N 52°E.
  place({ id: 'xx-gulf-of-aden', name: 'Gulf of Aden', country: null, lat: 12.0, lon: 48.0, precision: 'feature', parent: null, arabic: ['خليج عدن'], english: ['Gulf of Aden'] }),
  place({ id: 'xx-gulf-of-oman', name: 'Gulf of Oman', country: null, lat: 25.0, lon: 58.0, precision: 'feature', parent: null, arabic: ['خليج عمان', 'بحر عمان'], english: ['Gulf of Oman'] }),
  place({ id: 'xx-arabian-sea', name: 'Arabian Sea', country: null, lat: 14.0, lon: 65.0, precision: 'feature', parent: null, arabic: ['بحر العرب'], english: ['Arabian Sea'] }),
  place({ id: 'xx-sea-of-azov', name: 'Sea of Azov', country: null, lat: 46.0, lon: 37.0, precision: 'feature', parent: null, arabic: ['بحر آزوف', 'بحر أزوف', 'بحر ازوف'], english: ['Sea of Azov'] }),
  place({ id: 'xx-mediterranean', name: 'Mediterranean Sea', country: null, lat: 35.0, lon: 18.0, precision: 'feature', parent: null, arabic: ['البحر المتوسط', 'البحر الأبيض المتوسط', 'شرق المتوسط'], english: ['Mediterranean Sea', 'Mediterranean'] }),
  place({ id: 'xx-persian-gulf', name: 'Persian Gulf', country: null, lat: 26.0, lon: 52.0, precision: 'feature', parent: null, arabic: ['الخليج العربي', 'الخليج الفارسي', 'مياه الخليج'], english: ['Persian Gulf', 'Arabian Gulf'] }),
  place({ id: 'xx-caspian', name: 'Caspian Sea', country: null, lat: 41.7, lon: 50.6, precision: 'feature', parent: null, arabic: ['بحر قزوين'], english: ['Caspian Sea'] }),
];
