/**
 * The one Database interface of the application, composed from the table
 * files of each library (each `*.table.ts` declares one table).
 */
export interface Database {}
