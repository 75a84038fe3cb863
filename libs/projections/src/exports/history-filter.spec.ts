import { describe, expect, it } from 'vitest';
import { placeChainOf } from '../locations/place-directory.js';
import { directory, exportEvent } from '../testing/export-fixtures.js';
import { EVENT_CODES } from './event-codes.js';
import { HistoryFilter, withEventCodes } from './history-filter.js';

const submitted = (reportId: string, publishedOn: string | null, position: number) => ({
  type: 'ReportSubmitted',
  position,
  recordedAt: '2026-11-24T10:00:00Z',
  data: { reportId, publishedOn, referenceDate: publishedOn },
});
const extracted = (reportId: string, position: number, data = {}) => ({
  type: 'ShellingReported',
  position,
  recordedAt: '2026-11-24T10:00:00Z',
  data: { ...exportEvent({ reportId }).data, ...data },
});
const chain = placeChainOf(directory);

describe('HistoryFilter', () => {
  it('keeps every event up to the position when nothing else is asked', () => {
    const f = new HistoryFilter({ asOf: 2 }, chain);
    expect([submitted('r1', '2022-09-13', 1), extracted('r1', 2), extracted('r1', 3)].map((e) => f.accepts(e))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('selects extracted events by place (places inside count), party and date, leaving the lifecycle out', () => {
    const inVayotsDzor = new HistoryFilter({ asOf: 10, placeIds: ['am-vayots-dzor'] }, chain);
    expect(inVayotsDzor.accepts(submitted('r1', '2022-09-13', 1))).toBe(false);
    expect(inVayotsDzor.accepts(extracted('r1', 2))).toBe(true);
    expect(inVayotsDzor.accepts(extracted('r1', 3, { locations: [] }))).toBe(false);
    expect(new HistoryFilter({ asOf: 10, party: 'AZ' }, chain).accepts(extracted('r1', 2))).toBe(true);
    expect(new HistoryFilter({ asOf: 10, party: 'SD' }, chain).accepts(extracted('r1', 2))).toBe(false);
    expect(new HistoryFilter({ asOf: 10, from: '2022-09-14' }, chain).accepts(extracted('r1', 2))).toBe(false);
    expect(new HistoryFilter({ asOf: 10, to: '2022-09-13' }, chain).accepts(extracted('r1', 2))).toBe(true);
  });

  it('falls back on the report’s reference date for an undated event, and keeps only reports published by publishedBefore', () => {
    const f = new HistoryFilter({ asOf: 10, from: '2022-09-13', to: '2022-09-13' }, chain);
    f.accepts(submitted('r1', '2022-09-13', 1));
    expect(f.accepts(extracted('r1', 2, { occurredOn: null }))).toBe(true);
    const p = new HistoryFilter({ asOf: 10, publishedBefore: '2022-09-13' }, chain);
    expect([submitted('r1', '2022-09-13', 1), submitted('r2', '2022-09-14', 2), submitted('r3', null, 3)].map((e) => p.accepts(e))).toEqual(
      [true, false, false],
    );
    expect([extracted('r1', 4), extracted('r2', 5), extracted('r3', 6)].map((e) => p.accepts(e))).toEqual([true, false, false]);
  });

  it('counts an undated report by the day its text refers to, and a corrected publication date, as /incidents does', () => {
    const p = new HistoryFilter({ asOf: 10, publishedBefore: '2022-09-13' }, chain);
    const undated = { ...submitted('r1', null, 1), data: { reportId: 'r1', publishedOn: null, referenceDate: '2022-09-12' } };
    const corrected = {
      type: 'ReportMetadataCorrected',
      position: 4,
      recordedAt: '2026-11-24T10:00:00Z',
      data: { reportId: 'r2', changes: { publishedOn: '2022-09-20' } },
    };
    expect([undated, extracted('r1', 2), submitted('r2', '2022-09-13', 3), corrected, extracted('r2', 5)].map((e) => p.accepts(e))).toEqual(
      [true, true, true, false, false],
    );
  });
});

describe('withEventCodes', () => {
  it('adds PLOVER and CAMEO codes to extracted events and null to the lifecycle', () => {
    expect(withEventCodes({ type: 'ShellingReported', position: 1 })).toEqual({
      type: 'ShellingReported',
      position: 1,
      codes: { plover: 'FIGHT', cameo: '194', cameoLabel: 'Fight with artillery and tanks' },
    });
    expect(withEventCodes({ type: 'ReportSubmitted' }).codes).toBeNull();
    for (const codes of Object.values(EVENT_CODES)) expect(codes.cameo).toMatch(/^\d{3,4}$/);
  });
});
