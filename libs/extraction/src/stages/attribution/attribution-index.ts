import type { Attribution } from './attribution.js';
import { partitionPoint } from '../../text/partition-point.js';

/**
 * Which attributions of a sentence claim what its cue tells: the nearest before the cue (non-agency preferred), else
 * the first after that is no statement of its own, else the running speaker. Resolved once per sentence and searched
 * per cue.
 */
/** Claimants for a cue: the nearest attribution before it (non-agency preferred), else the first after, else the running speaker. */
export function attributionAt(attrs: readonly Attribution[], pos: number, speaker: Attribution | null): Attribution[] {
  const index = indexOf(attrs, speaker);
  if (!index) return scanAt(attrs, pos, speaker);
  const { positions } = index;
  // attributions in position order: those at or before the cue are a prefix
  const k = partitionPoint(positions.length, (i) => positions[i]! <= pos);
  // «وأُعلن عن مقتل 4 جنود …، بحسب وزارة الدفاع»: see scanAt
  const named = index.nextVia[k];
  if (named !== undefined && k > 0 && index.prefixAllInherit[k]) return index.atRawPos(positions[named]);
  if (k > 0) {
    const pick = index.atPos(positions[k - 1]);
    if (!pick.every((a) => a.agency)) return pick;
    return index.firstNonAgency ? index.atPos(index.firstNonAgency.pos) : pick;
  }
  // «غارات على عيتا الشعب، وأعلن حزب الله استهداف موقع»: a later statement joined by «و» tells its own news
  const after = index.firstAfter(k);
  if (after !== undefined) return index.atPos(positions[after]);
  return speaker ? [speaker] : [];
}

/** The same answer as attributionAt by scanning every attribution: for lists not in position order. */
function scanAt(attrs: readonly Attribution[], pos: number, speaker: Attribution | null): Attribution[] {
  const resolved = resolveInherited(attrs, speaker);
  const before = resolved.filter((a) => a.pos <= pos);
  // «وأُعلن عن مقتل 4 جنود …، بحسب وزارة الدفاع»: a verb with no subject (a passive, unvowelled) before the cue and a
  // source named by «بحسب» after it: the source
  const named = attrs.find((a) => a.pos > pos && a.via);
  if (named && before.length && attrs.filter((a) => a.pos <= pos).every((a) => a.inherit)) return attrs.filter((a) => a.pos === named.pos);
  if (before.length) {
    const lastPos = before[before.length - 1].pos;
    const pick = before.filter((a) => a.pos === lastPos);
    if (!pick.every((a) => a.agency)) return pick;
    const other = resolved.find((a) => !a.agency);
    return other ? resolved.filter((a) => a.pos === other.pos) : pick;
  }
  const after = resolved.find((a) => a.pos > pos && !a.conjoined);
  if (after) return resolved.filter((a) => a.pos === after.pos);
  return speaker ? [speaker] : [];
}

/**
 * A sentence's attributions resolved once for all its cues (a sentence of thousands of speech verbs asked them whole
 * for every cue: quadratic). Only for a list in position order, which is what findAttributions gives but for relays.
 */
interface AttributionIndex {
  speaker: Attribution | null;
  positions: number[];
  /** Per prefix length k: the first «بحسب» source after the prefix (its index), if any. */
  nextVia: (number | undefined)[];
  /** Per prefix length k: whether every attribution in it has no subject of its own. */
  prefixAllInherit: boolean[];
  firstNonAgency: Attribution | undefined;
  /** The first attribution from index k on that may source words before it (not a conjoined statement). */
  firstAfter: (k: number) => number | undefined;
  /** The attributions at one position, as the list resolves them. */
  atPos: (pos: number) => Attribution[];
  /** The attributions at one position, as found. */
  atRawPos: (pos: number) => Attribution[];
}

const indexes = new WeakMap<readonly Attribution[], AttributionIndex | null>();

function indexOf(attrs: readonly Attribution[], speaker: Attribution | null): AttributionIndex | null {
  const cached = indexes.get(attrs);
  if (cached !== undefined && (cached === null || cached.speaker === speaker)) return cached;
  const index = buildIndex(attrs, speaker);
  indexes.set(attrs, index);
  return index;
}

function buildIndex(attrs: readonly Attribution[], speaker: Attribution | null): AttributionIndex | null {
  const positions = attrs.map((a) => a.pos);
  if (positions.some((p, i) => i > 0 && p < positions[i - 1])) return null;
  const resolved = resolveInherited(attrs, speaker);
  const n = attrs.length;
  const nextVia = new Array<number | undefined>(n + 1);
  for (let k = n - 1; k >= 0; k--) nextVia[k] = attrs[k].via ? k : nextVia[k + 1];
  const prefixAllInherit = [true];
  for (let k = 0; k < n; k++) prefixAllInherit.push(prefixAllInherit[k] && !!attrs[k].inherit);
  const nextSource = new Array<number | undefined>(n + 1);
  for (let k = n - 1; k >= 0; k--) nextSource[k] = resolved[k].conjoined ? nextSource[k + 1] : k;
  return {
    speaker,
    positions,
    nextVia,
    prefixAllInherit,
    firstNonAgency: resolved.find((a) => !a.agency),
    firstAfter: (k) => nextSource[k],
    atPos: grouped(resolved).at,
    atRawPos: grouped(attrs).at,
  };
}

/** Attributions by position, each group in list order. */
export function grouped(attrs: readonly Attribution[]): { at: (pos: number) => Attribution[]; all: () => Iterable<Attribution[]> } {
  const groups = new Map<number, Attribution[]>();
  for (const a of attrs) {
    const group = groups.get(a.pos);
    if (group) group.push(a);
    else groups.set(a.pos, [a]);
  }
  return { at: (pos) => groups.get(pos) ?? [], all: () => groups.values() };
}

/**
 * «وأضاف» without a subject: the last explicit speaker of the sentence, else the running one, goes on;
 * with nobody before it, it is the outlet's voice (a speaker named later in the sentence does not reach back).
 */
function resolveInherited(attrs: readonly Attribution[], speaker: Attribution | null): Attribution[] {
  const resolved: Attribution[] = [];
  let lastExplicit: Attribution | null = null;
  for (const a of attrs) {
    if (!a.inherit) {
      resolved.push(a);
      lastExplicit = a;
      continue;
    }
    const from = lastExplicit ?? speaker ?? OUTLET;
    resolved.push({ ...from, pos: a.pos, accused: a.accused ?? from.accused, conjoined: a.conjoined });
  }
  return resolved;
}

const OUTLET: Attribution = { pos: -1, party: null, name: null, agency: false };
