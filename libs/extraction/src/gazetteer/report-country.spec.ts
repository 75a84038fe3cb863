import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { partyCountriesIn } from './party-countries.js';
import { normalizeArabic } from '../text/normalize.js';
import { UNIT_WITHOUT_PLACES_KM, unitReachKm } from './containing-unit.js';
import { getPlace } from './place-by-id.js';

/**
 * Places read against what the report is about, each in a sentence written for this spec in wire style: the first
 * event with a place must be at exactly these locations (ids).
 */
const idsOf = (text: string) => {
  const events = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
  return events.find((e) => e.locations.length)?.locations.map((l) => l.id) ?? [];
};

describe('an armed group names its home country, which a shared spelling or an unlisted town is read in', () => {
  const CASES: [string, string[]][] = [
    // Syria: «أريحا» is Ariha in Idlib, not Jericho, in a report on Hayat Tahrir al-Sham
    ['قالت هيئة تحرير الشام إنها استهدفت مواقع لقوات النظام قرب أريحا بقذائف المدفعية.', ['sy-ariha']],
    // Lebanon: «طرابلس» in a report on Hezbollah is Tripoli, Lebanon
    ['قتل شخصان في اشتباكات بين عناصر من حزب الله ومسلحين في طرابلس.', ['lb-tripoli']],
    // Libya: the same spelling in a report on Haftar's forces stays Tripoli, Libya
    ['قتل شخصان في اشتباكات بين قوات حفتر ومسلحين في طرابلس.', ['ly-tripoli']],
    // Somalia: a US strike on al-Shabaab near «جليب» is at Jilib, not Gallup (New Mexico) of the striker's country
    ['قالت القيادة المركزية الأمريكية إنها قتلت 3 من قادة حركة الشباب في غارة قرب بلدة جليب.', ['so-jilib']],
    ['أعلنت القيادة الأمريكية في أفريقيا أنها شنت غارة جوية قرب جليب ما أسفر عن مقتل 4 من مسلحي حركة الشباب.', ['so-jilib']],
  ];
  it.each(CASES)('%s', (text, ids) => expect(idsOf(text)).toEqual(ids));

  it('reads the longest group name and each country once, in order of mention', () => {
    const homes = (text: string) => partyCountriesIn(normalizeArabic(text).text);
    expect(homes('هاجمت حركة طالبان باكستان نقطة تفتيش')).toEqual(['PK']);
    expect(homes('قال الحوثيون إنهم استهدفوا مواقع لقوات الدعم السريع ولجماعة الحوثي')).toEqual(['YE', 'SD']);
    expect(homes('قال الجيش الأمريكي إنه قصف مواقع في سوريا')).toEqual([]);
  });
});

describe('a sea, gulf or strait is the water, not the town it is named after', () => {
  const CASES: [string, string[]][] = [
    // Yemen / Red Sea shipping
    ['أعلن الحوثيون أنهم استهدفوا سفينة تجارية في خليج عدن بصاروخ باليستي.', ['xx-gulf-of-aden']],
    // Ukraine
    ['قالت البحرية الأوكرانية إن مسيرة بحرية أغرقت سفينة إنزال روسية في بحر آزوف.', ['xx-sea-of-azov']],
    // Iran / the Gulf: «عمان» is neither Amman nor Oman here
    ['قالت البحرية الإيرانية إنها أطلقت صواريخ على ناقلة نفط في خليج عمان.', ['xx-gulf-of-oman']],
  ];
  it.each(CASES)('%s', (text, ids) => expect(idsOf(text)).toEqual(ids));

  it.each([
    // Libya: the Gulf of Sidra is not the town of Sirte
    ['قال الجيش الليبي إن زوارق مسلحة هاجمت ناقلة في خليج سرت.'],
    // Turkey: the Sea of Marmara is not a town
    ['قصفت القوات الروسية ميناء في بحر مرمرة.'],
  ])('%s: no town', (text) => expect(idsOf(text)).toEqual([]));
});

describe('after «بلدة/قرية/مدينة», a listed place of another country followed by a word of the name is not that place', () => {
  const CASES: [string, string[]][] = [
    // Somalia: «عدن يابال» is Adan Yabaal, not Aden (Yemen); the region beside it places the event
    ['قتل 3 جنود صوماليين في هجوم لحركة الشباب على بلدة عدن يابال في إقليم شبيلي الوسطى.', ['so-middle-shabelle']],
    // …and the first word alone is not looked up in the world table either (Edna, Texas)
    ['شنت طائرات أمريكية غارة على بلدة عدن يابال وسط الصومال.', ['so']],
    // Sudan: a village «حلب …» in Gezira is not Aleppo
    ['قتل 4 مدنيين في هجوم لقوات الدعم السريع على قرية حلب حسين بولاية الجزيرة.', ['sd-gezira']],
    // Mali: a village «غزة …» near Timbuktu is not Gaza
    ['قتل 6 جنود ماليين في هجوم على بلدة غزة كورو في منطقة تمبكتو.', ['ml-timbuktu']],
    // not cut: a time word, a direction, the report's own country
    ['قتل 5 مدنيين في قصف على مدينة عدن صباح اليوم، بحسب مصادر طبية يمنية.', ['ye-aden']],
    ['قصفت قوات النظام مدينة حلب شمالي سوريا ما أدى إلى مقتل 3 مدنيين.', ['sy-aleppo', 'sy-north']],
  ];
  it.each(CASES)('%s', (text, ids) => expect(idsOf(text)).toEqual(ids));
});

describe('a region whose listed places all sit at its seat reaches as far as a region with none listed', () => {
  const CASES: [string, string[]][] = [
    // Sudan: Dilling lies 115 km north of Kadugli, the seat of South Kordofan
    ['قصفت الحركة الشعبية مدينة الدلنج بجنوب كردفان ما أدى إلى مقتل 4 مدنيين.', ['gn-376450', 'sd-south-kordofan']],
    // Afghanistan: Musa Qala (Helmand) and Shindand (Herat) lie over 75 km from their provinces' seats
    ['قتل 5 من عناصر طالبان في اشتباكات في مديرية موسى قلعة بولاية هلمند.', ['gn-1132604', 'af-helmand']],
    ['قتل 4 جنود أفغان في هجوم على مدينة شينداند في ولاية هرات.', ['gn-1125155', 'af-herat-province']],
  ];
  it.each(CASES)('%s', (text, ids) => expect(idsOf(text)).toEqual(ids));

  it('measures Chechnya and Sool as units without listed places, and a region with spread-out places by them', () => {
    expect(unitReachKm(getPlace('ru-chechnya')!)).toBe(UNIT_WITHOUT_PLACES_KM);
    expect(unitReachKm(getPlace('so-sool')!)).toBe(UNIT_WITHOUT_PLACES_KM);
    expect(unitReachKm(getPlace('sy-idlib-governorate')!)).toBeLessThan(UNIT_WITHOUT_PLACES_KM);
  });
});
