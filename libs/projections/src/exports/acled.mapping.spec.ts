import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledInteraction, toAcledRow } from './acled.mapping.js';
import { claimView, directory, exportEvent, exportIncident } from '../testing/export-fixtures.js';

describe('toAcledRow', () => {
  it('maps a shelling of Jermuk to ACLED columns: type, actors with inter codes, place, precision, source, notes', () => {
    const event = exportEvent();
    const row = toAcledRow(exportIncident([event]), event, directory)!;
    expect(Object.keys(row)).toEqual([...ACLED_COLUMNS]);
    expect(row).toMatchObject({
      event_id_cnty: 'AM-ev-1',
      event_date: '2022-09-13',
      year: 2022,
      time_precision: 1,
      disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      actor1: 'Military Forces of Azerbaijan',
      inter1: 1,
      actor2: 'Military Forces of Armenia',
      inter2: 1,
      interaction: 11,
      iso: 51,
      region: 'Caucasus and Central Asia',
      country: 'Armenia',
      admin1: 'Vayots Dzor',
      admin2: null,
      location: 'Jermuk',
      latitude: 39.8414,
      longitude: 45.6697,
      geo_precision: 1,
      source: 'TASS',
      fatalities: 0,
      timestamp: 1795514400,
    });
    expect(row.notes).toBe(`${event.data.evidence.text} [claimant: وزارة الدفاع الأرمينية]`);
    expect(row.tags).toBe('sitrep_incident=inc-1; sitrep_type=ShellingReported; sitrep_report=r1');
  });

  it('gives a casualty claim the type of its incident’s fighting and its own conservative figure', () => {
    const shelling = exportEvent();
    const claim = exportEvent(
      { eventId: 'ev-2', type: 'CasualtiesClaimed' },
      {
        accused: 'AZ',
        target: null,
        casualties: [{ party: 'AM', affiliation: 'civilian', category: 'killed', min: 3, max: 3, approximate: false, vague: false }],
      },
    );
    const item = exportIncident(
      [shelling, claim],
      [
        claimView({ eventId: 'ev-2', affiliation: 'civilian', min: 3, max: 3 }),
        claimView({ eventId: 'ev-2', claimant: 'AZ', affiliation: 'civilian', min: 1, max: 1 }),
      ],
    );
    const row = toAcledRow(item, claim, directory)!;
    expect(row).toMatchObject({
      event_type: 'Explosions/Remote violence',
      fatalities: 1,
      civilian_targeting: 'Civilian targeting',
      actor2: 'Military Forces of Armenia',
    });
    expect(toAcledRow(item, shelling, directory)!.fatalities).toBe(0);
  });

  it('codes territory taken by a state or by a rebel group apart, ceasefires as agreements, and names groups from the actor table', () => {
    const byState = exportEvent({ type: 'ControlChangeClaimed' }, { accused: 'AZ' });
    expect(toAcledRow(exportIncident([byState]), byState, directory)!.sub_event_type).toBe('Government regains territory');
    const byRsf = exportEvent({ type: 'ControlChangeClaimed' }, { accused: 'SD-RSF', target: 'SD', claimant: { party: 'SD', name: null } });
    expect(toAcledRow(exportIncident([byRsf]), byRsf, directory)).toMatchObject({
      event_type: 'Battles',
      sub_event_type: 'Non-state actor overtakes territory',
      actor1: 'Rapid Support Forces',
      inter1: 2,
      actor2: 'Military Forces of Sudan',
      interaction: 12,
    });
    const truce = exportEvent({ type: 'CeasefireDeclared' }, { accused: null, target: null, claimant: { party: 'RU', name: null } });
    expect(toAcledRow(exportIncident([truce]), truce, directory)).toMatchObject({
      disorder_type: 'Strategic developments',
      event_type: 'Strategic developments',
      sub_event_type: 'Agreement',
      actor1: 'Military Forces of Russia',
      actor2: null,
      interaction: 10,
    });
  });

  it('writes no row for an informative type and lowers precision for a country-level place or a date range', () => {
    const talk = exportEvent({ type: 'TalksHeld' });
    expect(toAcledRow(exportIncident([talk]), talk, directory)).toBeNull();
    const vague = exportEvent(
      { dateTo: '2022-09-16' },
      { locations: [{ id: 'am', name: 'Armenia', country: 'AM', lat: 40.07, lon: 45.04, precision: 'country' }] },
    );
    expect(toAcledRow(exportIncident([vague]), vague, directory)).toMatchObject({
      geo_precision: 3,
      time_precision: 2,
      location: 'Armenia',
      admin1: null,
    });
  });

  it('combines inter codes lower first', () => {
    expect(acledInteraction(2, 1)).toBe(12);
    expect(acledInteraction(8, null)).toBe(80);
    expect(acledInteraction(null, null)).toBeNull();
  });
});
