/** What relinking a region is given and answers (see canonical-relink.ts and quiet-addition.ts). */
import type { IdentifiedEvent } from './canonical-linking.js';

export interface Placement {
  incident: string;
  pinned: boolean;
}

/** An event of the kind being relinked, as it was and as it is to be. */
export interface RegionEvent extends IdentifiedEvent {
  /** Its incident before the change; null for an event new to the set. */
  was: Placement | null;
  /** Whether it remains in the set (false: withdrawn). */
  stays: boolean;
  /** After the change: the incident an analyst pinned it to, or null when linking places it. */
  pin: string | null;
}

export interface RelinkRegion {
  /** The first day of the change: events starting before it keep their incidents. */
  from: string;
  /** The last day with a change: the two sides may agree only after it. */
  until: string;
  /**
   * Every event (of the region's kind) in an incident that starts on or after `from` less
   * MAX_INCIDENT_SPAN_DAYS - 1, plus the new ones, and at least all of them that start on or
   * before `knownUpTo` (null: all of them).
   */
  events: readonly RegionEvent[];
  knownUpTo: string | null;
  /** Whether a live incident outside the region holds this label (none when not given). */
  heldElsewhere?: (label: string) => boolean;
}

/** The new label of every event whose label changes, or `null` when the region must reach further. */
export type RelinkResult = Map<string, string> | null;
