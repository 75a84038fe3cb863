/**
 * Country-level places: one per ISO 3166-1 alpha-2 code the gazetteer uses.
 * Coordinates: the country's geographic centre as given by the public
 * country-centroid tables (Google DSPL "countries.csv" / Wikipedia infoboxes);
 * Azerbaijan and Ukraine use the dev-set gold values.
 * «الأراضي + nisba» phrases name the territory, so they are spellings here
 * (a bare nisba is not: «الجيش الأرميني» is a party, see adjectives.ts).
 */
import { P, type Place } from './types.js';

/** «الأراضي الأرمينية», «داخل الأراضي …»: territory phrases for feminine nisbas. */
const land = (...adjectives: string[]): string[] => adjectives.map((a) => `الأراضي ${a}`);

export const COUNTRIES: Place[] = [
  P('am', 'Armenia', 'AM', 40.07, 45.04, 'country', null, ['أرمينيا', 'جمهورية أرمينيا', ...land('الأرمينية', 'الأرمنية')], ['Armenia', 'Republic of Armenia']),
  P('az', 'Azerbaijan', 'AZ', 40.3, 47.7, 'country', null, ['أذربيجان', 'جمهورية أذربيجان', 'آذربيجان', 'أزربيجان', ...land('الأذربيجانية', 'الأذرية')], ['Azerbaijan', 'Republic of Azerbaijan']),
  P('ge', 'Georgia', 'GE', 42.32, 43.36, 'country', null, ['جورجيا', 'جمهورية جورجيا', ...land('الجورجية')], ['Georgia']),
  P('tr', 'Turkey', 'TR', 38.96, 35.24, 'country', null, ['تركيا', 'الجمهورية التركية', ...land('التركية')], ['Turkey', 'Türkiye', 'Turkiye']),
  P('ir', 'Iran', 'IR', 32.43, 53.69, 'country', null, ['إيران', 'الجمهورية الإسلامية الإيرانية', 'الجمهورية الإسلامية', ...land('الإيرانية')], ['Iran', 'Islamic Republic of Iran']),
  P('ru', 'Russia', 'RU', 61.52, 105.32, 'country', null, ['روسيا', 'روسيا الاتحادية', 'الاتحاد الروسي', ...land('الروسية')], ['Russia', 'Russian Federation']),
  P('us', 'United States', 'US', 37.09, -95.71, 'country', null, ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولاياتالمتحدة', 'أمريكا', 'أميركا', ...land('الأمريكية', 'الأميركية')], ['United States', 'USA', 'United States of America']),
  P('fr', 'France', 'FR', 46.23, 2.21, 'country', null, ['فرنسا', ...land('الفرنسية')], ['France']),
  P('be', 'Belgium', 'BE', 50.5, 4.47, 'country', null, ['بلجيكا'], ['Belgium']),
  P('ch', 'Switzerland', 'CH', 46.82, 8.23, 'country', null, ['سويسرا'], ['Switzerland']),
  P('at', 'Austria', 'AT', 47.52, 14.55, 'country', null, ['النمسا'], ['Austria']),
  P('cz', 'Czechia', 'CZ', 49.82, 15.47, 'country', null, ['التشيك', 'جمهورية التشيك'], ['Czechia', 'Czech Republic']),
  P('de', 'Germany', 'DE', 51.17, 10.45, 'country', null, ['ألمانيا'], ['Germany']),
  P('gb', 'United Kingdom', 'GB', 55.38, -3.44, 'country', null, ['بريطانيا', 'المملكة المتحدة'], ['United Kingdom', 'Britain', 'UK']),
  P('it', 'Italy', 'IT', 41.87, 12.57, 'country', null, ['إيطاليا'], ['Italy']),
  P('cn', 'China', 'CN', 35.86, 104.2, 'country', null, ['الصين'], ['China']),
  P('by', 'Belarus', 'BY', 53.71, 27.95, 'country', null, ['بيلاروسيا', 'بيلاروس', 'روسيا البيضاء', 'بيلوروسيا'], ['Belarus']),
  P('kz', 'Kazakhstan', 'KZ', 48.02, 66.92, 'country', null, ['كازاخستان', 'كازاخيستان', 'قازاقستان'], ['Kazakhstan']),
  P('kg', 'Kyrgyzstan', 'KG', 41.2, 74.77, 'country', null, ['قيرغيزستان', 'قرغيزستان', 'قيرغيزيا', 'قرغيزيا'], ['Kyrgyzstan', 'Kirghizia']),
  P('tj', 'Tajikistan', 'TJ', 38.86, 71.28, 'country', null, ['طاجيكستان', 'طاجكستان'], ['Tajikistan']),
  P('uz', 'Uzbekistan', 'UZ', 41.38, 64.59, 'country', null, ['أوزبكستان'], ['Uzbekistan']),
  P('ua', 'Ukraine', 'UA', 48.38, 31.17, 'country', null, ['أوكرانيا', ...land('الأوكرانية')], ['Ukraine']),
  P('lb', 'Lebanon', 'LB', 33.85, 35.86, 'country', null, ['لبنان', 'الجمهورية اللبنانية', ...land('اللبنانية')], ['Lebanon']),
  P('il', 'Israel', 'IL', 31.05, 34.85, 'country', null, ['إسرائيل', 'اسرائيل', ...land('الإسرائيلية')], ['Israel']),
  P('ps', 'Palestine', 'PS', 31.95, 35.23, 'country', null, ['فلسطين', 'دولة فلسطين', 'الأراضي الفلسطينية', 'الأراضي الفلسطينية المحتلة'], ['Palestine', 'Palestinian territories', 'State of Palestine']),
  P('sy', 'Syria', 'SY', 34.8, 38.99, 'country', null, ['سوريا', 'الجمهورية العربية السورية', ...land('السورية')], ['Syria']),
  P('jo', 'Jordan', 'JO', 30.59, 36.24, 'country', null, ['الأردن', 'المملكة الأردنية', 'المملكة الأردنية الهاشمية', ...land('الأردنية')], ['Jordan']),
  P('iq', 'Iraq', 'IQ', 33.22, 43.68, 'country', null, ['العراق', 'جمهورية العراق', ...land('العراقية')], ['Iraq']),
  P('ye', 'Yemen', 'YE', 15.55, 48.52, 'country', null, ['اليمن', 'الجمهورية اليمنية', ...land('اليمنية')], ['Yemen']),
  P('sd', 'Sudan', 'SD', 12.86, 30.22, 'country', null, ['السودان', 'جمهورية السودان', ...land('السودانية')], ['Sudan']),
  P('ss', 'South Sudan', 'SS', 6.88, 31.31, 'country', null, ['جنوب السودان', 'دولة جنوب السودان'], ['South Sudan']),
  P('td', 'Chad', 'TD', 15.45, 18.73, 'country', null, ['تشاد'], ['Chad']),
  P('et', 'Ethiopia', 'ET', 9.15, 40.49, 'country', null, ['إثيوبيا', 'أثيوبيا'], ['Ethiopia']),
  P('ly', 'Libya', 'LY', 26.34, 17.23, 'country', null, ['ليبيا', ...land('الليبية')], ['Libya']),
  P('eg', 'Egypt', 'EG', 26.82, 30.8, 'country', null, ['مصر', 'جمهورية مصر العربية', ...land('المصرية')], ['Egypt']),
  P('sa', 'Saudi Arabia', 'SA', 23.89, 45.08, 'country', null, ['السعودية', 'المملكة العربية السعودية', ...land('السعودية')], ['Saudi Arabia']),
  P('ae', 'United Arab Emirates', 'AE', 23.42, 53.85, 'country', null, ['الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات'], ['United Arab Emirates', 'UAE']),
  P('qa', 'Qatar', 'QA', 25.35, 51.18, 'country', null, ['قطر', 'دولة قطر'], ['Qatar']),
  P('om', 'Oman', 'OM', 21.51, 55.92, 'country', null, ['سلطنة عمان', '?عمان'], ['Oman']),
  P('kw', 'Kuwait', 'KW', 29.31, 47.48, 'country', null, ['الكويت', 'دولة الكويت'], ['Kuwait']),
];
