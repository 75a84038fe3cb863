// The dashboard's HTTP client and the adapter that turns the API's answers
// into the shapes the views draw. It accepts both today's incident rows (place
// ids only) and the readable rows planned in issue 13 (place names,
// coordinates, headline, per-side low/high claims), so the views do not
// change when the API grows.

export interface Place {
  id: string;
  name: string | null;
  nameAr: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  country: string | null;
  incidentCount?: number;
}

export interface SideClaim {
  side: string | null;
  category: string;
  low: number | null;
  high: number | null;
}

export interface Incident {
  id: string;
  kind: string;
  types: string[];
  dateFrom: string;
  dateTo: string;
  placeIds: string[];
  parties: string[];
  eventCount: number;
  headline: string | null;
  /** Places named by the row itself (issue 13 rows); else looked up in /locations. */
  places: Place[];
  claims: SideClaim[];
  /** Highest claimed killed over every side, when the row says; null when it does not. */
  fatalities: number | null;
  /** Where the row itself places it (`/incidents/map`: its most precise place with coordinates), so the map needs no `/locations` first. */
  at: { lat: number; lon: number } | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  position: number | null;
}

export interface ServerFilter {
  location?: string;
  asOf?: string;
  publishedBefore?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
/** A bound is a number today's summaries never send alone, but `{value}` objects and plain numbers both occur. */
const bound = (v: unknown): number | null => num(v) ?? (v && typeof v === 'object' ? num((v as { value?: unknown }).value) : null);

export function toPlace(raw: Record<string, unknown>): Place {
  return {
    id: String(raw.id ?? raw.placeId ?? ''),
    name: str(raw.name) ?? str(raw.nameEn),
    nameAr: str(raw.nameAr),
    lat: num(raw.lat),
    lon: num(raw.lon ?? raw.lng),
    precision: str(raw.precision),
    country: str(raw.country),
    incidentCount: num(raw.incidentCount) ?? undefined,
  };
}

function sideClaims(raw: Record<string, unknown>): SideClaim[] {
  const list = raw.claims ?? raw.casualties ?? raw.claimSummary;
  if (!Array.isArray(list)) return [];
  return list
    .filter((c): c is Record<string, unknown> => !!c && typeof c === 'object')
    .map((c) => ({
      side: str(c.side),
      category: str(c.category) ?? 'killed',
      low: bound(c.low) ?? num(c.min),
      high: bound(c.high) ?? num(c.max) ?? bound(c.low) ?? num(c.min),
    }));
}

/** One incident row, whatever the API version. */
export function toIncident(raw: Record<string, unknown>): Incident {
  const places = Array.isArray(raw.places) ? (raw.places as Record<string, unknown>[]).map(toPlace) : [];
  const placeIds = Array.isArray(raw.placeIds) ? (raw.placeIds as string[]) : places.map((p) => p.id);
  const claims = sideClaims(raw);
  const killed = claims.filter((c) => c.category === 'killed').map((c) => c.high ?? c.low ?? 0);
  const fatalities = num(raw.fatalities) ?? (killed.length ? Math.max(...killed) : claims.length ? 0 : null);
  return {
    id: String(raw.id),
    kind: str(raw.kind) ?? 'violence',
    types: Array.isArray(raw.types) ? (raw.types as string[]) : [],
    dateFrom: String(raw.dateFrom ?? ''),
    dateTo: String(raw.dateTo ?? raw.dateFrom ?? ''),
    placeIds,
    parties: Array.isArray(raw.parties)
      ? (raw.parties as unknown[]).map((p) => (typeof p === 'string' ? p : String((p as { code?: string }).code)))
      : [],
    eventCount: num(raw.eventCount) ?? 1,
    headline: str(raw.headline),
    places,
    claims,
    fatalities,
    at: num(raw.lat) !== null && num(raw.lon) !== null ? { lat: num(raw.lat)!, lon: num(raw.lon)! } : null,
  };
}

/** `items`/`nextCursor` (the uniform shape), or the older `events`/`next` and bare arrays. */
export function toPage<T>(raw: unknown, map: (r: Record<string, unknown>) => T): Page<T> {
  if (Array.isArray(raw)) return { items: raw.map(map), nextCursor: null, position: null };
  const o = (raw ?? {}) as Record<string, unknown>;
  const items = (Array.isArray(o.items) ? o.items : Array.isArray(o.events) ? o.events : []) as Record<string, unknown>[];
  const next = o.nextCursor ?? (typeof o.next === 'string' ? o.next : null);
  const asOf = o.asOf as { position?: unknown } | undefined;
  return { items: items.map(map), nextCursor: typeof next === 'string' && next ? next : null, position: num(asOf?.position) };
}

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Answers asked for before the app's code ran (boot.ts), by path: the first GET of each path takes its answer. */
const early = new Map<string, Promise<unknown>>();

/** Starts these GETs now; the app's first getJson of each path is answered by them. */
export function prefetchJson(paths: string[]): void {
  for (const path of paths)
    if (!early.has(path)) {
      const answer = fetchJson(path);
      // Taken later, or never (the URL changed first): never an unhandled rejection.
      answer.catch(() => undefined);
      early.set(path, answer);
    }
}

export async function getJson<T = unknown>(path: string, init?: RequestInit): Promise<T> {
  const prefetched = !init?.method || init.method === 'GET' ? early.get(path) : undefined;
  if (prefetched) {
    early.delete(path);
    return prefetched as Promise<T>;
  }
  return fetchJson<T>(path, init);
}

async function fetchJson<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const p = (body ?? {}) as { code?: string; detail?: string; title?: string };
    throw new ApiError(res.status, p.code ?? `HTTP_${res.status}`, p.detail ?? p.title ?? res.statusText);
  }
  return body as T;
}

/**
 * Every incident for the server-side filters, page by page from `/incidents/map`
 * (compact rows, up to 10,000 a page: 10,000 incidents are one round trip, where
 * `/incidents` at 200 a page took 52). A small page of the newest is asked for
 * at the same time as the first full page, not before it, so the newest are
 * drawn at once and the whole set does not wait behind them.
 */
const FIRST_PAGE = 200;
const MAP_PAGE = 10_000;

const incidentPagePath = (f: ServerFilter, limit: number, cursor: string | null, waitFor?: number) =>
  `/incidents/map${query({ location: f.location, asOf: f.asOf, publishedBefore: f.publishedBefore, limit, cursor, waitFor })}`;

// Places only give incidents their coordinates: those known at asOf are enough, whatever was published when.
const locationsPath = (f: ServerFilter) => `/locations${query({ asOf: f.asOf })}`;

/** The newest event: the head position. */
const HEAD_PATH = `/events${query({ limit: 1 })}`;

/**
 * The requests of the first load, started by the page's small first script while the app's code still downloads
 * and compiles: the head (asked first, so the live stream the app opens from it later misses nothing the incidents
 * leave out; a small answer), the newest page and the first full page. The places wait until map and list are drawn
 * (the rows carry their points): a fresh server answered them beside the incidents on the same thread.
 */
export const prefetchFirstLoad = (f: ServerFilter): void =>
  prefetchJson([HEAD_PATH, incidentPagePath(f, FIRST_PAGE, null), incidentPagePath(f, MAP_PAGE, null)]);

export async function fetchAllIncidents(
  f: ServerFilter,
  waitFor?: number,
  signal?: AbortSignal,
  /** Called once with the newest page when more pages follow and it arrives before the whole set. */
  onFirstPage?: (items: Incident[]) => void,
): Promise<{ items: Incident[]; position: number | null }> {
  const page = async (limit: number, cursor: string | null): Promise<Page<Incident>> =>
    toPage(await getJson(incidentPagePath(f, limit, cursor, waitFor), { signal }), toIncident);
  let done = false;
  if (onFirstPage)
    page(FIRST_PAGE, null).then(
      (first) => {
        if (!done && first.nextCursor) onFirstPage(first.items);
      },
      () => undefined,
    );
  const items: Incident[] = [];
  let cursor: string | null = null;
  let position: number | null = null;
  try {
    do {
      const next = await page(MAP_PAGE, cursor);
      for (const i of next.items) items.push(i);
      position ??= next.position;
      cursor = next.nextCursor;
    } while (cursor);
  } finally {
    done = true;
  }
  return { items, position };
}

export async function fetchLocations(f: ServerFilter, signal?: AbortSignal): Promise<Place[]> {
  const raw = await getJson(locationsPath(f), { signal });
  return toPage(raw, toPlace).items;
}

export interface Evidence {
  text: string;
  start: number;
  end: number;
}
export interface Casualty {
  party: string | null;
  affiliation: string;
  category: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
}
export interface IncidentEvent {
  eventId: string;
  type: string;
  reportId: string;
  dateFrom: string;
  dateTo: string;
  placeIds: string[];
  locations: { id: string; name: string; lat: number; lon: number }[];
  claimant: { party: string | null; name: string | null };
  accused: string | null;
  target: string | null;
  weapons: string[];
  casualties: Casualty[];
  evidence: Evidence;
}
export interface Claim {
  eventId: string;
  claimant: string;
  claimantParty: string | null;
  claimantName: string | null;
  outlet: string | null;
  reportId: string;
  quote: string;
  side: string | null;
  affiliation: string;
  category: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  /** A running toll («حتى الآن», «منذ بدء الحرب») over `period`: not this incident's own figure. */
  cumulative?: boolean;
  period?: { from: string | null; to: string | null } | null;
}
export interface Bound {
  value: number;
  claimants: string[];
  claimantCount: number;
}
export interface ClaimSummary {
  side: string | null;
  affiliation: string;
  category: string;
  low: Bound | null;
  high: Bound | null;
  conservative: Bound | null;
  claimCount: number;
}
export interface SourceReport {
  reportId: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
}
export interface IncidentDetail extends Incident {
  events: IncidentEvent[];
  reports: SourceReport[];
  casualties: { claims: Claim[]; summary: ClaimSummary[] };
}

export async function fetchIncident(id: string, f: ServerFilter): Promise<IncidentDetail> {
  // publishedBefore narrows which incidents are listed (issue 13); an incident's own page shows it as recorded at asOf.
  const raw = await getJson<Record<string, unknown>>(`/incidents/${encodeURIComponent(id)}${query({ asOf: f.asOf })}`);
  return {
    ...toIncident(raw),
    events: (raw.events as IncidentEvent[]) ?? [],
    reports: (raw.reports as SourceReport[]) ?? [],
    casualties: (raw.casualties as IncidentDetail['casualties']) ?? { claims: [], summary: [] },
  };
}

export interface HeadInfo {
  head: number;
  recordedAt: string | null;
}

/** The newest global position, and when the event at `at` (default: the head) was recorded. */
export async function fetchHead(at?: number): Promise<HeadInfo> {
  const raw = await getJson<{ head?: number; events?: { position: number; recordedAt: string }[]; items?: { recordedAt: string }[] }>(
    at === undefined ? HEAD_PATH : `/events${query({ after: Math.max(0, at - 1), limit: 1 })}`,
  );
  const first = (raw.events ?? raw.items ?? [])[0];
  const head = num(raw.head) ?? 0;
  if (at === undefined) {
    if (head === 0) return { head, recordedAt: null };
    const last = await getJson<{ events?: { recordedAt: string }[]; items?: { recordedAt: string }[] }>(
      `/events${query({ after: head - 1, limit: 1 })}`,
    );
    return { head, recordedAt: (last.events ?? last.items ?? [])[0]?.recordedAt ?? null };
  }
  return { head, recordedAt: first?.recordedAt ?? null };
}

export interface PostedReport {
  id: string;
  position: number;
  events: { id: string; type: string; position: number }[];
}

export async function postReport(body: {
  text: string;
  publishedOn?: string;
  source?: string;
  url?: string;
  title?: string;
}): Promise<PostedReport> {
  return getJson<PostedReport>('/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

export interface ReportView {
  id: string;
  status: string;
  report: { text: string; source: string | null; publishedOn: string | null };
  events: {
    id: string;
    type: string;
    position: number;
    counts: boolean;
    data: Partial<IncidentEvent> & { evidence?: Evidence; casualties?: Casualty[] };
  }[];
}

/** What POST /extract answers: the extraction record, nothing stored. */
export interface ExtractionPreview {
  extractorVersion: string;
  report: { publishedOn: string | null; referenceDate: string | null; language: string };
  events: (Pick<IncidentEvent, 'type' | 'evidence' | 'casualties' | 'weapons'> & {
    locations: { id: string; name: string }[];
    casualties: (Casualty & { cumulative?: boolean })[];
    background: boolean;
  })[];
  warnings?: string[];
}

export async function previewExtraction(body: { text: string; publishedOn?: string; source?: string }): Promise<ExtractionPreview> {
  return getJson<ExtractionPreview>('/extract', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

export const fetchReport = (id: string) => getJson<ReportView>(`/reports/${encodeURIComponent(id)}`);

/** Admin decisions need SITREP_ADMIN_TOKEN, kept only in this tab's sessionStorage. */
export async function adminPost(path: string, token: string, body: unknown): Promise<{ incidentId?: string; position?: number }> {
  return getJson(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}
