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
    });
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
});
