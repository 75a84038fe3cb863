import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Armed groups, state forces and missions by the names Arabic wires give them, across conflicts: who speaks, who
 * attacked, who was hit. Codes as in ../shared/spec/actors.md. Sentences written for this spec.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const of = (text: string, type: ExtractedEvent['type']) => events(text).find((e) => e.type === type);
type Row = readonly [ExtractedEvent['type'], string | null, string | null, string | null, string];
const sidesOf = (e: ExtractedEvent | undefined) => [e?.claimant.party, e?.accused, e?.target];

describe('claimant, accused and target by the names of groups and forces', () => {
  it.each<Row>([
    // Sahel and Lake Chad
    [
      'ArmedClashReported',
      'NG',
      'NG-BOKOHARAM',
      'NG',
      'قال الجيش النيجيري إن مسلحين من جماعة بوكو حرام قتلوا 12 مدنيا في هجوم على قرية في ولاية بورنو أمس.',
    ],
    [
      'ArmedClashReported',
      'ISIS',
      'ISIS',
      'NG',
      'أعلن تنظيم ولاية غرب أفريقيا مسؤوليته عن هجوم أسفر عن مقتل 5 جنود نيجيريين في مايدوغوري.',
    ],
    [
      'ArmedClashReported',
      'BF',
      'ML-JNIM',
      'BF',
      'قال جيش بوركينا فاسو إن جماعة نصرة الإسلام والمسلمين قتلت 15 جنديا في هجوم على موقع عسكري.',
    ],
    // Somalia
    [
      'AirStrikeReported',
      'US',
      'US',
      'SO-SHABAAB',
      'قالت القيادة المركزية الأمريكية إن قواتها قتلت قياديا في حركة الشباب بغارة جوية في الصومال.',
    ],
    // Iraq and the Kurdish north
    ['AirStrikeReported', 'IQ', 'IQ', 'ISIS', 'قالت خلية الإعلام الأمني إن طائرات عراقية قصفت مواقع لداعش في صلاح الدين وقتلت 6 مسلحين.'],
    ['ArmedClashReported', 'IQ', 'IQ', 'ISIS', 'قالت قيادة عمليات بغداد إن قواتها اشتبكت مع مسلحين من داعش في الطارمية.'],
    ['ArmedClashReported', 'IQ-KRG', 'ISIS', 'IQ-KRG', 'قالت البيشمركة إن هجوما لتنظيم داعش أسفر عن مقتل 3 من مقاتليها قرب كركوك.'],
    // the PKK's armed wing by its own name, where it fights
    ['AirStrikeReported', 'PKK', 'TR', 'PKK', 'قال مسؤول في قوات الدفاع الشعبي إن غارة تركية قتلت 3 مقاتلين في جبال قنديل.'],
    // Syria
    [
      'ShellingReported',
      'SY-SNA',
      'SY-SDF',
      'SY-SNA',
      'قال الجيش الوطني السوري إن قوات سوريا الديمقراطية قصفت مدينة الباب وقتلت 3 مدنيين.',
    ],
    // Sudan: the Darfur movements' Joint Force by its short name, SPLM-N
    [
      'ArmedClashReported',
      'SD-JOINTFORCE',
      'SD-RSF',
      'SD-JOINTFORCE',
      'قالت القوة المشتركة إن قوات الدعم السريع هاجمت مدينة الفاشر وقتلت 10 مدنيين.',
    ],
    [
      'ArmedClashReported',
      'SD-JOINTFORCE',
      'SD-RSF',
      'SD-JOINTFORCE',
      'قالت القوات المشتركة إن مقاتليها صدوا هجوما لقوات الدعم السريع على مدينة الفاشر.',
    ],
    [
      'ShellingReported',
      'SD-SPLMN',
      'SD',
      'SD-SPLMN',
      'قالت الحركة الشعبية لتحرير السودان شمال إن الجيش السوداني قصف مواقعها في جنوب كردفان.',
    ],
    // Gaza and Lebanon
    ['ShellingReported', 'PS-HAMAS', 'PS-HAMAS', 'IL', 'قالت كتائب القسام إنها قصفت مستوطنة سديروت برشقة صاروخية.'],
    ['ShellingReported', 'PS-PIJ', 'PS-PIJ', 'IL', 'قالت سرايا القدس إنها قصفت عسقلان بالصواريخ.'],
    ['AirStrikeReported', 'IL', 'IL', 'PS-HAMAS', 'قال المتحدث باسم الجيش الإسرائيلي إن طائراته قصفت 20 هدفا لحماس في خان يونس.'],
    [
      'AirStrikeReported',
      'IL',
      'IL',
      'LB-HEZBOLLAH',
      'قال الناطق باسم جيش الاحتلال أفيخاي أدرعي إن طائرات حربية أغارت على مواقع لحزب الله في جنوب لبنان.',
    ],
    // a mission word before its organisation («قوة اليونيفيل») is still the organisation
    ['ArmedClashReported', 'UN', 'IL', 'LB', 'قالت قوة اليونيفيل إن الجيش الإسرائيلي أطلق النار على موقع لها في جنوب لبنان.'],
    // Ukraine: the General Staff, a regional military administration, a Russian region's governor
    [
      'ArmedClashReported',
      'UA',
      'RU',
      'UA',
      'قالت هيئة الأركان العامة للقوات المسلحة الأوكرانية إن الجيش الروسي شن 50 هجوما على محور بوكروفسك.',
    ],
    ['ShellingReported', 'UA', 'RU', 'UA', 'قال رئيس الإدارة العسكرية لمنطقة خيرسون إن قصفا مدفعيا روسيا أسفر عن إصابة 3 مدنيين.'],
    ['ArmedClashReported', 'UA', 'RU', 'UA', 'قال حاكم منطقة أوديسا إن هجوما روسيا أدى إلى مقتل امرأة.'],
    ['ShellingReported', 'RU', 'UA', 'RU', 'قال حاكم منطقة بيلغورود فياتشيسلاف غلادكوف إن قصفا أوكرانيا أدى إلى مقتل امرأة.'],
  ])('%s %s / %s / %s: %s', (type, claimant, accused, target, text) => {
    expect(sidesOf(of(text, type))).toEqual([claimant, accused, target]);
  });
});

describe('the dead counted on the right side, and who killed them', () => {
  it.each([
    ['NG', 'ISIS', 'NG', 'قال الجيش النيجيري إن عناصر من تنظيم داعش في غرب أفريقيا (إيسواب) قتلوا 7 جنود في ولاية يوبي.'],
    ['AFRICAN-UNION', 'SO-SHABAAB', 'AFRICAN-UNION', 'قالت بعثة أتميس إن 3 من جنودها قتلوا في هجوم لحركة الشباب.'],
    ['TR', 'TR', 'PKK', 'قالت وزارة الدفاع التركية إن قواتها قتلت 4 من عناصر قوات الدفاع الشعبي في منطقة متينا شمالي العراق.'],
    ['ML', 'RU-WAGNER', 'ML', 'قال مسؤولون ماليون إن عناصر من الفيلق الأفريقي قتلوا 8 مدنيين في وسط مالي.'],
    // «قصفا أوكرانيا» is the attack's adjective, not Ukraine: the woman killed in Belgorod is Russian
    ['RU', 'UA', 'RU', 'قال حاكم منطقة بيلغورود فياتشيسلاف غلادكوف إن قصفا أوكرانيا أدى إلى مقتل امرأة.'],
    ['UA', 'RU', 'UA', 'قال حاكم منطقة أوديسا إن هجوما روسيا أدى إلى مقتل امرأة.'],
  ])('claimant %s, killed by %s, dead of %s: %s', (claimant, accused, dead, text) => {
    const e = of(text, 'CasualtiesClaimed');
    expect(e?.claimant.party).toBe(claimant);
    expect(e?.accused).toBe(accused);
    expect(e?.casualties.map((c) => c.party)).toEqual([dead]);
  });
});

describe('the names a government gives its enemy, and the network a group belongs to', () => {
  it.each([
    // «الخوارج»: al-Shabaab in Somalia's official wording, the TTP in Pakistan's
    ['SO', 'SO', 'SO-SHABAAB', 'قال الجيش الصومالي إن قواته قتلت 15 من عناصر ميليشيات الخوارج في إقليم هيران.'],
    ['SO', 'SO', 'SO-SHABAAB', 'أعلنت وكالة الأنباء الصومالية (صونا) مقتل 20 من الخوارج في عملية للجيش في شبيلي الوسطى.'],
    ['PK', 'PK', 'PK-TTP', 'قال الجيش الباكستاني إن قوات الأمن قتلت 8 من خوارج فتنة الخوارج في شمال وزيرستان.'],
  ])('claimant %s, killed by %s, dead of %s: %s', (claimant, accused, dead, text) => {
    const e = of(text, 'CasualtiesClaimed');
    expect([e?.claimant.party, e?.accused, e?.casualties.map((c) => c.party)]).toEqual([claimant, accused, [dead]]);
  });

  it.each([
    ['KE', 'SO-SHABAAB', 'KE', 'قالت الشرطة الكينية إن مقاتلي حركة الشباب المرتبطة بتنظيم القاعدة هاجموا قرية في مقاطعة لامو.'],
    ['ML-JNIM', 'ML-JNIM', 'BF', 'أعلنت جماعة نصرة الإسلام والمسلمين التابعة لتنظيم القاعدة مسؤوليتها عن هجوم على قاعدة للجيش في جيبو.'],
  ])('«المرتبطة بتنظيم القاعدة» describes the group: %s / %s / %s: %s', (claimant, accused, target, text) => {
    expect(sidesOf(of(text, 'ArmedClashReported'))).toEqual([claimant, accused, target]);
  });
});

describe('the names a claim is labelled with', () => {
  it.each([
    ['Iraqi joint operations command', 'قالت قيادة العمليات المشتركة إن القوات الأمنية قتلت 3 إرهابيين في وادي حوران بالأنبار.'],
    ['Joint Force of the Darfur armed movements', 'قالت القوة المشتركة إن قوات الدعم السريع قصفت مخيم زمزم قرب الفاشر وقتلت 5 نازحين.'],
    ['Kurdistan Workers’ Party', 'قال مسؤول في قوات الدفاع الشعبي إن غارة تركية قتلت 3 مقاتلين في جبال قنديل.'],
    ['United Nations', 'قالت قوة اليونيفيل إن الجيش الإسرائيلي أطلق النار على موقع لها في جنوب لبنان.'],
    ['Russian governor', 'قال حاكم منطقة بيلغورود فياتشيسلاف غلادكوف إن قصفا أوكرانيا أدى إلى مقتل امرأة.'],
  ])('%s: %s', (name, text) => {
    expect(events(text)[0]?.claimant.name).toBe(name);
  });

  it('Ukraine in the accusative after an attack noun is no place of the event', () => {
    const text = 'قال حاكم منطقة بيلغورود فياتشيسلاف غلادكوف إن قصفا أوكرانيا أدى إلى مقتل امرأة.';
    expect(events(text).flatMap((e) => e.locations.map((l) => l.name))).not.toContain('Ukraine');
  });
});
