import { DECADES, MONTHS, MONTHS2, MONTHS_SHARED_WITH_WORDS, WEEKDAYS } from '../lexicon/time/calendar-names.js';
import { ORD_TEENS, ORDINALS } from '../lexicon/time/ordinals.js';
import type { Token } from '../text/tokens.js';

/** Reading the parts of a time expression at a token: month, year, day number, ordinal, weekday, decade. */
export const has = (t: Token | undefined, w: string) => !!t && t.variants.includes(w);
export const txt = (t: Token | undefined) => (t ? t.text : '');

export function monthAt(tokens: readonly Token[], i: number): { m: number; end: number; shared?: true } | undefined {
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
    // the article is never on a month name; «اب» (Ibb, father) needs a date context (`month` in explicit.ts)
    if (m && !/^[وف]?[بل]?ال/.test(t.text)) return MONTHS_SHARED_WITH_WORDS.has(v) ? { m, end: i + 1, shared: true } : { m, end: i + 1 };
  }
  return undefined;
}

/** Skip an alternative month name: «سبتمبر/أيلول», «نوفمبر (تشرين الثاني)». */
export function skipAltMonth(tokens: readonly Token[], i: number): number {
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

export function yearAt(tokens: readonly Token[], i: number): { y: number; end: number } | undefined {
  let j = i;
  if (has(tokens[j], 'عام') || has(tokens[j], 'سنه') || has(tokens[j], 'لعام')) j++;
  const t = tokens[j];
  if (t && t.kind === 'number' && /^\d{4}$/.test(t.text)) {
    const y = Number(t.text);
    if (y >= 1900 && y <= 2100) return { y, end: j + 1 };
  }
  return undefined;
}

export function dayNumberToken(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'number' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const d = Number(t.text);
  return d >= 1 && d <= 31 ? d : undefined;
}

export function ordinalAt(tokens: readonly Token[], i: number): { d: number; end: number } | undefined {
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

export function weekdayToken(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  for (const v of t.variants) if (WEEKDAYS[v] !== undefined) return WEEKDAYS[v];
  return undefined;
}

export function decadeOf(t: Token): number | undefined {
  for (const v of t.variants) if (DECADES[v] !== undefined) return DECADES[v];
  return undefined;
}
