/** Tunables of the replay endpoints; a provider so tests can make heartbeats fast. */
export interface ReplayOptions {
  /** Comment sent on an idle SSE connection (SITREP_SSE_HEARTBEAT_MS, default 15000). */
  heartbeatMs: number;
  /** Reconnection delay suggested to EventSource clients. */
  retryMs: number;
}

export const REPLAY_OPTIONS = 'SITREP_REPLAY_OPTIONS';

export function replayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ReplayOptions {
  const raw = env.SITREP_SSE_HEARTBEAT_MS?.trim();
  if (raw && !/^\d{2,7}$/.test(raw))
    throw new Error(`SITREP_SSE_HEARTBEAT_MS=${JSON.stringify(raw)} must be a whole number of milliseconds (>= 10)`);
  return { heartbeatMs: raw ? Number(raw) : 15_000, retryMs: 3_000 };
}
