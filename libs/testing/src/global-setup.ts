/**
 * Vitest global setup for integration tests: one PostgreSQL server for the
 * whole run, one template database migrated once; each test file then clones
 * the template (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { connect, migrateToLatest } from '@sitrep/database';
import { chooseProvider, quoteIdent, startTestDatabaseServer, type TestDatabaseServer, withDatabase } from './test-database-server.js';

export interface ProvidedTestDatabase {
  provider: string;
  adminUrl: string;
  template: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sitrepTestDatabase: ProvidedTestDatabase;
  }
}

export default async function setup(project: TestProject) {
  let provider = await chooseProvider();
  const started = Date.now();
  let server: TestDatabaseServer;
  try {
    server = await startTestDatabaseServer(provider);
  } catch (err) {
    // Chosen automatically (nobody asked for it): a Docker engine that answers
    // but cannot pull the image is no reason to run no tests at all.
    if (process.env.SITREP_TEST_DB || provider !== 'testcontainers') throw err;
    process.stderr.write(
      `test database: testcontainers could not start (${(err as Error).message}); ` +
        `set POSTGRES_IMAGE to a local image, or SITREP_TEST_DB=testcontainers to make this fatal. Using the embedded PostgreSQL.\n`,
    );
    provider = 'embedded';
    server = await startTestDatabaseServer(provider);
  }
  const template = `sitrep_template_${randomBytes(4).toString('hex')}`;
  const admin = postgres(server.adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE ${quoteIdent(template)}`);
    const { db } = connect(withDatabase(server.adminUrl, template), { poolSize: 1 });
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
  } catch (err) {
    await admin.end({ timeout: 5 });
    await server.stop();
    throw err;
  }
  process.stderr.write(`test database: ${provider} (ready in ${Date.now() - started} ms)\n`);
  project.provide('sitrepTestDatabase', { provider, adminUrl: server.adminUrl, template });

  return async () => {
    // Files close their own databases; anything left by a crashed file goes with the template.
    const leftovers = await admin<{ datname: string }[]>`
      SELECT datname FROM pg_database WHERE datname = ${template} OR datname LIKE ${`${template}_f%`}`;
    for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
    await server.stop();
  };
}
