import { describe, expect, it } from 'vitest';
import { placesOf } from '../stages/prepare/places.js';
import { getPlace } from './index.js';

const ids = (text: string) => placesOf(text).map((m) => m.place.id);
const world = (text: string) => placesOf(text).filter((m) => m.place.id.startsWith('gn-'));

describe('places the curated gazetteer does not know, from the world gazetteer', () => {
  it('finds a town after a place cue, with a GeoNames id, honest precision and its country as parent', () => {
    const [m] = world('قصف مسلحو طالبان مدينة طالقان الأفغانية');
    expect(m.place).toMatchObject({ id: 'gn-1123004', name: 'Taloqan', country: 'AF', precision: 'settlement', parent: 'af' });
  });

  it('finds a two-word name after a cue, bounded by its words', () => {
    const text = 'دارت اشتباكات عنيفة في منطقة سبين بولدك الحدودية بين أفغانستان وباكستان';
    const [m] = world(text);
    expect(m.place.country).toBe('AF');
    expect(text.slice(m.start, m.end)).toBe('سبين بولدك');
  });

  it('takes no first word alone when a definite noun after a cue completes the name', () => {
    // «غوط» alone would answer Ghat, at the other end of Libya; a nisba after the name keeps the town
    expect(world('تقدمت القوات الليبية في منطقة غوط الريح قرب غريان')).toEqual([]);
    expect(world('قصف مسلحو طالبان مدينة طالقان الأفغانية').map((m) => m.place.name)).toEqual(['Taloqan']);
  });

  it('reads a name quoted right after its cue («بلدة "الحديثة"»), curated or from the world', () => {
    expect(world('هاجم مسلحون دورية قرب بلدة "الحديثة" في محافظة الأنبار').map((m) => m.place.country)).toEqual(['IQ']);
    expect(ids('انتشرت القوات في منطقة «القايم» الحدودية')).toContain('iq-al-qaim');
    // a quoted word with no cue before it is no place slot
    expect(ids('استقبل الوزير «القائم» بالأعمال')).toEqual([]);
  });

  it('keeps the curated place when both know the name', () => {
    expect(ids('تعرضت بلدة شبعا لقصف مدفعي')).toEqual(['lb-shebaa']);
  });

  it('never asks after a quarter, an airport or a mountain cue: the source holds towns only', () => {
    // «الحيدرية» and «رامون» alone would answer Syrian and Palestinian villages
    expect(world('سقطت قذيفة على حي الحيدرية في مدينة حلب')).toEqual([]);
    expect(world('قصفت الطائرات مطار رامون قرب نابلس')).toEqual([]);
    expect(world('تمركز قناص في جبل الوعر قرب تعز')).toEqual([]);
  });

  it('does not read a cue with the article as a naming cue («شهدت البلدة حركة نزوح»)', () => {
    // «حركة» (a movement) would answer a Syrian village
    expect(world('قصفت القوات بلدة نوى في درعا، وشهدت البلدة حركة نزوح').map((m) => m.place.country)).not.toContain('SY');
  });

  it('resolves a gn- id for the read side, with the country as parent; unknown ids stay unknown', () => {
    expect(getPlace('gn-1123906')).toMatchObject({ country: 'AF', parent: 'af', precision: 'settlement' });
    // Afghanistan is no curated country: the parent still resolves, named, so the roll-up has a name
    expect(getPlace('af')).toMatchObject({ id: 'af', name: 'Afghanistan', country: 'AF', precision: 'country', parent: null });
    expect(getPlace('am')?.name).toBe('Armenia');
    expect(getPlace('gn-0')).toBeUndefined();
    expect(getPlace('gn-abc')).toBeUndefined();
  });
});

describe('a place spelling that is an ordinary word where it stands', () => {
  it('«بالطرق السلمية» is «by peaceful means», not Salamiyah', () => {
    expect(ids('دعا الطرفين إلى حل الخلاف بالطرق السلمية')).toEqual([]);
  });

  it('the town stays a town after a preposition or a cue', () => {
    expect(ids('سقطت قذائف في السلمية')).toEqual(['sy-salamiyah']);
    expect(ids('قصفت القوات مدينة السلمية')).toEqual(['sy-salamiyah']);
  });

  it('a place name that is also a noun is the noun beside the words that take it («حماة الديار», «جنة عدن»)', () => {
    expect(ids('قال حماة الديار إنهم صدوا الهجوم')).toEqual([]);
    expect(ids('قصفت قوات حماة الوطن مواقع المسلحين')).toEqual([]);
    expect(ids('وعد المقاتلين بجنة عدن')).toEqual([]);
    expect(ids('سقطت قذائف على حماة الاثنين')).toEqual(['sy-hama']);
    expect(ids('قتل خمسة في عدن الجديدة')).toEqual(['ye-aden']);
  });
});

describe('unseen settlements: name parts, Ukrainian h, homonyms', () => {
  it('a name part that is also a stopword («أم», «أبو») still opens a two-word name after a cue', () => {
    const text = 'قصفت قوات الدعم السريع مدينة أم روابة في ولاية شمال كردفان';
    const [m] = world(text);
    expect(m.place).toMatchObject({ name: 'Umm Ruwaba', country: 'SD' });
    expect(text.slice(m.start, m.end)).toBe('أم روابة');
    // «أم» as «or» starts no name
    expect(world('هل تقصف القوات البلدة أم تنسحب منها في السودان')).toEqual([]);
  });

  it('reads the Ukrainian h (Cyrillic г) as the غ of Russian-based spellings too', () => {
    expect(world('قصفت القوات الروسية مدينة غورلوفكا في منطقة دونيتسك').map((m) => m.place.name)).toEqual(['Horlivka']);
    expect(world('قصفت القوات الروسية مدينة هورليفكا في منطقة دونيتسك').map((m) => m.place.name)).toEqual(['Horlivka']);
  });

  it('of villages of one name, takes the one near the places the report names, not the most populous', () => {
    const [m] = world('استعادت القوات الأوكرانية قرية بلاغوداتني في منطقة دونيتسك');
    expect(m.place.name).toBe('Blahodatne');
    // GeoNames 712092, in Donetsk Oblast; the most populous namesake is in Volyn, 900 km west
    expect(m.place.lon).toBeGreaterThan(37);
  });

  it.each([
    'وفي أعقاب الهجوم على الجيش السوري، انتشرت القوات في الميدان.',
    'وفي سياق متصل قصفت القوات اليمنية مواقع في الأسواق والشوارع.',
    'انتشرت الدوريات في الأراضي الزراعية والمزارع شمال السودان.',
    'تقدمت القوات الأوكرانية في منطقة الشاطئ قرب المرفأ.',
  ])('reads no village into common news words after a preposition or a cue: %s', (text) => {
    expect(world(text)).toEqual([]);
  });

  it('opens the villages of the one country the curated gazetteer read, when its name is also a word («مالي»)', () => {
    expect(world('هاجم مسلحون مدينة كوتيالا وسط مالي أمس').map((m) => m.place.name)).toEqual(['Koutiala']);
    // no country named: no village of Mali
    expect(world('أعلنت وزارة المالية أن القوات قصفت بلدة كوتيالا')).toEqual([]);
  });
});
