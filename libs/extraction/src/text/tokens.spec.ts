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
});

describe('tokenize', () => {
  it('folds digits and keeps offsets in the normalised text', () => {
    const { tokens, norm } = tokenize('قتل ٣٠٠ جندي');
    const n = tokens.find((t) => t.kind === 'number')!;
    expect(n.value).toBe(300);
    expect(norm.text.slice(n.start, n.end)).toBe('300');
  });
});
