import { stringify } from 'csv-stringify';
import { Readable, pipeline } from 'node:stream';
import type { EventStore } from '@sitrep/event-store';
import { ACLED_COLUMNS, toAcledRow } from '@sitrep/projections';
import { currentExportPosition, exportIncidentPages } from '@sitrep/projections';
import type { ExportFilter, ExportIncident } from '@sitrep/projections';
import { GED_COLUMNS, toGedRow } from '@sitrep/projections';
import { toIncidentFeature } from '@sitrep/projections';
import { HistoryFilter, withEventCodes } from '@sitrep/projections';
import type { PlaceChain } from '@sitrep/projections';
import type { PlaceDirectory } from '@sitrep/projections';
import type { ProjectionDb } from '@sitrep/projections';
import { readHistory } from '../replay/read-history.js';
import { toRecordedEventJson } from '../replay/recorded-event.json.js';

export const EXPORT_FORMATS = {
  acled: { file: 'acled.csv', contentType: 'text/csv; charset=utf-8; header=present', reads: 'projections' },
  ged: { file: 'ged.csv', contentType: 'text/csv; charset=utf-8; header=present', reads: 'projections' },
  geojson: { file: 'incidents.geojson', contentType: 'application/geo+json; charset=utf-8', reads: 'projections' },
  ndjson: { file: 'events.ndjson', contentType: 'application/x-ndjson; charset=utf-8', reads: 'history' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const isExportFormat = (s: string): s is ExportFormat => Object.hasOwn(EXPORT_FORMATS, s);

export interface ExportSources {
  db: ProjectionDb;
  store: Pick<EventStore, 'readAll' | 'headPosition' | 'committedPosition'>;
  directory: PlaceDirectory;
  chain: PlaceChain;
}

/** What an export has done so far, for a progress bar. */
export interface ExportProgress {
  /** Incidents read (projection formats) or events read up to the position (NDJSON). */
  onRead?(count: number): void;
}

/**
 * The position an export reads at: the caller's `asOf` (already a position),
 * else now: the projections' common position for the incident formats, the
 * store's head for the history. Fixed before the first page so that the whole
 * file describes one moment.
 */
export async function exportPosition(format: ExportFormat, sources: ExportSources, asOf: number | null): Promise<number> {
  if (EXPORT_FORMATS[format].reads === 'history') {
    const head = await sources.store.headPosition();
    return asOf === null ? head : Math.min(asOf, head);
  }
  return asOf ?? currentExportPosition(sources.db);
}

/** `sitrep-acled-p1234.csv`: the format and the position, so two exports of the same moment have the same name. */
export const exportFileName = (format: ExportFormat, position: number): string => {
  const file = EXPORT_FORMATS[format].file;
  const dot = file.indexOf('.');
  return `sitrep-${file.slice(0, dot)}-p${position}${file.slice(dot)}`;
};

/**
 * The export as a byte stream, produced page by page as the reader takes it
 * (backpressure reaches the database reads), so that memory holds one page
 * whatever the history's length. CSV per RFC 4180 (CRLF, quotes doubled, fields
 * with a comma, quote or line break quoted), UTF-8, with a BOM on request.
 */
export function exportStream(
  format: ExportFormat,
  sources: ExportSources,
  filter: ExportFilter,
  options: { bom?: boolean; progress?: ExportProgress } = {},
): Readable {
  const progress = options.progress ?? {};
  switch (format) {
    case 'acled':
      return csv(acledRows(sources, filter, progress), ACLED_COLUMNS, options.bom);
    case 'ged':
      return csv(gedRows(sources, filter, progress), GED_COLUMNS, options.bom);
    case 'geojson':
      return Readable.from(geojsonChunks(sources, filter, progress), { objectMode: false });
    case 'ndjson':
      return Readable.from(ndjsonChunks(sources, filter, progress), { objectMode: false });
  }
}

function csv(rows: AsyncIterable<Record<string, unknown>>, columns: readonly string[], bom = false): Readable {
  const stringifier = stringify({ header: true, columns: [...columns], bom, record_delimiter: 'windows' });
  // pipeline (not pipe) so that a failing read destroys the output too and the client sees a broken transfer, not a short file.
  return pipeline(Readable.from(rows), stringifier, () => undefined);
}

async function* incidents(sources: ExportSources, filter: ExportFilter, progress: ExportProgress): AsyncGenerator<ExportIncident> {
  let read = 0;
  for await (const page of exportIncidentPages(sources.db, filter)) {
    yield* page;
    read += page.length;
    progress.onRead?.(read);
  }
}

async function* acledRows(sources: ExportSources, filter: ExportFilter, progress: ExportProgress) {
  for await (const item of incidents(sources, filter, progress)) {
    for (const event of item.events) {
      // `type` selects incidents in the JSON API; in a file of events it also selects the rows.
      if (filter.type && event.type !== filter.type) continue;
      const row = toAcledRow(item, event, sources.directory);
      if (row) yield row;
    }
  }
}

async function* gedRows(sources: ExportSources, filter: ExportFilter, progress: ExportProgress) {
  for await (const item of incidents(sources, filter, progress)) {
    const row = toGedRow(item, sources.directory);
    if (row) yield row;
  }
}

async function* geojsonChunks(sources: ExportSources, filter: ExportFilter, progress: ExportProgress): AsyncGenerator<string> {
  yield `{"type":"FeatureCollection","features":[`;
  let first = true;
  let read = 0;
  for await (const page of exportIncidentPages(sources.db, filter)) {
    let chunk = '';
    for (const item of page) {
      chunk += (first ? '\n' : ',\n') + JSON.stringify(toIncidentFeature(item));
      first = false;
    }
    yield chunk;
    read += page.length;
    progress.onRead?.(read);
  }
  yield `\n]}\n`;
}

async function* ndjsonChunks(sources: ExportSources, filter: ExportFilter, progress: ExportProgress): AsyncGenerator<string> {
  const accepts = new HistoryFilter(filter, sources.chain);
  for await (const batch of readHistory(sources.store, { to: filter.asOf, batchSize: 1000 })) {
    let chunk = '';
    for (const event of batch) if (accepts.accepts(event)) chunk += `${JSON.stringify(withEventCodes(toRecordedEventJson(event)))}\n`;
    if (chunk) yield chunk;
    progress.onRead?.(batch.at(-1)!.position);
  }
}
