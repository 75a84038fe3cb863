// The incident panel: what happened, who says so and with which sentence.
import { renderAdmin, type Decided } from './admin.js';
import type { IncidentDetail, Place } from './api.js';
import { renderClaimsChart } from './claims-chart.js';
import { el } from './dom.js';
import { renderEvidence } from './evidence.js';
import { KIND_LABELS, kindColour, typeLabel } from './kinds.js';
import { placeLabel } from './list.js';

export function renderPanel(
  d: IncidentDetail,
  places: ReadonlyMap<string, Place>,
  onClose: () => void,
  onDecided: (r: Decided) => void,
): DocumentFragment {
  const frag = document.createDocumentFragment();
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the incident' }, '×');
  close.addEventListener('click', onClose);
  const dates = d.dateFrom === d.dateTo ? d.dateFrom : `${d.dateFrom} – ${d.dateTo}`;
  frag.append(
    el(
      'header',
      { class: 'panel-head' },
      close,
      el('h2', { id: 'panel-title' }, d.headline ?? `${d.types.map(typeLabel).join(', ')}`),
      el(
        'p',
        { class: 'muted' },
        el('span', { class: 'badge', style: `background:${kindColour(d.kind)}` }, KIND_LABELS[d.kind] ?? d.kind),
        ` ${dates} · ${placeLabel(d, places)} · parties ${d.parties.join(', ') || '—'}`,
      ),
      el('p', { class: 'muted mono' }, d.id),
    ),
  );

  frag.append(el('h3', {}, 'Casualty claims'), renderClaimsChart(d.casualties.claims, d.casualties.summary));

  const events = el('ol', { class: 'events' });
  for (const e of d.events) {
    const who = e.claimant.name ?? e.claimant.party ?? 'the outlet';
    const report = d.reports.find((r) => r.reportId === e.reportId);
    const evidence = el('blockquote', { class: 'evidence', lang: 'ar', dir: 'rtl' });
    evidence.append(renderEvidence(e.evidence?.text ?? '', [e.type]));
    const figures = e.casualties
      .filter((c) => c.min !== null || c.max !== null)
      .map(
        (c) =>
          `${c.party ?? '?'} ${c.category} ${c.vague ? `${c.min ?? c.max}+` : c.min === c.max || c.max === null ? c.min : `${c.min}–${c.max}`}`,
      );
    events.append(
      el(
        'li',
        { 'data-event-id': e.eventId },
        el(
          'div',
          { class: 'event-head' },
          el('strong', {}, typeLabel(e.type)),
          ` ${e.dateFrom}`,
          ` · said by ${who}`,
          report?.outlet ? ` · via ${report.outlet}` : '',
        ),
        evidence,
        figures.length ? el('p', { class: 'figures' }, figures.join(' · ')) : null,
        e.locations.length ? el('p', { class: 'muted' }, e.locations.map((l) => l.name).join(', ')) : null,
      ),
    );
  }
  frag.append(el('h3', {}, `Member events (${d.events.length})`), events);

  const reports = el('ul', { class: 'reports' });
  for (const r of d.reports)
    reports.append(
      el(
        'li',
        {},
        r.url
          ? el('a', { href: r.url, rel: 'noopener noreferrer', target: '_blank' }, r.title ?? r.url)
          : el('span', {}, r.title ?? r.reportId),
        ` ${r.outlet ?? ''} ${r.publishedOn ?? ''}`,
      ),
    );
  frag.append(el('h3', {}, 'Source reports'), reports);
  frag.append(renderAdmin(d, onDecided));
  return frag;
}
