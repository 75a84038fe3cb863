import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/** Each event of a report as «Type from..to», «(bg)» when told as background. */
const dated = (text: string, publishedOn: string) =>
  extract({ text, publishedOn, language: 'ar' }).events.map(
    (e) => `${e.type} ${e.occurredOn ? `${e.occurredOn.from}..${e.occurredOn.to}` : 'null'}${e.background ? ' (bg)' : ''}`,
  );

// Friday 10 May 2024
const FRI = '2024-05-10';

describe('a night named by no day: the night into the day the story runs on', () => {
  it('reads «خلال الليل», «ليلاً», «في ساعة متأخرة من الليل» in a report of the morning after as yesterday evening to today', () => {
    expect(dated('قصفت قوات الدعم السريع خلال الليل أحياء سكنية في مدينة الفاشر، بحسب مصادر محلية.', FRI)).toEqual([
      'ShellingReported 2024-05-09..2024-05-10',
    ]);
    expect(dated('شنت طائرات حربية إسرائيلية ليلاً غارات على مخيم النصيرات وسط قطاع غزة.', FRI)).toEqual([
      'AirStrikeReported 2024-05-09..2024-05-10',
    ]);
    expect(dated('اندلعت اشتباكات عنيفة في ساعة متأخرة من الليل بين القوات الحكومية والحوثيين في مأرب.', FRI)).toEqual([
      'ArmedClashReported 2024-05-09..2024-05-10',
    ]);
    expect(dated('قالت القوات الجوية الأوكرانية إن روسيا أطلقت خلال الليل 30 طائرة مسيرة على كييف.', FRI)).toEqual([
      'AirStrikeReported 2024-05-09..2024-05-10',
    ]);
  });

  it('counts the night from an earlier day the story runs on, and keeps a night already told', () => {
    const somalia = 'هاجمت حركة الشباب قاعدة للجيش الصومالي في شبيلي السفلى يوم الثلاثاء. وقتل خلال الليل خمسة جنود.';
    expect(dated(somalia, FRI)).toEqual(['ArmedClashReported 2024-05-07..2024-05-07', 'CasualtiesClaimed 2024-05-07..2024-05-08']);
    const darfur = 'شنت طائرات مسيرة غارات على الفاشر الليلة الماضية. وقتل خلال الليل عشرة مدنيين.';
    expect(dated(darfur, FRI)).toEqual(['AirStrikeReported 2024-05-09..2024-05-10', 'CasualtiesClaimed 2024-05-09..2024-05-10']);
  });

  it('leaves dawn on its day, a named night on its two days, and midnight after «حتى» a deadline', () => {
    expect(dated('قصف الجيش الإسرائيلي فجر اليوم بلدة الخيام جنوبي لبنان.', FRI)).toEqual(['ShellingReported 2024-05-10..2024-05-10']);
    expect(dated('قصفت القوات الروسية فجراً مدينة خاركيف بصواريخ باليستية.', FRI)).toEqual(['ShellingReported 2024-05-10..2024-05-10']);
    expect(dated('هاجم مسلحون موقعا للجيش في ريف إدلب ليل الأحد-الاثنين.', FRI)).toEqual(['ArmedClashReported 2024-05-05..2024-05-06']);
    expect(dated('أعلن الجيش السوداني وقف إطلاق النار حتى منتصف الليل.', FRI)).toEqual(['CeasefireDeclared 2024-05-10..2024-05-10']);
  });
});

describe('a day counted from the day the story runs on, not from the report', () => {
  it('reads «في اليوم السابق» from the day before it, in the next sentence', () => {
    const text = 'قتل خمسة مدنيين في قصف مدفعي على الفاشر أمس. وكان الجيش قد قصف في اليوم السابق مواقع لقوات الدعم السريع في الخرطوم.';
    expect(dated(text, FRI)).toEqual([
      'CasualtiesClaimed 2024-05-09..2024-05-09',
      'ShellingReported 2024-05-09..2024-05-09',
      'ShellingReported 2024-05-08..2024-05-08',
    ]);
  });

  it('reads «في اليوم التالي» and «في اليوم نفسه» from a day named before them', () => {
    const libya = 'سيطر الجيش الوطني الليبي على بلدة غريان يوم 2 مايو. وفي اليوم التالي قصفت قوات حكومة الوفاق مواقعه في المدينة.';
    expect(dated(libya, FRI)).toEqual(['ControlChangeClaimed 2024-05-02..2024-05-02', 'ShellingReported 2024-05-03..2024-05-03']);
    const ukraine = 'قصفت القوات الروسية خاركيف أمس، وفي اليوم نفسه قتل ثلاثة مدنيين في غارة على سومي.';
    expect(dated(ukraine, FRI)).toEqual([
      'ShellingReported 2024-05-09..2024-05-09',
      'CasualtiesClaimed 2024-05-09..2024-05-09',
      'AirStrikeReported 2024-05-09..2024-05-09',
    ]);
  });

  it('reads «في نفس اليوم», «وفي ذات اليوم» as «في اليوم نفسه»', () => {
    const sudan = 'قتل 3 مدنيين في قصف على مدينة الفاشر يوم 6 مايو. وفي نفس اليوم اندلعت اشتباكات في مدينة الأبيض.';
    expect(dated(sudan, FRI)).toContain('ArmedClashReported 2024-05-06..2024-05-06');
    const yemen = 'شنت طائرات التحالف غارات على صعدة يوم الثلاثاء. وفي ذات اليوم قصف الحوثيون مواقع في مأرب.';
    expect(dated(yemen, FRI)).toContain('ShellingReported 2024-05-07..2024-05-07');
    const syria = 'قصفت الطائرات الروسية ريف إدلب أمس، وفي نفس اليوم قتل جنديان في هجوم على بادية حمص.';
    expect(dated(syria, FRI)).toContain('CasualtiesClaimed 2024-05-09..2024-05-09');
    // «ذات يوم» (once) is no day of the story
    expect(dated('قصفت القوات الإسرائيلية رفح أمس. وكانت المدينة ذات يوم ملاذا للنازحين.', FRI)).toEqual([
      'ShellingReported 2024-05-09..2024-05-09',
    ]);
  });
});

describe('other wordings of the day, across conflicts', () => {
  it('reads the day before yesterday both ways, the start of the week and the weekend just past', () => {
    expect(dated('قصفت القوات الأذربيجانية مواقع أرمينية في تافوش أول أمس.', FRI)).toEqual(['ShellingReported 2024-05-08..2024-05-08']);
    expect(dated('قصفت القوات الأذربيجانية مواقع أرمينية في تافوش أمس الأول.', FRI)).toEqual(['ShellingReported 2024-05-08..2024-05-08']);
    expect(dated('اندلعت اشتباكات مطلع الأسبوع بين قوات حكومة الوحدة وقوات حفتر جنوب طرابلس.', FRI)).toEqual([
      'ArmedClashReported 2024-05-04..2024-05-06',
    ]);
    expect(dated('شنت القوات الفرنسية غارات على مواقع للمسلحين في شمال مالي نهاية الأسبوع الماضي.', FRI)).toEqual([
      'AirStrikeReported 2024-05-03..2024-05-05',
    ]);
    expect(dated('اندلعت اشتباكات منتصف الشهر الجاري بين الجيش والمسلحين في شمال مالي.', '2024-05-25')).toEqual([
      'ArmedClashReported 2024-05-11..2024-05-20',
    ]);
  });

  it('reads «منذ ثلاثة أيام», ordinal spans and spans of years (a period told whole is background)', () => {
    expect(dated('قتل جنديان في هجوم لحركة الشباب منذ ثلاثة أيام في شبيلي السفلى.', FRI)).toEqual([
      'CasualtiesClaimed 2024-05-07..2024-05-10',
      'ArmedClashReported 2024-05-07..2024-05-10',
    ]);
    expect(dated('قصفت القوات الروسية مدينة خاركيف من الأول حتى العاشر من الشهر الجاري.', FRI)).toEqual([
      'ShellingReported 2024-05-01..2024-05-10',
    ]);
    expect(dated('قتل 300 مدني في المعارك التي شهدتها مدينة بنغازي في الفترة من 2014 إلى 2017.', FRI)).toEqual([
      'CasualtiesClaimed 2014-01-01..2017-12-31 (bg)',
      'ArmedClashReported 2014-01-01..2017-12-31 (bg)',
    ]);
  });

  it('reads Syriac month names with and without a year, and a Hijri date of Yemeni wording', () => {
    expect(dated('قصفت قوات النظام السوري ريف حماة في 12 آذار الماضي.', FRI)).toEqual(['ShellingReported 2024-03-12..2024-03-12 (bg)']);
    expect(dated('قصفت قوات النظام السوري ريف حماة في كانون الثاني 2020.', FRI)).toEqual(['ShellingReported 2020-01-01..2020-01-31 (bg)']);
    expect(dated('قصف الحوثيون مواقع للجيش في تعز يوم 15 شوال 1445.', FRI)).toEqual(['ShellingReported 2024-04-24..2024-04-24']);
  });

  it('dates a weekday by the date «الموافق» gives, after a Hijri date or alone (Gulf and Yemeni wording)', () => {
    const both = 'قصف الحوثيون مواقع للجيش في تعز يوم الأربعاء 15 شوال 1445هـ الموافق 24 أبريل 2024.';
    expect(dated(both, FRI)).toEqual(['ShellingReported 2024-04-24..2024-04-24']);
    const gregorian = 'قصفت المدفعية السعودية مواقع للحوثيين في صعدة يوم الأربعاء الموافق 24 أبريل.';
    expect(dated(gregorian, FRI)).toEqual(['ShellingReported 2024-04-24..2024-04-24']);
  });
});

describe('a battle summed up by how long it lasted is a recap, and so is its outcome', () => {
  it('tells a battle of weeks or months and what it ended in as background', () => {
    const iraq = 'وكانت معركة الموصل قد استمرت نحو تسعة أشهر وأسفرت عن سيطرة القوات العراقية على المدينة.';
    expect(dated(iraq, FRI)).toEqual([
      'ArmedClashReported 2024-05-10..2024-05-10 (bg)',
      'ControlChangeClaimed 2024-05-10..2024-05-10 (bg)',
    ]);
    const sudan = 'دامت المعارك في الخرطوم أسابيع وأسفرت عن سيطرة قوات الدعم السريع على القصر الجمهوري.';
    expect(dated(sudan, FRI)).toEqual([
      'ArmedClashReported 2024-05-10..2024-05-10 (bg)',
      'ControlChangeClaimed 2024-05-10..2024-05-10 (bg)',
    ]);
    const yemen = 'واستمر حصار مدينة تعز أكثر من 50 يوما وانتهى بسقوط مواقع الجيش في يد الحوثيين.';
    expect(dated(yemen, FRI)).toEqual(['ControlChangeClaimed 2024-05-10..2024-05-10 (bg)']);
    const ukraine = 'قصفت القوات الروسية خاركيف اليوم. وقال الجيش إن الهجوم على أفدييفكا استمر لأسابيع، وأسفر عن مقتل المئات.';
    expect(dated(ukraine, FRI)).toEqual([
      'ShellingReported 2024-05-10..2024-05-10',
      'ArmedClashReported 2024-05-10..2024-05-10 (bg)',
      'CasualtiesClaimed 2024-05-10..2024-05-10 (bg)',
    ]);
  });

  it("keeps today's news beside it, a fight of hours, and a battle whose clause names its day", () => {
    const gezira = 'أعلن الجيش السوداني اليوم سيطرته على مدينة ود مدني بعد معارك استمرت أسابيع.';
    expect(dated(gezira, FRI)).toEqual(['ControlChangeClaimed 2024-05-10..2024-05-10', 'ArmedClashReported 2024-05-10..2024-05-10 (bg)']);
    const somalia = 'استمرت الاشتباكات بين الجيش وحركة الشباب نحو ثلاث ساعات وأسفرت عن مقتل خمسة جنود.';
    expect(dated(somalia, FRI)).toEqual(['ArmedClashReported 2024-05-10..2024-05-10', 'CasualtiesClaimed 2024-05-10..2024-05-10']);
    expect(dated('استمرت المعارك في باخموت أشهرا قبل أن تسيطر عليها قوات فاغنر أمس.', FRI)).toEqual([
      'ArmedClashReported 2024-05-09..2024-05-09',
    ]);
  });
});

describe('a day of the month the story runs on («في 12 من الشهر نفسه»)', () => {
  it('takes the month of the day told before it, in the sentence or the one before', () => {
    const sudan = 'قتل 3 مدنيين في قصف على مدينة الفاشر في 10 مارس. وفي 12 من الشهر نفسه قصفت قوات الدعم السريع مخيم زمزم.';
    expect(dated(sudan, '2024-03-20')).toContain('ShellingReported 2024-03-12..2024-03-12');
    const ukraine = 'سيطرت القوات الروسية على بلدة أفدييفكا في 17 فبراير، وفي العشرين من الشهر ذاته قصفت مدينة سومي.';
    expect(dated(ukraine, '2024-03-01')).toContain('ShellingReported 2024-02-20..2024-02-20');
    const yemen = 'شنت الطائرات الأمريكية غارات على الحديدة مطلع يناير. وفي 25 من الشهر نفسه قتل 4 أشخاص في غارة على صنعاء.';
    expect(dated(yemen, '2024-02-01')).toContain('CasualtiesClaimed 2024-01-25..2024-01-25');
  });

  it('without a day told before it, the report’s month, never past the report', () => {
    expect(dated('قتل 4 أشخاص في غارة على مدينة صعدة في 3 من الشهر نفسه.', FRI)).toContain('CasualtiesClaimed 2024-05-03..2024-05-03');
    expect(dated('قتل 4 أشخاص في غارة على مدينة صعدة في 25 من الشهر نفسه.', FRI)).toContain('CasualtiesClaimed null');
  });
});
