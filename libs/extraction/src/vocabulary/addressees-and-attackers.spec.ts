import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../extraction-record.js';

/**
 * Who speaks, who attacks and who is hit, in sentences written for this spec across conflicts: the outlet a source
 * spoke to («لـ"سبوتنيك"», «لوكالة "سبوتنيك"») is neither the speaker nor a side; a group and its nationality
 * adjective are one party («حماس الفلسطينية»); the attacker an attack noun names («غارة إسرائيلية», «بهجوم لداعش») is
 * the accused, not the victims named beside the cue.
 */
const run = (text: string): ExtractionRecord => extract({ text, publishedOn: '2024-05-10', language: 'ar' });
const claimants = (text: string) => [...new Set(run(text).events.map((e) => e.claimant.party))];
const parties = (text: string) =>
  new Set(run(text).events.flatMap((e) => [e.claimant.party, e.accused, e.target, ...e.casualties.map((c) => c.party)]));
const accused = (text: string, type: string) => run(text).events.find((e) => e.type === type)?.accused;

describe('the outlet a source spoke to, named in quotes after «لـ» or after its head', () => {
  it.each([
    ['LY', 'وصرح لـ"سبوتنيك" المتحدث باسم الجيش الليبي بأن 3 جنود قتلوا في اشتباكات جنوب طرابلس.'],
    ['LY', 'وقال مصدر عسكري ليبي لـ"سبوتنيك" إن 3 جنود قتلوا في اشتباكات جنوب طرابلس.'],
    ['SY', 'وأكد لوكالة "سبوتنيك" مصدر في الجيش السوري أن 5 من عناصر داعش قتلوا في البادية.'],
    ['AZ', 'وقال مصدر في وزارة الدفاع الأذربيجانية لـ«تاس» إن جنديين قتلا في قصف أرميني.'],
  ])('speaks for %s, and the outlet’s state is no side: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
    expect(parties(text)).not.toContain(code === 'AZ' ? 'TR' : 'RU');
  });
});

describe('the outlet told inside a «بحسب» clause is not the source', () => {
  it.each([
    ['SY', 'وقتل 4 جنود في هجوم قرب حماة، بحسب ما قال لـ"سبوتنيك" مصدر عسكري سوري.'],
    ['UA', 'وقتل 5 مدنيين في قصف على خاركيف، وفقا لما صرح به لـ"رويترز" مسؤول عسكري أوكراني.'],
    ['SD', 'وقتل 7 مدنيين في قصف على مدينة الفاشر، وفق ما نقلت لـ"العربي الجديد" مصادر في الجيش السوداني.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });

  it('«وفقا للجيش» is still the source itself', () => {
    expect(claimants('وقتل 10 جنود في هجوم قرب غاو، وفقا للجيش المالي.')).toEqual(['ML']);
  });
});

describe('a senior member («قيادي في») speaks for his group', () => {
  it.each([
    ['PS-HAMAS', 'وقال قيادي في حركة حماس لـ"الميادين" إن 3 من مقاتلي القسام قتلوا في غارة إسرائيلية على خان يونس.'],
    ['IQ-PMF', 'وقال قيادي في الحشد الشعبي لـ"شفق نيوز" إن 2 من عناصره قتلوا بهجوم لداعش في صلاح الدين.'],
    ['SY-SDF', 'وأكد لـ"العربي الجديد" قيادي في قوات سوريا الديمقراطية أن 4 من مقاتليهم قتلوا في قصف تركي.'],
  ])('%s: %s', (code, text) => {
    expect(claimants(text)).toEqual([code]);
  });
});

describe('a group and its nationality adjective are one party', () => {
  it.each([
    ['PS-HAMAS', 'IL', 'وقالت حماس الفلسطينية إن 3 من مقاتليها قتلوا في غارة إسرائيلية على خان يونس.'],
    ['LB-HEZBOLLAH', 'IL', 'وقال حزب الله اللبناني إن 2 من مقاتليه قتلوا في غارة إسرائيلية على بلدة الخيام.'],
    ['YE-HOUTHI', 'US', 'وقالت جماعة الحوثيين اليمنية إن 4 من مقاتليها قتلوا في غارة أمريكية على الحديدة.'],
    ['IR', 'IL', 'وقال الحرس الثوري الإيراني إن 4 من عناصره قتلوا في غارة إسرائيلية على دمشق.'],
  ])('%s against %s: %s', (code, enemy, text) => {
    const events = run(text).events;
    expect([...new Set(events.map((e) => e.claimant.party))]).toEqual([code]);
    expect([...new Set(events.flatMap((e) => e.casualties.map((c) => c.party)))]).toEqual([code]);
    expect(events.find((e) => e.type === 'AirStrikeReported')?.accused).toBe(enemy);
  });
});

describe('the attacker the attack noun names, not the victims beside the cue', () => {
  it.each([
    ['IL', 'قتل 3 من عناصر حزب الله في غارة إسرائيلية على بلدة الخيام.'],
    ['IL', 'قتل 3 من عناصر الحرس الثوري الإيراني في غارة إسرائيلية على دمشق.'],
    ['ISIS', 'قتل 3 من عناصر الحشد الشعبي بهجوم لداعش في محافظة كركوك.'],
    ['SY', 'قتل 4 من مقاتلي الجبهة الوطنية للتحرير في قصف لقوات النظام على ريف إدلب.'],
    ['PKK', 'قتل 4 جنود أتراك في هجوم لحزب العمال الكردستاني شمالي العراق.'],
    ['RU', 'قتل 3 من عناصر الجيش الأوكراني في قصف روسي على مدينة خيرسون.'],
  ])('accused %s: %s', (code, text) => {
    expect(accused(text, 'CasualtiesClaimed')).toBe(code);
  });

  it('the strike itself hits the victims’ side', () => {
    const strike = run('قتل 3 من عناصر حزب الله في غارة إسرائيلية على بلدة الخيام.').events.find((e) => e.type === 'AirStrikeReported');
    expect([strike?.accused, strike?.target]).toEqual(['IL', 'LB-HEZBOLLAH']);
  });

  it('a speaker’s own fighters killed «بقصف روسي» did not shell: the nisba’s side did', () => {
    const text = 'أعلنت هيئة تحرير الشام مقتل 4 من مقاتليها بقصف روسي على ريف إدلب الجنوبي.';
    const shelling = run(text).events.find((e) => e.type === 'ShellingReported');
    expect([shelling?.accused, shelling?.target]).toEqual(['RU', 'SY-HTS']);
  });

  it('the side that lost people is not the one accused of killing them', () => {
    expect(accused('قتل 3 من مقاتلي حماس في اشتباكات مع الجيش الإسرائيلي في رفح.', 'CasualtiesClaimed')).toBe('IL');
    expect(accused('قتل 5 من عناصر الدعم السريع في اشتباكات مع الجيش السوداني في الفاشر.', 'CasualtiesClaimed')).toBe('SD');
  });
});

describe('the victims of an attack its nisba names are not the attacker’s', () => {
  it.each([
    ['LB', 'قتلت غارة إسرائيلية 3 أشخاص في بلدة عيترون جنوب لبنان.'],
    ['SY', 'قتلت غارة روسية 5 مدنيين في مدينة إدلب.'],
    ['UA', 'قتلت ضربة روسية 4 مدنيين في مدينة خاركيف.'],
  ])('%s: %s', (code, text) => {
    const casualties = run(text).events.find((e) => e.type === 'CasualtiesClaimed');
    expect(casualties?.casualties.map((c) => c.party)).toEqual([code]);
  });
});

describe('gunmen a state counts are never its own', () => {
  it.each([
    ['PK', 'وقال الجيش الباكستاني إن 12 مسلحا قتلوا في عملية في وزيرستان.'],
    ['SO', 'وقال الجيش الصومالي إن 12 من المسلحين قتلوا في عملية قرب بلدوين.'],
    ['NG', 'وقال الجيش النيجيري إن 30 مسلحا قتلوا في غارات على معسكرات في ولاية بورنو.'],
  ])('not %s: %s', (code, text) => {
    const parties = run(text).events.flatMap((e) => e.casualties.map((c) => c.party));
    expect(parties.length).toBeGreaterThan(0);
    expect(parties).not.toContain(code);
  });

  it('its soldiers still are', () => {
    const text = 'وقال الجيش الباكستاني إن 3 جنود قتلوا في هجوم في وزيرستان.';
    expect(run(text).events.flatMap((e) => e.casualties.map((c) => c.party))).toEqual(['PK']);
  });
});

describe('the city a report was filed from is no side of it', () => {
  it.each([
    ['LB', 'بيروت - قالت المقاومة الإسلامية إنها قصفت موقعا إسرائيليا. وقال الجيش الإسرائيلي إن 3 من جنوده أصيبوا في القصف.'],
    ['EG', 'القاهرة - قال الجيش السوداني إن قوات الدعم السريع قصفت مدينة الفاشر. وقالت الدعم السريع إن 5 من جنود الجيش قتلوا.'],
  ])('not %s: %s', (code, text) => {
    const record = run(text);
    expect(record.events.flatMap((e) => [e.accused, e.target])).not.toContain(code);
  });
});

describe('an attack a claim verb’s subject announces is its own («أعلنت سرايا القدس قصف …»)', () => {
  it.each([
    ['PS-PIJ', 'ShellingReported', 'أعلنت سرايا القدس قصف مستوطنة سديروت برشقة صاروخية.'],
    ['LB-HEZBOLLAH', 'ShellingReported', 'أعلن حزب الله استهداف موقع المطلة الإسرائيلي بالصواريخ.'],
    ['RU', 'ArmedClashReported', 'أعلن الجيش الروسي تدمير 5 دبابات أوكرانية في منطقة زابوريجيا.'],
    ['SD-RSF', 'ShellingReported', 'تبنت قوات الدعم السريع قصف مدينة الأبيض بالمدفعية الثقيلة.'],
  ])('%s attacked (%s): %s', (code, type, text) => {
    expect(accused(text, type)).toBe(code);
  });

  it.each([
    ['YE-HOUTHI', 'ShellingReported', 'أعلن الحوثيون استهداف سفينة في البحر الأحمر بصاروخ باليستي.'],
    ['IQ-PMF', 'AirStrikeReported', 'أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة.'],
  ])('and the weapon of that act (%s, %s): %s', (code, type, text) => {
    expect(accused(text, type)).toBe(code);
  });

  it.each([
    ['IL', 'LB-HEZBOLLAH', 'قال الجيش الإسرائيلي إنه قتل قياديا في حزب الله بغارة على بلدة في الجنوب اللبناني.'],
    ['US', 'SO-SHABAAB', 'قالت القوات الأمريكية إنها قتلت قياديا في حركة الشباب بغارة جوية قرب جلب.'],
  ])('the strike a speaker killed with is its own (%s on %s): %s', (code, victim, text) => {
    const strike = run(text).events.find((e) => e.type === 'AirStrikeReported');
    expect([strike?.accused, strike?.target]).toEqual([code, victim]);
  });

  it('not the victims a claim announces («أعلن الجيش مقتل …»)', () => {
    expect(accused('أعلن الجيش الصومالي مقتل 3 جنود في هجوم لحركة الشباب قرب مقديشو.', 'ArmedClashReported')).toBe('SO-SHABAAB');
  });
});

describe('aircraft named by their side: the attacker in a strike, the loser in a shoot-down', () => {
  it.each([
    ['RU', 'شنت طائرات روسية غارات على مواقع المعارضة في إدلب وقتلت 5 مدنيين.'],
    ['RU', 'قصف الطيران الروسي بلدات في ريف إدلب وقتل 5 مدنيين.'],
    ['TR', 'استهدفت طائرة مسيرة تركية سيارة في ريف القامشلي وقتلت 3 من عناصر قسد.'],
    ['IL', 'شنت مقاتلات إسرائيلية غارات على الضاحية الجنوبية لبيروت.'],
    ['US', 'شنت طائرات حربية أمريكية غارات على مواقع للحوثيين في محافظة الحديدة.'],
  ])('%s struck: %s', (code, text) => {
    expect(accused(text, 'AirStrikeReported')).toBe(code);
  });

  it('a drone shot down is the loser’s, not the accused', () => {
    const record = run('أسقط الحوثيون طائرة مسيرة أمريكية فوق مأرب.');
    const loss = record.events.find((e) => e.type === 'MaterielLossClaimed');
    expect(loss?.materiel.map((m) => m.party)).toEqual(['US']);
    expect(loss?.accused).not.toBe('US');
  });
});

describe('a position, base or ship named by its side is the side attacked', () => {
  it.each([
    ['LB-HEZBOLLAH', 'IL', 'ShellingReported', 'أعلن حزب الله استهداف موقع المطلة الإسرائيلي بالصواريخ.'],
    ['SO-SHABAAB', 'KE', 'ArmedClashReported', 'قالت حركة الشباب إنها هاجمت قاعدة عسكرية كينية في مقاطعة لامو.'],
    ['SY-SDF', 'TR', 'ShellingReported', 'قالت قسد إنها قصفت مواقع تركية قرب تل أبيض بقذائف الهاون.'],
    // the weapon named as the instrument is the cue: the site stands before it
    ['SO-SHABAAB', 'KE', 'ShellingReported', 'قالت حركة الشباب إنها استهدفت قاعدة عسكرية كينية بقذائف الهاون في لامو.'],
  ])('%s attacked %s (%s): %s', (code, target, type, text) => {
    const event = run(text).events.find((e) => e.type === type);
    expect([event?.accused, event?.target]).toEqual([code, target]);
  });
});
