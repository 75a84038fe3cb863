/**
 * Server-Sent Events framing (WHATWG HTML §9.2). A field value must not
 * contain a line break, so multi-line data is split into several `data:`
 * lines, which the client joins back with "\n". JSON.stringify never emits a
 * raw newline, but the event type and comments come from elsewhere.
 */

export interface SseMessage {
  id?: string | number;
  event?: string;
  data: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function formatSseMessage(m: SseMessage): string {
  let out = '';
  if (m.id !== undefined) out += `id: ${oneLine(String(m.id))}\n`;
  if (m.event !== undefined) out += `event: ${oneLine(m.event)}\n`;
  for (const line of m.data.split(LINE_BREAK)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** Lines starting with ":" are ignored by EventSource; used for heartbeats that keep proxies from closing an idle connection. */
export function formatSseComment(text: string): string {
  return (
    text
      .split(LINE_BREAK)
      .map((l) => `: ${l}\n`)
      .join('') + '\n'
  );
}

/** Tells EventSource how long to wait before reconnecting (it then sends Last-Event-ID). */
export function formatSseRetry(ms: number): string {
  return `retry: ${Math.max(0, Math.trunc(ms))}\n\n`;
}

function oneLine(s: string): string {
  // An id containing NUL is ignored by the client; a newline would start a new field.
  return s.replace(/[\r\n\0]/g, ' ');
}
