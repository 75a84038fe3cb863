import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.js';

describe('prepare: sentences, tokens and their places', () => {
  it('gives each sentence the places named in it, with the tokens they cover', () => {
    const text = 'قصفت القوات الأذربيجانية بلدة جيرموك. وأعلنت يريفان مقتل جنديين.';
    const { sentences } = prepare(text);
    expect(sentences).toHaveLength(2);
    const [first] = sentences;
    expect(first.text).toBe('قصفت القوات الأذربيجانية بلدة جيرموك.');
    expect(first.places.map((p) => p.place.id)).toContain('am-jermuk');
    const at = first.placeAt[first.places.findIndex((p) => p.place.id === 'am-jermuk')];
    expect(first.tokens[at].text).toBe('جيرموك');
    expect(first.placeTokens.has(at)).toBe(true);
  });

  it('drops a dateline: «موسكو-(د ب أ):» is where the wire was filed, not where things happened', () => {
    const { sentences, places } = prepare('موسكو-(د ب أ): اندلعت اشتباكات في ستيباناكيرت.');
    expect(places.map((p) => p.place.id)).toContain('ru-moscow');
    expect(sentences.flatMap((s) => s.places.map((p) => p.place.id))).not.toContain('ru-moscow');
    expect(sentences.flatMap((s) => s.places.map((p) => p.place.id))).toContain('nk-stepanakert');
  });

  it('marks a short first line without a full stop as the headline', () => {
    const { sentences } = prepare('اشتباكات على الحدود الأرمينية الأذربيجانية\nقالت وزارة الدفاع الأرمينية إن اشتباكات وقعت أمس.');
    expect(sentences[0].headline).toBe(true);
    expect(sentences.slice(1).every((s) => !s.headline)).toBe(true);
  });

  it('a single line is no headline', () => {
    expect(prepare('اندلعت اشتباكات في ستيباناكيرت').sentences[0].headline).toBe(false);
  });
});
