import { ALLY_LINKS, BACKED_LINKS, PARENT_LINKS } from '../../lexicon/attribution/phrase-breaks.js';
import { DASHES } from '../../text/word-shapes.js';
import type { Token } from '../../text/tokens.js';

/**
 * Where a named subject may end before the words that follow it: right there, or before a label that only
 * restates who it is — an alias in brackets («تنظيم الدولة الإسلامية (داعش) …») or a branch named by its province
 * («تنظيم الدولة الإسلامية - ولاية خراسان …», «… ولاية غرب أفريقيا …»), or an affiliation that names its patron or
 * ally («حركة الشباب المرتبطة بتنظيم القاعدة …», «الجماعة الموالية لتنظيم الدولة …»). `at` is the first token after
 * the label.
 */
export function subjectEnds(tokens: readonly Token[], at: number): number[] {
  const ends = [at];
  const alias = bracketStart(tokens, at);
  if (alias !== undefined) ends.push(alias);
  const branch = provinceLabelStart(tokens, at);
  if (branch !== undefined) ends.push(branch);
  const affiliation = affiliationStart(tokens, at);
  if (affiliation !== undefined) ends.push(affiliation);
  return ends;
}

/** How many words an alias in brackets or a province's name may have. */
const LABEL_WORDS = 3;

function bracketStart(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at - 1]?.text !== ')') return undefined;
  for (let k = at - 2; k >= 0 && k >= at - 2 - LABEL_WORDS; k--) {
    if (tokens[k].text === '(') return k < at - 2 ? k : undefined;
    if (tokens[k].kind !== 'word') return undefined;
  }
  return undefined;
}

/** «- ولاية خراسان», «ولاية غرب أفريقيا»: the province word, with a dash before it when one stands there. */
function provinceLabelStart(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at - 2; k >= 0 && k >= at - 1 - LABEL_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    if (PROVINCE_WORDS.has(t.text)) return DASHES.has(tokens[k - 1]?.text ?? '') ? k - 1 : k;
  }
  return undefined;
}

/** «المرتبطة بتنظيم القاعدة», «الموالية لإيران»: the affiliation word, the patron's name (a few words) after it. */
function affiliationStart(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at - 2; k >= 0 && k >= at - 1 - AFFILIATION_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    if (AFFILIATION_WORDS.has(t.text)) return k;
  }
  return undefined;
}

/** How many words a patron's name may have after the affiliation word. */
const AFFILIATION_REACH = 4;

/** Words naming whom a group belongs or is allied to (normalised): the network, the backer, the ally. */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set([...PARENT_LINKS, ...BACKED_LINKS, ...ALLY_LINKS]);

/** The word an armed group's branches are named with (normalised: «ولاية»). */
const PROVINCE_WORDS: ReadonlySet<string> = new Set(['ولايه']);
