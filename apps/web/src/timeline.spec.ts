import { describe, expect, it } from 'vitest';
import { binFor, countByBin } from './timeline.js';

const at = (day: string, kind = 'violence') => ({ date: new Date(`${day}T00:00:00Z`), kind });

describe('timeline bins', () => {
  it('are days while a day stays visible, then weeks, then months', () => {
    expect(binFor([at('2022-09-01'), at('2022-12-01')])).toBe('day');
    expect(binFor([at('2020-09-01'), at('2022-09-01')])).toBe('week');
    expect(binFor([at('2004-01-01'), at('2025-01-01')])).toBe('month');
    expect(binFor([])).toBe('day');
  });

  it('count incidents per bin and kind, weeks from Monday', () => {
    const bins = countByBin([at('2022-09-13'), at('2022-09-14'), at('2022-09-14', 'ceasefire'), at('2022-09-19')], 'week');
    const show = bins.map((b) => `${b.start.toISOString().slice(0, 10)}..${b.end.toISOString().slice(0, 10)} ${b.kind} ${b.count}`).sort();
    expect(show).toEqual(['2022-09-12..2022-09-19 ceasefire 1', '2022-09-12..2022-09-19 violence 2', '2022-09-19..2022-09-26 violence 1']);
    expect(countByBin([at('2022-12-31'), at('2022-12-01')], 'month')).toEqual([
      { start: new Date('2022-12-01T00:00:00Z'), end: new Date('2023-01-01T00:00:00Z'), kind: 'violence', count: 2 },
    ]);
  });
});
