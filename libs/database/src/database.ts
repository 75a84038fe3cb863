/**
 * The one Database interface of the application, composed from the table
 * files of each library (each `*.table.ts` declares one table).
 */
import type { EventStoreTables } from '../../event-store/src/schema/index.js';
import type { ProjectionTables } from '../../projections/src/projection-tables.js';

export interface Database extends EventStoreTables, ProjectionTables {}
