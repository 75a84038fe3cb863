#!/usr/bin/env node
// `sitrep` command line. Each sub-command lives in ./commands/<name>.command.ts
// and exports `register(program)`; heavy modules (NestJS, the database) are
// imported inside the action so that `sitrep extract` starts fast.
import { restartWithBoundedHeap } from './runtime/v8-heap.js';

// The long-running commands restart once with a smaller V8 heap (see runtime/v8-heap.ts), before
// anything else is loaded: what this image loaded would be loaded again by the next.
const LONG_RUNNING = new Set(['serve', 'export']);
if (LONG_RUNNING.has(process.argv[2] ?? '')) {
  try {
    restartWithBoundedHeap(process.argv[2]!);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    process.stderr.write(`sitrep: ${e.code}: ${e.message}\n`);
    process.exit(2);
  }
}

// The commands that hold database sessions go on after Postgres.js's own unheard rejection of a lost
// connection (its caller was told; see libs/database/src/driver-rejections.ts); any other still ends them.
const DATABASE_COMMANDS = new Set(['serve', 'export', 'ingest', 'migrate', 'rebuild', 'reextract', 'replay']);
if (DATABASE_COMMANDS.has(process.argv[2] ?? '')) (await import('@sitrep/database')).tolerateDriverConnectionRejections();

const [{ Command }, { registerCommands }] = await Promise.all([import('commander'), import('./commands/index.js')]);
const program = new Command()
  .name('sitrep')
  .description('Sitrep: an event-sourced conflict-incident tracker')
  .showHelpAfterError()
  .configureOutput({ outputError: (str, write) => write(str) });

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const e = err as { code?: string; message?: string; detail?: string };
  process.stderr.write(`sitrep: ${e.code ? `${e.code}: ` : ''}${e.detail ?? e.message ?? String(err)}\n`);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
