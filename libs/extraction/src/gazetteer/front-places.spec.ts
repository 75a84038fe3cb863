import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * Frequently reported places across the covered wars, each in a sentence written for this spec in wire style: the
 * first event must be at exactly these locations (ids). The villages the GeoNames cities table lacks (under 1,000
 * people, or no population given) are curated; El Bur also answers from the world table through its Somali
 * spelling «Ceelbuur» (`world/latin-letters.ts`). The object of «على/حول/نحو» is a place slot; a spelling no
 * curated list holds is derived from the curated place's Latin name (`curated-skeletons.ts`). A dateline city («دمشق -») is not the event's place when the
 * sentence names another.
 */
const idsOf = (text: string) => {
  const events = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
  return events.find((e) => e.locations.length)?.locations.map((l) => l.id) ?? [];
};

const CASES: [string, string[]][] = [
  // Ukraine: front villages
  ['قالت وزارة الدفاع الروسية إن قواتها سيطرت على قرية ماكاريفكا في مقاطعة دونيتسك.', ['ua-makarivka', 'ua-donetsk-oblast']],
  ['أعلنت القوات الأوكرانية استعادة قرية نيسكوتشني في منطقة دونيتسك.', ['ua-neskuchne', 'ua-donetsk-oblast']],
  ['قال حرس الحدود الأوكراني إن جنوده رفعوا العلم فوق نيسكوشن بعد معارك عنيفة.', ['ua-neskuchne']],
  ['قالت وزارة الدفاع الروسية إن قواتها صدت هجوما أوكرانيا قرب قرية كرينكي في منطقة خيرسون.', ['ua-krynky', 'ua-kherson-oblast']],
  ['قالت موسكو إن قواتها سيطرت على بلدة أوتشيريتين في منطقة دونيتسك.', ['ua-ocheretyne', 'ua-donetsk-oblast']],
  ['أعلنت روسيا السيطرة على بلدة كراسنوهوريفكا.', ['ua-krasnohorivka']],
  ['قصفت القوات الروسية مدينة أفدييفكا.', ['ua-avdiivka']],
  ['أعلنت وزارة الدفاع الروسية السيطرة الكاملة على مدينة مارينكا قرب دونيتسك.', ['ua-marinka', 'ua-donetsk']],
  ['قال الجيش الأوكراني إنه استعاد قرية كليشتشيفكا جنوب باخموت.', ['ua-klishchiivka', 'ua-bakhmut']],
  ['أعلنت كييف أن مشاة البحرية حرروا قرية أوروجايني في منطقة دونيتسك.', ['ua-urozhaine', 'ua-donetsk-oblast']],
  ['قالت كييف إن قواتها صدت هجمات قرب تشاسيف يار.', ['ua-chasiv-yar']],
  ['قصفت روسيا مدينة فوفتشانسك في منطقة خاركيف.', ['ua-vovchansk', 'ua-kharkiv-oblast']],
  ['أعلنت أوكرانيا أن قواتها استعادت قرية روبوتين في منطقة زابوريجيا.', ['ua-robotyne', 'ua-zaporizhzhia-oblast']],
  // Syria, Iraq
  ['قالت قوات سوريا الديمقراطية إنها سيطرت على بلدة الباغوز في ريف دير الزور الشرقي.', ['sy-baghuz', 'countryside:sy-deir-ez-zor:eastern']],
  ['اندلعت اشتباكات عنيفة في بلدة الباغوز.', ['sy-baghuz']],
  ['قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.', ['sy-kafr-nabl', 'sy-idlib-governorate']],
  ['قُتل 3 جنود في هجوم لتنظيم داعش قرب كركوك.', ['iq-kirkuk']],
  ['شن مسلحو داعش هجوما على قضاء سنجار.', ['iq-sinjar']],
  // Sudan
  ['قال الجيش السوداني إنه صد هجوما لقوات الدعم السريع على مدينة بابنوسة في غرب كردفان.', ['sd-babanusa', 'sd-west-kordofan']],
  ['شنت قوات الدعم السريع هجوما على قرية ود النورة بولاية الجزيرة ما أدى إلى مقتل 100 شخص.', ['sd-wad-an-nura', 'sd-gezira']],
  ['قتل 20 مدنيا في قصف لقوات الدعم السريع على مخيم زمزم للنازحين جنوب الفاشر.', ['sd-zamzam-camp', 'sd-el-fasher']],
  ['قصفت قوات الدعم السريع مدينة الفاشر بالمدفعية الثقيلة.', ['sd-el-fasher']],
  ['قُتل 15 شخصا في قصف مدفعي استهدف سوقا في أم درمان.', ['sd-omdurman']],
  // Somalia
  ['قُتل خمسة جنود في هجوم لحركة الشباب على قاعدة عسكرية في عيل بور بوسط الصومال.', ['so-el-bur']],
  ['سيطرت حركة الشباب على بلدة عيل بور.', ['so-el-bur']],
  // Gaza, Lebanon
  ['استشهد 7 فلسطينيين في قصف إسرائيلي على مخيم النصيرات وسط قطاع غزة.', ['ps-nuseirat']],
  ['شنت الطائرات الإسرائيلية غارات على مدينة خان يونس جنوب قطاع غزة.', ['ps-khan-younis', 'ps-south-gaza']],
  ['قصفت المدفعية الإسرائيلية أطراف بلدة بنت جبيل.', ['lb-bint-jbeil']],
  ['شن الطيران الإسرائيلي غارة على الضاحية الجنوبية لبيروت.', ['lb-dahiyeh']],
  // Yemen, Sahel
  ['قصفت جماعة الحوثي مدينة مأرب بالصواريخ الباليستية.', ['ye-marib']],
  ['قتل 50 شخصا في هجوم على بلدة جيبو شمال بوركينا فاسو.', ['bf-djibo']],
  ['قتل 20 جنديا في هجوم على معسكر في منطقة ميناكا شرق مالي.', ['ml-menaka']],
];

/** «سيطرت على X», «حول X», «وعلى X»: the world table answers for a town the curated places lack (Soledar, GeoNames 706757). */
const OBJECT_SLOTS: [string, string[]][] = [
  ['أعلنت مجموعة فاغنر الروسية أن مقاتليها سيطروا على سوليدار في منطقة دونيتسك الأوكرانية.', ['gn-706757', 'ua-donetsk-oblast']],
  ['قال الجيش الأوكراني إن معارك عنيفة تدور حول سوليدار في شرق أوكرانيا.', ['gn-706757', 'ua-donbas']],
  ['قصفت القوات الروسية بالصواريخ على كوستيانتينيفكا في منطقة دونيتسك.', ['gn-705104', 'ua-donetsk-oblast']],
  // «ردت على الهجوم», «على الأقل»: ordinary words after «على» are no place
  ['قالت وزارة الدفاع الأوكرانية إن قواتها ردت على الهجوم الروسي في منطقة دونيتسك وقتلت 20 جنديا على الأقل.', ['ua-donetsk-oblast']],
];

/** Spellings no curated list holds, found from the curated place's Latin name (`curated-skeletons.ts`). */
const DERIVED_SPELLINGS: [string, string[]][] = [
  ['قالت أوكرانيا إن قواتها حررت قرية نيسكوتشنه في منطقة دونيتسك.', ['ua-neskuchne', 'ua-donetsk-oblast']],
  ['قصفت القوات الروسية بلدة أوتشيريتينا في منطقة دونيتسك.', ['ua-ocheretyne', 'ua-donetsk-oblast']],
  ['سيطرت قوات الدعم السريع على مدينة بابانوسا في غرب كردفان.', ['sd-babanusa', 'sd-west-kordofan']],
  ['قصفت روسيا مدينة فوفشانسك في منطقة خاركيف.', ['ua-vovchansk', 'ua-kharkiv-oblast']],
  ['اندلعت اشتباكات في بلدة تينزاواتن شمال مالي.', ['ml-tinzaouaten']],
  ['قتل مدنيان في قصف على مدينة النبتية جنوب لبنان.', ['lb-nabatieh', 'lb-south']],
  // two consonants («يارين» r-n) are too few to tell villages apart: not Yaroun
  ['قصفت المدفعية الإسرائيلية أطراف بلدة يارين في جنوب لبنان.', ['lb-south']],
];

const DATELINES: [string, string[]][] = [
  ['دمشق - قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب الجنوبي مما أسفر عن مقتل 4 مدنيين.', ['sy-kafr-nabl', 'sy-idlib-governorate']],
  ['الخرطوم (رويترز) - قال الجيش السوداني إنه صد هجوما لقوات الدعم السريع على مدينة بابنوسة.', ['sd-babanusa']],
  ['كييف (أ ف ب) - أعلنت روسيا السيطرة على قرية ماكاريفكا في منطقة دونيتسك.', ['ua-makarivka', 'ua-donetsk-oblast']],
  ['مقديشو - قتل خمسة جنود في هجوم لحركة الشباب على بلدة عيل بور.', ['so-el-bur']],
];

describe('frequently reported places come out with their own ids', () => {
  it.each(CASES)('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });
});

describe('the object of a capture or a strike is a place slot', () => {
  it.each(OBJECT_SLOTS)('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });
});

describe('another spelling of a curated place is found from its Latin name', () => {
  it.each(DERIVED_SPELLINGS)('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });
});

describe('a dateline city is not the place of an event the sentence places elsewhere', () => {
  it.each(DATELINES)('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });
});
