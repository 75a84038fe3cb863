import { openBenchDatabase, type BenchDatabase } from './bench-database.js';
import { describeMachine, machineInfo, type MachineInfo } from './machine.js';
import { log, now } from './measure.js';
import { printFigure, writeSection, type Figure } from './results.js';

export interface SectionContext {
  db: BenchDatabase;
  machine: MachineInfo;
  /** Records a figure and prints it at once, target and PASS/MISS beside it. */
  figure(f: Figure): Figure;
  /** A line for the results file under the section's table. */
  note(text: string): void;
}

/**
 * One benchmark script: a throwaway database, the machine line, figures printed
 * as they come, and the section written to bench/results/<date>.md at the end.
 */
export async function runSection(
  section: string,
  options: { poolSize?: number },
  body: (ctx: SectionContext) => Promise<void>,
): Promise<void> {
  const started = now();
  const db = await openBenchDatabase(section, options);
  const figures: Figure[] = [];
  const notes: string[] = [];
  let failed: unknown = null;
  try {
    const machine = await machineInfo(db.sql, db.server);
    console.log(`\n== ${section} ==  ${describeMachine(machine)}`);
    try {
      await body({
        db,
        machine,
        figure(f) {
          figures.push(f);
          printFigure(f);
          return f;
        },
        note(text) {
          notes.push(text);
        },
      });
    } catch (err) {
      failed = err;
      notes.push(`run stopped early: ${(err as Error).message}`);
    }
    const path = await writeSection(machine, {
      section,
      ranAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      seconds: (now() - started) / 1000,
      figures,
      notes,
    });
    log(`results written to ${path}`);
  } finally {
    await db.close();
  }
  if (failed) {
    console.error(failed);
    process.exitCode = 1;
  }
  // Nothing is left open when a section ends (every part, Emmett's pg.Pool included, exits by itself), so
  // there is no forced exit: one that outlives its section by 10 s says what still holds it, and is not cut short.
  setTimeout(() => log(`still running 10 s after the section: ${process.getActiveResourcesInfo().join(', ')}`), 10_000).unref();
}
