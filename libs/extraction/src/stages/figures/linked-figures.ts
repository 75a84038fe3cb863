/** A casualty figure told with the one before it: part of it, the next item of its list, or others hit with it. */
import {
  BREAKDOWN_WORDS,
  COMPANION_WORDS,
  DEMOGRAPHIC_NOUNS,
  LINK_WORDS,
  OTHERS,
  OTHERS_WORDS,
  ORDINAL_OTHERS,
} from '../../lexicon/figures/casualty-context.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { PersonNoun } from '../../lexicon/nouns.js';
import type { Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import type { CasualtyScan, NounFound } from './casualty-scan.js';

/**
 * «مقتل 9 مدنيين بينهم 4 أطفال»: children among civilians are part of the nine, not a figure of
 * their own (nor wounded because «جرحى» follows), and so are children or women among people of any kind («7 فلسطينيين
 * بينهم 3 أطفال»); a breakdown into other kinds («50 قتيلا بينهم 12 جنديا») stays.
 */
export function isPartOfWhole({ tokens, prev }: CasualtyScan, { noun, qty }: NounFound): boolean {
  const before = tokens[qty.start - 1]?.text ?? '';
  return (
    !!prev &&
    BREAKDOWN_WORDS.has(before) &&
    prev.pos >= qty.start - 6 &&
    (isDemographic(tokens, noun) || (prev.affiliation !== 'unknown' && noun.data.affiliation === prev.affiliation))
  );
}

/** Children, women, the old: some of whoever was counted before, never a side of their own. */
const isDemographic = (tokens: readonly Token[], noun: { start: number; end: number }): boolean =>
  noun.end > noun.start && tokens[noun.start]!.variants.some((v) => DEMOGRAPHIC_NOUNS.has(v));

/**
 * Is the figure one of a list with the one before («بينهم», «و», «،» within eight tokens)? A new item after
 * «، و» may come further on, past the place of the item before («فتاتان استشهدتا في غارة على …، وثلاثة أشخاص»).
 */
export function isLinked({ tokens, prev }: CasualtyScan, qty: Quantity): boolean {
  const before = tokens[qty.start - 1]?.text ?? '';
  if (prev && BREAKDOWN_WORDS.has(before)) return prev.pos >= qty.start - 14;
  const and = tokens[qty.start]?.text.startsWith('و') ?? false;
  const reach = before === '،' && and ? LIST_ITEM_REACH : 8;
  return !!prev && (LINK_WORDS.has(before) || and || before === '،' || before === 'و') && prev.pos >= qty.start - reach;
}

const LIST_ITEM_REACH = 16;

/** How far after the figure before a count with no noun still counts the same people. */
export const NOUNLESS_REACH = 12;

/** «آخرين», «ثلاثة آخرون»: the noun says the people are more than those counted before. */
export function countsOthers(tokens: readonly Token[], noun: LexMatch<PersonNoun>): boolean {
  return (
    noun.end > noun.start &&
    tokens
      .slice(noun.start, noun.end)
      .some((t) => OTHERS.test(t.variants[t.variants.length - 1]) || OTHERS_WORDS.some((w) => t.variants.includes(w)))
  );
}

/** «وأصيب ثالث», «واعتقال رابع»: an ordinal counts one more of the people before, of their side in any category. */
export function countsOrdinal(tokens: readonly Token[], noun: LexMatch<PersonNoun>): boolean {
  return noun.end === noun.start + 1 && ORDINAL_OTHERS.some((w) => tokens[noun.start].variants.includes(w));
}

/**
 * «قتل قائد الكتيبة مع ستة آخرين», «اغتيل القيادي برفقة أربعة آخرين»: others hit together with the one counted before,
 * in its category. They came with him, not from his ranks: they are of his country («PS-HAMAS» → PS).
 */
export function companions({ tokens, prev }: CasualtyScan, { noun, qty }: NounFound): boolean {
  const before = tokens[qty.start - 1];
  return (
    !!prev &&
    !!before &&
    before.variants.some((v) => COMPANION_WORDS.includes(v)) &&
    prev.pos >= qty.start - NOUNLESS_REACH &&
    countsOthers(tokens, noun)
  );
}
