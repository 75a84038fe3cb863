import { EXPELLING, GAVE_UP } from '../../lexicon/triggers/control-context.js';
import type { ActorPhrase } from './types.js';
import type { Token } from '../../text/tokens.js';

/**
 * «انسحبت القوات الأوكرانية من البلدة», «فقدت قوات الدعم السريع السيطرة على …»: the control change at `pos` is told
 * of the side that gave the place up (the cue itself, or a verb of losing a few words before it in its stretch of
 * words), not of the side that took it.
 */
export function gaveUp(tokens: readonly Token[], pos: number): boolean {
  for (let k = pos; k >= 0 && k >= pos - GAVE_UP_REACH; k--) {
    if (tokens[k].kind === 'punct') return false;
    if (tokens[k].variants.some((v) => GAVE_UP.includes(v))) return true;
  }
  return false;
}
/** «فقدت قوات الدعم السريع السيطرة»: the verb, the side (up to three words), the control noun. */
const GAVE_UP_REACH = 4;

/**
 * «طرد الجيش العراقي تنظيم داعش من بلدة …»: the «من» after a verb of expelling at `pos`, past its subject and object
 * and no punctuation; -1 when the word is no such verb or names no place it expelled from.
 */
export function expelledFromAt(tokens: readonly Token[], pos: number): number {
  if (!tokens[pos]?.variants.some((v) => EXPELLING.includes(v))) return -1;
  for (let k = pos + 1; k < tokens.length && k <= pos + EXPEL_REACH; k++) {
    if (tokens[k].kind === 'punct') return -1;
    if (tokens[k].variants.includes('من')) return k;
  }
  return -1;
}
/** The verb, a subject and an object of up to four words each («قوات سوريا الديمقراطية», «مسلحي تنظيم الدولة الإسلامية»). */
const EXPEL_REACH = 9;

/**
 * The sides of an expulsion: the last side named between the verb and «من» was expelled (it lost the place); the
 * expeller took it — the side named before it after the verb («طرد الجيش العراقي تنظيم داعش من …»), else the one
 * just before the verb («القوات الأوكرانية أخرجت الروس من …»).
 */
export function expulsionSides(
  actors: readonly ActorPhrase[],
  tokens: readonly Token[],
  pos: number,
): { taker: string | null; loser: string } | null {
  const from = expelledFromAt(tokens, pos);
  if (from < 0) return null;
  const sides = actors.filter((a) => !!a.party && a.role !== 'agency' && a.role !== 'person');
  const between = sides.filter((a) => a.start > pos && a.end <= from);
  const loser = between.at(-1);
  if (!loser?.party) return null;
  const before = sides.filter((a) => a.end <= pos && a.end >= pos - SUBJECT_GAP).at(-1);
  const taker = between.length > 1 ? between[0] : before;
  return { taker: taker && taker.party !== loser.party ? taker.party : null, loser: loser.party };
}
/** «القوات الأوكرانية أخرجت …», «وقال إن الجيش قد طرد …»: the subject ends at most this far before the verb. */
const SUBJECT_GAP = 2;
