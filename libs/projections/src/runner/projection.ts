import type { Kysely } from 'kysely';
import type { RecordedEvent } from '@sitrep/event-store';
import type { ProjectionTables } from '../projection-tables.js';

export type ProjectionDb = Kysely<ProjectionTables>;

export interface ProjectionContext {
  /** The transaction that also moves this build's checkpoint. */
  trx: ProjectionDb;
  /** Which build of the projection is being written (rows carry it). */
  build: number;
  /** The build's checkpoint before this batch: its rows hold the state as of this position. */
  after: number;
  /** The checkpoint this batch moves to (at or past its last event). */
  to: number;
  /**
   * True while the build is behind the head (full pages): a projection may keep state in
   * memory between batches then, valid for the build as of `to` once the batch commits.
   */
  catchingUp: boolean;
}

/**
 * A projection, Emmett style: a name, a version, the event types it handles and
 * an `apply` that evolves its tables. `apply` receives events in global order,
 * each exactly once per build: the runner's checkpoint guard sees to that, and
 * the row writes are keyed by (build, id, valid_from) so a replay cannot add a row twice.
 * It is called for every batch that moves the checkpoint, with no events when none of the
 * batch's events is one it handles.
 */
export interface Projection {
  readonly name: string;
  /** Bump to rebuild into a new build on the next start (a better linking rule, a new column). */
  readonly version: number;
  readonly canHandle: readonly string[];
  /**
   * The tables its batches look rows up in, with the columns they filter on: the runner keeps
   * their planner statistics current while a build grows (`ANALYZE table (columns)`).
   */
  readonly lookups?: readonly { table: string; columns: readonly string[] }[];
  /**
   * The tables its rows live in (`projection_reports` included when it keeps one): a rebuild
   * then builds in unlogged copies of them of its own and moves the rows in at the swap (see
   * build-space.ts). Without it, a rebuild writes into the shared tables as a serving build does.
   */
  readonly tables?: readonly string[];
  /**
   * Top-level fields of event data its `apply` never reads (a report's whole text): the runner's
   * reads leave out those that none of its projections reads, so they are neither sent nor parsed.
   */
  readonly unreadDataFields?: readonly string[];
  /** Indexes of those tables only queries read: a rebuild's own tables go without them. */
  readonly queryOnlyIndexes?: readonly string[];
  apply(events: readonly RecordedEvent[], ctx: ProjectionContext): Promise<void>;
  /** Removes every row a build wrote. */
  dropBuild(db: ProjectionDb, build: number): Promise<void>;
}
