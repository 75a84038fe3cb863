/**
 * Postgres.js 3.4.9 can leave a promise of its own rejected with nobody to hear it when the server ends a
 * session mid-write (porsager/postgres#1192, #1223: the driver's internal promises, not the caller's, which
 * reject as they should). Vitest counts such a rejection as an error of the run. The specs below end sessions
 * on purpose to prove the store survives it, and assert that every call settles and nothing is lost; in those
 * files alone, a connection error raised inside the driver is reported as tolerated instead of failing the run.
 * Anything else — another file, another code, an error raised outside the driver — still fails it.
 *
 * Which errors are the driver's lost connections is `isDriverConnectionError` (libs/database), the same test
 * `sitrep`'s long-running commands apply to the process; vitest.config.ts passes it in (the config file loads
 * before any path alias works).
 */
const SESSION_KILLING_SPECS = [/[\\/]peer-conformance-connection-drops\.int-spec\.ts$/, /[\\/]subscribe\.int-spec\.ts$/];

interface UnhandledError {
  code?: unknown;
  VITEST_TEST_PATH?: unknown;
}

type ErrorTest = (error: unknown) => boolean;

/** Whether an unhandled error is the driver's rejection of a session a session-killing spec ended on purpose. */
export function isKilledSessionRejection(error: unknown, isDriverConnectionError: ErrorTest): boolean {
  if (!error || typeof error !== 'object') return false;
  const { VITEST_TEST_PATH: file } = error as UnhandledError;
  return typeof file === 'string' && SESSION_KILLING_SPECS.some((spec) => spec.test(file)) && isDriverConnectionError(error);
}

/** Vitest's `onUnhandledError`: tolerated rejections are printed and not counted (false), the rest counted. */
export function toleratingKilledSessions(isDriverConnectionError: ErrorTest): (error: unknown) => false | undefined {
  return (error) => {
    if (!isKilledSessionRejection(error, isDriverConnectionError)) return undefined;
    const { code, VITEST_TEST_PATH: file } = error as UnhandledError;
    process.stderr.write(
      `tolerated: ${String(code)} rejected inside Postgres.js in ${String(file)} (a session the spec ended on purpose)\n`,
    );
    return false;
  };
}
