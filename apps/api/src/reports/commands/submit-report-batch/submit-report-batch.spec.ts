import type { CommandBus } from '@nestjs/cqrs';
import { describe, expect, it } from 'vitest';
import { eagerBody } from '../../../http/eager-body.js';
import { SubmitReportCommand } from '../submit-report/submit-report.command.js';
import { submitReportBatch } from './submit-report-batch.js';

/** A CommandBus that "stores" every text once. */
const fakeBus = () => {
  const seen = new Set<string>();
  return {
    execute: async (command: SubmitReportCommand) => {
      const created = !seen.has(command.input.text);
      seen.add(command.input.text);
      return { id: 'a'.repeat(24), created, position: 1, events: [] };
    },
  } as unknown as CommandBus;
};

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

const chunks = async function* (...parts: (string | Buffer)[]) {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p) : p;
};

describe('submitReportBatch', () => {
  it('answers per line, split across chunks, and sums up', async () => {
    const out = await collect(
      submitReportBatch(fakeBus(), chunks('{"text":"a"}\n{"te', 'xt":"a"}\r\n\n{"text":', '""}\n{"text":"b"}'), {
        correlationId: 'c',
        instance: '/reports/batch',
      }),
    );
    expect(out.map((o) => ('summary' in o ? o.summary : [o.line, o.status]))).toEqual([
      [1, 201],
      [2, 200],
      [4, 422],
      [5, 201],
      { lines: 4, created: 2, existing: 1, failed: 1, truncated: false },
    ]);
  });

  it('stops at the report cap with one BATCH_TOO_LARGE line', async () => {
    const body = Array.from({ length: 5 }, (_, i) => JSON.stringify({ text: `r${i}` })).join('\n');
    const out = await collect(
      submitReportBatch(fakeBus(), chunks(body), { correlationId: 'c', instance: '/reports/batch', maxReports: 3 }),
    );
    expect(out.at(-2)).toMatchObject({ line: 4, status: 413, error: { code: 'BATCH_TOO_LARGE' } });
    expect(out.at(-1)).toEqual({ summary: { lines: 3, created: 3, existing: 0, failed: 1, truncated: true } });
  });

  it('reports a line over the byte limit without reading it into memory', async () => {
    const out = await collect(
      submitReportBatch(fakeBus(), chunks(`{"text":"${'x'.repeat(100)}"}\n{"text":"ok"}\n`), {
        correlationId: 'c',
        instance: '/i',
        maxLineBytes: 50,
      }),
    );
    expect(out.slice(0, 2).map((o) => ('summary' in o ? null : [o.line, o.status]))).toEqual([
      [1, 413],
      [2, 201],
    ]);
  });

  it('ends with an error line and the summary when the body breaks off', async () => {
    const out = await collect(
      submitReportBatch(fakeBus(), eagerBody(chunks('{"text":"a"}\n', 'x'.repeat(100)), 50), { correlationId: 'c', instance: '/i' }),
    );
    expect(out.at(-2)).toMatchObject({ line: null, status: 413, error: { code: 'BATCH_TOO_LARGE' } });
    expect(out.at(-1)).toMatchObject({ summary: { truncated: true } });
  });
});
