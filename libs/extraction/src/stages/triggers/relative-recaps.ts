import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { BARE_TOLL_NOUNS } from '../../lexicon/figures/bare-tolls.js';
import { TOLL } from '../../lexicon/figures/casualty-context.js';
import { DESTROYED_OBJECTS } from '../../lexicon/figures/materiel-context.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import { RAIDED_CIVIL_PLACES } from '../../lexicon/triggers/clash-context.js';
import type { Token } from '../../text/tokens.js';
import { has } from './token-words.js';

/** Places and buildings («المنازل», «الأحياء», «المواقع»): a head that an earlier attack may describe. */
const PLACE_HEADS: readonly string[] = [...RAIDED_CIVIL_PLACES, ...DESTROYED_OBJECTS];

/** «الذين أصيبوا», «التي دمرها», «التي تعرضت» — not a present («التي يسيطر عليها», «الذين يقاتلون»). */
const PAST_VERB = (w: string) => !/^[وف]?[يني]/.test(w) && (!/^[وف]?ت/.test(w) || /(?:ت|وا|ها|هم)$/.test(w));

/**
 * «عاد الأهالي إلى المنازل التي دمرها القصف», «زار الوزير الجرحى الذين أصيبوا في غارة الأسبوع الماضي»: a place or
 * the wounded and dead described by a past attack in a relative clause. The attack is recalled, not told: the
 * clause (with a casualty head, the head too) is a recap, background unless a time of its own dates it. A toll
 * («عدد الشهداء الذين سقطوا … إلى 40») or a count in the clause is the news, and stays.
 */
export function recallRelativeClauses(tokens: readonly Token[], clause: readonly number[], blocked: (MarkerKind | undefined)[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!RELATIVE_PRONOUNS.has(tokens[k].text) || !PAST_VERB(tokens[k + 1].text)) continue;
    const head = tokens[k - 1];
    if (!/^[وفب]?ال/.test(head.text)) continue;
    let to = k;
    while (to + 1 < tokens.length && to < k + RECAP_REACH && clause[to + 1] === clause[k]) to++;
    const from = has(head, PLACE_HEADS) ? k : recalledCasualties(tokens, k, to) ? k - 1 : -1;
    if (from < 0) continue;
    for (let j = from; j <= to; j++) blocked[j] ??= 'recap';
    k = to;
  }
}

/** How far a relative clause of recall reaches (its clause's end, at most). */
const RECAP_REACH = 15;

/** «الجرحى الذين أصيبوا»: the dead or wounded as a head, with no toll word before it and no count up to `to`. */
function recalledCasualties(tokens: readonly Token[], k: number, to: number): boolean {
  if (!has(tokens[k - 1], BARE_TOLL_NOUNS) || has(tokens[k - 2], TOLL)) return false;
  for (let j = Math.max(0, k - 1 - RECAP_REACH); j <= to; j++) if (tokens[j].kind === 'number') return false;
  return true;
}
