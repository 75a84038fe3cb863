/**
 * The incident linking rule: which existing incident, if any, an extracted event
 * joins. Pure and deterministic, so a better rule is a projection version bump
 * and a rebuild, never a data migration.
 *
 * Two events describe the same occurrence when
 * - they are of the same kind (every kind of fighting and its consequences is one
 *   `violence` kind; a ceasefire only links with a ceasefire, and so on),
 * - their dates overlap (the incident may not grow beyond MAX_INCIDENT_SPAN_DAYS,
 *   so a 44-day war does not chain into a single incident),
 * - and they happened at the same place or one place lies inside the other along
 *   the gazetteer's parent chain. An event that names no place joins an incident
 *   that involves one of its parties (claimant, accused, target, victims).
 */
import type { IncidentEventType } from '@sitrep/extraction';
import { memo } from '../shared/memo.js';
import { relinkCounts } from './relink-counts.js';

export type IncidentKind = 'violence' | 'ceasefire' | 'ceasefire-violation' | 'mobilization' | 'assistance-request';

/** Longest span, in days, that one incident may cover (first to last day inclusive). */
export const MAX_INCIDENT_SPAN_DAYS = 3;

const KIND_BY_TYPE: Partial<Record<IncidentEventType, IncidentKind>> = {
  ArmedClashReported: 'violence',
  ShellingReported: 'violence',
  AirStrikeReported: 'violence',
  CasualtiesClaimed: 'violence',
  MaterielLossClaimed: 'violence',
  ControlChangeClaimed: 'violence',
  CeasefireDeclared: 'ceasefire',
  CeasefireViolationAlleged: 'ceasefire-violation',
  MobilizationDeclared: 'mobilization',
  AssistanceRequested: 'assistance-request',
};

/** The incident kind of an event type; `null` for informative types, which never make incidents. */
export function incidentKindOf(type: string): IncidentKind | null {
  return KIND_BY_TYPE[type as IncidentEventType] ?? null;
}

export interface DateSpan {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

/** What the rule needs to know about an event. */
export interface LinkableEvent {
  kind: IncidentKind;
  span: DateSpan;
  placeIds: readonly string[];
  parties: readonly string[];
}

/** What the rule needs to know about an existing incident. */
export interface LinkCandidate {
  id: string;
  kind: IncidentKind;
  span: DateSpan;
  placeIds: readonly string[];
  parties: readonly string[];
  /** Global position of the incident's first event; breaks ties deterministically. */
  firstPosition: number;
}

/**
 * A place and all its ancestors, the place itself first. `isBroad` (when the
 * gazetteer knows) says a place is a country or a border: too wide to say two
 * events happened at the same place.
 */
export type PlaceChain = ((placeId: string) => readonly string[]) & { isBroad?: (placeId: string) => boolean };

const DAY_MS = 86_400_000;

/** What Date.parse makes of the date's first ten characters, in whole days since 1970-01-01. */
const parsedDayNumber = memo((isoDate: string): number => Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS));

/**
 * The day number of a date (YYYY-MM-DD…), as Date.parse reads it: linking asks for it millions of
 * times in a rebuild, and a memo's look-up cost more than the arithmetic. Four digits, a dash, a month
 * 01–12, a dash and a day 01–31 are counted here (Date.parse too lets a day 29–31 run into the next
 * month); anything else goes to Date.parse (`dayNumber.spec.ts` compares the two).
 */
function dayNumber(isoDate: string): number {
  if (isoDate.length < 10 || isoDate.charCodeAt(4) !== DASH || isoDate.charCodeAt(7) !== DASH) return parsedDayNumber(isoDate);
  const y = digits(isoDate, 0, 4);
  const m = digits(isoDate, 5, 2);
  const d = digits(isoDate, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return parsedDayNumber(isoDate);
  return daysFromCivil(y, m) + d - 1;
}

const DASH = 45;

/** The decimal number of `n` digits at `at`, or -1 when one of them is no digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days from 1970-01-01 to the first of month `m` of year `y` (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function spanDays(span: DateSpan): number {
  return dayNumber(span.to) - dayNumber(span.from) + 1;
}

export function unionSpan(a: DateSpan, b: DateSpan): DateSpan {
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}

export function spansOverlap(a: DateSpan, b: DateSpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * How closely two place sets relate: 3 same place, 2 one inside the other, 0 unrelated.
 * When both sides name a specific place (a settlement, district, region), their
 * broad places (a country, a border) are left out: "Armenia" picked up by an
 * incident at Jermuk must not pull in an event at Vardenis.
 */
export function placeAffinity(a: readonly string[], b: readonly string[], chain: PlaceChain): number {
  // Called for every candidate of every event relinked: it allocates nothing.
  const broad = chain.isBroad && anySpecific(a, chain.isBroad) && anySpecific(b, chain.isBroad) ? chain.isBroad : null;
  let best = 0;
  for (const p of a) {
    if (broad?.(p)) continue;
    for (const q of b) {
      if (broad?.(q)) continue;
      if (p === q) return 3;
      if (best === 0 && (chain(p).includes(q) || chain(q).includes(p))) best = 2;
    }
  }
  return best;
}

function anySpecific(xs: readonly string[], isBroad: (placeId: string) => boolean): boolean {
  for (const x of xs) if (!isBroad(x)) return true;
  return false;
}

/**
 * How well `event` fits `candidate`; 0 means it does not link.
 * Higher is better: same place beats containment beats a shared party.
 */
export function linkScore(event: LinkableEvent, candidate: LinkCandidate, chain: PlaceChain): number {
  if (event.kind !== candidate.kind) return 0;
  if (!spansOverlap(event.span, candidate.span)) return 0;
  // The span of both, without making it (called for every candidate of every event relinked).
  const from = event.span.from < candidate.span.from ? event.span.from : candidate.span.from;
  const to = event.span.to > candidate.span.to ? event.span.to : candidate.span.to;
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_INCIDENT_SPAN_DAYS) return 0;
  if (event.placeIds.length > 0 && candidate.placeIds.length > 0) {
    return placeAffinity(event.placeIds, candidate.placeIds, chain);
  }
  // At least one side names no place: the parties must meet.
  return event.parties.some((p) => candidate.parties.includes(p)) ? 1 : 0;
}

/**
 * The incident an event joins, or `null` for a new one. Among several fits:
 * highest score, then the earliest incident (lowest first position), then the id.
 */
export function chooseIncident(event: LinkableEvent, candidates: readonly LinkCandidate[], chain: PlaceChain): string | null {
  let best: { id: string; score: number; firstPosition: number } | null = null;
  relinkCounts.asked += candidates.length;
  for (const c of candidates) {
    const score = linkScore(event, c, chain);
    if (score === 0) continue;
    if (
      best === null ||
      score > best.score ||
      (score === best.score && (c.firstPosition < best.firstPosition || (c.firstPosition === best.firstPosition && c.id < best.id)))
    ) {
      best = { id: c.id, score, firstPosition: c.firstPosition };
    }
  }
  return best?.id ?? null;
}

/**
 * The window of dates in which candidates must start so that linking stays possible;
 * lets the projection fetch only a few incidents with an indexed range predicate.
 */
export function candidateWindow(span: DateSpan): DateSpan {
  return { from: windowStart(span.from), to: windowEnd(span.to) };
}

const shift = (d: string, days: number) => new Date((dayNumber(d) + days) * DAY_MS).toISOString().slice(0, 10);
const windowStart = memo((d) => shift(d, -(MAX_INCIDENT_SPAN_DAYS - 1)));
const windowEnd = memo((d) => shift(d, MAX_INCIDENT_SPAN_DAYS - 1));

export { dayNumber };
