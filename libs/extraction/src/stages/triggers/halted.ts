import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import {
  ADDRESSED_FORCES,
  ADDRESSEE_NAME_REACH,
  GOING_ON_NEGATIONS,
  HALT_FILLER_REACH,
  HALT_FILLERS,
  HALT_FROM,
  HALT_WORDS,
  PURPOSE_PREFIX,
  STOPPING_VERBS,
} from '../../lexicon/triggers/halt-words.js';
import type { Token } from '../../text/tokens.js';
import { findWord, has } from './token-words.js';

/** Cue kinds of fighting a halt can govern. */
const HALTABLE: ReadonlySet<Cue['kind']> = new Set<Cue['kind']>(['clash', 'attack', 'shell', 'air', 'aircraft']);

/**
 * The words of war a halt governs («دعا … إلى وقف فوري للقصف», «طالب بوقف الهجمات الصاروخية», «حث إسرائيل الثلاثاء
 * على وقف غاراتها», «الكف عن الهجمات», «أعلن الجيش وقف الغارات»), by cue start: what is to stop, or has stopped, is
 * not a strike the sentence tells, however far the call stands. A weapon word right after a halted one is halted too
 * («الهجمات الصاروخية»). Not when the halt is negated («لم يتوقف القصف»: it went on).
 */
export function haltedCues(tokens: readonly Token[], cues: readonly LexMatch<Cue>[]): ReadonlySet<number> {
  const halted = new Set<number>();
  let lastEnd = -1;
  for (const c of cues) {
    if (!HALTABLE.has(c.data.kind)) continue;
    if (c.start === lastEnd || haltedAt(tokens, c.start)) {
      halted.add(c.start);
      lastEnd = c.end;
    }
  }
  return halted;
}

function haltedAt(tokens: readonly Token[], at: number): boolean {
  const halt = haltBefore(tokens, at);
  return halt >= 0 && !goesOn(tokens, halt);
}

/** The halt word just before token `at` (past «عن» and up to two fillers), or -1. */
function haltBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  for (let skipped = 0; k >= 0 && skipped < HALT_FILLER_REACH && has(tokens[k], HALT_FILLERS); skipped++) k--;
  if (k >= 0 && has(tokens[k], HALT_FROM)) k--;
  return k >= 0 && has(tokens[k], HALT_WORDS) ? k : -1;
}

/** «لم يتوقف القصف», «لا تتوقف الغارات»: a verb of stopping right after a negation of the past or present. */
export function goesOn(tokens: readonly Token[], verb: number): boolean {
  return verb > 0 && has(tokens[verb], STOPPING_VERBS) && has(tokens[verb - 1], GOING_ON_NEGATIONS);
}

/**
 * A plea to stop something asks for no help (stages/triggers/truce-rules.ts): «ناشدت الأمم المتحدة الأطراف وقف
 * الهجمات على قوافل الإغاثة» (the help word after the halt is part of what is to stop), «ناشد الأهالي قوات الدعم
 * السريع وقف القصف» (the forces before the halt are those addressed). Not «طلبت إرسال قوات لوقف الهجمات», where the
 * halt is the purpose of the forces asked for. `obj` is the first help word after the request word at `from`.
 */
export function pleaToStop(tokens: readonly Token[], from: number, obj: number): boolean {
  if (findWord(tokens, from, obj, HALT_WORDS) >= 0) return true;
  if (!has(tokens[obj], ADDRESSED_FORCES)) return false;
  const halt = findWord(tokens, obj + 1, obj + 1 + ADDRESSEE_NAME_REACH, HALT_WORDS);
  return halt >= 0 && !PURPOSE_PREFIX.test(tokens[halt].text);
}
