import type { RegionPack } from './types.js';

/** Mali: «الانفصاليون» are the Azawad movements' alliance (CSP, earlier MNLA) fighting the state. */
export const SAHEL: RegionPack = {
  id: 'sahel',
  authorities: [],
  separatists: [{ country: 'ML', party: 'ML-CSP' }],
  epithets: {},
};
