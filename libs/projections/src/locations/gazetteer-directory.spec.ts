import { describe, expect, it } from 'vitest';
import { gazetteerDirectory } from './gazetteer-directory.js';
import { resolveLocation } from './locations.query.js';
import { placeChainOf, placeDirectoryOf } from './place-directory.js';

describe('the read side over the gazetteer: world places (gn- ids) roll up like curated ones', () => {
  const chain = placeChainOf(gazetteerDirectory);

  it('a world village rolls up to its country, which has a name even when the curated list lacks it', () => {
    expect(chain('gn-1141269')).toEqual(['gn-1141269', 'af']); // Ghazni → Afghanistan
    expect(gazetteerDirectory.get('gn-1141269')).toMatchObject({ name: 'Ghazni', country: 'AF', precision: 'settlement', parent: 'af' });
    expect(gazetteerDirectory.get('af')).toMatchObject({ name: 'Afghanistan', precision: 'country', nameAr: 'أفغانستان' });
  });

  it('a town’s countryside («ريف حماة الشمالي») rolls up through the unit seated at the town', () => {
    expect(chain('countryside:sy-hama:northern')).toEqual(['countryside:sy-hama:northern', 'sy-hama-governorate', 'sy']);
    expect(gazetteerDirectory.get('countryside:sy-qamishli')).toMatchObject({ name: 'Qamishli countryside', precision: 'district' });
  });

  it('a curated place keeps its chain; an unknown id is its own chain', () => {
    expect(chain('am-jermuk').at(-1)).toBe('am');
    expect(chain('gn-999999999')).toEqual(['gn-999999999']);
  });

  it('resolves a location by id or exact name, never by a fragment of one', () => {
    expect(resolveLocation(gazetteerDirectory, 'Jermuk')).toEqual(['am-jermuk']);
    expect(resolveLocation(gazetteerDirectory, 'am-jermuk')).toEqual(['am-jermuk']);
    expect(resolveLocation(gazetteerDirectory, 'Nangarhar')).toEqual(['af-nangarhar']);
    expect(resolveLocation(gazetteerDirectory, 'ننغرهار')).toEqual(['af-nangarhar']);
    // «nan» starts «Nangarhar»: a typo or junk is LOCATION_NOT_FOUND, not another place's incidents
    expect(resolveLocation(gazetteerDirectory, 'nan')).toEqual([]);
    expect(resolveLocation(gazetteerDirectory, 'Jerm')).toEqual([]);
  });
});

describe('placeChainOf', () => {
  it('asks the directory once per place whether it is broad, and answers as the directory says', () => {
    const places = [
      { id: 'xa', name: 'X', country: 'XA', lat: 0, lon: 0, precision: 'country', parent: null },
      { id: 'xa-town', name: 'Town', country: 'XA', lat: 0, lon: 0, precision: 'settlement', parent: 'xa' },
    ];
    const directory = placeDirectoryOf(places);
    const asked: string[] = [];
    const chain = placeChainOf({ ...directory, get: (id) => (asked.push(id), directory.get(id)) });
    for (let i = 0; i < 3; i++)
      expect([chain.isBroad!('xa'), chain.isBroad!('xa-town'), chain.isBroad!('nowhere')]).toEqual([true, false, false]);
    expect(asked.sort()).toEqual(['nowhere', 'xa', 'xa-town']);
  });
});
