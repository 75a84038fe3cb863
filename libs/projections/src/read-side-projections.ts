import { createCasualtiesProjection } from './casualties/casualties.projection.js';
import { createIncidentsProjection } from './incidents/incidents.projection.js';
import { gazetteerDirectory } from './locations/gazetteer-directory.js';
import { placeChainOf } from './locations/place-directory.js';
import type { Projection } from './runner/projection.js';

/**
 * The projections Sitrep runs, in one place for the API and the CLI. Bump a
 * version here when its rule or rows change: the next start rebuilds it beside
 * the serving build and swaps when caught up. `currentIncidentsLimit`, `heldMembersLimit`: see
 * IncidentsProjectionOptions (the benches' memory and rebuild profiles vary them).
 */
export function createReadSideProjections(options: { currentIncidentsLimit?: number; heldMembersLimit?: number } = {}): Projection[] {
  return [
    // 2 (one bump for two unshipped changes): place rows carry their incident's date_from (migration
    // 20261206000300); incidents are those of the set of events, whatever the order they came in (issue 13
    // item 10): linked in canonical order, members placed by a decision pinned (migration 20261206000400)
    createIncidentsProjection({
      placeChain: placeChainOf(gazetteerDirectory),
      version: 2,
      currentIncidentsLimit: options.currentIncidentsLimit,
      heldMembersLimit: options.heldMembersLimit,
    }),
    // 2: running tolls (cumulative, period) are stored with their claim
    createCasualtiesProjection({ version: 2 }),
  ];
}
