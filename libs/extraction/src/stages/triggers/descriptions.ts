import {
  DESCRIBERS,
  DESCRIPTION_ENDS,
  DESCRIPTION_REACH,
  type Describer,
  type DescriberComplement,
} from '../../lexicon/description-words.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { KAN } from '../../lexicon/scope-words.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import type { Token } from '../../text/tokens.js';
import { normalizeArabic } from '../../text/normalize.js';
import { isAttackVerb } from '../attribution/attacker.js';

/**
 * «استهدفت غارة عنصرا كان يعمل على إطلاق صواريخ», «قتل مسلحين كانوا يخططون لشن هجمات», «منصة تستخدم لإطلاق
 * الصواريخ»: what a man, a cell or a thing is described as doing, preparing or charged with is no attack of the report.
 * The words after the describer are suspended as a purpose is, up to a place, a time or a cause («في غارة أمريكية»
 * is the day's strike) and never past a verb of attack of their own.
 */
export function suspendDescriptions(tokens: readonly Token[], clause: readonly number[], blocked: (MarkerKind | undefined)[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const describer = tokens[i].kind === 'word' ? describerAt(tokens[i]) : undefined;
    if (!describer || (describer.describedOnly && !describesBefore(tokens[i - 1]))) continue;
    const from = describedFrom(tokens, i, describer.complement);
    if (from < 0) continue;
    for (let k = from; k < tokens.length && k < from + DESCRIPTION_REACH && clause[k] === clause[i]; k++) {
      if (tokens[k].kind === 'punct' || DESCRIPTION_ENDS.has(tokens[k].text) || (k > from && isAttackVerb(tokens[k]))) break;
      if (blocked[k] === undefined) blocked[k] = 'purpose';
    }
  }
}

const HEADS: ReadonlyMap<string, Describer> = new Map(
  Object.values(DESCRIBERS).flatMap((d: Describer) => d.heads.map((h) => [normalizeArabic(h).text, d] as const)),
);

/** The describer the token is, if any. */
function describerAt(t: Token): Describer | undefined {
  for (const v of t.variants) {
    const c = HEADS.get(v);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** «كان», «كانوا», «الذي», «عنصرا»: the word before a describer that only describes after what it describes. */
function describesBefore(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return KAN.test(t.text) || RELATIVE_PRONOUNS.has(t.text) || INDEFINITE_ACCUSATIVE.test(t.text);
}
/** «عنصرا», «مسلحا», «قياديا»: a noun's indefinite accusative, not one with the article. */
const INDEFINITE_ACCUSATIVE = /^(?!ال)[^\s]{3,}ا$/;

/** The first token described after the head at `i`, or -1 when the complement the head needs is not there. */
function describedFrom(tokens: readonly Token[], i: number, complement: DescriberComplement): number {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word') return -1;
  const w = next.text;
  switch (complement) {
    case 'none':
      return i + 1;
    case 'على':
      return w === ON ? i + 2 : -1;
    case 'عن':
      return w === ABOUT ? i + 2 : -1;
    case 'لـ':
      return withLam(w) ? i + 1 : -1;
    case 'بـ':
      return withBa(w) ? i + 1 : -1;
    case 'لـ/في':
      return withLam(w) ? i + 1 : w === IN ? i + 2 : -1;
    case 'في/بـ':
      return withBa(w) ? i + 1 : w === IN ? i + 2 : -1;
  }
}
const [ON, ABOUT, IN] = ['على', 'عن', 'في'].map((w) => normalizeArabic(w).text);
/** «لإطلاق», «لشن», «للهجوم»: a word glued to «لـ», not a particle that starts so. */
const withLam = (w: string) => w.length >= 4 && w.startsWith('ل') && !LAM_WORDS.has(w);
const LAM_WORDS: ReadonlySet<string> = new Set(['لكن', 'لدي', 'لهذا', 'لذلك', 'لهما', 'لماذا', 'لاحقا']);
/** «بالتخطيط», «بقصف», «بتنفيذ»: a word glued to «بـ». */
const withBa = (w: string) => w.length >= 4 && w.startsWith('ب') && !BA_WORDS.has(w);
const BA_WORDS: ReadonlySet<string> = new Set(['بعد', 'بين', 'بسبب', 'بينما', 'بدون', 'بحسب']);
