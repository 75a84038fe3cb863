import { describe, expect, it } from 'vitest';
import type { EventStore, RecordedEvent } from '@sitrep/event-store';
import { reextractAll, type ReextractAllDeps } from './reextract-all.js';
import type { ReextractCheckpoint, ReextractCheckpoints } from './reextract-checkpoints.js';
import { ReextractReportCommand } from './reextract-report.command.js';
import { ReextractReportsCommand } from './reextract-reports.command.js';

const id = (n: number) => n.toString(16).padStart(24, '0');

/** Report n: ReportSubmitted at position 2n-1, one extracted event at 2n; `reextractedBy` adds a re-extraction's correlation id. */
function historyOf(reportCount: number, reextractedBy: Record<number, string> = {}): ReextractAllDeps['store'] {
  const events: RecordedEvent[] = [];
  for (let n = 1; n <= reportCount; n++) {
    const streamId = `report-${id(n)}`;
    events.push({
      position: events.length + 1,
      streamId,
      type: 'ReportSubmitted',
      data: { reportId: id(n) },
      metadata: {},
    } as RecordedEvent);
    events.push({
      position: events.length + 1,
      streamId,
      type: 'ShellingReported',
      data: { reportId: id(n) },
      metadata: {},
    } as RecordedEvent);
  }
  const extra = Object.entries(reextractedBy).map(
    ([n, correlationId]) =>
      ({ streamId: `report-${id(Number(n))}`, type: 'ReportReextracted', metadata: { correlationId } }) as RecordedEvent,
  );
  return {
    headPosition: async () => events.length,
    committedPosition: async () => events.length,
    readAll: async ({ after = 0, limit = 100 } = {}) => {
      const page = events.filter((e) => e.position > after).slice(0, limit);
      return { events: page, lastPosition: page.at(-1)?.position ?? after };
    },
    readStream: async (streamId: string) => [...events, ...extra].filter((e) => e.streamId === streamId),
  } as Pick<EventStore, 'readAll' | 'headPosition' | 'committedPosition' | 'readStream'>;
}

function memoryCheckpoints(initial: ReextractCheckpoint | null = null) {
  const saves: ReextractCheckpoint[] = [];
  let row = initial;
  const checkpoints: Pick<ReextractCheckpoints, 'load' | 'save' | 'clear'> = {
    load: async () => (row ? { ...row } : null),
    save: async (_key, c) => {
      row = { ...c };
      saves.push(row);
    },
    clear: async () => {
      row = null;
    },
  };
  return { checkpoints, saves, current: () => row };
}

/** The bus as the handlers answer: a batch command settles each of its reports as `execute` answers that report alone. */
function busOf(execute: (c: ReextractReportCommand) => Promise<unknown>, batches: string[][] = []) {
  return {
    execute: (command: ReextractReportCommand | ReextractReportsCommand) => {
      if (command instanceof ReextractReportCommand) return execute(command);
      batches.push([...command.reportIds]);
      return Promise.allSettled(command.reportIds.map((id) => execute(new ReextractReportCommand(id, command.metadata, command.force))));
    },
  } as never;
}

function deps(
  store: ReextractAllDeps['store'],
  execute: (c: ReextractReportCommand) => Promise<unknown>,
  checkpoints = memoryCheckpoints(),
  batches: string[][] = [],
) {
  return {
    store,
    commandBus: busOf(execute, batches),
    checkpoints: checkpoints.checkpoints,
    extractorVersion: 'v2',
    metadata: (correlationId: string) => ({ now: '2026-01-01T00:00:00.000Z', correlationId }),
    newRunId: () => 'run-new',
  };
}

const reextracted = (command: ReextractReportCommand, position = 1) => ({ id: command.reportId, outcome: 'reextracted', position });

describe('reextractAll', () => {
  it('re-extracts each report once, in submission order, counting every outcome', async () => {
    const seen: string[] = [];
    const checkpoints = memoryCheckpoints();
    const execute = async (command: ReextractReportCommand) => {
      seen.push(command.reportId);
      expect(command.metadata.correlationId).toBe('run-new');
      const n = parseInt(command.reportId, 16);
      if (n === 2) throw Object.assign(new Error('retracted'), { code: 'REPORT_ALREADY_RETRACTED' });
      if (n === 3) throw Object.assign(new Error('db down'), { code: 'ECONNRESET' });
      if (n === 4) return { id: command.reportId, outcome: 'unchanged', position: 8 };
      return reextracted(command, 100 + n);
    };
    const progress: string[] = [];
    const summary = await reextractAll(deps(historyOf(5), execute, checkpoints), {
      onProgress: (p) => progress.push(`${p.done}:${p.outcome}`),
    });
    expect(seen).toEqual([1, 2, 3, 4, 5].map(id));
    expect(summary).toEqual({
      reports: 5,
      reextracted: 2,
      unchanged: 1,
      skipped: 1,
      failed: 1,
      position: 105,
      resumedAfter: 0,
      runId: 'run-new',
    });
    expect(progress).toEqual(['1:reextracted', '2:skipped', '3:failed', '4:unchanged', '5:reextracted']);
    expect(checkpoints.current()).toBeNull(); // completed: nothing to resume
  });

  it('saves a checkpoint every few reports and at an abort, and the next run starts after it', async () => {
    const ac = new AbortController();
    const checkpoints = memoryCheckpoints();
    const first: string[] = [];
    await reextractAll(
      deps(
        historyOf(10),
        async (command) => {
          first.push(command.reportId);
          if (first.length === 7) ac.abort();
          return reextracted(command);
        },
        checkpoints,
      ),
      { signal: ac.signal, checkpointEvery: 3 },
    );
    expect(first).toHaveLength(7);
    expect(checkpoints.saves.map((c) => c.reportsDone)).toEqual([0, 3, 6, 7]);
    expect(checkpoints.current()).toEqual({ runId: 'run-new', afterPosition: 13, reportsDone: 7 });

    const second: string[] = [];
    const done: number[] = [];
    const summary = await reextractAll(
      deps(
        historyOf(10),
        async (command) => {
          second.push(command.reportId);
          return reextracted(command);
        },
        checkpoints,
      ),
      { checkpointEvery: 3, onProgress: (p) => done.push(p.done) },
    );
    expect(second).toEqual([8, 9, 10].map(id));
    expect(done).toEqual([8, 9, 10]);
    expect(summary).toMatchObject({ reports: 3, reextracted: 3, resumedAfter: 7, runId: 'run-new' });
    expect(checkpoints.current()).toBeNull();
  });

  it('a forced run resumed after a crash passes over the reports it had re-extracted since its last checkpoint', async () => {
    // Crashed after re-extracting reports 4 and 5 under run-old; its last checkpoint was after report 3.
    const checkpoints = memoryCheckpoints({ runId: 'run-old', afterPosition: 6, reportsDone: 3 });
    const history = historyOf(6, { 1: 'run-old', 4: 'run-old', 5: 'run-old', 6: 'someone-else' });
    const seen: string[] = [];
    const summary = await reextractAll(
      deps(
        history,
        async (command) => {
          seen.push(command.reportId);
          expect(command.force).toBe(true);
          expect(command.metadata.correlationId).toBe('run-old');
          return reextracted(command);
        },
        checkpoints,
      ),
      { force: true },
    );
    expect(seen).toEqual([id(6)]);
    expect(summary).toMatchObject({ reports: 3, reextracted: 1, unchanged: 2, resumedAfter: 3, runId: 'run-old' });
  });

  it('with concurrency, keeps several reports in flight but counts and checkpoints them in submission order', async () => {
    const checkpoints = memoryCheckpoints();
    let inFlight = 0;
    let most = 0;
    const progress: string[] = [];
    const summary = await reextractAll(
      deps(
        historyOf(9),
        async (command) => {
          most = Math.max(most, ++inFlight);
          // Later reports finish first: the accounting must not follow completion order.
          await new Promise((r) => setTimeout(r, 30 - 3 * parseInt(command.reportId, 16)));
          inFlight--;
          return reextracted(command);
        },
        checkpoints,
      ),
      { concurrency: 3, checkpointEvery: 2, onProgress: (p) => progress.push(`${p.done}:${parseInt(p.reportId, 16)}`) },
    );
    expect(most).toBe(3);
    expect(progress).toEqual(['1:1', '2:2', '3:3', '4:4', '5:5', '6:6', '7:7', '8:8', '9:9']);
    // Each checkpoint covers exactly the reports counted before it (report n submitted at position 2n-1).
    expect(checkpoints.saves.slice(1).map((c) => [c.reportsDone, c.afterPosition])).toEqual([
      [2, 3],
      [4, 7],
      [6, 11],
      [8, 15],
    ]);
    expect(summary).toMatchObject({ reports: 9, reextracted: 9 });
  });

  it('sends the reports in batches of half the concurrency, in order, and fails only the reports of a batch that failed', async () => {
    const batches: string[][] = [];
    const progress: string[] = [];
    const summary = await reextractAll(
      {
        ...deps(historyOf(11), async (command) => reextracted(command), memoryCheckpoints(), batches),
        commandBus: {
          execute: async (command: ReextractReportsCommand) => {
            batches.push([...command.reportIds]);
            if (command.reportIds.includes(id(5))) throw Object.assign(new Error('connection lost'), { code: 'ECONNRESET' });
            return command.reportIds.map((reportId) => ({
              status: 'fulfilled',
              value: { id: reportId, outcome: 'reextracted', position: 1 },
            }));
          },
        } as never,
      },
      { concurrency: 8, checkpointEvery: 4, onProgress: (p) => progress.push(`${p.done}:${p.outcome}`) },
    );
    expect(batches).toEqual([
      [1, 2, 3, 4].map(id),
      [5, 6, 7, 8].map(id),
      [9, 10, 11].map(id), // the rest, sent when the history ends
    ]);
    expect(progress).toEqual([
      ...[1, 2, 3, 4].map((n) => `${n}:reextracted`),
      ...[5, 6, 7, 8].map((n) => `${n}:failed`),
      ...[9, 10, 11].map((n) => `${n}:reextracted`),
    ]);
    expect(summary).toMatchObject({ reports: 11, reextracted: 7, failed: 4 });
  });

  it.each([
    { concurrency: 3, done: 7 },
    { concurrency: 4, done: 8 },
    { concurrency: 8, done: 12 }, // batches of 4: a batch counts as its reports
    { concurrency: 32, done: 32 }, // the CLI's default: two batches of 16 out, the next one still gathering
  ])(
    'a crash while a checkpoint write is pending leaves at most checkpointEvery + concurrency - 1 reports done past the last one ($concurrency at a time)',
    async ({ concurrency, done: expected }) => {
      // Reports finish at once; the checkpoint write after the first interval never returns (the process dies during it).
      const checkpoints = memoryCheckpoints();
      const save = checkpoints.checkpoints.save;
      checkpoints.checkpoints.save = (key, c) => (c.reportsDone === 0 ? save(key, c) : new Promise(() => undefined));
      let done = 0;
      void reextractAll(
        deps(
          historyOf(60),
          async (command) => {
            done++;
            return reextracted(command);
          },
          checkpoints,
        ),
        { concurrency, checkpointEvery: 5 },
      );
      for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
      expect(checkpoints.current()?.reportsDone).toBe(0); // the last checkpoint that made it
      expect(done).toBe(expected);
      expect(done).toBeLessThanOrEqual(5 + concurrency - 1);
    },
  );

  it('fails with HISTORY_NOT_VISIBLE, keeping its checkpoint, when committed reports stay hidden from the gap-safe read', async () => {
    // Reports past the 3rd stay hidden (an older transaction open elsewhere on the server): the run
    // must not end there as if the history did, nor clear its checkpoint and report success.
    const full = historyOf(8);
    const store = {
      ...full,
      readAll: async (o: { after?: number; limit?: number } = {}) => {
        const page = await full.readAll({ ...o, limit: Math.min(o.limit ?? 100, Math.max(0, 6 - (o.after ?? 0))) });
        return page.events.length ? page : { events: [], lastPosition: o.after ?? 0 };
      },
    };
    const checkpoints = memoryCheckpoints();
    const run = reextractAll(
      deps(store, async (c) => reextracted(c), checkpoints),
      { checkpointEvery: 1, hiddenWaitMs: 30 },
    );
    await expect(run).rejects.toMatchObject({ code: 'HISTORY_NOT_VISIBLE' });
    expect(checkpoints.current()?.reportsDone).toBe(3);
  });

  it('--restart ignores the checkpoint and starts a new run from the first report', async () => {
    const checkpoints = memoryCheckpoints({ runId: 'run-old', afterPosition: 6, reportsDone: 3 });
    const seen: string[] = [];
    const summary = await reextractAll(
      deps(
        historyOf(4),
        async (command) => {
          seen.push(command.reportId);
          return reextracted(command);
        },
        checkpoints,
      ),
      { restart: true },
    );
    expect(seen).toEqual([1, 2, 3, 4].map(id));
    expect(summary).toMatchObject({ resumedAfter: 0, runId: 'run-new' });
  });
});
