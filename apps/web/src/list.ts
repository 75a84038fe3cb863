// The list of incidents in view: one row per incident with
// data-incident-id, a listbox navigable with the arrow keys, Home/End and
// Enter; the map's markers select the same rows.
//
// Only the rows in the scrolled view (and a screenful either side) are in the
// document: ten thousand attached rows cost the first render about a second
// of layout and style (bench/results/dashboard.md), a window of forty costs
// nothing. Rows have one fixed height (styles.css), so the list's padding
// stands for the rows above and below and the scroll bar is the whole list's.
// A row is built once per loaded incident and reused as it scrolls in again.
import type { Incident, Place } from './api.js';
import { el } from './dom.js';
import { KIND_LABELS, kindColour, typeLabel } from './kinds.js';

/** Rows attached beyond the view on each side, so that a fast scroll does not show a gap before the next frame. */
const OVERSCAN = 20;
/** styles.css `#incident-list li` height: used until a row has been measured. */
const ROW_PX = 52;

export function placeLabel(i: Incident, places: ReadonlyMap<string, Place>): string {
  const named = i.places.length ? i.places : i.placeIds.map((id) => places.get(id)).filter((p): p is Place => !!p);
  const names = named.map((p) => p.name ?? p.nameAr ?? p.id);
  const fallback = i.placeIds.filter((id) => !places.has(id));
  return [...new Set([...names, ...fallback])].slice(0, 3).join(', ') || 'place unknown';
}

/** One row's structure, cloned per incident: ten thousand clones cost a fraction of building each element anew. */
let template: HTMLLIElement | null = null;
function rowTemplate(): HTMLLIElement {
  template ??= el(
    'li',
    { role: 'option', tabindex: -1 },
    el('span', { class: 'swatch', 'aria-hidden': 'true' }),
    el('span', { class: 'row-main' }, el('span', { class: 'row-title' }), el('span', { class: 'row-meta' })),
    el('span', { class: 'deaths', title: 'most killed claimed' }),
  );
  return template;
}

function buildRow(i: Incident, places: ReadonlyMap<string, Place>): HTMLLIElement {
  const li = rowTemplate().cloneNode(true) as HTMLLIElement;
  li.dataset.incidentId = i.id;
  li.dataset.kind = i.kind;
  const [swatch, main, deaths] = li.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
  swatch.style.background = kindColour(i.kind);
  const dates = i.dateFrom === i.dateTo ? i.dateFrom : `${i.dateFrom} – ${i.dateTo}`;
  main.firstChild!.textContent = i.headline ?? `${i.types.map(typeLabel).join(', ')} — ${placeLabel(i, places)}`;
  main.lastChild!.textContent = `${dates} · ${KIND_LABELS[i.kind] ?? i.kind} · ${i.parties.join(', ') || 'no party'} · ${i.eventCount} event${i.eventCount === 1 ? '' : 's'}`;
  if (i.fatalities) deaths.textContent = `${i.fatalities} killed`;
  else deaths.remove();
  return li;
}

export class IncidentList {
  /** Rows of the loaded incidents; a reload brings new objects and so new rows. */
  private built = new WeakMap<Incident, HTMLLIElement>();
  private order: Incident[] = [];
  private indexOf = new Map<string, number>();
  private first = 0;
  private end = 0;
  private rowPx = 0;
  private frame = 0;
  private selected: string | null = null;
  private places: ReadonlyMap<string, Place> = new Map();

  constructor(
    private readonly root: HTMLOListElement,
    private readonly onSelect: (id: string) => void,
  ) {
    root.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLLIElement>('li[data-incident-id]');
      if (row) this.onSelect(row.dataset.incidentId!);
    });
    root.addEventListener('keydown', (e) => this.onKey(e));
    root.addEventListener('scroll', () => this.schedule(), { passive: true });
    new ResizeObserver(() => this.schedule()).observe(root);
  }

  /** Shows these incidents, from the top; resolves once the rows in view are attached (at once: kept a promise for callers that wait). */
  render(incidents: readonly Incident[], places: ReadonlyMap<string, Place>): Promise<void> {
    this.places = places;
    this.order = [...incidents];
    this.indexOf = new Map(this.order.map((i, k) => [i.id, k]));
    this.root.setAttribute('aria-setsize', String(this.order.length));
    this.root.dataset.rows = String(this.order.length);
    this.root.scrollTop = 0;
    this.first = this.end = -1;
    this.attachWindow();
    if (this.selected) this.markSelected(this.selected, false);
    return Promise.resolve();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.attachWindow();
    });
  }

  private row(i: Incident, k: number): HTMLLIElement {
    let li = this.built.get(i);
    if (!li) {
      li = buildRow(i, this.places);
      this.built.set(i, li);
    }
    li.setAttribute('aria-posinset', String(k + 1));
    li.setAttribute('aria-setsize', String(this.order.length));
    const selected = i.id === this.selected;
    if (selected) li.setAttribute('aria-selected', 'true');
    else li.removeAttribute('aria-selected');
    li.setAttribute('tabindex', selected ? '0' : '-1');
    return li;
  }

  /** Attaches the rows from a screenful above the view to a screenful below it, padding the list for the rest. */
  private attachWindow(): void {
    const rowPx = this.rowPx || ROW_PX;
    const height = this.root.clientHeight || 900;
    const first = Math.max(0, Math.floor(this.root.scrollTop / rowPx) - OVERSCAN);
    const end = Math.min(this.order.length, Math.ceil((this.root.scrollTop + height) / rowPx) + OVERSCAN);
    if (first === this.first && end === this.end) return;
    this.first = first;
    this.end = end;
    const rows: HTMLLIElement[] = [];
    for (let k = first; k < end; k++) rows.push(this.row(this.order[k], k));
    // The focused row stays focused when it stays in the window (replaceChildren would blur it).
    this.root.replaceChildren(...rows);
    this.root.style.paddingTop = `${first * rowPx}px`;
    this.root.style.paddingBottom = `${(this.order.length - end) * rowPx}px`;
    if (!this.rowPx && rows.length) {
      const measured = rows[0].offsetHeight;
      if (measured > 0 && measured !== rowPx) {
        this.rowPx = measured;
        this.first = this.end = -1;
        this.attachWindow();
      } else if (measured > 0) this.rowPx = measured;
    }
  }

  /** The row element of an incident, scrolled into the window if it is in the list. */
  private reveal(id: string): HTMLLIElement | null {
    const k = this.indexOf.get(id);
    if (k === undefined) return null;
    const rowPx = this.rowPx || ROW_PX;
    const top = k * rowPx;
    const view = this.root.clientHeight;
    if (top < this.root.scrollTop) this.root.scrollTop = top;
    else if (top + rowPx > this.root.scrollTop + view) this.root.scrollTop = top + rowPx - view;
    this.attachWindow();
    return this.row(this.order[k], k);
  }

  select(id: string | null, focus = false): void {
    this.selected = id;
    this.markSelected(id, focus);
  }

  private markSelected(id: string | null, focus: boolean): void {
    for (const li of this.root.querySelectorAll<HTMLLIElement>('li[aria-selected="true"]')) {
      if (li.dataset.incidentId === id) continue;
      li.removeAttribute('aria-selected');
      li.setAttribute('tabindex', '-1');
    }
    if (!id) return;
    const row = this.reveal(id);
    if (row && focus) row.focus();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.order.length) return;
    const at = this.selected ? (this.indexOf.get(this.selected) ?? -1) : -1;
    let next: number;
    if (e.key === 'ArrowDown') next = Math.min(this.order.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.order.length - 1;
    else if (e.key === 'Enter' && at >= 0) next = at;
    else return;
    e.preventDefault();
    const id = this.order[next].id;
    this.onSelect(id);
    this.reveal(id)?.focus();
  }
}
