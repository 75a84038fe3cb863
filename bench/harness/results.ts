import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MachineInfo } from './machine.js';
import { describeMachine } from './machine.js';

/** A bound a figure should meet: `>= 5000` events/s, `< 100` ms. */
export interface Target {
  op: '>=' | '<=' | '<' | '>';
  value: number;
}

export interface Figure {
  name: string;
  value: number | null;
  unit: string;
  target?: Target;
  /** Context printed beside the figure (conflicts, retries, memory...). */
  note?: string;
}

export interface SectionResult {
  section: string;
  ranAt: string;
  seconds: number;
  figures: Figure[];
  notes: string[];
}

interface ResultsFile {
  date: string;
  machine: MachineInfo;
  sections: Record<string, SectionResult>;
}

// Runs compiled from dist/bench/harness/ (three levels under the repository root) or, in an editor, from bench/harness/ (two).
const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, HERE.includes('/dist/bench/') ? '../../..' : '../..');
export const RESULTS_DIR = join(REPO, 'bench', 'results');
const OPTIMISATIONS = join(REPO, 'bench', 'optimisations.md');
const SECTION_ORDER = ['extract', 'pool', 'append', 'replay', 'time-travel', 'http'];

export function verdict(f: Figure): 'PASS' | 'MISS' | '' {
  if (!f.target) return '';
  if (f.value === null || Number.isNaN(f.value)) return 'MISS';
  const { op, value } = f.target;
  const ok = op === '>=' ? f.value >= value : op === '<=' ? f.value <= value : op === '<' ? f.value < value : f.value > value;
  return ok ? 'PASS' : 'MISS';
}

export function formatNumber(value: number | null, unit = ''): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  const digits = unit === '' && Number.isInteger(value) ? 0 : unit === 'x' || Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const withUnit = (value: number | null, unit: string) =>
  unit === 'x' ? `${formatNumber(value, unit)}x` : `${formatNumber(value, unit)} ${unit}`.trim();

export const formatTarget = (f: Figure): string => (f.target ? `${f.target.op} ${withUnit(f.target.value, f.unit)}` : '');

/** Prints one figure as it is measured: value, target, PASS/MISS. */
export function printFigure(f: Figure): void {
  const v = verdict(f);
  const target = f.target ? `target ${formatTarget(f)}` : '';
  console.log(
    `  ${f.name.padEnd(52)} ${withUnit(f.value, f.unit).padStart(18)}   ${target.padEnd(26)} ${v.padEnd(4)}${f.note ? `  (${f.note})` : ''}`,
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Merges one section into `bench/results/<date>.json` (so running one part
 * alone refreshes only its rows), then renders `<date>.md` and `latest.md`.
 */
export async function writeSection(machine: MachineInfo, result: SectionResult): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const date = today();
  const jsonPath = join(RESULTS_DIR, `${date}.json`);
  let file: ResultsFile;
  try {
    file = JSON.parse(await readFile(jsonPath, 'utf8')) as ResultsFile;
  } catch {
    file = { date, machine, sections: {} };
  }
  file.machine = machine;
  file.sections[result.section] = result;
  await writeFile(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  const md = await render(file);
  const mdPath = join(RESULTS_DIR, `${date}.md`);
  await writeFile(mdPath, md);
  await writeFile(join(RESULTS_DIR, 'latest.md'), md);
  return mdPath;
}

async function render(file: ResultsFile): Promise<string> {
  const m = file.machine;
  const lines = [
    `# Sitrep benchmarks — ${file.date}`,
    '',
    `Machine: ${describeMachine(m)}; ${m.os}.`,
    '',
    'Each section is the latest run of that part (`npm run bench:<part>`); figures measured in one process side by side.',
    '',
  ];
  const names = Object.keys(file.sections).sort((a, b) => rank(a) - rank(b));
  for (const name of names) {
    const s = file.sections[name]!;
    lines.push(`## ${name}`, '', `Run at ${s.ranAt} (${Math.round(s.seconds)} s).`, '');
    lines.push('| figure | value | target | result | notes |', '| --- | ---: | --- | --- | --- |');
    for (const f of s.figures) {
      lines.push(`| ${f.name} | ${withUnit(f.value, f.unit)} | ${formatTarget(f)} | ${verdict(f)} | ${f.note ?? ''} |`);
    }
    if (s.notes.length) lines.push('', ...s.notes.map((n) => `- ${n}`));
    lines.push('');
  }
  try {
    lines.push((await readFile(OPTIMISATIONS, 'utf8')).trim(), '');
  } catch {
    /* no optimisation notes yet */
  }
  return `${lines.join('\n')}\n`;
}

const rank = (name: string) => {
  const i = SECTION_ORDER.indexOf(name);
  return i === -1 ? SECTION_ORDER.length : i;
};
