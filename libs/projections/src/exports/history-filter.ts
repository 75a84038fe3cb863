import type { ExtractedEventData } from '@sitrep/domain';
import { partiesOf, spanOf } from '../incidents/incident-values.js';
import type { PlaceChain } from '../incidents/linking.rule.js';
import { eventCodesOf, type EventCodes } from './event-codes.js';
import type { ExportFilter } from './export-model.js';
import { isPublishedBy, type PublicationDates } from '../shared/published-by.js';

interface StoredEvent {
  type: string;
  position: number;
  data: unknown;
  recordedAt: Date | string;
}

/**
 * Which stored events the NDJSON export prints. With no filter but the
 * position, every event up to it, the report lifecycle included. `type`,
 * `location`, `party`, `from` and `to` select extracted events by their own
 * data, as the incident projection reads it (the places inside a location
 * count, the parties an event involves, its dates or else its report's
 * reference date), and leave the lifecycle out unless `type` names a
 * lifecycle type. `publishedBefore` keeps the events of reports published on
 * or before that day, by the rule of /incidents (shared/published-by.ts).
 *
 * The history is read in order, so a report's ReportSubmitted (and any
 * ReportReextracted, which may move its reference date) comes before its
 * extracted events: the dates it needs are kept per report as they pass, only
 * when a date filter asks for them.
 */
export class HistoryFilter {
  private readonly reports = new Map<string, PublicationDates>();
  private readonly needsDates: boolean;
  private readonly selectsEvents: boolean;

  constructor(
    private readonly filter: ExportFilter,
    private readonly chainOf: PlaceChain,
  ) {
    this.needsDates = !!(filter.publishedBefore || filter.from || filter.to);
    this.selectsEvents = !!(filter.placeIds || filter.party || filter.from || filter.to);
  }

  accepts(event: StoredEvent): boolean {
    if (event.position > this.filter.asOf) return false;
    const data = (event.data ?? {}) as Record<string, unknown>;
    if (this.needsDates) this.remember(event.type, data);
    const f = this.filter;
    if (f.type && event.type !== f.type) return false;
    const codes = eventCodesOf(event.type);
    const reportId = typeof data.reportId === 'string' ? data.reportId : null;
    if (f.publishedBefore) {
      if (!reportId || !isPublishedBy(this.reports.get(reportId), f.publishedBefore)) return false;
    }
    if (!this.selectsEvents) return true;
    if (!codes) return false;
    const d = data as unknown as ExtractedEventData;
    if (f.placeIds && !(d.locations ?? []).some((l) => this.chainOf(l.id).some((id) => f.placeIds!.includes(id)))) return false;
    if (f.party && !partiesOf(d).includes(f.party)) return false;
    if (f.from || f.to) {
      const dates = reportId ? this.reports.get(reportId) : undefined;
      const fallback = dates?.referenceDate ?? dates?.publishedOn ?? new Date(event.recordedAt).toISOString().slice(0, 10);
      const span = spanOf(d, fallback);
      if (f.from && span.to < f.from) return false;
      if (f.to && span.from > f.to) return false;
    }
    return true;
  }

  private remember(type: string, data: Record<string, unknown>): void {
    const reportId = data.reportId;
    if (typeof reportId !== 'string') return;
    if (type === 'ReportSubmitted') {
      this.reports.set(reportId, {
        publishedOn: (data.publishedOn as string | null) ?? null,
        referenceDate: (data.referenceDate as string | null) ?? null,
      });
    } else if (type === 'ReportReextracted') {
      const known = this.reports.get(reportId);
      if (known) known.referenceDate = (data.referenceDate as string | null) ?? known.referenceDate;
    } else if (type === 'ReportMetadataCorrected') {
      // As the projections' report book applies it: a corrected publication date moves the report in time.
      const changes = (data.changes ?? {}) as { publishedOn?: string | null };
      const known = this.reports.get(reportId);
      if (known && changes.publishedOn !== undefined) known.publishedOn = changes.publishedOn;
    }
  }
}

/** An NDJSON line's object: the event as `GET /events` prints it, with its PLOVER and CAMEO codes (null for the lifecycle). */
export function withEventCodes<T extends { type: string }>(event: T): T & { codes: EventCodes | null } {
  return { ...event, codes: eventCodesOf(event.type) };
}
