// Quick local measure of append throughput: node libs/event-store/bench/append-throughput.mjs [url]
// Needs `npm run build` first. Creates (and drops) a scratch database on the given server.
import { randomUUID } from 'node:crypto';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { up } from '../../../dist/migrations/20261123000100_event_store.js';
import { PostgresEventStore } from '../../../dist/libs/event-store/src/index.js';

const adminUrl = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `es_bench_${Date.now()}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
// SYNC=off measures the store's own cost, without waiting for the WAL flush of each commit.
const sql = postgres(url.toString(), {
  max: 16,
  onnotice: () => {},
  connection: process.env.SYNC === 'off' ? { synchronous_commit: 'off' } : {},
});
const db = new Kysely({ dialect: new PostgresJSDialect({ postgres: sql }) });
try {
  await up(db);
  for (const [notify, writers, batches, size] of [
    [true, 8, 150, 1],
    [false, 8, 150, 1],
    [true, 8, 100, 10],
    [true, 1, 300, 1],
  ]) {
    const store = new PostgresEventStore(db, { sql, notify });
    const started = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async () => {
        const stream = `bench-${randomUUID()}`;
        for (let b = 0; b < batches; b++) {
          const events = Array.from({ length: size }, (_, i) => ({
            id: randomUUID(),
            type: 'Benched',
            data: { b, i, text: 'x'.repeat(200) },
          }));
          await store.append(stream, events, { expectedVersion: b * size });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const appends = writers * batches;
    console.log(
      `notify=${notify} writers=${writers} batch=${size}: ${Math.round(appends / seconds)} appends/s, ${Math.round((appends * size) / seconds)} events/s`,
    );
  }
  const store = new PostgresEventStore(db, { sql });
  const started = performance.now();
  let after = 0,
    n = 0;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (!page.events.length) break;
    n += page.events.length;
    after = page.lastPosition;
  }
  console.log(`readAll: ${Math.round(n / ((performance.now() - started) / 1000))} events/s (${n} events, pages of 1000)`);
} finally {
  await db.destroy();
  await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}
