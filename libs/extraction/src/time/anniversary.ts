import { ANNIVERSARY, ANNIVERSARY_SLACK, FEMININE_ORDINALS, SAME_DAY, YEARLY } from '../lexicon/time/anniversary-words.js';
import { AGO, AGO_COUNTED_YEARS, AGO_COUNTS, AGO_YEARS, DETACHED_ARTICLE } from '../lexicon/time/relative-words.js';
import { CURRENT, PAST } from '../lexicon/time/modifiers.js';
import type { Token } from '../text/tokens.js';
import { dayNumber, lastDay, monthOf, yearOf } from './calendar.js';
import type { DateMatcher } from './matcher.js';
import { has, yearAt } from './time-tokens.js';

const is = (t: Token | undefined, words: readonly string[]) => !!t && words.some((w) => t.variants.includes(w));

/** The reference's month and day in year `y` (29 February falls back to the 28th). */
function sameDayIn(ref: number, y: number): number {
  const m = monthOf(ref);
  const d = Math.min(new Date(ref * 86400000).getUTCDate(), lastDay(y, m) - dayNumber(y, m, 1) + 1);
  return dayNumber(y, m, d);
}

/**
 * «في مثل هذا اليوم من عام 2020», «مثل هذا اليوم من العام الماضي», «في مثل هذا اليوم قبل عشر سنوات»: the
 * reference's day and month in an earlier year. Read at «اليوم»; the expression starts at «مثل». Without a year
 * after it, «مثل هذا اليوم» is no date (undefined: «اليوم» is then read as today by the next matcher only when
 * it is not preceded by «مثل هذا»).
 */
export const sameDayEarlierYear: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!(t.text === 'اليوم' && is(tokens[i - 1], SAME_DAY.this) && is(tokens[i - 2], SAME_DAY.like))) return undefined;
  const start = i - 2;
  const found = yearAfter(tokens, i + 1, ref);
  if (!found) return { last: i };
  const from = found.y === null || ref === null ? null : sameDayIn(ref, found.y);
  return { expr: { start, end: found.end, kind: 'day', from, to: from, relative: found.relative }, last: found.end - 1 };
};

/** «من عام 2020», «من العام الماضي», «قبل عامين», «قبل 10 سنوات» at token `k`: the year meant. */
function yearAfter(
  tokens: readonly Token[],
  k: number,
  ref: number | null,
): { y: number | null; end: number; relative: boolean } | undefined {
  const refYear = ref === null ? null : yearOf(ref);
  if (has(tokens[k], 'من')) {
    const y = yearAt(tokens, k + 1);
    if (y) return { y: y.y, end: y.end, relative: false };
    const noun = tokens[k + 1];
    if (noun && (noun.variants.includes('العام') || noun.variants.includes('السنه')) && tokens[k + 2]) {
      const back = tokens[k + 2]!.variants.some((v) => PAST.has(v))
        ? 1
        : tokens[k + 2]!.variants.some((v) => CURRENT.has(v))
          ? 0
          : undefined;
      if (back === 1) return { y: refYear === null ? null : refYear - 1, end: k + 3, relative: true };
    }
    return undefined;
  }
  if (tokens[k]?.text !== AGO) return undefined;
  const n = yearsCounted(tokens, k + 1);
  return n ? { y: refYear === null ? null : refYear - n.years, end: n.end, relative: true } : undefined;
}

/** «عامين», «عام», «10 سنوات», «ثلاثة أعوام» at token `k`. */
function yearsCounted(tokens: readonly Token[], k: number): { years: number; end: number } | undefined {
  const w = tokens[k];
  if (!w) return undefined;
  const single = w.variants.find((v) => AGO_YEARS[v] !== undefined);
  if (single) return { years: AGO_YEARS[single]!, end: k + 1 };
  const count = w.kind === 'number' ? w.value : AGO_COUNTS[w.text];
  if (count === undefined || count < 1 || count > 100 || !tokens[k + 1]?.variants.some((v) => AGO_COUNTED_YEARS.has(v))) return undefined;
  return { years: count, end: k + 2 };
}

/**
 * «في الذكرى السنوية الثالثة لسقوط الموصل», «الذكرى العاشرة للهجوم», «الذكرى الـ30 للمجزرة»: what is recalled
 * happened that many years before the report, within a few days of its day and month. Without a count («في ذكرى
 * المجزرة») it is no date: the recap marker («ذكرى») leaves the event undated background.
 */
export const anniversary: DateMatcher = ({ tokens, i, t, ref }) => {
  if (!is(t, ANNIVERSARY)) return undefined;
  let k = i + 1;
  if (is(tokens[k], YEARLY)) k++;
  const years = anniversaryCount(tokens, k);
  if (!years) return undefined;
  const day = ref === null ? null : sameDayIn(ref, yearOf(ref) - years.n);
  const expr = {
    start: i,
    end: years.end,
    kind: 'day' as const,
    from: day === null ? null : day - ANNIVERSARY_SLACK,
    to: day === null ? null : day + ANNIVERSARY_SLACK,
    relative: true,
    anniversary: true as const,
  };
  return { expr, last: years.end - 1 };
};

/** «الثالثة», «الـ30», «30» after «الذكرى (السنوية)». */
function anniversaryCount(tokens: readonly Token[], k: number): { n: number; end: number } | undefined {
  const w = tokens[k];
  if (!w) return undefined;
  const ord = w.variants.find((v) => FEMININE_ORDINALS[v] !== undefined);
  if (ord) return { n: FEMININE_ORDINALS[ord]!, end: k + 1 };
  const j = w.text === DETACHED_ARTICLE ? k + 1 : k;
  const n = tokens[j];
  if (n?.kind === 'number' && n.value !== undefined && n.value >= 1 && n.value <= 100 && /^\d{1,3}$/.test(n.text))
    return { n: n.value, end: j + 1 };
  return undefined;
}
