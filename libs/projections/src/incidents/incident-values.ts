import type { ExtractedEventData } from '@sitrep/domain';
import type { IncidentMemberRow } from './incident-member.table.js';
import type { IncidentRow } from './incident.table.js';
import { incidentKindOf, type DateSpan } from './linking.rule.js';

/** An incident's values: a row of `incidents` without its build and validity. */
export type IncidentValues = Omit<IncidentRow, 'build' | 'valid_from' | 'valid_to' | 'first_position'> & { first_position: number };

/** What an event brings to the incident it is a member of: a row of `incident_members` without its incident, build and validity. */
export interface MemberValues {
  event_id: string;
  report_id: string;
  type: string;
  date_from: string;
  date_to: string;
  place_ids: string[];
  parties: string[];
  event_position: number;
}

export const valuesOf = (r: IncidentRow): IncidentValues => ({
  id: r.id,
  kind: r.kind,
  types: r.types,
  date_from: r.date_from,
  date_to: r.date_to,
  place_ids: r.place_ids,
  parties: r.parties,
  member_count: r.member_count,
  report_ids: r.report_ids,
  first_event_id: r.first_event_id,
  first_position: Number(r.first_position),
});

export const memberValuesOf = (r: IncidentMemberRow): MemberValues => ({
  event_id: r.event_id,
  report_id: r.report_id,
  type: r.type,
  date_from: r.date_from,
  date_to: r.date_to,
  place_ids: r.place_ids,
  parties: r.parties,
  event_position: Number(r.event_position),
});

export const uniqueSorted = (xs: Iterable<string | null | undefined>): string[] =>
  [...new Set([...xs].filter((x): x is string => typeof x === 'string' && x.length > 0))].sort();

/** The parties an event involves: who claims, who is accused, who is targeted, whose losses, where. */
export function partiesOf(d: ExtractedEventData): string[] {
  return uniqueSorted([
    d.claimant?.party,
    d.accused,
    d.target,
    ...(d.casualties ?? []).map((c) => c.party),
    ...(d.materiel ?? []).map((m) => m.party),
    ...(d.locations ?? []).map((l) => l.country),
  ]);
}

export function spanOf(d: ExtractedEventData, fallbackDate: string): DateSpan {
  const from = d.occurredOn?.from ?? fallbackDate;
  const to = d.occurredOn?.to ?? from;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** Members in the order they joined: by position, then event id. */
export const byPosition = (a: MemberValues, b: MemberValues) =>
  a.event_position - b.event_position || (a.event_id < b.event_id ? -1 : a.event_id > b.event_id ? 1 : 0);

/** An incident's values from its full member list. */
export function aggregate(id: string, members: readonly MemberValues[]): IncidentValues {
  const sorted = [...members].sort(byPosition);
  const first = sorted[0]!;
  return {
    id,
    kind: incidentKindOf(first.type) ?? 'violence',
    types: uniqueSorted(sorted.map((m) => m.type)),
    date_from: sorted.reduce((d, m) => (m.date_from < d ? m.date_from : d), first.date_from),
    date_to: sorted.reduce((d, m) => (m.date_to > d ? m.date_to : d), first.date_to),
    place_ids: uniqueSorted(sorted.flatMap((m) => m.place_ids)),
    parties: uniqueSorted(sorted.flatMap((m) => m.parties)),
    member_count: sorted.length,
    report_ids: uniqueSorted(sorted.map((m) => m.report_id)),
    first_event_id: first.event_id,
    first_position: first.event_position,
  };
}

/**
 * The values of an incident with one more member: what `aggregate` gives for its members and
 * `m`, in time independent of how many members it has (issue 17: a member joining a large
 * incident no longer aggregates it all again).
 */
export function withMember(v: IncidentValues, m: MemberValues): IncidentValues {
  const first = m.event_position - v.first_position || (m.event_id < v.first_event_id ? -1 : 1);
  return {
    ...v,
    ...(first < 0 && { kind: incidentKindOf(m.type) ?? 'violence', first_event_id: m.event_id, first_position: m.event_position }),
    types: withSorted(v.types, [m.type]),
    date_from: m.date_from < v.date_from ? m.date_from : v.date_from,
    date_to: m.date_to > v.date_to ? m.date_to : v.date_to,
    place_ids: withSorted(v.place_ids, m.place_ids),
    parties: withSorted(v.parties, m.parties),
    member_count: v.member_count + 1,
    report_ids: withSorted(v.report_ids, [m.report_id]),
  };
}

/** `uniqueSorted([...list, ...xs])` for a list that is so already, the list itself when nothing is new. */
function withSorted(list: string[], xs: readonly string[]): string[] {
  let out = list;
  for (const x of xs) {
    if (!x) continue;
    const i = lowerBound(out, x);
    if (out[i] === x) continue;
    if (out === list) out = [...list];
    out.splice(i, 0, x);
  }
  return out;
}

/** The first index of a sorted list whose value is not before `x`. */
export function lowerBound(xs: readonly string[], x: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const eqList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

export function sameValues(a: IncidentValues | null, b: IncidentValues | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.kind === b.kind &&
    a.date_from === b.date_from &&
    a.date_to === b.date_to &&
    a.member_count === b.member_count &&
    a.first_event_id === b.first_event_id &&
    a.first_position === b.first_position &&
    eqList(a.types, b.types) &&
    eqList(a.place_ids, b.place_ids) &&
    eqList(a.parties, b.parties) &&
    eqList(a.report_ids, b.report_ids)
  );
}
