import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.js';

describe('ReadCache', () => {
  it('serves an answer only under the version it was stored with', () => {
    const cache = new ReadCache(1 << 20);
    cache.set('/incidents am', 'incidents:1@10', Buffer.from('{"items":[1]}'));
    expect(cache.get('/incidents am', 'incidents:1@10')?.toString()).toBe('{"items":[1]}');
    expect(cache.get('/incidents am', 'incidents:1@11')).toBeUndefined();
    expect(cache.get('/incidents az', 'incidents:1@10')).toBeUndefined();
    cache.set('/incidents am', 'incidents:1@11', Buffer.from('{"items":[1,2]}'));
    expect(cache.get('/incidents am', 'incidents:1@11')?.toString()).toBe('{"items":[1,2]}');
    expect(cache.get('/incidents am', 'incidents:1@10')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 2, misses: 3 });
  });

  it('stays within its memory bound, dropping the least recently used answers first', () => {
    const body = Buffer.from('x'.repeat(2000));
    const cache = new ReadCache(20_000); // room for about nine such answers
    for (let i = 0; i < 9; i++) cache.set(`k${i}`, 'v', body);
    expect(cache.get('k0', 'v')).toBe(body); // k0 is now the most recently used
    for (let i = 9; i < 30; i++) {
      cache.set(`k${i}`, 'v', body);
      expect(cache.stats().bytes).toBeLessThanOrEqual(20_000);
    }
    const { entries, evictions } = cache.stats();
    expect(entries).toBeGreaterThan(5);
    expect(evictions).toBe(30 - entries);
    expect(cache.get('k1', 'v')).toBeUndefined();
    expect(cache.get('k29', 'v')).toBe(body);
  });

  it('counts an answer by its UTF-8 bytes', () => {
    const cache = new ReadCache(1 << 20);
    cache.set('k', 'v', Buffer.from('جرموك'));
    expect(cache.stats().bytes).toBe(10 + 2 * 2 + 64);
  });

  it('does not keep an answer larger than an eighth of its bound', () => {
    const cache = new ReadCache(16_000);
    cache.set('small', 'v', Buffer.from('y'.repeat(100)));
    cache.set('big', 'v', Buffer.from('x'.repeat(3000)));
    expect(cache.get('big', 'v')).toBeUndefined();
    expect(cache.get('small', 'v')).toBeDefined();
  });
});
