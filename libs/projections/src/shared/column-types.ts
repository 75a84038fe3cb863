import type { ColumnType } from 'kysely';

/** A PostgreSQL bigint: Postgres.js returns it as a string; write numbers. Read it through `Number()`. */
export type Int8 = ColumnType<string, number | string, number | string>;
export type NullableInt8 = ColumnType<string | null, number | string | null | undefined, number | string | null>;
