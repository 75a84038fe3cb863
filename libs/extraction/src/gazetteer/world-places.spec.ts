import { describe, expect, it } from 'vitest';
import { getPlace } from './index.js';
import { preloadWorldPlaces } from './world-places.js';

describe('preloading the world places (a server does it before it listens)', () => {
  it('reads the table, after which gn- ids resolve as they would have on demand', () => {
    expect(preloadWorldPlaces()).toBe(true);
    expect(getPlace('gn-1123906')).toMatchObject({ id: 'gn-1123906', country: 'AF', parent: 'af', precision: 'settlement' });
    expect(getPlace('gn-0')).toBeUndefined();
  });
});
