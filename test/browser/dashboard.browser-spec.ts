/// <reference lib="dom" />
// The dashboard driven as a person would, in Debian's Chromium, against a real
// `sitrep serve` on its own database holding the dev corpus. One server and
// one browser for the file; the page must agree with the API on every count.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@sitrep/testing';
import { dashboardSizes } from '../../scripts/dashboard-size.mjs';
import { ADMIN_TOKEN, REPO_ROOT, SitrepServer } from '../chaos/harness/server.js';
import { ApiClient } from './support/api-client.js';
import { collectErrors, launchChromium } from './support/chromium.js';
import { readDevCorpus, type GoldReport } from './support/corpus.js';

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');

let tdb: TestDatabase;
let server: SitrepServer;
let api: ApiClient;
let browser: Browser;
let context: BrowserContext;
const errors: string[] = [];
/** Positions after each posted report, for time travel. */
const positions: number[] = [];
/** Kept back from the corpus: posted through the form by one test. */
let heldBack: GoldReport;

const post = (r: GoldReport) =>
  api.post<{ id: string; position: number }>('/reports', {
    text: r.text,
    publishedOn: r.publishedOn ?? undefined,
    source: r.outlet ?? undefined,
    url: r.url ?? undefined,
  });

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  collectErrors(page, errors);
  return page;
}

/** Opens the dashboard and waits until the list is drawn from a finished load. */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${api.base}/${query}`);
  await page.waitForSelector('#count[data-state="ready"]');
}

async function generation(page: Page): Promise<number> {
  return Number(await page.getAttribute('#count', 'data-generation'));
}

/** After an action that redraws: the next finished drawing. */
async function redrawnAfter(page: Page, before: number): Promise<void> {
  await page.waitForFunction((g) => {
    const c = document.querySelector<HTMLElement>('#count');
    return c?.dataset.state === 'ready' && Number(c.dataset.generation) > g;
  }, before);
}

const rowIds = (page: Page) =>
  page.$$eval('#incident-list li[data-incident-id]', (rows) => rows.map((r) => (r as HTMLElement).dataset.incidentId!));

beforeAll(async () => {
  tdb = await createTestDatabase({ poolSize: 2 });
  server = await SitrepServer.create({ databaseUrl: tdb.url, name: 'dashboard-browser', env: { SITREP_EXTRACTOR_WORKERS: '1' } });
  await server.start();
  api = new ApiClient(`http://127.0.0.1:${server.port}`);
  const corpus = await readDevCorpus();
  expect(corpus.length).toBeGreaterThan(10);
  // The last one by date stays back for the form: it is the likeliest to make an incident of its own.
  const byDate = [...corpus].sort((a, b) => (a.publishedOn ?? '').localeCompare(b.publishedOn ?? ''));
  heldBack = byDate.at(-1)!;
  for (const r of byDate.slice(0, -1)) positions.push((await post(r)).position);
  // Read-your-writes: the projections have applied everything posted.
  await api.get(`/incidents?waitFor=${positions.at(-1)}&limit=1`);
  await api.get(`/locations?waitFor=${positions.at(-1)}`);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await tdb?.close();
});

describe('dashboard at /', () => {
  it('lists exactly the incidents GET /incidents answers, with map, timeline and list', async () => {
    const page = await newPage();
    await open(page);
    const expected = await api.allIncidents();
    expect(expected.length).toBeGreaterThan(3);
    expect(Number(await page.textContent('#count'))).toBe(expected.length);
    expect((await rowIds(page)).sort()).toEqual(expected.map((i) => i.id).sort());
    // Basemap drawn, markers or clusters on it, a timeline with bars.
    await page.waitForSelector('#map .leaflet-overlay-pane svg path.incident-marker, #map .cluster');
    expect(await page.locator('#timeline svg rect').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'overview.png') });
    await page.close();
  });

  it('opens the panel of a clicked row with the claims of /incidents/:id/casualties, evidence right-to-left', async () => {
    const page = await newPage();
    await open(page);
    const incidents = await api.allIncidents();
    // The incident with the most casualty claims: the panel's chart has something to compare.
    const withClaims = await Promise.all(incidents.map(async (i) => ({ id: i.id, c: await api.get(`/incidents/${i.id}/casualties`) })));
    const target = withClaims.sort((a, b) => b.c.claims.length - a.c.claims.length)[0];
    expect(target.c.claims.length).toBeGreaterThan(1);

    await page.click(`#incident-list li[data-incident-id="${target.id}"]`);
    await page.waitForSelector(`#panel[data-state="ready"][data-incident-id="${target.id}"]`);
    expect(new URL(page.url()).searchParams.get('incident')).toBe(target.id);
    expect(await page.getAttribute(`#incident-list li[data-incident-id="${target.id}"]`, 'aria-selected')).toBe('true');

    const shown = await page.$$eval('#panel tr[data-claim-event-id]', (rows) =>
      rows.map((r) => {
        const d = (r as HTMLElement).dataset;
        return `${d.claimEventId}|${d.claimant}|${d.side}|${d.category}|${d.min}|${d.max}`;
      }),
    );
    const expected = target.c.claims.map(
      (c: any) => `${c.eventId}|${c.claimant}|${c.side ?? ''}|${c.category}|${c.min ?? ''}|${c.max ?? ''}`,
    );
    expect(shown.sort()).toEqual(expected.sort());
    // One chart per victim side, affiliation and category, with a bar per claim; running tolls listed apart, not charted.
    const own = target.c.claims.filter((c: any) => !c.cumulative);
    expect(await page.locator('#panel .claim-group svg').count()).toBe(
      new Set(own.map((c: any) => `${c.side}|${c.affiliation}|${c.category}`)).size,
    );
    expect(await page.locator('#panel .running-tolls tr[data-claim-event-id]').count()).toBe(target.c.claims.length - own.length);

    // Arabic evidence: marked lang/dir and laid out right to left, in the shipped Arabic font, with figures highlighted.
    const evidence = page.locator('#panel blockquote.evidence').first();
    expect(await evidence.getAttribute('lang')).toBe('ar');
    expect(await evidence.getAttribute('dir')).toBe('rtl');
    expect(await evidence.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    expect(await page.locator('#panel blockquote.evidence mark.figure').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel blockquote.evidence mark.trigger').count()).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'قصف'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'incident-panel.png') });
    await page.locator('#panel ol.events').evaluate((e) => e.previousElementSibling?.scrollIntoView({ block: 'start' }));
    await page.locator('#panel').screenshot({ path: join(SHOTS, 'incident-evidence.png') });
    await page.close();
  });

  it('lists running tolls («so far», «since the war began») apart from the incident’s own figures', async () => {
    const incidents = await api.allIncidents();
    const withTolls = (
      await Promise.all(incidents.map(async (i) => ({ id: i.id, c: await api.get(`/incidents/${i.id}/casualties`) })))
    ).filter((x) => x.c.claims.some((c: any) => c.cumulative));
    // The dev corpus has running tolls (dev-35's 41,431 since 7 October); without any this test would check nothing.
    expect(withTolls.length).toBeGreaterThan(0);
    const target = withTolls[0];
    const page = await newPage();
    await open(page, `?incident=${target.id}`);
    await page.waitForSelector(`#panel[data-state="ready"][data-incident-id="${target.id}"]`);
    const running = await page.$$eval('#panel .running-tolls tr[data-claim-event-id]', (rows) =>
      rows.map((r) => `${(r as HTMLElement).dataset.claimEventId}|${(r as HTMLElement).dataset.min}`),
    );
    const expected = target.c.claims.filter((c: any) => c.cumulative).map((c: any) => `${c.eventId}|${c.min ?? ''}`);
    expect(running.sort()).toEqual(expected.sort());
    // Not among the charted groups' tables.
    const charted = await page.$$eval('#panel .claim-group tr[data-claim-event-id]', (rows) =>
      rows.map((r) => `${(r as HTMLElement).dataset.claimEventId}|${(r as HTMLElement).dataset.min}`),
    );
    for (const r of expected) expect(charted).not.toContain(r);
    await page.locator('#panel .running-tolls').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'running-tolls.png') });
    await page.close();
  });

  it('selects the row of a clicked marker, and moves through rows with the keyboard', async () => {
    const page = await newPage();
    await open(page);
    // Clusters open on click; a few zooms reach single markers.
    for (let k = 0; k < 8 && (await page.locator('path.incident-marker').count()) === 0; k++) {
      await page.locator('#map .cluster').first().click();
      await page.waitForTimeout(700);
    }
    // A marker not covered by another one at its centre, clicked where a person would click it, once
    // the map has stopped moving (the same marker under the same point on two looks 300 ms apart).
    const findTarget = () =>
      page.$$eval('path.incident-marker[data-incident-id]', (paths) => {
        for (const p of paths) {
          const r = p.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (document.elementFromPoint(x, y) === p) return { id: (p as SVGElement).dataset.incidentId!, x, y };
        }
        return null;
      });
    let target = await findTarget();
    for (let k = 0; k < 20; k++) {
      await page.waitForTimeout(300);
      const again = await findTarget();
      if (again && target && again.id === target.id && again.x === target.x && again.y === target.y) break;
      target = again;
    }
    expect(target).not.toBeNull();
    const id = target!.id;
    await page.mouse.click(target!.x, target!.y);
    await page.waitForSelector(`#incident-list li[data-incident-id="${id}"][aria-selected="true"]`);
    await page.waitForSelector(`#panel[data-state="ready"][data-incident-id="${id}"]`);

    const ids = await rowIds(page);
    const at = ids.indexOf(id!);
    await page.focus(`#incident-list li[data-incident-id="${id}"]`);
    const key = at + 1 < ids.length ? 'ArrowDown' : 'ArrowUp';
    const next = ids[key === 'ArrowDown' ? at + 1 : at - 1];
    await page.keyboard.press(key);
    await page.waitForSelector(`#incident-list li[data-incident-id="${next}"][aria-selected="true"]`);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.incidentId)).toBe(next);
    expect(new URL(page.url()).searchParams.get('incident')).toBe(next);
    await page.close();
  });

  it('keeps filters in the URL: a change updates it, the count follows the API, a reload restores both', async () => {
    const page = await newPage();
    await open(page);
    const all = await api.allIncidents();
    // The commonest type and party, so the filtered lists are neither empty nor everything.
    const commonest = (xs: string[]) =>
      [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1])[0][0];
    const type = commonest(all.flatMap((i) => i.types));
    const party = commonest(all.flatMap((i) => i.parties));

    let g = await generation(page);
    await page.selectOption('select[name="type"]', type);
    await redrawnAfter(page, g);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    const byType = await api.allIncidents({ type });
    expect(Number(await page.textContent('#count'))).toBe(byType.length);

    g = await generation(page);
    await page.fill('input[name="party"]', party);
    await page.press('input[name="party"]', 'Enter');
    await page.locator('input[name="party"]').blur();
    await redrawnAfter(page, g);
    const both = await api.allIncidents({ type, party });
    expect(new URL(page.url()).searchParams.get('party')).toBe(party);
    expect((await rowIds(page)).sort()).toEqual(both.map((i) => i.id).sort());

    // A place, by its Arabic name, filtered by the server (places inside it count).
    const places = (await api.get('/locations')).items.filter((p: any) => p.nameAr && p.incidentCount > 0);
    const place = places.sort((a: any, b: any) => b.incidentCount - a.incidentCount)[0];
    g = await generation(page);
    await page.fill('input[name="location"]', place.nameAr);
    await page.locator('input[name="location"]').blur();
    await redrawnAfter(page, g);
    const atPlace = await api.allIncidents({ location: place.nameAr, type, party });
    expect(new URL(page.url()).searchParams.get('location')).toBe(place.nameAr);
    expect((await rowIds(page)).sort()).toEqual(atPlace.map((i) => i.id).sort());

    const url = page.url();
    await page.reload();
    await page.waitForSelector('#count[data-state="ready"]');
    expect(page.url()).toBe(url);
    expect(await page.inputValue('select[name="type"]')).toBe(type);
    expect(await page.inputValue('input[name="party"]')).toBe(party);
    expect(await page.inputValue('input[name="location"]')).toBe(place.nameAr);
    expect((await rowIds(page)).sort()).toEqual(atPlace.map((i) => i.id).sort());
    await page.close();
  });

  it('travels back by date: the end of a day as asOf, the slider at the position the API answered for', async () => {
    const page = await newPage();
    await open(page);
    const now = Number(await page.textContent('#count'));
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 864e5).toISOString().slice(0, 10);
    // The corpus was recorded today: by the end of yesterday nothing was.
    for (const [day, expected] of [
      [yesterday, await api.allIncidents({ asOf: `${yesterday}T23:59:59.999Z` })],
      [today, await api.allIncidents({ asOf: `${today}T23:59:59.999Z` })],
    ] as const) {
      const g = await generation(page);
      await page.fill('#asof-date', day);
      await page.locator('#asof-date').dispatchEvent('change');
      await redrawnAfter(page, g);
      expect(new URL(page.url()).searchParams.get('asOf')).toBe(`${day}T23:59:59.999Z`);
      expect(Number(await page.textContent('#count'))).toBe(expected.length);
      expect((await rowIds(page)).sort()).toEqual(expected.map((i) => i.id).sort());
    }
    expect(Number(await page.textContent('#count'))).toBe(now);
    const answered = (await api.get(`/incidents?asOf=${today}T23:59:59.999Z&limit=1`)).asOf.position;
    await page.waitForFunction((p) => (document.querySelector('#asof') as HTMLInputElement).value === String(p), answered);
    await page.close();
  });

  it('passes "published before" to GET /incidents/map and lists what it answers', async () => {
    const page = await newPage();
    await open(page);
    const g = await generation(page);
    const asked = page.waitForRequest(
      (r) => new URL(r.url()).pathname === '/incidents/map' && new URL(r.url()).searchParams.get('publishedBefore') === '2020-01-01',
    );
    await page.fill('input[name="publishedBefore"]', '2020-01-01');
    await page.locator('input[name="publishedBefore"]').dispatchEvent('change');
    await asked;
    await redrawnAfter(page, g);
    expect(new URL(page.url()).searchParams.get('publishedBefore')).toBe('2020-01-01');
    // Whatever the API makes of it (issue 13 adds the filter), the page shows the same incidents.
    const expected = await api.allIncidents({ publishedBefore: '2020-01-01' });
    expect((await rowIds(page)).sort()).toEqual(expected.map((i) => i.id).sort());
    await page.close();
  });

  it('travels back in time: the slider shows what asOf answered then', async () => {
    const page = await newPage();
    await open(page);
    const now = Number(await page.textContent('#count'));
    // The moment half the corpus had been posted.
    const asOf = positions[Math.floor(positions.length / 2)];
    const then = await api.allIncidents({ asOf: String(asOf) });
    expect(then.length).toBeLessThan(now);

    const g = await generation(page);
    await page.$eval(
      '#asof',
      (el, v) => {
        const input = el as HTMLInputElement;
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      asOf,
    );
    await redrawnAfter(page, g);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(String(asOf));
    expect(Number(await page.textContent('#count'))).toBe(then.length);
    expect((await rowIds(page)).sort()).toEqual(then.map((i) => i.id).sort());
    await page.waitForFunction(() => /UTC/.test(document.querySelector('#asof-label')?.textContent ?? ''));
    await page.screenshot({ path: join(SHOTS, 'time-travel.png') });

    // Back to now.
    const g2 = await generation(page);
    await page.click('#asof-now');
    await redrawnAfter(page, g2);
    expect(Number(await page.textContent('#count'))).toBe(now);
    await page.close();
  });

  it('posts a report through the form, shows its extraction, and its incident appears live in another tab', async () => {
    const watcher = await newPage();
    await open(watcher);
    await watcher.waitForSelector('#live-status[data-state="live"]');
    const before = new Set(await rowIds(watcher));

    const page = await newPage();
    await open(page);
    await page.click('#open-report');
    await page.fill('dialog textarea[name="text"]', heldBack.text);
    if (heldBack.publishedOn) await page.fill('dialog input[name="publishedOn"]', heldBack.publishedOn);
    await page.fill('dialog input[name="source"]', heldBack.outlet ?? 'browser test');

    // Before posting: the preview (POST /extract) marks each event's evidence span in the text, and stores nothing.
    const headBefore = (await api.get('/events?limit=1')).head;
    await page.click('dialog button[name="preview"]');
    await page.waitForFunction(() => /^Preview, not stored/.test(document.querySelector('dialog .status')?.textContent ?? ''));
    const dry = await api.post<{ events: { type: string; background: boolean; evidence: { start: number; end: number } }[] }>('/extract', {
      text: heldBack.text,
      publishedOn: heldBack.publishedOn ?? undefined,
      source: heldBack.outlet ?? 'browser test',
    });
    expect(dry.events.length).toBeGreaterThan(0);
    const marked = await page.$$eval('dialog .preview .preview-text mark.span', (ms) =>
      ms.map((m) => ({ start: Number(m.getAttribute('data-start')), end: Number(m.getAttribute('data-end')), text: m.textContent })),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) {
      expect(m.text).toBe(heldBack.text.slice(m.start, m.end));
      expect(dry.events.some((e) => e.evidence.start === m.start && e.evidence.end === m.end)).toBe(true);
    }
    expect(await page.locator('dialog .preview li[data-event-type]').count()).toBe(dry.events.length);
    expect((await api.get('/events?limit=1')).head).toBe(headBefore);
    await page.screenshot({ path: join(SHOTS, 'post-report-preview.png') });

    await page.click('dialog button[type="submit"]');
    await page.waitForFunction(() => /^Stored as/.test(document.querySelector('dialog .status')?.textContent ?? ''));
    const reportId = (await page.textContent('dialog .status'))!.match(/Stored as ([0-9a-f]{24})/)![1];

    const report = await api.get(`/reports/${reportId}`);
    const counted = report.events.filter((e: any) => e.counts).length;
    expect(counted).toBeGreaterThan(0);
    expect(await page.locator('dialog .extraction li[data-event-type]').count()).toBe(counted);
    expect(await page.locator('dialog .extraction blockquote[dir="rtl"][lang="ar"] mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'post-report.png') });

    // The watching tab was never reloaded: SSE brought the change.
    const after = await api.allIncidents({ waitFor: String(report.events.at(-1).position) });
    const holder = after.find((i) => i.reportIds.includes(reportId));
    expect(holder).toBeDefined();
    expect(before.has(holder!.id)).toBe(false);
    await watcher.waitForSelector(`#incident-list li[data-incident-id="${holder!.id}"]`, { timeout: 15_000 });
    await watcher.waitForFunction((n) => Number(document.querySelector('#count')?.textContent) === n, after.length);
    await page.close();
    await watcher.close();
  });

  it('splits an event out of an incident with the admin token: a new incident, listed as the API lists it', async () => {
    const page = await newPage();
    await open(page);
    const before = await api.allIncidents();
    const details = await Promise.all(before.map((i) => api.get(`/incidents/${i.id}`)));
    const source = details.find((d) => d.events.length >= 2)!;
    expect(source).toBeDefined();
    const leaving = source.events.at(-1).eventId;

    await page.click(`#incident-list li[data-incident-id="${source.id}"]`);
    await page.waitForSelector(`#panel[data-state="ready"][data-incident-id="${source.id}"]`);
    await page.click('#panel details.admin summary');
    await page.fill('#panel input[name="adminToken"]', ADMIN_TOKEN);
    await page.fill('#panel input[name="reason"]', 'browser test: a separate occurrence');
    await page.check(`#panel input[name="splitEvent"][value="${leaving}"]`);
    await page.click('#panel button[name="split"]');
    await page.waitForFunction(() => /^Recorded at position/.test(document.querySelector('#panel .status')?.textContent ?? ''));

    // The page moves to the new incident, which holds the event that left.
    await page.waitForFunction((old) => {
      const p = document.querySelector<HTMLElement>('#panel');
      return p?.dataset.state === 'ready' && p.dataset.incidentId !== old;
    }, source.id);
    const created = (await page.getAttribute('#panel', 'data-incident-id'))!;
    expect((await api.get(`/incidents/${created}`)).events.map((e: any) => e.eventId)).toEqual([leaving]);
    const after = await api.allIncidents();
    expect(after.length).toBe(before.length + 1);
    await page.waitForFunction((n) => Number(document.querySelector('#count')?.textContent) === n, after.length);
    expect((await rowIds(page)).sort()).toEqual(after.map((i) => i.id).sort());
    await page.close();
  });

  it('ships under 500 KB of gzipped JavaScript and CSS, fonts aside', async () => {
    const sizes = await dashboardSizes(join(REPO_ROOT, 'dist', 'web'));
    console.log(
      `dashboard: ${(sizes.gzip / 1024).toFixed(1)} KB gzipped JS+CSS in ${sizes.files} files (${(sizes.raw / 1024).toFixed(0)} KB raw)`,
    );
    expect(sizes.files).toBeGreaterThan(0);
    expect(sizes.gzip).toBeLessThan(500 * 1024);
  });

  it('logged no console error, uncaught exception or failed request in any of the pages above', () => {
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
