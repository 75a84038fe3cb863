import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  contentHash,
  decide,
  deriveReportId,
  initialState,
  reportStreamId,
  toReportStreamEvents,
  type SubmitReportInput,
} from '@sitrep/domain';
import type { EventStore } from '@sitrep/event-store';
import { extract } from '@sitrep/extraction';
import { corpusDir } from '../../reports/support/reports-app.js';

/** What the stored reports say made their extraction: not the current extractor, so each is due for re-extraction. */
export const OLD_EXTRACTOR_VERSION = '0.0.1-old';

const CORPUS_FILES = ['000_d536eafaaf4a3f67.txt', '001_d0bff4b9121d95b6.txt', '002_e7035d5ef7792dba.txt'];

/** Three dev-corpus reports' texts (read from ../shared at run time). */
export function readCorpusTexts(): Promise<string[]> {
  return Promise.all(CORPUS_FILES.map((file) => readFile(join(corpusDir, file), 'utf8')));
}

/**
 * Stores a report as an older extractor left it, through the decider and the store as `POST /reports` would:
 * ReportSubmitted saying OLD_EXTRACTOR_VERSION extracted it, and no extracted events. Returns the report id.
 */
export async function storeOldReport(store: EventStore, text: string): Promise<string> {
  const input: SubmitReportInput = { text, publishedOn: '2022-09-13', source: 'Test', url: null, title: null, language: 'ar' };
  const reportId = deriveReportId(text, input.source);
  const streamId = reportStreamId(reportId);
  const extraction = { ...extract({ text, publishedOn: input.publishedOn, source: input.source }), events: [] };
  const events = decide(
    {
      type: 'SubmitReport',
      data: { reportId, input, contentHash: contentHash(text), extraction, extractorVersion: OLD_EXTRACTOR_VERSION },
      metadata: { now: new Date().toISOString(), correlationId: randomUUID() },
    },
    initialState(),
  );
  await store.append(streamId, toReportStreamEvents(streamId, events), { expectedVersion: 'no_stream' });
  return reportId;
}
