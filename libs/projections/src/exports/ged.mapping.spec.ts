import { describe, expect, it } from 'vitest';
import { claimView, directory, exportEvent, exportIncident } from '../testing/export-fixtures.js';
import { GED_COLUMNS, gedDatePrecision, toGedRow } from './ged.mapping.js';

describe('toGedRow', () => {
  it('maps an incident of Azerbaijani shelling with competing death claims to one GED row', () => {
    const shelling = exportEvent();
    const claim = exportEvent({ eventId: 'ev-2', type: 'CasualtiesClaimed', position: 3 }, { casualties: [] });
    const item = exportIncident(
      [shelling, claim],
      [
        claimView({ claimant: 'AM', side: 'AM', min: 49, max: 49 }),
        claimView({ claimant: 'AZ', side: 'AM', min: 80, max: 120 }),
        claimView({ claimant: 'AM', side: 'AZ', min: 10, max: 10 }),
        claimView({ claimant: 'AM', side: 'AM', affiliation: 'civilian', min: 2, max: 2 }),
      ],
      { dateTo: '2022-09-14' },
    );
    const row = toGedRow(item, directory)!;
    expect(Object.keys(row)).toEqual([...GED_COLUMNS]);
    expect(row).toMatchObject({
      id: 'inc-1',
      year: 2022,
      type_of_violence: 1,
      side_a: 'Government of Armenia',
      side_b: 'Government of Azerbaijan',
      dyad_name: 'Government of Armenia - Government of Azerbaijan',
      source_office: 'TASS',
      source_date: '2022-09-13',
      where_prec: 1,
      latitude: 39.8414,
      longitude: 45.6697,
      country: 'Armenia',
      region: 'Europe',
      date_prec: 2,
      date_start: '2022-09-13',
      date_end: '2022-09-14',
      deaths_a: 49,
      deaths_b: 10,
      deaths_civilians: 2,
      deaths_unknown: 0,
      low: 61,
      best: 61,
      high: 132,
    });
  });

  it('puts a rebel group on side B of a state, and leaves ceasefires out of GED', () => {
    const clash = exportEvent({ type: 'ArmedClashReported' }, { accused: 'SD-RSF', target: 'SD', casualties: [] });
    expect(toGedRow(exportIncident([clash]), directory)).toMatchObject({
      side_a: 'Government of Sudan',
      side_b: 'Rapid Support Forces',
      type_of_violence: 1,
    });
    const truce = exportEvent({ type: 'CeasefireDeclared' });
    expect(toGedRow(exportIncident([truce], [], { kind: 'ceasefire' }), directory)).toBeNull();
  });

  it('grades date precision as GED does', () => {
    expect(gedDatePrecision('2022-09-13', '2022-09-13')).toBe(1);
    expect(gedDatePrecision('2022-09-13', '2022-09-16')).toBe(2);
    expect(gedDatePrecision('2022-09-13', '2022-09-20')).toBe(3);
    expect(gedDatePrecision('2022-09-01', '2022-09-30')).toBe(4);
    expect(gedDatePrecision('2022-01-01', '2022-12-31')).toBe(5);
  });
});
