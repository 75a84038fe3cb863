import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';

/**
 * The extractor as the write side sees it. Asynchronous because a worker-thread
 * pool backs it (extraction-pool/, extraction is CPU-bound); InProcessExtractor
 * when SITREP_EXTRACTOR_WORKERS=0.
 */
export interface ReportExtractor {
  extract(input: ExtractionInput): Promise<ExtractionRecord>;
  /** EXTRACTOR_VERSION of libs/extraction; travels in every event's metadata. */
  version(): Promise<string>;
}

export const REPORT_EXTRACTOR = 'SITREP_REPORT_EXTRACTOR';
/** Provided (globally, by InfrastructureModule) only when createApp/createWriteContext get an `extractor` option: tests. */
export const REPORT_EXTRACTOR_OVERRIDE = 'SITREP_REPORT_EXTRACTOR_OVERRIDE';
