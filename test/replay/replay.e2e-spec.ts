import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import type { RecordedEventJson } from '../../apps/api/src/replay/recorded-event.json.js';
import { loadConfig } from '@sitrep/config';
import { type EventStore, PostgresEventStore } from '@sitrep/event-store';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { SseClient } from './support/sse-client.js';

/**
 * Replay through HTTP against the real app and a real PostgreSQL event store:
 * paging the global order, one stream, and SSE catch-up then live.
 */
let tdb: TestDatabase;
let app: NestFastifyApplication;
let appClosed = false;
let store: EventStore;
let baseUrl: string;

const STREAMS = ['replay-a', 'replay-b', 'replay-c'];

async function appendOne(streamId: string, type = 'ThingHappened', data: object = {}) {
  return store.append(streamId, [{ id: randomUUID(), type, data: { streamId, ...data } }]);
}

async function allEventsThroughHttp(limit: number): Promise<{ events: RecordedEventJson[]; pages: number }> {
  const events: RecordedEventJson[] = [];
  let after = 0;
  let pages = 0;
  for (;;) {
    const res = await app.inject({ url: `/events?after=${after}&limit=${limit}` });
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: RecordedEventJson[]; nextCursor: string | null; next: number; head: number };
    pages++;
    events.push(...page.items);
    if (page.nextCursor === null) {
      expect(page.next).toBe(page.head);
      return { events, pages };
    }
    expect(Number(page.nextCursor)).toBe(page.next);
    expect(page.next).toBeGreaterThan(after);
    after = page.next;
  }
}

beforeAll(async () => {
  process.env.SITREP_SSE_HEARTBEAT_MS = '200';
  tdb = await createTestDatabase({ poolSize: 6 });
  // The shortest request timeout: an SSE response must outlive it.
  const config = loadConfig({ DATABASE_URL: tdb.url, LOG_LEVEL: 'silent', SITREP_REQUEST_TIMEOUT_MS: '1000' });
  const handle = { db: tdb.db, sql: tdb.sql, url: tdb.url, embedded: false, close: async () => undefined };
  app = await createApp(config, handle, { ownsHandle: false, httpLogging: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}`;
  // Seeded through the store itself, not the app's schema-checking wrapper: replay is about any recorded event.
  store = new PostgresEventStore(tdb.db, { sql: tdb.sql });
  // Interleaved appends to three streams, some in batches.
  for (let i = 0; i < 30; i++) {
    const streamId = STREAMS[i % 3]!;
    if (i % 5 === 0) {
      await store.append(streamId, [
        { id: randomUUID(), type: 'TalksHeld', data: { i } },
        { id: randomUUID(), type: 'MediationOffered', data: { i } },
      ]);
    } else {
      await appendOne(streamId, 'ThingHappened', { i });
    }
  }
  // The gap-safe read holds events back while any older transaction of the
  // cluster is open (other test files share the server): wait until all are visible.
  const deadline = Date.now() + 30_000;
  while ((await store.readAll({ after: 0, limit: 1000 })).events.length < 36 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
});

afterAll(async () => {
  delete process.env.SITREP_SSE_HEARTBEAT_MS;
  if (!appClosed) await app?.close();
  await tdb?.close();
});

describe('GET /events', () => {
  it('pages through every event exactly once, in global order', async () => {
    const head = await store.headPosition();
    const { events, pages } = await allEventsThroughHttp(7);
    expect(events).toHaveLength(36);
    const positions = events.map((e) => e.position);
    expect(new Set(positions).size).toBe(positions.length);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions.at(-1)).toBe(head);
    expect(new Set(events.map((e) => e.id)).size).toBe(36);
    expect(pages).toBe(Math.ceil(36 / 7));
    // Same as the store's own gap-safe read.
    const direct = await store.readAll({ after: 0, limit: 1000 });
    expect(positions).toEqual(direct.events.map((e) => e.position));
  });

  it('answers the recorded event with its metadata and times as ISO strings', async () => {
    const res = await app.inject({ url: '/events?limit=1' });
    const [first] = (res.json() as { items: RecordedEventJson[] }).items;
    expect(first).toMatchObject({
      position: expect.any(Number),
      streamId: 'replay-a',
      streamVersion: 1,
      type: 'TalksHeld',
      schemaVersion: 1,
    });
    expect(first!.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Object.keys(first!)).toEqual([
      'position',
      'streamId',
      'streamVersion',
      'id',
      'type',
      'schemaVersion',
      'data',
      'metadata',
      'occurredAt',
      'recordedAt',
      'transactionId',
    ]);
  });

  it('defaults to 100 per page, and an exhausted cursor answers an empty page at the head', async () => {
    const head = await store.headPosition();
    const all = (await app.inject({ url: '/events' })).json() as { items: unknown[] };
    expect(all.items).toHaveLength(36);
    const end = (await app.inject({ url: `/events?after=${head}` })).json();
    expect(end).toEqual({ items: [], nextCursor: null, next: head, head });
  });

  it.each(['after=-1', 'after=abc', 'limit=0', 'limit=1.5', 'after=1&after=2', 'after=1&cursor=2', 'cursor=x', 'types=X'])(
    'refuses %s with 422 problem+json',
    async (qs) => {
      const res = await app.inject({ url: `/events?${qs}` });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'INVALID_QUERY_PARAMETER', status: 422 });
    },
  );
});

describe('GET /streams/:id', () => {
  it('answers one stream in stream order', async () => {
    const res = await app.inject({ url: '/streams/replay-b' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { streamId: string; lastVersion: number; events: RecordedEventJson[] };
    expect(body.streamId).toBe('replay-b');
    expect(body.events.map((e) => e.streamVersion)).toEqual(body.events.map((_, i) => i + 1));
    expect(body.events.every((e) => e.streamId === 'replay-b')).toBe(true);
    expect(body.lastVersion).toBe(body.events.length);
    expect(body.events).toHaveLength(12);
  });

  it('answers a version range', async () => {
    const body = (await app.inject({ url: '/streams/replay-b?from=3&to=5' })).json() as {
      events: RecordedEventJson[];
      lastVersion: number;
    };
    expect(body.events.map((e) => e.streamVersion)).toEqual([3, 4, 5]);
    // The stream's last version, not the range's (issue 13 item 8).
    expect(body.lastVersion).toBe(12);
    const beyond = await app.inject({ url: '/streams/replay-b?from=500' });
    expect(beyond.statusCode).toBe(200);
    expect(beyond.json()).toMatchObject({ events: [], lastVersion: 12 });
  });

  it('answers 404 STREAM_NOT_FOUND for a stream without events', async () => {
    const res = await app.inject({ url: '/streams/report-0000000000000000deadbeef' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'STREAM_NOT_FOUND', streamId: 'report-0000000000000000deadbeef' });
  });

  it('refuses a bad range with 422', async () => {
    expect((await app.inject({ url: '/streams/replay-b?from=5&to=2' })).statusCode).toBe(422);
    expect((await app.inject({ url: '/streams/replay-b?from=0' })).statusCode).toBe(422);
  });
});

describe('GET /events/stream (SSE)', () => {
  it('catches up from Last-Event-ID, then delivers a live event, with heartbeats in between', async () => {
    const head = await store.headPosition();
    const resumeAfter = head - 5;
    const client = await SseClient.open(`${baseUrl}/events/stream?after=1`, { 'Last-Event-ID': String(resumeAfter) });
    try {
      expect(client.status).toBe(200);
      expect(client.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(client.headers.get('cache-control')).toMatch(/no-cache/);
      const caughtUp = await client.until((f) => f.filter((x) => x.data).length >= 5);
      const catchUp = caughtUp.filter((f) => f.data);
      expect(catchUp.map((f) => Number(f.id))).toEqual([1, 2, 3, 4, 5].map((i) => resumeAfter + i));
      for (const frame of catchUp) {
        const event = JSON.parse(frame.data!) as RecordedEventJson;
        expect(frame.event).toBe(event.type);
        expect(Number(frame.id)).toBe(event.position);
      }
      expect(caughtUp[0]!.retry).toBeGreaterThan(0);

      await client.until((f) => f.some((x) => x.comments.includes('heartbeat')), 5000);

      const appended = await appendOne('replay-live', 'LiveThing', { live: true });
      const frames = await client.until((f) => f.some((x) => x.event === 'LiveThing'), 10_000);
      const live = frames.find((x) => x.event === 'LiveThing')!;
      expect(Number(live.id)).toBe(appended.lastPosition);
      expect(JSON.parse(live.data!)).toMatchObject({ streamId: 'replay-live', data: { live: true } });
    } finally {
      client.close();
    }
  });

  it('resumes from ?after= when there is no Last-Event-ID, and filters by ?types=', async () => {
    const client = await SseClient.open(`${baseUrl}/events/stream?after=0&types=TalksHeld,MediationOffered`);
    try {
      const frames = await client.until((f) => f.filter((x) => x.data).length >= 12);
      const sent = frames.filter((f) => f.data);
      expect(new Set(sent.map((f) => f.event))).toEqual(new Set(['TalksHeld', 'MediationOffered']));
      // Skipped events still move the client's Last-Event-ID forward (a bare id frame).
      await client.until((f) => f.some((x) => x.id !== undefined && x.data === undefined));
    } finally {
      client.close();
    }
  });

  it('stays open longer than the request timeout, heartbeating', async () => {
    const client = await SseClient.open(`${baseUrl}/events/stream?after=${await store.headPosition()}`);
    try {
      await new Promise((r) => setTimeout(r, 2500));
      expect(client.isClosed).toBe(false);
      const frames = await client.until((f) => f.filter((x) => x.comments.includes('heartbeat')).length >= 3);
      expect(frames.filter((x) => x.comments.includes('heartbeat')).length).toBeGreaterThanOrEqual(3);
    } finally {
      client.close();
    }
  });

  it('refuses a bad Last-Event-ID before any stream starts', async () => {
    const res = await fetch(`${baseUrl}/events/stream`, { headers: { 'Last-Event-ID': 'nope' } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ code: 'INVALID_QUERY_PARAMETER', parameter: 'Last-Event-ID' });
  });

  it.each(['after=x', 'after=1&after=2', 'types=Shelling', 'types=,', 'bogus=1'])(
    'refuses ?%s before any stream starts, with what it takes',
    async (qs) => {
      const res = await fetch(`${baseUrl}/events/stream?${qs}`);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = (await res.json()) as { code: string; parameter?: string; accepted?: string[]; allowed?: string[] };
      if (qs === 'bogus=1') {
        expect(res.status).toBe(400);
        expect(body).toMatchObject({ code: 'UNKNOWN_PARAMETER', allowed: ['after', 'types'] });
      } else {
        expect(res.status).toBe(422);
        expect(body).toMatchObject({ code: 'INVALID_QUERY_PARAMETER', parameter: qs.split('=')[0] });
      }
      if (qs === 'types=Shelling') expect(body.accepted).toContain('ShellingReported');
    },
  );

  it('lets go of a client that disconnects, so the server keeps serving', async () => {
    const clients = await Promise.all(Array.from({ length: 5 }, () => SseClient.open(`${baseUrl}/events/stream?after=0`)));
    await Promise.all(clients.map((c) => c.until((f) => f.some((x) => x.data))));
    for (const c of clients) c.close();
    await new Promise((r) => setTimeout(r, 100));
    const res = await app.inject({ url: '/events?limit=1' });
    expect(res.statusCode).toBe(200);
  });
});

describe('GET /events under concurrent appends', () => {
  it('while writers append concurrently, a paging reader still sees every event exactly once, in order', async () => {
    const start = (await store.readAll({ after: 0, limit: 1000 })).lastPosition;
    let writing = true;
    // A resolved append is readable once no older transaction on the server is still open (the gap-safe read
    // waits for those), so the reader goes on until it has seen the highest position the writers were given.
    let highest = 0;
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) {
          const size = 1 + ((i * 7 + w) % 4);
          const appended = await store.append(
            `concurrent-${w}`,
            Array.from({ length: size }, () => ({ id: randomUUID(), type: 'Concurrent', data: { w, i } })),
          );
          highest = Math.max(highest, appended.lastPosition);
        }
      })(),
    );
    const all = Promise.all(writers).then(() => (writing = false));
    const seen: number[] = [];
    let after = start;
    for (;;) {
      const page = (await app.inject({ url: `/events?after=${after}&limit=13` })).json() as {
        items: RecordedEventJson[];
        next: number;
        nextCursor: string | null;
      };
      seen.push(...page.items.map((e) => e.position));
      after = page.next;
      if (!writing && page.nextCursor === null && (seen.at(-1) ?? 0) >= highest) break;
      if (page.items.length === 0) await new Promise((r) => setTimeout(r, 10));
    }
    await all;
    const written = (await store.readAll({ after: start, limit: 1000 })).events.map((e) => e.position);
    expect(seen).toEqual(written);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('shutdown', () => {
  it('ends open SSE streams, including a client that stopped reading, so closing the server does not hang', async () => {
    const reading = await SseClient.open(`${baseUrl}/events/stream?after=0`);
    await reading.until((f) => f.some((x) => x.data));
    // A client that asks for the whole history and never reads a byte.
    const { port } = new URL(baseUrl);
    const stalled = connect(Number(port), '127.0.0.1');
    stalled.pause();
    await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
    stalled.write(`GET /events/stream?after=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 300));

    const started = Date.now();
    await app.close();
    appClosed = true;
    expect(Date.now() - started).toBeLessThan(10_000);
    await reading.until(() => reading.isClosed, 5000).catch(() => undefined);
    expect(reading.isClosed).toBe(true);
    stalled.destroy();
  }, 30_000);
});
