// Analyst decisions from the incident panel, with the admin token
// (SITREP_ADMIN_TOKEN): split member events out, merge with another incident,
// retract a source report. Each is an event in the history, never an edit;
// the token stays in this tab's sessionStorage only.
import { adminPost, ApiError, type IncidentDetail } from './api.js';
import { el } from './dom.js';
import { typeLabel } from './kinds.js';

const TOKEN_KEY = 'sitrep-admin-token';

export interface Decided {
  position: number;
  /** The incident to show after the decision (the new one of a split, the survivor of a merge). */
  incidentId: string | null;
}

export function renderAdmin(d: IncidentDetail, onDone: (r: Decided) => void): HTMLElement {
  const token = el('input', { type: 'password', name: 'adminToken', autocomplete: 'off', placeholder: 'SITREP_ADMIN_TOKEN' });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value));
  const reason = el('input', { name: 'reason', placeholder: 'why (kept in the history)', size: 28 });
  const status = el('p', { class: 'status', role: 'status' });

  const run = async (path: string, body: Record<string, unknown>, fallbackId: string | null) => {
    if (!token.value) {
      status.textContent = 'The admin token is needed.';
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token.value);
    status.textContent = 'Recording the decision…';
    try {
      const r = await adminPost(path, token.value, { ...body, ...(reason.value ? { reason: reason.value } : {}) });
      status.textContent = `Recorded at position ${r.position ?? '?'}.`;
      onDone({ position: r.position ?? 0, incidentId: r.incidentId ?? fallbackId });
    } catch (err) {
      status.textContent = err instanceof ApiError ? `${err.code}: ${err.message}` : String(err);
    }
  };

  const checks = d.events.map((e) =>
    el(
      'label',
      { class: 'check' },
      el('input', { type: 'checkbox', value: e.eventId, name: 'splitEvent' }),
      ` ${typeLabel(e.type)} · ${e.claimant.name ?? e.claimant.party ?? 'outlet'}`,
    ),
  );
  const split = el('button', { type: 'button', name: 'split' }, 'Split the checked events out');
  split.addEventListener('click', () => {
    const eventIds = checks
      .map((c) => c.querySelector('input')!)
      .filter((i) => i.checked)
      .map((i) => i.value);
    if (!eventIds.length) status.textContent = 'Check the events that leave this incident.';
    else void run(`/incidents/${encodeURIComponent(d.id)}/split`, { eventIds }, null);
  });

  const other = el('input', { name: 'mergeWith', placeholder: 'inc-… to merge into this one', size: 26 });
  const merge = el('button', { type: 'button', name: 'merge' }, 'Merge');
  merge.addEventListener('click', () => {
    if (!other.value.trim()) status.textContent = 'Name the incident to merge.';
    else void run('/incidents/merge', { incidentIds: [d.id, other.value.trim()] }, d.id);
  });

  const retractions = d.reports.map((r) => {
    const b = el('button', { type: 'button', name: 'retract', 'data-report-id': r.reportId }, `Retract ${r.outlet ?? r.reportId}`);
    b.addEventListener('click', () => {
      if (!reason.value) status.textContent = 'A retraction needs a reason.';
      else void run(`/reports/${encodeURIComponent(r.reportId)}/retract`, {}, null);
    });
    return b;
  });

  return el(
    'details',
    { class: 'admin' },
    el('summary', {}, 'Analyst actions (admin)'),
    el('div', { class: 'row' }, el('label', {}, 'Admin token', token), el('label', {}, 'Reason', reason)),
    el('h4', {}, 'Split'),
    el('div', { class: 'checks' }, ...checks),
    split,
    el('h4', {}, 'Merge'),
    el('div', { class: 'row' }, other, merge),
    el('h4', {}, 'Retract a source report'),
    el('div', { class: 'row wrap' }, ...retractions),
    status,
  );
}
