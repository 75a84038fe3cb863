import type { Command } from 'commander';
import { batchSizeOption, positionOption } from './option-parsers.js';
import { loadConfig } from '@sitrep/config';

interface ReplayOptions {
  after: number;
  to?: number;
  follow?: boolean;
  types?: string;
  batchSize: number;
}

export function register(program: Command): void {
  program
    .command('replay')
    .description('print the history as NDJSON, one recorded event per line in global order (the same JSON as GET /events)')
    .option('--after <position>', 'start strictly after this global position', positionOption, 0)
    .option('--to <position>', 'stop after this global position (inclusive); default: the head when the replay starts', positionOption)
    .option('--follow', 'after catching up, keep printing events as they are appended (until --to or Ctrl-C)')
    .option('--types <list>', 'only these event types, comma-separated')
    .option('--batch-size <n>', 'events read per page', batchSizeOption, 500)
    .addHelpText(
      'after',
      "\nExamples:\n  sitrep replay --after 120 | jq -c '{position, type}'\n  sitrep replay --follow --types CasualtiesClaimed\n",
    )
    .action(async (options: ReplayOptions) => {
      const [{ openDatabase }, { createEventStore }, { readHistory, followHistory }, { toRecordedEventJson }, { writeNdjson }] =
        await Promise.all([
          import('@sitrep/database'),
          import('../../../api/src/infrastructure/event-store.factory.js'),
          import('../../../api/src/replay/read-history.js'),
          import('../../../api/src/replay/recorded-event.json.js'),
          import('../output/ndjson.js'),
        ]);
      const types = options.types
        ? new Set(
            options.types
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean),
          )
        : undefined;
      const handle = await openDatabase(loadConfig(), { log: (m) => process.stderr.write(`sitrep: ${m}\n`) });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const store = createEventStore(handle);
        const range = { after: options.after, to: options.to, batchSize: options.batchSize, signal: stop.signal };
        const batches = options.follow ? followHistory(store, range) : readHistory(store, range);
        const result = await writeNdjson(
          process.stdout,
          (async function* () {
            for await (const batch of batches) {
              yield types ? batch.filter((e) => types.has(e.type)) : batch;
            }
          })(),
          (event) => JSON.stringify(toRecordedEventJson(event as Parameters<typeof toRecordedEventJson>[0])),
        );
        stop.abort();
        if (process.stderr.isTTY && !result.closed) process.stderr.write(`sitrep: replayed ${result.written} event(s)\n`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await handle.close();
      }
    });
}
