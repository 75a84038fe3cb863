/**
 * `npm run bench`: every part in turn, each in its own process (so one part's
 * memory never shows in another's figures), against one PostgreSQL server:
 * DATABASE_URL, else an embedded one started here and shared by the parts.
 * The replay and HTTP parts share one throwaway database holding the
 * 1,000,000-event history, written once; everything is dropped at the end.
 *
 * The re-extraction part writes its own history (report streams of an older
 * extractor version) in a database of its own: RUN_ALL_REEXTRACT_REPORTS of
 * them unless BENCH_REEXTRACT_REPORTS says otherwise, so that the whole run
 * stays under 15 minutes (issue 17's 100,000 reports take hours on a loaded
 * 2-core machine: `npm run bench:reextract`, whose default they are).
 *
 * BENCH_PARTS=extract,pool,append,replay,http,reextract picks parts; the other BENCH_*
 * variables pass through (see each script's header).
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@sitrep/database';
import { loadConfig } from '@sitrep/config';
import { createScratchDatabase } from './harness/bench-database.js';
import { machineInfo } from './harness/machine.js';
import { log, now } from './harness/measure.js';
import { corpusFolder } from './harness/payloads.js';
import { printFigure, writeSection, type Figure } from './harness/results.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PARTS = (process.env.BENCH_PARTS ?? 'extract,pool,append,replay,http,reextract').split(',').map((p) => p.trim());
/** 107 s of workload (re-extraction + catch-up) and ~2 min of set-up at load 13-19 (bench/results/2026-12-06-reextract.md). */
const RUN_ALL_REEXTRACT_REPORTS = 2_000;

function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, capture = false): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(HERE, script), ...args], {
      env,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      process.stdout.write(d);
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

const started = now();
const config = loadConfig();
// One server for every part: the embedded one lives as long as this process.
const admin = await openDatabase({ ...config, dbPoolSize: 2 }, { migrate: false, applicationName: 'sitrep-bench-run-all', log });
process.env.DATABASE_URL = admin.url;
// The parts see a plain URL; the results should still say the server is the embedded one.
if (admin.embedded) process.env.BENCH_SERVER_LABEL = 'embedded';
const env: NodeJS.ProcessEnv = { ...process.env };
const failed: string[] = [];
try {
  if (PARTS.includes('extract')) {
    // bench/extract.bench.ts belongs to the extractor; its two printed lines become the extract section.
    console.log('\n== extract ==');
    const partStarted = now();
    const { code, stdout } = await runNode('extract.bench.js', [corpusFolder()], env, true);
    const m = /([\d.]+) reports\/s, ([\d.]+) MB\/s/.exec(stdout);
    const figures: Figure[] = [
      {
        name: 'extraction, one core, dev corpus repeated to >= 10,000 reports',
        value: m ? Number(m[1]) : null,
        unit: 'reports/s',
        target: { op: '>=', value: 1000 },
      },
      { name: 'extraction throughput', value: m ? Number(m[2]) : null, unit: 'MB/s' },
    ];
    figures.forEach(printFigure);
    const line = stdout.split('\n').find((l) => l.includes('reports (')) ?? '';
    await writeSection(await machineInfo(admin.sql, admin.embedded ? 'embedded' : new URL(admin.url).host), {
      section: 'extract',
      ranAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      seconds: (now() - partStarted) / 1000,
      figures,
      notes: line ? [line.trim()] : [],
    });
    if (code !== 0 || !m) failed.push('extract');
  }
  if (PARTS.includes('pool')) {
    // bench/pool.bench.ts prints its figures; they become the pool section.
    console.log('\n== pool ==');
    const partStarted = now();
    const { code, stdout } = await runNode('pool.bench.js', [], env, true);
    const number = (re: RegExp) => {
      const m = re.exec(stdout);
      return m ? Number(m[1]) : null;
    };
    const latency = /latency at concurrency (\d+)/.exec(stdout)?.[1] ?? '?';
    const figures: Figure[] = [
      {
        name: 'extraction through the worker pool, server settings',
        value: number(/([\d.]+) reports\/s \(wall clock\)/),
        unit: 'reports/s',
      },
      { name: 'pool CPU a report, all threads', value: number(/([\d.]+) ms CPU a report/), unit: 'ms' },
      { name: `pool latency p50, ${latency} in flight`, value: number(/p50 ([\d.]+) ms/), unit: 'ms' },
      { name: `pool latency p99, ${latency} in flight`, value: number(/p99 ([\d.]+) ms/), unit: 'ms' },
    ];
    figures.forEach(printFigure);
    await writeSection(await machineInfo(admin.sql, admin.embedded ? 'embedded' : new URL(admin.url).host), {
      section: 'pool',
      ranAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      seconds: (now() - partStarted) / 1000,
      figures,
      notes: stdout
        .split('\n')
        .filter((l) => l.startsWith('pool: '))
        .map((l) => l.trim()),
    });
    if (code !== 0 || figures.some((f) => f.value === null)) failed.push('pool');
  }
  if (PARTS.includes('append')) {
    if ((await runNode('append.bench.js', [], env)).code !== 0) failed.push('append');
  }
  if (PARTS.includes('replay') || PARTS.includes('http')) {
    const shared = await createScratchDatabase('history');
    try {
      const sharedEnv = { ...env, BENCH_DATABASE_URL: shared.url };
      for (const part of ['replay', 'http'].filter((p) => PARTS.includes(p))) {
        if ((await runNode(`${part}.bench.js`, [], sharedEnv)).code !== 0) failed.push(part);
      }
    } finally {
      await shared.drop();
    }
  }
  if (PARTS.includes('reextract')) {
    const reextractEnv = { ...env, BENCH_REEXTRACT_REPORTS: env.BENCH_REEXTRACT_REPORTS ?? String(RUN_ALL_REEXTRACT_REPORTS) };
    if ((await runNode('reextract.bench.js', [], reextractEnv)).code !== 0) failed.push('reextract');
  }
} finally {
  await admin.close();
}
log(
  `npm run bench: ${((now() - started) / 60_000).toFixed(1)} min; results in bench/results/latest.md${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
);
if (failed.length) process.exitCode = 1;
