import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EventBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportStreamAppended } from '../../apps/api/src/reports/application/report-stream-appended.event.js';
import { createEventStore } from '../../apps/api/src/infrastructure/event-store.factory.js';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN, countEvents, loadSeeds, startReportsApp, type SeedReport } from './support/reports-app.js';

/**
 * The write side through HTTP against a real PostgreSQL: the five seed reports,
 * duplicates (sequential and 50 concurrent), every bad input with nothing
 * written, text/plain, ndjson batches, reading back, retraction, operations.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
const published: ReportStreamAppended[] = [];
const seeds = loadSeeds();

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/reports',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });
const seedBody = (s: SeedReport) => ({ text: s.text, publishedOn: s.publishedOn, source: s.outlet, language: s.language });

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 12 });
  app = await startReportsApp(tdb, { SITREP_ADMIN_TOKEN: ADMIN_TOKEN });
  app.get(EventBus).subscribe((event) => {
    if (event instanceof ReportStreamAppended) published.push(event);
  });
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('POST /reports with the seed corpus', () => {
  const ids = new Map<string, { id: string; position: number; events: unknown[] }>();

  it('stores each of the five seed reports as a new stream (201)', async () => {
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      const res = await postJson(seedBody(seed));
      expect(res.statusCode, `${seed.id}: ${res.body}`).toBe(201);
      const body = res.json() as { id: string; position: number; events: { type: string; position: number; version: number }[] };
      expect(body.id).toMatch(/^[0-9a-f]{24}$/);
      expect(res.headers.location).toBe(`/reports/${body.id}`);
      expect(body.events[0]!.type).toBe('ReportSubmitted');
      expect(body.events.map((e) => e.version)).toEqual(body.events.map((_, i) => i + 1));
      expect(body.position).toBe(body.events.at(-1)!.position);
      ids.set(seed.id, body);
    }
    expect(new Set([...ids.values()].map((b) => b.id)).size).toBe(5);
    const rows = await tdb.sql<{ stream_id: string; n: string }[]>`
      SELECT stream_id, count(*)::text AS n FROM events WHERE type = 'ReportSubmitted' GROUP BY stream_id`;
    expect(rows).toHaveLength(5);
    expect(published).toHaveLength(5);
  });

  it('extracts events from the seeds: taxonomy types with report id, extraction id and ordinal', async () => {
    const rows = await tdb.sql<{ type: string; data: { reportId: string; extractionId: string; ordinal: number } }[]>`
      SELECT type, data FROM events WHERE type <> 'ReportSubmitted' ORDER BY position`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.data.reportId).toMatch(/^[0-9a-f]{24}$/);
      expect(row.data.extractionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number.isInteger(row.data.ordinal)).toBe(true);
    }
  });

  it('answers 200 with the same body when a report is posted again, writing nothing', async () => {
    const before = await countEvents(tdb);
    for (const seed of seeds) {
      const res = await postJson(seedBody(seed));
      expect(res.statusCode).toBe(200);
      // The same body, plus what a re-post says about the stored report (issue 13 item 9).
      expect(res.json()).toEqual({ ...ids.get(seed.id), retracted: false, differences: [] });
    }
    // The id ignores spacing differences.
    const respaced = await postJson({ ...seedBody(seeds[0]!), text: `  ${seeds[0]!.text.replace(/\n/g, '\n\n')}  ` });
    expect(respaced.statusCode).toBe(200);
    expect(respaced.json().id).toBe(ids.get(seeds[0]!.id)!.id);
    expect(await countEvents(tdb)).toBe(before);
  });

  it('GET /reports/:id returns the report, its events and its state', async () => {
    const stored = ids.get(seeds[1]!.id)!;
    const res = await app.inject({ method: 'GET', url: `/reports/${stored.id}` });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({
      id: stored.id,
      streamId: `report-${stored.id}`,
      status: 'active',
      retraction: null,
      report: {
        text: seeds[1]!.text,
        source: seeds[1]!.outlet,
        publishedOn: seeds[1]!.publishedOn,
        language: 'ar',
        referenceDateSource: 'metadata',
      },
    });
    expect(view.events).toHaveLength(stored.events.length);
    expect(view.events[0]).toMatchObject({ type: 'ReportSubmitted', counts: false, metadata: { extractorVersion: expect.any(String) } });
    for (const e of view.events.slice(1)) expect(e.counts).toBe(true);
  });
});

describe('concurrent duplicates', () => {
  it('50 concurrent posts of one report make one stream with exactly one ReportSubmitted', async () => {
    const body = {
      text: 'أعلنت وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت مواقع قرب جرموك صباح اليوم بالمدفعية.',
      publishedOn: '2022-09-13',
      source: 'Concurrency Wire',
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => postJson(body)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    const bodies = answers.map((a) => a.json());
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    const streamId = `report-${bodies[0].id}`;
    const [submitted] = await tdb.sql<
      { n: string }[]
    >`SELECT count(*)::text AS n FROM events WHERE stream_id = ${streamId} AND type = 'ReportSubmitted'`;
    expect(submitted!.n).toBe('1');
    const [streams] = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM streams WHERE stream_id = ${streamId}`;
    expect(streams!.n).toBe('1');
    const [all] = await tdb.sql<{ n: string }[]>`SELECT count(*)::text AS n FROM events WHERE stream_id = ${streamId}`;
    expect(Number(all!.n)).toBe(bodies[0].events.length);
  });
});

describe('concurrent duplicates across instances', () => {
  it('two app instances racing on one report still make one stream (the store decides)', async () => {
    const other = await startReportsApp(tdb);
    try {
      const body = JSON.stringify({
        text: 'اشتباكات متقطعة قرب الحدود مساء أمس بين القوات الأرمينية والأذربيجانية.',
        source: 'Two Instances',
      });
      const post = (target: NestFastifyApplication) =>
        target.inject({ method: 'POST', url: '/reports', headers: { 'content-type': 'application/json' }, payload: body });
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => post(i % 2 ? app : other)));
      expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(39);
      const id = answers[0]!.json().id;
      const [row] = await tdb.sql<
        { n: string }[]
      >`SELECT count(*)::text AS n FROM events WHERE stream_id = ${`report-${id}`} AND type = 'ReportSubmitted'`;
      expect(row!.n).toBe('1');
    } finally {
      await other.close();
    }
  });
});

describe('bad input: problem+json with a stable code, nothing written', () => {
  const json = (payload: string | Buffer) => ({ 'content-type': 'application/json', payload });
  const plain = (payload: string | Buffer) => ({ 'content-type': 'text/plain; charset=utf-8', payload });
  const cases: { name: string; url?: string; contentType?: string; payload?: string | Buffer; status: number; code: string }[] = [
    { name: 'empty text', ...json('{"text": ""}'), status: 422, code: 'TEXT_EMPTY' },
    { name: 'whitespace text', ...json('{"text": " \\n\\t  "}'), status: 422, code: 'TEXT_EMPTY' },
    { name: 'empty text/plain body', ...plain(''), status: 422, code: 'TEXT_EMPTY' },
    { name: 'whitespace text/plain body', ...plain(' \n\u00a0 '), status: 422, code: 'TEXT_EMPTY' },
    { name: 'missing text', ...json('{"source": "TASS"}'), status: 422, code: 'TEXT_REQUIRED' },
    { name: 'text over 1 MiB', ...json(JSON.stringify({ text: 'ق'.repeat(600_000) })), status: 413, code: 'REPORT_TOO_LARGE' },
    { name: 'text/plain over 1 MiB', ...plain('a'.repeat(1024 * 1024 + 1)), status: 413, code: 'REPORT_TOO_LARGE' },
    { name: 'body far over any limit', ...plain('a'.repeat(9 * 1024 * 1024)), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'malformed JSON', ...json('{"text": "abc"'), status: 400, code: 'MALFORMED_JSON' },
    { name: 'empty JSON body', ...json(''), status: 400, code: 'MALFORMED_JSON' },
    { name: 'JSON array', ...json('[{"text": "a"}]'), status: 422, code: 'INVALID_BODY' },
    {
      name: 'wrong content type',
      'content-type': 'application/xml',
      payload: '<text>a</text>',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'form content type',
      'content-type': 'application/x-www-form-urlencoded',
      payload: 'text=a',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'ndjson on the single endpoint',
      'content-type': 'application/x-ndjson',
      payload: '{"text":"a"}\n',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    { name: 'no content type', payload: undefined, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    {
      name: 'non-UTF-8 charset',
      'content-type': 'text/plain; charset=iso-8859-1',
      payload: 'abc',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    { name: 'impossible date', ...json('{"text": "a", "publishedOn": "2022-02-30"}'), status: 422, code: 'INVALID_DATE' },
    { name: 'not a date', ...json('{"text": "a", "publishedOn": "13/09/2022"}'), status: 422, code: 'INVALID_DATE' },
    { name: 'text/plain invalid date', url: '/reports?publishedOn=2022-13-01', ...plain('a'), status: 422, code: 'INVALID_DATE' },
    { name: 'NUL in JSON text', ...json('{"text": "a\\u0000b"}'), status: 422, code: 'TEXT_CONTAINS_NUL' },
    { name: 'NUL in text/plain', ...plain(Buffer.from([0x61, 0x00, 0x62])), status: 422, code: 'TEXT_CONTAINS_NUL' },
    {
      name: 'invalid UTF-8 in JSON',
      ...json(Buffer.concat([Buffer.from('{"text": "a'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])),
      status: 422,
      code: 'INVALID_UTF8',
    },
    { name: 'invalid UTF-8 in text/plain', ...plain(Buffer.from([0xe2, 0x82, 0x61])), status: 422, code: 'INVALID_UTF8' },
    { name: 'lone surrogate escape', ...json('{"text": "a\\ud800b"}'), status: 422, code: 'INVALID_UTF8' },
    { name: 'unknown field', ...json('{"text": "a", "author": "me"}'), status: 422, code: 'UNKNOWN_FIELD' },
    { name: 'prototype key', ...json('{"text": "a", "__proto__": {"x": 1}}'), status: 422, code: 'UNKNOWN_FIELD' },
    { name: 'unknown query parameter', url: '/reports?author=me', ...plain('a'), status: 400, code: 'UNKNOWN_PARAMETER' },
    { name: 'repeated query parameter', url: '/reports?source=a&source=b', ...plain('a'), status: 400, code: 'INVALID_QUERY' },
    { name: 'bad language', ...json('{"text": "a", "language": "Arabic"}'), status: 422, code: 'INVALID_LANGUAGE' },
    { name: 'bad url', ...json('{"text": "a", "url": "ftp://x"}'), status: 422, code: 'INVALID_URL' },
    { name: 'wrong field type', ...json('{"text": ["a"]}'), status: 422, code: 'INVALID_FIELD' },
    {
      name: 'an extraction the event schemas refuse (one event with 2,000 figures)',
      ...json(JSON.stringify({ text: 'قتل ٣ '.repeat(2_000) })),
      status: 422,
      code: 'EVENT_SCHEMA_VIOLATION',
    },
  ];

  it('stores a report whose figures are beyond any count, without those figures', async () => {
    const res = await postJson({
      text: `أعلنت وزارة الدفاع مقتل 7${'0'.repeat(16)} جندي وجرح 12345.31 آخرين في قصف على جرموك، ومقتل ثلاثة مدنيين.`,
      publishedOn: '2022-09-14',
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    const rows = await tdb.sql<{ data: { casualties: { min: number | null; max: number | null }[] } }[]>`
      SELECT data FROM events WHERE stream_id = ${`report-${res.json().id}`} AND data ? 'casualties'`;
    const figures = rows.flatMap((r) => r.data.casualties.flatMap((c) => [c.min, c.max])).filter((f) => f !== null);
    expect(figures).toContain(3);
    expect(figures.every((f) => Number.isInteger(f) && f <= 2_147_483_647)).toBe(true);
  });

  it.each(cases)('$name → $status $code', async ({ url, payload, status, code, ...rest }) => {
    const contentType = (rest as Record<string, string>)['content-type'];
    const before = await countEvents(tdb);
    const res = await app.inject({
      method: 'POST',
      url: url ?? '/reports',
      headers: contentType ? { 'content-type': contentType } : {},
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ status, code, instance: '/reports', title: expect.any(String), detail: expect.any(String) });
    expect(problem.type).toMatch(/^urn:sitrep:problem:/);
    expect(res.body).not.toMatch(/\bat .+\.(js|ts):\d+/);
    expect(await countEvents(tdb)).toBe(before);
  });

  it('unknown routes are 404 problem+json', async () => {
    const res = await app.inject({ method: 'GET', url: '/no/such/route' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404, instance: '/no/such/route' });
  });

  it('GET of an unknown or malformed report id is 404', async () => {
    const unknown = await app.inject({ url: '/reports/0123456789abcdef01234567' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REPORT_NOT_FOUND');
    const malformed = await app.inject({ url: '/reports/not-an-id' });
    expect(malformed.statusCode).toBe(404);
    expect(malformed.json().code).toBe('INVALID_REPORT_ID');
  });
});

describe('text/plain', () => {
  it('takes the text as the body and metadata from the query', async () => {
    const text = 'قصفت القوات الأذربيجانية مدينة جرموك الأرمينية بالمدفعية.';
    const res = await app.inject({
      method: 'POST',
      url: '/reports?publishedOn=2022-09-13&source=Plain%20Wire&language=ar&title=Jermuk',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      payload: Buffer.from(text, 'utf8'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = (await app.inject({ url: `/reports/${res.json().id}` })).json();
    expect(view.report).toMatchObject({ text, publishedOn: '2022-09-13', source: 'Plain Wire', language: 'ar', title: 'Jermuk' });
    const again = await app.inject({
      method: 'POST',
      url: '/reports?source=Plain%20Wire',
      headers: { 'content-type': 'text/plain' },
      payload: `${text}\n`,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(res.json().id);
  });
});

describe('POST /reports/batch (ndjson)', () => {
  it('answers one line per report, streaming; a bad line fails alone', async () => {
    const before = await countEvents(tdb);
    const lines = [
      JSON.stringify({ text: 'أسقطت الدفاعات الجوية طائرة مسيرة فوق ستيباناكيرت.', source: 'Batch Wire', publishedOn: '2020-09-28' }),
      '{"text": "broken json"',
      '',
      JSON.stringify({ text: '   ' }),
      JSON.stringify(seedBody(seeds[0]!)),
      JSON.stringify({ text: 'اتفقت أرمينيا وأذربيجان على وقف إطلاق النار.', source: 'Batch Wire', bogus: 1 }),
    ];
    const payload = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x0a])]);
    const res = await app.inject({ method: 'POST', url: '/reports/batch', headers: { 'content-type': 'application/x-ndjson' }, payload });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const out = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.status, o.error?.code])).toEqual([
      [1, 201, undefined],
      [2, 400, 'MALFORMED_JSON'],
      [4, 422, 'TEXT_EMPTY'],
      [5, 200, undefined],
      [6, 422, 'UNKNOWN_FIELD'],
      [7, 422, 'INVALID_UTF8'],
      [undefined, undefined, undefined],
    ]);
    expect(out.at(-1).summary).toEqual({ lines: 6, created: 1, existing: 1, failed: 4, truncated: false });
    expect(out[0].id).toMatch(/^[0-9a-f]{24}$/);
    expect(await countEvents(tdb)).toBe(before + out[0].events.length);
  });

  it('rejects a non-ndjson body with 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/reports/batch',
      headers: { 'content-type': 'application/json' },
      payload: '{"text":"a"}',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('retraction (admin)', () => {
  let id: string;
  beforeAll(async () => {
    id = (await postJson({ text: 'تقرير سيتم سحبه: اشتباكات على الحدود.', source: 'Retract Wire' })).json().id;
  });
  const retract = (token: string | null, body: unknown = { reason: 'duplicate of a wire story' }, target = app) =>
    target.inject({
      method: 'POST',
      url: `/reports/${id}/retract`,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: JSON.stringify(body),
    });

  it('needs the bearer token', async () => {
    const before = await countEvents(tdb);
    const none = await retract(null);
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('ADMIN_TOKEN_REQUIRED');
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    const wrong = await retract('x'.repeat(ADMIN_TOKEN.length));
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('ADMIN_TOKEN_INVALID');
    expect(await countEvents(tdb)).toBe(before);
  });

  it('validates the body', async () => {
    expect((await retract(ADMIN_TOKEN, {})).json().code).toBe('INVALID_FIELD');
    expect((await retract(ADMIN_TOKEN, { reason: 'x', extra: 1 })).json().code).toBe('UNKNOWN_FIELD');
  });

  it('appends ReportRetracted; the report stays readable but its events stop counting', async () => {
    const res = await retract(ADMIN_TOKEN, { reason: 'duplicate of a wire story', retractedBy: 'analyst:test' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().events.map((e: { type: string }) => e.type)).toEqual(['ReportRetracted']);
    const view = (await app.inject({ url: `/reports/${id}` })).json();
    expect(view.status).toBe('retracted');
    expect(view.retraction).toMatchObject({ reason: 'duplicate of a wire story', retractedBy: 'analyst:test' });
    expect(view.events.every((e: { counts: boolean }) => !e.counts)).toBe(true);
    expect(view.events.at(-1).type).toBe('ReportRetracted');
  });

  it('a second retraction is 409, an unknown report 404', async () => {
    const again = await retract(ADMIN_TOKEN);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('REPORT_ALREADY_RETRACTED');
    const unknown = await app.inject({
      method: 'POST',
      url: '/reports/0123456789abcdef01234567/retract',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: '{"reason":"x"}',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REPORT_NOT_FOUND');
  });

  it('is disabled when no admin token is configured', async () => {
    const closed = await startReportsApp(tdb);
    try {
      const res = await retract(ADMIN_TOKEN, undefined, closed);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('ADMIN_DISABLED');
    } finally {
      await closed.close();
    }
  });
});

describe('a failing append fails the command', () => {
  it('answers 500 problem+json without details, publishes nothing', async () => {
    const real = createEventStore(tdb);
    const broken = await startReportsApp(
      tdb,
      {},
      {
        eventStore: {
          ...real,
          readStream: real.readStream.bind(real),
          readAll: real.readAll.bind(real),
          subscribe: real.subscribe.bind(real),
          headPosition: real.headPosition.bind(real),
          append: async () => {
            throw new Error('disk on fire at /var/lib/secret');
          },
        },
      },
    );
    const events: unknown[] = [];
    broken.get(EventBus).subscribe((e) => events.push(e));
    try {
      const before = await countEvents(tdb);
      const res = await broken.inject({
        method: 'POST',
        url: '/reports',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ text: 'لن يُحفظ هذا التقرير.' }),
      });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'INTERNAL_ERROR', status: 500 });
      expect(res.body).not.toContain('disk on fire');
      expect(events).toEqual([]);
      expect(await countEvents(tdb)).toBe(before);
    } finally {
      await broken.close();
    }
  });
});

describe('operations', () => {
  it('GET /health checks the database', async () => {
    const res = await app.inject({ url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { status: 'up', mode: 'external' } });
  });

  it('GET /metrics exposes requests, latencies, appended events and extraction time', async () => {
    const res = await app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/sitrep_http_requests_total\{method="POST",route="\/reports",status="201"\} \d+/);
    expect(res.body).toMatch(/sitrep_http_request_duration_seconds_bucket\{/);
    expect(res.body).toMatch(/sitrep_events_appended_total\{type="ReportSubmitted"\} \d+/);
    expect(res.body).toMatch(/sitrep_extraction_duration_seconds_count [1-9]/);
  });

  it('serves the OpenAPI document and UI at /docs', async () => {
    const ui = await app.inject({ url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    const doc = (await app.inject({ url: '/docs/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/reports', '/reports/batch', '/reports/{id}', '/reports/{id}/retract', '/health']),
    );
  });

  it('sets security headers on every answer and no CORS headers', async () => {
    for (const res of [await app.inject({ url: '/health' }), await app.inject({ url: '/nope' }), await app.inject({ url: '/docs' })]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });

  it('keeps a sane X-Request-Id from the caller', async () => {
    const res = await app.inject({ url: '/nope', headers: { 'x-request-id': 'req-123' } });
    expect(res.headers['x-request-id']).toBe('req-123');
    expect(res.json().requestId).toBe('req-123');
  });
});
