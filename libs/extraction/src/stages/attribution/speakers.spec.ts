import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { tokenize } from '../../text/tokens.js';
import { separatistsOfCountry } from '../../region/index.js';
import { DocContext, findActors, findAttributions } from './attribution.js';

/** Example sentences written for these specs (issue 12: who says it), not taken from any report. */
const events = (text: string, publishedOn = '2016-05-10') => extract({ text, publishedOn }).events;
const claimantOf = (text: string, type: string, publishedOn?: string) => events(text, publishedOn).find((e) => e.type === type)?.claimant;
const attributions = (text: string) => {
  const { tokens } = tokenize(text);
  return findAttributions(tokens, findActors(tokens, new DocContext()));
};

describe('who says it', () => {
  it('a members or militia word before a group is the group: «مسلحو طالبان», «ميليشيا الحوثي»', () => {
    expect(
      claimantOf('وأشار مسلحو طالبان إلى أنهم سيطروا على مركز المديرية، وأعلنوا سيطرتهم على الطريق.', 'ControlChangeClaimed')?.party,
    ).toBe('AF-TALIBAN');
    expect(attributions('وقالت ميليشيا الحوثي إن طائراتها المسيرة قصفت المطار.')[0]).toMatchObject({ party: 'YE-HOUTHI' });
  });

  it('an acronym in parentheses after an outlet names it later in the report', () => {
    const text = 'ذكرت وكالة الأنباء القطرية الرسمية (قنا) أن الوفد وصل.\nوأفادت (قنا) بوقوع غارة جوية على البلدة.';
    expect(claimantOf(text, 'AirStrikeReported')?.party).toBe('QA');
  });

  it("an office of a place speaks for the place's country: governor, police", () => {
    expect(claimantOf('وقال حاكم منطقة خيرسون إن قصفا مدفعيا استهدف البلدة.', 'ShellingReported')?.party).toBe('UA');
    expect(claimantOf('وقالت الشرطة إن انفجار سيارة مفخخة أدى إلى مقتل 3 أشخاص في الموصل.', 'CasualtiesClaimed')?.party).toBe('IQ');
  });

  it('a command and its nisba, and admitting, are statements: «القيادة المركزية الأمريكية», «أقر الجيش»', () => {
    expect(claimantOf('وأعلنت القيادة المركزية الأمريكية أن طائراتها شنت غارة جوية على مواقع المسلحين.', 'AirStrikeReported')?.party).toBe(
      'US',
    );
    expect(claimantOf('وأقر الجيش الأوكراني بانسحاب قواته من مدينة باخموت.', 'ControlChangeClaimed')?.party).toBe('UA');
  });

  it('a speech verb in a relative clause attributes nothing; an unknown speaker is the outlet, not a later name', () => {
    expect(attributions('أعلنت الحكومة الأوكرانية الهدنة التي أعلنها بوتين.').map((a) => a.party)).toEqual(['UA']);
    expect(claimantOf('أفاد شهود عيان بوقوع قصف مدفعي على البلدة بعد الهدنة التي أعلنها بوتين.', 'ShellingReported')?.party).toBeNull();
  });

  it('«ويتهم روسيا بقصف …»: one actor before its charge is the accused, the speaker goes on', () => {
    const [said, accusing] = attributions('أعلن الرئيس الأوكراني التزام بلاده بالهدنة ويتهم روسيا بقصف المدن.');
    expect(said.party).toBe('UA');
    expect(accusing).toMatchObject({ inherit: true, accused: 'RU' });
    expect(attributions('واتهمت أوكرانيا روسيا بقصف المدن.')[0]).toMatchObject({ party: 'UA', accused: 'RU' });
  });

  it('groups joined by «و» after an apposition each claim, and neither is the other’s accused', () => {
    const text = 'وأعلنت سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي وكتائب القسام قصف مواقع الجيش الإسرائيلي بالصواريخ.';
    const shelling = events(text).filter((e) => e.type === 'ShellingReported');
    expect(shelling.map((e) => e.claimant.party).sort()).toEqual(['PS-HAMAS', 'PS-PIJ']);
    // each announces its own attack on the Israeli positions (the taxonomy's `accused` is the attacker)
    for (const e of shelling) expect([e.accused, e.target]).toEqual([e.claimant.party, 'IL']);
  });

  it('any state by its Arabic name, and issuing a decree is a statement: «أصدرت السلطات في النيجر مرسوما»', () => {
    expect(claimantOf('أصدرت السلطات في النيجر مرسوما بإعلان التعبئة العامة.', 'MobilizationDeclared')?.party).toBe('NE');
  });

  it('«الانفصاليون» in a report about Mali are the Azawad movements (region pack), in Karabakh still NKR', () => {
    const ctx = new DocContext();
    ctx.mainCountry = 'ML';
    ctx.separatistParty = separatistsOfCountry(ctx.mainCountry);
    const { tokens } = tokenize('قال الانفصاليون إن طائرات مسيرة قصفت سوقا.');
    expect(findAttributions(tokens, findActors(tokens, ctx))[0]?.party).toBe('ML-CSP');
    expect(separatistsOfCountry('AZ')).toBeNull();
  });

  it('a unit «التابعة لـ» a side speaks for that side', () => {
    const text = 'وقال آمر قوة حماية المدينة التابعة للجيش الليبي إن الاشتباكات تجددت مع قوات حفتر.';
    expect(claimantOf(text, 'ArmedClashReported')?.party).toBe('LY');
  });

  it('the requester is the subject of the verb of asking, not a member listed before the request', () => {
    const text = 'وتقدمت يريفان رسميا إلى منظمة معاهدة الأمن الجماعي، التي تضم أيضا روسيا وبيلاروسيا وقرغيزستان، بطلب رسمي للتدخل.';
    expect(claimantOf(text, 'AssistanceRequested')?.party).toBe('AM');
  });

  it('«وكانت X في إفريقيا قد قالت»: the subject after «كان», past its place, speaks', () => {
    expect(attributions('وكانت قيادة القوات التركية في شمال البلاد قد قالت إن طائراتها قصفت مواقع للمسلحين.')[0]).toMatchObject({
      party: 'TR',
    });
    expect(attributions('وكان الطقس في المنطقة قد أعلن عنه.')[0]?.party ?? null).toBeNull();
  });

  it('«تابعة لـ» (belonging to) is no «تابع» (he went on): the owner is not the speaker', () => {
    const sahel = 'قالت جبهة تحرير أزواد إن طائرة مسيرة تابعة للجيش المالي قتلت 5 مدنيين في بلدة تينزاواتن.';
    expect(claimantOf(sahel, 'CasualtiesClaimed', '2025-03-10')?.party).toBe('ML-CSP');
    const sudan = 'قالت قوات الدعم السريع إن مسيرات تابعة للجيش السوداني قصفت سوقا في مدينة نيالا.';
    expect(claimantOf(sudan, 'AirStrikeReported', '2025-03-10')?.party).toBe('SD-RSF');
    const yemen = 'وقال الجيش اليمني إن عناصر تابعين للحوثيين هاجموا مواقعه في مأرب.';
    expect(attributions(yemen).map((a) => a.party)).toEqual(['YE']);
    // «وتابع المتحدث أن …» is still said
    expect(attributions('وتابع الجيش اليمني أن الهجوم صد.').map((a) => a.party)).toEqual(['YE']);
  });
});
