import { describe, expect, it } from 'vitest';
import { isTransientConnectionError } from './transient-error.js';

describe('isTransientConnectionError', () => {
  it('retries dropped connections and restarting servers, not our own shutdown or real errors', () => {
    for (const code of ['CONNECTION_CLOSED', 'ECONNREFUSED', '57P01', '08006', '53300']) {
      expect(isTransientConnectionError(Object.assign(new Error('x'), { code }))).toBe(true);
    }
    for (const code of ['CONNECTION_ENDED', '42P01', '23505', undefined]) {
      expect(isTransientConnectionError(Object.assign(new Error('x'), { code }))).toBe(false);
    }
    expect(isTransientConnectionError(null)).toBe(false);
  });
});
