import { sql } from 'kysely';

/**
 * `= ANY($1::text[])`: one array parameter instead of an `IN ($1, …, $n)` list, so a
 * look-up has one statement text whatever the number of keys. With IN lists every batch
 * size was a new prepared statement, parsed and planned again and kept by the client
 * and the server for the life of the connection.
 *
 *   db.selectFrom('incidents').where('id', '=', anyOf(ids))   // WHERE id = ANY($1::text[])
 */
export const anyOf = (values: readonly string[]) => sql<string>`ANY(${values}::text[])`;
