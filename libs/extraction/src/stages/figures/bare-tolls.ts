import type { CasualtyCategory } from '../../extraction-record.js';
import { BARE_TOLL_NOUNS, OCCURRING, RESULTED, RESULTED_IN, TOLL_ACTS } from '../../lexicon/figures/bare-tolls.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PERSONS, type PersonNoun } from '../../lexicon/nouns.js';
import { VAGUE_RANGES } from '../../lexicon/numbers.js';
import { quantityAt, type Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import { CATEGORY_OF } from './cue-index.js';

/** A toll with no count: its people (or an empty noun at the casualty word) and the vague quantity «عدد من» gives. */
export interface BareToll {
  category: CasualtyCategory;
  noun: LexMatch<PersonNoun>;
  qty: Quantity;
}

const has = (t: Token | undefined, words: readonly string[]) => !!t && t.variants.some((v) => words.includes(v));
const DEFINITE = /^[وفبل]?(?:ال|لل)/;
const SOME = VAGUE_RANGES.get('عدد')!;

/**
 * «أسفر القصف عن سقوط قتلى وجرحى», «وقوع إصابات في صفوف الجيش», «أسر جنود روس»: casualties told with no count
 * are a vague figure of two or more, like «عدد من». Only a category the sentence counts nowhere else.
 */
export function bareTolls(tokens: readonly Token[], cues: readonly LexMatch<Cue>[], counted: ReadonlySet<CasualtyCategory>): BareToll[] {
  const out: BareToll[] = [];
  let lastNoun = -1;
  for (const c of cues) {
    const category = CATEGORY_OF[c.data.kind];
    if (!category || counted.has(category) || out.some((b) => b.category === category)) continue;
    const t = tokens[c.start];
    if (c.end === c.start + 1 && !DEFINITE.test(t.text) && has(t, BARE_TOLL_NOUNS)) {
      // «قتلى وجرحى»: the second noun joined to a first that stood as a bare toll
      const joined = lastNoun === c.start - 1 && t.text.startsWith('و');
      if (!joined && !occurring(tokens, c.start)) continue;
      lastNoun = c.start;
      out.push({ category, noun: { start: c.end, end: c.end, data: { affiliation: 'unknown' } }, qty: some(c.start, c.end) });
      continue;
    }
    const people = c.end === c.start + 1 && has(t, TOLL_ACTS) ? PERSONS.matchAt(tokens, c.end) : undefined;
    if (!people || people.data.count !== undefined || people.data.category || DEFINITE.test(tokens[c.end].text)) continue;
    if (quantityAt(tokens, people.end)) continue;
    out.push({ category, noun: people, qty: some(c.end, c.end) });
  }
  return out;
}

/** «سقوط قتلى», «أسفر عن قتلى»: a word of the toll occurring right before its noun. */
function occurring(tokens: readonly Token[], at: number): boolean {
  if (has(tokens[at - 1], OCCURRING)) return true;
  return tokens[at - 1]?.text === RESULTED_IN && has(tokens[at - 2], RESULTED);
}

const some = (start: number, end: number): Quantity => ({ start, end, min: SOME.min, max: SOME.max, approximate: true, vague: true });
