import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { tokenize } from '../../text/tokens.js';
import { ACTORS } from '../../lexicon/parties.js';

const events = (text: string, publishedOn = '2024-06-18') => extract({ text, publishedOn }).events;
const first = (text: string, type: string) => events(text).find((e) => e.type === type);
const parties = (text: string) => ACTORS.scan(tokenize(text).tokens).map((m) => m.data.party);

describe('organisations: the African Union and its missions, IGAD, the GCC, UN missions', () => {
  it.each([
    ['قالت بعثة الاتحاد الأفريقي في الصومال إن ثلاثة من جنودها قتلوا في هجوم لحركة الشباب قرب مقديشو.', 'AFRICAN-UNION'],
    ['أعلنت بعثة أتميس مقتل أربعة من مقاتلي حركة الشباب في اشتباك قرب مدينة جوهر.', 'AFRICAN-UNION'],
    ['أدان مجلس التعاون الخليجي الهجوم الحوثي على ميناء المخا.', 'GCC'],
    ['أعلنت قوة الأمم المتحدة المؤقتة في لبنان أن قذيفة سقطت على مقرها في الناقورة.', 'UN'],
  ])('%s → %s', (text, party) => {
    expect(events(text)[0]?.claimant.party).toBe(party);
  });

  it('an African Union mission counts its own dead as its own', () => {
    const e = first('قالت بعثة الاتحاد الأفريقي في الصومال إن ثلاثة من جنودها قتلوا في هجوم لحركة الشباب قرب مقديشو.', 'CasualtiesClaimed');
    expect(e?.casualties.map((c) => `${c.party}|${c.category}|${c.min}`)).toEqual(['AFRICAN-UNION|killed|3']);
    expect(e?.accused).toBe('SO-SHABAAB');
  });

  it.each([
    ['مينوسما', 'UN'],
    ['مونوسكو', 'UN'],
    ['أندوف', 'UN'],
    ['القبعات الزرق', 'UN'],
    ['أميصوم', 'AFRICAN-UNION'],
    ['أوسوم', 'AFRICAN-UNION'],
    ['الهيئة الحكومية للتنمية', 'IGAD'],
  ])('«%s» is %s', (name, party) => {
    expect(parties(name)).toEqual([party]);
  });

  it('the African Union is not Australia, whose ISO code is AU', () => {
    expect(parties('الاتحاد الأفريقي')).toEqual(['AFRICAN-UNION']);
    expect(parties('قالت وزارة الدفاع الأسترالية')).toContain('AU');
  });
});

describe('a coalition of several states is none of them', () => {
  it.each([
    'شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة.',
    'قصفت طائرات التحالف الدولي مواقع لتنظيم داعش قرب البوكمال.',
    'شن طيران تحالف دعم الشرعية غارات على مواقع في محافظة الجوف.',
  ])('%s', (text) => {
    const strike = first(text, 'AirStrikeReported');
    expect(strike).toBeDefined();
    expect(strike?.accused).toBeNull();
  });
});

describe('armed groups Arabic media name, with their codes', () => {
  it.each([
    ['أعلنت جبهة البوليساريو أن مقاتليها قصفوا مواقع للجيش المغربي قرب المحبس.', 'ShellingReported', 'EH-POLISARIO', 'MA'],
    ['سيطرت حركة 23 مارس على مدينة غوما بعد معارك مع الجيش الكونغولي.', 'ArmedClashReported', 'CD', 'CD-M23'],
    ['قالت قوات درع السودان إنها صدت هجوما لقوات الدعم السريع على بلدة تمبول.', 'ArmedClashReported', 'SD-RSF', 'SD-SHIELD'],
    ['أعلن الحزب الإسلامي التركستاني مقتل خمسة من عناصره في غارة روسية على ريف إدلب.', 'AirStrikeReported', 'RU', 'SY-TIP'],
    ['قصفت فرقة السلطان مراد مواقع لقوات سوريا الديمقراطية قرب منبج.', 'ShellingReported', 'SY-SNA', 'SY-SDF'],
    [
      'أعلنت جماعة جيش العدل مسؤوليتها عن هجوم على مركز للشرطة في زاهدان قتل فيه خمسة من عناصر الأمن الإيرانيين.',
      'ArmedClashReported',
      'IR-JAISHALADL',
      'IR',
    ],
  ])('%s', (text, type, accused, target) => {
    const e = first(text, type);
    expect([e?.accused, e?.target]).toEqual([accused, target]);
  });

  it.each([
    ['قتل 12 مدنيا في هجوم شنته القوات الديمقراطية المتحالفة على قرية قرب بيني.', 'CD-ADF'],
    ['أطلقت قوة الرضوان صواريخ على موقع عسكري في الجليل الأعلى.', 'LB-HEZBOLLAH'],
    ['تبنت سرايا أولياء الدم هجوما بطائرة مسيرة على قاعدة عين الأسد.', 'IQ-PMF'],
    ['هاجمت جبهة تحرير ماسينا موقعا للجيش المالي قرب موبتي.', 'ML-JNIM'],
  ])('%s → %s', (text, party) => {
    expect(events(text).some((e) => e.accused === party || e.claimant.party === party)).toBe(true);
  });

  it('a bare «إم 23» is «a mother of 23» once normalised: only «حركة إم 23» is the M23', () => {
    expect(parties('قتلت أم 23 عاما وطفلاها في القصف.')).toEqual([]);
    expect(parties('حركة إم 23')).toEqual(['CD-M23']);
  });
});
