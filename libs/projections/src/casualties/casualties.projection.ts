import { sql } from 'kysely';
import type { RecordedEvent } from '@sitrep/event-store';
import { INCIDENT_EVENT_TYPES } from '@sitrep/extraction';
import type { ExtractedEventData } from '@sitrep/domain';
import { incidentKindOf } from '../incidents/linking.rule.js';
import type { Projection, ProjectionDb } from '../runner/projection.js';
import { REPORT_LIFECYCLE_TYPES, ReportBook } from '../shared/report-book.js';
import { insertUnnest, type UnnestColumn } from '../shared/unnest-insert.js';
import type { CasualtyClaimTable } from './casualty-claim.table.js';
import { claimantKey } from './casualty-summary.js';

export const CASUALTIES_PROJECTION = 'casualties';

/**
 * Casualty claims: one row per figure per extracted event, with its claimant,
 * outlet and quote. Keyed by event id, so whichever incident the event belongs
 * to (the incidents projection decides, merges and splits included) its claims follow.
 */
export function createCasualtiesProjection(options: { version?: number } = {}): Projection {
  return {
    name: CASUALTIES_PROJECTION,
    version: options.version ?? 1,
    canHandle: [...REPORT_LIFECYCLE_TYPES, ...INCIDENT_EVENT_TYPES],
    lookups: [
      { table: 'casualty_claims', columns: ['build', 'event_id', 'report_id', 'valid_from', 'valid_to'] },
      { table: 'projection_reports', columns: ['projection', 'build', 'report_id'] },
    ],
    // A submission's text, content hash and warnings (a fifth of the bench history's data bytes): no row here is made of them.
    unreadDataFields: ['text', 'contentHash', 'warnings'],
    tables: ['casualty_claims', 'projection_reports'],
    apply: (events, { trx, build }) => applyBatch(trx, build, events),
    async dropBuild(db, build) {
      await db.deleteFrom('casualty_claims').where('build', '=', build).execute();
      await db.deleteFrom('projection_reports').where('projection', '=', CASUALTIES_PROJECTION).where('build', '=', build).execute();
    },
  };
}

const CLAIM_COLUMNS: UnnestColumn[] = [
  ['build', 'int4'],
  ['event_id', 'text'],
  ['idx', 'int4'],
  ['report_id', 'text'],
  ['claimant', 'text'],
  ['claimant_party', 'text'],
  ['claimant_name', 'text'],
  ['outlet', 'text'],
  ['quote', 'text'],
  ['side', 'text'],
  ['affiliation', 'text'],
  ['category', 'text'],
  ['min', 'int4'],
  ['max', 'int4'],
  ['approximate', 'bool'],
  ['vague', 'bool'],
  ['cumulative', 'bool'],
  ['period_from', 'text'],
  ['period_to', 'text'],
  ['valid_from', 'int8'],
  ['valid_to', 'int8'],
];

/** A claim as written in a batch: the table's columns, with positions as numbers. */
type ClaimRow = Omit<CasualtyClaimTable, 'valid_from' | 'valid_to' | 'cumulative'> & {
  cumulative: boolean;
  valid_from: number;
  valid_to: number | null;
};

/** Claims of the batch are built in memory; withdrawals close in-batch claims there and stored ones in two statements for the batch. */
async function applyBatch(trx: ProjectionDb, build: number, events: readonly RecordedEvent[]): Promise<void> {
  const book = new ReportBook(trx, CASUALTIES_PROJECTION, build);
  await book.load(events);
  const fresh: ClaimRow[] = [];
  /** Per report, the first withdrawal in this batch: stored claims born before it end there. */
  const withdrawn = new Map<string, number>();
  for (const event of events) {
    const change = book.apply(event);
    if (change) {
      if (change.kind === 'submitted' || change.kind === 'corrected') continue;
      const pos = event.position;
      if (!withdrawn.has(change.reportId)) withdrawn.set(change.reportId, pos);
      for (let i = fresh.length - 1; i >= 0; i--) {
        const c = fresh[i]!;
        if (c.report_id !== change.reportId || c.valid_to !== null) continue;
        if (c.valid_from === pos) fresh.splice(i, 1);
        else if (c.valid_from < pos) c.valid_to = pos;
      }
      continue;
    }
    if (!incidentKindOf(event.type)) continue;
    const data = event.data as ExtractedEventData;
    if (data.background || !data.casualties?.length) continue;
    const report = book.counting(event);
    if (!report) continue;
    const claimant = claimantKey(data.claimant ?? { party: null, name: null }, report.source);
    data.casualties.forEach((c, idx) =>
      fresh.push({
        build,
        event_id: event.id,
        idx,
        report_id: report.report_id,
        claimant,
        claimant_party: data.claimant?.party ?? null,
        claimant_name: data.claimant?.name ?? null,
        outlet: report.source,
        quote: data.evidence?.text ?? '',
        side: c.party,
        affiliation: c.affiliation,
        category: c.category,
        min: c.min,
        max: c.max,
        approximate: c.approximate,
        vague: c.vague,
        cumulative: c.cumulative === true,
        period_from: c.period?.from ?? null,
        period_to: c.period?.to ?? null,
        valid_from: event.position,
        valid_to: null,
      }),
    );
  }
  await book.flush();
  await closeWithdrawnClaims(trx, build, withdrawn);
  // One statement text whatever the number of claims (a VALUES list would be a new prepared statement per count).
  await insertUnnest(trx, 'casualty_claims', CLAIM_COLUMNS, fresh, sql`ON CONFLICT (build, event_id, idx, valid_from) DO NOTHING`);
}

/**
 * Ends the stored claims of the reports the batch withdrew, each report at its first withdrawal:
 * born before it, they end there; born at it (a replay), they never were. Only rows born before the
 * withdrawal: replaying an old one never touches a newer extraction. Two statements for the whole
 * batch: one pair per report was most of a re-extraction's catch-up (bench/optimisations.md).
 * `report_id = ANY(...)` as well as the join: the planner then reads the current-report index
 * instead of hashing every current claim of the build.
 */
async function closeWithdrawnClaims(trx: ProjectionDb, build: number, withdrawn: ReadonlyMap<string, number>): Promise<void> {
  if (!withdrawn.size) return;
  const ids = [...withdrawn.keys()];
  const pos = [...withdrawn.values()].map(String);
  await sql`DELETE FROM casualty_claims c USING unnest(${ids}::text[], ${pos}::bigint[]) AS w(report_id, pos)
    WHERE c.build = ${build} AND c.report_id = ANY(${ids}::text[]) AND c.report_id = w.report_id AND c.valid_to IS NULL AND c.valid_from = w.pos`.execute(
    trx,
  );
  await sql`UPDATE casualty_claims c SET valid_to = w.pos FROM unnest(${ids}::text[], ${pos}::bigint[]) AS w(report_id, pos)
    WHERE c.build = ${build} AND c.report_id = ANY(${ids}::text[]) AND c.report_id = w.report_id AND c.valid_to IS NULL AND c.valid_from < w.pos`.execute(
    trx,
  );
}
