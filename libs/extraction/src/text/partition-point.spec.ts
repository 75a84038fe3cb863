import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point.js';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 5, 8];
  const atMost = (v: number) => partitionPoint(sorted.length, (i) => sorted[i]! <= v);

  it('finds where a prefix predicate turns false', () => {
    expect(atMost(0)).toBe(0);
    expect(atMost(3)).toBe(3);
    expect(atMost(4)).toBe(3);
    expect(atMost(8)).toBe(5);
    expect(partitionPoint(sorted.length, (i) => sorted[i]! < 3)).toBe(1);
  });

  it('answers an empty range with its start, and searches from an offset', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(5, (i) => sorted[i]! < 5, 2)).toBe(3);
    expect(partitionPoint(5, () => true, 4)).toBe(5);
  });
});
