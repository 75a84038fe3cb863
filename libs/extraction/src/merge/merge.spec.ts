import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

// reference day: Wednesday 14 September 2022
const events = (text: string) => extract({ text, publishedOn: '2022-09-14' }).events.filter((e) => !e.background);
const days = (text: string) => [...new Set(events(text).map((e) => e.occurredOn?.from ?? null))];

describe('merge: the day of a report that names one', () => {
  it('events told with no time word take the one day the report names for its facts, a day or two back', () => {
    const text =
      'قال مسؤولون محليون إن القوات الأذربيجانية قصفت بلدة جيرموك بالمدفعية.\nوأكد مسؤول في البلدية مقتل ثلاثة مدنيين في القصف الثلاثاء.';
    expect(events(text).length).toBeGreaterThan(1);
    expect(days(text)).toEqual(['2022-09-13']);
  });

  it('a two-day window that holds the named day («خلال الـ24 ساعة الماضية») does not stop it', () => {
    const text =
      'قصفت القوات الأذربيجانية بلدة جيرموك بالمدفعية.\nوقتل ثلاثة مدنيين في قصف على بلدة سوتك أمس.\nوقالت الوزارة إن خمسة جنود قتلوا خلال الـ24 ساعة الماضية.';
    const shelling = events(text).filter((e) => e.type === 'ShellingReported');
    expect(shelling.length).toBeGreaterThan(0);
    expect(shelling.map((e) => e.occurredOn?.from)).toEqual(shelling.map(() => '2022-09-13'));
  });

  it('a day further back (a recap) or two different named days leave the report day alone', () => {
    const far = 'قال مسؤولون محليون إن القوات الأذربيجانية قصفت بلدة جيرموك بالمدفعية.\nوكان ثلاثة مدنيين قد قتلوا في قصف يوم الأحد.';
    expect(days(far)).toEqual(expect.arrayContaining(['2022-09-14', '2022-09-11']));
    const two = 'قصفت القوات الأذربيجانية بلدة جيرموك بالمدفعية.\nوقتل جنديان في اشتباكات أمس، وأصيب مدني في قصف على فاردينيس أول من أمس.';
    expect(days(two)).toEqual(expect.arrayContaining(['2022-09-14', '2022-09-13', '2022-09-12']));
  });

  it('an unsourced toll and a sourced one with the same count are one fact, kept with its source', () => {
    const all = (text: string) => extract({ text, publishedOn: '2022-09-14' }).events.filter((e) => e.type === 'CasualtiesClaimed');
    const same = all('قتل 12 جنديا في قصف على بلدة جيرموك.\nوقال الجيش الأرميني إن 12 جنديا قتلوا في قصف أذربيجاني على جيرموك.');
    expect(same).toHaveLength(1);
    expect(same[0].claimant.party).toBe('AM');
    // another count is another claim
    const other = all('قتل 12 جنديا في قصف على بلدة جيرموك.\nوقال الجيش الأرميني إن 15 جنديا قتلوا في قصف أذربيجاني على جيرموك.');
    expect(other).toHaveLength(2);
  });
});

describe('merge: a region and a place inside it', () => {
  const ofType = (text: string, type: string) =>
    extract({ text, publishedOn: '2022-09-14' }).events.filter((e) => e.type === type && !e.background);

  it('strikes across a region and a strike on one camp are two events', () => {
    const strikes = ofType(
      'شنت الطائرات الإسرائيلية غارات على مناطق متفرقة من قطاع غزة.\nواستهدفت غارة منزلا في مخيم جباليا.',
      'AirStrikeReported',
    );
    expect(strikes.map((e) => e.locations[0]?.id).sort()).toEqual(['ps-gaza-strip', 'ps-jabalia']);
  });

  it('a toll told for the region and again for the village is one fact', () => {
    const tolls = ofType('قتل 3 مدنيين في غارة جوية إسرائيلية جنوب لبنان.\nوقتل 3 مدنيين في غارة على بلدة الخيام.', 'CasualtiesClaimed');
    expect(tolls).toHaveLength(1);
    expect(tolls[0].locations.map((l) => l.id)).toContain('lb-khiam');
  });
});

describe('merge: a headline that restates the lead', () => {
  // constructed for this spec: an exclamatory headline, a lead that dates the fact the day before
  const text = 'مقتل جندي أرميني بنيران قناص أذربيجاني!\nأعلنت وزارة الدفاع الأرمينية مقتل جندي أرميني أمس بنيران قناص على الحدود.';

  it('an exclamatory first line is a headline and, undated, folds into the lead told a day earlier', () => {
    const tolls = events(text).filter((e) => e.type === 'CasualtiesClaimed');
    expect(tolls.map((e) => e.occurredOn?.from)).toEqual(['2022-09-13']);
  });
});

describe('merge: the strike behind one toll', () => {
  it('a strike told in a region and again at a village is one strike when both sentences count one toll', () => {
    const strikes = events(
      'قتل 3 مدنيين إثر غارة جوية في ريف إدلب اليوم. وقال الدفاع المدني إن 3 مدنيين قتلوا جراء غارة جوية استهدفت بلدة سراقب.',
    ).filter((x) => x.type === 'AirStrikeReported');
    expect(strikes.map((x) => x.locations.map((l) => l.id))).toEqual([['sy-saraqib', 'sy-idlib-governorate']]);
    // different tolls: two strikes
    const two = events(
      'قتل 3 مدنيين إثر غارة جوية في ريف إدلب اليوم. وقال الدفاع المدني إن 5 مدنيين قتلوا جراء غارة جوية استهدفت بلدة سراقب.',
    ).filter((x) => x.type === 'AirStrikeReported');
    expect(two).toHaveLength(2);
  });
});

describe('merge: a declaration retold by the outlet', () => {
  it('«ويأتي إعلان التعبئة العامة …» in the outlet’s voice, after the authorities declared it, is the same declaration', () => {
    const mobilisations = events(
      'أصدرت السلطات في مالي اليوم مرسوما يقضي بالتعبئة العامة.\nويأتي إعلان التعبئة العامة بعد أيام من هجمات على قريتين.',
    ).filter((x) => x.type === 'MobilizationDeclared');
    expect(mobilisations).toHaveLength(1);
    expect(mobilisations[0].claimant.party).toBe('ML');
  });
});

describe('merge: an attacker the body names wins over one the headline guessed', () => {
  const strike = (text: string) => {
    const all = extract({ text, publishedOn: '2024-05-10' }).events.filter((e) => e.type === 'AirStrikeReported' && !e.background);
    return all.map((e) => ({ accused: e.accused, target: e.target }));
  };

  it.each([
    [
      'US',
      'SO-SHABAAB',
      'مقتل 10 من مسلحي الشباب في غارة جوية جنوب الصومال\nقال الجيش الصومالي إن 10 من مسلحي حركة الشباب قتلوا في غارة جوية نفذتها القوات الأمريكية قرب بلدة جلب.',
    ],
    [
      'US',
      'YE-HOUTHI',
      'مقتل 6 من الحوثيين بغارة في صعدة\nقال مسؤول في الحكومة اليمنية إن طائرات أمريكية قصفت مواقع للحوثيين في صعدة ما أسفر عن مقتل 6 من عناصرهم.',
    ],
    [
      'SD',
      'SD-RSF',
      'مقتل 6 من عناصر الدعم السريع بغارة في دارفور\nقال شهود عيان إن الطيران الحربي التابع للجيش السوداني شن غارة على تجمع لقوات الدعم السريع في نيالا أسفرت عن مقتل 6 من عناصرها.',
    ],
  ])('%s on %s: %s', (accused, target, text) => {
    expect(strike(text)).toEqual([{ accused, target }]);
  });

  it('a body that names the attacker as no one party («طائرات التحالف الدولي») leaves it unknown', () => {
    const text =
      'مقتل 5 من عناصر داعش بغارة في الأنبار\nقالت خلية الإعلام الأمني العراقية إن طائرات التحالف الدولي نفذت غارة في صحراء الأنبار أسفرت عن مقتل 5 من عناصر داعش.';
    expect(strike(text)).toEqual([{ accused: null, target: 'ISIS' }]);
  });
});

describe('merge: two strikes whose lists of places overlap', () => {
  const strikes = (text: string) =>
    extract({ text, publishedOn: '2025-03-10' }).events.filter((e) => e.type === 'AirStrikeReported' && !e.background);
  const places = (text: string) => strikes(text).map((e) => e.locations.map((l) => l.name).join('+'));

  it('each naming a town or quarter the other does not: two strikes, each at its places', () => {
    const sudan = 'قالت قوات الدعم السريع إن طيران الجيش قصف مدينتي نيالا والضعين.\nوأضافت أن الطيران قصف مدينتي نيالا والفاشر أيضا.';
    expect(places(sudan)).toEqual(['Nyala+Ed Daein', 'Nyala+El Fasher']);
    const ukraine =
      'قالت القوات الجوية الأوكرانية إن الطائرات الروسية قصفت مدينتي خاركيف وسومي.\nوأضافت أن الطائرات الروسية قصفت مدينتي خاركيف ودنيبرو.';
    expect(places(ukraine)).toEqual(['Kharkiv+Sumy', 'Kharkiv+Dnipro']);
    const syria =
      'قال ناشطون إن مروحيات النظام ألقت براميل متفجرة على أحياء الشعار والصاخور في مدينة حلب.\nوقال الناشطون إن طائرات حربية شنت غارات على حيي الشعار والهلك بالمدينة.';
    expect(strikes(syria)).toHaveLength(2);
  });

  it('a list that repeats the other, or only part of it, is the same strike told again', () => {
    const yemen = 'قال الحوثيون إن طائرات التحالف شنت غارات على مدينتي صعدة ومأرب.\nوأضاف الحوثيون أن الغارات استهدفت مدينة صعدة.';
    expect(places(yemen)).toEqual(['Saada+Marib']);
    const syria = 'قال ناشطون إن مروحيات النظام ألقت براميل متفجرة على حي الصاخور في مدينة حلب.\nوقال الناشطون إن البراميل سقطت على حلب.';
    expect(strikes(syria)).toHaveLength(1);
  });

  it('a roundabout or square of a city the text names is a place of its own («دوار X»), not the whole city', () => {
    const syria =
      'قال ناشطون إن مروحيات النظام ألقت براميل متفجرة على حي الصاخور في مدينة حلب.\nوقال الناشطون إن براميل متفجرة سقطت على دوار الجندول شمالي حلب.';
    expect(places(syria)).toEqual(['حي الصاخور+Aleppo', 'دوار الجندول+Aleppo']);
  });
});
