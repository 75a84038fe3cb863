// The dashboard's state is its URL: every filter, the time-travel position and
// the open incident are query parameters, so a link shows what its sender saw.
import type { Incident, ServerFilter } from './api.js';

export interface ViewState {
  location: string;
  type: string;
  party: string;
  from: string;
  to: string;
  /** A global position; '' = now. */
  asOf: string;
  publishedBefore: string;
  /** The open incident. */
  incident: string;
}

export const STATE_KEYS = [
  'location',
  'type',
  'party',
  'from',
  'to',
  'asOf',
  'publishedBefore',
  'incident',
] as const satisfies readonly (keyof ViewState)[];

export const emptyState = (): ViewState => ({
  location: '',
  type: '',
  party: '',
  from: '',
  to: '',
  asOf: '',
  publishedBefore: '',
  incident: '',
});

export function stateFromUrl(search: string): ViewState {
  const q = new URLSearchParams(search);
  const s = emptyState();
  for (const k of STATE_KEYS) s[k] = q.get(k)?.trim() ?? '';
  return s;
}

export function stateToUrl(s: ViewState): string {
  const q = new URLSearchParams();
  for (const k of STATE_KEYS) if (s[k]) q.set(k, s[k]);
  const str = q.toString();
  return str ? `?${str}` : '';
}

/** What the server must filter (place hierarchy, history): a change here refetches. */
export const serverFilter = (s: ViewState): ServerFilter => ({
  location: s.location || undefined,
  asOf: s.asOf || undefined,
  publishedBefore: s.publishedBefore || undefined,
});

export const serverKey = (s: ViewState): string => JSON.stringify(serverFilter(s));

/**
 * The rest of the API's filters, applied in the page to the loaded set so a
 * change redraws without a round trip. Same rules as the incidents query:
 * the type and party must be among the incident's, and its dates must overlap
 * [from, to] (ends on or after `from`, begins on or before `to`).
 */
export function matchesClientFilter(s: Pick<ViewState, 'type' | 'party' | 'from' | 'to'>): (i: Incident) => boolean {
  const party = s.party.toUpperCase();
  return (i) =>
    (!s.type || i.types.includes(s.type)) &&
    (!party || i.parties.includes(party)) &&
    (!s.from || i.dateTo >= s.from) &&
    (!s.to || i.dateFrom <= s.to);
}
