import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Collects what each scenario's Tally reported and prints it together at the end
 * (vitest interleaves per-test output), and keeps it as .ci/out/chaos-summary.ndjson.
 */
export default function setup(project: TestProject) {
  const dir = join(process.cwd(), '.ci/out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'chaos-summary.ndjson');
  rmSync(file, { force: true });
  project.provide('chaosSummaryFile', file);
  const started = Date.now();
  return () => {
    let lines: string[] = [];
    try {
      lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    } catch {
      /* nothing reported */
    }
    const out = ['', '======== chaos summary ========'];
    for (const l of lines) {
      const r = JSON.parse(l) as { scenario: string; headline?: string; counts: Record<string, number> };
      const counts = Object.entries(r.counts)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      out.push(`${r.scenario}: ${r.headline ? `${r.headline} | ` : ''}${counts}`);
    }
    out.push(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`, '');
    process.stdout.write(out.join('\n'));
  };
}
