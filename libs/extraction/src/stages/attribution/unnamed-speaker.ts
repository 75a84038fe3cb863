import { ADVERBIALS } from '../../lexicon/attribution/adverbials.js';
import { APPOSITION_OPENERS, SPEAKING_BODIES } from '../../lexicon/attribution/speaking-bodies.js';
import type { Token } from '../../text/tokens.js';
import { nameLike } from './names.js';
import type { ActorPhrase, Attribution } from './types.js';

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
  const label = bodyAt(tokens, k) ?? bodyAt(tokens, pastOne(tokens, k)) ?? namedMember(tokens, k);
  return label ? { pos: verb, party: null, name: label, agency: false } : undefined;
}

/** «أحد سكان», «إحدى الناجيات»: the body after «one of». */
const pastOne = (tokens: readonly Token[], k: number): number => (APPOSITION_OPENERS.has(tokens[k]?.text ?? '') ? k + 1 : -1);

/** How many words a person's name may have before its apposition. */
const NAME_WORDS = 3;

/**
 * «وقال محمد الأمين، أحد سكان المدينة، إن …», «وقالت فاطمة علي، وهي من سكان الحي، إن …»: a name the lexicon does not
 * know, then a comma and an apposition that makes it one of a body or of the people of a place.
 */
function namedMember(tokens: readonly Token[], k: number): string | undefined {
  if (!nameLike(tokens[k])) return undefined;
  let j = k + 1;
  while (j < k + NAME_WORDS && tokens[j]?.kind === 'word' && (nameLike(tokens[j]) || tokens[j].text.startsWith('ال'))) j++;
  if (tokens[j]?.text !== '،' && tokens[j]?.text !== ',') return undefined;
  let a = j + 1;
  for (let n = 0; n < 2 && APPOSITION_OPENERS.has(tokens[a]?.text ?? ''); n++) a++;
  return a > j + 1 ? bodyAt(tokens, a) : undefined;
}

/** How many time words may stand between a verb and its subject («قالت اليوم الأحد منظمة …»). */
const ADVERBIAL_REACH = 3;

const isAdverbial = (t: Token): boolean => t.kind === 'punct' || ADVERBIALS.has(t.text);

/** The label of the body whose head is at k (one word, or two: «الهلال الأحمر»), with or without the article. */
function bodyAt(tokens: readonly Token[], k: number): string | undefined {
  const t = k >= 0 ? tokens[k] : undefined;
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

/**
 * «وبحسب شبكة أطباء السودان، فإن …», «وفق نقابة أطباء اليمن»: a source named after «بحسب» whose name holds a country
 * («السودان» in «شبكة أطباء السودان») is the body, not the country. `place` is the actor read as the source.
 */
export function bodyNamingPlace(tokens: readonly Token[], verb: number, after: number, place: ActorPhrase): Attribution | undefined {
  if (place.role !== 'country' && place.role !== 'capital') return undefined;
  const body = unnamedSpeaker(tokens, verb, after);
  return body && place.start > after && place.start <= after + PLACE_IN_NAME ? body : undefined;
}

/** How far into a body's name the country may stand («نقابة أطباء السودان»: two words before it). */
const PLACE_IN_NAME = 3;
