import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type postgres from 'postgres';
import { log, now } from './measure.js';
import { loadPayloadSource, makeReport, reportEvents, type PayloadSource } from './payloads.js';

/**
 * The history the replay and HTTP benchmarks read: report streams
 * (ReportSubmitted + the extracted events of varied reports, built by the
 * domain decider exactly as `POST /reports` appends them), written straight
 * into the store's tables with COPY instead of one append per report.
 *
 * What the rows hold matches the append function's output: positions from
 * `events_position_seq` order, one transaction id per loading transaction
 * (positions rise with transaction ids, the store's ordering invariant),
 * stream rows at their final version, `recorded_at` rising over ~a year so
 * `asOf` timestamps land throughout the history.
 */
export interface FixtureResult {
  events: number;
  reports: number;
  /** Events written by this call (0 when the database already held enough). */
  written: number;
  seconds: number;
}

const HISTORY_START = Date.parse('2025-11-01T00:00:00Z');
/** Spacing of recorded_at between consecutive events. */
const STEP_MS = 30_000;
/** Events per loading transaction: bounded memory, and the fence moves as chunks commit. */
const CHUNK_EVENTS = 100_000;

const copyText = (value: string) => value.replace(/\\/g, '\\\\');

export async function ensureEvents(sql: postgres.Sql, target: number, salt = 'fixture-'): Promise<FixtureResult> {
  const started = now();
  const [{ count, reports }] = await sql<{ count: string; reports: string }[]>`
    SELECT (SELECT count(*) FROM events) AS count, (SELECT count(*) FROM streams) AS reports`;
  let events = Number(count);
  let reportCount = Number(reports);
  if (events >= target) return { events, reports: reportCount, written: 0, seconds: (now() - started) / 1000 };

  const source = await loadPayloadSource();
  log(`fixture: writing ${target - events} events (payloads: ${source.kind}, ${source.bases.length} corpus reports)`);
  // Streaming COPY needs replica mode (superuser, as the embedded server's user is); otherwise rows are built first.
  const [{ superuser }] = await sql<{ superuser: boolean }[]>`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
  const startedWriting = now();
  let written = 0;
  let xid = '0';
  while (events < target) {
    const chunk = await writeChunk(
      sql,
      superuser,
      source,
      events,
      reportCount,
      { maxEvents: Math.min(CHUNK_EVENTS, target - events) },
      salt,
    );
    xid = chunk.xid;
    events += chunk.events;
    written += chunk.events;
    reportCount += chunk.reports;
    const s = (now() - startedWriting) / 1000;
    log(`fixture: ${events.toLocaleString('en-US')} events (${Math.round(written / s).toLocaleString('en-US')} events/s)`);
  }
  await vacuumStore(sql);
  await awaitOlderTransactions(sql, xid);
  return { events, reports: reportCount, written, seconds: (now() - started) / 1000 };
}

/**
 * Like ensureEvents, but counted in report streams: `target` reports in the
 * store, the ones written here extracted (so their ReportSubmitted says) by
 * `extractorVersion` — a version other than the current extractor's makes
 * every one of them due for re-extraction.
 */
export async function ensureReports(
  sql: postgres.Sql,
  target: number,
  options: { extractorVersion?: string; salt?: string } = {},
): Promise<FixtureResult> {
  const started = now();
  const [{ count, reports }] = await sql<{ count: string; reports: string }[]>`
    SELECT (SELECT count(*) FROM events) AS count, (SELECT count(*) FROM streams) AS reports`;
  let events = Number(count);
  let reportCount = Number(reports);
  if (reportCount >= target) return { events, reports: reportCount, written: 0, seconds: (now() - started) / 1000 };

  const loaded = await loadPayloadSource();
  const source = { ...loaded, extractorVersion: options.extractorVersion ?? loaded.extractorVersion };
  log(`fixture: writing ${target - reportCount} report streams extracted by ${source.extractorVersion} (payloads: ${source.kind})`);
  const [{ superuser }] = await sql<{ superuser: boolean }[]>`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`;
  const startedWriting = now();
  let written = 0;
  let xid = '0';
  while (reportCount < target) {
    const limits = { maxEvents: CHUNK_EVENTS, maxReports: target - reportCount };
    const chunk = await writeChunk(sql, superuser, source, events, reportCount, limits, options.salt ?? 'fixture-');
    xid = chunk.xid;
    events += chunk.events;
    written += chunk.events;
    reportCount += chunk.reports;
    const s = (now() - startedWriting) / 1000;
    log(
      `fixture: ${reportCount.toLocaleString('en-US')} reports, ${events.toLocaleString('en-US')} events (${Math.round(written / s).toLocaleString('en-US')} events/s)`,
    );
  }
  await vacuumStore(sql);
  await awaitOlderTransactions(sql, xid);
  return { events, reports: reportCount, written, seconds: (now() - started) / 1000 };
}

/**
 * A live store has long been vacuumed: hint bits set and the visibility map current. Without this
 * the first reader after a bulk load pays for setting them, which no steady-state reader does.
 */
async function vacuumStore(sql: postgres.Sql): Promise<void> {
  await sql`VACUUM (ANALYZE) events`;
  await sql`VACUUM (ANALYZE) streams`;
}

async function writeChunk(
  sql: postgres.Sql,
  streaming: boolean,
  source: PayloadSource,
  firstPositionMinusOne: number,
  firstReport: number,
  limits: { maxEvents: number; maxReports?: number },
  salt: string,
): Promise<{ events: number; reports: number; xid: string }> {
  let xid = '0';
  // Whole reports only: a stream is never split across loading transactions.
  const streamLines: string[] = [];
  let position = firstPositionMinusOne;
  let reports = 0;
  function* eventLines(): Generator<string> {
    const { maxEvents, maxReports = Infinity } = limits;
    for (let r = firstReport; position - firstPositionMinusOne < maxEvents && reports < maxReports; r++) {
      const report = makeReport(source, r, salt);
      const at = new Date(HISTORY_START + (position + 1) * STEP_MS).toISOString();
      const events = reportEvents(source, report, at, randomUUID());
      reports++;
      streamLines.push(`${report.streamId}\treport\t${events.length}\t${at}\t${at}\n`);
      let out = '';
      for (let v = 0; v < events.length; v++) {
        const e = events[v]!;
        position++;
        const ts = new Date(HISTORY_START + position * STEP_MS).toISOString();
        out += `${position}\t${report.streamId}\t${v + 1}\t${e.id}\t${e.type}\t1\t${copyText(JSON.stringify(e.data))}\t${copyText(JSON.stringify(e.metadata ?? {}))}\t${ts}\t${ts}\n`;
      }
      yield out;
    }
  }
  const copyEvents = (trx: postgres.TransactionSql) =>
    trx`COPY events (position, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, recorded_at) FROM STDIN`.writable();
  const copyStreams = (trx: postgres.TransactionSql) =>
    trx`COPY streams (stream_id, stream_type, version, created_at, updated_at) FROM STDIN`.writable();
  await sql.begin(async (trx) => {
    if (streaming) {
      // Rows are generated while PostgreSQL stores the previous ones (the two cores overlap). The
      // foreign key to streams is checked by a trigger that replica mode skips; the stream rows
      // follow in the same transaction, so the data are consistent when it commits.
      await trx`SET LOCAL session_replication_role = replica`;
      await pipeline(Readable.from(eventLines()), await copyEvents(trx));
      await pipeline(Readable.from(streamLines), await copyStreams(trx));
    } else {
      const lines = [...eventLines()];
      await pipeline(Readable.from(streamLines), await copyStreams(trx));
      await pipeline(Readable.from(lines), await copyEvents(trx));
    }
    // What the append function leaves behind: the position sequence past the last event,
    // the allocator's youngest transaction id at least ours.
    await trx`SELECT setval('events_position_seq', ${position})`;
    await trx`SELECT setval('event_allocator_xid_seq', greatest((SELECT last_value FROM event_allocator_xid_seq), pg_current_xact_id()::text::bigint))`;
    [{ xid }] = await trx<{ xid: string }[]>`SELECT pg_current_xact_id()::text AS xid`;
  });
  return { events: position - firstPositionMinusOne, reports, xid };
}

/**
 * Waits until no transaction older than the fixture's last one is still running, so that the
 * store's reads see the whole history. The events are committed, but `readAll` and
 * `headPosition` stop before the first event whose transaction id is not below the oldest
 * transaction still running anywhere on the server (the read fence, libs/event-store): one that
 * began before the fixture committed (another database's test or bench, an autovacuum ANALYZE)
 * hides the whole history until it ends. A large fixture was written over minutes and vacuumed
 * after, so the fence had long moved past it; a small one (3,000 events, one transaction) was
 * scanned a second after its commit and read 0 events.
 */
async function awaitOlderTransactions(sql: postgres.Sql, xid: string, timeoutMs = 120_000): Promise<void> {
  const started = now();
  for (;;) {
    const [{ passed }] = await sql<{ passed: boolean }[]>`
      SELECT pg_snapshot_xmin(pg_current_snapshot()) > ${xid}::xid8 AS passed`;
    if (passed) break;
    if (now() - started > timeoutMs)
      throw new Error(`fixture: a transaction older than the fixture's (${xid}) still runs after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const waited = now() - started;
  if (waited > 1000) log(`fixture: waited ${(waited / 1000).toFixed(1)} s for older transactions to end (the store's read fence)`);
}
