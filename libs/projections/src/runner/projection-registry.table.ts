import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

export type ProjectionState = 'running' | 'rebuilding' | 'stopped' | 'error';

/** One row per projection: which build serves queries, which one is being rebuilt. */
export interface ProjectionRegistryTable {
  name: string;
  version: number;
  active_build: number;
  rebuild_build: number | null;
  rebuild_version: number | null;
  state: ProjectionState;
  error: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type ProjectionRegistryRow = Selectable<ProjectionRegistryTable>;
export type NewProjectionRegistryRow = Insertable<ProjectionRegistryTable>;
export type ProjectionRegistryUpdate = Updateable<ProjectionRegistryTable>;
