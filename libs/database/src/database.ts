/**
 * The one Database interface of the application, composed from the table
 * files of each library (each `*.table.ts` declares one table).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
