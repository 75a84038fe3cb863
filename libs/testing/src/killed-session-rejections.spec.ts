import { describe, expect, it } from 'vitest';
import { isDriverConnectionError } from '@sitrep/database';
import { isKilledSessionRejection as isKilledSessionRejectionOf } from './killed-session-rejections.js';

const isKilledSessionRejection = (error: unknown) => isKilledSessionRejectionOf(error, isDriverConnectionError);

const driverStack = [
  'Error: write CONNECTION_CLOSED 127.0.0.1:43279',
  '    at Socket.closed (/repo/node_modules/postgres/src/connection.js:467:45)',
  '    at Socket.emit (node:events:514:28)',
].join('\n');
const drops = '/repo/libs/event-store/src/postgres/peer-conformance-connection-drops.int-spec.ts';

describe('isKilledSessionRejection', () => {
  it('tolerates a connection error raised inside the driver in a spec that ends sessions on purpose', () => {
    expect(isKilledSessionRejection({ code: 'CONNECTION_CLOSED', stack: driverStack, VITEST_TEST_PATH: drops })).toBe(true);
    expect(
      isKilledSessionRejection({
        code: '57P01',
        stack: driverStack,
        VITEST_TEST_PATH: '/repo/libs/event-store/src/postgres/subscribe.int-spec.ts',
      }),
    ).toBe(true);
  });

  it('counts the same error from any other spec file', () => {
    expect(
      isKilledSessionRejection({ code: 'CONNECTION_CLOSED', stack: driverStack, VITEST_TEST_PATH: '/repo/test/api/reports.e2e-spec.ts' }),
    ).toBe(false);
    expect(isKilledSessionRejection({ code: 'CONNECTION_CLOSED', stack: driverStack })).toBe(false);
  });

  it('counts other codes, and errors raised outside the driver', () => {
    expect(isKilledSessionRejection({ code: '23505', stack: driverStack, VITEST_TEST_PATH: drops })).toBe(false);
    const ours =
      'Error: driver has already been destroyed\n    at RuntimeDriver.acquireConnection (/repo/node_modules/kysely/dist/x.js:1:1)';
    expect(isKilledSessionRejection({ code: 'CONNECTION_CLOSED', stack: ours, VITEST_TEST_PATH: drops })).toBe(false);
    const later =
      'Error: x\n    at readAll (/repo/libs/event-store/src/a.ts:1:1)\n    at f (/repo/libs/b.ts:1:1)\n    at g (/repo/node_modules/postgres/src/y.js:1:1)';
    expect(isKilledSessionRejection({ code: 'CONNECTION_CLOSED', stack: later, VITEST_TEST_PATH: drops })).toBe(false);
    expect(isKilledSessionRejection(new Error('plain'))).toBe(false);
    expect(isKilledSessionRejection(null)).toBe(false);
  });
});
