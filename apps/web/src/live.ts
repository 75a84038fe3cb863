// Live updates: the server's SSE stream from the current head. Frames are
// named by event type, so the page listens to the types that change
// incidents. Several in a burst (a batch post) make one refresh, which waits
// for the projections to reach the newest position (`waitFor`) so the new
// incident is there when asked.
import { EVENT_TYPES } from './kinds.js';

export const INCIDENT_CHANGING_TYPES = [
  ...EVENT_TYPES,
  'ReportSubmitted',
  'ReportRetracted',
  'ReportReextracted',
  'IncidentsMerged',
  'IncidentSplit',
];

export function followEvents(after: number, onChange: (position: number) => void, onStatus: (s: string) => void): () => void {
  const source = new EventSource(`/events/stream?after=${after}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let newest = after;
  source.onopen = () => onStatus('live');
  source.onerror = () => onStatus(source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting…');
  const onEvent = (m: MessageEvent) => {
    const position = Number(m.lastEventId);
    if (Number.isFinite(position)) newest = Math.max(newest, position);
    clearTimeout(timer);
    timer = setTimeout(() => onChange(newest), 250);
  };
  for (const t of INCIDENT_CHANGING_TYPES) source.addEventListener(t, onEvent);
  return () => {
    clearTimeout(timer);
    source.close();
  };
}
