import { ANALYST_NOUNS, VIEW_SOURCES, VIEW_VERBS } from '../../lexicon/analyst-views.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import type { Token } from '../../text/tokens.js';

/**
 * «يرى محللون أن الغارات الإسرائيلية تهدف إلى …», «يعتقد خبراء عسكريون أن …», «وبحسب مراقبين فإن …»: unnamed analysts,
 * experts or observers as the subject of a verb of thinking or saying (or the source after «بحسب») give a reading, not
 * news: from the verb to the end of the sentence nothing is told (as under a modal). Not a named panel («خبراء الأمم
 * المتحدة», an indefinite noun with a definite one after it): it reports.
 */
export function suspendAnalystViews(tokens: readonly Token[], blocked: (MarkerKind | undefined)[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!opensView(tokens, i)) continue;
    for (let k = i; k < tokens.length; k++) if (blocked[k] === undefined) blocked[k] = 'modal';
    return;
  }
}

/** How far after its verb the analysts may stand («يرى عدد من المحللين»: «عدد من» between). */
const SUBJECT_REACH = 3;

function opensView(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word') return false;
  const bare = t.text.replace(/^[وف]/, '');
  if (!VIEW_VERBS.has(t.text) && !VIEW_SOURCES.has(t.text) && !VIEW_VERBS.has(bare) && !VIEW_SOURCES.has(bare)) return false;
  for (let k = i + 1; k <= i + SUBJECT_REACH && k < tokens.length; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (isAnalysts(tokens, k)) return true;
  }
  return false;
}

/** Indefinite analysts («محللون», «المحللين» after «عدد من» too), not the construct of a named panel. */
function isAnalysts(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].text;
  const noun = w.startsWith('ال') ? w.slice(2) : w;
  if (!ANALYST_NOUNS.has(noun)) return false;
  const next = tokens[k + 1];
  // «خبراء الأمم المتحدة», «مراقبي الهدنة»: a panel named by what follows reports
  return !(w === noun && next?.kind === 'word' && next.text.startsWith('ال'));
}
