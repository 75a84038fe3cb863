import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * Classes of phrasing found by probing the extractor with sentences written for this spec (never taken from
 * a report): each case failed before its rule existed.
 */
const eventsOf = (text: string, publishedOn = '2024-03-12') => extract({ text, publishedOn, language: 'ar' }).events;
const typesOf = (text: string) => eventsOf(text).map((e) => e.type);

describe('«حالة» before a definite noun is a state, not a condition', () => {
  it.each([
    'أعلنت الحكومة حالة الطوارئ والتعبئة العامة في البلاد.',
    'أعلن الجيش حالة التأهب القصوى والاستنفار في صفوف قواته.',
    'وأعلنت السلطات حالة الطوارئ والنفير العام في الولاية.',
  ])('mobilisation after a state of emergency: %s', (text) => {
    expect(typesOf(text)).toContain('MobilizationDeclared');
  });

  it.each(['في حالة تعرض المدينة لهجوم ستعلن الحكومة التعبئة العامة.', 'في حال قصفت القوات المدينة فإن الحكومة ستعلن النفير العام.'])(
    'a condition still suspends what follows: %s',
    (text) => {
      expect(typesOf(text)).toEqual([]);
    },
  );
});

describe('a bare «قصف» at the place and on the day of an air strike is that air strike', () => {
  it('a headline «قصف» retold in the body as a raid', () => {
    const text = 'قصف على بلدة عيتا الشعب يوقع 3 قتلى\nشنت طائرات حربية غارة على بلدة عيتا الشعب صباح اليوم، ما أدى إلى مقتل 3 مدنيين.';
    expect(typesOf(text).filter((t) => t === 'ShellingReported' || t === 'AirStrikeReported')).toEqual(['AirStrikeReported']);
  });

  it('a raid in the headline, told in the body as «قصف»', () => {
    const text = 'غارة على بلدة كفرنبل\nقتل 3 مدنيين في قصف استهدف بلدة كفرنبل بريف إدلب صباح اليوم.';
    const strikes = eventsOf(text).filter((e) => e.type === 'ShellingReported' || e.type === 'AirStrikeReported');
    expect(strikes.map((e) => e.type)).toEqual(['AirStrikeReported']);
    expect(strikes[0].locations.map((l) => l.id)).toContain('sy-kafr-nabl');
  });

  it('keeps a shelling whose weapon is named, and a bare one at another place', () => {
    expect(typesOf('قصفت المدفعية بلدة سراقب أمس. وشنت الطائرات غارات على بلدة سراقب أمس.').sort()).toEqual([
      'AirStrikeReported',
      'ShellingReported',
    ]);
    expect(typesOf('شنت الطائرات غارات على بلدة كفرنبل أمس. وتعرضت بلدة سراقب لقصف عنيف أمس.').sort()).toEqual([
      'AirStrikeReported',
      'ShellingReported',
    ]);
  });
});

describe('a place that fell or became held, told as the subject of its clause', () => {
  it.each([
    'أعلنت الوزارة أن قرية صغيرة ثالثة تقع قرب النهر الكبير، قد سقطت في أيدي قوات الجيش.',
    'وقال حرس الحدود إن القرية باتت مجددا تحت العلم الوطني.',
    'أكد المتحدث أن البلدة أصبحت تحت راية القوات الحكومية.',
  ])('%s', (text) => {
    expect(typesOf(text)).toContain('ControlChangeClaimed');
  });

  it.each(['تجمع المتظاهرون تحت العلم الوطني في الساحة.', 'أعلن الجيش أن جنديين قتلا بأيدي المسلحين في القرية.'])(
    'no change of control: %s',
    (text) => {
      expect(typesOf(text)).not.toContain('ControlChangeClaimed');
    },
  );
});

describe('a generic statement about a kind of attack reports none', () => {
  it.each([
    'تعد الغارات الجوية من أخطر أساليب الحرب الحديثة.',
    'يشكل القصف المدفعي خطرا دائما على المدنيين في المدن.',
    'تستخدم الجماعات المسلحة الطائرات المسيرة في هجماتها.',
    'وتظل الاشتباكات المتقطعة تهديدا لاتفاق التهدئة.',
  ])('%s', (text) => {
    expect(typesOf(text)).toEqual([]);
  });

  it.each([
    ['AirStrikeReported', 'تعد غارات أمس من أعنف الغارات على المدينة.'],
    ['ShellingReported', 'يشكل قصف المدينة أمس تصعيدا خطيرا.'],
    ['AirStrikeReported', 'واستخدمت القوات الطائرات المسيرة في هجومها على المدينة.'],
  ])('a dated or told attack stays an event: %s %s', (type, text) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('a ceasefire with an adjective, a fight in words', () => {
  it.each(['أعلنت الحكومة وقفا أحاديا لإطلاق النار.', 'أعلن الطرفان وقفا مؤقتا لإطلاق النار في المدينة.'])(
    'a ceasefire, not a clash: %s',
    (text) => {
      expect(typesOf(text)).toContain('CeasefireDeclared');
      expect(typesOf(text)).not.toContain('ArmedClashReported');
    },
  );

  it.each(['تشهد البلاد معارك سياسية حول الانتخابات.', 'خاض الحزب معركة انتخابية شرسة في العاصمة.'])('no clash: %s', (text) => {
    expect(typesOf(text)).not.toContain('ArmedClashReported');
  });
});

describe('fighting told as what came before', () => {
  it('«بعد اشتباكات عنيفة» tells the clashes; «بعد المعارك» only looks back at them', () => {
    expect(typesOf('سيطرت القوات على البلدة بعد اشتباكات عنيفة مع المسلحين أمس.')).toEqual(
      expect.arrayContaining(['ControlChangeClaimed', 'ArmedClashReported']),
    );
    expect(typesOf('عاد السكان إلى منازلهم بعد المعارك.')).toEqual([]);
  });
});

describe('weapons owned, traded or tested are not fired', () => {
  it.each([
    'تمتلك الحركة ترسانة من الصواريخ بعيدة المدى.',
    'وافقت واشنطن على تزويد أوكرانيا بصواريخ بعيدة المدى.',
    'وقعت الحكومة صفقة لشراء صواريخ مضادة للدبابات.',
    'أجرى الجيش تجربة لإطلاق صاروخ باليستي في البحر.',
    'تخزن الجماعة الصواريخ في أنفاق تحت الأرض.',
  ])('no shelling: %s', (text) => {
    expect(typesOf(text)).not.toContain('ShellingReported');
  });

  it.each([
    ['ShellingReported', 'رفضت الحكومة بيع الأسلحة، وأطلقت الحركة صواريخ على المدينة.'],
    ['AirStrikeReported', 'استهدفت غارة جوية مخزن صواريخ في المدينة.'],
    ['AirStrikeReported', 'نفذت المسيرات ضربات على مواقع المسلحين في المدينة.'],
  ])('still a strike: %s %s', (type, text) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('look-alikes of control, mobilisation, clashes and tolls', () => {
  it.each([
    ['ControlChangeClaimed', 'نجحت السلطات في السيطرة على تفشي الوباء في المحافظة.'],
    ['ControlChangeClaimed', 'فقد السائق السيطرة على الشاحنة على طريق المدينة.'],
    ['MobilizationDeclared', 'أعلنت الحكومة تعبئة الرأي العام ضد الفساد.'],
    ['MobilizationDeclared', 'أعلنت الشركة بدء تعبئة الوقود في المحطات.'],
    ['MobilizationDeclared', 'قررت الحكومة تعبئة الموارد لمواجهة الفيضانات.'],
    ['CasualtiesClaimed', 'لقي 5 أشخاص حتفهم في حادث سير على الطريق الدولي.'],
    ['ArmedClashReported', 'اشتبك النواب بالأيدي داخل البرلمان.'],
  ])('no %s: %s', (type, text) => {
    expect(typesOf(text)).not.toContain(type);
  });

  it.each([
    ['ControlChangeClaimed', 'أعلن الجيش السيطرة على البلدة بعد معارك.'],
    ['MobilizationDeclared', 'أعلنت الحكومة تعبئة الاحتياط.'],
    ['CasualtiesClaimed', 'قتل 5 جنود في هجوم على الطريق الدولي.'],
  ])('still %s: %s', (type, text) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('what goes on «وسط» (amid) an event is at its place', () => {
  it('the shelling amid an incursion is where the incursion is, not where the sentence before was', () => {
    const text =
      'استشهد 7 فلسطينيين في غارة إسرائيلية استهدفت منزلا في مخيم النصيرات. وفي خان يونس، توغلت دبابات الاحتلال في بلدة بني سهيلا وسط قصف مدفعي عنيف.';
    const shelling = eventsOf(text).find((e) => e.type === 'ShellingReported');
    expect(shelling?.locations.map((l) => l.name)).not.toContain('Nuseirat');
    expect(shelling?.locations.map((l) => l.name)).toContain('Khan Younis');
  });
});

describe('ground operations begun, and operations prepared', () => {
  it('a ground operation is fighting', () => {
    expect(typesOf('بدأ الجيش عملية برية في المدينة.')).toContain('ArmedClashReported');
    expect(typesOf('شنت القوات هجوما بريا على مواقع المسلحين.')).toContain('ArmedClashReported');
  });

  it('preparing for an operation reports none', () => {
    expect(typesOf('تستعد القوات لإطلاق عملية عسكرية في المدينة.')).not.toContain('ArmedClashReported');
    expect(typesOf('يتأهب الجيش لشن هجوم بري على المدينة.')).not.toContain('ArmedClashReported');
  });
});
