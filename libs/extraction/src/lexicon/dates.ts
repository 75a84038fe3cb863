import { formMemo, newFormSlot, type Token } from '../text/tokens.js';

/**
 * Time expressions in Arabic news and their resolution against a reference
 * date. Days are integers (days since 1970-01-01, UTC) so arithmetic is exact.
 */
export type DateKind =
  | 'day' // a resolved day or a short range of days
  | 'month'
  | 'year'
  | 'earlier' // «في وقت سابق»: some time before, unknown
  | 'comparison'; // «أعنف قتال منذ عام 2020»: a yardstick, not the event's time

export interface DateExpr {
  start: number;
  end: number;
  kind: DateKind;
  /** Resolved range (inclusive), null when it cannot be resolved (no reference date). */
  from: number | null;
  to: number | null;
  /** True when the value depends on the reference date (اليوم، أمس، الأربعاء). */
  relative: boolean;
  /** Constraint for reference-date inference: the weekday named (0 = Sunday) and its offset from the reference. */
  weekday?: number;
  offset?: number;
  /** «غداة»: the day after the anchor; resolved by the caller. */
  dayAfter?: boolean;
  /** Day-month without a year (year was taken from the reference date). */
  yearless?: boolean;
  /** Explicit day-month for inference */
  dm?: { d: number; m: number; y: number | null };
}

export const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / 86400000);
// every event's range is printed through here, and reports cluster on a few days
const ISO = new Map<number, string>();
export function isoOf(day: number): string {
  let s = ISO.get(day);
  if (s === undefined) {
    s = new Date(day * 86400000).toISOString().slice(0, 10);
    if (ISO.size >= 10_000) ISO.clear();
    ISO.set(day, s);
  }
  return s;
}
export function parseIso(s: string | null | undefined): number | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const [y, m, d] = s.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const n = dayNumber(y, m, d);
  return isoOf(n) === s ? n : null;
}
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
const yearOf = (day: number) => new Date(day * 86400000).getUTCFullYear();
const monthOf = (day: number) => new Date(day * 86400000).getUTCMonth() + 1;
const lastDay = (y: number, m: number) => dayNumber(y, m + 1, 1) - 1;

const WEEKDAYS: Record<string, number> = { الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6 };
const MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  ابريل_: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
};
/** Two-word Levantine months. */
const MONTHS2: Record<string, Record<string, number>> = {
  تشرين: { الاول: 10, الثاني: 11 },
  كانون: { الاول: 12, الثاني: 1 },
};
const ORDINALS: Record<string, number> = {
  الاول: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
  العشرين: 20,
  الثلاثين: 30,
};
const ORD_TEENS: Record<string, number> = {
  الحادي: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
};
const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'الفائت', 'المنقضي', 'السابق']);
const CURRENT = new Set(['الجاري', 'الحالي']);
const NEXT = new Set(['المقبل', 'القادم', 'المقبله', 'القادمه']);
const MONTH_CUES = new Set(['في', 'شهر', 'منذ', 'مطلع', 'اواخر', 'نهايه', 'منتصف', 'اوائل', 'بدايه', 'خلال', 'حتي', 'اواسط']);
const SUPERLATIVE = /^(?:[وف]?ال)?(?:اعنف|اسوا|اكثر|اكبر|اشد|اخطر|اعلي|اول|اطول|اوسع|اكثف)$/;

const has = (t: Token | undefined, w: string) => !!t && t.variants.includes(w);
const txt = (t: Token | undefined) => (t ? t.text : '');

function monthAt(tokens: readonly Token[], i: number): { m: number; end: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  for (const v of t.variants) {
    const two = MONTHS2[v];
    if (two) {
      const n = tokens[i + 1];
      if (n) for (const [k, m] of Object.entries(two)) if (n.variants.includes(k)) return { m, end: i + 2 };
      continue;
    }
    const m = MONTHS[v];
    // the article is never on a month name; «اب» (father) only with a number or year around it
    if (m && !/^[وف]?[بل]?ال/.test(t.text)) return { m, end: i + 1 };
  }
  return undefined;
}

/** Skip an alternative month name: «سبتمبر/أيلول», «نوفمبر (تشرين الثاني)». */
function skipAltMonth(tokens: readonly Token[], i: number): number {
  if (txt(tokens[i]) === '/' || txt(tokens[i]) === '-') {
    const m = monthAt(tokens, i + 1);
    if (m) return m.end;
  }
  if (txt(tokens[i]) === '(') {
    const m = monthAt(tokens, i + 1);
    if (m && txt(tokens[m.end]) === ')') return m.end + 1;
  }
  return i;
}

function yearAt(tokens: readonly Token[], i: number): { y: number; end: number } | undefined {
  let j = i;
  if (has(tokens[j], 'عام') || has(tokens[j], 'سنه') || has(tokens[j], 'لعام')) j++;
  const t = tokens[j];
  if (t && t.kind === 'number' && /^\d{4}$/.test(t.text)) {
    const y = Number(t.text);
    if (y >= 1900 && y <= 2100) return { y, end: j + 1 };
  }
  return undefined;
}

function dayNumberToken(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : undefined;
}

function ordinalAt(tokens: readonly Token[], i: number): { d: number; end: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (const v of t.variants) {
    if (ORD_TEENS[v] !== undefined && has(tokens[i + 1], 'عشر')) return { d: 10 + ORD_TEENS[v], end: i + 2 };
    if (ORDINALS[v] !== undefined) {
      const n = tokens[i + 1];
      // «الحادي والعشرين»
      if (ORD_TEENS[v] !== undefined && n && (n.variants.includes('والعشرين') || n.variants.includes('العشرين')))
        return { d: 20 + ORD_TEENS[v], end: i + 2 };
      return { d: ORDINALS[v], end: i + 1 };
    }
  }
  return undefined;
}

function resolveYearless(ref: number | null, m: number, d: number | null, mode: 'past' | 'current' | 'next' | 'auto'): number | null {
  if (ref === null) return null;
  const ry = yearOf(ref);
  const rm = monthOf(ref);
  if (mode === 'current') return ry;
  if (mode === 'next') return m > rm ? ry : ry + 1;
  if (mode === 'past') return m < rm || (m === rm && d !== null && d < 0) ? ry : m === rm ? ry - 1 : ry - 1 + (m < rm ? 1 : 0);
  // auto: the most recent such month on or before the reference (news reports the past)
  if (m < rm) return ry;
  if (m === rm) return d === null || dayNumber(ry, m, d) <= ref + 1 ? ry : ry - 1;
  return ry - 1;
}

/**
 * All time expressions of one sentence, left to right. `ref` may be null:
 * relative expressions then have null ranges but keep their constraints.
 */
export function findDates(tokens: readonly Token[], ref: number | null): DateExpr[] {
  const out: DateExpr[] = [];
  const rel = (start: number, end: number, offset: number, extra: Partial<DateExpr> = {}): DateExpr => ({
    start,
    end,
    kind: 'day',
    from: ref === null ? null : ref - offset,
    to: ref === null ? null : ref - offset,
    relative: true,
    offset,
    ...extra,
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') continue;
    // one hash probe per variant rules out most tokens before the pattern cascade
    if (t.kind === 'word' && !formMemo(t, DATE_SLOT, isDateWord)) continue;
    const v = t.variants;

    // «في وقت سابق», «سابقا»
    if (has(t, 'وقت') && has(tokens[i + 1], 'سابق')) {
      out.push({ start: i, end: i + 2, kind: 'earlier', from: null, to: null, relative: false });
      i++;
      continue;
    }
    // «غداة»
    if (v.includes('غداه')) {
      out.push({ start: i, end: i + 1, kind: 'day', from: null, to: null, relative: true, dayAfter: true });
      continue;
    }
    // «أول من أمس», «أول أمس»
    if (v.includes('اول') && ((has(tokens[i + 1], 'من') && has(tokens[i + 2], 'امس')) || has(tokens[i + 1], 'امس'))) {
      const end = has(tokens[i + 1], 'من') ? i + 3 : i + 2;
      const wd = weekdayToken(tokens[end]);
      out.push(rel(i, wd !== undefined ? end + 1 : end, 2, wd !== undefined ? { weekday: wd } : {}));
      i = (wd !== undefined ? end + 1 : end) - 1;
      continue;
    }
    if (
      v.includes('امس') ||
      v.includes('البارحه') ||
      (v.includes('الليله') && (has(tokens[i + 1], 'الماضيه') || has(tokens[i + 1], 'السابقه')))
    ) {
      const end = v.includes('الليله') ? i + 2 : i + 1;
      const wd = weekdayToken(tokens[end]);
      out.push(rel(i, wd !== undefined ? end + 1 : end, 1, wd !== undefined ? { weekday: wd } : {}));
      i = (wd !== undefined ? end + 1 : end) - 1;
      continue;
    }
    if (v.includes('اليوم') && /^[وف]?[بل]?اليوم$/.test(t.text)) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // «روسيا اليوم» (RT), «اليوم الأول من الغزو», «حتى اليوم» is fine
      if (prev && prev.variants.includes('روسيا')) continue;
      if (next && (ORDINALS[next.text] !== undefined || next.variants.some((x) => ORDINALS[x] !== undefined))) continue;
      const wd = weekdayToken(next);
      const e = rel(i, wd !== undefined ? i + 2 : i + 1, 0, wd !== undefined ? { weekday: wd } : {});
      // «اليوم الثلاثاء 13 سبتمبر/أيلول 2022»: the explicit date follows; let it be parsed too
      out.push(e);
      if (wd !== undefined) i++;
      continue;
    }
    if ((v.includes('غدا') || v.includes('غد')) && !v.includes('غداه')) {
      const wd = weekdayToken(tokens[i + 1]);
      out.push(rel(i, wd !== undefined ? i + 2 : i + 1, -1, wd !== undefined ? { weekday: wd } : {}));
      if (wd !== undefined) i++;
      continue;
    }
    // «منذ أسبوع», «منذ أيام», «خلال الساعات الـ24 الماضية», «في أقل من 24 ساعة»
    if (v.includes('منذ') && (has(tokens[i + 1], 'اسبوع') || has(tokens[i + 1], 'ايام') || has(tokens[i + 1], 'يومين'))) {
      const span = has(tokens[i + 1], 'يومين') ? 2 : 7;
      out.push({ start: i, end: i + 2, kind: 'day', from: ref === null ? null : ref - span, to: ref, relative: true });
      i++;
      continue;
    }
    if (v.includes('ساعه') || v.includes('الساعات')) {
      const p = tokens[i - 1];
      if (p && p.kind === 'number' && (p.value === 24 || p.value === 48)) {
        out.push({
          start: i - 1,
          end: i + 1,
          kind: 'day',
          from: ref === null ? null : ref - (p.value === 48 ? 2 : 1),
          to: ref,
          relative: true,
        });
        continue;
      }
    }
    if ((v.includes('مطلع') || v.includes('بدايه') || v.includes('اوائل')) && has(tokens[i + 1], 'الاسبوع')) {
      // start of this week: from the most recent Saturday to two days later, not after the reference
      let from: number | null = null;
      let to: number | null = null;
      if (ref !== null) {
        const back = (weekdayOf(ref) - 6 + 7) % 7 || 7;
        from = ref - back;
        to = Math.min(from + 2, ref);
      }
      out.push({ start: i, end: i + 2, kind: 'day', from, to, relative: true });
      i++;
      continue;
    }
    if (v.includes('الاسبوع') && (has(tokens[i + 1], 'الماضي') || has(tokens[i + 1], 'المنصرم'))) {
      out.push({
        start: i,
        end: i + 2,
        kind: 'day',
        from: ref === null ? null : ref - 7 - ((weekdayOf(ref) + 1) % 7),
        to: ref === null ? null : ref - ((weekdayOf(ref) + 1) % 7) - 1,
        relative: true,
      });
      i++;
      continue;
    }
    if (
      (v.includes('الشهر') || v.includes('العام') || v.includes('السنه')) &&
      tokens[i + 1] &&
      PAST.has(tokens[i + 1].variants.find((x) => PAST.has(x)) ?? '')
    ) {
      if (ref !== null) {
        const y = yearOf(ref);
        const m = monthOf(ref);
        if (v.includes('الشهر')) {
          const pm = m === 1 ? 12 : m - 1;
          const py = m === 1 ? y - 1 : y;
          out.push({ start: i, end: i + 2, kind: 'month', from: dayNumber(py, pm, 1), to: lastDay(py, pm), relative: true });
        } else out.push({ start: i, end: i + 2, kind: 'year', from: dayNumber(y - 1, 1, 1), to: dayNumber(y - 1, 12, 31), relative: true });
      } else out.push({ start: i, end: i + 2, kind: v.includes('الشهر') ? 'month' : 'year', from: null, to: null, relative: true });
      i++;
      continue;
    }
    // decades: «التسعينيات», «تسعينيات القرن الماضي»
    const dec = decadeOf(t);
    if (dec !== undefined) {
      let end = i + 1;
      if (has(tokens[end], 'القرن')) end += 2;
      const century = dec < 30 ? 2000 : 1900;
      out.push({
        start: i,
        end,
        kind: 'year',
        from: dayNumber(century + dec, 1, 1),
        to: dayNumber(century + dec + 9, 12, 31),
        relative: false,
      });
      i = end - 1;
      continue;
    }

    // weekday names, optionally with an explicit date after them
    const wd = weekdayToken(t);
    if (wd !== undefined) {
      // «يوم الأحد», «صباح الأربعاء», «ليل السبت- الأحد»
      let from: number | null = null;
      if (ref !== null) from = ref - ((weekdayOf(ref) - wd + 7) % 7);
      out.push({
        start: i,
        end: i + 1,
        kind: 'day',
        from,
        to: from,
        relative: true,
        weekday: wd,
        offset: from === null || ref === null ? undefined : ref - from,
      });
      continue;
    }

    // explicit day + month [+ year]: «13 سبتمبر/أيلول 2022», «ال26 من أغسطس», «العاشر من نوفمبر»
    let d = dayNumberToken(t);
    let j = i + 1;
    if (d === undefined) {
      const o = ordinalAt(tokens, i);
      if (o && has(tokens[o.end], 'من') && monthAt(tokens, o.end + 1)) {
        d = o.d;
        j = o.end;
      }
    }
    if (d !== undefined) {
      if (has(tokens[j], 'من')) j++;
      const mm = monthAt(tokens, j);
      if (mm) {
        let end = skipAltMonth(tokens, mm.end);
        const y = yearAt(tokens, end);
        let year: number | null;
        let yearless = false;
        if (y) {
          year = y.y;
          end = y.end;
        } else {
          const mod = tokens[end];
          const mode =
            mod && mod.variants.some((x) => PAST.has(x))
              ? 'past'
              : mod && mod.variants.some((x) => CURRENT.has(x))
                ? 'current'
                : mod && mod.variants.some((x) => NEXT.has(x))
                  ? 'next'
                  : 'auto';
          if (mode !== 'auto') end++;
          year = resolveYearless(ref, mm.m, d, mode);
          yearless = true;
        }
        const day = year === null ? null : dayNumber(year, mm.m, d);
        out.push({
          start: i,
          end,
          kind: 'day',
          from: day,
          to: day,
          relative: yearless,
          yearless,
          dm: { d, m: mm.m, y: yearless ? null : year },
        });
        i = end - 1;
        continue;
      }
    }
    // month [+ year]: «شباط/فبراير عام 1988», «نيسان الماضي», «في سبتمبر»
    const mo = monthAt(tokens, i);
    if (mo) {
      let end = skipAltMonth(tokens, mo.end);
      const y = yearAt(tokens, end);
      const mod = tokens[end];
      const isPast = !!mod && mod.variants.some((x) => PAST.has(x));
      const isCur = !!mod && mod.variants.some((x) => CURRENT.has(x));
      const cue = tokens[i - 1] && tokens[i - 1].variants.some((x) => MONTH_CUES.has(x));
      if (!y && !isPast && !isCur && !cue) continue;
      let year: number | null;
      if (y) {
        year = y.y;
        end = y.end;
      } else {
        if (isPast || isCur) end++;
        year = resolveYearless(ref, mo.m, null, isCur ? 'current' : 'auto');
        if (isPast && ref !== null && mo.m === monthOf(ref)) year = yearOf(ref) - 1;
      }
      out.push({
        start: i,
        end,
        kind: 'month',
        from: year === null ? null : dayNumber(year, mo.m, 1),
        to: year === null ? null : lastDay(year, mo.m),
        relative: !y,
      });
      i = end - 1;
      continue;
    }
    // a bare year: «عام 2020», «في 1994», «منذ عام 1988»
    const y = yearAt(tokens, i);
    if (
      y &&
      (has(t, 'عام') ||
        has(t, 'سنه') ||
        has(t, 'لعام') ||
        (tokens[i - 1] &&
          (has(tokens[i - 1], 'في') ||
            has(tokens[i - 1], 'منذ') ||
            has(tokens[i - 1], 'بين') ||
            tokens[i - 1].text.startsWith('و') ||
            has(tokens[i - 1], 'حرب'))))
    ) {
      out.push({ start: i, end: y.end, kind: 'year', from: dayNumber(y.y, 1, 1), to: dayNumber(y.y, 12, 31), relative: false });
      i = y.end - 1;
      continue;
    }
  }
  markComparisons(tokens, out);
  mergeRanges(tokens, out);
  return out;
}

const DATE_SLOT = newFormSlot();
const isDateWord = (t: Token): boolean => t.variants.some((x) => DATE_WORDS.has(x));
const DECADES: Record<string, number> = {
  التسعينيات: 90,
  الثمانينيات: 80,
  السبعينيات: 70,
  تسعينيات: 90,
  ثمانينيات: 80,
  سبعينيات: 70,
  التسعينات: 90,
  تسعينات: 90,
  الثمانينات: 80,
};
const DATE_WORDS = new Set<string>([
  'وقت',
  'غداه',
  'اول',
  'امس',
  'البارحه',
  'الليله',
  'اليوم',
  'غدا',
  'غد',
  'منذ',
  'ساعه',
  'الساعات',
  'مطلع',
  'بدايه',
  'اوائل',
  'الاسبوع',
  'الشهر',
  'العام',
  'السنه',
  'عام',
  'سنه',
  'لعام',
  ...Object.keys(DECADES),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
  ...Object.keys(MONTHS2),
  ...Object.keys(ORDINALS),
  ...Object.keys(ORD_TEENS),
]);

function weekdayToken(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  for (const v of t.variants) if (WEEKDAYS[v] !== undefined) return WEEKDAYS[v];
  return undefined;
}

function decadeOf(t: Token): number | undefined {
  for (const v of t.variants) if (DECADES[v] !== undefined) return DECADES[v];
  return undefined;
}

/** «أعنف قتال ... منذ عام 2020»: a yardstick year, not the time of the event. */
function markComparisons(tokens: readonly Token[], out: DateExpr[]) {
  for (const e of out) {
    if (e.kind !== 'year' && e.kind !== 'month') continue;
    const p = tokens[e.start - 1];
    const since =
      p && p.variants.includes('منذ') ? e.start - 1 : has(tokens[e.start], 'عام') && p && p.variants.includes('منذ') ? e.start - 1 : -1;
    if (since < 0) continue;
    for (let k = Math.max(0, since - 8); k < since; k++) {
      if (SUPERLATIVE.test(tokens[k].text)) {
        e.kind = 'comparison';
        break;
      }
    }
  }
}

/** «ليل السبت- الأحد», «ليلة 12 وصباح 13 سبتمبر»: adjacent day expressions form one range. */
function mergeRanges(tokens: readonly Token[], out: DateExpr[]) {
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1];
    const b = out[k];
    if (a.kind !== 'day' || b.kind !== 'day' || a.from === null || b.from === null || a.dayAfter || b.dayAfter) continue;
    const gap = b.start - a.end;
    if (gap > 2) continue;
    let joined = true;
    for (let g = a.end; g < b.start; g++) {
      const x = tokens[g];
      if (!(
        x.text === '-' ||
        x.text === '/' ||
        x.text === '،' ||
        x.variants.includes('صباح') ||
        x.variants.includes('ليل') ||
        x.variants.includes('ليله') ||
        x.variants.includes('مساء') ||
        x.variants.includes('فجر')
      ))
        joined = false;
    }
    if (!joined) continue;
    if (Math.abs(b.from - a.from) > 3) continue;
    const from = Math.min(a.from, b.from);
    const to = Math.max(a.to ?? a.from, b.to ?? b.from);
    out.splice(k - 1, 2, { ...b, ...a, start: a.start, end: b.end, from, to, dm: b.dm ?? a.dm, weekday: a.weekday ?? b.weekday });
  }
}

/** Resolve «غداة X» expressions: the day after the nearest other resolved day. */
export function resolveDayAfter(exprs: DateExpr[], fallback: number | null) {
  for (const e of exprs) {
    if (!e.dayAfter) continue;
    let best: DateExpr | undefined;
    for (const o of exprs)
      if (
        o !== e &&
        o.kind === 'day' &&
        !o.dayAfter &&
        o.from !== null &&
        (!best || Math.abs(o.start - e.start) < Math.abs(best.start - e.start))
      )
        best = o;
    const anchor = best ? best.from : fallback;
    e.from = anchor === null ? null : anchor - 1;
    e.to = e.from;
  }
}

export { yearOf, monthOf };
