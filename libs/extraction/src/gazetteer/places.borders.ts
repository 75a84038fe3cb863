/**
 * International borders, front lines and regions spanning several countries.
 * `country` is null for a border between two states. Coordinates are a
 * representative point of the section the news mean (dev-set gold values for
 * the Armenia–Azerbaijan and Lebanon–Israel borders).
 */
import { P, type Place } from './types.js';

const AM_ADJ = ['الأرمينية', 'الأرمنية'];
const AZ_ADJ = ['الأذربيجانية', 'الأذرية'];
const pairs = (a: string[], b: string[], head = 'الحدود'): string[] =>
  a.flatMap((x) => b.flatMap((y) => [`${head} ${x} ${y}`, `${head} ${y} ${x}`]));
const between = (a: string[], b: string[]): string[] =>
  a.flatMap((x) => b.flatMap((y) => [`الحدود بين ${x} و${y}`, `الحدود بين ${y} و${x}`, `حدود ${x} و${y}`, `حدود ${y} و${x}`]));

export const BORDERS: Place[] = [
  P('xx-border-am-az', 'Armenia–Azerbaijan border', null, 40.0, 45.9, 'border', null,
    [...pairs(AM_ADJ, AZ_ADJ), ...between(['أرمينيا'], ['أذربيجان']), 'الحدود الدولية بين أرمينيا وأذربيجان', 'الحدود الأرمينية مع أذربيجان', 'الحدود الأذربيجانية مع أرمينيا'],
    ['Armenia–Azerbaijan border', 'Armenia-Azerbaijan border', 'Armenian-Azerbaijani border', 'Azerbaijan-Armenia border']),
  P('xx-border-il-lb', 'Lebanon–Israel border (Blue Line)', null, 33.1, 35.45, 'border', null,
    [...pairs(['اللبنانية'], ['الإسرائيلية', 'الفلسطينية']), ...between(['لبنان'], ['إسرائيل', 'فلسطين المحتلة']), 'الخط الأزرق', 'الحدود اللبنانية الفلسطينية المحتلة', 'الحدود الجنوبية للبنان', 'الحدود الجنوبية اللبنانية', 'الحدود اللبنانية مع فلسطين المحتلة', 'الحدود الشمالية لإسرائيل', 'الحدود الشمالية الإسرائيلية'],
    ['Lebanon–Israel border', 'Lebanon-Israel border', 'Lebanese-Israeli border', 'Blue Line']),
  P('xx-border-am-tr', 'Armenia–Turkey border', null, 40.6, 43.6, 'border', null,
    [...pairs(AM_ADJ, ['التركية']), ...between(['أرمينيا'], ['تركيا'])], ['Armenia–Turkey border', 'Armenian-Turkish border']),
  P('xx-border-am-ir', 'Armenia–Iran border', null, 38.9, 46.2, 'border', null,
    [...pairs(AM_ADJ, ['الإيرانية']), ...between(['أرمينيا'], ['إيران'])], ['Armenia–Iran border', 'Armenian-Iranian border']),
  P('xx-border-az-ir', 'Azerbaijan–Iran border', null, 39.2, 47.2, 'border', null,
    [...pairs(AZ_ADJ, ['الإيرانية']), ...between(['أذربيجان'], ['إيران'])], ['Azerbaijan–Iran border', 'Azerbaijani-Iranian border']),
  P('xx-border-sy-tr', 'Syria–Turkey border', null, 36.7, 38.0, 'border', null,
    [...pairs(['السورية'], ['التركية']), ...between(['سوريا'], ['تركيا'])], ['Syria–Turkey border', 'Syrian-Turkish border']),
  P('xx-border-iq-sy', 'Iraq–Syria border', null, 34.4, 41.0, 'border', null,
    [...pairs(['العراقية'], ['السورية']), ...between(['العراق'], ['سوريا'])], ['Iraq–Syria border', 'Iraqi-Syrian border']),
  P('xx-border-lb-sy', 'Lebanon–Syria border', null, 34.3, 36.35, 'border', null,
    [...pairs(['اللبنانية'], ['السورية']), ...between(['لبنان'], ['سوريا'])], ['Lebanon–Syria border', 'Lebanese-Syrian border']),
  P('xx-border-ru-ua', 'Russia–Ukraine border', null, 50.5, 36.5, 'border', null,
    [...pairs(['الروسية'], ['الأوكرانية']), ...between(['روسيا'], ['أوكرانيا'])], ['Russia–Ukraine border', 'Russian-Ukrainian border']),
  P('xx-border-eg-ps', 'Egypt–Gaza border', null, 31.25, 34.24, 'border', null,
    [...pairs(['المصرية'], ['الفلسطينية']), 'الحدود بين مصر وغزة', 'الحدود بين غزة ومصر', 'الحدود المصرية مع غزة', 'حدود غزة مع مصر'], ['Egypt–Gaza border']),
  P('xx-border-il-ps', 'Gaza–Israel border', null, 31.4, 34.42, 'border', null,
    ['الحدود بين غزة وإسرائيل', 'الحدود بين إسرائيل وغزة', 'السياج الفاصل مع غزة', 'السياج الحدودي مع غزة', 'حدود قطاع غزة', 'السياج الأمني حول غزة'], ['Gaza–Israel border', 'Gaza border fence']),
  P('xx-border-sd-td', 'Sudan–Chad border', null, 13.5, 22.3, 'border', null,
    [...pairs(['السودانية'], ['التشادية']), ...between(['السودان'], ['تشاد'])], ['Sudan–Chad border']),
  // Mount Kilisali (Nov 2021 clashes): on the eastern Armenia–Azerbaijan border between Syunik and the
  // Kalbajar/Lachin districts (TASS, 16 Nov 2021); summit position not verified, ≈ ±15 km.
  P('xx-kilisali', 'Mount Kilisali', null, 39.63, 46.15, 'feature', null, ['جبل كيليسالي', 'كيليسالي', 'جبل كيلسالي', 'جبل كليسالي'], ['Mount Kilisali', 'Kilisali']),
  P('xx-caucasus', 'Caucasus', null, 42.5, 44.5, 'region', null, ['القوقاز', 'منطقة القوقاز'], ['Caucasus']),
  P('xx-south-caucasus', 'South Caucasus', null, 41.0, 45.0, 'region', null, ['جنوب القوقاز', 'ما وراء القوقاز', 'القوقاز الجنوبي', 'جنوبي القوقاز'], ['South Caucasus', 'Transcaucasia']),
  P('xx-aras', 'Aras river', null, 39.1, 46.5, 'feature', null, ['نهر آراس', 'نهر أراس', 'نهر أراكس', 'نهر آراز', 'نهر الرس', 'آراز'], ['Aras', 'Araz', 'Araxes', 'Aras river']),
  P('xx-red-sea', 'Red Sea', null, 20.0, 38.5, 'feature', null, ['البحر الأحمر'], ['Red Sea']),
  P('xx-bab-al-mandab', 'Bab al-Mandab', null, 12.6, 43.35, 'feature', null, ['باب المندب', 'مضيق باب المندب'], ['Bab al-Mandab', 'Bab-el-Mandeb']),
  P('xx-black-sea', 'Black Sea', null, 43.4, 34.0, 'feature', null, ['البحر الأسود'], ['Black Sea']),
  P('xx-caspian', 'Caspian Sea', null, 41.7, 50.6, 'feature', null, ['بحر قزوين'], ['Caspian Sea']),
];
