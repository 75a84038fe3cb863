/** Where a projection stands: the last global position its serving build has applied (0 before the first). */
export interface ProjectionPositions {
  position(projection: string): Promise<number>;
}

export const PROJECTION_POSITIONS = 'SITREP_PROJECTION_POSITIONS';

export interface WaitForOptions {
  /** How long a query waits when the client does not say (SITREP_WAIT_FOR_TIMEOUT_MS, default 5000). */
  defaultTimeoutMs: number;
  /** The most a client may ask for with `waitTimeout` (SITREP_WAIT_FOR_MAX_TIMEOUT_MS, default 30000). */
  maxTimeoutMs: number;
}

export const WAIT_FOR_OPTIONS = 'SITREP_WAIT_FOR_OPTIONS';

export function waitForOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): WaitForOptions {
  const read = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!/^\d{1,7}$/.test(raw)) throw new Error(`${name}=${JSON.stringify(raw)} must be a whole number of milliseconds`);
    return Number(raw);
  };
  const defaultTimeoutMs = read('SITREP_WAIT_FOR_TIMEOUT_MS', 5000);
  const maxTimeoutMs = Math.max(defaultTimeoutMs, read('SITREP_WAIT_FOR_MAX_TIMEOUT_MS', 30_000));
  return { defaultTimeoutMs, maxTimeoutMs };
}
