import { type Kysely, sql } from 'kysely';
import type { ProjectionPositions } from './projection-positions.port.js';

/**
 * Reads the checkpoint of the build that currently serves queries (the
 * registry's `active_build`), not of a rebuild in progress: a rebuild that is
 * ahead must not make a query answer from tables it does not read yet.
 *
 *   SELECT c.position FROM projection_registry r
 *   JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build
 *   WHERE r.name = $1
 */
export class SqlProjectionPositions implements ProjectionPositions {
  // Kysely<any>: the projection tables belong to libs/projections; this only needs two columns.
  constructor(private readonly db: Kysely<any>) {}

  async position(projection: string): Promise<number> {
    const { rows } = await sql<{ position: string | number }>`
      SELECT c.position FROM projection_registry r
      JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build
      WHERE r.name = ${projection}`.execute(this.db);
    return rows[0] ? Number(rows[0].position) : 0;
  }

  /**
   * Every projection's serving build and its checkpoint, in one statement
   * (what the read cache keys its answers on):
   *
   *   SELECT r.name, r.active_build, c.position FROM projection_registry r
   *   JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build
   */
  async servingCheckpoints(): Promise<Map<string, { build: number; position: number }>> {
    const { rows } = await sql<{ name: string; build: number; position: string | number }>`
      SELECT r.name, r.active_build AS build, c.position FROM projection_registry r
      JOIN projection_checkpoints c ON c.name = r.name AND c.build = r.active_build`.execute(this.db);
    return new Map(rows.map((r) => [r.name, { build: Number(r.build), position: Number(r.position) }]));
  }
}
