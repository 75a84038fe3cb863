import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Example sentences written for these specs (one phrase that tells several means; bombardment told as an advance's
 * circumstance; operations against armed groups), not taken from any report.
 */
const events = (text: string) =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => ({ type: e.type, on: e.occurredOn?.from ?? null, at: e.locations.map((l) => l.id), by: e.claimant.party }));

const typesOf = (text: string) => events(text).map((e) => e.type);

describe('one phrase that tells several means: one event per means, same place, day and claimant', () => {
  // the file's first sentence pays the one-time build of the extractor's lazy tables
  it('«قصف جوي وبري وبحري»: the ground and naval halves after an air word are a shelling', { timeout: 30_000 }, () => {
    const told = events('تعرضت أحياء مدينة غزة لقصف جوي وبري وبحري عنيف الليلة الماضية.');
    expect(told).toEqual(
      expect.arrayContaining([
        { type: 'AirStrikeReported', on: '2024-05-19', at: ['ps-gaza-city'], by: null },
        { type: 'ShellingReported', on: '2024-05-19', at: ['ps-gaza-city'], by: null },
      ]),
    );
  });

  it('«هجوم بري وجوي», «هجوما جويا وصاروخيا»: an assault on the ground and from the air', () => {
    const assault = typesOf('شنت القوات الأذربيجانية هجوما بريا وجويا على مواقع أرمينية قرب جرموك أمس.');
    expect(assault).toEqual(expect.arrayContaining(['ArmedClashReported', 'AirStrikeReported']));
    const raid = events('شنت القوات الروسية هجوما جويا وصاروخيا واسعا على كييف الليلة الماضية.');
    expect(raid).toEqual(
      expect.arrayContaining([
        { type: 'AirStrikeReported', on: '2024-05-19', at: ['ua-kyiv'], by: null },
        { type: 'ShellingReported', on: '2024-05-19', at: ['ua-kyiv'], by: null },
      ]),
    );
  });

  it('«بالمدفعية والطائرات المسيرة»: an aircraft joined to a weapon named as the instrument is a second instrument', () => {
    const told = events('أفادت مصادر محلية بأن قوات حفتر قصفت منطقة عين زارة جنوب طرابلس بالمدفعية والطائرات المسيرة اليوم.');
    expect(told.map((e) => e.type)).toEqual(expect.arrayContaining(['ShellingReported', 'AirStrikeReported']));
    expect(told.every((e) => e.on === '2024-05-20' && e.at.includes('ly-tripoli'))).toBe(true);
    const lebanon = typesOf('قصفت القوات الإسرائيلية بلدة الخيام بالقذائف المدفعية والطائرات المسيرة صباح اليوم.');
    expect(lebanon).toEqual(expect.arrayContaining(['ShellingReported', 'AirStrikeReported']));
  });

  it('aircraft joined to weapons traded or supplied strike nothing', () => {
    expect(typesOf('أعلنت روسيا أنها ستزود سوريا بالصواريخ والطائرات المسيرة خلال العام المقبل.')).toEqual([]);
    expect(typesOf('عززت الدفاعات الجوية والبرية انتشارها حول العاصمة.')).toEqual([]);
  });
});

describe('bombardment told as the circumstance of an advance or an assault', () => {
  it('«بإسناد من الطيران», «بإسناد جوي», «بغطاء جوي»: the air support is an air strike at the advance’s place', () => {
    expect(events('تقدم الجيش السوداني في حي بحري بإسناد من الطيران الحربي أمس.')).toContainEqual({
      type: 'AirStrikeReported',
      on: '2024-05-19',
      at: ['sd-bahri'],
      by: null,
    });
    const sdf = events('تقدمت قوات سوريا الديمقراطية في ريف دير الزور الشرقي بدعم جوي من طائرات التحالف الدولي أمس.');
    expect(sdf.map((e) => e.type)).toContain('AirStrikeReported');
    expect(typesOf('استعادت القوات الحكومية السيطرة على بلدة أم الرمتة بغطاء جوي من التحالف أمس.')).toContain('AirStrikeReported');
  });

  it('«تحت غطاء ناري»: covering fire is a shelling; from drones it is their strike', () => {
    expect(typesOf('سيطرت قوات الدعم السريع على بلدة الدندر تحت غطاء ناري كثيف صباح اليوم.')).toContain('ShellingReported');
    const drones = events('توغلت آليات إسرائيلية في بلدة بيت حانون تحت غطاء ناري من الطائرات المسيرة صباح اليوم.');
    expect(drones).toContainEqual({ type: 'AirStrikeReported', on: '2024-05-20', at: ['ps-beit-hanoun'], by: null });
  });

  it('an assault under covering fire stays fighting beside the fire', () => {
    const assault = typesOf('قال مسؤول محلي إن مقاتلي حركة الشباب هاجموا قاعدة للجيش في إقليم شبيلي السفلى تحت غطاء ناري كثيف أمس.');
    expect(assault).toEqual(expect.arrayContaining(['ArmedClashReported', 'ShellingReported']));
    const backed = typesOf('هاجمت قوات الجيش مواقع الدعم السريع في جبل موية بإسناد جوي صباح اليوم.');
    expect(backed).toEqual(expect.arrayContaining(['ArmedClashReported', 'AirStrikeReported']));
  });

  it('air support asked for, promised or missing is no strike', () => {
    expect(typesOf('طالبت فصائل المعارضة الدول الداعمة بغطاء جوي لقواتها في ريف حلب.')).not.toContain('AirStrikeReported');
    expect(typesOf('قال القائد إن غياب الغطاء الجوي أضعف قدرة القوات على التقدم.')).not.toContain('AirStrikeReported');
  });
});

describe('a military operation against an armed adversary', () => {
  it('«أطلق/بدأ … حملة عسكرية/عملية ميدانية ضد …» is fighting at its place', () => {
    expect(events('بدأ الجيش الصومالي حملة عسكرية ضد حركة الشباب في إقليم هيران أمس.')).toContainEqual({
      type: 'ArmedClashReported',
      on: '2024-05-19',
      at: ['so-hiran'],
      by: null,
    });
    expect(typesOf('أطلق الجيش السوري عملية ميدانية واسعة في ريف حماة الشمالي صباح اليوم.')).toContain('ArmedClashReported');
  });

  it('an operation named as the campaign, planned, or humanitarian is no clash of its own', () => {
    const named = typesOf('وبدأت قوات الاحتلال عملية عسكرية ضد قطاع غزة تحت مسمى الجرف الصامد؛ حيث يتعرض القطاع لغارات مكثفة.');
    expect(named).not.toContain('ArmedClashReported');
    expect(named).toContain('AirStrikeReported');
    expect(typesOf('أعلنت الحكومة عزمها إطلاق عملية عسكرية في الجنوب خلال الأسابيع المقبلة.')).toEqual([]);
    expect(typesOf('أطلقت الأمم المتحدة عملية إنسانية واسعة لإغاثة النازحين في دارفور اليوم.')).toEqual([]);
  });
});
