import { BACKED_LINKS, PARENT_LINKS } from '../../lexicon/attribution/phrase-breaks.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { Actor } from '../../lexicon/parties.js';
import { SPEECH } from '../../lexicon/speech.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from './types.js';

/** Names in a sentence that are no side of it: the wire that carried it, the network a named group belongs to. */

/**
 * «بغداد (الأناضول) -», «الخرطوم 14 مارس (رويترز) -», «أنقرة/ الأناضول»: the wire credited in a dateline carried the
 * report and is no side of it (a Turkish agency filing from Baghdad is not Turkey). Only in the dateline's first words,
 * with no speaker or actor before it: «نقلت وكالة الأنباء السعودية (واس) عن …» names the agency that speaks.
 */
export function isDatelineCredit(tokens: readonly Token[], m: LexMatch<Actor>, before: readonly ActorPhrase[]): boolean {
  if (m.start > CREDIT_REACH || !CREDIT_MARKS.has(tokens[m.start - 1]?.text ?? '') || before.length) return false;
  for (let k = 0; k < m.start; k++) if (SPEECH.matchAt(tokens, k)) return false;
  return true;
}
const CREDIT_MARKS: ReadonlySet<string> = new Set(['(', '/']);
/** A city, a filing date and the mark: «الخرطوم 14 آذار/مارس 2024 (رويترز)». */
const CREDIT_REACH = 8;

/**
 * «مقاتلو حركة الشباب المرتبطة بتنظيم القاعدة هاجموا …», «كتائب حزب الله المدعومة من إيران تبنت …»: the network a
 * named group belongs to, or the state that backs it, describes it and is no actor of the sentence (the attacker is
 * al-Shabaab, not al-Qaeda; Iran is neither side of Kataib Hezbollah's attack).
 */
export function dropParentNetworks(tokens: readonly Token[], out: ActorPhrase[]): void {
  const groupEnds = new Set(out.filter((p) => p.role === 'group' && p.party).map((p) => p.end));
  for (let n = out.length - 1; n >= 0; n--) {
    const p = out[n];
    const link = patronLinkBefore(tokens, p.start);
    if (link === undefined || !groupEnds.has(link)) continue;
    if (p.role === 'group' || isBacker(tokens, link)) out.splice(n, 1);
  }
}

/** Where the words linking a group to its network or backer start, right before `start`: «المرتبطة ب…», «المدعومة من …». */
function patronLinkBefore(tokens: readonly Token[], start: number): number | undefined {
  if (tokens[start - 1]?.variants.some((v) => PARENT_LINKS.includes(v))) return start - 1;
  if (tokens[start - 1]?.text === 'من' && isBacker(tokens, start - 2)) return start - 2;
  return undefined;
}

const isBacker = (tokens: readonly Token[], at: number): boolean => BACKED_LINKS.includes(tokens[at]?.text ?? '');
