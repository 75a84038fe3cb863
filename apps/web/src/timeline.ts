// Incidents per day stacked by kind (Observable Plot). Dragging across it
// chooses the from–to dates; a click without a drag clears them.
import type * as Plot from '@observablehq/plot';
import { plotModule } from './plot.js';
import type { Incident } from './api.js';
import { KIND_COLOURS, KINDS } from './kinds.js';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Days while a day is still a visible bar; over longer spans weeks, then
 * months (a decade of days would be bars under a pixel wide).
 */
export function binFor(days: readonly { date: Date }[]): 'day' | 'week' | 'month' {
  if (!days.length) return 'day';
  let lo = Infinity,
    hi = -Infinity;
  for (const d of days) {
    lo = Math.min(lo, +d.date);
    hi = Math.max(hi, +d.date);
  }
  const span = (hi - lo) / 864e5;
  return span <= 240 ? 'day' : span <= 1500 ? 'week' : 'month';
}

const floorTo = (t: number, interval: 'day' | 'week' | 'month'): Date => {
  const d = new Date(t);
  if (interval === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  // Weeks start on Monday.
  return interval === 'week' ? new Date(+day - ((day.getUTCDay() + 6) % 7) * 864e5) : day;
};
const nextBin = (d: Date, interval: 'day' | 'week' | 'month'): Date =>
  interval === 'month'
    ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
    : new Date(+d + (interval === 'week' ? 7 : 1) * 864e5);

export function countByBin(days: readonly { date: Date; kind: string }[], interval: 'day' | 'week' | 'month') {
  const bins = new Map<string, { start: Date; end: Date; kind: string; count: number }>();
  for (const d of days) {
    const start = floorTo(+d.date, interval);
    const key = `${+start}|${d.kind}`;
    const bin = bins.get(key);
    if (bin) bin.count++;
    else bins.set(key, { start, end: nextBin(start, interval), kind: d.kind, count: 1 });
  }
  return [...bins.values()];
}

export class Timeline {
  private svg: ((SVGSVGElement | HTMLElement) & Plot.Plot) | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onBrush: (from: string, to: string) => void,
  ) {}

  /** Needs Plot loaded (plot.ts). */
  render(incidents: readonly Incident[], range: { from: string; to: string }): void {
    const P = plotModule();
    const width = Math.max(320, this.root.clientWidth || 600);
    const days = incidents.map((i) => ({ date: new Date(`${i.dateFrom}T00:00:00Z`), kind: i.kind }));
    const marks: Plot.Markish[] = [P.ruleY([0], { stroke: '#999' })];
    if (range.from || range.to) {
      const lo = range.from ? new Date(`${range.from}T00:00:00Z`) : null;
      const hi = range.to ? new Date(`${range.to}T23:59:59Z`) : null;
      const times = days.map((d) => +d.date);
      const ext = times.length ? [times.reduce((a, b) => Math.min(a, b)), times.reduce((a, b) => Math.max(a, b)) + 864e5] : [0, 0];
      marks.unshift(
        P.rectX([{ x1: lo ?? new Date(ext[0]), x2: hi ?? new Date(ext[1]) }], {
          x1: 'x1',
          x2: 'x2',
          fill: '#3b82f6',
          fillOpacity: 0.12,
        }),
      );
    }
    const interval = binFor(days);
    // Counted here per bin and kind, so Plot stacks a few hundred bars rather than binning 10,000 rows.
    if (days.length)
      marks.push(P.rectY(countByBin(days, interval), { x1: 'start', x2: 'end', y: 'count', fill: 'kind', inset: 0, tip: true }));
    const svg = P.plot({
      width,
      height: 120,
      marginLeft: 36,
      marginBottom: 24,
      style: { background: 'transparent', fontSize: '11px' },
      x: { type: 'utc', label: null },
      y: { label: `incidents / ${interval}`, grid: true, tickFormat: 'd' },
      color: { domain: KINDS, range: KINDS.map((k) => KIND_COLOURS[k]), legend: false },
      marks,
    });
    this.root.replaceChildren(svg);
    this.svg = svg as never;
    this.attachBrush(svg as unknown as SVGSVGElement);
  }

  private attachBrush(svg: SVGSVGElement): void {
    const plot = svg as unknown as Plot.Plot;
    const x = plot.scale('x');
    if (!x?.invert) return;
    let startX: number | null = null;
    let band: SVGRectElement | null = null;
    const localX = (e: PointerEvent) => e.clientX - svg.getBoundingClientRect().left;
    svg.addEventListener('pointerdown', (e) => {
      startX = localX(e);
      band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      band.setAttribute('class', 'brush');
      band.setAttribute('y', '0');
      band.setAttribute('height', String(svg.getAttribute('height') ?? 120));
      svg.append(band);
      svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener('pointermove', (e) => {
      if (startX === null || !band) return;
      const cur = localX(e);
      band.setAttribute('x', String(Math.min(startX, cur)));
      band.setAttribute('width', String(Math.abs(cur - startX)));
    });
    svg.addEventListener('pointerup', (e) => {
      if (startX === null) return;
      const end = localX(e);
      const [a, b] = [Math.min(startX, end), Math.max(startX, end)];
      startX = null;
      band?.remove();
      if (b - a < 4) return this.onBrush('', '');
      this.onBrush(dayOf(x.invert!(a) as Date), dayOf(x.invert!(b) as Date));
    });
  }
}
