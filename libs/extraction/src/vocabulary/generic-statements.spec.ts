import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { SCORED_EVENT_TYPES } from '../extraction-record.js';

/**
 * Sentences with the words of attacks that tell no incident of the report: a habit or a standing description, a
 * summary of many attacks over a long time, the terms of an agreement, and the report's own attack told again after a
 * word of time. Written for this spec in the wording of wire reports from several conflicts. No scored event may come
 * out of them as news; the incidents told beside them must still come out.
 */
const SCORED = new Set<string>(SCORED_EVENT_TYPES);
const PUBLISHED = '2024-05-10';
const eventsOf = (text: string) => extract({ text, publishedOn: PUBLISHED, language: 'ar' }).events;
const news = (text: string) =>
  eventsOf(text)
    .filter((e) => !e.background && SCORED.has(e.type))
    .map((e) => e.type);

const NOT_NEWS: Record<string, readonly string[]> = {
  'a habit: a present with how often, no day of its own': [
    'وتتعرض القواعد الأمريكية في العراق وسوريا لهجمات متكررة بالطائرات المسيرة والصواريخ.',
    'وتتعرض المناطق الحدودية في جنوب لبنان لقصف شبه يومي منذ أشهر.',
    'وتشن حركة الشباب هجمات متكررة على القواعد العسكرية في جنوب الصومال.',
    'ويشن الجيش الإسرائيلي بشكل شبه يومي غارات على جنوب لبنان منذ أكتوبر الماضي.',
    'وتنفذ المسيرات الأوكرانية بانتظام هجمات على مصافي النفط الروسية.',
    'وتشهد المنطقة اشتباكات متقطعة بين الحين والآخر.',
  ],
  'a habit by its own words': [
    'وكثيرا ما تستهدف الطائرات الإسرائيلية مواقع في سوريا تقول إنها تابعة لإيران.',
    'وعادة ما تتهم أذربيجان أرمينيا بقصف مواقعها.',
    'واعتادت الفصائل المسلحة استهداف قاعدة عين الأسد بالصواريخ.',
    'وتكررت في الآونة الأخيرة الهجمات على القواعد التي تستضيف قوات أمريكية في العراق.',
    'وتنشط جماعات مسلحة مرتبطة بتنظيمي القاعدة وداعش في منطقة الساحل وتشن هجمات على الجيش والمدنيين.',
  ],
  'a present run since long ago': [
    'وتقصف روسيا المدن الأوكرانية بالصواريخ والمسيرات منذ بدء الغزو.',
    'ويخوض الجيش الباكستاني معارك ضد مسلحي طالبان باكستان في الشمال الغربي منذ سنوات.',
  ],
  'blows received, accusations traded': [
    'وتتلقى قوات الدعم السريع ضربات موجعة في ولايات دارفور وكردفان.',
    'تتلقى الحركة ضربات منظمة من قبل الأمريكيين والقوات الحكومية.',
    'وتتبادل أرمينيا وأذربيجان الاتهامات بانتهاك وقف إطلاق النار على الحدود.',
    'وتتبادل باكستان وأفغانستان الاتهامات بإيواء مسلحين يشنون هجمات عبر الحدود.',
    'وتتبادل كابل وإسلام أباد الاتهامات بدعم الجماعات المسلحة، إذ تقول باكستان إن مقاتلي الحركة ينفذون هجمات من داخل أفغانستان.',
  ],
  'a side described by what it does': [
    'وتدعم إيران جماعة الحوثي التي تطلق صواريخ ومسيرات على إسرائيل.',
    'وتحاول الحكومة الصومالية منذ سنوات القضاء على حركة الشباب التي تشن هجمات في البلاد.',
  ],
  'a summary of many attacks': [
    'وأدت هذه الهجمات إلى نزوح مئات الآلاف من السكان في بوركينا فاسو.',
    'وقتل 20 جنديا في حوادث وهجمات مختلفة منذ بداية العام.',
    'وسجلت منظمة الصحة العالمية أكثر من 1500 هجوم على المرافق الصحية في أوكرانيا منذ بداية الغزو.',
    'ووثق المرصد السوري أكثر من 1200 غارة جوية روسية على إدلب.',
    'وشنت إسرائيل خلال الأشهر الماضية مئات الغارات على مواقع في سوريا.',
    'وقتل أكثر من 150 ألف شخص في الحرب المستمرة منذ أبريل 2023.',
  ],
  'the terms of an agreement': [
    'وينص إعلان وقف إطلاق النار على توقف القوات الأرمينية والأذربيجانية عند مواقعها.',
    'ويقضي الاتفاق بوقف إطلاق النار وانسحاب المقاتلين من المدينة.',
    'وبموجب الاتفاق، تتوقف الأعمال القتالية وتنسحب القوات إلى مواقعها السابقة.',
    'وينص الاتفاق على هدنة مدتها 60 يوما وانسحاب القوات الإسرائيلية من جنوب لبنان.',
    'وتنص اتفاقية الهدنة على انسحاب الحوثيين من ميناء الحديدة.',
    'ويتضمن الاتفاق وقف الهجمات على المنشآت النفطية.',
  ],
  'what a side holds, what a weapon can do, weapons sent': [
    'يمتلك حزب الله ترسانة تقدر بأكثر من 150 ألف صاروخ.',
    'يصل مدى الصاروخ إلى 300 كيلومتر ويمكنه حمل رأس حربي يزن نصف طن.',
    'أرسلت ألمانيا دبابات ومنظومات دفاع جوي إلى أوكرانيا.',
    'يلجأ السكان إلى الملاجئ للاحتماء من الغارات الجوية.',
  ],
};

describe('habits, summaries and terms tell no event', () => {
  for (const [kind, sentences] of Object.entries(NOT_NEWS))
    it.each(sentences)(`${kind}: %s`, (text) => {
      expect(news(text)).toEqual([]);
    });
});

describe('the incidents beside them stay', () => {
  it.each([
    ['شنت طائرات إسرائيلية غارات على بلدة الخيام وسط تصاعد التوتر على الحدود.', 'AirStrikeReported'],
    ['قصفت القوات الأذربيجانية قرية سوتك الأرمينية وسط تصاعد التوتر بين البلدين.', 'ShellingReported'],
    ['اندلعت اشتباكات بين الجيش وقوات الدعم السريع في الفاشر أمس وسط تبادل الاتهامات بين الطرفين.', 'ArmedClashReported'],
    ['شنت طائرات روسية غارات على ريف إدلب أمس، في حين تتعرض المنطقة لقصف متكرر منذ أشهر.', 'AirStrikeReported'],
    ['هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال فجر اليوم، وهي تشن هجمات متكررة على القواعد.', 'ArmedClashReported'],
    ['تتعرض مدينة الفاشر لقصف مدفعي عنيف منذ صباح اليوم.', 'ShellingReported'],
    ['تدور اشتباكات عنيفة في محيط مطار الخرطوم.', 'ArmedClashReported'],
    ['الجيش السوداني يشن غارات جوية على مواقع الدعم السريع في الخرطوم', 'AirStrikeReported'],
    ['أطلق حزب الله مئات الصواريخ على شمال إسرائيل اليوم.', 'ShellingReported'],
    ['لقي 4 جنود أمريكيين مصرعهم الإثنين في حوادث وهجمات مختلفة في العراق.', 'CasualtiesClaimed'],
    [
      'أكد الوزير أن بغداد طلبت ضربات جوية ضد المسلحين الذين يشنون منذ أسبوع هجوما تمكنوا خلاله من السيطرة على مناطق واسعة.',
      'ControlChangeClaimed',
    ],
  ])('%s', (text, type) => {
    expect(news(text)).toContain(type);
  });

  it.each([
    'توصلت الحكومة السودانية والحركات المسلحة إلى اتفاق في جوبا أمس، ويقضي الاتفاق بوقف إطلاق النار في دارفور.',
    'وقع الطرفان اتفاقا في الدوحة، وينص الاتفاق على وقف شامل لإطلاق النار.',
  ])('a text concluded in the sentence declares what it lays down: %s', (text) => {
    expect(news(text)).toContain('CeasefireDeclared');
  });

  it('a decree issued declares the mobilisation its terms lay down', () => {
    expect(news('أصدرت الحكومة مرسوما يقضي بالتعبئة العامة.')).toContain('MobilizationDeclared');
  });

  it('what was done under the terms on a day of its own happened', () => {
    expect(news('وبموجب الاتفاق، انسحبت القوات الروسية من المدينة أمس.')).toContain('ControlChangeClaimed');
  });
});

describe('the report’s attack told again after a word of time is one attack', () => {
  it.each([
    'شنت طائرات أمريكية غارة على مواقع للحوثيين في الحديدة. وقالت الجماعة إن 3 أشخاص قتلوا بعدما شنت الغارة الأمريكية على المدينة.',
    'بعدما شنت الغارة الأمريكية على حركة الشباب في جلب، قتل اثنان من عناصرها. وقالت القيادة الأمريكية في أفريقيا إنها شنت الغارة قرب جلب.',
  ])('%s', (text) => {
    expect(news(text).filter((t) => t === 'AirStrikeReported')).toHaveLength(1);
  });

  it('two sources’ claims of it stay apart', () => {
    const text =
      'قالت وزارة الدفاع الأرمينية إن قواتها صدت هجوما أذربيجانيا. وقال الجيش الأذربيجاني إن جنديين قتلا بعد أن تجددت الاشتباكات مع القوات الأرمينية.';
    expect(news(text).filter((t) => t === 'ArmedClashReported').length).toBeGreaterThanOrEqual(1);
  });
});

describe('a toll counted since long ago is background, the war it sums up too', () => {
  it('a toll since a date more than a season back', () => {
    const tolls = eventsOf('وقتل أكثر من 150 ألف شخص في الحرب المستمرة منذ أبريل 2023.').filter((e) => e.type === 'CasualtiesClaimed');
    expect(tolls.map((e) => e.background)).toEqual([true]);
  });

  it('the fighting a war’s toll sums up is no clash of its own', () => {
    const text = 'وتسببت المعارك في مقتل الآلاف ونزوح الملايين منذ اندلاع النزاع.';
    expect(news(text)).not.toContain('ArmedClashReported');
  });

  it('a toll since last week stays news', () => {
    expect(news('وارتفعت حصيلة القتلى منذ الأحد الماضي إلى 45 شخصا.')).toContain('CasualtiesClaimed');
  });
});
