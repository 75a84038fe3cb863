import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patchConnectionSource } from './postgres-write-guard.js';

const require = createRequire(import.meta.url);
const postgresRoot = join(dirname(require.resolve('postgres')), '../..'); // cjs/src/index.js
const sources = ['src/connection.js', 'cjs/src/connection.js'].map((f) => [f, readFileSync(join(postgresRoot, f), 'utf8')] as const);

describe('patchConnectionSource', () => {
  it.each(sources)('guards nextWrite and resets the write timer on close in %s', (_file, source) => {
    const patched = patchConnectionSource(source);
    expect(patched).not.toBeNull();
    expect(patched).toMatch(/function nextWrite\(fn\) \{\n\s*if \(!socket\) \{/);
    expect(patched).toContain(
      'connection.queue === queues.open || connection.queue === queues.busy || connection.queue === queues.full) onclose(connection, gone)',
    );
    expect(patched!.match(/clearImmediate\(nextWriteTimer\), nextWriteTimer = null, chunk = null/g)).toHaveLength(2);
    // Only those lines change.
    expect(patched!.split('\n').length - source.split('\n').length).toBe(9);
    // A fixed (or already patched) source is left alone.
    expect(patchConnectionSource(patched!)).toBeNull();
  });

  it('is applied when postgres is loaded after the hook is installed (real Node loader)', () => {
    const guard = fileURLToPath(new URL('./postgres-write-guard.ts', import.meta.url));
    const script = [
      `const { installPostgresWriteGuard, postgresWriteGuardState } = await import(${JSON.stringify(guard)});`,
      'installPostgresWriteGuard();',
      "await import('postgres');",
      'process.stdout.write(postgresWriteGuardState());',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: postgresRoot, encoding: 'utf8' });
    expect(out).toBe('patched');
  });
});
