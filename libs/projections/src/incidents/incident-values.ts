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
