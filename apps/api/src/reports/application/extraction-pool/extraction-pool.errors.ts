import { DomainError } from '@sitrep/domain';

/** Every worker is busy and the wait queue is full: the client retries after `Retry-After` (set by the problem filter). */
export class ExtractorBusyError extends DomainError {
  override readonly name = 'ExtractorBusyError';
  constructor(queued: number, workers: number, retryAfterSeconds = 1) {
    super(
      'EXTRACTOR_BUSY',
      `All ${workers} extraction worker(s) are busy and ${queued} report(s) are waiting; retry in ${retryAfterSeconds} s.`,
      { workers, queued, retryAfterSeconds },
    );
  }
}

/** The pool is shutting down, or no worker could be started: nothing was stored, the client may retry. */
export class ExtractorUnavailableError extends DomainError {
  override readonly name = 'ExtractorUnavailableError';
  constructor(reason: string, retryAfterSeconds = 1) {
    super('EXTRACTOR_UNAVAILABLE', `The extractor is unavailable: ${reason}.`, { retryAfterSeconds });
  }
}

/**
 * The extractor failed on this report: it threw, crashed its worker twice, or ran
 * past the time limit. Nothing was stored; a server fault, not the client's.
 */
export class ExtractionFailedError extends DomainError {
  override readonly name = 'ExtractionFailedError';
  constructor(reason: string) {
    super('EXTRACTION_FAILED', `The extractor could not process this report: ${reason}. Nothing was stored.`);
  }
}
