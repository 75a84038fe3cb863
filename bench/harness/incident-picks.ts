/**
 * The incident ids the HTTP bench asks for (`GET /incidents/:id/casualties`), and what its 404s mean.
 *
 * The ids are picked from what the incidents projection serves: its active build at its checkpoint. While
 * `sitrep rebuild` runs beside the reads, that state moves twice over: the CLI's runner first catches the serving
 * build up with the events the query-only server never applied (the POST runs' reports), then swaps the new build
 * in, which holds them too. Either can merge or relabel a picked incident, and then a 404 for it is the right answer,
 * not a fault. A watcher polls the registry and the serving checkpoint and picks the ids again whenever either has
 * moved; every 404 is then classed as
 *   - stale: its id was picked from a state that had since moved, the answer arrived after the last poll that saw
 *     that state serving, and the serving build at the end holds no such current incident;
 *   - a fault: everything else (an answer given while the state its id came from still served, or an id the
 *     serving build holds).
 */
import type postgres from 'postgres';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Picks {
  /** The incidents projection's serving build and checkpoint the ids were read at, as `build@position`. */
  state: string;
  ids: string[];
}

/** A 404 answered to a casualties GET: which id, from which state's picks, and when it arrived (performance.now()). */
export interface NotFound {
  path: string;
  id: string | null;
  state: string;
  at: number;
  /** The problem's `code` (INCIDENT_NOT_FOUND, LOCATION_NOT_FOUND, …). */
  code: string | null;
}

/** The incidents projection's serving state, `build@position`. */
async function servingState(sql: postgres.Sql): Promise<string> {
  const [row] = await sql<{ build: number; position: string | null }[]>`
    SELECT r.active_build AS build, c.position::text AS position
    FROM projection_registry r LEFT JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build
    WHERE r.name = 'incidents'`;
  return `${row?.build ?? -1}@${row?.position ?? 0}`;
}

/** Up to `count` current incidents of the serving build, spread by md5 of the id, with the state they were read at (one statement). */
export async function pickIncidents(sql: postgres.Sql, count = 2000): Promise<Picks> {
  const rows = await sql<{ build: number; position: string | null; id: string | null }[]>`
    SELECT r.active_build AS build, c.position::text AS position, i.id
    FROM projection_registry r
    LEFT JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build
    LEFT JOIN LATERAL (
      SELECT id FROM incidents WHERE build = r.active_build AND valid_to IS NULL ORDER BY md5(id) LIMIT ${count}
    ) i ON true
    WHERE r.name = 'incidents'`;
  const state = `${rows[0]?.build ?? -1}@${rows[0]?.position ?? 0}`;
  return { state, ids: rows.flatMap((r) => (r.id === null ? [] : [r.id])) };
}

/** The ids being asked for now; `watch` picks them again whenever the serving state moves. */
export class IncidentPicks {
  /** Per state: the last time (performance.now()) a poll saw it serving. */
  private readonly seenServing = new Map<string, number>();
  readonly notFound: NotFound[] = [];
  /** The serving states seen while watching, with when they were noticed (ms since the watch began). */
  readonly moves: { from: string; to: string; afterMs: number }[] = [];

  constructor(private current: Picks) {
    this.seenServing.set(current.state, performance.now());
  }

  get state(): string {
    return this.current.state;
  }

  get ids(): readonly string[] {
    return this.current.ids;
  }

  /** Records a 404 to a request made for `path` from the picks of `state`. */
  record404(path: string, state: string, body: string): void {
    const id = /^\/incidents\/([^/?]+)\/casualties/.exec(path)?.[1] ?? null;
    const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(body)?.[1] ?? null;
    this.notFound.push({ path, id, state, at: performance.now(), code });
  }

  /** Polls every `intervalMs` until `stop` resolves, picking the ids again after the serving state moved. */
  async watch(sql: postgres.Sql, stop: Promise<unknown>, intervalMs = 200): Promise<void> {
    let stopped = false;
    void stop.finally(() => (stopped = true));
    const began = performance.now();
    while (!stopped) {
      const polledAt = performance.now();
      const state = await servingState(sql);
      if (state === this.current.state) this.seenServing.set(state, polledAt);
      else {
        const from = this.current.state;
        this.current = await pickIncidents(sql, this.current.ids.length || 2000);
        this.seenServing.set(this.current.state, performance.now());
        this.moves.push({ from, to: this.current.state, afterMs: Math.round(performance.now() - began) });
      }
      await sleep(intervalMs);
    }
  }

  /** The 404s split into faults and stale picks (see the module's comment); reads the serving build's incidents. */
  async classify(sql: postgres.Sql): Promise<{ faults: NotFound[]; stale: NotFound[] }> {
    const serving = await servingState(sql);
    const ids = [...new Set(this.notFound.flatMap((n) => (n.id === null ? [] : [n.id])))];
    const held = new Set(
      (
        await sql<{ id: string }[]>`
        SELECT id FROM incidents WHERE build = ${Number(serving.split('@')[0])} AND valid_to IS NULL AND id = ANY(${ids}::text[])`
      ).map((r) => r.id),
    );
    const faults: NotFound[] = [];
    const stale: NotFound[] = [];
    for (const n of this.notFound) {
      const moved = n.state !== serving;
      const mayFollowMove = n.at > (this.seenServing.get(n.state) ?? Infinity);
      (moved && mayFollowMove && n.id !== null && !held.has(n.id) ? stale : faults).push(n);
    }
    return { faults, stale };
  }

  /** A few 404s, for a note: path, problem code, the state the id came from, seconds since `began`. */
  describe(list: readonly NotFound[], began: number, count = 3): string {
    return list
      .slice(0, count)
      .map((n) => `${n.path} ${n.code ?? '?'} (picked at ${n.state}, answered at ${((n.at - began) / 1000).toFixed(1)} s)`)
      .join('; ');
  }
}
