import { Lexicon } from '../lexicon.js';
import type { PersonNoun } from '../nouns.js';

/**
 * «اغتيال القيادي في حماس صالح العاروري», «اغتيل المحافظ»: the one named by a definite title right after a word of
 * assassination is one killed (a definite title elsewhere names a person and counts nobody). As written.
 */
export const ASSASSINATION_WORDS = new Lexicon<true>().addAll(['اغتيال', 'اغتيل', 'اغتالت', 'اغتال', 'باغتيال'], true);

export const ASSASSINATED_TITLES = new Lexicon<PersonNoun>()
  .addAll(['القيادي', 'القائد', 'الضابط', 'العقيد', 'العميد', 'اللواء الركن', 'المقدم', 'الرائد'], {
    affiliation: 'military',
    count: 1,
  })
  .addAll(['المسؤول', 'الناشط', 'الصحفي', 'الشيخ', 'المحافظ', 'النائب', 'رئيس بلدية', 'القاضي', 'الزعيم'], {
    affiliation: 'unknown',
    count: 1,
  });
