/**
 * The live definition of every SQL function of the event store, as
 * `pg_get_functiondef` prints it after all migrations ran. The migrations that
 * made them stay frozen (each a step in time); this file is where to read what
 * runs now. `event-store.functions.int-spec.ts` migrates a database and checks
 * that it holds exactly these. A migration that changes a function changes its
 * entry here in the same commit.
 *
 * What each does and why the read is gap-safe: event-store.sql.ts.
 */
export const EVENT_STORE_FUNCTIONS: Readonly<Record<string, string>> = {
  /** Last set by migrations/20261206000100_event_store_no_writer_wait.ts. */
  'sitrep_allocate_positions(integer)': `CREATE OR REPLACE FUNCTION public.sitrep_allocate_positions(p_count integer, OUT first_position bigint, OUT xid xid8, OUT recorded_at timestamp with time zone)
 RETURNS record
 LANGUAGE plpgsql
AS $function$
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
$function$
`,
  /** Last set by migrations/20261124000100_event_store_fast_append.ts. */
  'sitrep_append_events(text,text,bigint,jsonb,boolean)': `CREATE OR REPLACE FUNCTION public.sitrep_append_events(p_stream_id text, p_expected_kind text, p_expected_version bigint, p_events jsonb, p_notify boolean)
 RETURNS TABLE(status text, actual_version bigint, "position" bigint, stream_id text, stream_version bigint, event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb, occurred_at timestamp with time zone, recorded_at timestamp with time zone, transaction_id xid8)
 LANGUAGE plpgsql
AS $function$
#variable_conflict use_column
DECLARE
  v_count integer := jsonb_array_length(p_events);
  v_alloc record;
BEGIN
  IF v_count IS NULL OR v_count = 0 THEN
    RAISE EXCEPTION 'sitrep_append_events: empty batch' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_expected_kind IS NULL OR p_expected_kind NOT IN ('any', 'no_stream', 'stream_exists', 'exact') THEN
    RAISE EXCEPTION 'sitrep_append_events: unknown expected version kind %', p_expected_kind
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  -- Positions first, in transaction-id order (invariant I).
  SELECT a.first_position, a.xid, a.recorded_at INTO v_alloc FROM sitrep_allocate_positions(v_count) a;

  RETURN QUERY
    SELECT * FROM sitrep_append_to_stream(p_stream_id, p_expected_kind, p_expected_version, p_events,
                                          v_alloc.first_position, v_alloc.xid, v_alloc.recorded_at);

  -- Delivered at commit, only if it commits: a wake-up, not a message. Only
  -- when this call wrote (its first position is then ours and visible to us).
  IF p_notify AND EXISTS (SELECT 1 FROM events e WHERE e.position = v_alloc.first_position) THEN
    PERFORM pg_notify('sitrep_events', (v_alloc.first_position + v_count - 1)::text);
  END IF;
END
$function$
`,
  /** Last set by migrations/20261124000100_event_store_fast_append.ts. */
  'sitrep_append_group(jsonb)': `CREATE OR REPLACE FUNCTION public.sitrep_append_group(p_requests jsonb)
 RETURNS TABLE(request integer, status text, actual_version bigint, "position" bigint, stream_id text, stream_version bigint, event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb, occurred_at timestamp with time zone, recorded_at timestamp with time zone, transaction_id xid8)
 LANGUAGE plpgsql
AS $function$
#variable_conflict use_column
DECLARE
  v_s        text[];
  v_k        text[];
  v_v        bigint[];
  v_e        jsonb[];
  v_n        integer[];
  v_total    integer;
  v_alloc    record;
  v_locked   text[];
  v_versions bigint[];
  v_ids      uuid[];
  v_fast     boolean;
  v_offset   bigint := 0;
  i          integer;
BEGIN
  SELECT array_agg(x.r ->> 's' ORDER BY x.o), array_agg(x.r ->> 'k' ORDER BY x.o),
         array_agg((x.r ->> 'v')::bigint ORDER BY x.o), array_agg(x.r -> 'e' ORDER BY x.o),
         array_agg(jsonb_array_length(x.r -> 'e') ORDER BY x.o)
  INTO v_s, v_k, v_v, v_e, v_n
  FROM jsonb_array_elements(p_requests) WITH ORDINALITY AS x(r, o);
  IF v_s IS NULL OR EXISTS (SELECT 1 FROM unnest(v_s, v_k, v_n) AS r(s, k, n)
                            WHERE r.s IS NULL OR r.n IS NULL OR r.n = 0 OR r.k IS NULL
                               OR r.k NOT IN ('any', 'no_stream', 'stream_exists', 'exact')) THEN
    RAISE EXCEPTION 'sitrep_append_group: malformed request' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT sum(n) INTO v_total FROM unnest(v_n) AS n;

  -- Positions for the whole group, in request order (invariant I).
  SELECT a.first_position, a.xid, a.recorded_at INTO v_alloc FROM sitrep_allocate_positions(v_total) a;

  WITH l AS (
    SELECT s.stream_id, s.version FROM streams s WHERE s.stream_id = ANY (v_s) ORDER BY s.stream_id FOR UPDATE
  )
  SELECT coalesce(array_agg(l.stream_id), '{}'::text[]), coalesce(array_agg(l.version), '{}'::bigint[])
  INTO v_locked, v_versions FROM l;

  -- Fast path, set-based: every request appends. That is so exactly when the
  -- streams are distinct, no id is stored or repeated across requests, and
  -- every expected version holds against the locked rows; then running them
  -- in order and running them at once write the same rows.
  SELECT count(DISTINCT s) = count(*) INTO v_fast FROM unnest(v_s) AS s;
  IF v_fast THEN
    v_ids := ARRAY(SELECT (ev ->> 'id')::uuid FROM unnest(v_e) AS e, jsonb_array_elements(e) AS ev);
    SELECT count(DISTINCT id) = count(*) INTO v_fast FROM unnest(v_ids) AS id;
  END IF;
  IF v_fast THEN
    v_fast := NOT EXISTS (SELECT 1 FROM events ev WHERE ev.event_id = ANY (v_ids))
      AND NOT EXISTS (
        SELECT 1
        FROM unnest(v_s, v_k, v_v) AS r(s, k, v)
        LEFT JOIN unnest(v_locked, v_versions) AS c(s, ver) ON c.s = r.s
        WHERE (CASE WHEN c.s IS NULL THEN r.k IN ('any', 'no_stream') OR (r.k = 'exact' AND r.v = 0)
                    ELSE r.k IN ('any', 'stream_exists') OR (r.k = 'exact' AND r.v = c.ver) END) IS NOT TRUE);
  END IF;

  IF v_fast THEN
    -- A stream created meanwhile by another transaction is a unique violation
    -- here: the caller then sends the requests one by one.
    INSERT INTO streams (stream_id, stream_type, version, created_at, updated_at)
    SELECT r.s, split_part(r.s, '-', 1), r.n, v_alloc.recorded_at, v_alloc.recorded_at
    FROM unnest(v_s, v_n) AS r(s, n)
    WHERE r.s <> ALL (v_locked);
    IF cardinality(v_locked) > 0 THEN
      UPDATE streams s SET version = s.version + r.n, updated_at = v_alloc.recorded_at
      FROM unnest(v_s, v_n) AS r(s, n)
      WHERE s.stream_id = r.s AND r.s = ANY (v_locked);
    END IF;

    RETURN QUERY
      WITH q AS (
        SELECT r.o::integer AS o, r.s, r.e, r.n, coalesce(c.ver, 0) AS ver, sum(r.n) OVER (ORDER BY r.o) - r.n AS off
        FROM unnest(v_s, v_e, v_n) WITH ORDINALITY AS r(s, e, n, o)
        LEFT JOIN unnest(v_locked, v_versions) AS c(s, ver) ON c.s = r.s
      ), ins AS (
        INSERT INTO events AS e (position, transaction_id, stream_id, stream_version, event_id, type,
                                 schema_version, data, metadata, occurred_at, recorded_at)
        SELECT v_alloc.first_position + q.off + t.o - 1, v_alloc.xid, q.s, q.ver + t.o, (t.e ->> 'id')::uuid, t.e ->> 'type',
               coalesce((t.e ->> 'schemaVersion')::integer, 1), t.e -> 'data', coalesce(t.e -> 'metadata', '{}'::jsonb),
               coalesce((t.e ->> 'occurredAt')::timestamptz, v_alloc.recorded_at), v_alloc.recorded_at
        FROM q, jsonb_array_elements(q.e) WITH ORDINALITY AS t(e, o)
        ORDER BY q.o, t.o
        RETURNING e.position, e.stream_id, e.stream_version, e.event_id, e.type, e.schema_version,
                  e.occurred_at, e.recorded_at, e.transaction_id
      )
      SELECT q.o, 'appended'::text, q.ver + q.n, ins.position, ins.stream_id, ins.stream_version, ins.event_id,
             ins.type, ins.schema_version, NULL::jsonb, NULL::jsonb, ins.occurred_at, ins.recorded_at, ins.transaction_id
      FROM ins JOIN q ON q.s = ins.stream_id;
    RETURN;
  END IF;

  -- General path: one request after another, each with the one-append logic.
  FOR i IN 1 .. cardinality(v_s) LOOP
    RETURN QUERY
      SELECT i, a.*
      FROM sitrep_append_to_stream(v_s[i], v_k[i], v_v[i], v_e[i],
                                   v_alloc.first_position + v_offset, v_alloc.xid, v_alloc.recorded_at) a;
    v_offset := v_offset + v_n[i];
  END LOOP;
END
$function$
`,
  /** Last set by migrations/20261124000100_event_store_fast_append.ts. */
  'sitrep_append_to_stream(text,text,bigint,jsonb,bigint,xid8,timestamp with time zone)': `CREATE OR REPLACE FUNCTION public.sitrep_append_to_stream(p_stream_id text, p_expected_kind text, p_expected_version bigint, p_events jsonb, p_first bigint, p_xid xid8, p_now timestamp with time zone)
 RETURNS TABLE(status text, actual_version bigint, "position" bigint, stream_id text, stream_version bigint, event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb, occurred_at timestamp with time zone, recorded_at timestamp with time zone, transaction_id xid8)
 LANGUAGE plpgsql
AS $function$
#variable_conflict use_column
DECLARE
  v_count    integer := jsonb_array_length(p_events);
  v_ids      uuid[];
  v_version  bigint;
  v_exists   boolean;
  v_attempts integer := 0;
  v_stored   integer;
  v_here     integer;
BEGIN
  IF v_count IS NULL OR v_count = 0 THEN
    RAISE EXCEPTION 'sitrep_append_events: empty batch' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_expected_kind IS NULL OR p_expected_kind NOT IN ('any', 'no_stream', 'stream_exists', 'exact') THEN
    RAISE EXCEPTION 'sitrep_append_events: unknown expected version kind %', p_expected_kind
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  v_ids := ARRAY(SELECT (t.e ->> 'id')::uuid FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, o) ORDER BY t.o);

  LOOP
    SELECT s.version INTO v_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    v_exists := FOUND;
    EXIT WHEN v_exists;

    -- No stream yet: one look-up of the ids. Stored here means the stream was
    -- created by a commit after our look-up: go round and lock it.
    SELECT count(*), count(*) FILTER (WHERE e.stream_id = p_stream_id) INTO v_stored, v_here
    FROM events e WHERE e.event_id = ANY (v_ids);
    IF v_stored > 0 AND v_here = 0 THEN
      RETURN QUERY
        SELECT 'event_id_conflict'::text, 0::bigint, e.position, e.stream_id, e.stream_version, e.event_id,
               e.type, e.schema_version, NULL::jsonb, NULL::jsonb, e.occurred_at, e.recorded_at, e.transaction_id
        FROM events e WHERE e.event_id = ANY (v_ids) ORDER BY e.position;
      RETURN;
    END IF;
    IF v_here = 0 THEN
      IF p_expected_kind = 'stream_exists' OR (p_expected_kind = 'exact' AND p_expected_version <> 0) THEN
        RETURN QUERY SELECT 'conflict'::text, 0::bigint, NULL::bigint, p_stream_id, NULL::bigint, NULL::uuid,
                            NULL::text, NULL::integer, NULL::jsonb, NULL::jsonb, NULL::timestamptz, NULL::timestamptz, NULL::xid8;
        RETURN;
      END IF;

      -- Create it at its final version. A concurrent creator makes us wait for
      -- its outcome: committed -> DO NOTHING and we loop to lock its row;
      -- rolled back -> we insert.
      INSERT INTO streams AS s (stream_id, stream_type, version, created_at, updated_at)
      VALUES (p_stream_id, split_part(p_stream_id, '-', 1), v_count, p_now, p_now)
      ON CONFLICT (stream_id) DO NOTHING;
      IF FOUND THEN
        v_version := 0;
        EXIT;
      END IF;
    END IF;

    v_attempts := v_attempts + 1;
    IF v_attempts >= 5 THEN
      -- Only reachable when the caller's snapshot cannot see committed rows (REPEATABLE READ).
      RAISE EXCEPTION 'sitrep_append_events: stream % was created concurrently; retry the transaction', p_stream_id
        USING ERRCODE = 'serialization_failure';
    END IF;
  END LOOP;

  IF v_exists THEN
    -- Idempotency before the version check: re-posting a batch with its
    -- original (now stale) expected version must succeed as a no-op.
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

    -- Streams always hold at least one event, so exact 0 means "no stream".
    IF p_expected_kind = 'no_stream' OR (p_expected_kind = 'exact' AND p_expected_version <> v_version) THEN
      RETURN QUERY SELECT 'conflict'::text, v_version, NULL::bigint, p_stream_id, NULL::bigint, NULL::uuid,
                          NULL::text, NULL::integer, NULL::jsonb, NULL::jsonb, NULL::timestamptz, NULL::timestamptz, NULL::xid8;
      RETURN;
    END IF;

    UPDATE streams s SET version = v_version + v_count, updated_at = p_now WHERE s.stream_id = p_stream_id;
  END IF;

  -- The stream lock makes (stream_id, stream_version) free; a unique
  -- violation here can only be an id being appended right now to another stream.
  RETURN QUERY
    INSERT INTO events AS e (position, transaction_id, stream_id, stream_version, event_id, type,
                             schema_version, data, metadata, occurred_at, recorded_at)
    SELECT p_first + t.o - 1, p_xid, p_stream_id, v_version + t.o, (t.e ->> 'id')::uuid, t.e ->> 'type',
           coalesce((t.e ->> 'schemaVersion')::integer, 1), t.e -> 'data', coalesce(t.e -> 'metadata', '{}'::jsonb),
           coalesce((t.e ->> 'occurredAt')::timestamptz, p_now), p_now
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(e, o)
    ORDER BY t.o
    RETURNING 'appended'::text, v_version + v_count, e.position, e.stream_id, e.stream_version, e.event_id,
              e.type, e.schema_version, NULL::jsonb, NULL::jsonb, e.occurred_at, e.recorded_at, e.transaction_id;
END
$function$
`,
  /** Last set by migrations/20261123000100_event_store.ts. */
  'sitrep_events_are_immutable()': `CREATE OR REPLACE FUNCTION public.sitrep_events_are_immutable()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
    BEGIN
      IF current_setting('sitrep.allow_event_rewrite', true) = 'on' THEN
        RETURN NULL;
      END IF;
      RAISE EXCEPTION 'events are immutable: % is not allowed on events', TG_OP
        USING ERRCODE = 'restrict_violation',
              HINT = 'Record a correcting event instead.';
    END $function$
`,
  /** Last set by migrations/20261124000100_event_store_fast_append.ts. */
  'sitrep_position_at(timestamp with time zone)': `CREATE OR REPLACE FUNCTION public.sitrep_position_at(p_at timestamp with time zone)
 RETURNS bigint
 LANGUAGE plpgsql
 STABLE
AS $function$
DECLARE
  v_top_at    timestamptz;
  v_position  bigint;
  v_window    bigint;
  v_legacy    record;
BEGIN
  SELECT e.recorded_at, e.position INTO v_top_at, v_position
  FROM events e
  WHERE e.recorded_at <= p_at
  ORDER BY e.recorded_at DESC, e.position DESC
  LIMIT 1;
  IF NOT FOUND THEN
    RETURN 0;
  END IF;

  SELECT c.disorder, c.last_recorded_at INTO v_legacy FROM event_store_legacy_clock c;
  IF v_legacy.disorder > interval '0' AND v_top_at - v_legacy.disorder <= v_legacy.last_recorded_at THEN
    -- position + 0: a range scan of the (recorded_at, position) index, never a walk down events_pkey.
    SELECT max(e.position + 0) INTO v_window
    FROM events e
    WHERE e.recorded_at >= v_top_at - v_legacy.disorder AND e.recorded_at <= v_top_at;
    v_position := greatest(v_position, v_window);
  END IF;
  RETURN v_position;
END
$function$
`,
};
