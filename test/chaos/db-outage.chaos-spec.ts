import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, startEmbeddedPostgres, type EmbeddedPostgres } from '@sitrep/database';
import type { TestDatabase } from '@sitrep/testing';
import { http, isAnswer, json, postJson, type HttpResult } from './harness/http.js';
import { randomBetween, runClients, sleep } from './harness/pool.js';
import { uniqueReport } from './harness/reports.js';
import { SitrepServer } from './harness/server.js';
import { Tally } from './harness/tally.js';
import { auditStore, type Acknowledged } from './harness/verify-store.js';

/**
 * Database outage: PostgreSQL (an embedded cluster of this file's own, so it
 * can be stopped) goes down in the middle of a load and comes back. While it
 * is down every request gets a quick 503 with Retry-After — no 500, no hang —
 * and afterwards the same server process serves again; nothing acknowledged
 * is lost.
 */
const DOWN_MS = 4_000;
/** "Quickly": a request during the outage is answered within this. */
const QUICK_MS = 5_000;

let dir: string;
let pg: EmbeddedPostgres;
let server: SitrepServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-chaos-outage-'));
  pg = await startEmbeddedPostgres({ dataDir: dir });
  server = await SitrepServer.create({ databaseUrl: pg.url, name: 'db-outage', env: { SITREP_DB_POOL_SIZE: '8' } });
  await server.start();
});

afterAll(async () => {
  await server?.close();
  await pg?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Phase = 'before' | 'down' | 'after';

describe('database outage', () => {
  it('answers 503 + Retry-After quickly while PostgreSQL is down and recovers without a restart', async () => {
    const tally = new Tally('db-outage');
    const acked = new Map<string, Acknowledged>();
    let phase: Phase = 'before';
    let serial = 0;
    const stop = new AbortController();
    let firstReportId: string | null = null;
    let downAt = 0;

    const record = (what: string, r: HttpResult, at: Phase) => {
      tally.add(`${at}_requests`);
      if (!isAnswer(r)) {
        tally.add(r.error === 'timeout' ? 'hangs' : 'no_answer');
        tally.note(`${at} ${what}: no answer (${r.error}) after ${Math.round(r.ms)} ms`);
        return;
      }
      if (r.status >= 500 && r.status !== 503) {
        tally.add('answered_5xx');
        tally.note(`${at} ${what}: ${r.status} ${r.body.slice(0, 200)}`);
      } else if (r.status === 503) {
        tally.add(`${at}_503`);
        // Every 503 says when to come back; /health answers its own JSON status document, the API problem+json.
        if (!r.headers['retry-after']) {
          tally.add('503_without_retry_after');
          tally.note(`${at} ${what}: 503 without Retry-After`);
        }
        if (what !== 'GET /health' && !String(r.headers['content-type']).startsWith('application/problem+json'))
          tally.note(`${at} ${what}: 503 not problem+json`);
      } else if (r.status < 300) {
        tally.add(`${at}_2xx`);
      } else {
        tally.add(`${at}_${r.status}`);
        tally.note(`${at} ${what}: ${r.status} ${r.body.slice(0, 200)}`);
      }
      // Quickness is owed once PostgreSQL is down; a request begun while it was still shutting down waits for it.
      const startedWhileDown = downAt > 0 && Date.now() - r.ms >= downAt;
      if (at === 'down' && r.ms > QUICK_MS) {
        tally.add(startedWhileDown ? 'slow_during_outage' : 'slow_while_stopping');
        tally.note(`${what} took ${Math.round(r.ms)} ms ${startedWhileDown ? 'during the outage' : 'begun while PostgreSQL was stopping'}`);
      }
      tally.set('slowest_during_outage_ms', Math.max(tally.get('slowest_during_outage_ms'), at === 'down' ? Math.round(r.ms) : 0));
    };

    const load = runClients(
      12,
      async (client) => {
        const at = phase;
        if (client % 4 === 3) {
          // readers: history, one report, health
          const path = ['/events?limit=50', firstReportId ? `/reports/${firstReportId}` : '/events', '/health'][randomBetween(0, 3)]!;
          const r = await http(server.port, { path, timeoutMs: 15_000 });
          record(`GET ${path.split('?')[0]}`, r, at === phase ? at : 'down');
        } else {
          const r = await postJson(server.port, '/reports', uniqueReport(serial++), {}, 15_000);
          if (isAnswer(r) && r.status >= 200 && r.status < 300) {
            const body = json<{ id: string; position: number; events: Array<{ id: string }> }>(r)!;
            acked.set(body.id, { id: body.id, position: body.position, eventIds: body.events.map((e) => e.id) });
            firstReportId ??= body.id;
          }
          // A request that began before the stop but ended during it counts as "down".
          record('POST /reports', r, at === phase ? at : 'down');
        }
        await sleep(20);
      },
      { signal: stop.signal },
    );

    await sleep(1_500);
    phase = 'down';
    const stopping = Date.now();
    await pg.stop();
    downAt = Date.now();
    tally.set('db_stop_ms', downAt - stopping);
    await sleep(DOWN_MS);
    pg = await startEmbeddedPostgres({ dataDir: dir, port: pg.port });
    phase = 'after';
    const restartedAt = Date.now();
    let recoveredMs = -1;
    let lastHealth = '';
    while (Date.now() - restartedAt < 30_000) {
      const r = await http(server.port, { path: '/health', timeoutMs: 5_000 });
      if (r.status === 200) {
        recoveredMs = Date.now() - restartedAt;
        break;
      }
      lastHealth = isAnswer(r) ? `${r.status} ${r.body.slice(0, 300)}` : r.error;
      await sleep(100);
    }
    if (recoveredMs < 0) tally.note(`GET /health after the restart: ${lastHealth}`);
    tally.set('recovered_after_ms', recoveredMs);
    const afterBefore = tally.get('after_2xx');
    await sleep(3_000);
    stop.abort();
    await load;
    tally.set('server_starts', server.starts);

    // Nothing acknowledged lost, checked with SQL on the recovered database.
    const { db, sql } = connect(pg.url, { poolSize: 1 });
    try {
      const audit = await auditStore({ sql } as TestDatabase, acked.values());
      tally.set('acknowledged', audit.acknowledged);
      tally.set('stored', audit.stored);
      tally.set('lost', audit.lost.length);
      tally.set('incomplete_streams', audit.incomplete.length);
      tally.report(
        `${audit.acknowledged} acknowledged, ${audit.stored} stored, ${audit.lost.length} lost; ${tally.get('down_503')} × 503 while down, ${tally.get('answered_5xx')} other 5xx, recovered in ${recoveredMs} ms`,
      );
      expect(audit.lost).toEqual([]);
      expect(audit.incomplete).toEqual([]);
    } finally {
      await db.destroy();
    }

    expect(tally.get('down_requests')).toBeGreaterThan(0);
    expect(tally.get('answered_5xx')).toBe(0);
    expect(tally.get('hangs')).toBe(0);
    expect(tally.get('no_answer')).toBe(0);
    expect(tally.get('503_without_retry_after')).toBe(0);
    expect(tally.get('slow_during_outage')).toBe(0);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(tally.get('after_2xx') - afterBefore, 'writes succeed again after the outage').toBeGreaterThan(0);
    expect(server.starts).toBe(1);
  });
});
