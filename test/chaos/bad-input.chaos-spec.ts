import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badBatchLines,
  bodyAttacks,
  headerAttacks,
  judge,
  pathAttacks,
  queryAttacks,
  routeAttacks,
  routesFromOpenApi,
  type BadInput,
  type RouteSpec,
} from './bad-input/matrix.js';
import { http, isAnswer, json, postJson } from './harness/http.js';
import { runClients } from './harness/pool.js';
import { uniqueReport } from './harness/reports.js';
import { ADMIN_TOKEN, SitrepServer } from './harness/server.js';
import { startTarget, storeCounts, type ChaosTarget } from './harness/setup.js';
import { Tally } from './harness/tally.js';

/**
 * Every bad input of the API against a real `sitrep serve`: 4xx problem+json
 * (or a harmless 2xx where the input is a legitimate search term), never a
 * 5xx or a hang, security headers on every answer, and nothing written.
 */
let target: ChaosTarget;
let reportId = 'unknown';

/** Routes the API is known to have, for when the OpenAPI document lacks a parameter. */
const KNOWN_ROUTES: RouteSpec[] = [
  {
    method: 'GET',
    path: '/events',
    query: [
      { name: 'after', type: 'integer' },
      { name: 'limit', type: 'integer' },
    ],
    pathParams: [],
    admin: false,
  },
  {
    method: 'GET',
    path: '/events/stream',
    query: [
      { name: 'after', type: 'integer' },
      { name: 'types', type: 'string' },
    ],
    pathParams: [],
    admin: false,
  },
  {
    method: 'GET',
    path: '/streams/{id}',
    query: [
      { name: 'from', type: 'integer' },
      { name: 'to', type: 'integer' },
    ],
    pathParams: ['id'],
    admin: false,
  },
  { method: 'GET', path: '/reports/{id}', query: [], pathParams: ['id'], admin: false },
];

function mergeRoutes(found: RouteSpec[]): RouteSpec[] {
  const byKey = new Map(found.map((r) => [`${r.method} ${r.path}`, r]));
  for (const known of KNOWN_ROUTES) {
    const r = byKey.get(`${known.method} ${known.path}`);
    if (!r) byKey.set(`${known.method} ${known.path}`, known);
    else for (const q of known.query) if (!r.query.some((x) => x.name === q.name)) r.query.push(q);
  }
  return [...byKey.values()];
}

beforeAll(async () => {
  target = await startTarget('bad-input', { SITREP_WAIT_FOR_TIMEOUT_MS: '300', SITREP_WAIT_FOR_MAX_TIMEOUT_MS: '1000' });
  const posted = await postJson(target.server.port, '/reports', uniqueReport(1));
  reportId = (json<{ id: string }>(posted)?.id as string) ?? 'unknown';
});

afterAll(async () => {
  await target?.close();
});

describe('bad input matrix', () => {
  it('answers every bad input with 4xx problem+json, never a 5xx, never a write', async () => {
    const port = target.server.port;
    const doc = json<Parameters<typeof routesFromOpenApi>[0]>(await http(port, { path: '/docs/openapi.json' }));
    expect(doc, 'the OpenAPI document at /docs/openapi.json').not.toBeNull();
    const routes = mergeRoutes(routesFromOpenApi(doc!));
    const fillPath = (route: RouteSpec, override: Record<string, string> = {}) =>
      route.path.replace(
        /\{(\w+)\}/g,
        (_, name: string) =>
          override[name] ?? (route.path.startsWith('/streams') ? `report-${reportId}` : route.path.startsWith('/reports') ? reportId : 'x'),
      );

    const inputs: BadInput[] = [
      ...bodyAttacks(),
      ...queryAttacks(routes, fillPath),
      ...pathAttacks(routes, fillPath),
      ...headerAttacks(),
      ...routeAttacks(),
    ];
    const before = await storeCounts(target.tdb);
    const tally = new Tally('bad-input');
    const byArea = new Map<string, { tried: number; handled: number }>();
    let slowest = { ms: 0, name: '' };

    await runClients(
      8,
      async (_, i) => {
        const input = inputs[i]!;
        const result = await http(port, { timeoutMs: 20_000, ...input.request });
        const verdict = judge(input, result);
        const area = input.name.split(' ').slice(0, 2).join(' ');
        const a = byArea.get(area) ?? { tried: 0, handled: 0 };
        a.tried++;
        tally.add('tried');
        if (result.ms > slowest.ms) slowest = { ms: result.ms, name: input.name };
        if (verdict.handled) {
          a.handled++;
          tally.add('handled');
          tally.add(verdict.kind === '4xx' ? 'answered_4xx' : 'answered_2xx_harmless');
        } else {
          tally.add('failed');
          if (result.status >= 500) tally.add('answered_5xx');
          if (result.status === 0) tally.add('no_answer');
          tally.note(`${input.name}: ${verdict.reason}`);
        }
        byArea.set(area, a);
      },
      { maxIterations: inputs.length },
    );

    // A batch of bad lines: the stream answers 200, every line must be a 4xx problem.
    const batch = await http(port, {
      method: 'POST',
      path: '/reports/batch',
      headers: { 'content-type': 'application/x-ndjson' },
      body: badBatchLines(),
      timeoutMs: 30_000,
    });
    const lines =
      isAnswer(batch) && batch.status === 200
        ? batch.body
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { status?: number; summary?: unknown })
        : [];
    const lineResults = lines.filter((l) => l.summary === undefined);
    const badLines = lineResults.filter((l) => !(typeof l.status === 'number' && l.status >= 400 && l.status < 500));
    tally.add('tried', lineResults.length);
    tally.add('handled', lineResults.length - badLines.length);
    tally.add('answered_4xx', lineResults.length - badLines.length);
    if (batch.status !== 200 || lineResults.length !== 10 || badLines.length) {
      tally.add('failed', Math.max(1, badLines.length));
      tally.note(
        `POST /reports/batch bad lines: HTTP ${batch.status}, ${lineResults.length} line answers, ${badLines.length} not 4xx: ${isAnswer(batch) ? batch.body.slice(0, 300) : batch.error}`,
      );
    }

    const after = await storeCounts(target.tdb);
    tally.set('events_written', after.events - before.events);
    tally.set('streams_written', after.streams - before.streams);
    tally.set('slowest_ms', Math.round(slowest.ms));
    tally.report(`${tally.get('tried')} tried, ${tally.get('handled')} handled (slowest: ${slowest.name})`);
    for (const [area, a] of [...byArea].sort()) process.stdout.write(`[chaos]   ${area}: ${a.handled}/${a.tried}\n`);

    expect(tally.notes, 'bad inputs not handled').toEqual([]);
    expect(tally.get('answered_5xx')).toBe(0);
    expect(after).toEqual(before);
    expect(tally.get('handled')).toBe(tally.get('tried'));
  });

  it('guards every admin endpoint with the bearer token, and turns them off without one', async () => {
    const port = target.server.port;
    const doc = json<Parameters<typeof routesFromOpenApi>[0]>(await http(port, { path: '/docs/openapi.json' }));
    const routes = routesFromOpenApi(doc!);
    const admin = routes.filter((r) => r.admin);
    const tally = new Tally('admin');
    // Anything that rewrites history or analysts' decisions must be admin-only, whatever its decorator says.
    const destructive = routes.filter((r) => r.method !== 'GET' && /rebuild|reextract|retract|merge|split/.test(r.path));
    for (const r of destructive.filter((d) => !d.admin)) tally.note(`${r.method} ${r.path} is destructive but not admin-only`);
    tally.set('admin_endpoints', admin.length);

    const fill = (r: RouteSpec) => r.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'name' ? 'incidents' : reportId));
    const wrongSameLength = ADMIN_TOKEN.replace(/.$/, (c) => (c === 'x' ? 'y' : 'x'));
    const attempts: Array<[string, Record<string, string>, number, string]> = [
      ['no header', {}, 401, 'ADMIN_TOKEN_REQUIRED'],
      ['empty bearer', { authorization: 'Bearer ' }, 401, 'ADMIN_TOKEN_REQUIRED'],
      ['basic auth', { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` }, 401, 'ADMIN_TOKEN_REQUIRED'],
      ['token without scheme', { authorization: ADMIN_TOKEN }, 401, 'ADMIN_TOKEN_REQUIRED'],
      ['wrong token, same length', { authorization: `Bearer ${wrongSameLength}` }, 403, 'ADMIN_TOKEN_INVALID'],
      ['prefix of the token', { authorization: `Bearer ${ADMIN_TOKEN.slice(0, -1)}` }, 403, 'ADMIN_TOKEN_INVALID'],
      ['token plus a suffix', { authorization: `Bearer ${ADMIN_TOKEN}x` }, 403, 'ADMIN_TOKEN_INVALID'],
      ['token in another header', { 'x-admin-token': ADMIN_TOKEN }, 401, 'ADMIN_TOKEN_REQUIRED'],
    ];
    const before = await storeCounts(target.tdb);
    const check = async (
      srv: number,
      r: RouteSpec,
      label: string,
      headers: Record<string, string>,
      status: number,
      code: string,
      query = '',
    ) => {
      const res = await http(srv, {
        method: r.method,
        path: `${fill(r)}${query}`,
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"reason":"chaos","incidentIds":["a","b"],"into":"a","eventIds":["x"]}',
      });
      tally.add('tried');
      const body = json<{ code?: string }>(res);
      if (res.status === status && body?.code === code) tally.add('refused_as_expected');
      else tally.note(`${r.method} ${r.path} ${label}: expected ${status} ${code}, got ${res.status} ${body?.code ?? ''}`);
    };
    for (const r of admin) {
      for (const [label, headers, status, code] of attempts) await check(port, r, label, headers, status, code);
      await check(
        port,
        r,
        'token in the query string',
        {},
        401,
        'ADMIN_TOKEN_REQUIRED',
        `?token=${ADMIN_TOKEN}&access_token=${ADMIN_TOKEN}`,
      );
    }

    // The same API without SITREP_ADMIN_TOKEN: admin endpoints are off, even for the old token.
    const off = await SitrepServer.create({ databaseUrl: target.tdb.url, name: 'admin-off', env: { SITREP_ADMIN_TOKEN: '' } });
    try {
      await off.start();
      for (const r of admin) {
        await check(off.port, r, 'disabled, old token', { authorization: `Bearer ${ADMIN_TOKEN}` }, 403, 'ADMIN_DISABLED');
        await check(off.port, r, 'disabled, no token', {}, 403, 'ADMIN_DISABLED');
      }
    } finally {
      await off.close();
    }
    const after = await storeCounts(target.tdb);
    tally.set('events_written', after.events - before.events);
    tally.report(
      `${admin.length} admin endpoints (${admin.map((r) => `${r.method} ${r.path}`).join(', ')}); ${tally.get('refused_as_expected')}/${tally.get('tried')} refused as expected`,
    );

    expect(admin.length).toBeGreaterThanOrEqual(5);
    expect(tally.notes).toEqual([]);
    expect(after).toEqual(before);
  });
});
