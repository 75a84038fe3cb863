import { describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@sitrep/event-store';
import { reextractAll } from './reextract-all.js';
import type { ReextractReportCommand } from './reextract-report.command.js';

const id = (n: number) => n.toString(16).padStart(24, '0');

function historyOf(reportCount: number): Pick<EventStore, 'readAll' | 'headPosition'> {
  const events: RecordedEvent[] = [];
  for (let n = 1; n <= reportCount; n++) {
    events.push({ position: events.length + 1, type: 'ReportSubmitted', data: { reportId: id(n) } } as RecordedEvent);
    events.push({ position: events.length + 1, type: 'ShellingReported', data: { reportId: id(n) } } as RecordedEvent);
  }
  return {
    headPosition: async () => events.length,
    readAll: async ({ after = 0, limit = 100 } = {}) => {
      const page = events.filter((e) => e.position > after).slice(0, limit);
      return { events: page, lastPosition: page.at(-1)?.position ?? after };
    },
  };
}

const metadata = () => ({ now: '2026-01-01T00:00:00.000Z', correlationId: 'test' });

describe('reextractAll', () => {
  it('re-extracts each report once, in submission order, counting every outcome', async () => {
    const seen: string[] = [];
    const bus = {
      execute: async (command: ReextractReportCommand) => {
        seen.push(command.reportId);
        const n = parseInt(command.reportId, 16);
        if (n === 2) throw Object.assign(new Error('retracted'), { code: 'REPORT_ALREADY_RETRACTED' });
        if (n === 3) throw Object.assign(new Error('db down'), { code: 'ECONNRESET' });
        if (n === 4) return { id: command.reportId, outcome: 'unchanged', position: 8 };
        return { id: command.reportId, outcome: 'reextracted', position: 100 + n };
      },
    };
    const progress: string[] = [];
    const summary = await reextractAll(historyOf(5), bus as never, metadata, {
      onProgress: (p) => progress.push(`${p.done}:${p.outcome}`),
    });
    expect(seen).toEqual([1, 2, 3, 4, 5].map(id));
    expect(summary).toEqual({ reports: 5, reextracted: 2, unchanged: 1, skipped: 1, failed: 1, position: 105 });
    expect(progress).toEqual(['1:reextracted', '2:skipped', '3:failed', '4:unchanged', '5:reextracted']);
  });

  it('passes force through and stops at an abort', async () => {
    const ac = new AbortController();
    const forced: boolean[] = [];
    const bus = {
      execute: async (command: ReextractReportCommand) => {
        forced.push(command.force);
        if (forced.length === 2) ac.abort();
        return { id: command.reportId, outcome: 'reextracted', position: 1 };
      },
    };
    const summary = await reextractAll(historyOf(10), bus as never, metadata, { force: true, signal: ac.signal });
    expect(forced).toEqual([true, true]);
    expect(summary.reports).toBe(2);
  });
});
