import { PERSON_TITLES } from '../../lexicon/attribution/person-titles.js';
import { SPEECH } from '../../lexicon/speech.js';
import type { Token } from '../../text/tokens.js';
import { bareName, nameLike } from './names.js';
import type { ActorPhrase, DocContext } from './types.js';

/**
 * What a report teaches about its speakers as it goes: names next to titled
 * phrases («وزارة الدفاع الأرمينية أرتوم توراسيان») and acronyms in parentheses
 * after a named actor («وكالة الأنباء الإماراتية (وام)»), so that «وقال توراسيان»
 * or «وأكدت (وام)» later name the same party.
 */
export function learnNames(tokens: readonly Token[], phrases: readonly ActorPhrase[], ctx: DocContext): void {
  for (const p of phrases) {
    learnAcronym(tokens, p, ctx);
    if (p.role !== 'head' || !PERSON_TITLES.has(p.headName ?? '')) continue;
    const who = { party: p.party, name: p.name };
    let j = p.end;
    if (tokens[j] && tokens[j].text === '،') j++;
    for (let n = 0; n < 3 && nameLike(tokens[j]); n++, j++) ctx.names.set(bareName(tokens[j]), who);
    for (const name of namesBefore(tokens, p.start)) ctx.names.set(name, who);
  }
}

/**
 * «أرتوم توراسيان، المتحدث باسم …», «قال توراسيان المتحدث …»: a name before a titled phrase stands in apposition (a
 * comma between) or right after a speech verb; not «انفجار قرب مقر الرئاسة», whose words before are no name.
 */
function namesBefore(tokens: readonly Token[], start: number): string[] {
  const comma = tokens[start - 1]?.text === '،';
  let j = comma ? start - 2 : start - 1;
  const names: string[] = [];
  for (let n = 0; n < 2 && nameLike(tokens[j]); n++, j--) names.push(bareName(tokens[j]!));
  return comma || (names.length && SPEECH.matchAt(tokens, j)) ? names : [];
}

/** «… الإماراتية الحكومية (وام)»: one word in parentheses right after the phrase (an adjective or two may stand between). */
function learnAcronym(tokens: readonly Token[], p: ActorPhrase, ctx: DocContext): void {
  if (!p.party || p.role === 'country' || p.role === 'nisba') return;
  let j = p.end;
  for (let n = 0; n < 2 && tokens[j]?.kind === 'word' && tokens[j].text.startsWith('ال'); n++) j++;
  const word = tokens[j + 1];
  if (tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')' || word?.kind !== 'word' || word.text.length < 2) return;
  // kept as written: «وام» must not become «ام» («أم») by losing a «و» it never had
  ctx.aliases.set(word.text, { party: p.party, name: p.name, agency: p.role === 'agency' });
}

/** Names and acronyms learned earlier stand for their phrase: «وقال توراسيان», «وأكدت (وام)». */
export function recallNames(tokens: readonly Token[], out: ActorPhrase[], ctx: DocContext): void {
  if (!ctx.names.size && !ctx.aliases.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const alias = ctx.aliases.get(t.text);
    const known = alias ?? ctx.names.get(bareName(t));
    if (!known) continue;
    if (out.some((p) => i >= p.start && i < p.end)) continue;
    const role = alias?.agency ? 'agency' : 'person';
    out.push({ start: i, end: i + 1, party: known.party, name: known.name, role, military: false, contextual: false });
  }
}
