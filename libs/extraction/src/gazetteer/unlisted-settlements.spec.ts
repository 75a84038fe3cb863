import { describe, expect, it } from 'vitest';
import { findPlaces } from './find-places.js';
import { getPlace } from './place-by-id.js';
import { UNLISTED_ID_PREFIX, findUnlistedSettlements } from './unlisted-settlements.js';

const unlisted = (text: string) => findUnlistedSettlements(text, findPlaces(text));

describe('unlisted settlements (a village located by the text against a known place)', () => {
  it('takes the name after «بلدة» when a direction from a known place follows', () => {
    const text = 'سقط صاروخ على منزل في بلدة عين الزهور غربي درعا صباح اليوم.';
    const [m] = unlisted(text);
    expect(m.place.name).toBe('عين الزهور');
    expect(text.slice(m.start, m.end)).toBe('عين الزهور');
    expect(m.place.id.startsWith(UNLISTED_ID_PREFIX)).toBe(true);
    const daraa = findPlaces(text).find((p) => p.start > m.end)!;
    expect(m.place.parent).toBe(daraa.place.id);
    expect([m.place.lat, m.place.lon, m.place.country]).toEqual([daraa.place.lat, daraa.place.lon, 'SY']);
  });

  it('accepts «التابعة لقضاء …» after a closing quote, with a proclitic on the cue', () => {
    const [m] = unlisted('وأفادت الوكالة أن “مسيرة قصفت أطراف ببلدة كفر الليمون” التابعة لقضاء صور.');
    expect(m.place.name).toBe('كفر الليمون');
    expect(m.place.country).toBe('LB');
  });

  it('leaves a word after «بلدة» alone without a known place to locate it, or when only a country follows', () => {
    expect(unlisted('وصل الوفد إلى بلدة صغيرة في الجنوب مساء أمس.')).toEqual([]);
    expect(unlisted('تعرضت بلدة نائية جنوب لبنان لقصف مدفعي.')).toEqual([]);
  });

  it('anchors «بلدة X (جنوب)» to that part of the country of the places around it', () => {
    const text = 'قصفت المدفعية بلدة الخيام، ثم أغارت مسيرة على بلدة عين الرمان (جنوب) بعد الظهر.';
    const m = unlisted(text).find((p) => p.place.name === 'عين الرمان')!;
    expect(m.place).toMatchObject({ parent: 'lb-south', country: 'LB', precision: 'settlement' });
    expect(text.slice(m.start, m.end)).toBe('عين الرمان');
    // no region of that name for the country, or no country around: nothing
    expect(unlisted('أغارت مسيرة على بلدة عين الرمان (جنوب) بعد الظهر.')).toEqual([]);
  });

  it('does not shadow a name the gazetteer already knows', () => {
    const text = 'استهدف القصف بلدة كفرشوبا جنوبي لبنان.';
    expect(findPlaces(text).some((p) => p.place.name === 'Kfarchouba')).toBe(true);
    expect(unlisted(text)).toEqual([]);
  });
});

describe('unlisted settlement ids on the read side', () => {
  it('getPlace resolves the id back to the village, parented by its anchor; an unknown anchor gives nothing', () => {
    const [m] = unlisted('سقط صاروخ على منزل في بلدة عين الزهور غربي درعا صباح اليوم.');
    expect(getPlace(m.place.id)).toEqual(m.place);
    expect(getPlace(`${UNLISTED_ID_PREFIX}no-such-place:عين الزهور`)).toBeUndefined();
  });
});
