import { describe, expect, it } from 'vitest';
import { firstViolation } from './event-schema.js';
import { extractedEventDataSchema } from './report-events.schema.js';

const figure = { party: 'PS', affiliation: 'unknown', category: 'killed', min: 127, max: 127, approximate: false, vague: false };
const eventData = (casualty: object) => ({
  occurredOn: { from: '2014-07-12', to: '2014-07-12' },
  locations: [],
  claimant: { party: null, name: null },
  accused: null,
  target: null,
  weapons: [],
  casualties: [casualty],
  materiel: [],
  background: false,
  evidence: { text: 'ارتفع عدد', start: 0, end: 9 },
  confidence: 0.8,
  reportId: 'abcdef0123456789',
  extractionId: 'extraction-1',
  ordinal: 0,
});

describe('casualty figures of an extracted event (running tolls, extractor 0.5.0)', () => {
  it('accepts figures without the running-toll fields (events of older extractor versions)', () => {
    expect(firstViolation(extractedEventDataSchema, eventData(figure))).toBeNull();
  });

  it('accepts a running toll with its period, either end unknown', () => {
    const toll = { ...figure, cumulative: true, period: { from: null, to: '2014-07-12' } };
    expect(firstViolation(extractedEventDataSchema, eventData(toll))).toBeNull();
    expect(firstViolation(extractedEventDataSchema, eventData({ ...toll, period: { from: '2014-07-08', to: null } }))).toBeNull();
  });

  it('refuses a period that is not two dates or nulls, and a cumulative flag that is not a boolean', () => {
    expect(firstViolation(extractedEventDataSchema, eventData({ ...figure, cumulative: true, period: { from: 'since the war' } }))).toMatch(
      /period/,
    );
    expect(firstViolation(extractedEventDataSchema, eventData({ ...figure, cumulative: 'yes' }))).toMatch(/cumulative/);
  });
});
