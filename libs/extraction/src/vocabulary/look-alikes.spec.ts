import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { SCORED_EVENT_TYPES } from '../extraction-record.js';

/**
 * Sentences that use the words of war for something else — a weapon unveiled, paraded, tested or sent to space,
 * an exercise, a war of words, a match, a knock-out — written for this spec from the press of several conflicts.
 * None of them reports fighting; the real incidents beside them must still come out.
 */
const SCORED = new Set(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported', 'MaterielLossClaimed', 'ControlChangeClaimed']);
const fighting = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' })
    .events.filter((e) => !e.background && SCORED.has(e.type))
    .map((e) => e.type);

const LOOK_ALIKES: Record<string, readonly string[]> = {
  'a weapon unveiled or paraded': [
    'كشف الحرس الثوري الإيراني عن صاروخ جديد يبلغ مداه 2000 كيلومتر.',
    'كشفت جماعة الحوثي عن جيل جديد من الصواريخ الباليستية في صنعاء.',
    'أزاحت وزارة الدفاع الأوكرانية الستار عن صاروخ بحري جديد.',
    'شاركت الدبابات والمدفعية في العرض العسكري في موسكو بمناسبة عيد النصر.',
    'استعرضت كتائب القسام صواريخ جديدة في مقطع مصور.',
    'عرضت الشركة التركية طائرات مسيرة هجومية في معرض للصناعات الدفاعية في إسطنبول.',
  ],
  'an exercise': [
    'أجرى الجيش الأذربيجاني مناورات بالذخيرة الحية بمشاركة المدفعية والطائرات.',
    'اختتمت القوات التركية تمرينا عسكريا استخدمت فيه المدفعية وراجمات الصواريخ.',
    'نفذت القوات المشتركة تدريبات عسكرية على الرماية بالمدفعية في ولاية نهر النيل.',
    'نفذت الوحدات هجوما وهميا على مواقع افتراضية خلال المناورات في الجفرة.',
  ],
  'a test or a launch to space': [
    'اختبرت إيران صاروخا جديدا في صحراء سمنان.',
    'أجرت باكستان تجربة ناجحة لإطلاق صاروخ باليستي قادر على حمل رؤوس نووية.',
    'أطلقت إيران صاروخا يحمل قمرا صناعيا إلى الفضاء.',
    'نجحت روسيا في إطلاق صاروخ إلى الفضاء من قاعدة بايكونور.',
  ],
  'a war of words': [
    'شن الإعلام الرسمي قصفا إعلاميا على المعارضة في الخرطوم.',
    'انتقد الوزير الليبي الهجوم الإعلامي على الحكومة في طرابلس.',
    'شن النائب اللبناني هجوما حادا على الحكومة في البرلمان.',
    'تعرضت مواقع وزارة الدفاع لهجوم إلكتروني.',
  ],
  'sport and the ring': [
    'شن الفريق هجوما خاطفا سجل منه هدف التعادل في الدقيقة 90.',
    'قاد المهاجم الهجوم وسجل هدفين في مرمى الفريق المنافس.',
    'قصف النجم الكرة في الشباك من مسافة بعيدة.',
    'أطلق اللاعب صاروخا من خارج منطقة الجزاء.',
    'أطلق المنتخب العراقي هجوما مضادا في الشوط الثاني.',
    'فاز الملاكم الأوكراني بالضربة القاضية في الجولة الثالثة.',
    'وجه الرئيس ضربة قاضية لخصومه السياسيين في الانتخابات.',
  ],
  'unrest and names': [
    'اشتبك المتظاهرون مع قوات الأمن في ساحة التحرير ببغداد.',
    'اندلعت مواجهات بين محتجين والشرطة في الخرطوم.',
    'وقعت صدامات ومواجهات بين المحتجين والجيش اللبناني على طريق المطار.',
    'اجتمع وفد من جبهة التحرير الوطني مع رئيس الحكومة في الجزائر.',
  ],
};

describe('look-alikes give no fighting', () => {
  for (const [kind, sentences] of Object.entries(LOOK_ALIKES))
    it.each(sentences)(`${kind}: %s`, (text) => {
      expect(fighting(text)).toEqual([]);
    });
});

describe('deaths in fires and accidents are no toll of war', () => {
  const tollOf = (text: string) =>
    extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.filter((e) => e.type === 'CasualtiesClaimed');
  it.each([
    'قضى 3 أشخاص في حريق بمبنى سكني في بيروت.',
    'لقي 5 عمال حتفهم في انفجار خزان للغاز في مصنع بمدينة عدن.',
    'لقي 7 أشخاص حتفهم في حادث مروري على الطريق بين مقديشو وأفجوي.',
  ])('%s', (text) => {
    expect(tollOf(text)).toEqual([]);
  });

  it('a fire an air strike started is the strike’s toll', () => {
    expect(tollOf('قتل 3 أشخاص في حريق اندلع إثر غارة على حي سكني في غزة.')).toHaveLength(1);
  });
});

describe('the incidents beside them stay', () => {
  it.each([
    ['كشف مصدر عسكري عن سقوط صواريخ على قاعدة عين الأسد الجوية.', 'ShellingReported'],
    ['كشفت مصادر عن غارات إسرائيلية على مواقع قرب دمشق.', 'AirStrikeReported'],
    ['استهدفت غارة أمريكية معسكر تدريب لحركة الشباب في جلب.', 'AirStrikeReported'],
    ['قصفت المدفعية مخازن الأسلحة في المدينة أمس.', 'ShellingReported'],
    ['قال الفريق أول عبد الفتاح البرهان إن الجيش صد هجوما على مواقعه في الفاشر.', 'ArmedClashReported'],
    ['أطلق الحوثيون صاروخا باليستيا على سفينة في البحر الأحمر.', 'ShellingReported'],
    ['قصفت المدفعية الروسية مواقع أوكرانية قرب باخموت بعد انتهاء المناورات بيومين.', 'ShellingReported'],
    ['عرضت قناة محلية مشاهد لقصف مدفعي على مدينة الفاشر أمس.', 'ShellingReported'],
    ['استعرض المتحدث العسكري العمليات، وقال إن المدفعية قصفت مواقع الحوثيين في صعدة أمس.', 'ShellingReported'],
    ['أعلن الجيش تحرير مدينة ود مدني من قوات الدعم السريع.', 'ControlChangeClaimed'],
    ['اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في محيط القيادة العامة.', 'ArmedClashReported'],
  ])('%s', (text, type) => {
    expect(fighting(text)).toContain(type);
  });
});

/**
 * Sentences with the words of an incident that tell no incident of this report: a threat or an ultimatum, an intent
 * or the future, «any attack», a call. Written for this spec from the press of several conflicts. No scored event
 * may come out of them as news (taxonomy: «negated or hypothetical statements produce no event»).
 */
const SCORED_TYPES = new Set<string>(SCORED_EVENT_TYPES);
const news = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' })
    .events.filter((e) => !e.background && SCORED_TYPES.has(e.type))
    .map((e) => e.type);

const NOT_NEWS: Record<string, readonly string[]> = {
  'a threat or an ultimatum': [
    'توعدت إيران برد قاس على الغارات الإسرائيلية.',
    'وتوعدت كتائب القسام بقصف تل أبيب ردا على اغتيال قادتها.',
    'هددت أذربيجان بالسيطرة على ممر لاتشين بالقوة.',
    'لوحت أنقرة بشن عملية برية ضد قوات سوريا الديمقراطية في منبج.',
    'لوح الجيش الباكستاني بشن غارات جوية على مخابئ طالبان باكستان داخل أفغانستان.',
    'أمهل الجيش الليبي المسلحين 48 ساعة قبل اقتحام المدينة.',
    'أنذر الجيش الإسرائيلي سكان الضاحية بإخلاء المباني قبل قصفها.',
  ],
  'an intent or the future': [
    'قال مصدر عسكري إن الجيش سيشن هجوما واسعا على مواقع المتمردين في دارفور.',
    'ستشن القوات الروسية هجوما جديدا على خاركيف.',
    'أعلنت قوات الدعم السريع عزمها السيطرة على مدينة الأبيض.',
  ],
  'any attack': ['تتحمل موسكو مسؤولية أي هجوم على القواعد الأرمينية.', 'يعرض أي قصف على المدينة حياة المدنيين للخطر.'],
  'a condition stays one past a word of time': ['إذا تجدد القصف بعد انتهاء الهدنة فإن الجيش سيرد.'],
  // a ceasefire talked about, hoped for or drafted is not declared (TalksHeld and statements are informative)
  'a ceasefire talked about, hoped for or drafted': [
    'بحث وزيرا الخارجية سبل التوصل إلى وقف إطلاق النار في غزة.',
    'اتفق وزراء الخارجية على مواصلة المشاورات بشأن وقف إطلاق النار في السودان.',
    'أعلن الوسيط الأمريكي استئناف مفاوضات وقف إطلاق النار بين أرمينيا وأذربيجان.',
    'أعرب الوسطاء عن أملهم في التوصل إلى وقف لإطلاق النار في اليمن قبل رمضان.',
    'أكد الرئيس الأذربيجاني أن بلاده منفتحة على اتفاق لوقف إطلاق النار.',
    'تسلمت حماس مسودة اتفاق لوقف إطلاق النار.',
  ],
  // a loss denied, negated or threatened is no loss, with a figure or without
  'a loss denied, negated or threatened': [
    'نفى الجيش العراقي إسقاط طائرة مسيرة فوق أربيل.',
    'دحضت وزارة الدفاع التقارير عن إسقاط طائرة مسيرة فوق أربيل.',
    'نفت وزارة الدفاع الروسية فقدان أي مروحية في منطقة خاركيف.',
    'لم يتم تدمير أي دبابة بحسب المتحدث باسم الجيش الليبي.',
    'هددت الفصائل بإسقاط أي طائرة تقترب من مدينة الفاشر.',
  ],
};

describe('threats, intents and calls tell no event', () => {
  for (const [kind, sentences] of Object.entries(NOT_NEWS))
    it.each(sentences)(`${kind}: %s`, (text) => {
      expect(news(text)).toEqual([]);
    });
});

describe('the incidents told beside them stay', () => {
  it.each([
    // what follows a word of time or cause («بعد», «إثر») happened: a call, a warning or a modal ends there
    ['دعت البعثة الأممية إلى التهدئة بعد اشتباكات عنيفة في طرابلس اليوم.', 'ArmedClashReported'],
    ['طالبت الحكومة اليمنية بتحرك دولي بعد قصف حوثي على مدينة تعز اليوم.', 'ShellingReported'],
    ['دعا الأمين العام إلى ضبط النفس بعد أن قصفت القوات الأرمينية مواقع أذربيجانية اليوم.', 'ShellingReported'],
    ['حذر الجيش اللبناني من التصعيد بعد قصف إسرائيلي على بلدات الجنوب اليوم.', 'ShellingReported'],
    ['قد يتصاعد التوتر بعد غارة جوية إسرائيلية على مطار دمشق اليوم.', 'AirStrikeReported'],
    ['هدد الجيش السوري بالرد بعد هجوم شنه مسلحون على حاجز في درعا اليوم.', 'ArmedClashReported'],
    ['دعت اليونيسف إلى حماية الأطفال بعد مقتل 5 أطفال في قصف على إدلب اليوم.', 'CasualtiesClaimed'],
    ['ناشد الهلال الأحمر الأطراف حماية المدنيين إثر اشتباكات عنيفة في مدينة الفاشر اليوم.', 'ArmedClashReported'],
    // who did it is denied, not that it was done
    ['نفى الجيش الروسي مسؤوليته عن قصف سوق في دونيتسك اليوم.', 'ShellingReported'],
    ['نفت الولايات المتحدة علاقتها بالغارة الجوية التي استهدفت موقعا للحشد الشعبي في القائم اليوم.', 'AirStrikeReported'],
    // a denial, then what the same speaker asserts
    ['نفى الجيش الأوكراني سقوط المدينة، مؤكدا أن قواته صدت هجوما روسيا عليها اليوم.', 'ArmedClashReported'],
    ['نفت أرمينيا قصف مواقع أذربيجانية، وقالت إن القوات الأذربيجانية قصفت قرى في سيونيك اليوم.', 'ShellingReported'],
    // claims named as the source: a party's claim is an event with its claimant
    ['وفقا لمزاعم الجيش الروسي فإن القوات الأوكرانية قصفت مدينة دونيتسك اليوم.', 'ShellingReported'],
    ['زعمت وزارة الدفاع الروسية أن القوات الأوكرانية قصفت محطة زابوريجيا اليوم.', 'ShellingReported'],
    ['ترددت أنباء عن اشتباكات بين الجيش الليبي ومسلحين في مدينة سبها اليوم.', 'ArmedClashReported'],
    // a ceasefire the talks reached, a loss the other side denies
    ['أسفرت المفاوضات عن اتفاق لوقف إطلاق النار في طرابلس.', 'CeasefireDeclared'],
    ['اتفق الطرفان خلال المحادثات على هدنة لمدة أسبوع في الخرطوم.', 'CeasefireDeclared'],
    ['قال الجيش السوداني إنه دمر 3 دبابات للمتمردين، ونفى المتمردون ذلك.', 'MaterielLossClaimed'],
    // «أمل» alone is a party, no hope
    ['قتل عنصر من حركة أمل في غارة إسرائيلية على بلدة في جنوب لبنان اليوم.', 'CasualtiesClaimed'],
    // a threat after the fact leaves the fact told
    ['قصفت المدفعية التركية قرى في ريف منبج اليوم، في حين هددت أنقرة بشن عملية برية.', 'ShellingReported'],
  ])('%s', (text, type) => {
    expect(news(text)).toContain(type);
  });

  it('a toll denied or threatened beside a told one is not counted with it', () => {
    const counted = (text: string) =>
      extract({ text, publishedOn: '2024-05-10', language: 'ar' })
        .events.flatMap((e) => e.casualties)
        .map((c) => c.min);
    expect(counted('قتل 3 جنود في هجوم على حاجز في درعا اليوم، ونفى الجيش مقتل 10 مدنيين في القصف.')).toEqual([3]);
    expect(counted('قتل 4 جنود في هجوم على نقطة عسكرية في أبين اليوم، وهدد الجيش بقتل 20 من المسلحين.')).toEqual([4]);
  });

  it('a denial of the attack itself still tells none', () => {
    expect(news('نفى الجيش السوداني قصف مخيم زمزم للنازحين في شمال دارفور.')).toEqual([]);
    // a second denial verb goes on denying
    expect(news('نفى الجيش سقوط البلدة، ونفى وقوع اشتباكات في محيطها.')).toEqual([]);
    expect(news('نفت حركة الشباب مقتل قائدها في الغارة الأمريكية.')).toEqual([]);
  });
});

/**
 * The past of the report: an anniversary, a trial or an inquiry, «سبق أن», «على غرار». The event recalled comes out
 * as background (taxonomy: «background recaps are emitted with "background": true, or not at all»), never as news.
 */
const RECALLED: Record<string, readonly string[]> = {
  'an anniversary': [
    'يحيي الأوكرانيون ذكرى قصف مسرح ماريوبول الذي قتل فيه مئات المدنيين.',
    'تحل اليوم الذكرى العاشرة لسيطرة تنظيم داعش على الموصل.',
    'صادف أمس الذكرى الثالثة لاقتحام قوات الدعم السريع مدينة الجنينة.',
    'أحيا السكان ذكرى المجزرة التي قصفت فيها الطائرات السوق المركزي في مدينة إعزاز.',
  ],
  'a trial or an inquiry': [
    'بدأت اليوم محاكمة المتهمين بالهجوم على مسجد في كويتا.',
    'بدأت محاكمة عناصر من داعش بتهمة الهجوم على سجن غويران.',
    'أعلنت الأمم المتحدة أنها تحقق في الهجوم على قافلة مساعدات في دارفور.',
    'شكلت الحكومة الليبية لجنة تحقيق في أحداث الاشتباكات التي شهدتها المدينة.',
  ],
  'an earlier time recalled': [
    'وسبق أن قصفت الطائرات التركية مواقع حزب العمال الكردستاني في سنجار.',
    'وسبق للجيش التركي أن شن غارات على مواقع في شمال العراق.',
    'وسبق أن سيطرت قوات الدعم السريع على مدينة ود مدني.',
    'وسبق أن أسقطت الدفاعات الجوية 3 طائرات مسيرة فوق أربيل.',
    'على غرار الهجمات التي شنها التنظيم على القواعد العسكرية في الصومال.',
  ],
};

describe('the past of the report is background, not news', () => {
  for (const [kind, sentences] of Object.entries(RECALLED))
    it.each(sentences)(`${kind}: %s`, (text) => {
      expect(news(text)).toEqual([]);
    });

  it('the event recalled is kept, as background', () => {
    const recalled = (text: string) =>
      extract({ text, publishedOn: '2024-05-10', language: 'ar' })
        .events.filter((e) => e.background)
        .map((e) => e.type);
    expect(recalled('وسبق أن قصفت الطائرات التركية مواقع حزب العمال الكردستاني في سنجار.')).toEqual(['AirStrikeReported']);
    expect(recalled('تحل اليوم الذكرى العاشرة لسيطرة تنظيم داعش على الموصل.')).toEqual(['ControlChangeClaimed']);
  });

  it.each([
    // «سبق» without its «أن» clause: the shelling preceded the attack, both told
    ['سبق الهجوم قصف مدفعي عنيف على مواقع الجيش في الفاشر.', 'ShellingReported'],
    // a time word of the event's own, after the marker, dates it
    ['فتح الجيش اليمني تحقيقا في الغارة التي استهدفت مدرسة في صعدة أمس.', 'AirStrikeReported'],
    // the marker after the event recalls another time
    ['قصفت القوات الروسية مدينة خاركيف اليوم في الذكرى الثانية للحرب.', 'ShellingReported'],
    ['اندلعت اشتباكات عنيفة في سرت اليوم، على غرار ما شهدته المدينة العام الماضي.', 'ArmedClashReported'],
    // an attack verb of its own after the anniversary is the sentence's news
    ['تزامنا مع ذكرى الثورة قصفت قوات النظام بلدات في ريف إدلب.', 'ShellingReported'],
    ['في الذكرى الثانية للحرب قصفت القوات الروسية مدينة خاركيف بالصواريخ.', 'ShellingReported'],
  ])('the news beside a recap stays: %s', (text, type) => {
    expect(news(text)).toContain(type);
  });
});
