import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoadedRanges } from './loaded-ranges.js';

const days = Array.from({ length: 12 }, (_, i) => `2022-09-${String(10 + i)}`);
/** Every day, and a text between each day and the next: a gap between two ranges shows at one of them. */
const probes = days.flatMap((d) => [d, `${d}x`]);
const dayArb = fc.constantFrom(...days);
const rangeArb = fc.tuple(dayArb, dayArb).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));

describe('LoadedRanges', () => {
  it('covers a range exactly when every start date in it lies in a range added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('violence', 'ceasefire'), rangeArb), { maxLength: 12 }),
        rangeArb,
        (added, [from, to]) => {
          const loaded = new LoadedRanges();
          for (const [kind, [a, b]] of added) loaded.add(kind, a, b);
          for (const kind of ['violence', 'ceasefire']) {
            const ranges = added.filter(([k]) => k === kind).map(([, r]) => r);
            const inside = probes.filter((p) => p >= from && p <= to).every((p) => ranges.some(([a, b]) => a <= p && p <= b));
            expect(loaded.covers(kind, from, to)).toBe(inside);
          }
        },
      ),
      { numRuns: 3000, seed: 17 },
    );
  });

  it('merges overlapping ranges, not touching ones (a text lies between one day and the next)', () => {
    const loaded = new LoadedRanges();
    loaded.add('violence', '2022-09-10', '2022-09-12');
    loaded.add('violence', '2022-09-13', '2022-09-14');
    expect(loaded.covers('violence', '2022-09-11', '2022-09-13')).toBe(false);
    loaded.add('violence', '2022-09-12', '2022-09-13');
    expect(loaded.covers('violence', '2022-09-10', '2022-09-14')).toBe(true);
    expect(loaded.covers('ceasefire', '2022-09-10', '2022-09-10')).toBe(false);
  });
});
