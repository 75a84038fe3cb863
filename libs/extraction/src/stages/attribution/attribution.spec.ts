import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { tokenize } from '../../text/tokens.js';
import { DocContext, findActors, findAttributions } from './attribution.js';

const claimants = (text: string) => {
  const ctx = new DocContext();
  const { tokens } = tokenize(text);
  return findAttributions(tokens, findActors(tokens, ctx)).map((a) => a.party);
};
const claimantOf = (text: string, type: string) =>
  extract({ text, publishedOn: '2024-01-10' }).events.find((e) => e.type === type)?.claimant;

describe('actors and attribution', () => {
  it.each([
    ['قالت وزارة الدفاع الروسية إن قواتها قصفت مواقع أوكرانية.', 'RU'],
    ['وأعلن المتحدث باسم الجيش الإسرائيلي أن طائراته أغارت على مواقع.', 'IL'],
    ['أفادت وكالة الأنباء السورية سانا بأن قصفا استهدف ريف إدلب.', 'SY'],
    ['وذكرت وكالة الأناضول أن الجيش التركي رد على مصادر النيران.', 'TR'],
    ['صرح وزير الخارجية الإيراني بأن طهران لن تتدخل.', 'IR'],
    ['وقالت منظمة معاهدة الأمن الجماعي في بيان إنها تتابع الوضع.', 'CSTO'],
    ['أعلن الكرملين أن الرئيس بوتين بحث الوضع مع نظيره.', 'RU'],
    ['وقال الأمين العام للأمم المتحدة إن الوضع خطير.', 'UN'],
  ])('%s → %s', (text, party) => {
    expect(claimants(text)[0]).toBe(party);
  });

  it('prefers the source quoted by an agency over the agency', () => {
    expect(claimants('ونقلت وكالة رويترز عن نائب وزير الخارجية الأرميني قوله إن 50 جنديا قتلوا.')[0]).toBe('AM');
  });

  it('reads subject-first clauses and «اتهم X Y»', () => {
    const ctx = new DocContext();
    const { tokens } = tokenize('أن وزارة الدفاع الأرمنية اتهمت القوات المسلحة الأذربيجانية ببدء قصف مكثف.');
    const [a] = findAttributions(tokens, findActors(tokens, ctx));
    expect(a.party).toBe('AM');
    expect(a.accused).toBe('AZ');
  });

  it('gives non-state armed groups their actor-table code and name', () => {
    expect(claimantOf('وقال حزب الله في بيان إنه قصف مواقع الجيش الإسرائيلي بالصواريخ.', 'ShellingReported')).toEqual({
      party: 'LB-HEZBOLLAH',
      name: 'Hezbollah',
    });
    expect(claimantOf('أعلنت قوات الدعم السريع سيطرتها على مدينة ود مدني.', 'ControlChangeClaimed')).toMatchObject({
      party: 'SD-RSF',
      name: 'Rapid Support Forces',
    });
    // a spokesman of a group speaks for it
    expect(claimantOf('وأعلن المتحدث باسم حركة الشباب سيطرة مقاتليها على البلدة.', 'ControlChangeClaimed')?.party).toBe('SO-SHABAAB');
  });

  it('reads a name in the era it stands for and a common noun only at home', () => {
    const taliban = 'وأعلنت حركة طالبان سيطرتها على مدينة قندوز.';
    expect(extract({ text: taliban, publishedOn: '2016-10-03' }).events[0]?.claimant.party).toBe('AF-TALIBAN');
    expect(extract({ text: taliban, publishedOn: '2023-10-03' }).events[0]?.claimant.party).toBe('AF');
    // «الثوار» is the Libyan NTC only in a report about Libya
    const rebels = (place: string) =>
      extract({ text: `وأعلن الثوار سيطرتهم على ${place} بعد معارك عنيفة.`, publishedOn: '2011-08-22' }).events.find(
        (e) => e.type === 'ControlChangeClaimed',
      )?.claimant.party;
    expect(rebels('مدينة الزاوية غرب ليبيا')).toBe('LY-NTC');
    expect(rebels('مدينة حمص')).toBeNull();
  });

  it("a group's outlet speaks for the group, a state's agency for the state", () => {
    expect(claimants('وذكرت قناة المنار أن المقاومة استهدفت موقعا إسرائيليا.')[0]).toBe('LB-HEZBOLLAH');
    expect(claimants('وقالت وكالة الأنباء اللبنانية الرسمية إن غارة استهدفت البلدة.')[0]).toBe('LB');
  });

  it('resolves a bare institution from the last speaker and learned names', () => {
    const text =
      'واتهم المتحدث باسم وزارة الدفاع الأرمينية أرتوم توراسيان أذربيجان بالتصعيد.\nوقال توراسيان إن القوات الأذربيجانية قصفت بلدة جيرموك بالمدفعية.';
    expect(claimantOf(text, 'ShellingReported')?.party).toBe('AM');
    const text2 = 'من جهتها، اتهمت باكو أرمينيا بإرسال مجموعة تخريبية.\nوقالت وزارة الدفاع في بيان إن الاشتباكات اندلعت على الحدود.';
    expect(claimantOf(text2, 'ArmedClashReported')?.party).toBe('AZ');
  });

  it('joint announcements yield one claim per party', () => {
    const evs = extract({ text: 'وأعلنت كل من أذربيجان وأرمينيا التعبئة العسكرية.', publishedOn: '2020-09-28' }).events.filter(
      (e) => e.type === 'MobilizationDeclared',
    );
    expect(evs.map((e) => e.claimant.party).sort()).toEqual(['AM', 'AZ']);
  });

  it('falls back to the caller-given source as the claimant name', () => {
    const rec = extract({ text: 'اشتباكات عنيفة في ريف حلب الشمالي صباح اليوم.', publishedOn: '2024-01-10', source: 'SANA' });
    expect(rec.events[0].claimant).toEqual({ party: null, name: 'SANA' });
  });

  it('«الانفصاليون في مالي»: the separatists of the country named right after them', () => {
    const text = 'قال الانفصاليون في مالي إن طائرات مسيرة للجيش قصفت سوقا شعبيا في بلدة صغيرة قرب الحدود، ما أدى إلى مقتل 9 مدنيين.';
    expect(claimantOf(text, 'CasualtiesClaimed')?.party).toBe('ML-CSP');
  });

  it('the outlet a source spoke to names no side of the source: «مصدر مطلع لموقع تلفزيون سوريا»', () => {
    expect(claimants('وأفاد مصدر مطلع لموقع تلفزيون سوريا بأن قصفا استهدف البلدة.')[0]).toBeNull();
    expect(claimants('وقال مصدر في الجيش السوري لوكالة رويترز إن قصفا استهدف البلدة.')[0]).toBe('SY');
  });

  it('a nisba right after an epithet says whose it is: «قوات الاحتلال الأمريكية», and the bare epithet later too', () => {
    const ctx = new DocContext();
    const first = tokenize('وقالت قوات الاحتلال الأمريكية في بيان إنها اعتقلت مطلوبين.').tokens;
    expect(findActors(first, ctx)[0]).toMatchObject({ party: 'US', name: 'US forces' });
    const later = tokenize('وأعلنت قوات الاحتلال أنها فتحت تحقيقا.').tokens;
    expect(findActors(later, ctx)[0].party).toBe('US');
    expect(claimants('وقالت قوات الاحتلال إن صاروخا سقط قرب السياج.')[0]).toBe('IL');
  });
});
