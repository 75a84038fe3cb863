import type { ExtractedLocation } from '@sitrep/extraction';

/**
 * Places for the fallback payload generator (used only until the extractor and
 * its gazetteer can be loaded): ids follow the gazetteer's scheme
 * (`<cc>-<slug>`, `nk-` inside the former NKAO, `xx-` for borders).
 */
export const FALLBACK_PLACES: readonly ExtractedLocation[] = [
  { id: 'nk-karabakh', name: 'Nagorno-Karabakh', country: 'AZ', lat: 39.82, lon: 46.75, precision: 'region' },
  { id: 'nk-stepanakert', name: 'Stepanakert', country: 'AZ', lat: 39.815, lon: 46.752, precision: 'settlement' },
  { id: 'nk-shusha', name: 'Shusha', country: 'AZ', lat: 39.758, lon: 46.749, precision: 'settlement' },
  { id: 'nk-martakert', name: 'Martakert', country: 'AZ', lat: 40.2, lon: 46.81, precision: 'settlement' },
  { id: 'nk-hadrut', name: 'Hadrut', country: 'AZ', lat: 39.52, lon: 47.03, precision: 'settlement' },
  { id: 'az-tartar', name: 'Tartar', country: 'AZ', lat: 40.34, lon: 46.93, precision: 'settlement' },
  { id: 'az-ganja', name: 'Ganja', country: 'AZ', lat: 40.68, lon: 46.36, precision: 'settlement' },
  { id: 'az-barda', name: 'Barda', country: 'AZ', lat: 40.37, lon: 47.13, precision: 'settlement' },
  { id: 'az-fuzuli', name: 'Fuzuli', country: 'AZ', lat: 39.6, lon: 47.15, precision: 'settlement' },
  { id: 'az-lachin', name: 'Lachin', country: 'AZ', lat: 39.64, lon: 46.55, precision: 'settlement' },
  { id: 'am-jermuk', name: 'Jermuk', country: 'AM', lat: 39.84, lon: 45.67, precision: 'settlement' },
  { id: 'am-goris', name: 'Goris', country: 'AM', lat: 39.51, lon: 46.34, precision: 'settlement' },
  { id: 'am-vardenis', name: 'Vardenis', country: 'AM', lat: 40.18, lon: 45.72, precision: 'settlement' },
  { id: 'am-kapan', name: 'Kapan', country: 'AM', lat: 39.21, lon: 46.41, precision: 'settlement' },
  { id: 'am-tavush-province', name: 'Tavush', country: 'AM', lat: 40.87, lon: 45.15, precision: 'region' },
  { id: 'xx-border-am-az', name: 'Armenia–Azerbaijan border', country: null, lat: 40.0, lon: 45.9, precision: 'border' },
  { id: 'sy-idlib-governorate', name: 'Idlib', country: 'SY', lat: 35.93, lon: 36.63, precision: 'region' },
  { id: 'sy-aleppo', name: 'Aleppo', country: 'SY', lat: 36.2, lon: 37.16, precision: 'settlement' },
  { id: 'sy-saraqib', name: 'Saraqib', country: 'SY', lat: 35.86, lon: 36.8, precision: 'settlement' },
  { id: 'lb-tyre', name: 'Tyre', country: 'LB', lat: 33.27, lon: 35.2, precision: 'settlement' },
  { id: 'lb-nabatieh', name: 'Nabatieh', country: 'LB', lat: 33.38, lon: 35.48, precision: 'settlement' },
  { id: 'sd-el-fasher', name: 'El Fasher', country: 'SD', lat: 13.63, lon: 25.35, precision: 'settlement' },
  { id: 'sd-khartoum', name: 'Khartoum', country: 'SD', lat: 15.5, lon: 32.56, precision: 'settlement' },
  { id: 'ye-marib', name: 'Marib', country: 'YE', lat: 15.46, lon: 45.33, precision: 'settlement' },
  { id: 'ly-sirte', name: 'Sirte', country: 'LY', lat: 31.2, lon: 16.59, precision: 'settlement' },
];
