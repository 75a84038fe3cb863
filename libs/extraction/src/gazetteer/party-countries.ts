/**
 * The home countries of the armed groups a report names («حركة الشباب» → SO, «قوات الدعم السريع» → SD,
 * «الحوثيون» → YE), from the project's actor table: a report about al-Shabaab's fighters is about Somalia even
 * when the only country it names is the United States whose aircraft struck («القيادة المركزية الأمريكية»). A
 * place spelled like places of several countries, or a village the curated gazetteer lacks, is then read in the
 * group's country first.
 *
 * One pass over the words of the normalised text; each word is looked up once (with its proclitics off), and a
 * name of several words is compared word by word from there.
 */
import { ACTOR_TABLE } from '@sitrep/domain';
import { normalizeKey } from '../text/normalize.js';

/** A group name's words after its first, with the group's home country. */
interface NameTail {
  rest: readonly string[];
  country: string;
}

let byFirstWord: Map<string, NameTail[]> | undefined;

function table(): Map<string, NameTail[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const entry of ACTOR_TABLE) {
    if (entry.kind !== 'group' || !entry.country) continue;
    for (const name of entry.arabic) {
      const words = normalizeKey(name)
        .split(/[\s-]+/)
        .filter(Boolean);
      if (!words.length) continue;
      const tails = byFirstWord.get(words[0]) ?? [];
      tails.push({ rest: words.slice(1), country: entry.country });
      byFirstWord.set(words[0], tails);
    }
  }
  return byFirstWord;
}

const WORD = /[\u0621-\u064a]+/g;
const PROCLITICS = 'وفبلك';

/** The tails of the names whose first word is `word`, trying the word with one or two proclitics off. */
function tailsOf(word: string, names: Map<string, NameTail[]>): NameTail[] | undefined {
  let w = word;
  for (let k = 0; k <= 2; k++) {
    const tails = names.get(w) ?? (w.startsWith('لل') ? names.get('ال' + w.slice(2)) : undefined);
    if (tails) return tails;
    if (w.length < 4 || !PROCLITICS.includes(w[0])) return undefined;
    w = w.slice(1);
  }
  return undefined;
}

/** ISO codes of the home countries of the armed groups named in a normalised text, in order of first mention. */
export function partyCountriesIn(normalized: string): string[] {
  const names = table();
  const words = normalized.match(WORD) ?? [];
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const tails = tailsOf(words[i], names);
    if (!tails) continue;
    // the longest name that the words go on with («طالبان باكستان» is the Pakistani Taliban, not «طالبان»)
    let best: NameTail | undefined;
    for (const tail of tails)
      if ((!best || tail.rest.length > best.rest.length) && tail.rest.every((w, k) => words[i + 1 + k] === w)) best = tail;
    if (best && !found.includes(best.country)) found.push(best.country);
  }
  return found;
}
