import { describe, expect, it } from 'vitest';
import { boundedHeapFlags, V8HeapSettingError } from './v8-heap.js';

describe('boundedHeapFlags', () => {
  it("keeps V8's sizing for serve unless asked", () => {
    expect(boundedHeapFlags({}, 'serve')).toEqual([]);
    expect(boundedHeapFlags({ SITREP_V8_HEAP: 'small' }, 'serve')).toEqual(['--max-semi-space-size=8', '--optimize-for-size']);
  });

  it('bounds the young generation and V8 heap growth for export by default', () => {
    expect(boundedHeapFlags({})).toEqual(['--max-semi-space-size=8', '--optimize-for-size']);
    expect(boundedHeapFlags({ SITREP_V8_HEAP: ' small ' })).toEqual(['--max-semi-space-size=8', '--optimize-for-size']);
  });

  it("keeps V8's own sizing with SITREP_V8_HEAP=node", () => {
    expect(boundedHeapFlags({ SITREP_V8_HEAP: 'node' })).toEqual([]);
  });

  it('refuses an unknown profile with a stable code', () => {
    expect(() => boundedHeapFlags({ SITREP_V8_HEAP: 'huge' })).toThrow(V8HeapSettingError);
    expect(() => boundedHeapFlags({ SITREP_V8_HEAP: 'toString' })).toThrow(/one of small, node/);
  });
});
