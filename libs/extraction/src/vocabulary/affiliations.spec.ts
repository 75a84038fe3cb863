import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * Who the parties are, in sentences written for this spec across conflicts: forces «التابعة لـ»/«الموالية لـ»/
 * «المدعومة من» a group or an authority the actor table knows are that side's; an aircraft or arm of the speaker
 * («طائراتها», «مقاتلات سلاح الجو») is the speaker's, and the side after the verb is the target.
 */
const strike = (text: string) => {
  const hostile = ['AirStrikeReported', 'ShellingReported', 'ArmedClashReported'];
  const e = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((x) => hostile.includes(x.type));
  return { accused: e?.accused ?? null, target: e?.target ?? null };
};

describe('forces affiliated to a known side take its party', () => {
  it.each([
    ['LY-LNA', 'وقصفت قوات الجيش الليبي التابع للقيادة العامة مواقع في محيط غريان.'],
    ['LY', 'وقصفت القوات التابعة لحكومة الوحدة الوطنية الليبية مواقع في جنوب طرابلس.'],
    ['LY-LNA', 'وقصفت قوات موالية لحفتر مواقع في محيط مطار طرابلس.'],
    ['SY-SNA', 'وقصفت الفصائل الموالية لتركيا قرى في ريف منبج.'],
    ['SY-SNA', 'وقصفت الفصائل المدعومة من تركيا قرى في ريف تل تمر.'],
    ['ISIS', 'وهاجمت عناصر تابعة لتنظيم داعش نقطة عسكرية في بادية دير الزور.'],
    ['ISIS', 'وهاجم مسلحون موالون لتنظيم الدولة حاجزا في محافظة ديالى.'],
    ['YE-HOUTHI', 'وقصفت قوات تابعة لجماعة الحوثي أحياء في مدينة تعز.'],
    ['SD-RSF', 'وهاجمت ميليشيات موالية لقوات الدعم السريع قرى في ولاية الجزيرة.'],
    ['SO-SHABAAB', 'وهاجم مسلحون تابعون لحركة الشباب قاعدة في إقليم شبيلي السفلى.'],
  ])('accused %s: %s', (accused, text) => {
    expect(strike(text).accused).toBe(accused);
  });

  it('a head with its own side keeps it when the owner is no side the table knows', () => {
    expect(strike('وقصفت القوات الأوكرانية التابعة للواء الثالث مواقع في باخموت.').accused).toBe('UA');
  });

  // actors.md: a state code is that state's government and its forces, and IQ-PMF is the Popular Mobilisation Forces
  // by name; militias loyal to a foreign state are neither, and the table has no code for them: no side
  it.each([
    'وقصفت ميليشيات تابعة لإيران مواقع في ريف دير الزور.',
    'وقصفت القوات الموالية لإيران مواقع في ريف دير الزور.',
    'وقصفت الميليشيات الموالية لإيران مواقع في محافظة ديالى.',
    'وقصفت قوات موالية لروسيا مواقع في ريف إدلب.',
  ])('forces loyal to a foreign state are not that state’s, nor the Popular Mobilisation Forces: %s', (text) => {
    expect(strike(text).accused).toBeNull();
  });

  it.each([
    ['SY', 'وقصفت القوات الموالية لدمشق مواقع في ريف حماة.'],
    ['SY', 'وهاجمت القوات الموالية للحكومة السورية قرية في ريف حماة.'],
  ])('forces loyal to the home state are its: %s', (accused, text) => {
    expect(strike(text).accused).toBe(accused);
  });
});

describe('the speaker’s aircraft or arm is the speaker’s, the side after the verb is the target', () => {
  it.each([
    ['IL', 'PS-HAMAS', 'وقال الجيش الإسرائيلي إن مقاتلات سلاح الجو قصفت مواقع لحماس في خان يونس.'],
    ['TR', 'PKK', 'وقالت وزارة الدفاع التركية إن مقاتلات سلاح الجو قصفت مواقع لحزب العمال الكردستاني شمال العراق.'],
    ['RU', 'SY-OPPOSITION', 'وقالت وزارة الدفاع الروسية إن مقاتلات سلاح الجو قصفت مواقع للفصائل المسلحة في ريف إدلب.'],
    ['RU', 'UA', 'وأعلنت روسيا أن طائراتها قصفت مواقع للقوات الأوكرانية في دونيتسك.'],
    ['TR', 'PKK', 'وقالت وزارة الدفاع التركية إن طائراتها قصفت مواقع لحزب العمال الكردستاني شمال العراق.'],
    ['AZ', 'AM', 'وقالت وزارة الدفاع الأذربيجانية إن مدفعيتها قصفت مواقع للجيش الأرميني.'],
    ['PK', 'PK-TTP', 'وقال الجيش الباكستاني إن الطيران استهدف مواقع لحركة طالبان باكستان في وزيرستان.'],
  ])('accused %s, target %s: %s', (accused, target, text) => {
    expect(strike(text)).toEqual({ accused, target });
  });
});
