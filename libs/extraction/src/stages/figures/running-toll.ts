import {
  CLAUSE_BREAKS,
  CLAUSE_OPENERS,
  RUNNING_TOLL_MARKERS,
  SINGLE_INCIDENTS,
  TOLL_NOUNS,
  TOLL_VICTIMS,
} from '../../lexicon/figures/running-tolls.js';
import type { DateExpr } from '../../time/index.js';
import type { Token } from '../../text/tokens.js';
import type { RawCasualty } from './types.js';

/** Do the tokens from `i` match the pattern, one alternative per position? */
function matches(tokens: readonly Token[], i: number, words: readonly (readonly string[])[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || !words[k].some((w) => t.variants.includes(w))) return false;
  }
  return true;
}

/** First words of the markers: one hash probe per token variant rules most tokens out (10 KB floods of «قتل ٣»). */
const FIRST_WORDS: ReadonlySet<string> = new Set(RUNNING_TOLL_MARKERS.flatMap((m) => m.words[0]));
const mayStartMarker = (t: Token): boolean => t.variants.some((v) => FIRST_WORDS.has(v));

/**
 * The start of the running toll a sentence states, if it states one: `{ from }` in days (null when
 * the start is not a date, «منذ بدء الحرب»); undefined when the sentence tells no running toll.
 * «منذ» alone counts only before a date that starts after it: «منذ يومين» ("two days ago", one
 * expression with «منذ») does not.
 */
export function runningTollOf(tokens: readonly Token[], dates: readonly DateExpr[]): { from: number | null; at: number } | undefined {
  let found: { from: number | null; at: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartMarker(tokens[i])) continue;
    for (const marker of RUNNING_TOLL_MARKERS) {
      if (!matches(tokens, i, marker.words)) continue;
      if (marker.risingOrTotal && namesIncidentToll(tokens)) continue;
      // the date right after the marker, or one that takes in its last word («منذ مطلع العام»: «مطلع العام» is one date)
      const after = i + marker.words.length;
      const since = dates.find((d) => d.start > i && d.start <= after && d.end > after && d.from !== null);
      if (marker.sinceDate && !since) continue;
      if (since || !found) found = { from: since?.from ?? null, at: found?.at ?? i };
      break;
    }
  }
  return found;
}

/** «حصيلة قتلى الهجوم», «عدد ضحايا التفجير»: the sentence counts the toll of one incident. */
function namesIncidentToll(tokens: readonly Token[]): boolean {
  const has = (t: Token | undefined, words: readonly string[]) => !!t && t.variants.some((v) => words.includes(v));
  for (let i = 0; i < tokens.length; i++) {
    if (!has(tokens[i], TOLL_NOUNS)) continue;
    const k = has(tokens[i + 1], TOLL_VICTIMS) ? i + 2 : i + 1;
    if (has(tokens[k], SINGLE_INCIDENTS)) return true;
  }
  return false;
}

/**
 * Marks the sentence's casualty figures as one running toll: they count everything since the
 * start, so they are not an incident's own figures. The end of the period is set when the figure
 * joins its event (the day the toll is stated).
 */
export function markRunningToll(casualties: readonly RawCasualty[], tokens: readonly Token[], dates: readonly DateExpr[]): void {
  if (!casualties.length) return;
  const toll = runningTollOf(tokens, dates);
  if (!toll) return;
  for (const c of casualties) if (!inClauseBefore(tokens, c.pos, toll.at)) c.cumulative = { from: toll.from, to: null };
}

/**
 * «قتل 15 شخصا في هجوم على الأبيض، فيما ارتفعت حصيلة ضحايا الحرب إلى 15 ألفا»: a figure in a clause of its own
 * before the toll's marker is the incident's, not part of the running toll.
 */
function inClauseBefore(tokens: readonly Token[], pos: number, marker: number): boolean {
  for (let k = pos + 1; k < marker; k++) if (opensClause(tokens, k)) return true;
  return false;
}

/** «فيما», «بينما», or «، و…» (a comma and a word with «و» glued to it) at k. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.variants.some((v) => CLAUSE_OPENERS.includes(v))) return true;
  const next = tokens[k + 1];
  return CLAUSE_BREAKS.includes(t.text) && !!next && next.kind === 'word' && next.text.startsWith('و') && next.text !== 'و';
}
