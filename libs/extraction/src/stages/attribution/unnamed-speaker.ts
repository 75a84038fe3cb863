import { ADVERBIALS } from '../../lexicon/attribution/adverbials.js';
import { SPEAKING_BODIES } from '../../lexicon/attribution/speaking-bodies.js';
import type { Token } from '../../text/tokens.js';
import type { Attribution } from './types.js';

/**
 * «وقالت تنسيقية لجان المقاومة في الفاشر إن …», «وأعلنت هيئة محامي دارفور مقتل …», «وقال مسعفون إن …»: a verb of
 * saying whose subject the lexicon does not know, but whose head names a body or people that are no party
 * (lexicon/attribution/speaking-bodies.ts). It is a speaker of its own (party null), so the sentence is not the
 * previous speaker's claim. Only its subject right after the verb (time words may stand between), and no addressee
 * («قال لمنظمة …» starts with «لـ»).
 */
export function unnamedSpeaker(tokens: readonly Token[], verb: number, after: number): Attribution | undefined {
  let k = after;
  while (k < tokens.length && k < after + ADVERBIAL_REACH && isAdverbial(tokens[k])) k++;
  const label = bodyAt(tokens, k);
  return label ? { pos: verb, party: null, name: label, agency: false } : undefined;
}

/** How many time words may stand between a verb and its subject («قالت اليوم الأحد منظمة …»). */
const ADVERBIAL_REACH = 3;

const isAdverbial = (t: Token): boolean => t.kind === 'punct' || ADVERBIALS.has(t.text);

/** The label of the body whose head is at k (one word, or two: «الهلال الأحمر»), with or without the article. */
function bodyAt(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  const forms = t.text === bare(t.text) ? [t.text] : [t.text, bare(t.text)];
  const next = tokens[k + 1];
  for (const f of forms) {
    const label = (next?.kind === 'word' && SPEAKING_BODIES.get(`${f} ${next.text}`)) || SPEAKING_BODIES.get(f);
    if (label) return label;
  }
  return undefined;
}

/** A head as the table lists it: without the article («الشبكة» is «شبكة»). */
const bare = (w: string): string => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);
