/**
 * Every statement the event store runs, in one file. The append itself is the
 * PL/pgSQL function `sitrep_append_events` (one round trip: position
 * allocation, stream lock, idempotency, expected version, insert, NOTIFY) and,
 * for appends grouped into one commit, `sitrep_append_group`. Their live
 * definitions are in event-store.functions.ts (checked against a migrated
 * database); the migrations that made them stay frozen.
 *
 * ## Why a position cursor is safe here
 *
 * The problem every PostgreSQL event store meets: positions are handed out
 * when a transaction inserts, but become visible when it commits, and those
 * two orders differ. A reader that returned position 11 while position 10's
 * transaction was still open would never see 10.
 *
 * Emmett answers with an order over (transaction id, position) and a
 * two-part checkpoint. Sitrep keeps a one-number checkpoint that other code
 * compares with `<` (projection validity intervals, lag, read-your-writes),
 * so every event gets an ordering id and the reader fences on the snapshot's
 * xmin:
 *
 *   (I') append: positions are taken one transaction at a time under a short
 *        lock; an event's ordering id is its transaction's id, or, when that
 *        transaction is older than one that already took positions (it wrote
 *        before appending, or appends a second time), the youngest such id,
 *        recorded as a fence row (event_position_fences) in the same
 *        transaction. So every transaction that held positions below e when
 *        e's were taken has an id <= oid(e). Nobody waits for that.
 *
 *   (R)  read, in one statement and so one snapshot S with xmin(S) = the
 *        oldest transaction still running: take the visible events after the
 *        cursor in position order and stop before the first one whose
 *        ordering id is >= xmin(S) (the fence: its transaction id, or a
 *        visible fence row at or below its position).
 *
 * Claim: once (R) has returned position c, no event with a position below c
 * can become visible later. Take such an event f, invisible to S, so its
 * transaction T took pos(f) before c's positions were taken and is still
 * running at S: xmin(S) <= xid(T) <= oid(c) by (I'), but returned events
 * have oid(c) < xmin(S): contradiction. Rolled-back transactions leave gaps,
 * never late arrivals. (Until migrations/20261206000100 the writer waited
 * instead, for every appender in flight, holding the allocation lock: one
 * open appending transaction stalled every writer, and interleaved
 * transactions on unrelated streams deadlocked.)
 *
 * Consequences: `position` is strictly increasing in read order; a
 * checkpoint is "the last position I applied"; `headPosition()` is the
 * highest position below the fence. The price: any transaction in the
 * cluster holding an xid (not only appenders) holds the fence while it runs,
 * so keep transactions short; a reader waits, it never skips, and a writer
 * never waits for another transaction except on the same stream.
 */
import { type Kysely, sql } from 'kysely';
import type postgres from 'postgres';
import type { EventSqlRow, EventSqlValues } from './row-mapping.js';

/** Any Kysely instance or transaction whose database includes EventStoreTables. */
export type EventStoreExecutor = Kysely<any>;

/** NOTIFY channel of the append function; the payload is the batch's last position. */
export const EVENTS_CHANNEL = 'sitrep_events';

const MAX_BIGINT = '9223372036854775807';

export type AppendStatus = 'appended' | 'already_appended' | 'partial_duplicate' | 'event_id_conflict' | 'conflict';

export interface AppendSqlRow extends Omit<EventSqlRow, 'position' | 'stream_version' | 'event_id' | 'transaction_id'> {
  status: AppendStatus;
  actual_version: string | number | bigint;
  position: string | number | bigint | null;
  stream_version: string | number | bigint | null;
  event_id: string | null;
  transaction_id: string | null;
}

/**
 * One append, one round trip:
 *
 * ```sql
 * SELECT * FROM sitrep_append_events('report-3f2a', 'exact', 4, '[{"id":"…","type":"ReportSubmitted","data":{…}}]', true)
 * ```
 */
export async function appendEventsSql(
  executor: EventStoreExecutor,
  input: { streamId: string; expectedKind: string; expectedVersion: number | null; eventsJson: string; notify: boolean },
): Promise<AppendSqlRow[]> {
  const { rows } = await sql<AppendSqlRow>`
    SELECT * FROM sitrep_append_events(
      ${input.streamId}::text, ${input.expectedKind}::text, ${input.expectedVersion}::bigint,
      ${input.eventsJson}::text::jsonb, ${input.notify}::boolean)`.execute(executor);
  return rows;
}

export interface AppendGroupSqlRow extends AppendSqlRow {
  /** 1-based index of the request this row answers. */
  request: number;
}

/** One request of a group: the stream, the expected version and the events' JSON as appendEventsSql takes them. */
export interface AppendGroupRequest {
  streamId: string;
  expectedKind: string;
  expectedVersion: number | null;
  eventsJson: string;
}

/**
 * Several appends in one transaction and one round trip, run in order as if
 * sent one after another (migrations/20261124000100_event_store_fast_append.ts).
 * Returns each request's rows, in request order. The events' JSON is spliced
 * in as already serialised, not parsed and serialised again.
 *
 * ```sql
 * SELECT * FROM sitrep_append_group('[{"s":"report-1","k":"no_stream","v":null,"e":[…]}, {"s":"report-2",…}]')
 * ```
 */
export async function appendGroupSql(executor: EventStoreExecutor, requests: readonly AppendGroupRequest[]): Promise<AppendSqlRow[][]> {
  const json = `[${requests
    .map(
      (r) =>
        `{"s":${JSON.stringify(r.streamId)},"k":${JSON.stringify(r.expectedKind)},"v":${r.expectedVersion === null ? 'null' : String(r.expectedVersion)},"e":${r.eventsJson}}`,
    )
    .join(',')}]`;
  const { rows } = await sql<AppendGroupSqlRow>`SELECT * FROM sitrep_append_group(${json}::text::jsonb)`.execute(executor);
  const byRequest: AppendSqlRow[][] = requests.map(() => []);
  for (const row of rows) {
    const rows = byRequest[Number(row.request) - 1];
    if (!rows) throw new Error(`sitrep_append_group answered request ${String(row.request)} of ${requests.length}`);
    rows.push(row);
  }
  return byRequest;
}

/**
 * The wake-up of an append made in its own transaction, sent after it committed
 * (see CommitNotifier for why not inside it), as one statement:
 *
 * ```sql
 * SELECT set_config('synchronous_commit', 'off', true), pg_notify('sitrep_events', '1042')
 * ```
 *
 * A NOTIFY gives its transaction an id (the queue entry records it), so its
 * commit writes a commit record and, with synchronous_commit on, waits for a
 * WAL flush of its own: a second disk flush for every append. A wake-up need
 * not survive a crash (subscribers also poll), so this transaction commits
 * without waiting: the setting is local to the statement's implicit
 * transaction, and PostgreSQL reads it when it writes the commit record, before
 * local settings are undone.
 */
export async function notifySql(executor: EventStoreExecutor, position: number): Promise<void> {
  await sql`SELECT set_config('synchronous_commit', 'off', true), pg_notify(${EVENTS_CHANNEL}, ${String(position)})`.execute(executor);
}

/** notifySql through Postgres.js itself (no Kysely pool reservation: safe while the pool is ending). */
export async function notifyWithPostgres(client: postgres.Sql, position: number): Promise<void> {
  await client`SELECT set_config('synchronous_commit', 'off', true), pg_notify(${EVENTS_CHANNEL}, ${String(position)})`;
}

/**
 * The lowest position a visible fence row holds back from this statement's
 * snapshot (bigint max when none): an uncorrelated subquery, run once.
 */
const FENCED_FROM = sql.raw(`SELECT coalesce(min(f.first_position), ${MAX_BIGINT})
         FROM event_position_fences f
        WHERE f.fence_xid >= pg_snapshot_xmin(pg_current_snapshot())`);

const EVENT_COLUMNS = sql.raw(`e.position, e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version,
       e.data, e.metadata, e.occurred_at, e.recorded_at, e.transaction_id`);

/**
 * The gap-safe global read, (R) above: the next page in position order, cut
 * at its first event whose ordering id is not below xmin (its transaction's
 * id, or a fence at or below its position).
 *
 * One pass: the page is read once, each row flagged against the snapshot's
 * xmin (computed once, an InitPlan), and the cut is made by the caller on the
 * rows already read (readAllSql, readAllValuesSql), so a read costs O(limit)
 * even while a long transaction holds xmin back behind thousands of newer
 * events. (It was a page of positions first, then the events below the cut:
 * every row visited twice.) Rows past the cut are dropped; the statement's one
 * snapshot is what makes the cut sound.
 *
 * The columns come in EventSqlValues' order, `final` last, with or without
 * omitted data fields.
 */
function readAllStatement(after: number, limit: number, omitDataFields: readonly string[]) {
  // `?|` first: events without any of the fields (most of them) are sent as stored, not rebuilt by `-`.
  const data = omitDataFields.length
    ? sql`CASE WHEN e.data ?| ${omitDataFields}::text[] THEN e.data - ${omitDataFields}::text[] ELSE e.data END`
    : sql`e.data`;
  return sql<EventSqlRow & { final: boolean }>`
    SELECT e.position, e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version,
           ${data} AS data, e.metadata, e.occurred_at, e.recorded_at, e.transaction_id,
           e.transaction_id < (SELECT pg_snapshot_xmin(pg_current_snapshot()))
             AND e.position < (${FENCED_FROM}) AS final
    FROM events e
    WHERE e.position > ${after}::bigint
    ORDER BY e.position
    LIMIT ${limit}::integer`;
}

/** readAllStatement through Kysely: rows as objects, cut at the first one not final. */
export async function readAllSql(
  executor: EventStoreExecutor,
  after: number,
  limit: number,
  omitDataFields: readonly string[] = [],
): Promise<EventSqlRow[]> {
  const { rows } = await readAllStatement(after, limit, omitDataFields).execute(executor);
  // A row missing from the result (seen once when the session was terminated mid-result) ends the page like an
  // unfinished row: what follows it is read again by the next call, never skipped.
  const cut = rows.findIndex((row) => !row?.final);
  return cut === -1 ? rows : rows.slice(0, cut);
}

/**
 * The same statement (compiled by Kysely, sent as Kysely sends it: prepared)
 * through Postgres.js itself, each row an array of values in column order:
 * no object built key by key for each row by the client, and no copy of the
 * page by the Kysely driver, before valuesToRecordedEvent builds the event
 * (issue 17: about 3% of a full scan's Node CPU in paired runs).
 */
export async function readAllValuesSql(
  client: postgres.Sql,
  compiler: EventStoreExecutor,
  after: number,
  limit: number,
  omitDataFields: readonly string[] = [],
): Promise<EventSqlValues[]> {
  const query = readAllStatement(after, limit, omitDataFields).compile(compiler);
  const rows: readonly (readonly unknown[] | undefined)[] = await client
    .unsafe(query.sql, query.parameters as postgres.ParameterOrJSON<never>[], { prepare: true })
    .values();
  // Copied into a plain array: the client's result is an Array subclass, which Array's builtins (findIndex,
  // slice, map) walk on their slow generic path, element by element. As in readAllSql, a missing row ends the
  // page like an unfinished one. The flag stays on each row as a twelfth value.
  const page: EventSqlValues[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row?.[FINAL] !== true) break;
    page.push(row as unknown as EventSqlValues);
  }
  return page;
}

/** Where `final` comes in a row of readAllStatement's values: after EventSqlValues. */
const FINAL = 11;

/**
 * Whether any committed event lies after `after`, fenced or not: when readAll
 * returns nothing but this is true, an open transaction holds the fence and a
 * subscriber should look again soon rather than sleep until the next NOTIFY.
 */
export async function hasEventsAfterSql(executor: EventStoreExecutor, after: number): Promise<boolean> {
  const { rows } = await sql<{ pending: boolean }>`
    SELECT EXISTS (SELECT 1 FROM events e WHERE e.position > ${after}::bigint) AS pending`.execute(executor);
  return rows[0]?.pending === true;
}

/** The highest committed position, whether readAllSql can return it yet or not (0 when none). */
export async function committedPositionSql(executor: EventStoreExecutor): Promise<string | number | bigint> {
  const { rows } = await sql<{ position: string | number | bigint }>`
    SELECT coalesce(max(e.position), 0) AS position FROM events e`.execute(executor);
  return rows[0]?.position ?? 0;
}

/**
 * The highest position readAllSql can return now (0 when none): the last
 * event below the first one whose ordering id is not below xmin, found
 * through events_transaction_id_position_idx (only recent transactions'
 * events) and the fence rows' index.
 */
export async function headPositionSql(executor: EventStoreExecutor): Promise<string | number | bigint> {
  const { rows } = await sql<{ position: string | number | bigint }>`
    SELECT coalesce(max(e.position), 0) AS position
    FROM events e
    WHERE e.position < least(
            coalesce(
              (SELECT min(u.position)
                 FROM events u
                WHERE u.transaction_id >= pg_snapshot_xmin(pg_current_snapshot())),
              ${MAX_BIGINT}::bigint),
            (${FENCED_FROM}))`.execute(executor);
  return rows[0]?.position ?? 0;
}

/**
 * A stream's events in version order. No fence: a stream is read to decide,
 * under the snapshot's rules; the expected-version check catches anything
 * committed after it.
 */
export async function readStreamSql(
  executor: EventStoreExecutor,
  streamId: string,
  from: number,
  to: number | null,
): Promise<EventSqlRow[]> {
  const { rows } = await sql<EventSqlRow>`
    SELECT ${EVENT_COLUMNS}
    FROM events e
    WHERE e.stream_id = ${streamId}::text
      AND e.stream_version >= ${from}::bigint
      AND (${to}::bigint IS NULL OR e.stream_version <= ${to}::bigint)
    ORDER BY e.stream_version`.execute(executor);
  return rows;
}

/**
 * Several streams' events, grouped by stream and in version order within each, through the
 * (stream_id, stream_version) unique index. One statement, so one snapshot for all of them; like
 * readStreamSql, no fence.
 *
 * ```sql
 * SELECT … FROM events e WHERE e.stream_id = ANY('{report-1,report-2}'::text[]) ORDER BY e.stream_id, e.stream_version
 * ```
 */
export async function readStreamsSql(executor: EventStoreExecutor, streamIds: readonly string[]): Promise<EventSqlRow[]> {
  const { rows } = await sql<EventSqlRow>`
    SELECT ${EVENT_COLUMNS}
    FROM events e
    WHERE e.stream_id = ANY(${streamIds}::text[])
    ORDER BY e.stream_id, e.stream_version`.execute(executor);
  return rows;
}

export interface StoreHealthRow {
  server_version_num: number;
  highest_stored_xid: string | null;
  highest_allocator_xid: string;
  next_xid: string;
}

/**
 * What verifyEventStore compares: the ids history carries against a fresh id
 * of this server. pg_current_xact_id() spends one id, once per start; the
 * snapshot's xmax would not, but an appender still running can already hold
 * an id at or above it (and the allocator mark is written before commit).
 */
export async function storeHealthSql(executor: EventStoreExecutor): Promise<StoreHealthRow> {
  const { rows } = await sql<StoreHealthRow>`
    SELECT current_setting('server_version_num')::integer AS server_version_num,
           (SELECT e.transaction_id::text FROM events e ORDER BY e.transaction_id DESC LIMIT 1) AS highest_stored_xid,
           (SELECT q.last_value::text FROM event_allocator_xid_seq q) AS highest_allocator_xid,
           pg_current_xact_id()::text AS next_xid`.execute(executor);
  return rows[0]!;
}

/**
 * Maintenance after a restore into another cluster (see TransactionIdAheadError).
 * Under an EXCLUSIVE lock (appends wait, readers do not) the committed
 * history's transaction ids become 3, the lowest normal id: below any
 * snapshot's xmin, so the fence passes them; the order is by position and
 * does not change; fence rows (ids of the old cluster) are dropped, the
 * history they held back being all committed. Run with writers stopped,
 * inside a transaction.
 */
export async function rebaseTransactionIdsSql(trx: EventStoreExecutor): Promise<number> {
  await sql`LOCK TABLE events IN EXCLUSIVE MODE`.execute(trx);
  await sql`SELECT set_config('sitrep.allow_event_rewrite', 'on', true)`.execute(trx);
  const result = await sql`
    UPDATE events SET transaction_id = '3'::xid8
    WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())`.execute(trx);
  await sql`DELETE FROM event_position_fences`.execute(trx);
  await sql`SELECT setval('event_allocator_xid_seq', 0)`.execute(trx);
  await sql`SELECT set_config('sitrep.allow_event_rewrite', 'off', true)`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
