import { FEAST, FEAST_DAY_OF, FEAST_DAY_ORDINALS, FEAST_DAYS_WORD, FEAST_EVE, FEASTS } from '../lexicon/time/feast-words.js';
import { PAST } from '../lexicon/time/modifiers.js';
import { ORDINALS } from '../lexicon/time/ordinals.js';
import type { Token } from '../text/tokens.js';
import { hijriDay, hijriYearOf } from './hijri.js';
import type { DateMatcher } from './matcher.js';

/** «العيد»: the feast a report of its days means. */
const THE_FEAST = 'العيد';
const RECENT_FEAST_DAYS = 30;

const isIn = (t: Token | undefined, words: readonly string[]) => !!t && t.variants.some((v) => words.includes(v));
const formOf = <T>(t: Token | undefined, table: Readonly<Record<string, T>>): T | undefined => {
  const form = t?.kind === 'word' ? t.variants.find((v) => Object.hasOwn(table, v)) : undefined;
  return form === undefined ? undefined : table[form];
};

/**
 * «في أول أيام عيد الفطر», «ثاني أيام عيد الأضحى», «اليوم الأول من عيد الفطر», «عشية عيد الأضحى», «خلال عيد الفطر»:
 * a day of one of the two Eids (or its eve), or its days, by the Hijri calendar (hijri.ts: Umm al-Qura through ICU,
 * else the tabular calendar; the feast as sighted may fall a day later). The latest such feast begun by the
 * reference; «الماضي» after it, the one before when this one is under way. Read at «عيد»; the expression starts at
 * its day words.
 */
export const feastDay: DateMatcher = (site) => {
  const { tokens, i, t, ref } = site;
  if (t.text === THE_FEAST) return recentFeastDay(site);
  if (t.text !== FEAST && t.text !== 'و' + FEAST) return undefined;
  const feast = formOf(tokens[i + 1], FEASTS);
  if (!feast) return undefined;
  const before = dayOfFeastBefore(tokens, i);
  const past = isIn(tokens[i + 2], [...PAST]);
  const last = past ? i + 2 : i + 1;
  const span = { start: before.start, end: last + 1, kind: 'day' as const, relative: true };
  if (ref === null) return { expr: { ...span, from: null, to: null }, last };
  let hy = hijriYearOf(ref);
  if (hijriDay(hy, feast.m, feast.d) > ref) hy--;
  let first = hijriDay(hy, feast.m, feast.d);
  if (past && first + feast.days - 1 >= ref) first = hijriDay(hy - 1, feast.m, feast.d);
  if (before.day !== undefined) {
    const day = first + before.day - 1;
    return { expr: { ...span, from: day, to: day }, last };
  }
  return { expr: { ...span, from: first, to: Math.min(first + feast.days - 1, Math.max(ref, first)) }, last };
};

/** The day of the feast the words before «عيد» at `i` name (0: its eve), and where they start; none: its days. */
function dayOfFeastBefore(tokens: readonly Token[], i: number): { day?: number; start: number } {
  const prev = tokens[i - 1];
  if (isIn(prev, FEAST_EVE)) return { day: 0, start: i - 1 };
  // «أول أيام عيد الفطر»
  const ordinal = isIn(prev, FEAST_DAYS_WORD) ? formOf(tokens[i - 2], FEAST_DAY_ORDINALS) : undefined;
  if (ordinal !== undefined) return { day: ordinal, start: i - 2 };
  // «اليوم الأول من عيد الفطر»
  const nth = isIn(prev, FEAST_DAY_OF) ? formOf(tokens[i - 2], ORDINALS) : undefined;
  if (nth !== undefined && nth <= 4 && isIn(tokens[i - 3], ['اليوم'])) return { day: nth, start: i - 3 };
  return { start: i };
}

/**
 * «في أول أيام العيد», «عشية العيد»: a day of the feast left unnamed, the one of the two Eids begun by the reference
 * within the last RECENT_FEAST_DAYS (the report is about it); otherwise, or without a day word, no date.
 */
const recentFeastDay: DateMatcher = ({ tokens, i, ref }) => {
  const before = dayOfFeastBefore(tokens, i);
  if (before.day === undefined || ref === null) return undefined;
  const hy = hijriYearOf(ref);
  const firsts = Object.values(FEASTS).flatMap((f) => [hijriDay(hy, f.m, f.d), hijriDay(hy - 1, f.m, f.d)]);
  const first = Math.max(...firsts.filter((d) => d <= ref + 1));
  if (ref - first > RECENT_FEAST_DAYS) return undefined;
  const day = first + before.day - 1;
  return { expr: { start: before.start, end: i + 1, kind: 'day', from: day, to: day, relative: true }, last: i };
};
