import { type Kysely, sql } from 'kysely';

/**
 * Read side: the projection registry and checkpoints, and the history-keeping
 * projection tables.
 *
 * Every projection row carries `build` (which build of the projection wrote it:
 * a rebuild fills a new build while queries keep reading the active one, then the
 * registry flips `active_build` in one transaction) and a validity interval
 * `[valid_from, valid_to)` in global event positions. Rows are never updated once
 * a later position has seen them: a change closes the current version and inserts
 * the next, so "as of position P" is the indexed predicate
 * `valid_from <= P AND (valid_to IS NULL OR valid_to > P)`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('projection_registry')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('active_build', 'integer', (c) => c.notNull())
    .addColumn('rebuild_build', 'integer')
    .addColumn('rebuild_version', 'integer')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('running'))
    .addColumn('error', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('projection_checkpoints')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('build', 'integer', (c) => c.notNull())
    .addColumn('position', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('projection_checkpoints_pk', ['name', 'build'])
    .execute();

  // What each projection knows about a report: its outlet and whether/which extraction counts.
  await db.schema
    .createTable('projection_reports')
    .addColumn('projection', 'text', (c) => c.notNull())
    .addColumn('build', 'integer', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('title', 'text')
    .addColumn('url', 'text')
    .addColumn('language', 'text')
    .addColumn('published_on', 'text')
    .addColumn('reference_date', 'text')
    .addColumn('extraction_id', 'text')
    .addColumn('retracted_at', 'bigint')
    .addColumn('submitted_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('projection_reports_pk', ['projection', 'build', 'report_id'])
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('build', 'integer', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('types', sql`text[]`, (c) => c.notNull())
    .addColumn('date_from', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text', (c) => c.notNull())
    .addColumn('place_ids', sql`text[]`, (c) => c.notNull())
    .addColumn('parties', sql`text[]`, (c) => c.notNull())
    .addColumn('member_count', 'integer', (c) => c.notNull())
    .addColumn('report_ids', sql`text[]`, (c) => c.notNull())
    .addColumn('first_event_id', 'text', (c) => c.notNull())
    .addColumn('first_position', 'bigint', (c) => c.notNull())
    .addColumn('valid_from', 'bigint', (c) => c.notNull())
    .addColumn('valid_to', 'bigint')
    .addPrimaryKeyConstraint('incidents_pk', ['build', 'id', 'valid_from'])
    .execute();
  await sql`CREATE INDEX incidents_current_kind_idx ON incidents (build, kind, date_from) WHERE valid_to IS NULL`.execute(db);
  await sql`CREATE INDEX incidents_current_list_idx ON incidents (build, date_from DESC, id DESC) WHERE valid_to IS NULL`.execute(db);
  await sql`CREATE INDEX incidents_history_idx ON incidents (build, date_from DESC, id DESC, valid_from)`.execute(db);
  await sql`CREATE INDEX incidents_types_idx ON incidents USING gin (types)`.execute(db);
  await sql`CREATE INDEX incidents_parties_idx ON incidents USING gin (parties)`.execute(db);

  await db.schema
    .createTable('incident_members')
    .addColumn('build', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date_from', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text', (c) => c.notNull())
    .addColumn('place_ids', sql`text[]`, (c) => c.notNull())
    .addColumn('parties', sql`text[]`, (c) => c.notNull())
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addColumn('event_position', 'bigint', (c) => c.notNull())
    .addColumn('valid_from', 'bigint', (c) => c.notNull())
    .addColumn('valid_to', 'bigint')
    .addPrimaryKeyConstraint('incident_members_pk', ['build', 'event_id', 'valid_from'])
    .execute();
  await sql`CREATE INDEX incident_members_incident_idx ON incident_members (build, incident_id, valid_from)`.execute(db);
  await sql`CREATE INDEX incident_members_current_report_idx ON incident_members (build, report_id) WHERE valid_to IS NULL`.execute(db);
  await sql`CREATE INDEX incident_members_current_event_idx ON incident_members (build, event_id) WHERE valid_to IS NULL`.execute(db);

  // Each incident under every place it touches, rolled up along the gazetteer's parent chain.
  await db.schema
    .createTable('incident_places')
    .addColumn('build', 'integer', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('direct', 'boolean', (c) => c.notNull())
    .addColumn('valid_from', 'bigint', (c) => c.notNull())
    .addColumn('valid_to', 'bigint')
    .addPrimaryKeyConstraint('incident_places_pk', ['build', 'incident_id', 'place_id', 'valid_from'])
    .execute();
  await sql`CREATE INDEX incident_places_place_idx ON incident_places (build, place_id, valid_from)`.execute(db);

  await db.schema
    .createTable('casualty_claims')
    .addColumn('build', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('claimant', 'text', (c) => c.notNull())
    .addColumn('claimant_party', 'text')
    .addColumn('claimant_name', 'text')
    .addColumn('outlet', 'text')
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('side', 'text')
    .addColumn('affiliation', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('min', 'integer')
    .addColumn('max', 'integer')
    .addColumn('approximate', 'boolean', (c) => c.notNull())
    .addColumn('vague', 'boolean', (c) => c.notNull())
    .addColumn('valid_from', 'bigint', (c) => c.notNull())
    .addColumn('valid_to', 'bigint')
    .addPrimaryKeyConstraint('casualty_claims_pk', ['build', 'event_id', 'idx', 'valid_from'])
    .execute();
  await sql`CREATE INDEX casualty_claims_event_idx ON casualty_claims (build, event_id, valid_from)`.execute(db);
  await sql`CREATE INDEX casualty_claims_current_report_idx ON casualty_claims (build, report_id) WHERE valid_to IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'casualty_claims',
    'incident_places',
    'incident_members',
    'incidents',
    'projection_reports',
    'projection_checkpoints',
    'projection_registry',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
