import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
// Only the pure extractor (`sitrep extract` starts without NestJS or the database), loaded by the action:
// every other command (serve, reextract…) would otherwise load its lexicons on the main thread first.
type Extract = (typeof import('@sitrep/extraction'))['extract'];
const loadExtract = async (): Promise<Extract> => (await import('@sitrep/extraction')).extract;
import { CALENDAR_DATE_EXPECTED, isCalendarDate } from '@sitrep/domain';
import { calendarDateOption } from './option-parsers.js';

interface ExtractOptions {
  published?: string;
  source?: string;
  language?: string;
  jsonl?: boolean;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** One JSON line in, one JSON line out; a bad line becomes an error record, never a crash. */
function extractLine(extract: Extract, line: string): { out: string; ok: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { out: JSON.stringify({ id: null, error: { code: 'INVALID_JSON', message: (err as Error).message } }), ok: false };
  }
  const rec = parsed as { id?: unknown; text?: unknown; publishedOn?: unknown; language?: unknown; source?: unknown } | null;
  const id = rec && typeof rec === 'object' && 'id' in rec ? (rec.id ?? null) : null;
  if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string') {
    return { out: JSON.stringify({ id, error: { code: 'INVALID_INPUT', message: 'expected an object with a string "text"' } }), ok: false };
  }
  if (rec.publishedOn != null && (typeof rec.publishedOn !== 'string' || !isCalendarDate(rec.publishedOn))) {
    return {
      out: JSON.stringify({ id, error: { code: 'INVALID_DATE', message: `"publishedOn" must be ${CALENDAR_DATE_EXPECTED}` } }),
      ok: false,
    };
  }
  try {
    const record = extract({
      text: rec.text,
      publishedOn: (rec.publishedOn as string | null | undefined) ?? null,
      language: typeof rec.language === 'string' ? rec.language : null,
      source: typeof rec.source === 'string' ? rec.source : null,
    });
    return { out: JSON.stringify({ id, ...record }), ok: true };
  } catch (err) {
    return { out: JSON.stringify({ id, error: { code: 'EXTRACTION_FAILED', message: (err as Error).message } }), ok: false };
  }
}

async function runJsonl(): Promise<void> {
  const extract = await loadExtract();
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const { out, ok } = extractLine(extract, line);
    if (!ok) failures++;
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (failures) {
    process.stderr.write(`sitrep extract: ${failures} line(s) could not be extracted\n`);
    process.exitCode = 1;
  }
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('turn an Arabic news report into its extraction record (JSON); --jsonl for a stream of reports')
    .argument('[file]', 'report text file, or - for standard input')
    .option('--published <date>', 'publication date (YYYY-MM-DD), the reference for relative dates', calendarDateOption)
    .option('--source <name>', 'outlet name, used when the text names no source')
    .option('--language <code>', 'ISO 639-1 language code (detected when absent)')
    .option('--jsonl', 'read JSON lines {id, text, publishedOn, language} on stdin, write one {id, report, events} line each')
    .action(async (file: string | undefined, opts: ExtractOptions) => {
      if (opts.jsonl) return runJsonl();
      if (!file) throw Object.assign(new Error('give a FILE, - for standard input, or --jsonl'), { code: 'USAGE' });
      const text = file === '-' ? await readAll(process.stdin) : await readFile(file, 'utf8');
      const extract = await loadExtract();
      const record = extract({ text, publishedOn: opts.published ?? null, source: opts.source ?? null, language: opts.language ?? null });
      process.stdout.write(JSON.stringify(record, null, 2) + '\n');
    });
}
