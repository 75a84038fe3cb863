/** One draft per type, claimant and day in a sentence: twins folded, unless told as simultaneous events. */
import { CONCURRENT_WORD } from '../../lexicon/clause-breaks.js';
import type { Token } from '../../text/tokens.js';
import { opensLinkedClause } from '../triggers/token-words.js';
import type { Draft } from './draft.js';

/**
 * Are the cues at two token positions told as two simultaneous events? «سقطت قذائف على X، تزامناً مع قصف
 * على Y»: a word of concurrence between them says so.
 */
export function concurrentApart(tokens: readonly Token[]): Apart {
  const marks: number[] = [];
  const also: number[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'word' && CONCURRENT_WORD.test(t.text)) marks.push(k);
    // «…، كما قتل أربعة مدنيين في نيالا», «قصفت المدفعية مأرب، في حين قصفت الدبابات الحديدة»: a linked clause adds
    // the same kind of fact; at a place of its own it is another event
    if (opensLinkedClause(tokens, k)) also.push(k);
  });
  const between = (ks: readonly number[], a: number, b: number) => ks.some((k) => k > Math.min(a, b) && k <= Math.max(a, b));
  return (o, d) => between(marks, o.pos, d.pos) || (between(also, o.pos, d.pos) && placesApart(o, d));
}

/** Are two drafts (of one type, claimant and day) told as two events? */
type Apart = (o: Draft, d: Draft) => boolean;

/** Both drafts have places of their own, and they share none. */
const placesApart = (o: Draft, d: Draft): boolean =>
  !o.inferredPlaces &&
  !d.inferredPlaces &&
  o.locations.length > 0 &&
  d.locations.length > 0 &&
  !o.locations.some((p) => d.locations.some((q) => q.id === p.id));

/** One event per type, claimant and day in a sentence (several cues of one fact), unless told as simultaneous events. */
export function addOrFold(drafts: Draft[], draft: Draft, apart: Apart): void {
  const twin = drafts.find(
    (o) =>
      o.type === draft.type &&
      !apart(o, draft) &&
      !o.answered === !draft.answered &&
      o.claimant.party === draft.claimant.party &&
      o.claimant.name === draft.claimant.name &&
      (o.date?.from ?? null) === (draft.date?.from ?? null) &&
      (o.date?.to ?? null) === (draft.date?.to ?? null),
  );
  if (!twin) {
    drafts.push(draft);
    return;
  }
  for (const x of draft.weapons) if (!twin.weapons.includes(x)) twin.weapons.push(x);
  for (const l of draft.locations) if (!twin.locations.includes(l)) twin.locations.push(l);
  twin.weight = Math.max(twin.weight, draft.weight);
  twin.bareStrike = twin.bareStrike && draft.bareStrike;
}
