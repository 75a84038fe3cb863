// Golden tests for the five seed reports of the dev corpus (../shared/corpus/dev,
// outside this repository). Skipped with a message when the corpus is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// The repository root is three levels up; ../shared sits beside it.
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/dev');
const present = existsSync(join(dir, 'seed-000.json'));
if (!present) console.warn(`golden: ${dir} not found — seed golden tests skipped`);

interface GoldEvent {
  type: string;
  date: string | null;
  dateFrom?: string;
  claimant: string | null;
  optional: boolean;
  figures: { party: string; category: string; value: number }[];
  materiel: { party: string; kind: string; count: number }[];
}
const load = (id: string) =>
  JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as { text: string; publishedOn: string; events: GoldEvent[] };

describe.skipIf(!present)('seed reports (golden)', () => {
  for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) {
    it(`${id}: every required event type, claimant and day is found; evidence slices the text`, () => {
      const g = load(id);
      const rec = extract({ text: g.text, publishedOn: g.publishedOn, language: 'ar' });
      const news = rec.events.filter((e) => !e.background);
      for (const ge of g.events.filter((e) => !e.optional)) {
        const hit = news.some(
          (e) =>
            e.type === ge.type &&
            (!ge.claimant || e.claimant.party === ge.claimant) &&
            (!ge.date || (!!e.occurredOn && e.occurredOn.from <= ge.date && e.occurredOn.to >= (ge.dateFrom ?? ge.date))),
        );
        expect(hit, `${id}: ${ge.type} ${ge.claimant ?? ''} ${ge.date ?? ''}`).toBe(true);
      }
      for (const e of rec.events) expect(g.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    });
  }

  it('seed figures: casualty and materiel counts', () => {
    const figures = (id: string) =>
      extract({ text: load(id).text, publishedOn: load(id).publishedOn }).events.flatMap((e) => [
        ...e.casualties.filter((c) => !c.vague).map((c) => `${c.party}|${c.category}|${c.min}`),
        ...e.materiel.map((m) => `${m.party}|${m.kind}|${m.count}`),
      ]);
    expect(figures('seed-001')).toEqual(expect.arrayContaining(['AM|killed|50', 'AM|wounded|3']));
    expect(figures('seed-003')).toContain('AM|captured|12');
    expect(figures('seed-004')).toEqual(expect.arrayContaining(['AM|air-defence|12', 'AZ|tank|3', 'AZ|helicopter|2', 'AZ|drone|3']));
  });

  it('infers the reference date from the text when none is given (seed-001)', () => {
    const rec = extract({ text: load('seed-001').text });
    expect(rec.report.referenceDateSource).toBe('inferred');
    expect(rec.report.referenceDate).toBe('2022-09-15');
  });
});
