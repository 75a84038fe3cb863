import type { Selectable } from 'kysely';
import type { Int8, NullableInt8 } from './column-types.js';

/** What a projection build knows about one report: its outlet, its counting extraction, whether it was retracted. */
export interface ProjectionReportTable {
  projection: string;
  build: number;
  report_id: string;
  source: string | null;
  title: string | null;
  url: string | null;
  language: string | null;
  published_on: string | null;
  reference_date: string | null;
  extraction_id: string | null;
  retracted_at: NullableInt8;
  submitted_at: Int8;
}

export type ProjectionReportRow = Selectable<ProjectionReportTable>;
