/** A hedge: a word pattern (alternatives per position) and what it says about the number after it. */
export interface HedgePattern {
  words: readonly (readonly string[])[];
  approximate?: boolean;
  atLeast?: boolean;
  atMost?: boolean;
}

/** Hedges before a number, tried in this order. */
export const HEDGES_BEFORE: readonly HedgePattern[] = [
  { words: [['نحو', 'حوالي', 'قرابه', 'زهاء', 'قرابة']], approximate: true }, // «نحو 50»
  { words: [['اكثر', 'ازيد'], ['من']], atLeast: true, approximate: true }, // «أكثر من 50»
  { words: [['اقل'], ['من']], atMost: true, approximate: true }, // «أقل من 50»
  { words: [['ما'], ['يقارب', 'يناهز']], approximate: true }, // «ما يقارب 50»
  { words: [['ما'], ['لا'], ['يقل'], ['عن']], atLeast: true }, // «ما لا يقل عن 50»
  { words: [['ما'], ['يزيد'], ['عن', 'علي']], atLeast: true, approximate: true }, // «ما يزيد عن 50»
  { words: [['ما'], ['يربو'], ['علي', 'عن']], atLeast: true, approximate: true }, // «ما يربو على 50»
  { words: [['ما'], ['يتجاوز', 'يفوق']], atLeast: true, approximate: true }, // «ما يفوق 50»
  { words: [['لا'], ['يقل'], ['عن']], atLeast: true }, // «لا يقل عن 50»
  { words: [['ما'], ['يقرب'], ['من']], approximate: true }, // «ما يقرب من 50»
  { words: [['ما'], ['ينوف', 'ينيف'], ['علي', 'عن']], atLeast: true, approximate: true }, // «ما ينوف على 50»
  {
    words: [
      ['يزيد', 'يربو', 'ينوف', 'يفوق'],
      ['علي', 'عن'],
    ],
    atLeast: true,
    approximate: true,
  }, // «عدد يزيد على 50»
];

/**
 * A range of two numbers: «بين 20 و30», «ما بين 20 و30», «من 20 إلى 30» (normalised: إلى → الي). Each row:
 * the words before the first number, and the word that joins the second («و» glued to it, or apart).
 */
export const RANGES: ReadonlyArray<{ opener: readonly string[]; joiner: string }> = [
  { opener: ['ما', 'بين'], joiner: 'و' },
  { opener: ['بين'], joiner: 'و' },
  { opener: ['من'], joiner: 'الي' },
  // «ما بين 10 إلى 15», «بين 10 - 15», and with no opener «10 إلى 15 شخصا», «10-15 شخصا»
  { opener: ['ما', 'بين'], joiner: 'الي' },
  { opener: ['بين'], joiner: 'الي' },
  { opener: ['بين'], joiner: '-' },
  { opener: [], joiner: 'الي' },
  { opener: [], joiner: '-' },
];

/** «50 على الأقل». */
export const AT_LEAST_AFTER: readonly (readonly string[])[] = [['علي'], ['اقل']];

/** «عشرون ونيف», «50 ونيف»: and some more (at least the number). */
export const NIF_AFTER: readonly string[] = ['ونيف', 'نيف'];

/** «50 تقريبا». */
export const ABOUT_AFTER: readonly string[] = ['تقريبا', 'تقريب'];
