import type { RegionPack } from './types.js';

/**
 * Armenia–Azerbaijan: the de facto Nagorno-Karabakh authorities (NKR) hold
 * gazetteer places with the `nk-` prefix (their `country` stays AZ), and are
 * Azerbaijan's opponent when a report's sides include Azerbaijan.
 */
export const CAUCASUS: RegionPack = {
  id: 'caucasus',
  authorities: [
    {
      party: 'NKR',
      contests: 'AZ',
      holds: (place) => place.id.startsWith('nk-'),
      territoryIds: ['nk-karabakh'],
    },
  ],
  epithets: {},
};
