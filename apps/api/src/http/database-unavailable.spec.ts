import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { toProblem } from './problem-details.filter.js';

const withCode = (code: string) => Object.assign(new Error(`write ${code} 127.0.0.1:5432`), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'CONNECTION_CLOSED',
    'CONNECTION_DESTROYED',
    'CONNECT_TIMEOUT',
    '57P01',
    '57P03',
    '08006',
    '53300',
  ])('knows %s', (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(true);
  });

  it('looks through causes and aggregate errors', () => {
    expect(isDatabaseUnavailable(new Error('append failed', { cause: withCode('CONNECTION_CLOSED') }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('x'), withCode('ECONNREFUSED')]))).toBe(true);
  });

  it('leaves bugs and constraint violations alone', () => {
    for (const e of [new TypeError('x is undefined'), withCode('23505'), withCode('42P01'), null, 'ECONNREFUSED', { code: 42 }]) {
      expect(isDatabaseUnavailable(e)).toBe(false);
    }
  });
});

describe('toProblem for an unreachable database', () => {
  it('is 503 SERVICE_UNAVAILABLE with retryAfterSeconds, without the driver message', () => {
    const { problem, internal } = toProblem(withCode('ECONNREFUSED'), '/reports');
    expect(internal).toBe(false);
    expect(problem).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
    expect(JSON.stringify(problem)).not.toContain('5432');
  });
});
