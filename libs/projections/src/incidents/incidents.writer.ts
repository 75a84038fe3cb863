import { sql, type Insertable } from 'kysely';
import type { ProjectionTables } from '../projection-tables.js';
import type { ProjectionDb } from '../runner/projection.js';
import { insertUnnest, type UnnestColumn } from '../shared/unnest-insert.js';
import type { IncidentsBatchState, IncidentState, MemberState } from './incidents.batch-state.js';
import { sameValues, type IncidentValues } from './incident-values.js';
import type { PlaceChain } from './linking.rule.js';

type WrittenTable = 'incidents' | 'incident_members' | 'incident_places';
type Row<T extends WrittenTable> = Insertable<ProjectionTables[T]>;

/**
 * Every column of a table with the PostgreSQL type its values are cast to in the insert: one entry
 * per column of the table's type, so a column added to or gone from the table is a compile error.
 */
type InsertColumns<T extends WrittenTable> = { readonly [K in keyof ProjectionTables[T] & string]-?: UnnestColumn[1] };

const columnsOf = <T extends WrittenTable>(columns: InsertColumns<T>): readonly UnnestColumn[] =>
  Object.entries(columns) as [string, UnnestColumn[1]][];

const INSERT_COLUMNS: { readonly [T in WrittenTable]: readonly UnnestColumn[] } = {
  incidents: columnsOf<'incidents'>({
    build: 'int4',
    id: 'text',
    kind: 'text',
    types: 'text[]',
    date_from: 'text',
    date_to: 'text',
    place_ids: 'text[]',
    parties: 'text[]',
    member_count: 'int4',
    report_ids: 'text[]',
    first_event_id: 'text',
    first_position: 'int8',
    valid_from: 'int8',
    valid_to: 'int8',
  }),
  incident_members: columnsOf<'incident_members'>({
    build: 'int4',
    event_id: 'text',
    incident_id: 'text',
    report_id: 'text',
    type: 'text',
    date_from: 'text',
    date_to: 'text',
    place_ids: 'text[]',
    parties: 'text[]',
    event_position: 'int8',
    pinned: 'bool',
    valid_from: 'int8',
    valid_to: 'int8',
  }),
  incident_places: columnsOf<'incident_places'>({
    build: 'int4',
    incident_id: 'text',
    place_id: 'text',
    direct: 'bool',
    date_from: 'text',
    valid_from: 'int8',
    valid_to: 'int8',
  }),
};

/** A row current at batch start that the batch changed: closed at `pos`, its first change. */
interface Close {
  id: string;
  pos: number;
  dbFrom: number;
}

/** A row of `incident_places` current at batch start that the batch changed: closed at `pos`. */
interface PlaceClose {
  id: string;
  place: string;
  pos: number;
}

/** An incident's current values once the batch is written (`values: null`: it has none, no current row). */
export type IncidentAfter = { values: IncidentValues; validFrom: number } | { values: null; id: string };

/** What a batch leaves current: the incidents it changed, and where the current row of each member it changed starts. */
export interface WrittenAfter {
  incidents: IncidentAfter[];
  members: Map<string, number>;
}

interface IncidentWrites {
  close: Close[];
  rows: Row<'incidents'>[];
  placeClose: PlaceClose[];
  placeRows: Row<'incident_places'>[];
  after: IncidentAfter[];
}

/** Collapses versions made at one position (the last wins) and drops those that change nothing. */
function history<T>(start: T, versions: readonly { pos: number; value: T }[], same: (a: T, b: T) => boolean): { pos: number; value: T }[] {
  const collapsed: { pos: number; value: T }[] = [];
  for (const v of versions) {
    if (collapsed.length && collapsed.at(-1)!.pos === v.pos) collapsed[collapsed.length - 1] = v;
    else collapsed.push(v);
  }
  const out: { pos: number; value: T }[] = [];
  let prev = start;
  for (const v of collapsed) {
    if (!same(prev, v.value)) out.push(v);
    prev = v.value;
  }
  return out;
}

/**
 * Writes a batch's versions of incidents, memberships and incident places as temporal rows in
 * a few multi-row statements: the row current at batch start is closed at the position of its
 * first change (deleted when born at it), and every later version inserted, valid until the next.
 */
export class IncidentsWriter {
  constructor(
    private readonly trx: ProjectionDb,
    private readonly build: number,
    private readonly chain: PlaceChain,
  ) {}

  /** Returns the current values after the batch of every incident it changed, and its members' changes. */
  async write(state: IncidentsBatchState): Promise<WrittenAfter> {
    const members = this.memberWrites(state.members.values());
    await this.closeRows('incident_members', 'event_id', members.close);
    await this.insertRows('incident_members', members.rows);
    const incidents = this.incidentWrites(state.incidents.values());
    await this.closeRows('incidents', 'id', incidents.close);
    await this.insertRows('incidents', incidents.rows);
    await this.closePlaces(incidents.placeClose);
    await this.insertRows('incident_places', incidents.placeRows);
    return { incidents: incidents.after, members: members.after };
  }

  private memberWrites(members: Iterable<MemberState>): { close: Close[]; rows: Row<'incident_members'>[]; after: Map<string, number> } {
    const close: Close[] = [];
    const rows: Row<'incident_members'>[] = [];
    const after = new Map<string, number>();
    for (const s of members) {
      const h = history<{ incident: string | null; pinned: boolean }>(
        { incident: s.dbIncident, pinned: s.dbPinned },
        s.versions.map((v) => ({ pos: v.pos, value: { incident: v.incident, pinned: v.pinned } })),
        (x, y) => x.incident === y.incident && x.pinned === y.pinned,
      );
      if (!h.length) continue;
      after.set(s.m.event_id, h.at(-1)!.pos);
      if (s.dbIncident !== null) close.push({ id: s.m.event_id, pos: h[0]!.pos, dbFrom: s.dbValidFrom! });
      h.forEach((v, k) => {
        if (v.value.incident === null) return;
        rows.push({
          build: this.build,
          event_id: s.m.event_id,
          incident_id: v.value.incident,
          report_id: s.m.report_id,
          type: s.m.type,
          date_from: s.m.date_from,
          date_to: s.m.date_to,
          place_ids: s.m.place_ids,
          parties: s.m.parties,
          event_position: s.m.event_position,
          pinned: v.value.pinned,
          valid_from: v.pos,
          valid_to: h[k + 1]?.pos ?? null,
        });
      });
    }
    return { close, rows, after };
  }

  private incidentWrites(incidents: Iterable<IncidentState>): IncidentWrites {
    const out: IncidentWrites = { close: [], rows: [], placeClose: [], placeRows: [], after: [] };
    for (const s of incidents) {
      const h = history<IncidentValues | null>(
        s.db,
        s.versions.map((v) => ({ pos: v.pos, value: v.values })),
        sameValues,
      );
      if (!h.length) continue;
      if (s.db !== null) out.close.push({ id: s.id, pos: h[0]!.pos, dbFrom: s.dbValidFrom! });
      const last = h.at(-1)!;
      if (last.value) out.after.push({ values: last.value, validFrom: last.pos });
      else out.after.push({ values: null, id: s.id });
      h.forEach((v, k) => {
        if (v.value !== null) out.rows.push({ build: this.build, ...v.value, valid_from: v.pos, valid_to: h[k + 1]?.pos ?? null });
      });
      this.placeWrites(s, h, out);
    }
    return out;
  }

  /** Places follow the incident's place ids and start date; the rows current at batch start are those of `s.db`. */
  private placeWrites(s: IncidentState, h: readonly { pos: number; value: IncidentValues | null }[], out: IncidentWrites): void {
    const open = new Map<string, { direct: boolean; date: string; from: number | 'db' }>();
    for (const [place, direct] of this.placeSet(s.db)) open.set(place, { direct, date: s.db!.date_from, from: 'db' });
    for (const v of h) {
      const next = this.placeSet(v.value);
      const date = v.value?.date_from ?? '';
      for (const [place, o] of [...open]) {
        if (next.get(place) === o.direct && date === o.date) continue;
        if (o.from === 'db') out.placeClose.push({ id: s.id, place, pos: v.pos });
        else if (o.from !== v.pos)
          out.placeRows.push({
            build: this.build,
            incident_id: s.id,
            place_id: place,
            direct: o.direct,
            date_from: o.date,
            valid_from: o.from,
            valid_to: v.pos,
          });
        open.delete(place);
      }
      for (const [place, direct] of next) if (!open.has(place)) open.set(place, { direct, date, from: v.pos });
    }
    for (const [place, o] of open) {
      if (o.from !== 'db')
        out.placeRows.push({
          build: this.build,
          incident_id: s.id,
          place_id: place,
          direct: o.direct,
          date_from: o.date,
          valid_from: o.from,
          valid_to: null,
        });
    }
  }

  private placeSet(v: IncidentValues | null): Map<string, boolean> {
    const out = new Map<string, boolean>();
    for (const p of v?.place_ids ?? []) for (const a of this.chain(p)) if (!out.get(a)) out.set(a, a === p);
    return out;
  }

  /** Ends the rows current at batch start: at the position of their first change, or gone when born at it. */
  private async closeRows(table: 'incidents' | 'incident_members', key: 'id' | 'event_id', rows: readonly Close[]): Promise<void> {
    if (!rows.length) return;
    const ids = rows.map((r) => r.id);
    const pos = rows.map((r) => r.pos);
    const t = sql.table(table);
    const k = sql.ref(`t.${key}`);
    await sql`DELETE FROM ${t} AS t USING unnest(${ids}::text[], ${pos}::bigint[]) AS v(id, pos)
      WHERE t.build = ${this.build} AND ${k} = v.id AND t.valid_to IS NULL AND t.valid_from = v.pos`.execute(this.trx);
    await sql`UPDATE ${t} AS t SET valid_to = v.pos FROM unnest(${ids}::text[], ${pos}::bigint[]) AS v(id, pos)
      WHERE t.build = ${this.build} AND ${k} = v.id AND t.valid_to IS NULL`.execute(this.trx);
  }

  private async closePlaces(rows: readonly PlaceClose[]): Promise<void> {
    if (!rows.length) return;
    await sql`
        UPDATE incident_places p SET valid_to = v.pos
        FROM unnest(${rows.map((c) => c.id)}::text[], ${rows.map((c) => c.place)}::text[], ${rows.map((c) => c.pos)}::bigint[]) AS v(id, place, pos)
        WHERE p.build = ${this.build} AND p.incident_id = v.id AND p.place_id = v.place AND p.valid_to IS NULL`.execute(this.trx);
  }

  /** Multi-row insert with one statement text whatever the row count (see insertUnnest). */
  private async insertRows<T extends WrittenTable>(table: T, rows: Row<T>[]): Promise<void> {
    await insertUnnest(this.trx, table, INSERT_COLUMNS[table], rows);
  }
}
