import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A ship or boat attacked is its flag's or owner's side when the text names one («سفينة إسرائيلية», «ترفع علم
 * ليبيريا», «مملوكة لشركة يونانية»), else no side: never the attacker's own, nor the report's other side by guess.
 * The attacker is the verb's subject, however far the instrument stands from it. Sentences written for this spec
 * from the Red Sea, the Black Sea, Libya and Sudan, each after a lead that gives the report two sides.
 */
const ship = (lead: string, text: string) => {
  const hostile = ['AirStrikeReported', 'ShellingReported', 'ArmedClashReported'];
  const events = extract({ text: lead ? `${lead}\n\n${text}` : text, publishedOn: '2024-05-10', language: 'ar' }).events;
  const e = events.find((x) => hostile.includes(x.type) && x.evidence.text.startsWith(text.slice(0, 12)));
  return { accused: e?.accused ?? null, target: e?.target ?? null };
};
const YEMEN = 'وقالت القيادة المركزية الأمريكية إن طائراتها قصفت مواقع للحوثيين في محافظة الحديدة.';
const UKRAINE = 'وقال الجيش الأوكراني إن القوات الروسية قصفت مواقعه في منطقة خيرسون.';
const LIBYA = 'وقالت حكومة الوفاق إن قوات حفتر قصفت أحياء في جنوب طرابلس.';
const SUDAN = 'وقال الجيش السوداني إن قوات الدعم السريع قصفت مواقعه في الفاشر.';

describe('a ship with no flag or owner named is no side of the attack', () => {
  it.each([
    ['YE-HOUTHI', 'واستهدف الحوثيون سفينة تجارية في البحر الأحمر قبالة سواحل الحديدة بصاروخ باليستي.', YEMEN],
    ['YE-HOUTHI', 'وأطلق الحوثيون صاروخين على ناقلة نفط في خليج عدن.', YEMEN],
    ['RU', 'وقصفت القوات الروسية سفينة شحن في ميناء أوديسا بالصواريخ.', UKRAINE],
    ['LY-LNA', 'واستهدفت قوات حفتر بالمدفعية سفينة شحن في ميناء طرابلس.', LIBYA],
    [null, 'وتعرضت سفينة لقصف مدفعي في ميناء بورتسودان.', SUDAN],
  ])('attacker %s, no target: %s', (accused, text, lead) => {
    expect(ship(lead, text)).toEqual({ accused, target: null });
  });
});

describe('a ship’s flag or owner, when named, is the side attacked', () => {
  it.each([
    ['YE-HOUTHI', 'LR', 'وأطلق الحوثيون صاروخين على سفينة ترفع علم ليبيريا في خليج عدن.', YEMEN],
    ['YE-HOUTHI', 'GR', 'وأطلق الحوثيون صاروخا على سفينة شحن مملوكة لشركة يونانية في البحر الأحمر.', YEMEN],
    ['RU', 'TR', 'وأصابت مسيرة روسية سفينة حبوب مملوكة لشركة تركية قرب أوديسا.', UKRAINE],
    ['UA', 'RU', 'واستهدفت القوات الأوكرانية سفينة حربية روسية في البحر الأسود بصواريخ نبتون.', UKRAINE],
  ])('%s on %s: %s', (accused, target, text, lead) => {
    expect(ship(lead, text)).toEqual({ accused, target });
  });

  it('an armoured personnel carrier («ناقلة جند») is no ship', () => {
    expect(ship(UKRAINE, 'واستهدفت القوات الأوكرانية ناقلة جند مدرعة روسية قرب باخموت بصاروخ.')).toEqual({ accused: 'UA', target: 'RU' });
  });
});

describe('a weapon with «بـ» is the instrument of the attack verb before it, however far: its subject attacked', () => {
  it.each([
    ['SO-SHABAAB', 'SO', 'استهدفت حركة الشباب قاعدة عسكرية للجيش الصومالي في إقليم شبيلي السفلى جنوب البلاد بقذائف الهاون.'],
    ['SD-RSF', 'SD', 'استهدفت قوات الدعم السريع مواقع الجيش السوداني في مدينة الأبيض شمال كردفان بطائرات مسيرة انتحارية.'],
    ['UA', 'RU', 'استهدفت القوات الأوكرانية مستودع ذخيرة روسيا في منطقة بيلغورود الحدودية جنوب روسيا بطائرات مسيرة.'],
  ])('%s on %s: %s', (accused, target, text) => {
    expect(ship('', text)).toEqual({ accused, target });
  });

  it('with no target named, the subject still attacked', () => {
    expect(ship('', 'استهدف الجيش الباكستاني مخابئ المسلحين في منطقة باجور القبلية شمال غرب البلاد بطائرات بدون طيار.').accused).toBe('PK');
  });
});
