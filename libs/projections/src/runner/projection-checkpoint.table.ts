import type { ColumnType, Selectable } from 'kysely';
import type { Int8 } from '../shared/column-types.js';

/** The last global position a build of a projection has applied, written in the same transaction as its rows. */
export interface ProjectionCheckpointTable {
  name: string;
  build: number;
  position: Int8;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type ProjectionCheckpointRow = Selectable<ProjectionCheckpointTable>;
