// The list of incidents in view: one row per incident with
// data-incident-id, a listbox navigable with the arrow keys, Home/End and
// Enter; the map's markers select the same rows.
import type { Incident, Place } from './api.js';
import { el } from './dom.js';
import { KIND_LABELS, kindColour, typeLabel } from './kinds.js';

export function placeLabel(i: Incident, places: ReadonlyMap<string, Place>): string {
  const named = i.places.length ? i.places : i.placeIds.map((id) => places.get(id)).filter((p): p is Place => !!p);
  const names = named.map((p) => p.name ?? p.nameAr ?? p.id);
  const fallback = i.placeIds.filter((id) => !places.has(id));
  return [...new Set([...names, ...fallback])].slice(0, 3).join(', ') || 'place unknown';
}

export class IncidentList {
  private rows = new Map<string, HTMLLIElement>();
  private order: string[] = [];
  private selected: string | null = null;

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

  render(incidents: readonly Incident[], places: ReadonlyMap<string, Place>): void {
    this.rows.clear();
    this.order = incidents.map((i) => i.id);
    const frag = document.createDocumentFragment();
    for (const i of incidents) {
      const dates = i.dateFrom === i.dateTo ? i.dateFrom : `${i.dateFrom} – ${i.dateTo}`;
      const deaths = i.fatalities ? el('span', { class: 'deaths', title: 'most killed claimed' }, `${i.fatalities} killed`) : null;
      const li = el(
        'li',
        { role: 'option', tabindex: -1, 'data-incident-id': i.id, 'aria-selected': 'false', 'data-kind': i.kind },
        el('span', { class: 'swatch', style: `background:${kindColour(i.kind)}`, 'aria-hidden': 'true' }),
        el(
          'span',
          { class: 'row-main' },
          el('span', { class: 'row-title' }, i.headline ?? `${i.types.map(typeLabel).join(', ')} — ${placeLabel(i, places)}`),
          el(
            'span',
            { class: 'row-meta' },
            `${dates} · ${KIND_LABELS[i.kind] ?? i.kind} · ${i.parties.join(', ') || 'no party'} · ${i.eventCount} event${i.eventCount === 1 ? '' : 's'}`,
          ),
        ),
        deaths,
      );
      this.rows.set(i.id, li);
      frag.append(li);
    }
    this.root.replaceChildren(frag);
    if (this.selected) this.markSelected(this.selected, false);
  }

  select(id: string | null, focus = false): void {
    this.selected = id;
    this.markSelected(id, focus);
  }

  private markSelected(id: string | null, focus: boolean): void {
    this.root.querySelector('li[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    for (const r of this.root.querySelectorAll('li[tabindex="0"]')) r.setAttribute('tabindex', '-1');
    const row = id ? this.rows.get(id) : undefined;
    if (!row) return;
    row.setAttribute('aria-selected', 'true');
    row.setAttribute('tabindex', '0');
    row.scrollIntoView({ block: 'nearest' });
    if (focus) row.focus();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.order.length) return;
    const at = this.selected ? this.order.indexOf(this.selected) : -1;
    let next: number;
    if (e.key === 'ArrowDown') next = Math.min(this.order.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.order.length - 1;
    else if (e.key === 'Enter' && at >= 0) next = at;
    else return;
    e.preventDefault();
    this.onSelect(this.order[next]);
    this.rows.get(this.order[next])?.focus();
  }
}
