import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { repoRoot, startReportsApp } from '../reports/support/reports-app.js';
import { requireBuiltCli } from './support/cli.js';

/**
 * Issue 13 items 6, 7 and 17: a 415 names what the route accepts; `/` leads
 * somewhere, `/docs/` is the docs page with its styles, a known path with the
 * wrong method is 405 with `Allow`; `npm install -g` puts `sitrep` on PATH.
 */
const run = promisify(execFile);
let tdb: TestDatabase;
let app: NestFastifyApplication;

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('415 names the accepted media types', () => {
  it.each([
    ['/reports', ['application/json', 'text/plain']],
    ['/reports/batch', ['application/x-ndjson']],
    ['/incidents/merge', ['application/json']],
  ])('POST %s with a form body (curl -d)', async (url, accepted) => {
    const res = await app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'text=abc',
    });
    expect(res.statusCode).toBe(415);
    const problem = res.json() as { code: string; accepted: string[]; detail: string };
    expect(problem.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(problem.accepted).toEqual(accepted);
    for (const type of accepted) expect(problem.detail).toContain(type);
    expect(problem.detail).toContain('curl -d sends a form');
  });
});

describe('entry points and methods', () => {
  it('GET / sends the browser to /docs when no dashboard is installed', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/docs');
  });

  it('/docs/ redirects to /docs, whose page loads every stylesheet and script it links', async () => {
    const slash = await app.inject({ method: 'GET', url: '/docs/' });
    expect(slash.statusCode).toBe(301);
    expect(slash.headers.location).toBe('/docs');
    const page = await app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/(?:href|src)="([^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    expect(links.some((l) => l.endsWith('.css'))).toBe(true);
    for (const link of links) {
      const url = new URL(link, 'http://x/docs').pathname;
      const asset = await app.inject({ method: 'GET', url });
      expect(asset.statusCode, url).toBe(200);
    }
  });

  it('a known path with the wrong method is 405 with Allow; an unknown path stays 404', async () => {
    const res = await app.inject({ method: 'DELETE', url: '/reports/3f5c0e9a1b2d4c6e8f0a1b2c' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, PATCH');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((res.json() as { code: string }).code).toBe('METHOD_NOT_ALLOWED');
    const put = await app.inject({ method: 'PUT', url: '/reports' });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expect((await app.inject({ method: 'GET', url: '/nowhere' })).statusCode).toBe(404);
  });
});

describe('the sitrep command on PATH', () => {
  let prefix: string;
  afterAll(async () => {
    if (prefix) await rm(prefix, { recursive: true, force: true });
  });

  it('npm install -g of the checkout links a working `sitrep` (the README’s `sitrep replay`)', async () => {
    requireBuiltCli();
    prefix = await mkdtemp(join(tmpdir(), 'sitrep-bin-'));
    // npm from PATH (it may live apart from this node), run by this node.
    await run('npm', ['install', '--global', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, repoRoot], {
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
      timeout: 120_000,
    });
    const env = {
      ...process.env,
      PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:/usr/bin:/bin`,
      DATABASE_URL: tdb.url,
      LOG_LEVEL: 'silent',
    };
    const help = await run('sitrep', ['--help'], { env, timeout: 60_000 });
    expect(help.stdout).toContain('replay');
    const replay = await run('sitrep', ['replay', '--after', '0'], { env, timeout: 60_000 });
    expect(replay.stdout).toBe('');
  }, 180_000);
});
