import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Two readings of who attacked whom, with sentences written for this spec across conflicts: a suspicion of who the
 * gunmen are («مسلحون يشتبه بانتمائهم لحركة الشباب») hedges the attacker, not the attack — the attack is told and
 * the group named is its suspected author, not its target; and an organisation that reports an attack (the UN, the
 * ICRC, UNICEF) is no side of it — unless the attack hit a site of its own.
 */
const HEADLINE = 'تطورات ميدانية جديدة\n\n';
const attack = (text: string): ExtractedEvent | undefined =>
  extract({ text: HEADLINE + text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) =>
    ['ArmedClashReported', 'ShellingReported', 'AirStrikeReported'].includes(e.type),
  );

describe('a suspicion of who the attackers are', () => {
  it.each([
    ['SO-SHABAAB', 'قال مسؤول محلي إن مسلحين يشتبه بانتمائهم لحركة الشباب هاجموا قاعدة عسكرية في منطقة شبيلي السفلى.'],
    ['ISIS', 'هاجم مسلحون يشتبه في أنهم من تنظيم داعش نقطة للجيش في محافظة ديالى.'],
    ['PK-TTP', 'قتل 4 جنود في هجوم نفذه مسلحون يعتقد أنهم ينتمون إلى حركة طالبان باكستان في إقليم خيبر بختونخوا.'],
    ['ML-JNIM', 'هاجم مسلحون يرجح أنهم من جماعة نصرة الإسلام والمسلمين موقعا للجيش المالي قرب مدينة موبتي.'],
  ])('the attack is told, %s its suspected author: %s', (group, text) => {
    const e = attack(text);
    expect(e?.accused).toBe(group);
    expect(e?.target).not.toBe(group);
  });

  it('a suspicion of the act itself still suspends it', () => {
    expect(attack('يشتبه أن الجيش قصف مواقع المعارضة في ريف إدلب.')).toBeUndefined();
  });

  it('«إنه» alone names nobody’s men: the side after the attack verb is still the side attacked', () => {
    expect(attack('قال الجيش الباكستاني إنه استهدف مخابئ لحركة طالبان باكستان في شمال وزيرستان.')).toMatchObject({
      accused: 'PK',
      target: 'PK-TTP',
    });
  });
});

describe('an organisation that reports an attack is no side of it', () => {
  it.each([
    ['UN', 'قالت الأمم المتحدة إن 20 مدنيا على الأقل قتلوا في هجمات على مخيم زمزم للنازحين قرب الفاشر.'],
    ['UN', 'وأكدت الأمم المتحدة مقتل 30 مدنيا في هجوم على مدينة الفاشر.'],
    ['UN', 'دعت اليونيسف إلى حماية الأطفال بعد مقتل 5 أطفال في قصف على إدلب اليوم.'],
    ['ICRC', 'قال الصليب الأحمر إن قصفا استهدف مستشفى في مدينة الفاشر.'],
  ])('%s speaks: %s', (org, text) => {
    const e = attack(text);
    expect(e?.claimant.party).toBe(org);
    expect(e?.target).not.toBe(org);
    expect(e?.accused).not.toBe(org);
  });

  it('but a site of its own attacked makes it the side attacked', () => {
    expect(attack('أصيب 3 من جنود حفظ السلام في قصف على موقع لليونيفيل في جنوب لبنان.')?.target).toBe('UN');
  });
});
