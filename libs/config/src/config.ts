import { availableParallelism } from 'node:os';

/**
 * Sitrep's configuration, read once from the environment and validated, so a
 * bad value stops the process at start with a message naming the variable
 * instead of failing later in a request.
 */

export interface SitrepConfig {
  /** HTTP port (PORT, default 3000). */
  port: number;
  /** HTTP bind address (HOST, default 127.0.0.1 — loopback unless asked otherwise). */
  host: string;
  /** External PostgreSQL (DATABASE_URL); when unset an embedded PostgreSQL is started. */
  databaseUrl: string | null;
  /** Folder for local state: the embedded database lives in `<dataDir>/pg` (SITREP_DATA_DIR, default .sitrep). */
  dataDir: string;
  /** Port of the embedded PostgreSQL (SITREP_PG_PORT); a free loopback port when unset. */
  pgPort: number | null;
  /** Bearer token for admin endpoints (SITREP_ADMIN_TOKEN); admin endpoints are off without it. */
  adminToken: string | null;
  /** Connections in the PostgreSQL pool (SITREP_DB_POOL_SIZE, default 10). */
  dbPoolSize: number;
  /** pino level (LOG_LEVEL, default info). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Sustained writes per second per client IP (SITREP_WRITE_RATE_LIMIT, default 20; 0 turns the limit off). */
  writeRateLimit: number;
  /** Writes a client may send in one rate-limit window of burst/rate seconds (SITREP_WRITE_RATE_BURST, default 120). */
  writeRateBurst: number;
  /** Largest request body in bytes (SITREP_BODY_LIMIT, default 8 MiB). */
  bodyLimit: number;
  /** Time allowed to receive a whole request, headers and body, in ms (SITREP_REQUEST_TIMEOUT_MS, default 30000). */
  requestTimeoutMs: number;
  /** Origins allowed by CORS (SITREP_CORS_ORIGINS, comma-separated); empty = CORS off, no Access-Control-* headers. */
  corsOrigins: string[];
  /** Extraction worker threads (SITREP_EXTRACTOR_WORKERS, default os.availableParallelism(); 0 = extract on the event loop). */
  extractorWorkers: number;
  /** Reports that may wait for an extraction worker before POST answers 503 EXTRACTOR_BUSY (SITREP_EXTRACTOR_QUEUE, default 256). */
  extractorQueue: number;
  /** Longest a report may take in the extraction pool, waiting included, before it fails; a worker still running it is replaced (SITREP_EXTRACTOR_TIMEOUT_MS, default 30000). */
  extractorTimeoutMs: number;
  /** Memory for cached query answers, in MiB (SITREP_READ_CACHE_MB, default 64; 0 turns the read cache off). */
  readCacheMb: number;
  /**
   * A raster tile server for the dashboard's basemap (SITREP_TILE_URL, e.g.
   * https://tiles.example.org/{z}/{x}/{y}.png); unset: the shipped Natural Earth
   * vectors, and the Content-Security-Policy allows no other image origin.
   */
  tileUrl?: string | null;
  /**
   * Hot-standby replicas for queries and exports (DATABASE_READ_URL, comma-separated); empty: they read the primary.
   * A read with `waitFor` no replica has replayed yet answers from the primary (see README, "Running several nodes").
   */
  databaseReadUrls?: readonly string[];
  /** How long a `waitFor` read waits for the replica to replay that position before it answers from the primary (SITREP_REPLICA_WAIT_MS, default 1000). */
  replicaWaitMs?: number;
  /** What `sitrep serve` runs (SITREP_ROLE or --role, default all): see {@link NodeRole}. */
  role?: NodeRole;
  /**
   * Longest a SIGTERM'd or SIGINT'd `sitrep serve` takes to shut down gracefully before it exits anyway with
   * status 1 (SITREP_SHUTDOWN_TIMEOUT_MS, default 10000).
   */
  shutdownTimeoutMs?: number;
}

/**
 * `api`: HTTP (writes, queries, exports, SSE) without the projection runner;
 * `projector`: the projection runner, with HTTP only for /health, /metrics and /projections;
 * `all`: both (one machine).
 */
export type NodeRole = 'api' | 'projector' | 'all';
export const NODE_ROLES: readonly NodeRole[] = ['api', 'projector', 'all'];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class ConfigError extends Error {
  readonly code = 'INVALID_CONFIGURATION';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws one ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): SitrepConfig {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
  const int = (name: string, fallback: number | null, min: number, max: number): number | null => {
    const raw = text(name);
    if (raw === null) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}=${JSON.stringify(raw)} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return Number(raw);
  };

  const postgresUrl = (name: string): string | null => {
    const value = text(name);
    if (value === null) return null;
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      /* reported below */
    }
    if (!url || !['postgres:', 'postgresql:'].includes(url.protocol)) problems.push(`${name} must be a postgres:// or postgresql:// URL`);
    return value;
  };
  const databaseUrl = postgresUrl('DATABASE_URL');
  const databaseReadUrls = readUrls(text('DATABASE_READ_URL'), problems);
  if (databaseReadUrls.length && databaseUrl === null) {
    problems.push('DATABASE_READ_URL needs DATABASE_URL (the primary it replicates); the embedded PostgreSQL has no replica');
  }

  const role = (text('SITREP_ROLE') ?? 'all').toLowerCase();
  if (!(NODE_ROLES as readonly string[]).includes(role)) {
    problems.push(`SITREP_ROLE=${JSON.stringify(role)} must be one of ${NODE_ROLES.join(', ')}`);
  }

  const logLevel = (text('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL=${JSON.stringify(logLevel)} must be one of ${LOG_LEVELS.join(', ')}`);
  }

  const adminToken = text('SITREP_ADMIN_TOKEN');
  if (adminToken !== null && adminToken.length < 16) {
    problems.push('SITREP_ADMIN_TOKEN must be at least 16 characters (it guards destructive operations)');
  }

  const corsOrigins = (text('SITREP_CORS_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of corsOrigins) {
    let valid = false;
    try {
      const url = new URL(origin);
      valid = ['http:', 'https:'].includes(url.protocol) && url.origin === origin;
    } catch {
      /* reported below */
    }
    if (!valid)
      problems.push(
        `SITREP_CORS_ORIGINS: ${JSON.stringify(origin)} must be an origin such as https://analyst.example.org (scheme, host, optional port; no path, no *)`,
      );
  }

  const tileUrl = text('SITREP_TILE_URL');
  if (tileUrl !== null && !validTileUrl(tileUrl))
    problems.push(
      `SITREP_TILE_URL: ${JSON.stringify(tileUrl)} must be an http(s) URL template with {z}, {x} and {y}, such as https://tiles.example.org/{z}/{x}/{y}.png`,
    );

  const config: SitrepConfig = {
    port: int('PORT', 3000, 0, 65535) as number,
    host: text('HOST') ?? '127.0.0.1',
    databaseUrl,
    dataDir: text('SITREP_DATA_DIR') ?? '.sitrep',
    pgPort: int('SITREP_PG_PORT', null, 1, 65535),
    adminToken,
    dbPoolSize: int('SITREP_DB_POOL_SIZE', 10, 1, 1000) as number,
    logLevel: logLevel as SitrepConfig['logLevel'],
    writeRateLimit: int('SITREP_WRITE_RATE_LIMIT', 20, 0, 1_000_000) as number,
    writeRateBurst: int('SITREP_WRITE_RATE_BURST', 120, 1, 1_000_000) as number,
    bodyLimit: int('SITREP_BODY_LIMIT', 8 * 1024 * 1024, 1024, 256 * 1024 * 1024) as number,
    requestTimeoutMs: int('SITREP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 3_600_000) as number,
    corsOrigins,
    extractorWorkers: int('SITREP_EXTRACTOR_WORKERS', availableParallelism(), 0, 256) as number,
    extractorQueue: int('SITREP_EXTRACTOR_QUEUE', 256, 0, 1_000_000) as number,
    extractorTimeoutMs: int('SITREP_EXTRACTOR_TIMEOUT_MS', 30_000, 100, 3_600_000) as number,
    readCacheMb: int('SITREP_READ_CACHE_MB', 64, 0, 65_536) as number,
    tileUrl,
    databaseReadUrls,
    replicaWaitMs: int('SITREP_REPLICA_WAIT_MS', 1000, 0, 60_000) as number,
    role: role as NodeRole,
    shutdownTimeoutMs: int('SITREP_SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000) as number,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/**
 * DATABASE_READ_URL: one replica's postgres:// URL, or several separated by commas
 * (a comma inside a password is written %2C). The same replica twice is refused:
 * it would take two turns of the round robin.
 */
function readUrls(value: string | null, problems: string[]): string[] {
  const urls = (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '');
  for (const [i, value] of urls.entries()) {
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      /* reported below */
    }
    if (!url || !['postgres:', 'postgresql:'].includes(url.protocol))
      problems.push(
        `DATABASE_READ_URL must be a postgres:// or postgresql:// URL, or several separated by commas (replica ${i + 1} is not)`,
      );
    else if (urls.indexOf(value) !== i) problems.push(`DATABASE_READ_URL names replica ${urls.indexOf(value) + 1} twice`);
  }
  return urls;
}

/** A Leaflet tile URL template on http(s) with {z}, {x} and {y} (and maybe {s}, {r}); its host is fixed, so the CSP can name it. */
function validTileUrl(template: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((p) => template.includes(p))) return false;
  try {
    const url = new URL(template.replaceAll(/\{[a-z]\}/g, '0'));
    // A placeholder in the host ({s}.tile…) would make the origin unknowable for the CSP.
    const host = /^https?:\/\/([^/?#]*)/i.exec(template)?.[1] ?? '{';
    return ['http:', 'https:'].includes(url.protocol) && !url.username && !url.password && !/[{}]/.test(host);
  } catch {
    return false;
  }
}

/** The origin a tile URL template loads images from, for the Content-Security-Policy. */
export function tileOrigin(template: string): string {
  return new URL(template.replaceAll(/\{[a-z]\}/g, '0')).origin;
}
