import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isDriverConnectionError, unhandledRejectionPolicy } from './driver-rejections.js';

const insideDriver = (code: string) =>
  Object.assign(new Error(`write ${code} 127.0.0.1:5432`), {
    code,
    stack: [
      `Error: write ${code} 127.0.0.1:5432`,
      '    at Socket.closed (/srv/sitrep/node_modules/postgres/cjs/src/connection.js:467:45)',
      '    at Socket.emit (node:events:519:28)',
    ].join('\n'),
  });

describe('isDriverConnectionError', () => {
  it('is a lost connection raised inside Postgres.js', () => {
    for (const code of ['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', '57P01', 'ECONNRESET']) {
      expect(isDriverConnectionError(insideDriver(code))).toBe(true);
    }
  });

  it('is not another code, an error raised outside the driver, or no error at all', () => {
    expect(isDriverConnectionError(insideDriver('23505'))).toBe(false);
    const ours = Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' });
    expect(isDriverConnectionError(ours)).toBe(false);
    expect(isDriverConnectionError({ code: 'CONNECTION_CLOSED' })).toBe(false);
    expect(isDriverConnectionError('CONNECTION_CLOSED')).toBe(false);
    expect(isDriverConnectionError(null)).toBe(false);
  });
});

describe('unhandledRejectionPolicy', () => {
  it("writes one line for the driver's own rejection and throws anything else again", () => {
    const lines: string[] = [];
    const policy = unhandledRejectionPolicy((line) => lines.push(line));
    policy(insideDriver('CONNECTION_CLOSED'));
    expect(lines).toEqual([expect.stringMatching(/^sitrep: CONNECTION_CLOSED rejected inside Postgres\.js/)]);
    const other = new Error('a bug of ours');
    expect(() => policy(other)).toThrow(other);
    expect(lines).toHaveLength(1);
  });

  describe('installed in a real process', () => {
    const module = fileURLToPath(new URL('./driver-rejections.ts', import.meta.url));
    const run = (rejection: string) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const { tolerateDriverConnectionRejections } = await import(${JSON.stringify(module)});
           tolerateDriverConnectionRejections();
           ${rejection};
           setTimeout(() => process.stdout.write('still running'), 50);`,
        ],
        { encoding: 'utf8', timeout: 20_000 },
      );

    it("goes on after the driver's lost-connection rejection", () => {
      const driverError = `const e = Object.assign(new Error('write CONNECTION_CLOSED h:1'), { code: 'CONNECTION_CLOSED' });
        e.stack = 'Error: write CONNECTION_CLOSED h:1\\n    at Socket.closed (/x/node_modules/postgres/cjs/src/connection.js:1:1)';
        Promise.reject(e)`;
      const child = run(driverError);
      expect(child.stderr).toContain('sitrep: CONNECTION_CLOSED rejected inside Postgres.js');
      expect(child.stdout).toBe('still running');
      expect(child.status).toBe(0);
    });

    it('ends, as Node does by default, on any other unhandled rejection', () => {
      const child = run(`Promise.reject(Object.assign(new Error('a bug of ours'), { code: 'CONNECTION_CLOSED' }))`);
      expect(child.stderr).toContain('a bug of ours');
      expect(child.stdout).toBe('');
      expect(child.status).toBe(1);
    });
  });
});
