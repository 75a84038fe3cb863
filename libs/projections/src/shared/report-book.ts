import type { RecordedEvent } from '@sitrep/event-store';
import type { ExtractedEventData, ReportMetadataCorrected, ReportReextracted, ReportRetracted, ReportSubmitted } from '@sitrep/domain';
import { reportIdFromStreamId } from '@sitrep/domain';
import type { ProjectionDb } from '../runner/projection.js';
import { sql } from 'kysely';
import { anyOf } from './any-of.js';
import type { ProjectionReportRow } from './projection-report.table.js';
import { insertUnnest, type UnnestColumn } from './unnest-insert.js';

const REPORT_COLUMNS: UnnestColumn[] = [
  ['projection', 'text'],
  ['build', 'int4'],
  ['report_id', 'text'],
  ['source', 'text'],
  ['title', 'text'],
  ['url', 'text'],
  ['language', 'text'],
  ['published_on', 'text'],
  ['reference_date', 'text'],
  ['extraction_id', 'text'],
  ['retracted_at', 'int8'],
  ['submitted_at', 'int8'],
];

export const REPORT_LIFECYCLE_TYPES = ['ReportSubmitted', 'ReportReextracted', 'ReportRetracted', 'ReportMetadataCorrected'] as const;

export type ReportChange =
  | { kind: 'submitted' }
  | { kind: 'corrected'; reportId: string }
  | { kind: 'superseded'; reportId: string }
  | { kind: 'retracted'; reportId: string };

interface Entry {
  row: ProjectionReportRow | null;
  dirty: boolean;
}

export const reportIdOf = (event: RecordedEvent): string | null =>
  ((event.data as { reportId?: string } | null)?.reportId ?? null) || reportIdFromStreamId(event.streamId);

/**
 * A projection's own view of the reports a batch touches (outlet, the
 * extraction that counts, retraction): loaded in one query, changed in memory,
 * written back in one statement with the batch.
 */
export class ReportBook {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly trx: ProjectionDb,
    private readonly projection: string,
    private readonly build: number,
  ) {}

  async load(events: readonly RecordedEvent[]): Promise<void> {
    const ids = [...new Set(events.map(reportIdOf).filter((id): id is string => !!id))].filter((id) => !this.entries.has(id));
    if (ids.length === 0) return;
    const rows = await this.trx
      .selectFrom('projection_reports')
      .selectAll()
      .where('projection', '=', this.projection)
      .where('build', '=', this.build)
      .where('report_id', '=', anyOf(ids))
      .execute();
    for (const id of ids) this.entries.set(id, { row: null, dirty: false });
    for (const row of rows) this.entries.set(row.report_id, { row, dirty: false });
  }

  get(reportId: string): ProjectionReportRow | null {
    return this.entries.get(reportId)?.row ?? null;
  }

  /** Applies a lifecycle event; returns what changed, or null for any other event. */
  apply(event: RecordedEvent): ReportChange | null {
    switch (event.type) {
      case 'ReportSubmitted': {
        const d = event.data as ReportSubmitted['data'];
        const e = this.entry(d.reportId);
        if (!e.row) {
          e.row = {
            projection: this.projection,
            build: this.build,
            report_id: d.reportId,
            source: d.source,
            title: d.title,
            url: d.url,
            language: d.language,
            published_on: d.publishedOn,
            reference_date: d.referenceDate,
            extraction_id: d.extractionId,
            retracted_at: null,
            submitted_at: String(event.position),
          };
          e.dirty = true;
        }
        return { kind: 'submitted' };
      }
      case 'ReportReextracted': {
        const d = event.data as ReportReextracted['data'];
        const e = this.entry(d.reportId);
        if (e.row) {
          e.row = { ...e.row, extraction_id: d.extractionId, reference_date: d.referenceDate };
          e.dirty = true;
        }
        return { kind: 'superseded', reportId: d.reportId };
      }
      case 'ReportMetadataCorrected': {
        const d = event.data as ReportMetadataCorrected['data'];
        const e = this.entry(d.reportId);
        if (e.row) {
          const c = d.changes;
          e.row = {
            ...e.row,
            ...(c.source !== undefined ? { source: c.source } : {}),
            ...(c.title !== undefined ? { title: c.title } : {}),
            ...(c.url !== undefined ? { url: c.url } : {}),
            ...(c.language !== undefined ? { language: c.language } : {}),
            ...(c.publishedOn !== undefined ? { published_on: c.publishedOn } : {}),
          };
          e.dirty = true;
        }
        // The events count as before; a corrected date comes with its own re-extraction.
        return { kind: 'corrected', reportId: d.reportId };
      }
      case 'ReportRetracted': {
        const d = event.data as ReportRetracted['data'];
        const e = this.entry(d.reportId);
        if (e.row && e.row.retracted_at === null) {
          e.row = { ...e.row, retracted_at: String(event.position) };
          e.dirty = true;
        }
        return { kind: 'retracted', reportId: d.reportId };
      }
      default:
        return null;
    }
  }

  /** The report behind an extracted event when the event counts: known, not retracted, its latest extraction. */
  counting(event: RecordedEvent): ProjectionReportRow | null {
    const reportId = reportIdOf(event);
    const report = reportId ? this.get(reportId) : null;
    if (!report || report.retracted_at !== null) return null;
    const extractionId = (event.data as ExtractedEventData).extractionId;
    if (report.extraction_id !== null && extractionId && report.extraction_id !== extractionId) return null;
    return report;
  }

  async flush(): Promise<void> {
    const rows = [...this.entries.values()].filter((e) => e.dirty && e.row).map((e) => e.row!);
    // One statement text whatever the number of rows (a VALUES list would be a new prepared statement per count).
    await insertUnnest(
      this.trx,
      'projection_reports',
      REPORT_COLUMNS,
      rows as unknown as Record<string, unknown>[],
      sql`ON CONFLICT (projection, build, report_id) DO UPDATE SET
        extraction_id = excluded.extraction_id, reference_date = excluded.reference_date, retracted_at = excluded.retracted_at,
        source = excluded.source, title = excluded.title, url = excluded.url, language = excluded.language,
        published_on = excluded.published_on`,
    );
    for (const e of this.entries.values()) e.dirty = false;
  }

  private entry(reportId: string): Entry {
    let e = this.entries.get(reportId);
    if (!e) {
      e = { row: null, dirty: false };
      this.entries.set(reportId, e);
    }
    return e;
  }
}
