import { type Kysely, sql } from 'kysely';

/**
 * Appends never wait for another transaction to end (issue 19). Same tables
 * and results; `sitrep_allocate_positions` gets a new body and readers get
 * one more fence.
 *
 * Before: a transaction whose id was older than the last one that took
 * positions (it wrote before appending, or appended twice while a younger
 * appender came in between) waited, holding the one allocation lock, until
 * every appender in flight had ended, to keep invariant (I) of
 * 20261123000100_event_store.ts. So one open appending transaction stalled
 * every writer of the cluster, and two transactions interleaving appends on
 * unrelated streams deadlocked (T1 holding the allocation lock waited for T2,
 * T2 waited for the allocation lock).
 *
 * Now such a transaction takes its positions at once, and leaves a fence row
 * instead: (its first position, L), L being the youngest transaction id that
 * had taken positions before it (event_allocator_xid_seq). Readers stop
 * before the first event whose transaction id is not below their snapshot's
 * xmin (as before) or whose position is at or after a visible fence whose L
 * is not below xmin. Define the ordering id of an event as max(its
 * transaction's id, the fence's L); the reader's rule is then "stop before
 * the first event whose ordering id is not below xmin", and
 *
 *   (I') every transaction that held positions below an event when that
 *        event's positions were taken has an id at or below its ordering id
 *
 * holds by construction (L is the largest id of any earlier taker; a fresh
 * transaction's id, taken under the allocation lock, is above all of them).
 * The proof of event-store.sql.ts goes through with (I') in place of (I):
 * a returned event c has ordering id < xmin(S); an event f below c invisible
 * to S belongs to a transaction T that took pos(f) before c's positions were
 * taken and is still running at S, so xmin(S) <= id(T) <= ordering id(c) <
 * xmin(S), a contradiction. What waited before (the writer) is now what
 * waits (the reader), and only while those transactions run, which it had
 * to do anyway.
 *
 * The fence row is written in the appender's transaction: visible exactly
 * when its events are, gone with them on rollback. The allocation lock is
 * held only while positions are handed out (no waits inside it).
 *
 * Deploying: readers of a release before this one do not read the fences;
 * run one release at a time (the app migrates at start).
 *
 * Frozen in time: later changes go into new migrations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE event_position_fences (
      first_position bigint PRIMARY KEY,
      -- The youngest transaction id that had taken positions before this one did.
      fence_xid      xid8   NOT NULL
    )`.execute(db);
  // Readers look up "fences not yet below xmin": a short range at the top of this index.
  await sql`CREATE INDEX event_position_fences_fence_xid_idx ON event_position_fences (fence_xid, first_position)`.execute(db);

  await sql`CREATE TABLE event_store_replaced_functions (signature text PRIMARY KEY, definition text NOT NULL)`.execute(db);
  await sql`
    INSERT INTO event_store_replaced_functions (signature, definition)
    VALUES ('sitrep_allocate_positions(integer)',
            pg_get_functiondef('sitrep_allocate_positions(integer)'::regprocedure))`.execute(db);

  await sql.raw(ALLOCATE_FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ def: string }>`
    SELECT definition AS def FROM event_store_replaced_functions WHERE signature = 'sitrep_allocate_positions(integer)'`.execute(db);
  if (rows[0]) await sql.raw(rows[0].def).execute(db);
  await sql`DROP TABLE IF EXISTS event_store_replaced_functions`.execute(db);
  await sql`DROP TABLE IF EXISTS event_position_fences`.execute(db);
}

/**
 * Same signature and results as 20261124000100_event_store_fast_append.ts.
 * The shared hold of (1397314642, 2) is kept, to the end of the transaction,
 * so that a migration can still wait for the appenders in flight by taking it
 * exclusively; no appender takes it exclusively any more.
 */
const ALLOCATE_FUNCTION = `
CREATE OR REPLACE FUNCTION sitrep_allocate_positions(
  p_count integer,
  OUT first_position bigint,
  OUT xid xid8,
  OUT recorded_at timestamptz
)
LANGUAGE plpgsql
AS $fn$
DECLARE
  v_last_xid   bigint;
  v_last_us    bigint;
  v_now_us     bigint;
  v_fence      bigint;
  v_alloc_held boolean := false;
BEGIN
  BEGIN
    PERFORM pg_advisory_lock(1397314642, 1);
    v_alloc_held := true;
    PERFORM pg_advisory_xact_lock_shared(1397314642, 2);

    -- Assigned here, under the lock, unless the transaction already had one.
    xid := pg_current_xact_id();
    SELECT q.last_value INTO v_last_xid FROM event_allocator_xid_seq q;
    IF xid::text::bigint > v_last_xid THEN
      PERFORM setval('event_allocator_xid_seq', xid::text::bigint);
    ELSIF xid::text::bigint < v_last_xid THEN
      -- Older than a transaction that already holds lower positions: readers
      -- must not pass these positions while any such transaction may run.
      v_fence := v_last_xid;
    END IF;

    first_position := nextval('events_position_seq');
    IF p_count > 1 THEN
      PERFORM setval('events_position_seq', first_position + p_count - 1);
    END IF;

    -- Never below the last value handed out, whatever the clock does.
    v_now_us := (extract(epoch FROM clock_timestamp()) * 1000000)::bigint;
    SELECT q.last_value INTO v_last_us FROM event_recorded_at_seq q;
    IF v_now_us > v_last_us THEN
      PERFORM setval('event_recorded_at_seq', v_now_us);
    ELSE
      v_now_us := v_last_us;
    END IF;
    recorded_at := timestamptz 'epoch' + v_now_us * interval '1 microsecond';

    PERFORM pg_advisory_unlock(1397314642, 1);
    v_alloc_held := false;
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    IF v_alloc_held THEN PERFORM pg_advisory_unlock(1397314642, 1); END IF;
    RAISE;
  END;

  IF v_fence IS NOT NULL THEN
    INSERT INTO event_position_fences (first_position, fence_xid) VALUES (first_position, v_fence::text::xid8);
  END IF;
END
$fn$`;
