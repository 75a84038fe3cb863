import type { RegionPack } from './types.js';

/** Israel and its neighbours: «الاحتلال» (the occupation) in Arabic copy is Israel. */
export const LEVANT: RegionPack = {
  id: 'levant',
  authorities: [],
  epithets: { occupation: 'IL' },
};
