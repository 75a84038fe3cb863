import { describe, expect, it } from 'vitest';
import { reportEventId, toReportStreamEvents } from './report-event-ids.js';

describe('toReportStreamEvents', () => {
  const decided = [
    { type: 'ReportReextracted', data: { n: 1 }, metadata: { correlationId: 'c' } },
    { type: 'ShellingReported', data: { n: 2 }, metadata: { correlationId: 'c' } },
  ];

  it('numbers ids from the version after the stream’s current one', () => {
    const events = toReportStreamEvents('report-x', decided, 5);
    expect(events.map((e) => e.id)).toEqual([reportEventId('report-x', 6), reportEventId('report-x', 7)]);
    expect(events.map((e) => e.type)).toEqual(['ReportReextracted', 'ShellingReported']);
  });

  it('is deterministic for a new stream, and copies metadata rather than sharing it', () => {
    const a = toReportStreamEvents('report-x', decided);
    expect(a[0]!.id).toBe(reportEventId('report-x', 1));
    expect(toReportStreamEvents('report-x', decided)).toEqual(a);
    expect(a[0]!.metadata).not.toBe(decided[0]!.metadata);
  });
});
