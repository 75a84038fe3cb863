import { type Command, InvalidArgumentError, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '@sitrep/config';
import { secondsOption } from './option-parsers.js';

interface ExportOptions {
  format: 'acled' | 'ged' | 'geojson' | 'ndjson';
  out?: string;
  location?: string;
  type?: string;
  party?: string;
  from?: string;
  to?: string;
  asOf?: string;
  publishedBefore?: string;
  bom?: boolean;
  catchUp: boolean;
  catchUpTimeout: number;
}

const fail = (code: string, message: string) => Object.assign(new Error(message), { code });

export function register(program: Command): void {
  program
    .command('export')
    .description('write an export (ACLED-style CSV, UCDP GED-style CSV, GeoJSON or NDJSON) with the filters of GET /incidents')
    .addOption(
      new Option('--format <format>', 'acled, ged, geojson or ndjson').choices(['acled', 'ged', 'geojson', 'ndjson']).makeOptionMandatory(),
    )
    .option('--out <file>', 'file to write (written under a temporary name, renamed when complete); default or "-": stdout')
    .option('--location <place>', 'gazetteer id or English/Arabic name; places inside it count')
    .option('--type <type>', 'an event type, e.g. ShellingReported')
    .option('--party <code>', 'a party code, e.g. AM')
    .option('--from <date>', 'incidents going on at or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'incidents begun at or before this day (YYYY-MM-DD)')
    .option('--as-of <when>', 'a global position or an ISO 8601 timestamp: export what was known then')
    .option('--published-before <date>', 'only events from reports published on or before this day')
    .option('--bom', 'CSV formats: start with a UTF-8 byte order mark')
    .option('--no-catch-up', 'export the projections as they stand, without first applying the history up to the export position')
    .option('--catch-up-timeout <seconds>', 'longest wait for the projections to catch up', secondsOption, 600)
    .addHelpText(
      'after',
      '\nExamples:\n  sitrep export --format acled --location Jermuk --out jermuk.csv\n  sitrep export --format ndjson --as-of 2022-09-14 | jq -c .codes\n',
    )
    .action(async (options: ExportOptions) => {
      if (options.bom && (options.format === 'geojson' || options.format === 'ndjson'))
        throw new InvalidArgumentError('--bom applies to the CSV formats (acled, ged) only');
      await runExport(options);
    });
}

const OPTION_OF: Record<string, string> = { asOf: '--as-of', publishedBefore: '--published-before' };

/**
 * The filters, checked by the schema of the HTTP export of the same format:
 * the same rules and the same stable code (INVALID_QUERY_PARAMETER), before
 * the database is opened.
 */
async function exportFilters(options: ExportOptions) {
  const [{ exportQueryOf }, { queryViolation }, { EXPORT_FORMATS }] = await Promise.all([
    import('../../../api/src/exports/export-params.js'),
    import('../../../api/src/http/query-schema.js'),
    import('../../../api/src/exports/export-streams.js'),
  ]);
  const spec = EXPORT_FORMATS[options.format];
  const csv = spec.contentType.startsWith('text/csv');
  const { location, type, party, from, to, asOf, publishedBefore } = options;
  const raw = { location, type, party, from, to, asOf, publishedBefore, ...(csv && options.bom ? { bom: '1' } : {}) };
  const result = queryViolation(exportQueryOf({ csv, history: spec.reads === 'history' }), raw);
  if (result.ok) return result.value;
  const { parameter, value, expected } = result.violation;
  throw fail('INVALID_QUERY_PARAMETER', `${OPTION_OF[parameter] ?? `--${parameter}`} must be ${expected}, got ${JSON.stringify(value)}`);
}

async function runExport(options: ExportOptions): Promise<void> {
  const filters = await exportFilters(options);
  const [
    { openDatabase },
    { createEventStore },
    { ProjectionRunner },
    { createReadSideProjections },
    { resolveAsOf },
    { gazetteerDirectory },
    { placeChainOf },
    { resolveLocation },
    { countIncidents },
    { EXPORT_FORMATS, exportFileName, exportPosition, exportStream },
    cliProgress,
  ] = await Promise.all([
    import('@sitrep/database'),
    import('../../../api/src/infrastructure/event-store.factory.js'),
    import('@sitrep/projections'),
    import('@sitrep/projections'),
    import('@sitrep/projections'),
    import('@sitrep/projections'),
    import('@sitrep/projections'),
    import('@sitrep/projections'),
    import('@sitrep/projections'),
    import('../../../api/src/exports/export-streams.js'),
    import('cli-progress'),
  ]);
  const asOf = filters.asOf;
  const placeIds = filters.location === undefined ? undefined : resolveLocation(gazetteerDirectory, filters.location);
  if (placeIds?.length === 0) throw fail('LOCATION_NOT_FOUND', `no place matches ${JSON.stringify(options.location)}`);

  const log = (m: string) => process.stderr.write(`sitrep: ${m}\n`);
  const handle = await openDatabase(loadConfig(), { log });
  const started = performance.now();
  try {
    const store = createEventStore(handle);
    const db = handle.db as never;
    const reads = EXPORT_FORMATS[options.format].reads;
    const wanted = await resolveAsOf(db, asOf);
    if (reads === 'projections' && options.catchUp) {
      const target = Math.min(wanted ?? Number.POSITIVE_INFINITY, await store.headPosition());
      const runner = new ProjectionRunner({
        db,
        sql: handle.sql,
        store,
        projections: createReadSideProjections(),
        pollMs: 200,
        standbyPollMs: 500,
      });
      // Applies the history itself, or stands by while a running `sitrep serve` holds the projections' locks and does it.
      await runner.start();
      try {
        for (const name of runner.names) {
          if (!(await runner.waitForPosition(name, target, options.catchUpTimeout * 1000)))
            throw fail('CATCH_UP_TIMEOUT', `the ${name} projection did not reach position ${target} in ${options.catchUpTimeout} s`);
        }
      } finally {
        await runner.stop();
      }
    }
    const sources = { db, store, directory: gazetteerDirectory, chain: placeChainOf(gazetteerDirectory) };
    const position = await exportPosition(options.format, sources, wanted);
    const total = reads === 'history' ? position : await countIncidents(db, position);
    const progress = startProgress(cliProgress.default, total, reads === 'history' ? 'events' : 'incidents');
    const stream = exportStream(
      options.format,
      sources,
      {
        placeIds,
        type: filters.type,
        party: filters.party,
        from: filters.from,
        to: filters.to,
        asOf: position,
        publishedBefore: filters.publishedBefore,
      },
      { bom: options.bom, progress: { onRead: (n) => progress.update(n) } },
    );
    let bytes = 0;
    stream.on('data', (chunk: Buffer | string) => (bytes += Buffer.byteLength(chunk)));
    const toFile = options.out !== undefined && options.out !== '-';
    const partial = toFile ? `${options.out}.partial-${process.pid}` : null;
    try {
      await pipeline(stream, partial ? createWriteStream(partial) : stdoutUntilClosed());
      if (partial) await rename(partial, options.out!);
    } catch (error) {
      if (partial) await rm(partial, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw error;
    } finally {
      progress.stop();
    }
    const secs = (performance.now() - started) / 1000;
    const name = toFile ? options.out : 'stdout';
    log(
      `exported ${options.format} as of position ${position} (${exportFileName(options.format, position)}) to ${name}: ${bytes} bytes in ${secs.toFixed(1)} s`,
    );
  } finally {
    await handle.close();
  }
}

/** stdout; when the reader goes away (`sitrep export ... | head`) the export stops with EPIPE, which the caller takes as the end. */
function stdoutUntilClosed(): Writable {
  let closed: Error | null = null;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => (closed = err));
  return new Writable({
    write(chunk, _encoding, done) {
      if (closed) return done(closed);
      process.stdout.write(chunk, (err) => done(err ?? closed ?? undefined));
    },
  });
}

function startProgress(progress: typeof import('cli-progress'), total: number, unit: string): { update(n: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new progress.SingleBar(
    { stream: process.stderr, format: ` {bar} {percentage}% | {value}/{total} ${unit} | ETA {eta_formatted}`, hideCursor: true },
    progress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  return {
    // A filtered export reads fewer incidents than exist: the bar ends at what was read.
    update: (n) => bar.update(Math.min(n, Math.max(total, 1))),
    stop: () => {
      bar.update(Math.max(total, 1));
      bar.stop();
    },
  };
}
