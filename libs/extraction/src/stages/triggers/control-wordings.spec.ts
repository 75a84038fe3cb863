import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * More wordings of a change of control (event-taxonomy.md: positions, villages or heights lost, taken or retaken), and
 * their look-alikes that change nothing: a patrol or a delegation passing through, an attempt or an aim, a flag raised
 * by protesters. Sentences written for this spec across conflicts.
 */
const run = (text: string) => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.filter((e) => !e.background);
const control = (text: string) => run(text).find((e) => e.type === 'ControlChangeClaimed');

describe('a control change, however it is worded', () => {
  it.each([
    ['UA', 'Robotyne', 'ورفعت القوات الأوكرانية علمها فوق قرية روبوتين في منطقة زابوريجيا.'],
    ['UA', 'Robotyne', 'القوات الأوكرانية ترفع علمها فوق بلدة روبوتين.'],
    ['SY-HTS', 'Aleppo', 'ورفع مقاتلو هيئة تحرير الشام علم الثورة فوق قلعة حلب.'],
    ['ML-JNIM', 'Mali', 'واستولت جماعة نصرة الإسلام والمسلمين على بلدة بوني في وسط مالي.'],
    ['SO-SHABAAB', 'Lower Shabelle', 'واستولى مسلحو حركة الشباب على قاعدة عسكرية في إقليم شبيلي السفلى.'],
    ['SD-RSF', 'El Geneina', 'وأحكمت قوات الدعم السريع قبضتها على مدينة الجنينة عاصمة ولاية غرب دارفور.'],
    // clearing a place of the enemy
    ['SD', 'Singa', 'أعلن الجيش السوداني تطهير مدينة سنجة من الدعم السريع.'],
    ['SO', 'Hiran', 'أعلنت القوات الحكومية الصومالية تطهير بلدة في إقليم هيران من مسلحي الشباب.'],
    ['SY', 'Hama countryside', 'قال الجيش السوري إن قواته طهرت بلدة في ريف حماة من الإرهابيين.'],
    // the share of the place taken between «على» and the place, and a long subject with a date aside before «على»
    ['SY-HTS', 'Aleppo', 'سيطرت هيئة تحرير الشام على معظم مدينة حلب بعد انسحاب الجيش.'],
    ['SD-RSF', 'Wad Madani', 'وبسطت قوات الدعم السريع سيطرتها على كامل مدينة ود مدني.'],
    ['RU', 'Avdiivka', 'وسيطرت القوات الروسية على معظم مدينة أفدييفكا في منطقة دونيتسك.'],
    ['SY-OPPOSITION', 'Hama', 'سيطرت فصائل المعارضة السورية المسلحة بقيادة هيئة تحرير الشام، صباح الخميس، على أغلب أحياء مدينة حماة.'],
  ])('taken by %s at %s: %s', (taker, place, text) => {
    const e = control(text);
    expect(e).toMatchObject({ accused: taker });
    expect(e?.locations.map((l) => l.name)).toContain(place);
  });
});

describe('no control change', () => {
  it.each([
    ['a patrol entering', 'ودخلت دورية روسية مدينة القامشلي ضمن الدوريات المشتركة مع الجيش التركي.'],
    ['a delegation entering', 'ودخل وفد أممي مدينة الفاشر لتقييم الأوضاع الإنسانية.'],
    ['an attempt', 'وتحاول قوات الدعم السريع السيطرة على مدينة الفاشر منذ أشهر.'],
    ['an aim', 'وتسعى القوات الروسية إلى السيطرة على مدينة بوكروفسك.'],
    ['an attempt to seize', 'ويحاول الحوثيون الاستيلاء على مدينة مأرب منذ سنوات.'],
    ['protesters’ flag', 'ورفع المتظاهرون العلم الفلسطيني فوق مبنى السفارة في واشنطن.'],
    ['a siege lifted', 'ورفعت الحكومة الحصار عن مدينة تعز.'],
    ['equipment seized', 'واستولت جماعة نصرة الإسلام والمسلمين على كميات من الأسلحة في مدينة غاو.'],
    ['ethnic cleansing', 'اتهمت منظمات حقوقية قوات الدعم السريع بالتطهير العرقي في مدينة الجنينة.'],
    ['demining', 'وتواصل القوات الأوكرانية تطهير المناطق المحررة في منطقة خيرسون من الألغام.'],
  ])('%s: %s', (_, text) => {
    expect(control(text)).toBeUndefined();
  });
});
