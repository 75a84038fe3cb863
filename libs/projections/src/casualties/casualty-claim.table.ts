import type { Generated, Selectable } from 'kysely';
import type { Int8, NullableInt8 } from '../shared/column-types.js';

/** One casualty figure as one claimant stated it in one report. */
export interface CasualtyClaimTable {
  build: number;
  event_id: string;
  idx: number;
  report_id: string;
  /** The claimant key the summary counts by: party, else name, else `outlet:<outlet>`. */
  claimant: string;
  claimant_party: string | null;
  claimant_name: string | null;
  outlet: string | null;
  quote: string;
  side: string | null;
  affiliation: string;
  category: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  /** A running toll (migration 20261206000200): counts a war or campaign over the period, not this incident. */
  cumulative: Generated<boolean>;
  /** ISO dates (YYYY-MM-DD) the running toll covers, null when unknown. */
  period_from: string | null;
  period_to: string | null;
  valid_from: Int8;
  valid_to: NullableInt8;
}

export type CasualtyClaimRow = Selectable<CasualtyClaimTable>;
