import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «أعلنت مصادر أمنية مقتل قيادي في هيئة تحرير الشام»: a word of harm ends a speaker's phrase — the one harmed after it
 * is no part of who speaks (the sources were read as "sources in HTS", and HTS claimed its own leader's death).
 * Sentences written for this spec across conflicts.
 */
const claimantOf = (text: string) => extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events[0]?.claimant;

describe('a word of harm ends the speaker’s phrase', () => {
  it.each([
    ['syria', 'أعلنت مصادر أمنية مقتل قيادي في هيئة تحرير الشام بانفجار عبوة ناسفة في إدلب.', 'SY-HTS'],
    ['somalia', 'أكدت مصادر محلية مقتل قائد في حركة الشباب بغارة قرب جلب.', 'SO-SHABAAB'],
    ['iraq', 'أعلن مصدر عسكري اعتقال قيادي في تنظيم داعش في كركوك.', 'ISIS'],
  ])('%s: %s', (_, text, harmed) => {
    expect(claimantOf(text)?.party).not.toBe(harmed);
  });

  it('a group’s spokesman still speaks for it', () => {
    expect(claimantOf('وقال المتحدث باسم حركة الشباب إن مقاتليها هاجموا قاعدة للجيش.')?.party).toBe('SO-SHABAAB');
  });
});
