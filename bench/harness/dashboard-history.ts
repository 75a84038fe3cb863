import { createReadSideProjections } from '@sitrep/projections';
import { openBenchDatabase, type BenchDatabase } from './bench-database.js';
import { ensureEvents } from './fixture.js';
import { envInt } from './measure.js';
import { buildProjections } from './projections.js';
import { printFigure, type Figure } from './results.js';

/** About 10,000 incidents: the fixture's history makes ~3.3 incidents per 10 events' worth of reports (22,796 from 70,001 events). */
export const DASHBOARD_EVENTS = envInt('BENCH_DASHBOARD_EVENTS', 31_000);

export interface DashboardHistory {
  db: BenchDatabase;
  /** The serving build's current incidents. */
  incidents: number;
}

/**
 * The history bench:dashboard and the map-route bench serve: a throwaway database (or BENCH_DATABASE_URL's)
 * holding about `events` fixture events, projected up to its head, so that `sitrep serve` answers from it at once.
 * The caller closes `db` (which drops it).
 */
export async function openDashboardHistory(label: string, events = DASHBOARD_EVENTS): Promise<DashboardHistory> {
  const db = await openBenchDatabase(label);
  try {
    await ensureEvents(db.sql, events, 'dashboard-');
    const [{ head }] = await db.sql<{ head: string }[]>`SELECT max(position)::text AS head FROM events`;
    const printing = { db, figure: (f: Figure) => (printFigure(f), f), note: (text: string) => console.log(`  ${text}`) };
    await buildProjections(printing, createReadSideProjections(), Number(head));
    const [{ n }] = await db.sql<{ n: string }[]>`
      SELECT count(*)::text AS n FROM incidents
      WHERE valid_to IS NULL AND build = (SELECT active_build FROM projection_registry WHERE name = 'incidents')`;
    return { db, incidents: Number(n) };
  } catch (error) {
    await db.close();
    throw error;
  }
}
