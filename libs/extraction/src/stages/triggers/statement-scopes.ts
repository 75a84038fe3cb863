import type { LexMatch } from '../../lexicon/lexicon.js';
import { FALSITY, REPORT_NOUNS, type MarkerKind } from '../../lexicon/markers.js';
import {
  ANY_QUANTIFIER,
  ANY_REACH,
  EVALUATIONS,
  GENERIC_COPULAS,
  GENERIC_USE_VERBS,
  HABITUAL_OBJECT,
  PARTITIVE_ELATIVE,
} from '../../lexicon/scope-words.js';
import { DATE_WORDS } from '../../lexicon/time/date-words.js';
import type { Token } from '../../text/tokens.js';
import { CONTEXT_CUES } from '../../gazetteer/cues.js';
import { forEachClause, has, isAnyOf } from './token-words.js';

/**
 * Scopes that no marker opens: a claim the sentence calls false, a statement about a kind of attack, an attack of
 * any kind. Each pass marks the tokens it suspends in `blocked`, where no marker has already.
 */

/** How far (tokens) before its verdict a report noun may stand: «الأنباء عن … غير صحيحة». */
const VERDICT_REACH = 25;

/**
 * «المعلومات التي تفيد بأن عمليات عسكرية تجري … "غير مؤكدة"»: a claim that the sentence calls
 * false or unconfirmed after telling it. What lies between the report noun and the verdict is denied.
 */
export function denyReportedClaims(tokens: readonly Token[], blocked: (MarkerKind | undefined)[], markers: LexMatch<MarkerKind>[]): void {
  for (let j = 1; j < tokens.length; j++) {
    const verdict = FALSITY.matchAt(tokens, j);
    if (!verdict) continue;
    for (let r = j - 1; r >= Math.max(0, j - VERDICT_REACH); r--) {
      if (!REPORT_NOUNS.matchAt(tokens, r)) continue;
      for (let k = r + 1; k < j; k++) if (blocked[k] === undefined) blocked[k] = 'deny';
      markers.push({ start: verdict.start, end: verdict.end, data: 'deny' });
      break;
    }
    j = verdict.end - 1;
  }
}

/**
 * «تعد الغارات الجوية من أخطر أساليب الحرب», «يشكل القصف المدفعي خطرا على المدنيين», «تستخدم الجماعات الطائرات
 * المسيرة في هجماتها»: a statement about a kind of attack tells of none. Its whole clause is suspended (as a
 * modal is) — unless the clause names a time or a number («تعد غارات أمس من أعنف …» is an event).
 */
export function suspendGenericStatements(tokens: readonly Token[], clause: readonly number[], blocked: (MarkerKind | undefined)[]): void {
  // clause numbers only grow along the sentence: each clause is one run of tokens, read once
  forEachClause(clause, (from, to) => {
    if (genericClause(tokens, from, to)) for (let k = from; k <= to; k++) if (blocked[k] === undefined) blocked[k] = 'modal';
  });
}

/** Whether the clause of tokens from..to (inclusive) states something of a kind of attack and names no time or number. */
function genericClause(tokens: readonly Token[], from: number, to: number): boolean {
  let lastEvaluation = -1;
  let lastHabitual = -1;
  for (let k = from; k <= to; k++) {
    const x = tokens[k]!;
    if (x.kind === 'number' || x.variants.some((v) => DATE_WORDS.has(v))) return false;
    if (x.variants.some((v) => EVALUATIONS.has(v)) || (x.text === 'من' && PARTITIVE_ELATIVE.test(tokens[k + 1]?.text ?? '')))
      lastEvaluation = k;
    if (HABITUAL_OBJECT.test(x.text)) lastHabitual = k;
  }
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (isAnyOf(t, GENERIC_COPULAS)) {
      if (lastEvaluation > i) return true;
    } else if (isAnyOf(t, GENERIC_USE_VERBS) && lastHabitual > i) return true;
  }
  return false;
}

/**
 * «سترد على أي هجوم», «أية اعتداءات على المدنيين»: an attack of any kind is no attack told. Not a place named after a
 * word of place («في منطقة باي», the Bay region of Somalia, reads as «بأي»): no «أي» follows such a word.
 */
export function suspendAnyQuantified(tokens: readonly Token[], blocked: (MarkerKind | undefined)[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || !ANY_QUANTIFIER.test(tokens[i]!.text) || has(tokens[i - 1], CONTEXT_CUES)) continue;
    for (let k = i + 1; k <= Math.min(tokens.length - 1, i + ANY_REACH); k++) if (blocked[k] === undefined) blocked[k] = 'modal';
  }
}
