import { type Command, Option } from 'commander';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { calendarDateOption, positiveIntOption } from './option-parsers.js';

/** One report to submit, and where it came from (for the failure list). */
interface IngestItem {
  origin: string;
  /** Raw report fields, or the error that made the item unreadable. */
  raw?: Record<string, unknown>;
  error?: { code: string; detail: string };
}

interface IngestOptions {
  published?: string;
  source?: string;
  language?: string;
  format?: 'txt' | 'ndjson';
  concurrency: number;
  progressEvery: number;
  json?: boolean;
}

const REPORT_EXTENSIONS = new Set(['.txt', '.ndjson', '.jsonl']);
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'submit reports from files, folders (recursively) or stdin (-): .txt is one report per file, .ndjson one JSON report per line',
    )
    .argument('<paths...>', 'files, folders, or - for stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for reports that do not give one', calendarDateOption)
    .option('--source <outlet>', 'source outlet for reports that do not give one')
    .option('--language <code>', 'language code for reports that do not give one')
    .addOption(
      new Option('--format <format>', 'format of stdin (default: ndjson when it starts with "{", else txt)').choices(['txt', 'ndjson']),
    )
    .option('--concurrency <n>', 'reports submitted in parallel', positiveIntOption(64), 4)
    .option('--progress-every <n>', 'without a terminal, print a progress line every n reports', positiveIntOption(1_000_000), 100)
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  sitrep ingest ./reports --published 2022-09-13 --source TASS\n  cat feed.ndjson | sitrep ingest -\n\nExit status: 0 when every report was stored (new or already there), 1 when any failed.\n',
    )
    .action(async (paths: string[], options: IngestOptions) => {
      const failed = await ingest(paths, options);
      if (failed > 0) process.exitCode = 1;
    });
}

async function ingest(paths: string[], options: IngestOptions): Promise<number> {
  const [{ loadConfig }, { createWriteContext }, { CommandBus }, { SubmitReportCommand }, { commandMetadata }, { toProblem }, cliProgress] =
    await Promise.all([
      import('@sitrep/config'),
      import('../../../api/src/create-context.js'),
      import('@nestjs/cqrs'),
      import('../../../api/src/reports/commands/submit-report/submit-report.command.js'),
      import('../../../api/src/reports/application/command-metadata.js'),
      import('../../../api/src/http/problem-details.filter.js'),
      import('cli-progress'),
    ]);
  const { extract } = await import('@sitrep/extraction');
  const defaults: Record<string, unknown> = {};
  if (options.source) defaults.source = options.source;
  if (options.language) defaults.language = options.language;

  const { files, stdin, problems } = await collectInputs(paths);
  const total = stdin ? null : problems.length + (await countReports(files));

  const context = await createWriteContext(loadConfig());
  const bus = context.get(CommandBus);
  const progress = createProgress(cliProgress.default, total, options.progressEvery);
  const summary = {
    new: 0,
    existing: 0,
    failed: 0,
    failures: [] as { origin: string; code: string; detail: string }[],
    reports: [] as IngestedReport[],
  };
  const correlationId = `ingest-${Date.now().toString(36)}`;
  const fail = (origin: string, code: string, detail: string) => {
    summary.failed += 1;
    summary.failures.push({ origin, code, detail });
  };
  const submit = async (item: IngestItem): Promise<void> => {
    if (item.error) fail(item.origin, item.error.code, item.error.detail);
    else {
      try {
        const dated = dateOf(item.raw!, options.published, extract);
        const command = SubmitReportCommand.from(
          { ...defaults, ...item.raw, ...(dated.publishedOn ? { publishedOn: dated.publishedOn } : {}) },
          commandMetadata(`${correlationId}:${item.origin}`, correlationId),
        );
        const result = await bus.execute(command);
        if (result.created) summary.new += 1;
        else summary.existing += 1;
        summary.reports.push({
          origin: item.origin,
          id: result.id,
          status: result.created ? 'new' : 'existing',
          publishedOn: dated.publishedOn,
          dateFrom: dated.from,
          ...(result.differences?.length ? { storedDiffers: result.differences.map((d) => d.field) } : {}),
        });
      } catch (error) {
        const { problem } = toProblem(error, item.origin);
        fail(item.origin, problem.code, problem.code === 'INTERNAL_ERROR' ? String((error as Error).message ?? error) : problem.detail);
      }
    }
    progress.tick(summary);
  };

  const started = performance.now();
  try {
    const running = new Set<Promise<void>>();
    for await (const item of readItems(files, stdin, problems, options.format)) {
      const task = submit(item).finally(() => running.delete(task));
      running.add(task);
      if (running.size >= options.concurrency) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    progress.stop();
    await context.close();
  }

  const seconds = (performance.now() - started) / 1000;
  const count = summary.new + summary.existing + summary.failed;
  summary.reports.sort((a, b) => a.origin.localeCompare(b.origin, 'en', { numeric: true }));
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ reports: count, new: summary.new, existing: summary.existing, failed: summary.failed, seconds, failures: summary.failures, ingested: summary.reports })}\n`,
    );
  } else {
    process.stdout.write(
      `ingested ${count} report(s) in ${seconds.toFixed(1)} s: ${summary.new} new, ${summary.existing} already stored, ${summary.failed} failed\n`,
    );
    for (const r of summary.reports) {
      const date = r.publishedOn ? `${r.publishedOn} (${DATE_FROM_LABEL[r.dateFrom]})` : 'undated';
      const differs = r.storedDiffers ? `; stored report keeps its own ${r.storedDiffers.join(', ')}` : '';
      process.stdout.write(`  ${r.status.padEnd(8)} ${r.id} ${date} ${r.origin}${differs}\n`);
    }
    for (const f of summary.failures) process.stdout.write(`  failed ${f.origin}: ${f.code}: ${f.detail}\n`);
  }
  return summary.failed;
}

interface IngestedReport {
  origin: string;
  id: string;
  status: 'new' | 'existing';
  publishedOn: string | null;
  dateFrom: DateFrom;
  /** Already stored with other values for these fields (a re-ingest never changes a report). */
  storedDiffers?: string[];
}

/** Where a report's publication date came from. */
type DateFrom = 'report' | 'dateline' | 'flag' | 'none';
const DATE_FROM_LABEL: Record<DateFrom, string> = {
  report: 'given with the report',
  dateline: "the text's own dateline, over --published",
  flag: '--published',
  none: 'none',
};

type Extract = (input: { text: string; publishedOn: string | null }) => {
  report: { referenceDate: string | null; referenceDateSource: string };
};

/**
 * The publication date of one report: its own `publishedOn` (ndjson), else the
 * date its text states (a dateline «يريفان، 28 سبتمبر 2020»), else `--published`.
 * One flag for a whole folder must not re-date a 2020 report as 2022.
 */
function dateOf(raw: Record<string, unknown>, flag: string | undefined, extract: Extract): { publishedOn: string | null; from: DateFrom } {
  if (typeof raw.publishedOn === 'string' && raw.publishedOn !== '') return { publishedOn: raw.publishedOn, from: 'report' };
  if (!flag) return { publishedOn: null, from: 'none' };
  if (typeof raw.text === 'string') {
    const own = extract({ text: raw.text, publishedOn: null }).report;
    if (own.referenceDateSource === 'inferred' && own.referenceDate && own.referenceDate !== flag) {
      return { publishedOn: own.referenceDate, from: 'dateline' };
    }
  }
  return { publishedOn: flag, from: 'flag' };
}

async function collectInputs(paths: string[]): Promise<{ files: string[]; stdin: boolean; problems: IngestItem[] }> {
  const files: string[] = [];
  const problems: IngestItem[] = [];
  let stdin = false;
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    if (path === '-') {
      stdin = true;
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) problems.push({ origin: path, error: { code: 'PATH_NOT_FOUND', detail: 'no such file or folder' } });
    else if (info.isDirectory()) await walk(path);
    else if (!REPORT_EXTENSIONS.has(extname(path).toLowerCase())) {
      problems.push({ origin: path, error: { code: 'UNSUPPORTED_FILE_TYPE', detail: 'expected .txt, .ndjson or .jsonl' } });
    } else if (info.size > MAX_FILE_BYTES && extname(path).toLowerCase() === '.txt') {
      problems.push({ origin: path, error: { code: 'REPORT_TOO_LARGE', detail: `file is larger than ${MAX_FILE_BYTES} bytes` } });
    } else files.push(path);
  }
  return { files, stdin, problems };
}

const isNdjson = (path: string) => ['.ndjson', '.jsonl'].includes(extname(path).toLowerCase());

async function countReports(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (!isNdjson(file)) total += 1;
    else for await (const line of lines(createReadStream(file))) if (line.bytes.some((b) => b > 0x20)) total += 1;
  }
  return total;
}

async function* lines(source: AsyncIterable<Buffer | string>) {
  const { ndjsonLines } = await import('../../../api/src/http/ndjson-lines.js');
  yield* ndjsonLines(source, 8 * 1024 * 1024);
}

async function* readItems(files: string[], stdin: boolean, problems: IngestItem[], format?: 'txt' | 'ndjson'): AsyncGenerator<IngestItem> {
  const { decodeUtf8Strict } = await import('@sitrep/domain');
  yield* problems;
  const fromText = (origin: string, bytes: Buffer): IngestItem => {
    try {
      return { origin, raw: { text: decodeUtf8Strict(bytes) } };
    } catch (error) {
      return { origin, error: { code: 'INVALID_UTF8', detail: (error as Error & { detail?: string }).detail ?? 'not valid UTF-8' } };
    }
  };
  const fromNdjson = async function* (origin: string, source: AsyncIterable<Buffer | string>): AsyncGenerator<IngestItem> {
    for await (const { number, bytes, tooLong } of lines(source)) {
      if (!tooLong && !bytes.some((b) => b > 0x20)) continue;
      const at = `${origin}:${number}`;
      if (tooLong) {
        yield { origin: at, error: { code: 'REPORT_TOO_LARGE', detail: 'line longer than 8 MiB' } };
        continue;
      }
      let text: string;
      try {
        text = decodeUtf8Strict(bytes);
      } catch {
        yield { origin: at, error: { code: 'INVALID_UTF8', detail: 'line is not valid UTF-8' } };
        continue;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        yield { origin: at, error: { code: 'MALFORMED_JSON', detail: (error as Error).message } };
        continue;
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        yield { origin: at, error: { code: 'INVALID_BODY', detail: 'a line is one JSON object such as {"text": "..."}' } };
        continue;
      }
      yield { origin: at, raw: raw as Record<string, unknown> };
    }
  };
  for (const file of files) {
    const rel = relative(process.cwd(), file);
    const origin = rel && !rel.startsWith('..') ? rel : file;
    if (isNdjson(file)) yield* fromNdjson(origin, createReadStream(file));
    else yield fromText(origin, await readFile(file));
  }
  if (stdin) {
    const chunks: Buffer[] = [];
    let first: Buffer | null = null;
    if (format === 'ndjson') {
      yield* fromNdjson('stdin', process.stdin);
      return;
    }
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      first ??= chunk;
      chunks.push(chunk);
      // Undecided format: peek at the first bytes, then stream ndjson instead of buffering it.
      if (!format && first.toString('utf8').trimStart().startsWith('{')) {
        yield* fromNdjson(
          'stdin',
          (async function* () {
            yield* chunks;
            yield* process.stdin as AsyncIterable<Buffer>;
          })(),
        );
        return;
      }
    }
    const all = Buffer.concat(chunks);
    if (all.some((b) => b > 0x20)) yield fromText('stdin', all);
  }
}

interface Counts {
  new: number;
  existing: number;
  failed: number;
}

/** A cli-progress bar (rate, ETA) on a terminal; otherwise one plain line every `every` reports. */
function createProgress(
  progress: typeof import('cli-progress'),
  total: number | null,
  every: number,
): { tick(counts: Counts): void; stop(): void } {
  const started = performance.now();
  let done = 0;
  const rateNow = () => done / Math.max((performance.now() - started) / 1000, 0.001);
  if (process.stderr.isTTY) {
    const bar = new progress.SingleBar(
      {
        stream: process.stderr,
        format:
          ' {bar} {percentage}% | {value}/{total} reports | {rate}/s | ETA {eta_formatted} | new {new}, existing {existing}, failed {failed}',
        hideCursor: true,
        etaBuffer: 50,
      },
      progress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: '0.0', new: 0, existing: 0, failed: 0 });
    return {
      tick(counts) {
        done += 1;
        if (total === null) bar.setTotal(done);
        bar.update(done, { rate: rateNow().toFixed(1), ...counts });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    tick(counts) {
      done += 1;
      if (done % every !== 0) return;
      const rate = rateNow();
      const of = total === null ? '' : `/${total}`;
      const eta = total === null ? '' : `, ETA ${Math.ceil((total - done) / rate)} s`;
      process.stderr.write(
        `sitrep: ingest ${done}${of} (new ${counts.new}, existing ${counts.existing}, failed ${counts.failed}) ${rate.toFixed(1)}/s${eta}\n`,
      );
    },
    stop() {},
  };
}
