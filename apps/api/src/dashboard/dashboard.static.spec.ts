import Fastify, { type FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerDashboard } from './dashboard.static.js';

let app: FastifyInstance | null = null;
let dir: string | null = null;

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-dashboard-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

async function serve(root: string): Promise<{ app: FastifyInstance; served: boolean }> {
  app = Fastify();
  app.get('/incidents', async () => ({ items: [] }));
  const served = await registerDashboard(app, root);
  await app.ready();
  return { app, served };
}

afterEach(async () => {
  await app?.close();
  app = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('the dashboard at /', () => {
  it('serves index.html at / (revalidated) and hashed assets (cached for good), and leaves the API routes alone', async () => {
    const { app, served } = await serve(
      build({ 'index.html': '<!doctype html><title>Sitrep</title>', 'assets/index-abc123.js': 'console.log(1)' }),
    );
    expect(served).toBe(true);
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<title>Sitrep</title>');
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ url: '/incidents' })).json()).toEqual({ items: [] });
  });

  it('serves a rebuild’s new asset names without a restart, and nothing outside the build', async () => {
    const root = build({ 'index.html': 'v1', 'assets/a-1.js': '1' });
    const { app } = await serve(root);
    writeFileSync(join(root, 'assets', 'a-2.js'), '2');
    expect((await app.inject({ url: '/assets/a-2.js' })).body).toBe('2');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/../index.html' })).statusCode).not.toBe(500);
    expect((await app.inject({ url: '/other' })).statusCode).toBe(404);
  });

  it('serves nothing and says so when the dashboard was not built', async () => {
    const { app, served } = await serve(build({ 'assets/orphan.js': '' }));
    expect(served).toBe(false);
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
  });
});
