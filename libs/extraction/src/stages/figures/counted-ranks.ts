import { MEMBER_LINKS } from '../../lexicon/loss-sides.js';
import { PERSONS } from '../../lexicon/nouns.js';
import { quantityAt } from '../../quantities/quantity.js';
import type { FigureSentence } from './figure-sentence.js';

/**
 * «قتل 4 من عناصر الشرطة», «جنديان من الشرطة الاتحادية», «مقتل 3 من حرس الحدود»: the armed side whose ranks the people
 * a figure counts are of, when its name stands inside the counted noun («عناصر الشرطة» is one) or right after it.
 * Those are the victims, whatever side the place lends a force named without one. Undefined when none is named.
 */
export function countedRanks({ tokens, actors }: FigureSentence, pos: number): string | undefined {
  for (let k = quantityAt(tokens, pos)?.end ?? pos, steps = 0; k < tokens.length && steps < MAX_STEPS; steps++) {
    const noun = PERSONS.matchAt(tokens, k);
    const end = noun ? noun.end : k + 1;
    const side = actors.find((a) => a.start >= k && a.start < end);
    if (side) return side.party && side.military ? side.party : undefined;
    if (noun) k = noun.end;
    else if (tokens[k].kind === 'number' || tokens[k].variants.some((v) => MEMBER_LINKS.includes(v))) k++;
    else return undefined;
  }
  return undefined;
}
const MAX_STEPS = 6;
