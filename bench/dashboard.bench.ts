// The dashboard with 10,000 incidents in headless Chromium: the first render
// of map + list, and filter changes, timed to the painted frame.
//
// BENCH_DASHBOARD_SOURCE=server (default): a real `sitrep serve` on a throwaway
// database (DATABASE_URL's server, else the embedded PostgreSQL) holding a
// synthetic history written with the bench fixture (BENCH_DASHBOARD_EVENTS
// events, projected before the server starts; bench/harness/dashboard-history.ts),
// started as bench:http's (bench/harness/server.ts: query-only, timed once its
// extraction workers are ready); the page loads the incidents over HTTP as it
// would anywhere. BENCH_DASHBOARD_SOURCE=stub: no database;
// BENCH_DASHBOARD_INCIDENTS synthetic incidents answered inside the page (the
// readable rows of issue 13, with places and claims), the front end's own cost.
//
//   npm run bench:dashboard            (BENCH_DASHBOARD_RUNS=5)
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Page, type Route } from 'playwright-core';
import { DASHBOARD_EVENTS, openDashboardHistory } from './harness/dashboard-history.js';
import { FALLBACK_PLACES } from './harness/places.js';
import { envInt } from './harness/measure.js';
import { printFigure, RESULTS_DIR, type Figure } from './harness/results.js';
import { startServer } from './harness/server.js';

const REPO = join(RESULTS_DIR, '..', '..');
// BENCH_DASHBOARD_WEB: another build of the page (e.g. an earlier commit's, built with vite) for an A/B run in stub mode.
const WEB = process.env.BENCH_DASHBOARD_WEB ?? join(REPO, 'dist', 'web');
const INCIDENTS = envInt('BENCH_DASHBOARD_INCIDENTS', 10_000);
const RUNS = envInt('BENCH_DASHBOARD_RUNS', 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STUB_ORIGIN = 'http://dashboard.bench';
const SOURCE = process.env.BENCH_DASHBOARD_SOURCE === 'stub' ? 'stub' : 'server';

/** The fixture history, projected, served by `sitrep serve` (a query-only instance, started once its extraction workers are ready). */
async function realServer(): Promise<{ origin: string; incidents: number; stop(): Promise<void> }> {
  const history = await openDashboardHistory('dashboard');
  try {
    const server = await startServer(history.db.url);
    return {
      origin: server.url,
      incidents: history.incidents,
      async stop() {
        await server.stop();
        await history.db.close();
      },
    };
  } catch (error) {
    await history.db.close();
    throw error;
  }
}

const KINDS = [
  ['violence', ['ShellingReported', 'ArmedClashReported', 'AirStrikeReported', 'CasualtiesClaimed'], 0.8],
  ['ceasefire-violation', ['CeasefireViolationAlleged'], 0.1],
  ['ceasefire', ['CeasefireDeclared'], 0.04],
  ['mobilization', ['MobilizationDeclared'], 0.03],
  ['assistance-request', ['AssistanceRequested'], 0.03],
] as const;
const PARTIES = ['AM', 'AZ', 'SY', 'IL', 'LB', 'SD', 'SD-RSF', 'UA', 'RU', 'YE-HOUTHI'];

/** A deterministic generator: every run draws the same history. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function synthesize(n: number) {
  const r = rng(14);
  const start = Date.UTC(2020, 0, 1);
  const items = [];
  for (let k = 0; k < n; k++) {
    let u = r();
    const [kind, types] = KINDS.find(([, , p]) => (u -= p) < 0) ?? KINDS[0];
    const place = FALLBACK_PLACES[Math.floor(r() * FALLBACK_PLACES.length)];
    const day = new Date(start + Math.floor(r() * 3 * 365) * 864e5).toISOString().slice(0, 10);
    const a = PARTIES[Math.floor(r() * PARTIES.length)];
    const b = PARTIES[Math.floor(r() * PARTIES.length)];
    const typeList = types.filter(() => r() < 0.6);
    const killed = kind === 'violence' && r() < 0.4 ? Math.floor(r() * r() * 120) : null;
    items.push({
      id: `inc-${k.toString(16).padStart(20, '0')}`,
      kind,
      types: typeList.length ? typeList : [types[0]],
      dateFrom: day,
      dateTo: day,
      placeIds: [place.id],
      parties: [...new Set([a, b])],
      eventCount: 1 + Math.floor(r() * 5),
      reportIds: [`${k.toString(16).padStart(24, '0')}`],
      firstEventId: `e-${k}`,
      headline: `${types[0].replace(/Reported|Claimed|Alleged|Declared|Requested/, '')} in ${place.name}`,
      places: [{ id: place.id, name: place.name, nameAr: null, lat: place.lat, lon: place.lon, precision: place.precision }],
      claims: killed === null ? [] : [{ side: a, category: 'killed', low: { value: Math.floor(killed / 2) }, high: { value: killed } }],
    });
  }
  // The API's order: newest first, then id.
  items.sort((x, y) => (x.dateFrom === y.dateFrom ? (x.id < y.id ? 1 : -1) : x.dateFrom < y.dateFrom ? 1 : -1));
  return items;
}

const history = SOURCE === 'stub' ? synthesize(INCIDENTS) : [];
const locations = FALLBACK_PLACES.map((p) => ({
  ...p,
  nameAr: null,
  parent: null,
  incidentCount: 0,
  byType: {},
  firstDate: '',
  lastDate: '',
}));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

async function answer(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const json = (body: unknown) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  if (url.pathname === '/incidents' || url.pathname === '/incidents/map') {
    const offset = Number(url.searchParams.get('cursor') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const next = offset + limit < history.length ? String(offset + limit) : null;
    return json({ items: history.slice(offset, offset + limit), nextCursor: next, asOf: { position: null } });
  }
  if (url.pathname === '/locations') return json({ items: locations, asOf: { position: null } });
  if (url.pathname === '/events')
    return json({
      events: [{ position: INCIDENTS * 3, recordedAt: new Date().toISOString() }],
      next: INCIDENTS * 3,
      head: INCIDENTS * 3,
      hasMore: false,
    });
  if (url.pathname === '/events/stream') return route.fulfill({ status: 200, contentType: 'text/event-stream', body: 'retry: 60000\n\n' });
  const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  const body = await readFile(join(WEB, file)).catch(() => null);
  if (!body) return route.fulfill({ status: 404, body: '' });
  return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
}

/** BENCH_DASHBOARD_PROFILE=1: the functions with the most self time, from Chromium's sampling profiler (build with SITREP_WEB_MINIFY=0 for names). */
const PROFILE = process.env.BENCH_DASHBOARD_PROFILE === '1';
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
function topSelfTime(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, n = 15): string[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, k) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[k] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${Math.round(ms).toString().padStart(6)} ms  ${k}`);
}

/** Long tasks from navigation on: the page registers no observer of its own. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
    .observe({ type: 'longtask', buffered: true });
`;

/**
 * The frame that shows a draw, timed in the page by the bench itself (any build of the page, so A/B runs measure alike):
 * when the page records its measure `sitrep:first-paint` or `sitrep:first-render` (at the end of that draw, map and list
 * in the DOM), two animation frames later on the page's clock: the second frame's callbacks run once the frame holding
 * the draw has been painted. With it the list rows and map markers in the DOM at that moment, so the figure is known
 * to be of a frame that holds them. Read here rather than by polling from outside, whose round trips queue behind the
 * page's later tasks and added up to a second to what was measured.
 */
const PAINTED_FRAMES = `
  window.__painted = {};
  const measure = performance.measure.bind(performance);
  performance.measure = (name, ...rest) => {
    const entry = measure(name, ...rest);
    if ((name === 'sitrep:first-paint' || name === 'sitrep:first-render') && !window.__painted[name])
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.__painted[name] = {
          at: performance.now(),
          rows: document.querySelectorAll('#incident-list li[data-incident-id]').length,
          markers: document.querySelectorAll('#map .incident-marker, #map .cluster').length,
        };
      }));
    return entry;
  };
`;
interface PaintedFrame {
  at: number;
  rows: number;
  markers: number;
}

/** Waits for the painted frame of a draw; its time from the page's navigation start and from `t0` (ms since the epoch). */
async function paintedFrame(page: Page, name: string, t0: number): Promise<{ at: number; fromGoto: number; frame: PaintedFrame }> {
  const handle = await page.waitForFunction(
    (n) => {
      const w = window as unknown as { __painted?: Record<string, unknown> };
      return w.__painted?.[n] ? { frame: w.__painted[n], origin: performance.timeOrigin } : null;
    },
    name,
    { timeout: 60_000 },
  );
  const { frame, origin } = (await handle.jsonValue()) as { frame: PaintedFrame; origin: number };
  if (frame.rows === 0 || frame.markers === 0)
    throw new Error(`${name}: the painted frame holds ${frame.rows} rows and ${frame.markers} markers`);
  return { at: Math.round(frame.at), fromGoto: Math.round(origin + frame.at - t0), frame };
}

/**
 * Where the first render's time went, from navigation (ms): the page's responses (request → first byte → last byte, bytes on
 * the wire / decoded), its own marks, and main-thread tasks over 50 ms. BENCH_DASHBOARD_TIMELINE=1 prints it for every run.
 */
async function pageTimeline(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const r = Math.round;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const lines = [`document: first byte ${r(nav.responseStart)}, DOMContentLoaded ${r(nav.domContentLoadedEventEnd)}`];
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const u = new URL(e.name);
      lines.push(
        `${r(e.startTime)}→${r(e.responseStart)}→${r(e.responseEnd)} ${u.pathname.replace(/-[\w]{8}\./, '.')}${u.search} ` +
          `(${r(e.transferSize / 1024)} KB wire, ${r(e.decodedBodySize / 1024)} KB)`,
      );
    }
    for (const m of performance.getEntriesByType('mark')) lines.push(`${r(m.startTime)} mark ${m.name}`);
    for (const m of performance.getEntriesByType('measure'))
      if (m.startTime + m.duration < 60_000) lines.push(`${r(m.startTime)}+${r(m.duration)} ${m.name}`);
    const tasks = (window as unknown as { __longTasks?: [number, number][] }).__longTasks ?? [];
    lines.push(`long tasks (start+ms): ${tasks.map(([s, d]) => `${s}+${d}`).join(', ')}`);
    return lines;
  });
}
const TIMELINE = process.env.BENCH_DASHBOARD_TIMELINE === '1';

/**
 * BENCH_DASHBOARD_TRACE=1: Chromium's performance trace of the first run up to the first render, summed as self time per event
 * name on the page's main thread (script, JSON parsing, style, layout, paint and GC apart, which the JS profiler calls "program").
 */
const TRACE = process.env.BENCH_DASHBOARD_TRACE === '1';
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}
function mainThreadSelfTime(buffer: Buffer, n = 25): string[] {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['no renderer main thread in the trace'];
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; key: string }[] = [];
  for (const e of complete) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.key, (self.get(parent.key) ?? 0) - e.dur!);
    const fn = e.args?.data?.functionName;
    const key = fn ? `${e.name} ${fn}` : e.name;
    self.set(key, (self.get(key) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, key });
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, us]) =>
        `${Math.round(us / 1000)
          .toString()
          .padStart(6)} ms  ${k}`,
    );
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'disabled-by-default-v8.gc',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Time from a filter's change event to the second animation frame after it: filter, list, map, timeline, layout and paint. */
async function timeChange(page: Page, name: string, value: string): Promise<number> {
  return page.evaluate(
    async ([n, v]) => {
      const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)!;
      const t0 = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    },
    [name, value] as const,
  );
}

async function main(): Promise<void> {
  const server = SOURCE === 'server' ? await realServer() : null;
  const origin = server?.origin ?? STUB_ORIGIN;
  const incidents = server?.incidents ?? INCIDENTS;
  console.log(
    `dashboard bench: ${incidents} incidents (${SOURCE === 'server' ? `sitrep serve at ${origin}` : 'API stubbed in the page'}), ${RUNS} runs, ${CHROMIUM}`,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const firstPaint: number[] = [];
  const firstRender: number[] = [];
  // The same moments on the page's clock (from its navigation start): without the browser's own start of the page's process.
  const firstPaintAt: number[] = [];
  const firstRenderAt: number[] = [];
  const allRows: number[] = [];
  const frames: PaintedFrame[] = [];
  const loading: number[] = [];
  const inPage: number[] = [];
  const changes: Record<string, number[]> = { type: [], party: [], dates: [], clear: [] };
  const errors: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      if (!server) await page.route(`${STUB_ORIGIN}/**`, answer);
      await page.addInitScript(LONG_TASKS);
      await page.addInitScript(PAINTED_FRAMES);
      const cdp = PROFILE && run === 0 ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      if (TRACE && run === 0) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const t0 = Date.now();
      await page.goto(`${origin}/`);
      // The newest page drawn (map and list) and painted.
      const fp = await paintedFrame(page, 'sitrep:first-paint', t0);
      firstPaintAt.push(fp.at);
      firstPaint.push(fp.fromGoto);
      // Every incident drawn (on the map; the first screenful of list rows attached) and painted.
      const fr = await paintedFrame(page, 'sitrep:first-render', t0);
      firstRenderAt.push(fr.at);
      firstRender.push(fr.fromGoto);
      frames.push(fr.frame);
      if (TRACE && run === 0)
        console.log(
          `  first render, main thread self time by trace event:\n    ${mainThreadSelfTime(await browser.stopTracing()).join('\n    ')}`,
        );
      await page.waitForSelector('#count[data-state="ready"]', { timeout: 60_000 });
      allRows.push(Date.now() - t0);
      if (TIMELINE || run === 0) console.log(`  run ${run + 1}, from navigation in ms:\n    ${(await pageTimeline(page)).join('\n    ')}`);
      inPage.push(await page.evaluate(() => performance.getEntriesByName('sitrep:first-render')[0]?.duration ?? NaN));
      loading.push(await page.evaluate(() => performance.getEntriesByName('sitrep:load')[0]?.duration ?? NaN));
      // The list attaches only the rows in view: it counts them all in its aria-setsize, the heading in #count.
      // (An earlier build without it, BENCH_DASHBOARD_WEB: every row is attached.)
      const setSize = await page.getAttribute('#incident-list', 'aria-setsize');
      const listed = setSize === null ? await page.locator('#incident-list li').count() : Number(setSize);
      const counted = Number(await page.textContent('#count'));
      if (listed !== incidents || counted !== incidents)
        throw new Error(`the list holds ${listed} rows (count ${counted}), not ${incidents}`);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        console.log(`  first render, top self time:\n    ${topSelfTime(profile).join('\n    ')}`);
        await cdp.send('Profiler.start');
      }
      changes.type.push(await timeChange(page, 'type', 'ShellingReported'));
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        console.log(`  type change, top self time:\n    ${topSelfTime(profile).join('\n    ')}`);
      }
      changes.party.push(await timeChange(page, 'party', 'AZ'));
      changes.dates.push(await timeChange(page, 'from', '2021-03-01'));
      await timeChange(page, 'to', '2021-09-30');
      await timeChange(page, 'type', '');
      await timeChange(page, 'party', '');
      await timeChange(page, 'from', '');
      changes.clear.push(await timeChange(page, 'to', ''));
      const parts = await page.evaluate(() =>
        ['filter', 'list', 'map', 'timeline'].map(
          (n) =>
            `${n} ${performance
              .getEntriesByName(`sitrep:${n}`)
              .map((m) => Math.round(m.duration))
              .join('/')}`,
        ),
      );
      console.log(`  run ${run + 1}: draw parts in ms (first render, then each change): ${parts.join('; ')}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server?.stop();
  }
  const figures: Figure[] = [
    {
      name: 'first paint: the newest 200 on map and list',
      value: median(firstPaint),
      unit: 'ms',
      note: `runs ${firstPaint.join(', ')}`,
    },
    {
      name: `first render, ${incidents} incidents: navigation to map + list painted`,
      value: median(firstRender),
      unit: 'ms',
      target: { op: '<', value: 2000 },
      note:
        `runs ${firstRender.join(', ')}; from page.goto${server ? '; run 1 on the freshly started server' : ''}; ` +
        `every incident on the map, the painted frame held ${median(frames.map((f) => f.markers))} markers and clusters ` +
        `and the list's first ${median(frames.map((f) => f.rows))} rows (the rest attached after it)`,
    },
    {
      name: `  the same on the page's clock (from its navigation start)`,
      value: median(firstRenderAt),
      unit: 'ms',
      target: { op: '<', value: 2000 },
      note: `runs ${firstRenderAt.join(', ')}; first paint ${median(firstPaintAt)}`,
    },
    {
      name: '  ready: every page drawn, the list complete, the places in (#count data-state=ready)',
      value: median(allRows),
      unit: 'ms',
      note: `runs ${allRows.join(', ')}`,
    },
    { name: '  of which the app script start (sitrep:start) to first draw done', value: median(inPage), unit: 'ms' },
    {
      name: `  of which fetching: the newest 200 beside ${Math.ceil(incidents / 10_000)} page(s) of up to 10,000`,
      value: median(loading),
      unit: 'ms',
    },
    ...Object.entries(changes).map(([k, xs]) => ({
      name: `filter change (${k === 'dates' ? 'from date' : k === 'clear' ? 'back to all' : k}) to painted`,
      value: median(xs),
      unit: 'ms',
      target: { op: '<' as const, value: 300 },
      note: `max ${Math.round(Math.max(...xs))}`,
    })),
  ];
  for (const f of figures) printFigure(f);
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  await mkdir(RESULTS_DIR, { recursive: true });
  const lines = [
    `# Dashboard in headless Chromium (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `${incidents} incidents ${server ? `from a real \`sitrep serve\` (a synthetic history of ${DASHBOARD_EVENTS.toLocaleString('en-US')} events, projected)` : '(synthetic, API answers stubbed in the page)'}, the dist/web build, ${RUNS} runs, medians; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)} at the end.`,
    '',
    '| figure | value | target |',
    '|---|---:|---|',
    ...figures.map(
      (f) =>
        `| ${f.name.trim()} | ${f.value === null ? 'n/a' : Math.round(f.value)} ms${f.note ? ` (${f.note})` : ''} | ${f.target ? `${f.target.op} ${f.target.value} ms` : ''} |`,
    ),
    '',
  ];
  await writeFile(join(RESULTS_DIR, 'dashboard.md'), lines.join('\n'));
  console.log(`written: bench/results/dashboard.md`);
}

await main();
