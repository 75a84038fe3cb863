import { normalizeKey } from '../text/normalize.js';
import { formMemo, newFormSlot, type Token } from '../text/tokens.js';

/**
 * Quantities in Arabic news: digits (any script, already folded to ASCII),
 * number words with their gender and case forms, compounds joined by و
 * («خمسة وخمسين», «مئة وعشرين ألف»), multipliers (آلاف، ألف، مليون),
 * hedges («نحو», «أكثر من», «ما لا يقل عن», «على الأقل») and vague quantities
 * («العشرات», «المئات», «عدد من», «بضعة»).
 */
export interface Quantity {
  /** Token range [start, end). */
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
}

/**
 * The largest count a quantity may have: PostgreSQL's `integer`, the type the
 * projections store figures in, and the event schemas' bound. Nothing counted
 * in a conflict report comes near it; a longer digit run is a serial, a phone
 * number or noise, and is not read as a quantity at all.
 */
export const MAX_QUANTITY = 2_147_483_647;

const UNITS: Record<string, number> = {};
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
unit(200, 'مئتان', 'مئتين', 'مائتان', 'مائتين', 'ميتين');
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
const THOUSAND: Record<string, number> = {
  الف: 1000,
  الاف: 1000,
  الفا: 1000,
  الفان: 2000,
  الفين: 2000,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
};

/** Vague quantities: [min, max]. */
const VAGUE: Record<string, [number, number | null]> = {
  عشرات: [24, 99],
  ميات: [200, 999],
  الاف: [2000, 9999],
  بضعه: [3, 9],
  بضع: [3, 9],
  عده: [2, null],
  العديد: [2, null],
  عديد: [2, null],
};

function bare(t: Token | undefined): string[] {
  return t ? t.variants : [];
}

function wordValue(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  // «الأحد» (Sunday), «الاثنين» (Monday): a definite article means a day name, not a count
  if (/^[وف]?ال/.test(t.text) && !/^[وف]?الف/.test(t.text)) return undefined;
  for (const v of t.variants) {
    // a leading و is the compound joiner, allowed on every word but the first
    const u = UNITS[v];
    if (u !== undefined) return u;
  }
  return undefined;
}

function thousandValue(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  for (const v of t.variants) if (THOUSAND[v] !== undefined) return THOUSAND[v];
  return undefined;
}

function isAnd(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.startsWith('و');
}

/** A number part of a model name («تي-72», «سو24», «طراز دي-20») is not a count. */
function isModelNumber(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  // «و6 مدافع», «ال26 من أغسطس»: a clitic glued to the digits is not a model name
  if (prev.end === tokens[i].start && prev.kind === 'word') return !/^(?:و|ف|ب|ل|ال|لل|بال|وال|و?ب)$/.test(prev.text);
  if (prev.variants.includes('الساعه') || prev.variants.includes('ساعه')) return true;
  if (prev.text === '-' || prev.text === '/') return true;
  const p2 = tokens[i - 2];
  if (prev.variants.includes('طراز') || prev.variants.includes('نوع') || prev.variants.includes('رقم')) return true;
  return !!p2 && (p2.variants.includes('طراز') || p2.variants.includes('رقم')) && prev.kind !== 'number';
}

const QTY_WORDS = new Set<string>([
  'نحو',
  'حوالي',
  'قرابه',
  'زهاء',
  'اكثر',
  'ازيد',
  'اقل',
  'ما',
  'عدد',
  ...Object.keys(UNITS),
  ...Object.keys(THOUSAND),
  ...Object.keys(VAGUE),
]);

const QTY_SLOT = newFormSlot();
const isQtyWord = (t: Token): boolean => t.variants.some((x) => QTY_WORDS.has(x));

/** Parse a quantity starting exactly at token i (hedge words included). */
export function quantityAt(tokens: readonly Token[], i: number): Quantity | undefined {
  const first = tokens[i];
  if (!first || first.kind === 'punct' || (first.kind === 'word' && !formMemo(first, QTY_SLOT, isQtyWord))) return undefined;
  let j = i;
  let approximate = false;
  let atLeast = false;
  let atMost = false;
  const t0 = tokens[j];
  if (!t0) return undefined;
  const v0 = bare(t0);
  // hedges
  if (v0.includes('نحو') || v0.includes('حوالي') || v0.includes('قرابه') || v0.includes('زهاء') || v0.includes('قرابة')) {
    approximate = true;
    j++;
  } else if ((v0.includes('اكثر') || v0.includes('ازيد')) && bare(tokens[j + 1]).includes('من')) {
    atLeast = true;
    approximate = true;
    j += 2;
  } else if (v0.includes('اقل') && bare(tokens[j + 1]).includes('من')) {
    atMost = true;
    approximate = true;
    j += 2;
  } else if (v0.includes('ما') && (bare(tokens[j + 1]).includes('يقارب') || bare(tokens[j + 1]).includes('يناهز'))) {
    approximate = true;
    j += 2;
  } else if (
    v0.includes('ما') &&
    bare(tokens[j + 1]).includes('لا') &&
    bare(tokens[j + 2]).includes('يقل') &&
    bare(tokens[j + 3]).includes('عن')
  ) {
    atLeast = true;
    j += 4;
  } else if (
    v0.includes('ما') &&
    bare(tokens[j + 1]).includes('يزيد') &&
    (bare(tokens[j + 2]).includes('عن') || bare(tokens[j + 2]).includes('علي'))
  ) {
    atLeast = true;
    approximate = true;
    j += 3;
  }
  const start = i;
  const tj = tokens[j];
  if (!tj) return undefined;

  // vague quantities
  if (tj.kind === 'word') {
    for (const v of tj.variants) {
      const vg = VAGUE[v];
      if (vg && !(v === 'الاف' && tokens[j - 1]?.kind === 'number')) {
        // «عدد من», «عددا من», «العديد من»: the word itself; «عشرات»/«العشرات»
        if ((v === 'العديد' || v === 'عديد') && !bare(tokens[j + 1]).includes('من')) continue;
        return { start, end: j + 1, min: vg[0], max: vg[1], approximate: true, vague: true };
      }
      if (v === 'عدد') {
        return { start, end: j + 1, min: 2, max: null, approximate: true, vague: true };
      }
    }
  }

  let value: number | undefined;
  let end = j;
  if (tj.kind === 'number' && tj.value !== undefined && !isModelNumber(tokens, j)) {
    value = tj.value;
    end = j + 1;
    const mult = thousandValue(tokens[end]);
    if (mult) {
      // «1.1 ألف» is 1,100, not 1,100.0000000000002
      value = Math.round(value * (mult >= 1e6 ? mult : 1000));
      end++;
    }
  } else {
    // number words: units, tens, hundreds joined by و, then a multiplier
    let total = 0;
    let current = 0;
    let k = j;
    let any = false;
    while (k < tokens.length) {
      const t = tokens[k];
      const w = wordValue(t);
      const th = thousandValue(t);
      if (w !== undefined && (k === j || isAnd(t) || (w >= 10 && w <= 10 && any) || (w === 100 && current > 0 && current < 10))) {
        if (w === 100 && current > 0 && current < 10 && !isAnd(t)) current = current * 100;
        else if (w === 10 && current > 0 && current < 10 && !isAnd(t))
          current += 10; // «ثلاثة عشر»
        else current += w;
        any = true;
        k++;
        continue;
      }
      if (w === 10 && any && !isAnd(t) && current < 10) {
        current += 10;
        k++;
        continue;
      }
      if (th !== undefined && any) {
        total += (current || 1) * (th >= 1e6 ? th : 1000);
        current = 0;
        k++;
        continue;
      }
      if (th !== undefined && !any && k === j) {
        // «ألف» alone = 1000, «ألفين» = 2000
        total += th;
        any = true;
        k++;
        break;
      }
      break;
    }
    if (any) {
      value = total + current;
      end = k;
    }
  }
  // A count is a whole number: «12345.31» is a figure of some other kind.
  if (value === undefined || !Number.isInteger(value) || !(value >= 0 && value <= MAX_QUANTITY)) return undefined;
  // trailing hedges: «على الأقل», «تقريبا»
  const a = tokens[end];
  const b = tokens[end + 1];
  if (a && bare(a).includes('علي') && b && bare(b).includes('اقل')) {
    atLeast = true;
  }
  if (a && (bare(a).includes('تقريبا') || bare(a).includes('تقريب'))) approximate = true;
  if (atMost) return { start, end, min: null, max: value, approximate: true, vague: false };
  return { start, end, min: value, max: atLeast ? null : value, approximate: approximate || atLeast, vague: false };
}

/** Standalone helper for tests and other modules: the value of a word-number phrase. */
export function parseNumberWords(tokens: readonly Token[]): number | null {
  const q = quantityAt(tokens, 0);
  return q && q.end === tokens.length && !q.vague ? q.min : null;
}
