import { dayNumber, findDates, weekdayOf } from '../../time/index.js';
import { WEEKDAYS } from '../../lexicon/time/calendar-names.js';
import type { Token } from '../../text/tokens.js';

/**
 * A reference date worked out from the text when the caller gave none.
 * Evidence, strongest first:
 * - a full date named as today («اليوم الثلاثاء 13 سبتمبر/أيلول 2022») or in the
 *   dateline of the first lines («سبوتنيك - 28 سبتمبر 2020»);
 * - a day-month (with or without a year) plus a weekday said relative to the
 *   report («أمس الأربعاء» next to «ليل 14 أيلول»): the year comes from the
 *   latest year the report names, the day from the weekday arithmetic.
 */
export function inferReferenceDate(sentences: readonly (readonly Token[])[]): number | null {
  const dms: { d: number; m: number; y: number | null; sentence: number }[] = [];
  const rel: { weekday: number | undefined; offset: number; sentence: number }[] = [];
  let maxYear = 0;
  sentences.forEach((tokens, si) => {
    for (const t of tokens) if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text)) maxYear = Math.max(maxYear, Number(t.text));
    for (const e of findDates(tokens, null)) {
      if (e.dm) dms.push({ ...e.dm, sentence: si });
      // a deadline («حتى منتصف ليل الأحد») may be a day to come: no constraint on today
      if (e.offset !== undefined && e.relative && !e.dm && e.kind !== 'deadline')
        rel.push({ weekday: e.weekday, offset: e.offset, sentence: si });
    }
  });
  // 1. a full date in the same sentence as «اليوم <weekday>» whose weekday agrees, or in the first two sentences
  for (const dm of dms) {
    if (dm.y === null) continue;
    const day = dayNumber(dm.y, dm.m, dm.d);
    const today = rel.find((r) => r.offset === 0 && r.sentence === dm.sentence);
    if (today && weekdayOf(day) === today.weekday) return day;
  }
  for (const dm of dms) if (dm.y !== null && dm.sentence <= 1) return dayNumber(dm.y, dm.m, dm.d);
  // 2. weekday arithmetic: the candidate (day-month + 0..2 days) that satisfies the most relative weekdays
  if (!rel.some((r) => r.weekday !== undefined) || !dms.length) return null;
  let best: number | null = null;
  let bestScore = 0;
  for (const dm of dms) {
    const years =
      dm.y !== null ? [dm.y] : maxYear ? [maxYear, maxYear + 1, maxYear + 2, maxYear + 3, maxYear + 4, maxYear + 5, maxYear + 6] : [];
    for (const y of years) {
      const day = dayNumber(y, dm.m, dm.d);
      for (let k = 0; k <= 2; k++) {
        const cand = day + k;
        let score = 0;
        for (const r of rel) {
          // named weekdays must agree (a contradiction rules the candidate out)
          if (r.weekday !== undefined) score += weekdayOf(cand - r.offset) === r.weekday ? 1 : -100;
          // «أمس» in the sentence that names the day-month: that day is yesterday
          if (r.sentence === dm.sentence && cand - r.offset === day) score += 1;
        }
        if (score > bestScore) {
          bestScore = score;
          best = cand;
        }
      }
    }
  }
  return bestScore > 0 ? best : null;
}

/** Enough tokens for a dateline («الخرطوم، 8 مايو 2024 (رويترز) -»), which stands within the sentence's first words. */
const DATELINE_TOKENS = 40;
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(Object.keys(WEEKDAYS));
const namesWeekday = (tokens: readonly Token[]): boolean => tokens.some((t) => t.variants.some((v) => WEEKDAY_NAMES.has(v)));

/** A report is reposted or put online a few days after it was written, never more than this. */
const MAX_LAG_DAYS = 3;

/**
 * The day a report was written, when its text says it was before the publication date: «أمس الخميس» or
 * «اليوم الأربعاء» whose weekday does not fall on that day counted from the publication date, or a dateline
 * «الخرطوم، 8 مايو 2024 (رويترز) -» a few days earlier. The latest day (up to three days back) that every
 * such weekday and dateline agrees with; null when the publication date agrees, or nothing does.
 */
export function writingDayBefore(sentences: readonly (readonly Token[])[], published: number): number | null {
  const named: { weekday: number; offset: number }[] = [];
  const datelines: number[] = [];
  sentences.forEach((tokens, si) => {
    // a sentence naming no weekday can only hold a dateline, at its head (a 10 KB sentence was read twice whole)
    const read = namesWeekday(tokens) ? tokens : si <= 1 ? tokens.slice(0, DATELINE_TOKENS) : null;
    for (const e of read ? findDates(read, null) : []) {
      // read without a reference, a bare weekday has no offset: only «أمس الخميس», «اليوم الأربعاء» have one
      if (e.weekday !== undefined && e.offset !== undefined && e.offset >= 0 && !e.dm && e.kind === 'day')
        named.push({ weekday: e.weekday, offset: e.offset });
      if (si <= 1 && e.dateline && e.dm?.y != null) datelines.push(dayNumber(e.dm.y, e.dm.m, e.dm.d));
    }
  });
  if (!named.length && !datelines.length) return null;
  for (let lag = 0; lag <= MAX_LAG_DAYS; lag++) {
    const day = published - lag;
    const agrees = named.every((r) => weekdayOf(day - r.offset) === r.weekday) && datelines.every((d) => d === day);
    if (agrees) return lag === 0 ? null : day;
  }
  return null;
}
