import { DomainError } from '@sitrep/domain';

export const WAIT_FOR_TIMEOUT = 'WAIT_FOR_TIMEOUT';

/**
 * The projection did not reach the asked position in time (504): the answer
 * exists but is not ready; the client may retry the same URL, or drop
 * `waitFor` and accept a slightly stale answer.
 */
export class WaitForTimeoutError extends DomainError {
  override readonly name = 'WaitForTimeoutError';
  constructor(projection: string, waitFor: number, position: number, timeoutMs: number) {
    super(WAIT_FOR_TIMEOUT, `Projection "${projection}" is at position ${position}, not yet ${waitFor}, after waiting ${timeoutMs} ms.`, {
      projection,
      waitFor,
      position,
      timeoutMs,
    });
  }
}
