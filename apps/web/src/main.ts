// The dashboard: filters and time travel in the URL, incidents loaded from the
// API for the server-side filters (place, asOf, publishedBefore) and narrowed
// in the page for the rest, then drawn as map, timeline and list.
import {
  ApiError,
  getJson,
  fetchAllIncidents,
  fetchHead,
  fetchIncident,
  fetchLocations,
  type Incident,
  type Place,
  type ServerFilter,
} from './api.js';
import { $, afterPaint, el, latest } from './dom.js';
import { EVENT_TYPES, KIND_COLOURS, KIND_LABELS, typeLabel } from './kinds.js';
import { IncidentList } from './list.js';
import { followEvents } from './live.js';
import { IncidentMap } from './map.js';
import { incidentPosition, toMapPoints, type MapPoint } from './map-points.js';
import { renderPanel } from './panel.js';
import { loadPlot, withPlot } from './plot.js';
import { mountReportForm } from './report-form.js';
import { matchesClientFilter, serverFilter, serverKey, stateFromUrl, stateToUrl, type ViewState } from './state.js';
import { Timeline } from './timeline.js';

performance.mark('sitrep:start');

const form = $<HTMLFormElement>('#filters');
const slider = $<HTMLInputElement>('#asof');
const sliderLabel = $<HTMLOutputElement>('#asof-label');
const asOfDate = $<HTMLInputElement>('#asof-date');
const countEl = $('#count');
const listNote = $('#list-note');
const panel = $('#panel');
const liveStatus = $('#live-status');

let state: ViewState = stateFromUrl(location.search);
let base: Incident[] = [];
let places = new Map<string, Place>();
let loadedKey = '';
let head = 0;
let generation = 0;

const map = new IncidentMap($('#map'), (id) => select(id, true));
const list = new IncidentList($<HTMLOListElement>('#incident-list'), (id) => select(id, false));
const timeline = new Timeline($('#timeline'), (from, to) => update({ from, to }));

function fillForm(): void {
  for (const k of ['location', 'type', 'party', 'from', 'to', 'publishedBefore'] as const) {
    const input = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement;
    if (input.value !== state[k]) input.value = state[k];
  }
}

function ensureTypeOptions(): void {
  const select = form.elements.namedItem('type') as HTMLSelectElement;
  const known = new Set([...select.options].map((o) => o.value));
  const types = new Set([...EVENT_TYPES, ...base.flatMap((i) => i.types), state.type].filter(Boolean));
  for (const t of types) if (!known.has(t)) select.append(el('option', { value: t }, typeLabel(t)));
  select.value = state.type;
}

function fillDatalists(): void {
  const names = new Set<string>();
  for (const p of places.values()) for (const n of [p.name, p.nameAr]) if (n) names.add(n);
  $('#places').replaceChildren(...[...names].sort().map((n) => el('option', { value: n })));
  const parties = new Set(base.flatMap((i) => i.parties));
  $('#parties').replaceChildren(...[...parties].sort().map((p) => el('option', { value: p })));
}

/** Applies a state change: URL first, then the smallest redraw that shows it. */
function update(patch: Partial<ViewState>, push = true): void {
  const next = { ...state, ...patch };
  const url = stateToUrl(next);
  if (url !== location.search) history[push ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${url}`);
  const refetch = serverKey(next) !== serverKey(state);
  const refilter = (['type', 'party', 'from', 'to'] as const).some((k) => next[k] !== state[k]);
  const reselect = next.incident !== state.incident;
  state = next;
  fillForm();
  if (refetch) void load();
  else if (refilter) draw();
  if (reselect || refetch) void openPanel();
}

/**
 * Loads every incident for the server-side filters. With more than one page
 * (200) the newest page is drawn as soon as it arrives, and the whole set when
 * the last page is in: a large history shows at once and completes in the
 * background. The rows carry their points and headlines, so neither waits for
 * the places (`loadPlaces`).
 */
const loadBase = latest(async (signal, waitFor?: number) => {
  const f = serverFilter(state);
  const key = serverKey(state);
  const incidents = await fetchAllIncidents(f, waitFor, signal, (first) => {
    if (!signal.aborted) show(first, key, false);
  });
  return { incidents, key, f };
});

/** The places as of the loaded set's `asOf`: names for the place filter and panel, points for rows that came without one. */
const loadPlaces = latest(async (signal, f: ServerFilter) => fetchLocations(f, signal));

/** The filters' suggestions for the loaded set; with its places (undefined: those known so far). */
function setPlaces(locs: Place[] | undefined): void {
  const before = places;
  if (locs) places = new Map(locs.map((p) => [p.id, p]));
  fillDatalists();
  // Only a row placed by the places (not by its own point) and placed otherwise by these changes the map.
  const moved = (i: Incident) => {
    const [a, b] = [incidentPosition(i, before), incidentPosition(i, places)];
    return a?.lat !== b?.lat || a?.lon !== b?.lon;
  };
  if (places !== before && base.some((i) => !i.at && moved(i))) {
    pointsByFilter.clear();
    draw();
  }
}

/**
 * Map points of the last few client-side filters over the loaded set: going
 * back to one (clearing a filter, the browser's back button) reuses its points
 * and the map its clusters. Emptied whenever a new set is loaded.
 */
const pointsByFilter = new Map<string, MapPoint[]>();
const POINT_SETS_KEPT = 6;

function mapPointsFor(shown: Incident[]): MapPoint[] {
  const key = JSON.stringify([state.type, state.party, state.from, state.to]);
  let points = pointsByFilter.get(key);
  if (!points) {
    points = toMapPoints(shown, places);
    if (pointsByFilter.size >= POINT_SETS_KEPT) pointsByFilter.delete(pointsByFilter.keys().next().value!);
    pointsByFilter.set(key, points);
  }
  return points;
}

function show(items: Incident[], key: string, complete: boolean): void {
  pointsByFilter.clear();
  base = items;
  loadedKey = key;
  listNote.textContent = complete ? '' : '— loading older incidents…';
  ensureTypeOptions();
  draw(complete, true);
}

/** Resolves once the set is drawn and its places are in. */
async function load(waitFor?: number): Promise<void> {
  countEl.dataset.state = 'loading';
  const start = performance.now();
  try {
    const r = await loadBase(waitFor);
    if (!r) return;
    performance.measure('sitrep:load', { start });
    let placesIn!: () => void;
    placesReady = new Promise((resolve) => (placesIn = resolve));
    show(r.incidents.items, r.key, true);
    showAsOfDay(r.incidents.position);
    await afterPaint();
    // Without them the set stays drawn from the rows' own points and names.
    const locs = await loadPlaces(r.f).catch(() => {
      listNote.textContent = '— the places could not be loaded';
      return undefined;
    });
    if (r.key === loadedKey) setPlaces(locs);
    placesIn();
  } catch (err) {
    countEl.dataset.state = 'error';
    listNote.textContent = err instanceof ApiError ? `— ${err.code}: ${err.message}` : '— could not load incidents';
  }
}

let painted = false;
let rendered = false;
/** The loaded set's places: a draw is "ready" once they are in too. */
let placesReady: Promise<void> = Promise.resolve();

/** Draws the loaded set; `complete` = every page is in (only then is the count "ready"); `fit` = frame it on the map. */
function draw(complete = true, fit = false): void {
  const t0 = performance.now();
  const gen = ++generation;
  countEl.dataset.state = 'drawing';
  // User timings per part, read by bench/dashboard.bench.ts.
  const part = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    const r = fn();
    performance.measure(`sitrep:${name}`, { start });
    return r;
  };
  const shown = part('filter', () => base.filter(matchesClientFilter(state)));
  countEl.textContent = String(shown.length);
  const listed = part('list', () => list.render(shown, places));
  const points = part('map', () => {
    const p = mapPointsFor(shown);
    map.setIncidents(p, fit);
    return p;
  });
  const unplaced = shown.length - points.length;
  $('#unplaced').textContent = unplaced ? ` · ${unplaced} without coordinates (not on the map)` : '';
  const drawTimeline = () =>
    withPlot(() => {
      if (gen === generation)
        part('timeline', () => timeline.render(base.filter(matchesClientFilter({ ...state, from: '', to: '' })), state));
    });
  // While the first set loads, map and list paint first: the timeline (Plot, loaded after that paint, the dearest part of a draw) is
  // drawn once the whole set is in, in a task after that frame is painted. Later draws (filters) draw it at once.
  const timelined = rendered ? drawTimeline() : complete ? afterPaint().then(drawTimeline) : Promise.resolve();
  list.select(state.incident || null);
  map.select(state.incident || null);
  if (!painted) performance.measure('sitrep:first-paint', { start: 'sitrep:start' });
  painted = true;
  const first = complete && !rendered;
  if (complete) rendered = true;
  performance.measure(first ? 'sitrep:first-render' : 'sitrep:redraw', { start: first ? 'sitrep:start' : t0 });
  // "ready" once every page is drawn and the last list slice is in: what tests and links wait for.
  void Promise.all([listed, timelined, placesReady]).then(() => {
    if (gen !== generation) return;
    countEl.dataset.state = complete ? 'ready' : 'partial';
    if (!complete) return;
    countEl.dataset.generation = String(gen);
    countEl.dataset.key = loadedKey;
    performance.measure(first ? 'sitrep:first-render-complete' : 'sitrep:redraw-complete', { start: first ? 'sitrep:start' : t0 });
  });
}

function select(id: string, fromMap: boolean): void {
  update({ incident: id }, false);
  list.select(id, !fromMap);
  map.select(id, !fromMap);
}

const loadPanel = latest(async (_signal, id: string) => fetchIncident(id, serverFilter(state)));

async function openPanel(): Promise<void> {
  if (!state.incident) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  panel.dataset.state = 'loading';
  try {
    const [detail] = await Promise.all([loadPanel(state.incident), loadPlot()]);
    if (!detail) return;
    panel.replaceChildren(
      renderPanel(
        detail,
        places,
        () => update({ incident: '' }),
        // A decision changes the present: show it (and the incident it leaves) once the projections have it.
        ({ position, incidentId }) => {
          setHead(position);
          if (state.asOf) update({ asOf: '' });
          void load(position).then(() => update({ incident: incidentId ?? state.incident }, false));
        },
      ),
    );
    panel.dataset.incidentId = detail.id;
    panel.dataset.state = 'ready';
  } catch (err) {
    const gone = err instanceof ApiError && err.status === 404;
    panel.replaceChildren(
      el('p', { class: 'muted' }, gone ? 'This incident did not exist at that moment.' : `Could not load the incident: ${String(err)}`),
    );
    panel.dataset.state = 'error';
  }
}

// Time travel: the slider runs over global positions; the right end is "now".
async function showPosition(pos: number): Promise<void> {
  if (pos >= head) {
    sliderLabel.textContent = 'now';
    return;
  }
  sliderLabel.textContent = `position ${pos}`;
  const info = await fetchHead(pos).catch(() => null);
  if (info?.recordedAt && Number(slider.value) === pos)
    sliderLabel.textContent = `position ${pos} · ${info.recordedAt.replace('T', ' ').slice(0, 19)} UTC`;
}

function setHead(position: number): void {
  head = Math.max(head, position);
  slider.max = String(head);
  if (!state.asOf) slider.value = String(head);
}

/** `asOf` as a day's end (a timestamp the API resolves to a position): the slider moves to the position it answered for. */
const AS_OF_DAY = /^(\d{4}-\d{2}-\d{2})T23:59:59\.999Z$/;
function showAsOfDay(position: number | null): void {
  const day = AS_OF_DAY.exec(state.asOf)?.[1] ?? '';
  asOfDate.value = day;
  if (!day || position === null) return;
  slider.value = String(position);
  void showPosition(position);
}
asOfDate.addEventListener('change', () => update({ asOf: asOfDate.value ? `${asOfDate.value}T23:59:59.999Z` : '' }));

slider.addEventListener('input', () => void showPosition(Number(slider.value)));
slider.addEventListener('change', () => {
  const pos = Number(slider.value);
  update({ asOf: pos >= head ? '' : String(pos) });
  void showPosition(pos);
});
$('#asof-now').addEventListener('click', () => {
  slider.value = String(head);
  update({ asOf: '' });
  void showPosition(head);
});

form.addEventListener('change', (e) => {
  const t = e.target as HTMLInputElement;
  if (!t.name) return;
  const value = t.name === 'party' ? t.value.trim().toUpperCase() : t.value.trim();
  update({ [t.name]: value } as Partial<ViewState>);
});
form.addEventListener('submit', (e) => e.preventDefault());
$('#clear-filters').addEventListener('click', () => update({ location: '', type: '', party: '', from: '', to: '', publishedBefore: '' }));

window.addEventListener('popstate', () => {
  const next = stateFromUrl(location.search);
  const refetch = serverKey(next) !== serverKey(state);
  state = next;
  fillForm();
  if (refetch) void load();
  else draw();
  void openPanel();
});

const dialog = $<HTMLDialogElement>('#report-dialog');
mountReportForm(dialog, (position) => setHead(position));
$('#open-report').addEventListener('click', () => dialog.showModal());

// A legend of kinds under the map.
$('#timeline').before(
  el(
    'ul',
    { class: 'legend', 'aria-label': 'Kinds' },
    ...Object.entries(KIND_COLOURS).map(([k, c]) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${c}` }), KIND_LABELS[k]),
    ),
  ),
);

// The panel opening narrows the map column: Leaflet and the timeline measure again.
let lastWidth = 0;
new ResizeObserver(() => {
  map.map.invalidateSize();
  const w = $('#timeline').clientWidth;
  if (Math.abs(w - lastWidth) > 8 && countEl.dataset.state === 'ready') {
    lastWidth = w;
    void withPlot(() => timeline.render(base.filter(matchesClientFilter({ ...state, from: '', to: '' })), state));
  }
}).observe($('.map-col'));

async function boot(): Promise<void> {
  fillForm();
  // Map and list first; what else the page asks for waits until they are painted and their places are in.
  await load();
  // An optional tile server (SITREP_TILE_URL); without one, or if the question fails, the shipped basemap alone.
  void getJson<{ tileUrl?: string | null }>('/dashboard/config')
    .then((c) => c.tileUrl && map.useTiles(c.tileUrl))
    .catch(() => undefined);
  // Asked by boot.ts before the incidents: the stream from it misses no change they leave out.
  const info = await fetchHead().catch(() => ({ head: 0, recordedAt: null }));
  setHead(info.head);
  if (state.asOf && /^\d+$/.test(state.asOf)) slider.value = state.asOf;
  void showPosition(state.asOf && /^\d+$/.test(state.asOf) ? Number(state.asOf) : head);
  followEvents(
    info.head,
    (position) => {
      setHead(position);
      // The past does not change: a view as of a moment keeps what it shows.
      if (!state.asOf) void load(position);
      if (state.incident && !state.asOf) void openPanel();
    },
    (s) => {
      liveStatus.textContent = s;
      liveStatus.dataset.state = s;
    },
  );
  void openPanel();
}

void boot();
