// Post a report: Arabic text, date, source. "Preview" shows what the extractor
// makes of it (POST /extract, nothing stored): the text with each event's
// evidence span marked, and the events; "Post" stores it and shows the
// extraction the server stored.
import { ApiError, fetchReport, postReport, previewExtraction, type Casualty, type Evidence, type ExtractionPreview } from './api.js';
import { el } from './dom.js';
import { renderEvidence } from './evidence.js';
import { typeLabel } from './kinds.js';

interface ShownEvent {
  type: string;
  evidence?: Evidence;
  casualties?: (Casualty & { cumulative?: boolean })[];
  locations?: { name: string }[];
}

export function mountReportForm(dialog: HTMLDialogElement, onPosted: (position: number) => void): void {
  const text = el('textarea', { name: 'text', lang: 'ar', dir: 'rtl', rows: 7, required: true, placeholder: 'نص الخبر…' });
  const publishedOn = el('input', { name: 'publishedOn', type: 'date' });
  const source = el('input', { name: 'source', placeholder: 'TASS, Armenpress…' });
  const status = el('p', { class: 'status', role: 'status' });
  const preview = el('section', { class: 'preview', 'aria-label': 'Preview, not stored' });
  const result = el('div', { class: 'extraction' });
  const previewButton = el('button', { type: 'button', name: 'preview' }, 'Preview');
  const submit = el('button', { type: 'submit', class: 'primary' }, 'Post');
  const cancel = el('button', { type: 'button' }, 'Close');
  const form = el(
    'form',
    { method: 'dialog', class: 'report-form' },
    el('h2', {}, 'Post a report'),
    el('label', {}, 'Text (Arabic)', text),
    el('div', { class: 'row' }, el('label', {}, 'Published on', publishedOn), el('label', {}, 'Source', source)),
    el('div', { class: 'row' }, previewButton, submit, cancel),
    status,
    preview,
    result,
  );
  const fields = () => ({ text: text.value, publishedOn: publishedOn.value || undefined, source: source.value || undefined });
  const failed = (err: unknown, what: string) =>
    (status.textContent = err instanceof ApiError ? `${err.code}: ${err.message}` : `Could not ${what}: ${String(err)}`);

  cancel.addEventListener('click', () => dialog.close());
  previewButton.addEventListener('click', async () => {
    if (!form.reportValidity()) return;
    previewButton.disabled = true;
    status.textContent = 'Extracting (nothing is stored)…';
    preview.replaceChildren();
    try {
      const sent = fields();
      const record = await previewExtraction(sent);
      const n = record.events.filter((e) => !e.background).length;
      status.textContent = `Preview, not stored: ${n} event${n === 1 ? '' : 's'} (extractor ${record.extractorVersion}).`;
      preview.replaceChildren(el('h3', {}, 'Preview (not stored)'), markedText(sent.text, record), renderEvents(record.events));
    } catch (err) {
      failed(err, 'extract');
    } finally {
      previewButton.disabled = false;
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    status.textContent = 'Extracting and storing…';
    result.replaceChildren();
    try {
      const posted = await postReport(fields());
      const view = await fetchReport(posted.id);
      const n = view.events.filter((x) => x.counts).length;
      status.textContent = `Stored as ${posted.id} at position ${posted.position}: ${n} event${n === 1 ? '' : 's'}.`;
      result.replaceChildren(
        el('h3', {}, 'Stored'),
        renderEvents(
          view.events.map((x) => ({
            type: x.type,
            evidence: x.data?.evidence,
            casualties: x.data?.casualties,
            locations: x.data?.locations,
          })),
        ),
      );
      onPosted(posted.position);
    } catch (err) {
      failed(err, 'post');
    } finally {
      submit.disabled = false;
    }
  });
  dialog.replaceChildren(form);
}

/** The whole text, right-to-left, each event's evidence span (its offsets in the text) marked. */
function markedText(text: string, record: ExtractionPreview): HTMLElement {
  const spans = record.events
    .map((e, k) => ({ ...e.evidence, k }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out = el('blockquote', { class: 'evidence preview-text', lang: 'ar', dir: 'rtl' });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // two events on one sentence: the sentence is marked once
    if (s.start > at) out.append(text.slice(at, s.start));
    out.append(el('mark', { class: 'span', 'data-start': String(s.start), 'data-end': String(s.end) }, text.slice(s.start, s.end)));
    at = s.end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

function figure(c: Casualty & { cumulative?: boolean }): string {
  const n = `${c.min ?? ''}${c.max !== null && c.max !== c.min ? `–${c.max}` : ''}`;
  return `${c.party ?? '?'} ${c.category} ${n}${c.cumulative ? ' (running toll)' : ''}`;
}

function renderEvents(events: readonly ShownEvent[]): HTMLElement {
  const list = el('ol', { class: 'events' });
  for (const e of events) {
    if (!e.evidence) continue;
    const ev = el('blockquote', { class: 'evidence', lang: 'ar', dir: 'rtl' });
    ev.append(renderEvidence(e.evidence.text, [e.type]));
    const figures = (e.casualties ?? []).map(figure);
    const places = (e.locations ?? []).map((l) => l.name).join(', ');
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
