import { describe, expect, it } from 'vitest';
import { placesOf } from '../stages/prepare/places.js';
import { getPlace } from './index.js';

const ids = (text: string) => placesOf(text).map((m) => m.place.id);
const spans = (text: string) => placesOf(text).map((m) => [text.slice(m.start, m.end), m.place.id]);

describe('a region named by a town and a qualifier', () => {
  it('reads «جوبا السفلى» as the Somali region, never Juba in South Sudan', () => {
    expect(ids('قتل ثلاثة مدنيين في قصف على إقليم جوبا السفلى')).toEqual(['so-lower-juba']);
    expect(ids('اندلعت اشتباكات في ولاية جوبا السفلى جنوب الصومال')).toEqual(['so-lower-juba', 'so']);
    expect(ids('تقدمت القوات في منطقة جوبا الوسطى')).toEqual(['so-middle-juba']);
    expect(ids('سيطرت حركة الشباب على بلدات في إقليم شبيلي السفلى')).toEqual(['so-lower-shabelle']);
    expect(ids('قصفت القوات مدينة جوبا عاصمة جنوب السودان')).toEqual(['ss-juba', 'ss']);
  });

  it('drops the town when a unit cue and «السفلى/العليا/الوسطى» make a region the gazetteer does not know', () => {
    expect(ids('اندلعت اشتباكات في إقليم جوبا العليا')).toEqual([]);
    expect(ids('تقدمت القوات في محافظة كسلا العليا')).toEqual([]);
    // a village «X العليا» without a unit cue stays near X
    expect(ids('قصفت المدفعية قرية الخيام العليا')).toEqual(['lb-khiam']);
  });

  it('reads «X الجنوبية» as «جنوب X» when that is a region', () => {
    expect(spans('قصفت القوات ولاية كردفان الجنوبية')).toEqual([['كردفان الجنوبية', 'sd-south-kordofan']]);
    expect(ids('اشتباكات في ولاية دارفور الغربية')).toEqual(['sd-west-darfur']);
    // no «شرق حلب» region: the city stays
    expect(ids('قصفت الطائرات أحياء حلب الشرقية')).toEqual(['sy-aleppo']);
  });

  it('keeps the directional regions of each conflict', () => {
    expect(ids('قصفت الطائرات الإسرائيلية جنوب لبنان')).toEqual(['lb-south']);
    expect(ids('توغلت الدبابات في شمال قطاع غزة')).toEqual(['ps-north-gaza']);
    expect(ids('اشتباكات عنيفة في غرب دارفور')).toEqual(['sd-west-darfur']);
    expect(ids('شنت الطائرات غارات على ولاية أعالي النيل')).toEqual(['ss-upper-nile']);
  });

  it('decides a homonym by the country the report names', () => {
    // «شمال لبنان» is the North Governorate (places.regions.ts), which names the country too
    expect(ids('قصفت القوات مدينة طرابلس شمال لبنان')).toEqual(['lb-tripoli', 'lb-north-governorate']);
    expect(ids('اشتباكات في طرابلس الليبية')).toEqual(['ly-tripoli']);
    // a nisba names the country as well as a place does
    expect(ids('قتل ثلاثة في اشتباكات في طرابلس بين الجيش اللبناني ومسلحين')).toEqual(['lb-tripoli']);
    expect(ids('خروقات على خط التماس أعلنتها القوات الأوكرانية')).toEqual(['ua-contact-line']);
  });
});

describe('«ريف X», the countryside of X', () => {
  it('is a district at X rolling up to the unit seated at X, not the town', () => {
    const [m] = placesOf('قصفت القوات الحكومية ريف حماة الشمالي');
    expect(m.place).toMatchObject({
      id: 'countryside:sy-hama:northern',
      name: 'northern Hama countryside',
      precision: 'district',
      country: 'SY',
      parent: 'sy-hama-governorate',
    });
    expect(ids('سقطت قذائف على بلدات بريف حمص')).toEqual(['countryside:sy-homs']);
    expect(ids('غارات على ريف إب الشرقي')).toEqual(['countryside:ye-ibb:eastern']);
    expect(getPlace('countryside:ye-ibb:eastern')?.parent).toBe('ye-ibb-governorate');
  });

  it('rolls up to the town’s own parent when no unit is seated there, and is read back by id', () => {
    expect(ids('قصفت مسيرة تركية موقعا في ريف القامشلي')).toEqual(['countryside:sy-qamishli']);
    expect(getPlace('countryside:sy-qamishli')).toMatchObject({ name: 'Qamishli countryside', parent: 'sy', lat: 37.0522 });
    expect(getPlace('countryside:sy-daraa:western')?.name).toBe('western Daraa countryside');
    expect(getPlace('countryside:no-such-town')).toBeUndefined();
  });

  it('leaves a unit the gazetteer knows by its «ريف» name alone', () => {
    expect(ids('قصف على ريف دمشق')).toEqual(['sy-rif-dimashq']);
    expect(ids('قصف على ريف إدلب الجنوبي')).toEqual(['sy-idlib-governorate']);
  });
});
