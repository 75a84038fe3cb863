import type { TestDatabase } from '@sitrep/testing';
import { ADMIN_TOKEN } from './server.js';
import { http, json } from './http.js';

/** What a 2xx answer of POST /reports promised. */
export interface Acknowledged {
  id: string;
  position: number;
  eventIds: string[];
}

export interface StoreAudit {
  acknowledged: number;
  /** Acknowledged reports whose stream holds every acknowledged event. */
  stored: number;
  lost: string[];
  /** Streams with more than one ReportSubmitted, or an event id twice, or a version gap. */
  duplicated: string[];
  /** Streams (acknowledged or not) whose ReportSubmitted announces more extracted events than follow it. */
  incomplete: string[];
  streams: number;
  events: number;
}

/**
 * Checks the store itself (SQL, not the API under test): every acknowledged
 * report is there with all its events, nothing is there twice, and every
 * report stream is whole — a report answered with no response (the server
 * died) may be absent, but never half-written.
 */
export async function auditStore(tdb: TestDatabase, acked: Iterable<Acknowledged>): Promise<StoreAudit> {
  const rows = await tdb.sql<{ stream_id: string; event_id: string; type: string; stream_version: string; event_count: number | null }[]>`
    SELECT stream_id, event_id::text, type, stream_version::text,
           CASE WHEN type = 'ReportSubmitted' THEN (data->>'eventCount')::int END AS event_count
    FROM events WHERE stream_id LIKE 'report-%' ORDER BY stream_id, stream_version`;
  const streams = new Map<string, { ids: Set<string>; submitted: number; announced: number; versions: number[]; count: number }>();
  const seenIds = new Set<string>();
  const duplicated = new Set<string>();
  for (const r of rows) {
    const s = streams.get(r.stream_id) ?? { ids: new Set(), submitted: 0, announced: 0, versions: [], count: 0 };
    if (seenIds.has(r.event_id)) duplicated.add(r.stream_id);
    seenIds.add(r.event_id);
    s.ids.add(r.event_id);
    s.count++;
    s.versions.push(Number(r.stream_version));
    if (r.type === 'ReportSubmitted') {
      s.submitted++;
      s.announced = r.event_count ?? 0;
    }
    streams.set(r.stream_id, s);
  }
  const incomplete: string[] = [];
  for (const [id, s] of streams) {
    if (s.submitted !== 1 || s.versions.some((v, i) => v !== i + 1)) duplicated.add(id);
    // Only the first submission is checked: retractions and re-extractions may follow it.
    if (s.count < 1 + s.announced) incomplete.push(id);
  }
  let acknowledged = 0;
  let stored = 0;
  const lost: string[] = [];
  for (const a of acked) {
    acknowledged++;
    const s = streams.get(`report-${a.id}`);
    if (s && a.eventIds.every((e) => s.ids.has(e.toLowerCase()))) stored++;
    else lost.push(a.id);
  }
  return { acknowledged, stored, lost, duplicated: [...duplicated], incomplete, streams: streams.size, events: rows.length };
}

interface ProjectionStatus {
  name: string;
  state: string;
  lag: number;
  position: number;
  head: number;
  rebuild: { progress: number } | null;
  active: { build: number };
}

export async function projectionStatus(port: number): Promise<ProjectionStatus[]> {
  const r = await http(port, { path: '/projections' });
  return json<ProjectionStatus[]>(r) ?? [];
}

/** Waits until every projection has applied everything and no rebuild is running. */
export async function waitForProjections(
  port: number,
  timeoutMs = 60_000,
  until?: (s: ProjectionStatus[]) => boolean,
): Promise<ProjectionStatus[]> {
  const deadline = Date.now() + timeoutMs;
  let last: ProjectionStatus[] = [];
  while (Date.now() < deadline) {
    last = await projectionStatus(port);
    if (last.length && last.every((p) => p.lag === 0 && !p.rebuild && p.state !== 'rebuilding') && (!until || until(last))) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`projections did not catch up in ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

/**
 * Everything the read side answers, fetched through the API: incidents with
 * their details and casualty figures, locations, ceasefires. Two snapshots of
 * the same history must be equal whatever the build that serves them.
 */
export async function readSideSnapshot(port: number): Promise<Record<string, unknown>> {
  const get = async (path: string) => {
    const r = await http(port, { path, timeoutMs: 30_000 });
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${'body' in r ? r.body.slice(0, 300) : r.error}`);
    return JSON.parse(r.body) as unknown;
  };
  const incidents: unknown[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const body = (await get(`/incidents?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)) as {
      items?: unknown[];
      incidents?: unknown[];
      nextCursor?: string | null;
      next?: string | null;
    };
    const items = body.items ?? body.incidents ?? (Array.isArray(body) ? (body as unknown[]) : []);
    incidents.push(...items);
    cursor = body.nextCursor ?? body.next ?? null;
    if (!cursor || items.length === 0) break;
  }
  const details: Record<string, unknown> = {};
  for (const i of incidents as Array<{ id: string }>) {
    details[i.id] = {
      detail: await get(`/incidents/${encodeURIComponent(i.id)}`),
      casualties: await get(`/incidents/${encodeURIComponent(i.id)}/casualties`),
    };
  }
  return stripVolatile({ incidents, details, locations: await get('/locations'), ceasefires: await get('/ceasefires') }) as Record<
    string,
    unknown
  >;
}

/** Build numbers and read positions say which build answered, not what it knows. */
function stripVolatile(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripVolatile);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (!['build', 'asOf', 'position', 'head', 'lag', 'requestId'].includes(k)) out[k] = stripVolatile(v);
    return out;
  }
  return value;
}

/** Starts a rebuild of every projection and waits for the swaps. */
export async function rebuildAll(port: number, timeoutMs = 120_000): Promise<void> {
  const before = await projectionStatus(port);
  for (const p of before) {
    const r = await http(port, {
      method: 'POST',
      path: `/projections/${encodeURIComponent(p.name)}/rebuild`,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    if (r.status !== 202) throw new Error(`rebuild ${p.name}: ${r.status} ${'body' in r ? r.body.slice(0, 300) : r.error}`);
  }
  const builds = new Map(before.map((p) => [p.name, p.active.build]));
  await waitForProjections(port, timeoutMs, (now) => now.every((p) => p.active.build !== builds.get(p.name)));
}
