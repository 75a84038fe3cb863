/**
 * Country-level places: one per ISO 3166-1 alpha-2 code the gazetteer uses.
 * Coordinates: the country's geographic centre as given by the public
 * country-centroid tables (Google DSPL "countries.csv" / Wikipedia infoboxes);
 * Azerbaijan and Ukraine use the dev-set gold values.
 * «الأراضي + nisba» phrases name the territory, so they are spellings here
 * (a bare nisba is not: «الجيش الأرميني» is a party, see adjectives.ts).
 */
import { place, type Place } from './types.js';

/** «الأراضي الأرمينية», «داخل الأراضي …»: territory phrases for feminine nisbas. */
const land = (...adjectives: string[]): string[] => adjectives.map((a) => `الأراضي ${a}`);

export const COUNTRIES: Place[] = [
  place({ id: 'am', name: 'Armenia', country: 'AM', lat: 40.07, lon: 45.04, precision: 'country', parent: null, arabic: ['أرمينيا', 'جمهورية أرمينيا', ...land('الأرمينية', 'الأرمنية')], english: ['Armenia', 'Republic of Armenia'] }),
  place({ id: 'az', name: 'Azerbaijan', country: 'AZ', lat: 40.3, lon: 47.7, precision: 'country', parent: null, arabic: ['أذربيجان', 'جمهورية أذربيجان', 'آذربيجان', 'أزربيجان', ...land('الأذربيجانية', 'الأذرية')], english: ['Azerbaijan', 'Republic of Azerbaijan'] }),
  place({ id: 'ge', name: 'Georgia', country: 'GE', lat: 42.32, lon: 43.36, precision: 'country', parent: null, arabic: ['جورجيا', 'جمهورية جورجيا', ...land('الجورجية')], english: ['Georgia'] }),
  place({ id: 'tr', name: 'Turkey', country: 'TR', lat: 38.96, lon: 35.24, precision: 'country', parent: null, arabic: ['تركيا', 'الجمهورية التركية', ...land('التركية')], english: ['Turkey', 'Türkiye', 'Turkiye'] }),
  place({ id: 'ir', name: 'Iran', country: 'IR', lat: 32.43, lon: 53.69, precision: 'country', parent: null, arabic: ['إيران', 'الجمهورية الإسلامية الإيرانية', 'الجمهورية الإسلامية', ...land('الإيرانية')], english: ['Iran', 'Islamic Republic of Iran'] }),
  place({ id: 'ru', name: 'Russia', country: 'RU', lat: 61.52, lon: 105.32, precision: 'country', parent: null, arabic: ['روسيا', 'روسيا الاتحادية', 'الاتحاد الروسي', ...land('الروسية')], english: ['Russia', 'Russian Federation'] }),
  place({ id: 'us', name: 'United States', country: 'US', lat: 37.09, lon: -95.71, precision: 'country', parent: null, arabic: ['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولاياتالمتحدة', 'أمريكا', 'أميركا', ...land('الأمريكية', 'الأميركية')], english: ['United States', 'USA', 'United States of America'] }),
  place({ id: 'fr', name: 'France', country: 'FR', lat: 46.23, lon: 2.21, precision: 'country', parent: null, arabic: ['فرنسا', ...land('الفرنسية')], english: ['France'] }),
  place({ id: 'be', name: 'Belgium', country: 'BE', lat: 50.5, lon: 4.47, precision: 'country', parent: null, arabic: ['بلجيكا'], english: ['Belgium'] }),
  place({ id: 'ch', name: 'Switzerland', country: 'CH', lat: 46.82, lon: 8.23, precision: 'country', parent: null, arabic: ['سويسرا'], english: ['Switzerland'] }),
  place({ id: 'at', name: 'Austria', country: 'AT', lat: 47.52, lon: 14.55, precision: 'country', parent: null, arabic: ['النمسا'], english: ['Austria'] }),
  place({ id: 'cz', name: 'Czechia', country: 'CZ', lat: 49.82, lon: 15.47, precision: 'country', parent: null, arabic: ['التشيك', 'جمهورية التشيك'], english: ['Czechia', 'Czech Republic'] }),
  place({ id: 'de', name: 'Germany', country: 'DE', lat: 51.17, lon: 10.45, precision: 'country', parent: null, arabic: ['ألمانيا'], english: ['Germany'] }),
  place({ id: 'gb', name: 'United Kingdom', country: 'GB', lat: 55.38, lon: -3.44, precision: 'country', parent: null, arabic: ['بريطانيا', 'المملكة المتحدة'], english: ['United Kingdom', 'Britain', 'UK'] }),
  place({ id: 'it', name: 'Italy', country: 'IT', lat: 41.87, lon: 12.57, precision: 'country', parent: null, arabic: ['إيطاليا'], english: ['Italy'] }),
  place({ id: 'cn', name: 'China', country: 'CN', lat: 35.86, lon: 104.2, precision: 'country', parent: null, arabic: ['الصين'], english: ['China'] }),
  place({ id: 'by', name: 'Belarus', country: 'BY', lat: 53.71, lon: 27.95, precision: 'country', parent: null, arabic: ['بيلاروسيا', 'بيلاروس', 'روسيا البيضاء', 'بيلوروسيا'], english: ['Belarus'] }),
  place({ id: 'kz', name: 'Kazakhstan', country: 'KZ', lat: 48.02, lon: 66.92, precision: 'country', parent: null, arabic: ['كازاخستان', 'كازاخيستان', 'قازاقستان'], english: ['Kazakhstan'] }),
  place({ id: 'kg', name: 'Kyrgyzstan', country: 'KG', lat: 41.2, lon: 74.77, precision: 'country', parent: null, arabic: ['قيرغيزستان', 'قرغيزستان', 'قيرغيزيا', 'قرغيزيا'], english: ['Kyrgyzstan', 'Kirghizia'] }),
  place({ id: 'tj', name: 'Tajikistan', country: 'TJ', lat: 38.86, lon: 71.28, precision: 'country', parent: null, arabic: ['طاجيكستان', 'طاجكستان'], english: ['Tajikistan'] }),
  place({ id: 'uz', name: 'Uzbekistan', country: 'UZ', lat: 41.38, lon: 64.59, precision: 'country', parent: null, arabic: ['أوزبكستان'], english: ['Uzbekistan'] }),
  place({ id: 'ua', name: 'Ukraine', country: 'UA', lat: 48.38, lon: 31.17, precision: 'country', parent: null, arabic: ['أوكرانيا', ...land('الأوكرانية')], english: ['Ukraine'] }),
  place({ id: 'lb', name: 'Lebanon', country: 'LB', lat: 33.85, lon: 35.86, precision: 'country', parent: null, arabic: ['لبنان', 'الجمهورية اللبنانية', ...land('اللبنانية')], english: ['Lebanon'] }),
  place({ id: 'il', name: 'Israel', country: 'IL', lat: 31.05, lon: 34.85, precision: 'country', parent: null, arabic: ['إسرائيل', 'اسرائيل', ...land('الإسرائيلية')], english: ['Israel'] }),
  place({ id: 'ps', name: 'Palestine', country: 'PS', lat: 31.95, lon: 35.23, precision: 'country', parent: null, arabic: ['فلسطين', 'دولة فلسطين', 'الأراضي الفلسطينية', 'الأراضي الفلسطينية المحتلة'], english: ['Palestine', 'Palestinian territories', 'State of Palestine'] }),
  place({ id: 'sy', name: 'Syria', country: 'SY', lat: 34.8, lon: 38.99, precision: 'country', parent: null, arabic: ['سوريا', 'الجمهورية العربية السورية', ...land('السورية')], english: ['Syria'] }),
  place({ id: 'jo', name: 'Jordan', country: 'JO', lat: 30.59, lon: 36.24, precision: 'country', parent: null, arabic: ['الأردن', 'المملكة الأردنية', 'المملكة الأردنية الهاشمية', ...land('الأردنية')], english: ['Jordan'] }),
  place({ id: 'iq', name: 'Iraq', country: 'IQ', lat: 33.22, lon: 43.68, precision: 'country', parent: null, arabic: ['العراق', 'جمهورية العراق', ...land('العراقية')], english: ['Iraq'] }),
  place({ id: 'ye', name: 'Yemen', country: 'YE', lat: 15.55, lon: 48.52, precision: 'country', parent: null, arabic: ['اليمن', 'الجمهورية اليمنية', ...land('اليمنية')], english: ['Yemen'] }),
  place({ id: 'sd', name: 'Sudan', country: 'SD', lat: 12.86, lon: 30.22, precision: 'country', parent: null, arabic: ['السودان', 'جمهورية السودان', ...land('السودانية')], english: ['Sudan'] }),
  place({ id: 'ss', name: 'South Sudan', country: 'SS', lat: 6.88, lon: 31.31, precision: 'country', parent: null, arabic: ['جنوب السودان', 'دولة جنوب السودان'], english: ['South Sudan'] }),
  place({ id: 'td', name: 'Chad', country: 'TD', lat: 15.45, lon: 18.73, precision: 'country', parent: null, arabic: ['تشاد'], english: ['Chad'] }),
  place({ id: 'et', name: 'Ethiopia', country: 'ET', lat: 9.15, lon: 40.49, precision: 'country', parent: null, arabic: ['إثيوبيا', 'أثيوبيا'], english: ['Ethiopia'] }),
  place({ id: 'ly', name: 'Libya', country: 'LY', lat: 26.34, lon: 17.23, precision: 'country', parent: null, arabic: ['ليبيا', ...land('الليبية')], english: ['Libya'] }),
  place({ id: 'eg', name: 'Egypt', country: 'EG', lat: 26.82, lon: 30.8, precision: 'country', parent: null, arabic: ['مصر', 'جمهورية مصر العربية', ...land('المصرية')], english: ['Egypt'] }),
  place({ id: 'sa', name: 'Saudi Arabia', country: 'SA', lat: 23.89, lon: 45.08, precision: 'country', parent: null, arabic: ['السعودية', 'المملكة العربية السعودية', ...land('السعودية')], english: ['Saudi Arabia'] }),
  place({ id: 'ae', name: 'United Arab Emirates', country: 'AE', lat: 23.42, lon: 53.85, precision: 'country', parent: null, arabic: ['الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات'], english: ['United Arab Emirates', 'UAE'] }),
  place({ id: 'qa', name: 'Qatar', country: 'QA', lat: 25.35, lon: 51.18, precision: 'country', parent: null, arabic: ['قطر', 'دولة قطر'], english: ['Qatar'] }),
  place({ id: 'om', name: 'Oman', country: 'OM', lat: 21.51, lon: 55.92, precision: 'country', parent: null, arabic: ['سلطنة عمان', '?عمان'], english: ['Oman'] }),
  place({ id: 'kw', name: 'Kuwait', country: 'KW', lat: 29.31, lon: 47.48, precision: 'country', parent: null, arabic: ['الكويت', 'دولة الكويت'], english: ['Kuwait'] }),
];
