import type { Command } from 'commander';
import { loadConfig } from '@sitrep/config';
import { batchSizeOption, secondsOption } from './option-parsers.js';

/**
 * `sitrep rebuild [NAME]`: rebuilds one projection (or all) into a new build
 * while the serving build keeps answering, then swaps. The work is done by
 * whichever process holds the projection's lock: this one, or a running
 * `sitrep serve`; this command follows the progress either way.
 */
export function register(program: Command): void {
  program
    .command('rebuild')
    .argument('[name]', 'projection name (incidents, casualties); all when omitted')
    .description('rebuild projections from the whole history without downtime, with progress; swaps each when caught up')
    .option('--batch-size <n>', 'events per transaction while the new build catches up (1–10000)', batchSizeOption, 2000)
    .option(
      '--give-up-after <seconds>',
      'exit with REBUILD_FAILED when a projection keeps failing this long without progress (the worker retries meanwhile)',
      secondsOption,
      60,
    )
    .addHelpText('after', '\nExamples:\n  sitrep rebuild\n  sitrep rebuild incidents\n')
    .action(async (name: string | undefined, options: { batchSize: number; giveUpAfter: number }) => {
      const [
        { openDatabase },
        { PostgresEventStore },
        { ProjectionRunner, UnknownProjectionError, RebuildFailedError },
        { createReadSideProjections },
      ] = await Promise.all([
        import('@sitrep/database'),
        import('@sitrep/event-store'),
        import('@sitrep/projections'),
        import('@sitrep/projections'),
      ]);
      const handle = await openDatabase(loadConfig(), { log: (m) => process.stderr.write(`sitrep: ${m}\n`) });
      const store = new PostgresEventStore(handle.db, { sql: handle.sql });
      const runner = new ProjectionRunner({
        db: handle.db as never,
        sql: handle.sql,
        store,
        projections: createReadSideProjections(),
        // A rebuild is one long catch-up: the page size is the catch-up batch (shared reads, in-memory incidents).
        catchUpBatchSize: options.batchSize,
        pollMs: 200,
        standbyPollMs: 500,
      });
      const names = name ? [name] : runner.names;
      if (name && !runner.names.includes(name)) {
        await handle.close();
        throw new UnknownProjectionError(name, runner.names);
      }
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      const started = performance.now();
      const tty = process.stderr.isTTY;
      try {
        await runner.init();
        // By name: status() lists the projections in its own order (by name), not in the order asked.
        const accepted = new Map<string, number>();
        for (const n of names) accepted.set(n, (await runner.rebuild(n)).build);
        await runner.start(names);
        let lastLine = 0;
        /** Per projection failing now: since when, and at which position (progress resets the clock). */
        const failing = new Map<string, { since: number; position: number }>();
        for (;;) {
          const status = (await runner.status()).filter((s) => names.includes(s.name));
          for (const s of status) {
            const position = s.rebuild?.position ?? s.position;
            const f = failing.get(s.name);
            if (s.state !== 'error') failing.delete(s.name);
            else if (f === undefined || f.position !== position) failing.set(s.name, { since: performance.now(), position });
            else if (performance.now() - f.since > options.giveUpAfter * 1000)
              throw new RebuildFailedError(s.name, s.error, options.giveUpAfter);
          }
          // Build numbers only grow: a serving build past ours is a rebuild started after ours (another
          // process's), which replaced ours and holds everything ours would have.
          const done = status.every((s) => s.rebuild === null && s.active.build >= accepted.get(s.name)!);
          const secs = (performance.now() - started) / 1000;
          const line = status
            .map(
              (s) =>
                (s.rebuild
                  ? `${s.name} ${(s.rebuild.progress * 100).toFixed(1)}% (${s.rebuild.position}/${s.head})`
                  : `${s.name} done (build ${s.active.build})`) + (s.state === 'error' ? ` [error, retrying: ${s.error}]` : ''),
            )
            .join('  ');
          if (tty) process.stderr.write(`\r${line}  ${secs.toFixed(1)}s\x1b[K`);
          else if (done || performance.now() - lastLine > 2000) {
            process.stderr.write(`${line}  ${secs.toFixed(1)}s\n`);
            lastLine = performance.now();
          }
          if (done || stop.signal.aborted) {
            if (tty) process.stderr.write('\n');
            const head = status[0]?.head ?? 0;
            process.stdout.write(
              `${JSON.stringify({ rebuilt: done ? names : [], interrupted: !done, head, seconds: Number(secs.toFixed(2)), eventsPerSecond: secs > 0 ? Math.round((head * names.length) / secs) : null })}\n`,
            );
            if (!done) process.exitCode = 130;
            return;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } finally {
        await runner.stop();
        await handle.close();
      }
    });
}
