import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { startReportsApp } from '../reports/support/reports-app.js';
import { parseAnswers, sendRaw } from './support/raw-http.js';

/**
 * Issue 13 item 1: a query with raw UTF-8 bytes (as curl sends the README's
 * Arabic example) is answered like its percent-encoded form, bodies are never
 * touched, and a request Node's parser refuses is answered as problem+json.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let port: number;

const TEXT = 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.';

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = await startReportsApp(tdb);
  await app.listen(0, '127.0.0.1');
  port = (app.getHttpServer().address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('raw UTF-8 in the request line', () => {
  it('posts an Arabic report, then finds its incident with a raw Arabic query on the same connection', async () => {
    const body = Buffer.from(JSON.stringify({ text: TEXT, publishedOn: '2022-09-13', source: 'TASS' }), 'utf8');
    const post = Buffer.concat([
      Buffer.from(`POST /reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`),
      body,
    ]);
    const [created] = parseAnswers(
      await sendRaw(port, Buffer.concat([post, Buffer.from('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')])),
    );
    expect(created!.status, created!.body).toBe(201);
    const { id, position } = JSON.parse(created!.body) as { id: string; position: number };

    // The body went through untouched: the stored text is the Arabic sent.
    const stored = await app.inject({ method: 'GET', url: `/reports/${id}` });
    expect((stored.json() as { report: { text: string } }).report.text).toBe(TEXT);

    const query = `GET /incidents?location=جرموك&type=ShellingReported&waitFor=${position}&waitTimeout=20000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
    const [answer] = parseAnswers(await sendRaw(port, Buffer.from(query, 'utf8')));
    expect(answer!.status, answer!.body).toBe(200);
    const items = (JSON.parse(answer!.body) as { items: { types: string[] }[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.types).toContain('ShellingReported');
  });

  it('rewrites only request lines: a chunked Arabic body followed by a raw query on one connection', async () => {
    const text = `${TEXT} وقال شاهد إن القصف استمر ساعة.`;
    const json = Buffer.from(JSON.stringify({ text, publishedOn: '2022-09-14', source: 'Armenpress' }), 'utf8');
    const half = Math.floor(json.length / 2);
    const chunk = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
    const bytes = Buffer.concat([
      Buffer.from('POST /reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'),
      chunk(json.subarray(0, half)),
      chunk(json.subarray(half)),
      Buffer.from('0\r\n\r\n'),
      Buffer.from('GET /locations?location=جرموك HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'utf8'),
    ]);
    const raw = await sendRaw(port, bytes);
    const statuses = [...raw.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    expect(statuses, raw).toEqual([201, 200]);
    const id = /"id":"([0-9a-f]{24})"/.exec(raw)![1];
    const stored = await app.inject({ method: 'GET', url: `/reports/${id}` });
    expect((stored.json() as { report: { text: string } }).report.text).toBe(text);
  });

  it('answers a request line Node cannot parse with problem+json, a code and a request id', async () => {
    const [answer] = parseAnswers(await sendRaw(port, 'GET /health?x=\u0001 HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(answer!.status).toBe(400);
    expect(answer!.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(answer!.body) as { code: string; requestId: string };
    expect(problem.code).toBe('BAD_REQUEST');
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer!.headers['x-request-id']).toBe(problem.requestId);
  });
});
