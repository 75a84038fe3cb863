import { DomainError } from '@sitrep/domain';

export const INVALID_QUERY_PARAMETER = 'INVALID_QUERY_PARAMETER';

/** A query parameter (or the one header or path segment read the same way) with a value its route does not take: 422. */
export class InvalidQueryParameterError extends DomainError {
  override readonly name = 'InvalidQueryParameterError';
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    readonly expected: string,
    extra: Record<string, unknown> = {},
  ) {
    super(INVALID_QUERY_PARAMETER, `Parameter "${parameter}" must be ${expected}, got ${JSON.stringify(value)}.`, {
      parameter,
      expected,
      ...extra,
    });
  }
}
