import { sql, type RawBuilder } from 'kysely';
import type { ProjectionDb } from '../runner/projection.js';

/** A column of a multi-row insert and the PostgreSQL type its values are cast to. */
export type UnnestColumn = readonly [name: string, type: 'text' | 'text[]' | 'int4' | 'int8' | 'bool' | 'jsonb'];

/** A PostgreSQL text[] literal: `{"a","b"}`, each element quoted and escaped. */
export const arrayLiteral = (xs: readonly string[]): string =>
  `{${xs.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

/**
 * Multi-row insert with one parameter per column (`INSERT ... SELECT FROM unnest($1::text[], ...)`):
 * one statement text whatever the row count.
 *
 * Postgres.js prepares every statement text it sees and keeps it, per connection, for the life
 * of the connection (and so does the server). A `VALUES ($1, …), ($19, …)` insert is a new text
 * for every row count: over a rebuild of 300,000 events the casualty claims' and report books'
 * inserts left ~300 such statements of up to 700 KB each in the pool's caches, live heap that grew
 * with the history (52 MiB by 265,000 events). This text is the same for any number of rows.
 *
 * `onConflict` is appended as is (`ON CONFLICT (...) DO ...`).
 */
export async function insertUnnest(
  db: ProjectionDb,
  table: string,
  columns: readonly UnnestColumn[],
  rows: readonly Record<string, unknown>[],
  onConflict?: RawBuilder<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    // Every column travels as text[] and is cast back in the SELECT (arrays as array literals): one serialisation rule for all types.
    const params = columns.map(
      ([col, type]) =>
        sql`${chunk.map((r) => {
          const v = r[col];
          if (v === null || v === undefined) return null;
          if (type === 'text[]') return arrayLiteral(v as string[]);
          return type === 'jsonb' ? JSON.stringify(v) : String(v);
        })}::text[]`,
    );
    const names = columns.map(([col]) => sql.ref(col));
    const selects = columns.map(([col, type]) => sql`${sql.ref(`u.${col}`)}::${sql.raw(type)}`);
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(names)})
      SELECT ${sql.join(selects)} FROM unnest(${sql.join(params)}) AS u(${sql.join(names)})
      ${onConflict ?? sql``}`.execute(db);
  }
}
