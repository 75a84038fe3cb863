import { DomainError } from '@sitrep/domain';
import type { ERROR_STATUS } from './problem-details.js';

/** A transport-level failure (bad media type, malformed JSON, auth) with a stable code; its status comes from ERROR_STATUS. */
export class HttpProblem extends DomainError {
  override readonly name = 'HttpProblem';
  constructor(code: keyof typeof ERROR_STATUS, detail: string, context: Record<string, unknown> = {}) {
    super(code, detail, context);
  }
}
