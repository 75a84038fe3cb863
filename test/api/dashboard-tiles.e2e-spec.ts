import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@sitrep/config';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';

/** SITREP_TILE_URL: the dashboard's optional tile server, and the only extra image origin the CSP then allows. */
let tdb: TestDatabase;
let plain: NestFastifyApplication;
let tiled: NestFastifyApplication;
const TILES = 'https://tiles.example.org/osm/{z}/{x}/{y}.png';

const imgSrc = (csp: unknown) =>
  String(csp)
    .split(/;\s*/)
    .find((d) => d.startsWith('img-src'));

beforeAll(async () => {
  tdb = await createTestDatabase();
  plain = await startReportsApp(tdb);
  tiled = await startReportsApp(tdb, { SITREP_TILE_URL: TILES });
});

afterAll(async () => {
  await plain?.close();
  await tiled?.close();
  await tdb?.close();
});

describe('SITREP_TILE_URL', () => {
  it('unset: no tile server, and images only from the page itself', async () => {
    const res = await plain.inject({ method: 'GET', url: '/dashboard/config' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ tileUrl: null });
    expect(imgSrc(res.headers['content-security-policy'])).toBe("img-src 'self' data:");
  });

  it('set: the page is told the template, and the CSP allows that origin for images, nothing else', async () => {
    const res = await tiled.inject({ method: 'GET', url: '/dashboard/config' });
    expect(res.json()).toEqual({ tileUrl: TILES });
    const csp = String(res.headers['content-security-policy']);
    expect(imgSrc(csp)).toBe("img-src 'self' data: https://tiles.example.org");
    expect(csp.split(/;\s*/).filter((d) => d.includes('tiles.example.org'))).toHaveLength(1);
    // Every answer carries it, not only this route.
    const health = await tiled.inject({ method: 'GET', url: '/incidents' });
    expect(imgSrc(health.headers['content-security-policy'])).toBe("img-src 'self' data: https://tiles.example.org");
  });

  it('refuses a template that is not an http(s) URL with {z}, {x} and {y}', () => {
    for (const bad of [
      'tiles.example.org/{z}/{x}/{y}.png',
      'https://tiles.example.org/tile.png',
      'javascript:{z}{x}{y}',
      'https://{s}.{z}.org/{x}/{y}',
    ]) {
      expect(() => loadConfig({ SITREP_TILE_URL: bad }), bad).toThrow(ConfigError);
    }
    expect(loadConfig({ SITREP_TILE_URL: TILES }).tileUrl).toBe(TILES);
  });
});
