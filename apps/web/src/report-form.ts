// Post a report: Arabic text, date, source; then the extraction the server
// stored, each event with its evidence sentence marked inside the text.
import { ApiError, fetchReport, postReport, type ReportView } from './api.js';
import { el } from './dom.js';
import { renderEvidence } from './evidence.js';
import { typeLabel } from './kinds.js';

export function mountReportForm(dialog: HTMLDialogElement, onPosted: (position: number) => void): void {
  const text = el('textarea', { name: 'text', lang: 'ar', dir: 'rtl', rows: 7, required: true, placeholder: 'نص الخبر…' });
  const publishedOn = el('input', { name: 'publishedOn', type: 'date' });
  const source = el('input', { name: 'source', placeholder: 'TASS, Armenpress…' });
  const status = el('p', { class: 'status', role: 'status' });
  const result = el('div', { class: 'extraction' });
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Post');
  const cancel = el('button', { type: 'button' }, 'Close');
  const form = el(
    'form',
    { method: 'dialog', class: 'report-form' },
    el('h2', {}, 'Post a report'),
    el('label', {}, 'Text (Arabic)', text),
    el('div', { class: 'row' }, el('label', {}, 'Published on', publishedOn), el('label', {}, 'Source', source)),
    el('div', { class: 'row' }, submit, cancel),
    status,
    result,
  );
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    status.textContent = 'Extracting and storing…';
    result.replaceChildren();
    try {
      const posted = await postReport({ text: text.value, publishedOn: publishedOn.value || undefined, source: source.value || undefined });
      const view = await fetchReport(posted.id);
      const n = view.events.filter((x) => x.counts).length;
      status.textContent = `Stored as ${posted.id} at position ${posted.position}: ${n} event${n === 1 ? '' : 's'}.`;
      result.replaceChildren(renderExtraction(view));
      onPosted(posted.position);
    } catch (err) {
      status.textContent = err instanceof ApiError ? `${err.code}: ${err.message}` : `Could not post: ${String(err)}`;
    } finally {
      submit.disabled = false;
    }
  });
  dialog.replaceChildren(form);
}

function renderExtraction(view: ReportView): HTMLElement {
  const list = el('ol', { class: 'events' });
  for (const e of view.events) {
    if (!e.data?.evidence) continue;
    const ev = el('blockquote', { class: 'evidence', lang: 'ar', dir: 'rtl' });
    ev.append(renderEvidence(e.data.evidence.text, [e.type]));
    const figures = (e.data.casualties ?? []).map(
      (c) => `${c.party ?? '?'} ${c.category} ${c.min ?? ''}${c.max !== null && c.max !== c.min ? `–${c.max}` : ''}`,
    );
    const places = (e.data.locations ?? []).map((l) => l.name).join(', ');
    list.append(
      el(
        'li',
        { 'data-event-type': e.type },
        el(
          'div',
          { class: 'event-head' },
          el('strong', {}, typeLabel(e.type)),
          places ? ` · ${places}` : '',
          figures.length ? ` · ${figures.join(', ')}` : '',
        ),
        ev,
      ),
    );
  }
  if (!list.childElementCount) return el('p', { class: 'muted' }, 'No events found in this text.');
  return list;
}
