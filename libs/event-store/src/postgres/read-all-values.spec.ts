import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { readAllValuesSql } from './event-store.sql.js';
import { toRecordedEvent, valuesToRecordedEvent } from './row-mapping.js';

/** Compiles like the store's Kysely, runs nothing. */
const compiler = new Kysely<any>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** A Postgres.js result as `.values()` hands it over: an Array subclass. */
class Result extends Array<unknown> {}

/** A client answering every statement with `rows`, recording what it was sent. */
function clientAnswering(rows: (unknown[] | undefined)[]) {
  const sent: { text: string; parameters: unknown[]; options: unknown }[] = [];
  const client = {
    unsafe(text: string, parameters: unknown[], options: unknown) {
      sent.push({ text, parameters, options });
      return { values: async () => Result.from(rows) };
    },
  };
  return { client: client as unknown as postgres.Sql, sent };
}

const at = new Date('2026-11-23T10:00:00Z');
const row = (position: number, final: boolean | null) => [
  String(position),
  'report-1',
  String(position),
  `e${position}`,
  'Tested',
  1,
  { n: position },
  null,
  at,
  at,
  '900',
  final,
];

describe('readAllValuesSql', () => {
  it('cuts the page before its first row that is not final, or that is missing, and returns a plain array', async () => {
    for (const [rows, kept] of [
      [[row(1, true), row(2, true), row(3, false), row(4, true)], 2],
      [[row(1, true), undefined, row(3, true)], 1],
      [[row(1, false), row(2, true)], 0],
      [[row(1, true), row(2, true)], 2],
      [[row(1, true), row(2, null)], 1],
    ] as const) {
      const { client } = clientAnswering([...rows]);
      const page = await readAllValuesSql(client, compiler, 0, 10);
      expect(page.map((r) => r[0])).toEqual(rows.slice(0, kept).map((r) => r![0]));
      expect(Object.getPrototypeOf(page)).toBe(Array.prototype);
    }
  });

  it('sends the statement prepared, with the omitted fields, the cursor and the limit as parameters', async () => {
    const { client, sent } = clientAnswering([]);
    await readAllValuesSql(client, compiler, 41, 500, ['text']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.parameters).toEqual([['text'], ['text'], 41, 500]);
    expect(sent[0]!.options).toEqual({ prepare: true });
    // The data column keeps its place with or without omitted fields: the values are read by index.
    const columns = (text: string) => text.slice(text.indexOf('SELECT') + 6, text.indexOf('FROM events')).replace(/\s+/g, ' ');
    const plain = clientAnswering([]);
    await readAllValuesSql(plain.client, compiler, 41, 500);
    expect(columns(sent[0]!.text).split(' AS data')[0]).toMatch(/e\.schema_version, CASE .* END$/);
    expect(columns(plain.sent[0]!.text)).toMatch(/e\.schema_version, e\.data AS data, e\.metadata,/);
    expect(columns(sent[0]!.text).split(' AS data')[1]).toBe(columns(plain.sent[0]!.text).split(' AS data')[1]);
  });
});

describe('valuesToRecordedEvent', () => {
  it('maps a row of values as toRecordedEvent maps the same row as an object', () => {
    const values = ['7', 'report-1', '2', 'e', 'ReportSubmitted', 1, { a: 1 }, null, '2026-11-23T10:00:00Z', at, 123n] as const;
    const [position, stream_id, stream_version, event_id, type, schema_version, data, metadata, occurred_at, recorded_at, transaction_id] =
      values;
    const row = {
      position,
      stream_id,
      stream_version,
      event_id,
      type,
      schema_version,
      data,
      metadata,
      occurred_at,
      recorded_at,
      transaction_id,
    };
    expect(valuesToRecordedEvent([...values])).toEqual(toRecordedEvent(row as unknown as Parameters<typeof toRecordedEvent>[0]));
    expect(valuesToRecordedEvent([...values])).toMatchObject({ position: 7, metadata: {}, occurredAt: at, transactionId: '123' });
    expect(() => valuesToRecordedEvent(['9007199254740993', 'r', '1', 'e', 'T', 1, {}, {}, at, at, '1'])).toThrow(/not a safe integer/);
  });
});
