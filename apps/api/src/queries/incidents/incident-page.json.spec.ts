import { describe, expect, it } from 'vitest';
import { incidentPageJson } from './incident-page.json.js';
import type { IncidentPageDto, IncidentRowDto, PlaceLabelDto } from './incident.dto.js';

const place = (id: string, nameAr: string | null): PlaceLabelDto =>
  Object.freeze({ id, name: id.toUpperCase(), nameAr, country: 'AM', precision: 'settlement', lat: 39.5, lon: 45.25 });
const shared = place('am-a', 'مدينة');

function row(id: string, overrides: Partial<IncidentRowDto> = {}): IncidentRowDto {
  return {
    id,
    kind: 'violence',
    types: ['ShellingReported'],
    dateFrom: '2022-09-13',
    dateTo: '2022-09-14',
    placeIds: ['am-a'],
    parties: ['AM', 'AZ'],
    eventCount: 2,
    reportIds: ['r1', 'r2'],
    firstEventId: `e-${id}`,
    headline: 'Shelling — A — 2022-09-13 to 2022-09-14 — AM, AZ — 3–7 AM military killed',
    places: [shared],
    partyNames: [Object.freeze({ code: 'AM', name: 'Armenia', nameAr: 'أرمينيا' }), { code: 'XX', name: 'XX', nameAr: null }],
    casualties: [{ side: 'AM', affiliation: 'military', category: 'killed', low: 3, high: 7, claimantCount: 2 }],
    ...overrides,
  };
}

const same = (page: IncidentPageDto) => expect(incidentPageJson(page).equals(Buffer.from(JSON.stringify(page)))).toBe(true);

describe('incidentPageJson', () => {
  it('writes the bytes of JSON.stringify, labels shared by rows included, the second time from its label cache', () => {
    const page: IncidentPageDto = {
      items: [row('i1'), row('i2', { places: [shared, place('am-b', null)], casualties: [] }), row('i3')],
      nextCursor: 'WyIyMDIyLTA5LTEzIiwiaTMiXQ',
      asOf: { position: null },
    };
    same(page);
    same(page);
  });

  it('leaves out an undefined field as JSON.stringify does, and writes null, empty lists and unlabelled places', () => {
    same({
      items: [
        row('i1', { reportIds: undefined as unknown as string[], places: [], partyNames: [], casualties: [] }),
        row('i2', { places: [{ id: 'xx-unknown', name: null, nameAr: null, country: null, precision: null, lat: null, lon: null }] }),
      ],
      nextCursor: null,
      asOf: { position: 42 },
    });
  });

  it('writes pages larger than its scratch buffer, and a small page after one that made it grow past what it keeps', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(`i${i}`, { headline: `${'رواية '.repeat(40)}${i}` }));
    same({ items: rows(300), nextCursor: null, asOf: { position: 1 } }); // ~0.3 MB: grows the 128 KiB scratch buffer
    same({ items: rows(1200), nextCursor: null, asOf: { position: 2 } }); // ~1.2 MB: past the 1 MiB kept
    same({ items: rows(3), nextCursor: null, asOf: { position: 3 } });
  });

  it('writes an empty page', () => {
    same({ items: [], nextCursor: null, asOf: { position: 0 } });
  });

  it('escapes what JSON.stringify escapes: quotes, backslashes, control characters, lone surrogates', () => {
    same({ items: [row('i1', { headline: 'a "quoted" \\ line\nnext \u0001 \ud800 end' })], nextCursor: null, asOf: { position: null } });
  });
});
