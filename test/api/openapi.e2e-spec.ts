import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedCodes } from '../../apps/api/src/http/openapi-completion.js';
import { registeredRoutes } from '../../apps/api/src/http/route-table.js';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN, startReportsApp } from '../reports/support/reports-app.js';

/**
 * Issue 13 item 15: the OpenAPI document describes the API that runs: every
 * route is in it, every query parameter has a schema, every answer has a body
 * schema, every error answer lists its codes, and the codes the running API
 * answers with are among them.
 */
type Op = {
  parameters?: { name: string; in: string; schema?: { type?: string; $ref?: string; enum?: unknown[] } }[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
};
let tdb: TestDatabase;
let app: NestFastifyApplication;
let doc: { paths: Record<string, Record<string, Op>>; components: { securitySchemes: Record<string, Record<string, unknown>> } };

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '') || '/';
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb, { SITREP_ADMIN_TOKEN: ADMIN_TOKEN });
  doc = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the OpenAPI document', () => {
  it('has every route the app serves (docs assets aside), /metrics included', () => {
    const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
    const served = registeredRoutes(fastify).filter((r) => !['HEAD', 'OPTIONS'].includes(r.method) && !r.url.startsWith('/docs'));
    expect(served.length).toBeGreaterThan(20);
    const missing = served.filter((r) => !doc.paths[toOpenApiPath(r.url)]?.[r.method.toLowerCase()]);
    expect(missing).toEqual([]);
    expect(doc.paths['/metrics']?.get).toBeDefined();
  });

  it('gives every query parameter a schema with a type or an enum', () => {
    const untyped = operations().flatMap(({ path, method, op }) =>
      (op.parameters ?? []).filter((p) => p.in === 'query' && !p.schema?.type && !p.schema?.enum).map((p) => `${method} ${path} ${p.name}`),
    );
    expect(untyped).toEqual([]);
  });

  it('gives every success answer a body schema, and every error answer problem+json and its codes', () => {
    const problems: string[] = [];
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        const label = `${method.toUpperCase()} ${path} ${status}`;
        if (status.startsWith('2') && !Object.values(response.content ?? {}).some((c) => c.schema))
          problems.push(`${label}: no body schema`);
        if (Number(status) >= 400) {
          if (!response.content?.['application/problem+json'] && path !== '/health') problems.push(`${label}: not problem+json`);
          if (documentedCodes(response).length === 0) problems.push(`${label}: no code`);
        }
      }
      for (const status of ['400', '500', '503']) if (!op.responses[status]) problems.push(`${method} ${path}: no ${status}`);
      if (op.parameters?.some((p) => p.in === 'query') && !op.responses['422']) problems.push(`${method} ${path}: no 422`);
      if (op.security?.length && !(op.responses['401'] && op.responses['403'])) problems.push(`${method} ${path}: admin without 401/403`);
    }
    expect(problems).toEqual([]);
  });

  it('describes the admin scheme as a plain bearer token, not a JWT', () => {
    expect(doc.components.securitySchemes.admin).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.admin!.bearerFormat).toBeUndefined();
  });
});

describe('the codes the running API answers with are documented', () => {
  const codeFor = (op: Op, status: number) => documentedCodes(op.responses[String(status)]);

  it('an unknown query parameter, on every GET route', async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'name' ? 'incidents' : 'am-jermuk'));
      const res = await app.inject({ method: 'GET', url: `${url}?bogus=1` });
      expect(res.statusCode, url).toBe(400);
      expect(codeFor(ops.get, 400), url).toContain((res.json() as { code: string }).code);
    }
  });

  it('a bad value of every query parameter of every GET route that is not free text', async () => {
    const checked: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      // An SSE stream that accepted the value would never end; test/replay/replay.e2e-spec.ts checks its refusals.
      if (!op || path === '/events/stream') continue;
      const url = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'name' ? 'incidents' : 'am-jermuk'));
      for (const p of op.parameters ?? []) {
        // Free text (a search, a place name) takes any value up to its length.
        const freeText = p.schema?.type === 'string' && (p.schema as { maxLength?: number }).maxLength !== undefined;
        if (p.in !== 'query' || freeText) continue;
        const res = await app.inject({ method: 'GET', url: `${url}?${p.name}=not-a-value` });
        if (res.statusCode === 404 && url.includes('am-jermuk') && path.startsWith('/streams')) continue;
        expect(res.statusCode, `${url} ${p.name}`).toBe(422);
        expect(codeFor(op, 422), `${url} ${p.name}`).toContain((res.json() as { code: string }).code);
        checked.push(`${path} ${p.name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(15);
    // Dates, numbers, enums, positions, cursors, recording times and type lists, on every kind of route.
    expect(checked).toEqual(
      expect.arrayContaining([
        '/incidents from',
        '/incidents limit',
        '/incidents cursor',
        '/incidents asOf',
        '/incidents waitFor',
        '/incidents/{id} asOf',
        '/incidents/{id}/casualties asOf',
        '/ceasefires asOf',
        '/locations cursor',
        '/reports from',
        '/reports status',
        '/reports limit',
        '/reports cursor',
        '/reports waitTimeout',
        '/events after',
        '/events cursor',
        '/events limit',
        '/events types',
        '/streams/{id} from',
        '/streams/{id} to',
        '/exports/acled.csv bom',
      ]),
    );
  });

  it('a missing admin token, and a wrong media type', async () => {
    for (const { path, method, op } of operations()) {
      if (!op.security?.length) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'name' ? 'incidents' : '3f5c0e9a1b2d4c6e8f0a1b2c'));
      const res = await app.inject({
        method: method.toUpperCase() as 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: '{}',
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(codeFor(op, 401)).toContain((res.json() as { code: string }).code);
    }
    const res = await app.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(codeFor(doc.paths['/reports']!.post!, 415)).toContain((res.json() as { code: string }).code);
  });
});
