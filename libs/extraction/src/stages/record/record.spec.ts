import { describe, expect, it } from 'vitest';
import { parseIso } from '../../time/index.js';
import { prepare } from '../prepare/prepare.js';
import type { Draft } from '../drafts/draft.js';
import { toEvent } from './record.js';

const [sentence] = prepare('قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت جيرموك أمس.').sentences;
const draft = (over: Partial<Draft>): Draft => ({
  type: 'ShellingReported',
  sentence: 0,
  pos: 0,
  claimant: { party: 'AM', name: 'Armenian Ministry of Defence' },
  accused: null,
  date: { from: parseIso('2022-09-14'), to: parseIso('2022-09-14') },
  background: false,
  locations: [],
  weapons: ['artillery', 'artillery'],
  casualties: [],
  materiel: [],
  weight: 0.9,
  explicitDate: true,
  inferredPlaces: false,
  headline: false,
  ...over,
});
const opponent = (p: string | null) => (p === 'AM' ? 'AZ' : p === 'AZ' ? 'AM' : null);
const record = (over: Partial<Draft>) => toEvent(draft(over), { sentence: { ...sentence, actors: [] }, opponent });

describe('record: a draft as a public event', () => {
  it("a hostile event without a named accused accuses the claimant's opponent and targets the claimant", () => {
    expect(record({})).toMatchObject({
      accused: 'AZ',
      target: 'AM',
      weapons: ['artillery'],
      occurredOn: { from: '2022-09-14', to: '2022-09-14' },
    });
  });

  it('the evidence is the sentence with its offsets', () => {
    expect(record({}).evidence).toEqual({ text: sentence.text, start: sentence.s.start, end: sentence.s.end });
  });

  it('confidence: weight, plus a claimant and an explicit date, less for background, within [0.2, 0.97]', () => {
    expect(record({}).confidence).toBe(0.97);
    expect(record({ weight: 0.6, explicitDate: false, claimant: { party: null, name: null } }).confidence).toBe(0.6);
    expect(record({ weight: 0.6, background: true, explicitDate: false, claimant: { party: null, name: null } }).confidence).toBe(0.5);
  });

  it('talks accuse nobody', () => {
    expect(record({ type: 'TalksHeld' })).toMatchObject({ accused: null, target: null });
  });
});
