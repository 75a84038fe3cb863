import { describe, expect, it } from 'vitest';
import { tokenize, variantsOf } from './tokens.js';

describe('variantsOf (clitics)', () => {
  it('strips conjunctions, prepositions, the article and pronoun suffixes', () => {
    expect(variantsOf('والاشتباكات').variants).toContain('اشتباكات');
    expect(variantsOf('بالقصف').variants).toContain('قصف');
    expect(variantsOf('للطائرات').variants).toContain('طائرات');
    expect(variantsOf('سيطرتها').variants).toContain('سيطره');
    expect(variantsOf('جندياً'.replace('ً', '')).variants).toContain('جندي');
  });

  it('gives the singular stem of a plural past verb, alone or before an object pronoun', () => {
    expect(variantsOf('حرروا').variants).toContain('حرر');
    expect(variantsOf('وحرروا').variants).toContain('حرر');
    expect(variantsOf('قتلوهم').variants).toContain('قتل');
    // too short to be a verb once the ending goes: no two-letter stem
    expect(variantsOf('عضوا').variants).not.toContain('عض');
  });
});

describe('tokenize', () => {
  it('folds digits and keeps offsets in the normalised text', () => {
    const { tokens, norm } = tokenize('قتل ٣٠٠ جندي');
    const n = tokens.find((t) => t.kind === 'number')!;
    expect(n.value).toBe(300);
    expect(norm.text.slice(n.start, n.end)).toBe('300');
  });
});

describe('scare quotes', () => {
  it('quote marks around one word are dropped, the word keeps its offsets', () => {
    const text = 'إنه "حيد" عشرات';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['انه', 'حيد', 'عشرات']);
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('حيد');
  });

  it('quotes around several words, or one quote mark, stay', () => {
    expect(
      tokenize('قال: «قتلنا عشرة» أمس')
        .tokens.filter((t) => t.kind === 'punct')
        .map((t) => t.text),
    ).toEqual([':', '«', '»']);
    expect(tokenize('هيئة "تحرير الشام"').tokens.map((t) => t.text)).toContain('"');
  });
});
