import { type Kysely, sql } from 'kysely';

/**
 * The event store: `streams` (one row per stream, its current version) and
 * `events` (append-only history), plus `sitrep_append_events`, the only
 * writer of both. libs/event-store/src/postgres/event-store.sql.ts calls it and
 * holds the reads; together they are the whole story, and the proof of the
 * ordering guarantee is written next to the code that relies on it:
 *
 * Global order. `events.position` is allocated by the append function under a
 * short allocation lock, in the order of the writing transactions' ids
 * (xid8): a transaction whose id is older than one that already took
 * positions first waits for every in-flight appender to finish. Invariant:
 *
 *   (I) if pos(e) < pos(f) and xid(e) > xid(f), then f's transaction took its
 *       positions after e's transaction had ended.
 *
 * Readers return, in position order, only the events that precede the first
 * visible event whose transaction id is not below the snapshot's xmin (the
 * oldest transaction still running). (I) makes that prefix final: nothing
 * with a lower position can commit later (see event-store.sql.ts).
 *
 * Frozen in time: later changes to the function go into new migrations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE streams (
      stream_id   text        PRIMARY KEY CHECK (stream_id <> '' AND length(stream_id) <= 200),
      -- The category, text before the first '-' ('report' for 'report-3f2a…'), for per-category reads.
      stream_type text        NOT NULL,
      version     bigint      NOT NULL CHECK (version >= 0),
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // Positions come from this sequence only through sitrep_append_events, under
  // its allocation lock; CACHE 1 so values are handed out in call order.
  await sql`CREATE SEQUENCE events_position_seq AS bigint START 1 CACHE 1`.execute(db);

  // Not a counter: the id of the youngest transaction that has taken positions,
  // kept in a sequence because sequences ignore rollback (a plain row would be
  // a lock held to commit, serialising every append).
  await sql`CREATE SEQUENCE event_allocator_xid_seq AS bigint MINVALUE 0 START 0 CACHE 1`.execute(db);

  await sql`
    CREATE TABLE events (
      position       bigint      PRIMARY KEY,
      transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
      stream_id      text        NOT NULL REFERENCES streams (stream_id),
      stream_version bigint      NOT NULL CHECK (stream_version >= 1),
      event_id       uuid        NOT NULL,
      type           text        NOT NULL CHECK (type <> ''),
      schema_version integer     NOT NULL DEFAULT 1 CHECK (schema_version >= 1),
      data           jsonb       NOT NULL,
      metadata       jsonb       NOT NULL DEFAULT '{}',
      occurred_at    timestamptz NOT NULL,
      recorded_at    timestamptz NOT NULL DEFAULT statement_timestamp(),
      CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
      CONSTRAINT events_event_id_key UNIQUE (event_id)
    )`.execute(db);
  await sql`ALTER SEQUENCE events_position_seq OWNED BY events.position`.execute(db);

  // The gap-safe read looks up "events whose transaction is not yet below xmin":
  // always a short range at the top of this index.
  await sql`CREATE INDEX events_transaction_id_position_idx ON events (transaction_id, position)`.execute(db);

  // History is never rewritten; a positional cursor is only sound if a
  // position's row never changes. The escape hatch is for an operator's
  // maintenance (rebaseTransactionIds after a restore), set per transaction.
  await sql`
    CREATE FUNCTION sitrep_events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('sitrep.allow_event_rewrite', true) = 'on' THEN
        RETURN NULL;
      END IF;
      RAISE EXCEPTION 'events are immutable: % is not allowed on events', TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Record a correcting event instead.';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION sitrep_events_are_immutable()`.execute(db);

  await sql.raw(APPEND_FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP FUNCTION IF EXISTS sitrep_append_events(text, text, bigint, jsonb, boolean)`.execute(db);
  await sql`DROP TABLE IF EXISTS events`.execute(db);
  await sql`DROP FUNCTION IF EXISTS sitrep_events_are_immutable()`.execute(db);
  await sql`DROP SEQUENCE IF EXISTS event_allocator_xid_seq`.execute(db);
  await sql`DROP TABLE IF EXISTS streams`.execute(db);
}

/**
 * One call = one append, in one round trip, atomic with the caller's
 * transaction. Expected outcomes come back as a `status` column rather than
 * as exceptions, so a conflict inside a caller's transaction leaves that
 * transaction usable:
 *
 *   appended          one row per new event (data/metadata omitted: the caller has them)
 *   already_appended  one row per stored event: every id was already in this stream
 *   partial_duplicate rows for the ids already in this stream (others are new)
 *   event_id_conflict rows for the ids stored in another stream
 *   conflict          one row, actual_version = the stream's version (0: no stream)
 *
 * p_expected_kind: 'any' | 'no_stream' | 'stream_exists' | 'exact' (with p_expected_version).
 * p_events: [{ id, type, schemaVersion?, data, metadata?, occurredAt? }, …]
 */
const APPEND_FUNCTION = `
CREATE FUNCTION sitrep_append_events(
  p_stream_id        text,
  p_expected_kind    text,
  p_expected_version bigint,
  p_events           jsonb,
  p_notify           boolean
) RETURNS TABLE (
  status         text,
  actual_version bigint,
  "position"     bigint,
  stream_id      text,
  stream_version bigint,
  event_id       uuid,
  type           text,
  schema_version integer,
  data           jsonb,
  metadata       jsonb,
  occurred_at    timestamptz,
  recorded_at    timestamptz,
  transaction_id xid8
)
LANGUAGE plpgsql
AS $fn$
#variable_conflict use_column
DECLARE
  v_count     integer     := jsonb_array_length(p_events);
  v_now       timestamptz := statement_timestamp();
  v_ids       uuid[];
  v_version   bigint;
  v_exists    boolean;
  v_attempts  integer     := 0;
  v_stored    integer;
  v_here      integer;
  v_xid       xid8;
  v_last_xid  bigint;
  v_first     bigint;
  v_alloc_held   boolean  := false;
  v_barrier_held boolean  := false;
BEGIN
  IF v_count IS NULL OR v_count = 0 THEN
    RAISE EXCEPTION 'sitrep_append_events: empty batch' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_expected_kind NOT IN ('any', 'no_stream', 'stream_exists', 'exact') THEN
    RAISE EXCEPTION 'sitrep_append_events: unknown expected version kind %', p_expected_kind
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  SELECT array_agg((t.e ->> 'id')::uuid ORDER BY t.o) INTO v_ids
  FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, o);

  -- 1. Take positions first, in transaction-id order (invariant I). First,
  --    because the transaction id is assigned by the first write (the stream
  --    row lock below is one): taken here, under the allocation lock, it is
  --    the newest id, so ids and positions are handed out in the same order.
  --    A batch that turns out to be a duplicate or a conflict leaves a gap.
  --    The allocation lock is session-level so it can be released before
  --    commit; the handler releases it on any error, cancellation included.
  --    Every appender also holds the barrier lock in shared mode until it
  --    ends, so an appender older than the last one can wait for all of them.
  BEGIN
    PERFORM pg_advisory_lock(1397314642, 1);
    v_alloc_held := true;
    PERFORM pg_advisory_xact_lock_shared(1397314642, 2);

    -- Assigned here unless the caller's transaction already wrote before
    -- appending: only then can it be older than the last allocator's.
    v_xid := pg_current_xact_id();
    SELECT q.last_value INTO v_last_xid FROM event_allocator_xid_seq q;

    IF v_xid::text::bigint < v_last_xid THEN
      -- A younger transaction already holds lower positions. If it were still
      -- running when we commit, a reader could pass our positions and miss its
      -- events later. Wait until every other appender has ended (our own
      -- shared hold does not conflict with us).
      PERFORM pg_advisory_lock(1397314642, 2);
      v_barrier_held := true;
      PERFORM pg_advisory_unlock(1397314642, 2);
      v_barrier_held := false;
    ELSE
      PERFORM setval('event_allocator_xid_seq', v_xid::text::bigint);
    END IF;

    v_first := nextval('events_position_seq');
    IF v_count > 1 THEN
      PERFORM setval('events_position_seq', v_first + v_count - 1);
    END IF;

    PERFORM pg_advisory_unlock(1397314642, 1);
    v_alloc_held := false;
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    IF v_barrier_held THEN PERFORM pg_advisory_unlock(1397314642, 2); END IF;
    IF v_alloc_held THEN PERFORM pg_advisory_unlock(1397314642, 1); END IF;
    RAISE;
  END;

  -- 2. Take the stream's row lock: every append to a stream queues here, so
  --    the checks below are race-free. In READ COMMITTED each statement of
  --    this function takes a fresh snapshot, so after waiting we see what the
  --    previous holder committed.
  LOOP
    SELECT s.version INTO v_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    v_exists := FOUND;
    EXIT WHEN v_exists;

    -- No stream yet. Ids stored elsewhere are an error; stored here means the
    -- stream was created by a commit after our lookup: go round and lock it.
    IF EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY (v_ids) AND e.stream_id = p_stream_id) THEN
      CONTINUE;
    END IF;
    IF EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY (v_ids)) THEN
      RETURN QUERY
        SELECT 'event_id_conflict'::text, 0::bigint, e.position, e.stream_id, e.stream_version, e.event_id,
               e.type, e.schema_version, NULL::jsonb, NULL::jsonb, e.occurred_at, e.recorded_at, e.transaction_id
        FROM events e WHERE e.event_id = ANY (v_ids) ORDER BY e.position;
      RETURN;
    END IF;
    IF p_expected_kind = 'stream_exists' OR (p_expected_kind = 'exact' AND p_expected_version <> 0) THEN
      RETURN QUERY SELECT 'conflict'::text, 0::bigint, NULL::bigint, p_stream_id, NULL::bigint, NULL::uuid,
                          NULL::text, NULL::integer, NULL::jsonb, NULL::jsonb, NULL::timestamptz, NULL::timestamptz, NULL::xid8;
      RETURN;
    END IF;

    -- Create it at its final version. A concurrent creator makes us wait for
    -- its outcome: committed -> DO NOTHING and we loop to lock its row (and
    -- find our ids there if it was the same report); rolled back -> we insert.
    INSERT INTO streams AS s (stream_id, stream_type, version, created_at, updated_at)
    VALUES (p_stream_id, split_part(p_stream_id, '-', 1), v_count, v_now, v_now)
    ON CONFLICT (stream_id) DO NOTHING;
    IF FOUND THEN
      v_version := 0;
      EXIT;
    END IF;

    v_attempts := v_attempts + 1;
    IF v_attempts >= 5 THEN
      -- Only reachable when the caller's snapshot cannot see committed rows (REPEATABLE READ).
      RAISE EXCEPTION 'sitrep_append_events: stream % was created concurrently; retry the transaction', p_stream_id
        USING ERRCODE = 'serialization_failure';
    END IF;
  END LOOP;

  IF v_exists THEN
    -- 3. Idempotency before the version check: re-posting a batch with its
    --    original (now stale) expected version must succeed as a no-op.
    SELECT count(*), count(*) FILTER (WHERE e.stream_id = p_stream_id) INTO v_stored, v_here
    FROM events e WHERE e.event_id = ANY (v_ids);

    IF v_stored > 0 THEN
      RETURN QUERY
        SELECT CASE
                 WHEN v_here = v_count THEN 'already_appended'
                 WHEN v_here = v_stored THEN 'partial_duplicate'
                 ELSE 'event_id_conflict'
               END,
               v_version, e.position, e.stream_id, e.stream_version, e.event_id,
               e.type, e.schema_version, e.data, e.metadata, e.occurred_at, e.recorded_at, e.transaction_id
        FROM events e
        WHERE e.event_id = ANY (v_ids)
          AND (v_here = v_count OR v_here = v_stored OR e.stream_id <> p_stream_id)
        ORDER BY e.position;
      RETURN;
    END IF;

    -- 4. Expected version, checked against the locked row. Streams always hold
    --    at least one event, so exact 0 means "no stream".
    IF p_expected_kind = 'no_stream' OR (p_expected_kind = 'exact' AND p_expected_version <> v_version) THEN
      RETURN QUERY SELECT 'conflict'::text, v_version, NULL::bigint, p_stream_id, NULL::bigint, NULL::uuid,
                          NULL::text, NULL::integer, NULL::jsonb, NULL::jsonb, NULL::timestamptz, NULL::timestamptz, NULL::xid8;
      RETURN;
    END IF;

    UPDATE streams s SET version = v_version + v_count, updated_at = v_now WHERE s.stream_id = p_stream_id;
  END IF;

  -- 5. Write. The stream lock makes (stream_id, stream_version) free; a unique
  --    violation here can only be an id being appended right now to another stream.
  RETURN QUERY
    INSERT INTO events AS e (position, transaction_id, stream_id, stream_version, event_id, type,
                             schema_version, data, metadata, occurred_at, recorded_at)
    SELECT v_first + t.o - 1, v_xid, p_stream_id, v_version + t.o, (t.e ->> 'id')::uuid, t.e ->> 'type',
           coalesce((t.e ->> 'schemaVersion')::integer, 1), t.e -> 'data', coalesce(t.e -> 'metadata', '{}'::jsonb),
           coalesce((t.e ->> 'occurredAt')::timestamptz, v_now), v_now
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, o)
    ORDER BY t.o
    RETURNING 'appended'::text, v_version + v_count, e.position, e.stream_id, e.stream_version, e.event_id,
              e.type, e.schema_version, NULL::jsonb, NULL::jsonb, e.occurred_at, e.recorded_at, e.transaction_id;

  -- Delivered at commit, only if it commits: a wake-up, not a message.
  IF p_notify THEN
    PERFORM pg_notify('sitrep_events', (v_first + v_count - 1)::text);
  END IF;
END
$fn$`;
