import { DomainError } from '../../../../libs/domain/src/index.js';
import { ERROR_STATUS } from './problem-details.js';

/** A transport-level failure (bad media type, malformed JSON, auth) with a stable code. */
export class HttpProblem extends DomainError {
  override readonly name = 'HttpProblem';
  constructor(
    code: keyof typeof ERROR_STATUS | string,
    detail: string,
    status = ERROR_STATUS[code] ?? 400,
    context: Record<string, unknown> = {},
  ) {
    super(code, detail, status, context);
  }
}
