/**
 * An expected failure with a stable, documented `code`. The HTTP layer maps it to
 * application/problem+json in one place; `status` is only a hint for that mapping,
 * so the domain stays free of transport concerns beyond a number.
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';

  constructor(
    readonly code: string,
    readonly detail: string,
    readonly status?: number,
    /** Extra machine-readable context (the offending field, limits, ...). */
    readonly context: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${detail}`);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
