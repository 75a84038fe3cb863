import { describe, expect, it } from 'vitest';
import { findPlaces } from './find-places.js';
import { getPlace } from './place-by-id.js';
import { findUnlistedQuarters } from './unlisted-quarters.js';

const quarters = (text: string) => findUnlistedQuarters(text, findPlaces(text));
const names = (text: string) => quarters(text).map((m) => m.place.name);

describe('unlisted city quarters (placed in the city the text names)', () => {
  it('takes «حي X» followed by its city, as a district at the city, offsets on the name', () => {
    const text = 'سقطت قذائف هاون على حي الزهور في مدينة حمص مساء أمس.';
    const [m] = quarters(text);
    const homs = getPlace('sy-homs')!;
    expect(m.place).toMatchObject({ name: 'حي الزهور', precision: 'district', parent: 'sy-homs', country: 'SY' });
    expect([m.place.lat, m.place.lon]).toEqual([homs.lat, homs.lon]);
    expect(text.slice(m.start, m.end)).toBe('الزهور');
  });

  it('reads a list of quarters, each one its own place, anchored to the city named before', () => {
    const text = 'تواصل القصف على حمص. وتعرضت أحياء النزهة، وباب الدريب، والقصور بالمدينة لغارات جوية.';
    expect(names(text)).toEqual(['حي النزهة', 'حي باب الدريب', 'حي القصور']);
    expect(quarters(text).every((m) => m.place.parent === 'sy-homs')).toBe(true);
  });

  it('keeps a theophoric quarter name whole («حي عبد العزيز»), in a capital the gazetteer places', () => {
    expect(names('هاجم مسلحون فندقا في حي عبد العزيز بالعاصمة مقديشو')).toEqual(['حي عبد العزيز']);
    expect(quarters('هاجم مسلحون فندقا في حي عبد العزيز بالعاصمة مقديشو')[0].place.parent).toBe('so-mogadishu');
  });

  it('does not run the list on into the next clause («… وقتل …»)', () => {
    expect(names('أغارت الطائرات على حي الزهور في حمص وقتلت ثلاثة مدنيين')).toEqual(['حي الزهور']);
  });

  it('leaves «حي» alone when it is an adjective, when no city is named, or when the article makes it anaphoric', () => {
    expect(quarters('نقلت القناة الحدث في بث حي ومباشر من حمص')).toEqual([]);
    expect(quarters('بنيت في حمص مدارس في كل حي سكني')).toEqual([]);
    expect(quarters('سقطت قذيفة على حي النور صباح اليوم')).toEqual([]);
    expect(quarters('قصفت الطائرات حمص، واستهدف القصف الحي صباح اليوم')).toEqual([]);
  });

  it('resolves the id on the read side as a district of its city', () => {
    const [m] = quarters('سقطت قذائف هاون على حي الزهور في مدينة حمص مساء أمس.');
    expect(getPlace(m.place.id)).toEqual(m.place);
  });

  it('takes a named roundabout or square of the city as a district of it, not the field of battle', () => {
    expect(names('سقطت براميل متفجرة على دوار الجندول شمالي حلب')).toEqual(['دوار الجندول']);
    expect(quarters('انفجرت سيارة مفخخة في ساحة الطيران وسط بغداد')[0]?.place).toMatchObject({
      name: 'ساحة الطيران',
      precision: 'district',
    });
    expect(quarters('تقدمت القوات في ساحة المعركة قرب حلب')).toEqual([]);
  });
});
