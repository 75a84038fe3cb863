import type { ExtractionRecord } from '../../extraction-record.js';
import { isoOf } from '../../time/index.js';
import { STANDOFF_WEAPON } from '../../lexicon/standoff-weapons.js';
import { separatistPartyOf, separatistsOfCountry } from '../../region/index.js';
import { DocContext } from '../attribution/attribution.js';
import type { Place } from '../prepare/places.js';
import type { PreparedReport } from '../prepare/prepare.js';
import type { DateSpan } from '../drafts/draft.js';
import { inferReferenceDate, writingDayBefore } from './reference-date.js';

/** What holds for the whole report before its first sentence is read. */
export interface DocumentContext {
  /** The reference day (days since the epoch): metadata, else inferred from the text. */
  ref: number | null;
  refDate: DateSpan | null;
  /** Document memory the attribution rules fill sentence by sentence (names, speakers, party counts). */
  actors: DocContext;
  /** The report mentions rockets, missiles or artillery somewhere. */
  hasStandoffWeapons: boolean;
  /** The report's focus: its first specific places (a settlement, region or feature), else its first places. */
  focusPlaces: Place[];
  /** The outlet, the claimant when nobody else speaks. */
  source: string | null;
}

export interface ContextInput {
  prepared: PreparedReport;
  published: number | null;
  report: ExtractionRecord['report'];
  source: string | null;
}

export function documentContext({ prepared, published, report, source }: ContextInput): DocumentContext {
  const ref = referenceDay(prepared, published, report);
  const all = prepared.places;
  const actors = new DocContext();
  actors.mainCountry = dominantCountry(prepared);
  actors.separatistParty = separatistPartyOf(all) ?? separatistsOfCountry(actors.mainCountry);
  actors.refDay = ref;
  const hasStandoffWeapons = STANDOFF_WEAPON.test(prepared.sentences.map((w) => w.tokens.map((t) => t.text).join(' ')).join(' '));
  // the focus is where the report is about: a dateline (dropped from its sentence) is only where it was filed
  const named = prepared.sentences.flatMap((w) => w.places);
  const specific = named.filter((p) => p.place.precision !== 'country');
  const focusPlaces = (specific.length ? specific : named).slice(0, 2).map((p) => p.place);
  return { ref, refDate: ref === null ? null : { from: ref, to: ref }, actors, hasStandoffWeapons, focusPlaces, source };
}

/**
 * Metadata first, unless the text says it was written a few days before («أمس الخميس» in a report published
 * on a Saturday); else a date inferred from the text. A reference that is not the publication date is
 * recorded in the report header as inferred.
 */
function referenceDay(prepared: PreparedReport, published: number | null, report: ExtractionRecord['report']): number | null {
  const sentences = prepared.sentences.map((w) => w.tokens);
  const inferred = published === null ? inferReferenceDate(sentences) : writingDayBefore(sentences, published);
  if (inferred === null) return published;
  report.referenceDate = isoOf(inferred);
  report.referenceDateSource = 'inferred';
  return inferred;
}

/** The country most places are in, when it has at least twice the mentions of the next one. */
function dominantCountry(prepared: PreparedReport): string | null {
  const counts = new Map<string, number>();
  for (const p of prepared.places)
    if (p.place.country && p.place.precision !== 'border') counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (sorted.length && (sorted.length === 1 || sorted[0][1] >= 2 * sorted[1][1])) return sorted[0][0];
  return null;
}
