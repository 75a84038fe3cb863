// Extraction throughput on one core: the dev corpus repeated to >= 10,000
// reports, timed after a warm-up. Prints reports/s and MB/s; not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../libs/extraction/src/index.js';

const dir = process.argv[2] ?? join(process.cwd(), '../shared/corpus/dev');
let reports: { text: string; publishedOn: string | null }[] = [];
try {
  reports = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; publishedOn: string | null })
    .map((g) => ({ text: g.text, publishedOn: g.publishedOn }));
} catch {
  console.error(`bench: no corpus at ${dir} (pass a folder of gold .json files)`);
  process.exit(2);
}
if (!reports.length) {
  console.error(`bench: no .json reports in ${dir}`);
  process.exit(2);
}
const target = 10_000;
const rounds = Math.ceil(target / reports.length);
const total = rounds * reports.length;
const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r.text, 'utf8'), 0) * rounds;

for (let i = 0; i < 2; i++) for (const r of reports) extract(r); // warm-up (JIT)
let events = 0;
const t0 = process.hrtime.bigint();
for (let k = 0; k < rounds; k++) for (const r of reports) events += extract(r).events.length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

const avgKb = bytes / total / 1024;
console.log(
  `extract: ${total} reports (${reports.length} distinct, avg ${avgKb.toFixed(1)} KiB UTF-8), ${events} events in ${seconds.toFixed(2)} s`,
);
console.log(`extract: ${(total / seconds).toFixed(0)} reports/s, ${(bytes / seconds / 1e6).toFixed(2)} MB/s on one core`);
