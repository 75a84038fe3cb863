import { describe, expect, it } from 'vitest';
import { extract } from '@sitrep/extraction';
import { ACTOR_TABLE } from '../actors/actor-table.js';
import { firstViolation } from './event-schema.js';
import { extractedEventDataSchema } from './report-events.schema.js';

/** The event schemas accept every party code the actor table defines, wherever a party appears. */
describe('party codes in extracted events (extractor 0.5.0)', () => {
  // the stored data is the extracted event without its type (the type is the event's own)
  const stored = ({ type: _type, ...event }: { type: string }) => ({
    ...event,
    reportId: 'abcdef0123456789',
    extractionId: 'extraction-1',
    ordinal: 0,
  });

  it('accepts an event whose claimant, accused, target and figures carry group codes', () => {
    // example written for this spec: the army says it killed RSF fighters
    const { events } = extract({ text: 'وقال الجيش السوداني إنه قتل 40 من عناصر الدعم السريع في معارك ضارية.', publishedOn: '2024-06-24' });
    const casualties = events.find((e) => e.type === 'CasualtiesClaimed');
    expect(casualties?.casualties[0]?.party).toBe('SD-RSF');
    for (const e of events) expect(firstViolation(extractedEventDataSchema, stored(e))).toBeNull();
  });

  it('accepts every code of the table in every party field', () => {
    const { events } = extract({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-13' });
    const base = events[0];
    expect(base).toBeDefined();
    for (const { code } of ACTOR_TABLE) {
      const event = {
        ...base,
        claimant: { party: code, name: code },
        accused: code,
        target: code,
        casualties: [{ party: code, affiliation: 'military', category: 'killed', min: 1, max: 1, approximate: false, vague: false }],
        materiel: [{ party: code, kind: 'tank', count: 1, status: 'destroyed' }],
      };
      expect([code, firstViolation(extractedEventDataSchema, stored(event))]).toEqual([code, null]);
    }
  });
});
