import { createCasualtiesProjection } from './casualties/casualties.projection.js';
import { createIncidentsProjection } from './incidents/incidents.projection.js';
import { gazetteerDirectory } from './locations/gazetteer-directory.js';
import { placeChainOf } from './locations/place-directory.js';
import type { Projection } from './runner/projection.js';

/**
 * The projections Sitrep runs, in one place for the API and the CLI. Bump a
 * version here when its rule or rows change: the next start rebuilds it beside
 * the serving build and swaps when caught up.
 */
export function createReadSideProjections(): Projection[] {
  return [
    // The linking rule changed (issue 13: broad places, undated events) without a version bump, because the
    // automatic rebuild at start and an explicit `sitrep rebuild` made the command hang; that was the command
    // matching builds by position, fixed since, so a bump is now safe. Existing deployments: `sitrep rebuild incidents` once.
    // 2: place rows carry their incident's date_from (migration 20261206000300)
    createIncidentsProjection({ placeChain: placeChainOf(gazetteerDirectory), version: 2 }),
    // 2: running tolls (cumulative, period) are stored with their claim
    createCasualtiesProjection({ version: 2 }),
  ];
}
