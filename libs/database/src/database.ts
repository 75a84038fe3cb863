/**
 * The one Database interface of the application, composed from the table
 * files of each library (each `*.table.ts` declares one table).
 */
import type { EventStoreTables } from '@sitrep/event-store';
import type { ProjectionTables } from '@sitrep/projections';

export interface Database extends EventStoreTables, ProjectionTables {}
