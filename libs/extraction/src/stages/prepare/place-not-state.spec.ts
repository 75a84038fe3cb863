import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { prepare } from './prepare.js';

/**
 * A place the gazetteer knows is no other state's name read off it with an ending cut («كويتا», Quetta, is not
 * «الكويت»). Sentences written for this spec from Pakistan, Karabakh, Libya and Jordan.
 */
const events = (text: string) => extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events;
const sides = (text: string) => events(text).flatMap((e) => [e.accused, e.target, ...e.casualties.map((c) => c.party)]);

describe('a known place is not another state its word becomes once an ending is cut', () => {
  it('«كويتا» is Quetta, in Pakistan: no Kuwaiti side, and the police killed there are Pakistan’s', () => {
    const text = 'قتل 4 من عناصر الشرطة في هجوم على نقطة تفتيش في كويتا يوم الاثنين، بحسب مسؤولين محليين.';
    expect(sides(text)).not.toContain('KW');
    expect(events(text).flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`))).toEqual(['PK|killed|4']);
    expect(events(text).flatMap((e) => e.locations.map((l) => l.country))).toEqual(['PK', 'PK']);
  });

  it('the token keeps its whole-word readings only', () => {
    const [s] = prepare('انفجرت عبوة ناسفة في كويتا.').sentences;
    const quetta = s.tokens.find((t) => t.text === 'كويتا');
    expect(quetta?.variants).not.toContain('كويت');
  });

  it.each([
    // Karabakh: the capital of the separatist side stays that side, written whole
    ['قصفت القوات الأذربيجانية ستيباناكيرت.', 'ستيباناكيرت', 'ستيباناكيرت'],
    // Libya: the country is the place and the state
    ['قتل أربعة جنود في هجوم على نقطة تفتيش في ليبيا.', 'ليبيا', 'ليبي'],
    // Jordan: «عمان» (Amman or Oman) is written whole, so it stays ambiguous
    ['وصل الوفد إلى عمان أمس.', 'عمان', 'عمان'],
  ])('a place that names a state whole is left alone: %s', (text, word, variant) => {
    const [s] = prepare(text).sentences;
    expect(s.tokens.find((t) => t.text === word)?.variants).toContain(variant);
  });
});
