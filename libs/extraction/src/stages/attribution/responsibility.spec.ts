import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * A group that claims responsibility for an attack («أعلنت حركة الشباب مسؤوليتها عن الهجوم», «ادعى التنظيم
 * مسؤوليته عن …», «تبنت الجماعة الهجوم») made it; the side the attack hit is the other. A denial of responsibility
 * names nobody. Sentences written for this spec across conflicts.
 */
const HEADLINE = 'تطورات ميدانية جديدة\n\n';
const clash = (text: string): ExtractedEvent | undefined =>
  extract({ text: HEADLINE + text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type === 'ArmedClashReported');

describe('a claim of responsibility names the attacker', () => {
  it.each([
    ['SO-SHABAAB', 'أعلنت حركة الشباب مسؤوليتها عن الهجوم على قافلة عسكرية قرب مدينة بلدوين.'],
    ['ML-JNIM', 'أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم الذي أودى بحياة 20 جنديا في بوركينا فاسو.'],
    ['SO-SHABAAB', 'ادعت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية في شبيلي السفلى.'],
    ['ISIS', 'وأعلن تنظيم داعش مسؤوليته عن الهجوم على حاجز للجيش العراقي في كركوك.'],
    ['PK-TTP', 'أعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم على مركز للشرطة في إقليم خيبر بختونخوا.'],
  ])('%s: %s', (group, text) => {
    const e = clash(text);
    expect(e?.accused).toBe(group);
    expect(e?.target).not.toBe(group);
  });

  it('a denial of responsibility makes the denier no attacker', () => {
    expect(clash('ونفت حركة الشباب مسؤوليتها عن الهجوم على السوق في مقديشو.')?.accused).not.toBe('SO-SHABAAB');
  });
});
