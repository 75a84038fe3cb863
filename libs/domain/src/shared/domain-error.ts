/**
 * An expected failure with a stable, documented `code`. The domain says what
 * went wrong, never how a transport answers it: the HTTP layer maps codes to
 * statuses in one table (apps/api/src/http/problem-details.ts).
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';

  constructor(
    readonly code: string,
    readonly detail: string,
    /** Extra machine-readable context (the offending field, limits, ...). */
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${detail}`);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
