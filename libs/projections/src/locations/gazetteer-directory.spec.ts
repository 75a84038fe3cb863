import { describe, expect, it } from 'vitest';
import { gazetteerDirectory } from './gazetteer-directory.js';
import { placeChainOf } from './place-directory.js';

describe('the read side over the gazetteer: world places (gn- ids) roll up like curated ones', () => {
  const chain = placeChainOf(gazetteerDirectory);

  it('a world village rolls up to its country, which has a name even when the curated list lacks it', () => {
    expect(chain('gn-1141269')).toEqual(['gn-1141269', 'af']); // Ghazni → Afghanistan
    expect(gazetteerDirectory.get('gn-1141269')).toMatchObject({ name: 'Ghazni', country: 'AF', precision: 'settlement', parent: 'af' });
    expect(gazetteerDirectory.get('af')).toMatchObject({ name: 'Afghanistan', precision: 'country', nameAr: 'أفغانستان' });
  });

  it('a curated place keeps its chain; an unknown id is its own chain', () => {
    expect(chain('am-jermuk').at(-1)).toBe('am');
    expect(chain('gn-999999999')).toEqual(['gn-999999999']);
  });
});
