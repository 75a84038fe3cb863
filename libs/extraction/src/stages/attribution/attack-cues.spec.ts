import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Attack cues and who is on which side of them, in sentences written for this spec across conflicts: the speaker's
 * own aircraft or arms before their verb, arms named before their verb, groups that speak with one voice.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const hostile = (text: string) =>
  events(text)
    .filter((e) => HOSTILE.has(e.type))
    .map((e) => ({ type: e.type, claimant: e.claimant.party, accused: e.accused, target: e.target }));
const HOSTILE: ReadonlySet<string> = new Set(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported']);

describe('the speaker’s own aircraft or arms («طائراته», «مسيراتها», «مدفعيتها») before their attack verb', () => {
  it.each([
    ['PK', 'PK-TTP', 'وأعلن الجيش الباكستاني أن طائراته استهدفت مخابئ لحركة طالبان باكستان في ولاية خوست.'],
    ['LY-LNA', undefined, 'وذكر الجيش الوطني الليبي أن طائراته المسيرة قصفت تمركزات للمسلحين في سبها.'],
    ['SD-RSF', 'SD', 'وقالت قوات الدعم السريع إن مدفعيتها قصفت مواقع الجيش في مدينة الأبيض.'],
    ['UA', undefined, 'وقال الجيش الأوكراني إن مسيراته استهدفت مصفاة نفط في منطقة بريانسك.'],
    ['IL', 'LB-HEZBOLLAH', 'وقال الجيش الإسرائيلي إن مقاتلاته قصفت مواقع لحزب الله في بلدة عيتا الشعب.'],
  ])('%s attacked (%s hit): %s', (attacker, target, text) => {
    const [e] = hostile(text);
    expect(e).toMatchObject({ claimant: attacker, accused: attacker });
    if (target) expect(e!.target).toBe(target);
  });
});

describe('an arm named with its nisba before its verb («إن المدفعية الروسية قصفت») is the attacker', () => {
  it.each([
    ['RU', 'وقالت مصادر محلية إن المدفعية الروسية قصفت أحياء في مدينة خيرسون.'],
    ['TR', 'وقالت وزارة الدفاع السورية إن المدفعية التركية قصفت مواقع للجيش في ريف حلب.'],
    ['IL', 'وقال الجيش اللبناني إن الدبابات الإسرائيلية قصفت مواقع في بلدة الخيام.'],
  ])('%s: %s', (attacker, text) => {
    expect(hostile(text)[0]?.accused).toBe(attacker);
  });
});

describe('a source’s phrase ends at «إن»: the aircraft’s nisba after it names the attacker, not the source', () => {
  it.each([
    ['TR', 'وقال مصدر عسكري إن الطائرات التركية قصفت قرية في ريف الحسكة.'],
    ['US', 'وقال مصدر أمني إن المسيرات الأمريكية استهدفت سيارة في محافظة مأرب.'],
    ['RU', 'وقال مسؤول عسكري إن الطائرات الروسية قصفت بلدة في ريف إدلب.'],
  ])('%s: %s', (attacker, text) => {
    const [e] = hostile(text);
    expect(e?.accused).toBe(attacker);
    expect(e?.claimant).not.toBe(attacker);
  });
});

describe('an armoured vehicle hit names the side attacked by its nisba («استهدفوا دبابة إسرائيلية»)', () => {
  it.each([
    ['PS-HAMAS', 'IL', 'وقالت كتائب القسام إن مقاتليها استهدفوا دبابة إسرائيلية في جباليا.'],
    ['PS-PIJ', 'IL', 'وأعلنت سرايا القدس استهداف آليات إسرائيلية في خان يونس.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    expect(hostile(text)[0]).toMatchObject({ accused: attacker, target });
  });
});

describe('armed groups that speak together are one side, never each other’s attacker or target', () => {
  it.each([
    ['وقالت كتائب القسام وسرايا القدس إنهما استهدفتا دبابة إسرائيلية في رفح.', ['PS-HAMAS', 'PS-PIJ']],
    ['وأعلن الحوثيون وحزب الله في بيان مشترك استهداف سفينة في البحر الأحمر.', ['YE-HOUTHI', 'LB-HEZBOLLAH']],
    ['وقالت حماس والجهاد الإسلامي في بيان مشترك إن مقاتليهما قصفوا مواقع إسرائيلية قرب غزة.', ['PS-HAMAS', 'PS-PIJ']],
  ])('%s', (text, allies) => {
    const found = hostile(text);
    expect(found.map((e) => e.claimant).sort()).toEqual([...allies].sort());
    for (const e of found) {
      const other = allies.find((p) => p !== e.claimant);
      expect(e.accused).not.toBe(other);
      expect(e.target).not.toBe(other);
    }
  });

  it('two states announcing together stay two sides («أعلنت أرمينيا وأذربيجان»)', () => {
    const text = 'وقالت أرمينيا وأذربيجان إن قواتهما تبادلتا القصف على الحدود.';
    const sides = events(text).flatMap((e) => [e.accused, e.target]);
    expect(sides).toContain('AM');
    expect(sides).toContain('AZ');
  });
});

describe('aircraft of forces that are no one party («طائرات التحالف») after a speaker’s «إن»: no attacker is guessed', () => {
  it.each([
    ['ISIS', 'وقالت وزارة الدفاع السورية إن طائرات التحالف الدولي قصفت مواقع لداعش في البادية.'],
    ['SO-SHABAAB', 'وقال الجيش الصومالي إن طائرات التحالف استهدفت مواقع لحركة الشباب في جلب.'],
  ])('on %s: %s', (target, text) => {
    expect(hostile(text)[0]).toMatchObject({ accused: null, target });
  });

  it('aircraft of a named side after «إن» are that side’s («إن طائرات الجيش السوري قصفت»)', () => {
    expect(hostile('وقال مصدر محلي إن طائرات الجيش السوري قصفت مواقع للفصائل في ريف إدلب.')[0]?.accused).toBe('SY');
  });
});

describe('opening fire on positions («أطلقت النار على», «فتحت النار على») is fighting, fire into the air is not', () => {
  it.each([
    ['AM', 'AZ', 'وقال الجيش الأذربيجاني إن القوات الأرمينية أطلقت النار على مواقعه في ناخيتشيفان.'],
    ['AZ', 'AM', 'وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية فتحت النار على مواقع أرمينية قرب قرية سوتك.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    expect(hostile(text)).toEqual([{ type: 'ArmedClashReported', claimant: target, accused: attacker, target }]);
  });

  it.each([
    'وقالت الشرطة إن مجهولين أطلقوا النار في الهواء خلال حفل زفاف في بغداد.',
    'وقالت مصادر محلية إن مسلحين أطلقوا النار ابتهاجا في مدينة سبها.',
  ])('aimed at nobody: %s', (text) => {
    expect(hostile(text)).toEqual([]);
  });
});

describe('the subject in the verb or on «أنه» attacked; a unit «تابعة لـ» after it is its object', () => {
  it.each([
    ['SD', 'SD-RSF', 'وأعلن الجيش السوداني أنه استهدف عناصر تابعة لقوات الدعم السريع في الخرطوم.'],
    ['US', 'YE-HOUTHI', 'وقالت القوات الأمريكية إنها استهدفت مسلحين تابعين للحوثيين بطائرة مسيرة في مأرب.'],
    ['TR', 'PKK', 'وقال الجيش التركي إنه قصف مسلحين تابعين لحزب العمال الكردستاني في شمال العراق.'],
    ['RU', 'UA', 'وقالت وزارة الدفاع الروسية إنها استهدفت مقاتلين موالين لكييف في خاركيف.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    expect(hostile(text)[0]).toMatchObject({ claimant: attacker, accused: attacker, target });
  });

  it.each([
    ['PK-TTP', 'وقالت حركة طالبان باكستان في بيان: استهدفناه بصاروخ في منطقة باجور.'],
    ['SO-SHABAAB', 'وقال المتحدث باسم حركة الشباب: قصفناها بقذائف الهاون في مقديشو.'],
    ['YE-HOUTHI', 'وقال الحوثيون في بيان: استهدفناها بصاروخ مجنح في البحر الأحمر.'],
  ])('«استهدفناه بصاروخ»: the speaker (%s) fired the weapon: %s', (speaker, text) => {
    expect(hostile(text)[0]).toMatchObject({ claimant: speaker, accused: speaker });
  });
});

describe('a cell or unit of a group («خلية لحزب الله») hit by an unnamed drone is the side attacked', () => {
  it.each([
    ['IL', 'LB-HEZBOLLAH', 'وأعلن الجيش الإسرائيلي أن طائرة مسيرة استهدفت خلية لحزب الله في جنوب لبنان.'],
    ['IQ', 'ISIS', 'وقال الجيش العراقي إن طائرة مسيرة استهدفت خلية لداعش في صحراء الأنبار.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    expect(hostile(text)[0]).toMatchObject({ accused: attacker, target });
  });
});
