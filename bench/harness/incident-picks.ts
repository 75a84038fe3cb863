/**
 * The incident ids the HTTP bench asks for (`GET /incidents/:id/casualties`), and what its 404s mean.
 *
 * The ids are picked from the incidents projection's serving build. While `sitrep rebuild` runs beside the reads,
 * the rebuild swaps a new build in; it also applies events the query-only server's build never had (the POST
 * runs' reports), so some picked incidents are merged or relabelled and no longer exist: a 404 for them is the
 * right answer, not a fault. A watcher polls the registry and picks the ids again from the new build as soon as it
 * serves; every 404 is then classed as
 *   - stale: its id was picked from a build that had been replaced, the answer may have come after the swap (it
 *     arrived after the last poll that saw the old build serving), and the new build has no such current incident;
 *   - a fault: everything else (an id the serving build holds, or an answer given while the old build still served).
 */
import type postgres from 'postgres';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Picks {
  /** The incidents projection's serving build the ids were read from. */
  build: number;
  ids: string[];
}

/** A 404 answered to a casualties GET: which id, from which build's picks, and when it arrived (performance.now()). */
export interface NotFound {
  path: string;
  id: string | null;
  build: number;
  at: number;
}

/** Up to `count` current incidents of the serving build, spread by md5 of the id, and that build, in one statement. */
export async function pickIncidents(sql: postgres.Sql, count = 2000): Promise<Picks> {
  const rows = await sql<{ build: number; id: string | null }[]>`
    SELECT r.active_build AS build, i.id
    FROM projection_registry r
    LEFT JOIN LATERAL (
      SELECT id FROM incidents WHERE build = r.active_build AND valid_to IS NULL ORDER BY md5(id) LIMIT ${count}
    ) i ON true
    WHERE r.name = 'incidents'`;
  return { build: rows[0]?.build ?? -1, ids: rows.flatMap((r) => (r.id === null ? [] : [r.id])) };
}

/** The ids being asked for now; `watch` picks them again whenever the serving build changes. */
export class IncidentPicks {
  /** Per build: the last time (performance.now()) a poll saw it serving. */
  private readonly seenServing = new Map<number, number>();
  readonly notFound: NotFound[] = [];
  /** Builds swapped in while watching, with when they were noticed (ms since the watch began). */
  readonly swaps: { from: number; to: number; afterMs: number }[] = [];

  constructor(private current: Picks) {
    this.seenServing.set(current.build, performance.now());
  }

  get build(): number {
    return this.current.build;
  }

  get ids(): readonly string[] {
    return this.current.ids;
  }

  /** Records a 404 to a request made for `path` from the picks of `build`. */
  record404(path: string, build: number): void {
    this.notFound.push({ path, id: /^\/incidents\/([^/?]+)\/casualties/.exec(path)?.[1] ?? null, build, at: performance.now() });
  }

  /** Polls the registry every `intervalMs` until `stop` resolves, picking the ids again after a swap. */
  async watch(sql: postgres.Sql, stop: Promise<unknown>, intervalMs = 200): Promise<void> {
    let stopped = false;
    void stop.finally(() => (stopped = true));
    const began = performance.now();
    while (!stopped) {
      const polledAt = performance.now();
      const [row] = await sql<{ build: number }[]>`SELECT active_build AS build FROM projection_registry WHERE name = 'incidents'`;
      if (row && row.build === this.current.build) this.seenServing.set(row.build, polledAt);
      else if (row) {
        const from = this.current.build;
        this.current = await pickIncidents(sql, this.current.ids.length || 2000);
        this.seenServing.set(this.current.build, performance.now());
        this.swaps.push({ from, to: this.current.build, afterMs: Math.round(performance.now() - began) });
      }
      await sleep(intervalMs);
    }
  }

  /** The 404s split into faults and stale picks (see the module's comment); reads the serving build's incidents. */
  async classify(sql: postgres.Sql): Promise<{ faults: NotFound[]; stale: NotFound[] }> {
    const serving = await pickIncidents(sql, 0);
    const ids = [...new Set(this.notFound.flatMap((n) => (n.id === null ? [] : [n.id])))];
    const held = new Set(
      (
        await sql<{ id: string }[]>`
        SELECT id FROM incidents WHERE build = ${serving.build} AND valid_to IS NULL AND id = ANY(${ids}::text[])`
      ).map((r) => r.id),
    );
    const faults: NotFound[] = [];
    const stale: NotFound[] = [];
    for (const n of this.notFound) {
      const replaced = n.build !== serving.build;
      const mayFollowSwap = n.at > (this.seenServing.get(n.build) ?? Infinity);
      (replaced && mayFollowSwap && n.id !== null && !held.has(n.id) ? stale : faults).push(n);
    }
    return { faults, stale };
  }
}
