import { DEMAND_REACH, DEMANDED_HELP, DEMANDS, MORE_OF } from '../../lexicon/triggers/request-context.js';
import type { Token } from '../../text/tokens.js';
import { has } from './sentence-view.js';

/** A word of demanding at token i («طالب», «طالبت»; also «طالب», a student, which demands nothing). */
export const isDemand = (tokens: readonly Token[], i: number) => has(tokens[i], DEMANDS);

/**
 * «طالب الرئيس الحلفاء بمزيد من الأسلحة», «طالبت واشنطن بالتدخل»: help or arms behind «ب» within a few words after
 * the demand (its addressee and «مزيد من» allowed between). Not «قتل طالب بالرصاص» nor «طالب بانسحاب القوات».
 */
export function demandsHelp(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + DEMAND_REACH); k++) {
    if (!BY.test(tokens[k].text)) continue;
    let at = k;
    while (at < k + 2 && has(tokens[at], MORE_OF) && has(tokens[at + 1], MORE_OF)) at++;
    return has(tokens[at], DEMANDED_HELP) || (at > k && has(tokens[at + 1], DEMANDED_HELP));
  }
  return false;
}
const BY = /^[وف]?ب/;
