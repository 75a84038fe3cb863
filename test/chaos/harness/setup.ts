import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { SitrepServer } from './server.js';

export interface ChaosTarget {
  tdb: TestDatabase;
  server: SitrepServer;
  close(): Promise<void>;
}

/** A fresh migrated database and a `sitrep serve` child on it (started). */
export async function startTarget(name: string, env: Record<string, string> = {}): Promise<ChaosTarget> {
  const tdb = await createTestDatabase({ poolSize: 4 });
  const server = await SitrepServer.create({ databaseUrl: tdb.url, env, name });
  try {
    await server.start();
  } catch (error) {
    await tdb.close();
    throw error;
  }
  return {
    tdb,
    server,
    close: async () => {
      await server.close();
      await tdb.close();
    },
  };
}

/** Events and streams in the store: a write shows up here whatever path it took. */
export async function storeCounts(tdb: TestDatabase): Promise<{ events: number; streams: number }> {
  const [row] = await tdb.sql<{ events: string; streams: string }[]>`
    SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM streams) AS streams`;
  return { events: Number(row!.events), streams: Number(row!.streams) };
}
