import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has sane defaults with nothing set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: '.sitrep',
      pgPort: null,
      adminToken: null,
      dbPoolSize: 10,
      logLevel: 'info',
      writeRateLimit: 20,
      writeRateBurst: 120,
      bodyLimit: 8 * 1024 * 1024,
      requestTimeoutMs: 30_000,
      corsOrigins: [],
      extractorWorkers: availableParallelism(),
      extractorQueue: 256,
      extractorTimeoutMs: 30_000,
      readCacheMb: 64,
      tileUrl: null,
      databaseReadUrls: [],
      replicaWaitMs: 1000,
      role: 'all',
      shutdownTimeoutMs: 10_000,
    });
  });

  it('reads the shutdown bound, and refuses one too short to drain anything', () => {
    expect(loadConfig({ SITREP_SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2500);
    expect(() => loadConfig({ SITREP_SHUTDOWN_TIMEOUT_MS: '10' })).toThrow(/SITREP_SHUTDOWN_TIMEOUT_MS/);
  });

  it('reads the node role and the read replica', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@primary/sitrep',
      DATABASE_READ_URL: 'postgres://u@replica/sitrep',
      SITREP_REPLICA_WAIT_MS: '250',
      SITREP_ROLE: 'Projector',
    });
    expect(c).toMatchObject({ databaseReadUrls: ['postgres://u@replica/sitrep'], replicaWaitMs: 250, role: 'projector' });
    const bad = () => loadConfig({ DATABASE_READ_URL: 'mysql://replica', SITREP_ROLE: 'worker', SITREP_REPLICA_WAIT_MS: '-1' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/DATABASE_READ_URL must be a postgres/);
    expect(bad).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(bad).toThrow(/SITREP_ROLE="worker" must be one of api, projector, all/);
    expect(bad).toThrow(/SITREP_REPLICA_WAIT_MS/);
  });

  it('reads several replicas from a comma-separated DATABASE_READ_URL, and refuses a bad or repeated one', () => {
    const primary = 'postgres://u@primary/sitrep';
    const c = loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: ' postgres://u@r1/sitrep, postgresql://u:p%2Cw@r2:5433/sitrep,, ' });
    expect(c.databaseReadUrls).toEqual(['postgres://u@r1/sitrep', 'postgresql://u:p%2Cw@r2:5433/sitrep']);
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: ' , ' }).databaseReadUrls).toEqual([]);
    const bad = (value: string) => () => loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: value });
    expect(bad('postgres://u@r1/sitrep,http://r2')).toThrow(/replica 2 is not/);
    expect(bad('postgres://u@r1/sitrep,postgres://u@r2/sitrep,postgres://u@r1/sitrep')).toThrow(/names replica 1 twice/);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/sitrep',
      SITREP_DATA_DIR: '/var/lib/sitrep',
      SITREP_PG_PORT: '55432',
      SITREP_ADMIN_TOKEN: 'a-long-enough-token',
      SITREP_DB_POOL_SIZE: '4',
      LOG_LEVEL: 'debug',
    });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', pgPort: 55432, dbPoolSize: 4, logLevel: 'debug' });
    expect(c.databaseUrl).toBe('postgres://u@db:5432/sitrep');
    expect(c.adminToken).toBe('a-long-enough-token');
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '  ', SITREP_ADMIN_TOKEN: '' })).toMatchObject({ databaseUrl: null, adminToken: null });
  });

  it('lists every bad value in one error with a stable code', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SITREP_ADMIN_TOKEN: 'short', SITREP_PG_PORT: '70000' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.code).toBe('INVALID_CONFIGURATION');
    expect(e.problems).toHaveLength(5);
    expect(e.message).toContain('PORT="eighty"');
    expect(e.message).toContain('DATABASE_URL');
    expect(e.message).toContain('SITREP_PG_PORT');
  });

  it('reads the HTTP limits and CORS origins', () => {
    const c = loadConfig({
      SITREP_WRITE_RATE_LIMIT: '0',
      SITREP_WRITE_RATE_BURST: '5',
      SITREP_BODY_LIMIT: '65536',
      SITREP_REQUEST_TIMEOUT_MS: '5000',
      SITREP_CORS_ORIGINS: 'https://a.example.org, http://127.0.0.1:8080',
    });
    expect(c).toMatchObject({ writeRateLimit: 0, writeRateBurst: 5, bodyLimit: 65536, requestTimeoutMs: 5000 });
    expect(c.corsOrigins).toEqual(['https://a.example.org', 'http://127.0.0.1:8080']);
  });

  it('rejects bad limits and CORS values that are not plain origins', () => {
    let error: unknown;
    try {
      loadConfig({
        SITREP_WRITE_RATE_LIMIT: '-1',
        SITREP_WRITE_RATE_BURST: '0',
        SITREP_BODY_LIMIT: '10',
        SITREP_REQUEST_TIMEOUT_MS: 'soon',
        SITREP_CORS_ORIGINS: '*,https://a.example.org/path,javascript:alert(1)',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(7);
  });

  it('reads the extraction pool and read cache sizes, 0 meaning off', () => {
    expect(
      loadConfig({
        SITREP_EXTRACTOR_WORKERS: '0',
        SITREP_EXTRACTOR_QUEUE: '8',
        SITREP_EXTRACTOR_TIMEOUT_MS: '1000',
        SITREP_READ_CACHE_MB: '0',
      }),
    ).toMatchObject({ extractorWorkers: 0, extractorQueue: 8, extractorTimeoutMs: 1000, readCacheMb: 0 });
    let error: unknown;
    try {
      loadConfig({
        SITREP_EXTRACTOR_WORKERS: 'many',
        SITREP_EXTRACTOR_QUEUE: '-1',
        SITREP_EXTRACTOR_TIMEOUT_MS: '5',
        SITREP_READ_CACHE_MB: 'x',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(4);
  });
});
