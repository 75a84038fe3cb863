import { normalizeKey } from '../text/normalize.js';
import { HEDGES_BEFORE, RANGES } from './hedges.js';

/** Number words with their gender and case forms (normalised), multipliers, vague quantities and hedges. */
export const UNITS: Record<string, number> = {};
function unit(v: number, ...forms: string[]) {
  for (const f of forms) UNITS[normalizeKey(f)] = v;
}
unit(1, 'واحد', 'واحده', 'احد', 'احدي');
unit(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثني', 'اثنا', 'اثنتا');
unit(3, 'ثلاث', 'ثلاثه');
unit(4, 'اربع', 'اربعه');
unit(5, 'خمس', 'خمسه');
unit(6, 'ست', 'سته');
unit(7, 'سبع', 'سبعه');
unit(8, 'ثمان', 'ثماني', 'ثمانيه');
unit(9, 'تسع', 'تسعه');
unit(10, 'عشر', 'عشره');
unit(20, 'عشرون', 'عشرين');
unit(30, 'ثلاثون', 'ثلاثين');
unit(40, 'اربعون', 'اربعين');
unit(50, 'خمسون', 'خمسين');
unit(60, 'ستون', 'ستين');
unit(70, 'سبعون', 'سبعين');
unit(80, 'ثمانون', 'ثمانين');
unit(90, 'تسعون', 'تسعين');
unit(100, 'مئه', 'مائه', 'ميه');
unit(200, 'مئتان', 'مئتين', 'مائتان', 'مائتين', 'ميتين', 'مئتا', 'مائتا', 'مئتي', 'مائتي'); // and the construct: «مئتا جندي»
for (const [u, v] of [
  ['ثلاث', 3],
  ['اربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['تسع', 9],
] as const) {
  unit(v * 100, `${u}مئه`, `${u}مائه`);
}
export const THOUSAND: Record<string, number> = {
  الف: 1000,
  الاف: 1000,
  الفا: 1000, // the accusative after 11–99 («عشرين ألفا»); at the head of a number it is the dual (DUAL_HEADS)
  الفان: 2000,
  الفين: 2000,
  الفي: 2000, // construct dual: «ألفي شخص»
  مليون: 1e6,
  مليونان: 2e6,
  مليونين: 2e6,
  مليوني: 2e6, // «مليوني شخص», not «مليون» with a suffix
  مليونا: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
};

/**
 * «ألفا جندي», «مليونا نازح»: a multiplier ending in «ا» is the nominative dual in construct when it opens the
 * number (2,000), and the accusative singular when a count stands before it («عشرون ألفا», «30 ألفا»: 1,000 each).
 */
export const DUAL_HEADS: Record<string, number> = { الفا: 2000, مليونا: 2e6 };

/**
 * Vague quantities («العشرات», «المئات», «آلاف», «بضعة», «عدة», «العديد من»; «عدد من» is read in
 * quantities/quantity.ts) and the range each stands for, as the taxonomy asks (spec/event-taxonomy.md: «العشرات»
 * is vague with a stated range, «عدد من» vague with no upper bound). The figures stay `vague`: never a number
 * scored or merged against a stated one. The ranges are the keys the ACLED export reads
 * (projections/src/exports/casualty-figures.ts): tens 24–99, hundreds 200–999, thousands 2,000–9,999;
 * «بضعة» (a few) is three to nine; «عدة», «العديد», «عدد من» (several) two or more.
 */
export const VAGUE_RANGES: ReadonlyMap<string, { min: number; max: number | null }> = new Map([
  ['عشرات', { min: 24, max: 99 }],
  ['ميات', { min: 200, max: 999 }],
  ['الاف', { min: 2000, max: 9999 }],
  ['بضعه', { min: 3, max: 9 }],
  ['بضع', { min: 3, max: 9 }],
  ['عده', { min: 2, max: null }],
  ['العديد', { min: 2, max: null }],
  ['عديد', { min: 2, max: null }],
  ['عدد', { min: 2, max: null }],
]);
export const VAGUE: ReadonlySet<string> = new Set([...VAGUE_RANGES.keys()].filter((w) => w !== 'عدد'));

/** Words that can start a quantity: any other word is ruled out by one hash probe. */
export const QTY_WORDS: ReadonlySet<string> = new Set<string>([
  ...HEDGES_BEFORE.flatMap((h) => h.words[0]),
  ...RANGES.flatMap((r) => r.opener.slice(0, 1)),
  'عدد',
  ...Object.keys(UNITS),
  ...Object.keys(THOUSAND),
  ...VAGUE,
]);
