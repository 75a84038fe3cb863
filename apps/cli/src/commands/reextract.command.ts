import { type Command } from 'commander';
import { positiveIntOption } from './option-parsers.js';
import type { ReportExtractor } from '../../../api/src/reports/application/extractor.port.js';

interface ReextractOptions {
  all?: boolean;
  force?: boolean;
  restart?: boolean;
  checkpointEvery: number;
  concurrency: number;
}

export function register(program: Command): void {
  program
    .command('reextract')
    .argument('[id]', 'report id (24 hex characters)')
    .description(
      'run the current extractor again on stored reports; a report whose extractor version changed gets ReportReextracted + its new ' +
        'events (the old extraction stays in the history, superseded); the same version is left alone (REEXTRACTION_UNCHANGED)',
    )
    .option(
      '--all',
      'every report, in submission order, with progress on stderr and a JSON summary on stdout; after an interruption (Ctrl-C, kill, crash) the same command resumes where it stopped',
    )
    .option('--force', 're-extract even when the extractor version has not changed')
    .option('--restart', 'with --all: start from the first report even when an interrupted run of this extractor version left a checkpoint')
    .option(
      '--checkpoint-every <n>',
      'with --all: reports between two checkpoint writes; an interrupted run looks at that many again (plus those in flight)',
      positiveIntOption(1_000_000),
      100,
    )
    .option(
      '--concurrency <n>',
      'with --all: reports re-extracted at once, in batches of half as many (one read per batch; extractions and appends overlap; ' +
        'still counted in submission order); an interrupted run looks at up to this many again beyond --checkpoint-every',
      positiveIntOption(64),
      32,
    )
    .addHelpText('after', '\nExamples:\n  sitrep reextract 3f5c0e9a1b2d4c6e8f0a1b2c\n  sitrep reextract --all\n')
    .action(async (id: string | undefined, options: ReextractOptions) => {
      if (!!id === !!options.all) {
        throw Object.assign(new Error('give a report id or --all (not both)'), { code: 'USAGE' });
      }
      const [
        { loadConfig },
        { CommandBus },
        { createReextractContext },
        { EVENT_STORE, POSTGRES_SQL },
        reextract,
        { ReextractReportCommand },
        { commandMetadata },
        checkpointsModule,
        { REPORT_EXTRACTOR },
        cliProgress,
      ] = await Promise.all([
        import('@sitrep/config'),
        import('@nestjs/cqrs'),
        import('../../../api/src/reports/commands/reextract-report/reextract-context.js'),
        import('../../../api/src/infrastructure/tokens.js'),
        import('../../../api/src/reports/commands/reextract-report/reextract-all.js'),
        import('../../../api/src/reports/commands/reextract-report/reextract-report.command.js'),
        import('../../../api/src/reports/application/command-metadata.js'),
        import('../../../api/src/reports/commands/reextract-report/reextract-checkpoints.js'),
        import('../../../api/src/reports/application/extractor.port.js'),
        import('cli-progress'),
      ]);
      const app = await createReextractContext(loadConfig());
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const commandBus = app.get(CommandBus);
        const correlationId = `cli-reextract-${Date.now()}`;
        if (id) {
          const result = await commandBus.execute(new ReextractReportCommand(id, commandMetadata(correlationId), options.force));
          process.stderr.write(
            result.outcome === 'reextracted'
              ? `sitrep: report ${id} re-extracted by ${result.extractorVersion} (was ${result.previousExtractorVersion}): ${result.eventCount} event(s), position ${result.position}\n`
              : `sitrep: report ${id} unchanged (${result.code}: already extracted by ${result.extractorVersion})\n`,
          );
          process.stdout.write(`${JSON.stringify(result)}\n`);
          return;
        }
        const checkpoints = checkpointsModule.postgresReextractCheckpoints(app.get(POSTGRES_SQL, { strict: false }));
        const extractor = app.get<ReportExtractor>(REPORT_EXTRACTOR, { strict: false });
        const progress = createProgress(cliProgress.default, await checkpoints.countReports());
        const summary = await reextract.reextractAll(
          {
            store: app.get(EVENT_STORE),
            commandBus,
            checkpoints,
            extractorVersion: await extractor.version(),
            metadata: (runId) => commandMetadata(runId),
            newRunId: () => correlationId,
          },
          {
            force: options.force,
            restart: options.restart,
            checkpointEvery: options.checkpointEvery,
            concurrency: options.concurrency,
            signal: stop.signal,
            onStart: ({ resumedAfter }) => progress.start(resumedAfter),
            onProgress: (p) => {
              progress.tick(p.done, p.outcome);
              if (p.outcome === 'failed')
                progress.log(`sitrep: report ${p.reportId} failed: ${p.error?.code ?? ''} ${p.error?.message ?? ''}`);
            },
          },
        );
        progress.stop();
        const resumed = summary.resumedAfter ? `, resumed after ${summary.resumedAfter} report(s) done by run ${summary.runId}` : '';
        process.stderr.write(
          `sitrep: ${summary.reports} report(s): ${summary.reextracted} re-extracted, ${summary.unchanged} unchanged, ` +
            `${summary.skipped} skipped (retracted), ${summary.failed} failed${resumed}` +
            `${stop.signal.aborted ? ' — interrupted; run it again to resume' : ''}\n`,
        );
        process.stdout.write(`${JSON.stringify({ ...summary, interrupted: stop.signal.aborted })}\n`);
        if (summary.failed > 0 || stop.signal.aborted) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await app.close();
      }
    });
}

/** A cli-progress bar (rate, ETA) on a terminal; otherwise one plain line every 100 reports. */
function createProgress(progress: typeof import('cli-progress'), total: number) {
  const started = performance.now();
  let first = 0;
  let done = 0;
  const rate = () => (done - first) / Math.max((performance.now() - started) / 1000, 0.001);
  const bar = process.stderr.isTTY
    ? new progress.SingleBar(
        {
          stream: process.stderr,
          format: ' {bar} {percentage}% | {value}/{total} reports | {rate}/s | ETA {eta_formatted} | last {outcome}',
          hideCursor: true,
          etaBuffer: 200,
        },
        progress.Presets.shades_classic,
      )
    : null;
  return {
    start(resumedAfter: number) {
      first = done = resumedAfter;
      if (resumedAfter > 0) process.stderr.write(`sitrep: resuming after ${resumedAfter} report(s) already done\n`);
      bar?.start(Math.max(total, resumedAfter), resumedAfter, { rate: '0.0', outcome: '-' });
    },
    tick(n: number, outcome: string) {
      done = n;
      if (bar) {
        if (n > bar.getTotal()) bar.setTotal(n); // reports submitted since the count
        bar.update(n, { rate: rate().toFixed(1), outcome });
      } else if (n % 100 === 0) {
        process.stderr.write(`sitrep: reextract ${n}/${total} report(s), ${rate().toFixed(1)}/s\n`);
      }
    },
    log(line: string) {
      if (bar) bar.stop();
      process.stderr.write(`${line}\n`);
      if (bar) bar.start(Math.max(total, done), done, { rate: rate().toFixed(1), outcome: 'failed' });
    },
    stop() {
      bar?.stop();
    },
  };
}
