// The list of incidents in view: one row per incident with
// data-incident-id, a listbox navigable with the arrow keys, Home/End and
// Enter; the map's markers select the same rows.
//
// Ten thousand rows cost more to attach than a filter change may take, so the
// first screenful is attached at once and the rest in slices between frames,
// from the task after the frame showing the first screenful is painted
// (`render` resolves when the last slice is in). A row is built once per
// loaded incident and reused by every later filter change.
import type { Incident, Place } from './api.js';
import { afterPaint, el } from './dom.js';
import { KIND_LABELS, kindColour, typeLabel } from './kinds.js';

const FIRST_SLICE = 120;
const SLICE = 2_000;

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
  private rows = new Map<string, HTMLLIElement>();
  private order: Incident[] = [];
  private attached = 0;
  private job: ReturnType<typeof setTimeout> | undefined;
  /** Counts renders: the slices of a render that a newer one replaced before its first frame was painted never start. */
  private renders = 0;
  private finished: (() => void) | null = null;
  private selected: string | null = null;
  private selectedRow: HTMLLIElement | null = null;
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
  }

  /** Shows these incidents; resolves once every row is attached (a newer render resolves the older one too). */
  render(incidents: readonly Incident[], places: ReadonlyMap<string, Place>): Promise<void> {
    clearTimeout(this.job);
    this.finished?.();
    this.places = places;
    this.order = [...incidents];
    this.rows.clear();
    this.attached = 0;
    this.root.replaceChildren();
    this.attach(FIRST_SLICE);
    if (this.selected) this.markSelected(this.selected, false);
    const render = ++this.renders;
    return new Promise((resolve) => {
      this.finished = resolve;
      const next = () => {
        this.attach(SLICE);
        if (this.attached < this.order.length) this.job = setTimeout(next, 0);
        else this.done();
      };
      if (this.attached >= this.order.length) this.done();
      else
        void afterPaint().then(() => {
          if (render === this.renders && this.attached < this.order.length) next();
        });
    });
  }

  private done(): void {
    const f = this.finished;
    this.finished = null;
    f?.();
  }

  private row(i: Incident): HTMLLIElement {
    let li = this.built.get(i);
    if (!li) {
      li = buildRow(i, this.places);
      this.built.set(i, li);
    }
    return li;
  }

  private attach(count: number): void {
    const end = Math.min(this.order.length, this.attached + count);
    if (end <= this.attached) return;
    const frag = document.createDocumentFragment();
    for (let k = this.attached; k < end; k++) {
      const i = this.order[k];
      const li = this.row(i);
      this.rows.set(i.id, li);
      frag.append(li);
    }
    this.attached = end;
    this.root.append(frag);
  }

  /** Attaches every remaining row now: a row about to be selected must exist. */
  private flush(): void {
    if (this.attached >= this.order.length) return;
    clearTimeout(this.job);
    this.attach(this.order.length);
    this.done();
  }

  select(id: string | null, focus = false): void {
    this.selected = id;
    this.markSelected(id, focus);
  }

  private markSelected(id: string | null, focus: boolean): void {
    if (this.selectedRow) {
      this.selectedRow.removeAttribute('aria-selected');
      this.selectedRow.setAttribute('tabindex', '-1');
      this.selectedRow = null;
    }
    if (!id) return;
    if (!this.rows.has(id) && this.order.some((i) => i.id === id)) this.flush();
    const row = this.rows.get(id);
    if (!row) return;
    row.setAttribute('aria-selected', 'true');
    row.setAttribute('tabindex', '0');
    this.selectedRow = row;
    row.scrollIntoView({ block: 'nearest' });
    if (focus) row.focus();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.order.length) return;
    const at = this.selected ? this.order.findIndex((i) => i.id === this.selected) : -1;
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
    this.rows.get(id)?.focus();
  }
}
