import { normalizeKey } from '../text/normalize.js';
import type { Place } from './types.js';

/**
 * «مدينة البغدادي» (al-Baghdadi, a town of Anbar), «قرية الحلبي»: a name that is the nisba of a known place
 * («بغداد» + «ي») names another place after it, not that place. `name` is normalised.
 */
export function isNisbaOfPlace(name: string, place: Place): boolean {
  const stem = name.replace(/^ال/, '').replace(/يه?$/, '');
  if (stem.length < 3 || stem === name.replace(/^ال/, '')) return false;
  return place.arabic.some((a) => normalizeKey(a).replace(/^ال/, '') === stem);
}
