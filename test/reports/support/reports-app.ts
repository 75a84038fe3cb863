import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type CreateAppOptions } from '../../../apps/api/src/create-app.js';
import { loadConfig } from '@sitrep/config';
import type { TestDatabase } from '@sitrep/testing';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusDir = resolve(repoRoot, '../shared/corpus/dev');
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface SeedReport {
  id: string;
  outlet: string;
  publishedOn: string;
  language: string;
  text: string;
}

export function loadSeeds(): SeedReport[] {
  return readdirSync(corpusDir)
    .filter((f) => /^seed-00\d\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as SeedReport);
}

/** The real app on a test database; the database stays open (the test file closes it). */
export async function startReportsApp(
  tdb: TestDatabase,
  env: Record<string, string> = {},
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  // Rate limiting has its own tests; here it would only make timing matter.
  const config = loadConfig({ DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_WRITE_RATE_LIMIT: '0', ...env });
  const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => undefined };
  return createApp(config, handle, { ownsHandle: false, httpLogging: false, ...options });
}

export async function countEvents(tdb: TestDatabase): Promise<number> {
  const [row] = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM events`;
  return Number(row!.n);
}
