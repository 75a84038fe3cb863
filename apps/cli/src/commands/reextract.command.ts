import { type Command } from 'commander';

interface ReextractOptions {
  all?: boolean;
  force?: boolean;
}

export function register(program: Command): void {
  program
    .command('reextract')
    .argument('[id]', 'report id (24 hex characters)')
    .description(
      'run the current extractor again on stored reports; a report whose extractor version changed gets ReportReextracted + its new ' +
        'events (the old extraction stays in the history, superseded); the same version is left alone (REEXTRACTION_UNCHANGED)',
    )
    .option('--all', 'every report, in submission order, with progress on stderr and a JSON summary on stdout')
    .option('--force', 're-extract even when the extractor version has not changed')
    .addHelpText('after', '\nExamples:\n  sitrep reextract 3f5c0e9a1b2d4c6e8f0a1b2c\n  sitrep reextract --all\n')
    .action(async (id: string | undefined, options: ReextractOptions) => {
      if (!!id === !!options.all) {
        throw Object.assign(new Error('give a report id or --all (not both)'), { code: 'USAGE' });
      }
      const [
        { loadConfig },
        { CommandBus },
        { createReextractContext },
        { EVENT_STORE },
        reextract,
        { ReextractReportCommand },
        { commandMetadata },
      ] = await Promise.all([
        import('@sitrep/config'),
        import('@nestjs/cqrs'),
        import('../../../api/src/reports/commands/reextract-report/reextract-context.js'),
        import('../../../api/src/infrastructure/tokens.js'),
        import('../../../api/src/reports/commands/reextract-report/reextract-all.js'),
        import('../../../api/src/reports/commands/reextract-report/reextract-report.command.js'),
        import('../../../api/src/reports/application/command-metadata.js'),
      ]);
      const app = await createReextractContext(loadConfig());
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
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
        const progress = createProgress();
        const summary = await reextract.reextractAll(app.get(EVENT_STORE), commandBus, () => commandMetadata(correlationId), {
          force: options.force,
          signal: stop.signal,
          onProgress: (p) => {
            progress.tick(p.done, p.outcome);
            if (p.outcome === 'failed')
              progress.log(`sitrep: report ${p.reportId} failed: ${p.error?.code ?? ''} ${p.error?.message ?? ''}`);
          },
        });
        progress.end();
        process.stderr.write(
          `sitrep: ${summary.reports} report(s): ${summary.reextracted} re-extracted, ${summary.unchanged} unchanged, ` +
            `${summary.skipped} skipped (retracted), ${summary.failed} failed${stop.signal.aborted ? ' — interrupted' : ''}\n`,
        );
        process.stdout.write(`${JSON.stringify({ ...summary, interrupted: stop.signal.aborted })}\n`);
        if (summary.failed > 0 || stop.signal.aborted) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        await app.close();
      }
    });
}

/** A one-line counter on a terminal; a line every 100 reports when stderr is a file or a pipe. */
function createProgress() {
  const tty = process.stderr.isTTY;
  let last = '';
  return {
    tick(done: number, outcome: string) {
      if (tty) {
        last = `reextract: ${done} report(s), last ${outcome}`;
        process.stderr.write(`\r${last}`);
      } else if (done % 100 === 0) {
        process.stderr.write(`reextract: ${done} report(s)\n`);
      }
    },
    log(line: string) {
      process.stderr.write(tty && last ? `\r\x1b[K${line}\n${last}` : `${line}\n`);
    },
    end() {
      if (tty && last) process.stderr.write('\n');
    },
  };
}
