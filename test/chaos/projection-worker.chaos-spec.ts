import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, isAnswer } from './harness/http.js';
import { randomBetween, sleep } from './harness/pool.js';
import { uniqueReport } from './harness/reports.js';
import { ADMIN_TOKEN, SitrepServer } from './harness/server.js';
import { startTarget, type ChaosTarget } from './harness/setup.js';
import { Tally } from './harness/tally.js';
import { projectionStatus, readSideSnapshot, rebuildAll, waitForProjections } from './harness/verify-store.js';

/**
 * Projection worker death: a backlog of reports is written by a query-only
 * server; a second server's projection worker catches up and is killed with
 * SIGKILL mid-batch (several times), then mid-rebuild. After each restart it
 * must resume, and what the read side shows must equal a rebuild from scratch
 * (nothing lost, nothing counted twice).
 */
const REPORTS = Number(process.env.SITREP_CHAOS_BACKLOG ?? 300);
const KILLS_MID_BATCH = 2;

let writer: ChaosTarget;
let worker: SitrepServer;

beforeAll(async () => {
  writer = await startTarget('projection-writer', { SITREP_PROJECTION_WORKERS: 'off' });
  // Small batches: the catch-up takes many transactions, so a kill lands between and inside them.
  worker = await SitrepServer.create({
    databaseUrl: writer.tdb.url,
    name: 'projection-worker',
    env: { SITREP_PROJECTION_BATCH_SIZE: '25' },
  });
});

afterAll(async () => {
  await worker?.close();
  await writer?.close();
});

/** Polls the worker's /projections until `when` holds, or gives up. */
async function waitUntil(
  port: number,
  when: (s: Awaited<ReturnType<typeof projectionStatus>>) => boolean,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const s = await projectionStatus(port).catch(() => []);
    if (s.length && when(s)) return true;
    await sleep(20);
  }
  return false;
}

describe('projection worker death', () => {
  it('resumes after kill -9 mid-batch and mid-rebuild, counting nothing twice', async () => {
    const tally = new Tally('projection-worker');
    // The backlog, through the batch endpoint of the query-only server.
    const body = Array.from({ length: REPORTS }, (_, i) => JSON.stringify(uniqueReport(i, `backlog-${Date.now()}`))).join('\n');
    const batch = await http(writer.server.port, {
      method: 'POST',
      path: '/reports/batch',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
      timeoutMs: 120_000,
    });
    expect(isAnswer(batch) && batch.status).toBe(200);
    const created = isAnswer(batch) ? batch.body.split('\n').filter((l) => l.includes('"status":201')).length : 0;
    tally.set('reports', created);

    // Mid-batch: kill the worker while it is catching up.
    for (let k = 0; k < KILLS_MID_BATCH; k++) {
      await worker.start();
      const caughtUpAlready = !(await waitUntil(worker.port, (s) => s.some((p) => p.lag > 0 && p.position > 0), 5_000));
      if (caughtUpAlready) tally.add('kills_after_catch_up');
      await sleep(randomBetween(0, 150));
      const before = await projectionStatus(worker.port).catch(() => []);
      await worker.kill9();
      tally.add('kills_mid_batch');
      tally.note(`kill ${k + 1}: ${before.map((p) => `${p.name} ${p.position}/${p.head}`).join(', ')}`);
    }
    await worker.start();
    await waitForProjections(worker.port, 120_000);
    const afterBatchKills = await readSideSnapshot(worker.port);

    // Mid-rebuild: start rebuilds, kill while they run, restart, let them finish.
    for (const p of await projectionStatus(worker.port)) {
      const r = await http(worker.port, {
        method: 'POST',
        path: `/projections/${p.name}/rebuild`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(r.status).toBe(202);
    }
    const rebuilding = await waitUntil(
      worker.port,
      (s) => s.some((p) => p.rebuild !== null && p.rebuild.progress > 0 && p.rebuild.progress < 1),
      10_000,
    );
    const during = await projectionStatus(worker.port).catch(() => []);
    await worker.kill9();
    tally.add(rebuilding ? 'kills_mid_rebuild' : 'kills_after_rebuild');
    tally.note(
      `rebuild kill: ${during.map((p) => `${p.name} ${p.rebuild ? `rebuild ${Math.round(p.rebuild.progress * 100)}%` : `active build ${p.active.build}`}`).join(', ')}`,
    );
    await worker.start();
    await waitForProjections(worker.port, 120_000);
    const afterRebuildKill = await readSideSnapshot(worker.port);

    // The reference: a clean rebuild from scratch, nobody killed.
    await rebuildAll(worker.port);
    const reference = await readSideSnapshot(worker.port);

    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    tally.set('incidents', ((reference as { incidents: unknown[] }).incidents ?? []).length);
    tally.set('equal_after_batch_kills', same(afterBatchKills, reference) ? 1 : 0);
    tally.set('equal_after_rebuild_kill', same(afterRebuildKill, reference) ? 1 : 0);
    tally.set('worker_starts', worker.starts);
    tally.report(
      `${tally.get('kills_mid_batch')} kills mid-batch, ${tally.get('kills_mid_rebuild')} mid-rebuild; read side equal to a rebuild: ${same(afterBatchKills, reference) && same(afterRebuildKill, reference)}`,
    );

    expect(created).toBe(REPORTS);
    expect(tally.get('incidents')).toBeGreaterThan(0);
    expect(same(afterBatchKills, reference)).toBe(true);
    expect(same(afterRebuildKill, reference)).toBe(true);
  });
});
