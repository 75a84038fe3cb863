/** Every place of the gazetteer, in data order (order breaks ties between same-spelled places). */
import { AFGHANISTAN } from './places.afghanistan.js';
import { AIR_BASES } from './places.air-bases.js';
import { ARMENIA } from './places.armenia.js';
import { AZERBAIJAN, KARABAKH } from './places.azerbaijan.js';
import { BORDERS } from './places.borders.js';
import { COUNTRIES } from './places.countries.js';
import { MAJOR_CITIES } from './places.major-cities.js';
import { ISRAEL, JORDAN, LEBANON, PALESTINE, SYRIA } from './places.levant.js';
import { EGYPT, IRAQ, LIBYA, SUDAN, YEMEN } from './places.mena.js';
import {
  IRAQI_GOVERNORATES,
  SOMALI_REGIONS,
  SOUTH_SUDANESE_STATES,
  SUDANESE_STATES, SYRIAN_GOVERNORATES, UKRAINIAN_OBLASTS, YEMENI_GOVERNORATES } from './places.governorates.js';
import { REGION } from './places.region.js';
import { REGIONS_AND_AREAS } from './places.regions.js';
import { SAHEL } from './places.sahel.js';
import { UKRAINE } from './places.ukraine.js';
import { WORLD_COUNTRIES } from './places.world-countries.js';
import type { Place } from './types.js';

export const ALL_PLACES: readonly Place[] = [
  ...COUNTRIES,
  ...ARMENIA,
  ...AZERBAIJAN,
  ...KARABAKH,
  ...BORDERS,
  ...REGION,
  ...LEBANON,
  ...ISRAEL,
  ...PALESTINE,
  ...SYRIA,
  ...SYRIAN_GOVERNORATES,
  ...JORDAN,
  ...IRAQ,
  ...IRAQI_GOVERNORATES,
  ...YEMEN,
  ...YEMENI_GOVERNORATES,
  ...SUDAN,
  ...SUDANESE_STATES,
  ...LIBYA,
  ...EGYPT,
  ...SAHEL,
  ...AIR_BASES,
  ...UKRAINE,
  ...UKRAINIAN_OBLASTS,
  ...AFGHANISTAN,
  ...MAJOR_CITIES,
  ...SOMALI_REGIONS,
  ...SOUTH_SUDANESE_STATES,
  ...REGIONS_AND_AREAS,
  // Generated, last: a curated place wins a tie of spellings.
  ...WORLD_COUNTRIES,
];
