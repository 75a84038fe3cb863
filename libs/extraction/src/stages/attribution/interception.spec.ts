import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * An interception (event-taxonomy.md has no type of its own for one): the rocket, missile or drone intercepted is an
 * attack that did not reach, told as the attack it was (rockets and missiles: ShellingReported; drones:
 * AirStrikeReported, and the drones shot down a MaterielLossClaimed); its launcher is the accused, the interceptor's
 * side the target. Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const of = (text: string, type: string) => events(text).find((e) => e.type === type);

describe('rockets and missiles intercepted: fire at a place by the side that launched them', () => {
  it.each([
    ['YE-HOUTHI', 'SA', 'وقال التحالف بقيادة السعودية إن الدفاعات الجوية اعترضت صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.'],
    ['YE-HOUTHI', 'US', 'وقالت القيادة الأمريكية الوسطى إن مدمرة أمريكية اعترضت صواريخ أطلقها الحوثيون على سفن في البحر الأحمر.'],
    ['IL', 'SY', 'وأعلنت الدفاعات الجوية السورية أنها تصدت لصواريخ إسرائيلية في سماء دمشق.'],
    ['RU', 'UA', 'وقال الجيش الأوكراني إن الدفاعات الجوية اعترضت صاروخين روسيين فوق أوديسا.'],
    // a third party speaking: the launcher is read from «أطلقها», not guessed from the report's two sides
    ['YE-HOUTHI', 'SA', 'وقالت الخارجية الإيرانية إن الدفاعات الجوية السعودية اعترضت صواريخ أطلقها الحوثيون على جازان.'],
  ])('%s on %s: %s', (launcher, defender, text) => {
    expect(of(text, 'ShellingReported')).toMatchObject({ accused: launcher, target: defender });
    expect(of(text, 'ArmedClashReported')).toBeUndefined();
  });
});

describe('drones intercepted: an attack by drones of the side that launched them, and the drones lost', () => {
  it.each([
    ['UA', 'RU', 'وأعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 20 مسيرة أوكرانية فوق منطقة بيلغورود.'],
    ['RU', 'UA', 'وقالت القوات الجوية الأوكرانية إن الدفاعات الجوية أسقطت 30 مسيرة روسية من أصل 40 أطلقتها روسيا على كييف.'],
    ['AM', 'AZ', 'وقالت وزارة الدفاع الأذربيجانية إن وحداتها أسقطت مسيرة أرمينية في اتجاه كلبجار.'],
    ['SD-RSF', 'SD', 'وقال الجيش السوداني إن الدفاعات الأرضية تصدت لمسيرات أطلقتها قوات الدعم السريع على مدينة بورتسودان.'],
    ['PK-TTP', 'PK', 'وقال الجيش الباكستاني إنه أسقط طائرات مسيرة أطلقتها حركة طالبان باكستان على مواقعه في وزيرستان.'],
  ])('%s on %s: %s', (launcher, defender, text) => {
    expect(of(text, 'AirStrikeReported')).toMatchObject({ accused: launcher, target: defender });
    expect(of(text, 'ArmedClashReported')).toBeUndefined();
  });

  it('the drones shot down stay a loss of the launcher', () => {
    const loss = of('وأعلنت وزارة الدفاع الروسية أن الدفاعات الجوية أسقطت 20 مسيرة أوكرانية فوق منطقة بيلغورود.', 'MaterielLossClaimed');
    expect(loss?.materiel).toEqual([expect.objectContaining({ party: 'UA', kind: 'drone', status: 'destroyed' })]);
  });

  it.each([
    ['a reconnaissance drone', 'وأعلن الجيش السوري إسقاط طائرة استطلاع تركية في ريف إدلب.'],
    ['a reconnaissance drone', 'وقال حزب الله إنه أسقط مسيرة استطلاع إسرائيلية فوق بلدة الخيام.'],
    ['a helicopter', 'وقالت حركة الشباب إنها أسقطت مروحية للجيش الصومالي في إقليم شبيلي الوسطى.'],
  ])('%s shot down is only a loss: %s', (_, text) => {
    expect(events(text).map((e) => e.type)).toEqual(['MaterielLossClaimed']);
  });
});

describe('a side that repels an attack («تصدت لهجوم», «صد هجوما») defended: the attack was the other side’s', () => {
  it.each([
    ['SD', 'SD-RSF', 'وقالت قوات الدعم السريع إنها تصدت لهجوم شنه الجيش على مواقعها في الخرطوم.'],
    ['SO-SHABAAB', 'SO', 'وقال الجيش الصومالي إنه صد هجوما شنته حركة الشباب على قاعدة عسكرية في إقليم هيران.'],
    ['UA', 'RU', 'وقالت وزارة الدفاع الروسية إن قواتها صدت هجوما للقوات الأوكرانية قرب باخموت.'],
  ])('%s attacked %s: %s', (attacker, defender, text) => {
    expect(of(text, 'ArmedClashReported')).toMatchObject({ accused: attacker, target: defender });
  });
});

describe('what an intercepted weapon was fired at was not destroyed («أطلقها الحوثيون على سفينة تجارية»)', () => {
  it.each([
    'وقالت القيادة الأمريكية إن الدفاعات الجوية اعترضت صواريخ أطلقها الحوثيون على سفينة تجارية في خليج عدن.',
    'وقالت البحرية الأمريكية إن مدمرة اعترضت صاروخين أطلقهما الحوثيون على سفينة شحن في البحر الأحمر.',
    'وقال الجيش الإسرائيلي إن الدفاعات الجوية اعترضت صاروخا أطلقه حزب الله باتجاه زوارق في ميناء حيفا.',
  ])('no loss: %s', (text) => {
    expect(of(text, 'ShellingReported')).toBeDefined();
    expect(of(text, 'MaterielLossClaimed')).toBeUndefined();
  });

  it('only the drones intercepted are lost, not the ship they flew at', () => {
    const text = 'وقال الجيش الأمريكي إنه أسقط ثلاث طائرات مسيرة أطلقها الحوثيون باتجاه سفينة تجارية.';
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([{ party: 'YE-HOUTHI', kind: 'drone', count: 3, status: 'destroyed' }]);
  });

  it.each([
    ['RU', 'وقالت البحرية الأوكرانية إنها دمرت مسيرات أطلقتها روسيا باتجاه سفن في ميناء أوديسا.'],
    ['SD-RSF', 'وقال الجيش السوداني إنه دمر مسيرات أطلقتها قوات الدعم السريع على شاحنات إغاثة في الفاشر.'],
  ])('the loss word before a verb of launching does not reach what was fired at (%s drones): %s', (launcher, text) => {
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([expect.objectContaining({ party: launcher, kind: 'drone' })]);
  });

  it('a vessel intercepted at sea was stopped, not destroyed', () => {
    expect(of('وقالت البحرية الليبية إنها اعترضت زورقا قبالة سواحل زوارة.', 'MaterielLossClaimed')).toBeUndefined();
  });
});

describe('the drones a named launcher sent («أطلقتها حركة طالبان باكستان») are the launcher’s loss, not the place’s', () => {
  it.each([
    ['PK-TTP', 'وأسقط الجيش طائرات مسيرة أطلقتها حركة طالبان باكستان في وزيرستان الشمالية.'],
    ['PK-TTP', 'وقال الجيش الباكستاني إنه أسقط طائرات مسيرة أطلقتها حركة طالبان باكستان على مواقعه في وزيرستان.'],
    ['SD-RSF', 'وقال الجيش السوداني إن الدفاعات الأرضية أسقطت ثلاث مسيرات أطلقتها قوات الدعم السريع على مطار بورتسودان.'],
    ['ISIS', 'وقال الجيش العراقي إنه أسقط طائرة مسيرة أطلقها تنظيم داعش فوق قضاء سنجار.'],
  ])('%s: %s', (launcher, text) => {
    expect(of(text, 'AirStrikeReported')?.accused).toBe(launcher);
    expect(of(text, 'MaterielLossClaimed')?.materiel).toEqual([expect.objectContaining({ party: launcher, kind: 'drone' })]);
  });
});

describe('a place fire was launched from («أطلقت من لبنان») is no party: the attacker is unknown unless named', () => {
  it.each([
    ['IL', 'وقال الجيش الإسرائيلي إن صواريخ أطلقت من لبنان سقطت في منطقة مفتوحة في الجليل.'],
    ['TR', 'وقالت وزارة الدفاع التركية إن قذائف أطلقت من الأراضي السورية سقطت في بلدة أقجة قلعة.'],
    ['JO', 'وقالت السلطات الأردنية إن قذيفة أطلقت من سوريا سقطت في مدينة الرمثا.'],
    ['PK', 'وقال الجيش الباكستاني إن قذائف هاون أطلقت من الأراضي الأفغانية سقطت في منطقة باجور.'],
    ['IL', 'وأعلن الجيش الإسرائيلي اعتراض صاروخ أطلق من غزة على مدينة عسقلان.'],
    ['RU', 'وقالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 12 مسيرة أطلقت من الأراضي الأوكرانية.'],
  ])('fell on %s: %s', (hit, text) => {
    const strike = events(text).find((e) => e.type === 'ShellingReported' || e.type === 'AirStrikeReported');
    expect(strike).toMatchObject({ accused: null, target: hit });
    for (const m of events(text).flatMap((e) => e.materiel)) expect(m.party).toBeNull();
  });

  it.each([
    ['LB-HEZBOLLAH', 'وقال الجيش الإسرائيلي إن صواريخ أطلقها حزب الله من لبنان سقطت في الجليل.'],
    ['IL', 'وقال الجيش اللبناني إن قذائف إسرائيلية أطلقت من موقع العباد سقطت على بلدة حولا.'],
  ])('a launcher named otherwise is the attacker (%s): %s', (attacker, text) => {
    expect(of(text, 'ShellingReported')?.accused).toBe(attacker);
  });
});
