import { DUAL_HEADS, THOUSAND, UNITS } from '../lexicon/numbers.js';
import { normalizeKey } from '../text/normalize.js';
import type { Token } from '../text/tokens.js';

export function bare(t: Token | undefined): string[] {
  return t ? t.variants : [];
}

export function wordValue(t: Token | undefined): number | undefined {
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

/**
 * «الإرهابيون الخمسة», «العناصر المسلحة الثلاثة»: a definite number word after a definite plural
 * (past one adjective) counts it. Only three to ten: «الأحد», «الاثنين» are days.
 */
export function definiteCount(tokens: readonly Token[], at: number): { value: number; end: number } | undefined {
  for (let k = at; k <= at + 1 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.text.startsWith('ال')) return undefined;
    const value = UNITS[normalizeKey(t.text.slice(2))];
    if (value !== undefined && value >= 3 && value <= 10) return { value, end: k + 1 };
  }
  return undefined;
}

export function thousandValue(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  for (const v of t.variants) if (THOUSAND[v] !== undefined) return THOUSAND[v];
  return undefined;
}

/** The dual value of a multiplier that opens a number («ألفا», «مليونا»), if it is one. */
function dualHead(t: Token): number | undefined {
  for (const v of t.variants) if (DUAL_HEADS[v] !== undefined) return DUAL_HEADS[v];
  return undefined;
}

export function isAnd(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.startsWith('و');
}

/** A number part of a model name («تي-72», «سو24», «طراز دي-20») is not a count. */
export function isModelNumber(tokens: readonly Token[], i: number): boolean {
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

/**
 * Number words from token `j`: units, tens, hundreds joined by و, then a multiplier
 * («خمسة وخمسين», «ثلاثة عشر», «مئة وعشرين ألف», «ألفين»). undefined: no number word at `j`.
 */
export function wordNumberAt(tokens: readonly Token[], j: number): { value: number; end: number } | undefined {
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
      // «ألف» alone = 1000, «ألفين» = 2000, «ألفا جندي» = 2000; «ألف وخمسمائة» reads on with «و»
      total += dualHead(t) ?? th;
      any = true;
      k++;
      if (!isAnd(tokens[k]) || wordValue(tokens[k]) === undefined) break;
      continue;
    }
    break;
  }
  return any ? { value: total + current, end: k } : undefined;
}
