import type { ExtractionRecord } from '@sitrep/extraction';
import { deterministicUuid } from '../shared/deterministic-id.js';
import type { CommandMetadata } from '../shared/event.js';
import { ReportAlreadyRetractedError, ReportNotFoundError } from './report.errors.js';
import {
  CORRECTABLE_REPORT_FIELDS,
  isIncidentEvent,
  type ExtractedEventData,
  type ReportMetadataCorrected,
  type ReportMetadataFields,
  type IncidentEvent,
  type ReportEvent,
  type ReportEventMetadata,
  type ReportReextracted,
  type ReportRetracted,
  type ReportSubmitted,
} from './report.events.js';
import type { SubmitReportInput } from './report-input.js';

// ---------------------------------------------------------------- commands

export type SubmitReport = {
  type: 'SubmitReport';
  data: {
    reportId: string;
    input: SubmitReportInput;
    contentHash: string;
    extraction: ExtractionRecord;
    extractorVersion: string;
  };
  metadata: CommandMetadata;
};

export type RetractReport = {
  type: 'RetractReport';
  data: { reportId: string; reason: string; retractedBy: string };
  metadata: CommandMetadata;
};

export type ReextractReport = {
  type: 'ReextractReport';
  data: {
    reportId: string;
    extraction: ExtractionRecord;
    extractorVersion: string;
    /** Re-extract even when the extractor version has not changed. */
    force?: boolean;
  };
  metadata: CommandMetadata;
};

export type CorrectReportMetadata = {
  type: 'CorrectReportMetadata';
  data: {
    reportId: string;
    changes: ReportMetadataFields;
    reason: string;
    correctedBy: string;
    /** The text extracted again with the corrected fields; required when one the extractor reads changes. */
    reextraction?: { extraction: ExtractionRecord; extractorVersion: string };
  };
  metadata: CommandMetadata;
};

export type ReportCommand = SubmitReport | RetractReport | ReextractReport | CorrectReportMetadata;

/** Fields the extractor reads: correcting one makes the stored extraction stale. */
export const EXTRACTION_INPUT_FIELDS: readonly string[] = ['publishedOn', 'source', 'language'];

// ---------------------------------------------------------------- state

export type ReportState =
  | { status: 'none' }
  | {
      status: 'active' | 'retracted';
      reportId: string;
      contentHash: string;
      /** Everything needed to re-extract without another read. */
      text: string;
      publishedOn: string | null;
      source: string | null;
      url: string | null;
      title: string | null;
      language: string;
      extractorVersion: string;
      extractionId: string;
      extractionNumber: number;
      eventCount: number;
    };

export const initialState = (): ReportState => ({ status: 'none' });

/** Names the n-th extraction of a report; identical across replays and duplicate submissions. */
export const extractionIdFor = (reportId: string, extractionNumber: number): string =>
  deterministicUuid('sitrep/report-extraction', reportId, extractionNumber);

// ---------------------------------------------------------------- decide

const metadataOf = (command: ReportCommand, extractorVersion: string): ReportEventMetadata => ({
  correlationId: command.metadata.correlationId,
  ...(command.metadata.causationId ? { causationId: command.metadata.causationId } : {}),
  extractorVersion,
});

function extractedEvents(
  reportId: string,
  extractionId: string,
  extraction: ExtractionRecord,
  metadata: ReportEventMetadata,
): IncidentEvent[] {
  return extraction.events.map(({ type, ...payload }, ordinal) => {
    const data: ExtractedEventData = { ...payload, reportId, extractionId, ordinal };
    return { type, data, metadata };
  });
}

/** A report seen for the first time becomes ReportSubmitted plus its extracted events; seen again, nothing. */
export function submitReport(command: SubmitReport, state: ReportState): ReportEvent[] {
  if (state.status !== 'none') return [];
  const { reportId, input, contentHash, extraction, extractorVersion } = command.data;
  const extractionId = extractionIdFor(reportId, 1);
  const metadata = metadataOf(command, extractorVersion);
  const submitted: ReportSubmitted = {
    type: 'ReportSubmitted',
    data: {
      reportId,
      text: input.text,
      source: input.source,
      url: input.url,
      title: input.title,
      language: input.language ?? extraction.report.language,
      publishedOn: input.publishedOn,
      referenceDate: extraction.report.referenceDate,
      referenceDateSource: extraction.report.referenceDateSource,
      contentHash,
      extractorVersion,
      extractionId,
      eventCount: extraction.events.length,
      warnings: extraction.warnings ?? [],
      submittedAt: command.metadata.now,
    },
    metadata,
  };
  return [submitted, ...extractedEvents(reportId, extractionId, extraction, metadata)];
}

export function retractReport(command: RetractReport, state: ReportState): ReportRetracted[] {
  const { reportId, reason, retractedBy } = command.data;
  if (state.status === 'none') throw new ReportNotFoundError(reportId);
  if (state.status === 'retracted') throw new ReportAlreadyRetractedError(reportId);
  return [
    {
      type: 'ReportRetracted',
      data: { reportId, reason, retractedBy, retractedAt: command.metadata.now },
      metadata: metadataOf(command, state.extractorVersion),
    },
  ];
}

/** A new extraction supersedes the previous one; the same extractor version again is a no-op unless forced. */
export function reextractReport(command: ReextractReport, state: ReportState): ReportEvent[] {
  const { reportId, extraction, extractorVersion, force } = command.data;
  if (state.status === 'none') throw new ReportNotFoundError(reportId);
  if (state.status === 'retracted') throw new ReportAlreadyRetractedError(reportId);
  if (!force && extractorVersion === state.extractorVersion) return [];
  const extractionNumber = state.extractionNumber + 1;
  const extractionId = extractionIdFor(reportId, extractionNumber);
  const metadata = metadataOf(command, extractorVersion);
  const reextracted: ReportReextracted = {
    type: 'ReportReextracted',
    data: {
      reportId,
      extractorVersion,
      previousExtractorVersion: state.extractorVersion,
      extractionId,
      previousExtractionId: state.extractionId,
      extractionNumber,
      eventCount: extraction.events.length,
      referenceDate: extraction.report.referenceDate,
      referenceDateSource: extraction.report.referenceDateSource,
      warnings: extraction.warnings ?? [],
      reextractedAt: command.metadata.now,
    },
    metadata,
  };
  return [reextracted, ...extractedEvents(reportId, extractionId, extraction, metadata)];
}

/** The fields whose value would change, with the values they replace. */
export function metadataChanges(
  state: ReportState,
  wanted: ReportMetadataFields,
): { changes: ReportMetadataFields; previous: ReportMetadataFields } {
  const changes: ReportMetadataFields = {};
  const previous: ReportMetadataFields = {};
  if (state.status === 'none') return { changes, previous };
  for (const field of CORRECTABLE_REPORT_FIELDS) {
    if (!(field in wanted) || wanted[field] === undefined) continue;
    if ((wanted[field] ?? null) === (state[field] ?? null)) continue;
    changes[field] = wanted[field] ?? null;
    previous[field] = state[field] ?? null;
  }
  return { changes, previous };
}

/**
 * ReportMetadataCorrected with what changed; the same values again decide
 * nothing. A change to a field the extractor reads is followed by a forced
 * re-extraction, so incidents and figures follow the corrected date or outlet.
 */
export function correctReportMetadata(command: CorrectReportMetadata, state: ReportState): ReportEvent[] {
  const { reportId, reason, correctedBy, reextraction } = command.data;
  if (state.status === 'none') throw new ReportNotFoundError(reportId);
  if (state.status === 'retracted') throw new ReportAlreadyRetractedError(reportId);
  const { changes, previous } = metadataChanges(state, command.data.changes);
  if (Object.keys(changes).length === 0) return [];
  const corrected: ReportMetadataCorrected = {
    type: 'ReportMetadataCorrected',
    data: { reportId, changes, previous, reason, correctedBy, correctedAt: command.metadata.now },
    metadata: metadataOf(command, state.extractorVersion),
  };
  if (!Object.keys(changes).some((f) => EXTRACTION_INPUT_FIELDS.includes(f))) return [corrected];
  if (!reextraction) throw new Error(`correcting ${Object.keys(changes).join(', ')} of report ${reportId} needs a re-extraction`);
  const reextract: ReextractReport = {
    type: 'ReextractReport',
    data: { reportId, ...reextraction, force: true },
    metadata: command.metadata,
  };
  return [corrected, ...reextractReport(reextract, evolve(state, corrected))];
}

export function decide(command: ReportCommand, state: ReportState): ReportEvent[] {
  const { type } = command;
  switch (type) {
    case 'CorrectReportMetadata':
      return correctReportMetadata(command, state);
    case 'SubmitReport':
      return submitReport(command, state);
    case 'RetractReport':
      return retractReport(command, state);
    case 'ReextractReport':
      return reextractReport(command, state);
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown report command ${String(unexpected)}`);
    }
  }
}

// ---------------------------------------------------------------- evolve

export function evolve(state: ReportState, event: ReportEvent): ReportState {
  if (isIncidentEvent(event)) return state;
  const { type } = event;
  switch (type) {
    case 'ReportSubmitted': {
      const d = (event as ReportSubmitted).data;
      return {
        status: 'active',
        reportId: d.reportId,
        contentHash: d.contentHash,
        text: d.text,
        publishedOn: d.publishedOn,
        source: d.source,
        url: d.url,
        title: d.title,
        language: d.language,
        extractorVersion: d.extractorVersion,
        extractionId: d.extractionId,
        extractionNumber: 1,
        eventCount: d.eventCount,
      };
    }
    case 'ReportReextracted': {
      if (state.status === 'none') return state;
      const d = (event as ReportReextracted).data;
      return {
        ...state,
        extractorVersion: d.extractorVersion,
        extractionId: d.extractionId,
        extractionNumber: d.extractionNumber,
        eventCount: d.eventCount,
      };
    }
    case 'ReportRetracted':
      return state.status === 'none' ? state : { ...state, status: 'retracted' };
    case 'ReportMetadataCorrected': {
      if (state.status === 'none') return state;
      const { changes } = (event as ReportMetadataCorrected).data;
      return { ...state, ...changes, language: changes.language ?? state.language };
    }
    default: {
      const unexpected: never = type;
      throw new Error(`Unknown report event ${String(unexpected)}`);
    }
  }
}

export const reportDecider = { decide, evolve, initialState } as const;

/** Folds a stream into its state. */
export const foldReport = (events: Iterable<ReportEvent>): ReportState => {
  let state = initialState();
  for (const event of events) state = evolve(state, event);
  return state;
};
