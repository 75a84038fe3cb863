import { describe, expect, it } from 'vitest';
import { boundedHeapFlags, flagsToAdd, V8HeapSettingError } from './v8-heap.js';

const SMALL = ['--max-semi-space-size=8', '--optimize-for-size'];
const SERVER = ['--max-semi-space-size=16', '--heap-growing-percent=50'];

describe('boundedHeapFlags', () => {
  it('bounds the young generation and the old generation growth for serve by default', () => {
    expect(boundedHeapFlags({}, 'serve')).toEqual(SERVER);
    expect(boundedHeapFlags({ SITREP_V8_HEAP: 'small' }, 'serve')).toEqual(SMALL);
  });

  it('takes the memory-saving profile for export by default', () => {
    expect(boundedHeapFlags({})).toEqual(SMALL);
    expect(boundedHeapFlags({ SITREP_V8_HEAP: ' small ' })).toEqual(SMALL);
    expect(boundedHeapFlags({ SITREP_V8_HEAP: 'server' }, 'export')).toEqual(SERVER);
  });

  it("keeps V8's own sizing with SITREP_V8_HEAP=node, and for commands without a default", () => {
    expect(boundedHeapFlags({ SITREP_V8_HEAP: 'node' }, 'serve')).toEqual([]);
    expect(boundedHeapFlags({}, 'migrate')).toEqual([]);
  });

  it('refuses an unknown profile with a stable code', () => {
    expect(() => boundedHeapFlags({ SITREP_V8_HEAP: 'huge' })).toThrow(V8HeapSettingError);
    expect(() => boundedHeapFlags({ SITREP_V8_HEAP: 'Server' })).toThrow(/one of small, server, node, got "Server"/);
    expect(() => boundedHeapFlags({ SITREP_V8_HEAP: 'toString' })).toThrow(/one of small, server, node/);
    try {
      boundedHeapFlags({ SITREP_V8_HEAP: '16' }, 'serve');
      expect.unreachable();
    } catch (e) {
      expect((e as V8HeapSettingError).code).toBe('INVALID_V8_HEAP');
    }
  });
});

describe('flagsToAdd', () => {
  it('adds every flag when the caller gave none', () => {
    expect(flagsToAdd(SERVER, [])).toEqual(SERVER);
    expect(flagsToAdd(SERVER, ['--enable-source-maps', ''])).toEqual(SERVER);
  });

  it('leaves out a flag the caller gave, as a node flag or in NODE_OPTIONS, and keeps the others', () => {
    expect(flagsToAdd(SERVER, ['--max-semi-space-size=64'])).toEqual(['--heap-growing-percent=50']);
    expect(flagsToAdd(SERVER, ['--inspect --max_semi_space_size=4'])).toEqual(['--heap-growing-percent=50']);
    expect(flagsToAdd(SERVER, ['--heap-growing-percent=100', '--max-semi-space-size=32'])).toEqual([]);
  });

  it('matches whole flag names only', () => {
    expect(flagsToAdd(SERVER, ['--max-semi-space-size-extra=1'])).toEqual(SERVER);
  });
});
