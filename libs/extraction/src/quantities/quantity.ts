import { RANGES } from '../lexicon/hedges.js';
import { QTY_WORDS, VAGUE, VAGUE_RANGES } from '../lexicon/numbers.js';
import { formMemo, newFormSlot, type Token } from '../text/tokens.js';
import { leadingHedge, nifAt, trailingHedge } from './hedges.js';
import { bare, isAnd, isModelNumber, thousandValue, wordNumberAt, wordValue } from './number-words.js';
import { MAX_QUANTITY, type Quantity } from './types.js';

export { MAX_QUANTITY, type Quantity };

const QTY_SLOT = newFormSlot();
const isQtyWord = (t: Token): boolean => t.variants.some((x) => QTY_WORDS.has(x));

/**
 * Quantities already read, by token array and position (null: none there). The casualty and the
 * materiel scans both try every token of a sentence, so each position is parsed once, not twice;
 * keyed weakly by the array, so a sentence's entries go with it.
 */
const READ = new WeakMap<readonly Token[], (Quantity | null | undefined)[]>();

/** Parse a quantity starting exactly at token i (hedge words included). The result is shared: do not edit it. */
export function quantityAt(tokens: readonly Token[], i: number): Quantity | undefined {
  let read = READ.get(tokens);
  if (!read) READ.set(tokens, (read = []));
  const known = read[i];
  if (known !== undefined) return known ?? undefined;
  const q = readQuantityAt(tokens, i);
  read[i] = q ?? null;
  return q;
}

function readQuantityAt(tokens: readonly Token[], i: number): Quantity | undefined {
  const first = tokens[i];
  if (!first || first.kind === 'punct' || (first.kind === 'word' && !formMemo(first, QTY_SLOT, isQtyWord))) return undefined;
  const range = rangeAt(tokens, i);
  if (range) return range;
  const hedge = leadingHedge(tokens, i);
  const j = hedge.at;
  const tj = tokens[j];
  if (!tj) return undefined;
  const vague = vagueAt(tokens, j, i);
  if (vague) return vague;
  const number = numberAt(tokens, j);
  // A count is a whole number: «12345.31» is a figure of some other kind.
  if (!number || !Number.isInteger(number.value) || !(number.value >= 0 && number.value <= MAX_QUANTITY)) return undefined;
  const { value } = number;
  const end = nifAt(tokens, number.end) ? number.end + 1 : number.end;
  const after = trailingHedge(tokens, number.end);
  const atLeast = hedge.atLeast || after.atLeast;
  const approximate = hedge.approximate || after.approximate;
  if (hedge.atMost) return { start: i, end, min: null, max: value, approximate: true, vague: false };
  return { start: i, end, min: value, max: atLeast ? null : value, approximate: approximate || atLeast, vague: false };
}

/**
 * «العشرات», «المئات», «بضعة», «عدد من», «العديد من»: a vague quantity is no number (min and max
 * null), so «عدد من العسكريين» never stands as a figure of 2 against a stated one.
 */
function vagueAt(tokens: readonly Token[], j: number, start: number): Quantity | undefined {
  const tj = tokens[j];
  if (tj.kind !== 'word') return undefined;
  for (const v of tj.variants) {
    const vague = VAGUE.has(v) && !(v === 'الاف' && tokens[j - 1]?.kind === 'number');
    // «العديد» alone is an adjective; «العديد من» is a quantity
    if (vague && (v === 'العديد' || v === 'عديد') && !bare(tokens[j + 1]).includes('من')) continue;
    // «عدد القتلى» (the number of the dead) is a toll's subject, not «عدد من القتلى» (a number of them)
    if (v === 'عدد' && tollSubject(tokens, j + 1)) continue;
    if (vague || v === 'عدد') return vagueRange(tokens, start, j, VAGUE_RANGES.get(v)!);
  }
  return undefined;
}

/** «العشرات» is 24–99; «عشرات الآلاف» (tens of thousands) the same times the multiplier after it. */
function vagueRange(tokens: readonly Token[], start: number, j: number, range: { min: number; max: number | null }): Quantity {
  const multiplier = range.max !== null ? thousandValue(tokens[j + 1]) : undefined;
  // «آلاف الملايين» would pass the largest count a figure may hold: read the vague word alone
  const times = multiplier && range.max! * multiplier <= MAX_QUANTITY ? multiplier : undefined;
  const scale = times ?? 1;
  const max = range.max === null ? null : range.max * scale;
  return { start, end: times ? j + 2 : j + 1, min: range.min * scale, max, approximate: true, vague: true };
}

const CONSTRUCT_WITH_DEFINITE = /^ال/;

/**
 * After «عدد»: a definite noun («عدد القتلى»), or a construct ending in one («عدد قتلى الغارة», «عدد ضحايا
 * الهجوم»): the number of known people, a toll's subject. «عدد من», «عدد كبير من» stay vague.
 */
function tollSubject(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || next.kind !== 'word') return false;
  if (CONSTRUCT_WITH_DEFINITE.test(next.text)) return true;
  const genitive = tokens[k + 1];
  return next.text !== 'من' && genitive?.kind === 'word' && CONSTRUCT_WITH_DEFINITE.test(genitive.text);
}

/** «بين 20 و30», «ما بين عشرين وثلاثين», «من 20 إلى 30»: min and max, the second number above the first. */
function rangeAt(tokens: readonly Token[], i: number): Quantity | undefined {
  // the ranges with no opener (and those with the same one) read the same low ends: read them once
  let lowsAt = -1;
  let lows: ({ value: number; end: number } | undefined)[] = [];
  // one probe per variant tells whether any opener may start here (most tokens open none: only «10 إلى 15» is left)
  const opens = bare(tokens[i]).some((v) => RANGE_FIRST_WORDS.has(v));
  for (const { opener, joiner } of RANGES) {
    if (opener.length && !opens) continue;
    if (!opener.every((w, k) => bare(tokens[i + k]).includes(w))) continue;
    const at = i + opener.length;
    if (at !== lowsAt) {
      // number words join with «و» as the range does: «بين عشرين وثلاثين» is read as 20, then 30, not 50
      const one = wordValue(tokens[at]);
      lows = [numberAt(tokens, at), one === undefined ? undefined : { value: one, end: at + 1 }];
      lowsAt = at;
    }
    for (const low of lows) {
      if (!low) continue;
      // the joiner apart («و 30», «إلى 30»), or «و» glued to a number word («وثلاثين»); «و30» tokenizes as «و», «30»
      const apart = tokens[low.end]?.text === joiner || bare(tokens[low.end]).includes(joiner);
      const high = apart
        ? joiner === '-'
          ? digitsAt(tokens, low.end + 1)
          : numberAt(tokens, low.end + 1)
        : joiner === 'و' && isAnd(tokens[low.end])
          ? numberAt(tokens, low.end)
          : undefined;
      if (high && high.value > low.value && high.value <= MAX_QUANTITY)
        return { start: i, end: high.end, min: low.value, max: high.value, approximate: false, vague: false };
    }
  }
  return undefined;
}

/** The words a range's opener starts with («ما», «بين», «من»). */
const RANGE_FIRST_WORDS: ReadonlySet<string> = new Set(RANGES.flatMap(({ opener }) => opener.slice(0, 1)));

/** «10-15»: the digits after a hyphen (a model number's shape, «تي-72», read as a count only in a range). */
function digitsAt(tokens: readonly Token[], j: number): { value: number; end: number } | undefined {
  const t = tokens[j];
  return t?.kind === 'number' && t.value !== undefined && Number.isInteger(t.value) ? { value: t.value, end: j + 1 } : undefined;
}

/** Digits (with a multiplier: «1.1 ألف») or number words at `j`. */
function numberAt(tokens: readonly Token[], j: number): { value: number; end: number } | undefined {
  const tj = tokens[j];
  // a range's opener or a hedge at the end of the text («أكثر من»): no number follows
  if (!tj) return undefined;
  // «41.431 شهيدا», «1.250.000 نازح»: dots grouping thousands (groups of exactly three digits), not a fraction
  if (tj.kind === 'number' && THOUSANDS_GROUPED.test(tj.text) && !thousandValue(tokens[j + 1]) && !isModelNumber(tokens, j)) {
    return { value: Number(tj.text.replace(/[.٫]/g, '')), end: j + 1 };
  }
  if (!(tj.kind === 'number' && tj.value !== undefined && !isModelNumber(tokens, j))) return wordNumberAt(tokens, j);
  const mult = thousandValue(tokens[j + 1]);
  if (!mult) return { value: tj.value, end: j + 1 };
  // «1.1 ألف» is 1,100, not 1,100.0000000000002
  const value = Math.round(tj.value * (mult >= 1e6 ? mult : 1000));
  const rest = hundredsAfter(tokens, j + 2);
  return rest === undefined ? { value, end: j + 2 } : { value: value + rest, end: j + 4 };
}

/**
 * «35 ألفا و173 شهيدا»: the hundreds after the thousands, «و» apart then digits below a thousand — not the high end
 * of a range of thousands («بين 5 آلاف و7 آلاف»).
 */
function hundredsAfter(tokens: readonly Token[], k: number): number | undefined {
  const rest = tokens[k]?.text === 'و' ? tokens[k + 1] : undefined;
  if (rest?.kind !== 'number' || rest.value === undefined || !Number.isInteger(rest.value) || rest.value >= 1000) return undefined;
  return thousandValue(tokens[k + 2]) || isModelNumber(tokens, k + 1) ? undefined : rest.value;
}

const THOUSANDS_GROUPED = /^\d{1,3}(?:[.٫]\d{3})+$/;

/** Standalone helper for tests and other modules: the value of a word-number phrase. */
export function parseNumberWords(tokens: readonly Token[]): number | null {
  const q = quantityAt(tokens, 0);
  return q && q.end === tokens.length && !q.vague ? q.min : null;
}
