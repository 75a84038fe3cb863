/**
 * The ways to read an Arabic place phrase: proclitics taken off or not, the
 * article dropped or kept, each yielding its skeletons (`arabic-skeleton.ts`).
 */
import { arabicSkeletons, arabicWords, withoutArticle } from './arabic-skeleton.js';
import type { Skeleton } from './skeleton.js';
import { isStopword } from './stoplist.js';

export interface Reading {
  skeleton: Skeleton;
  /** Proclitics taken off and articles kept: bolder readings, penalised in the ranking. */
  detour: number;
}

/** Proclitic splits of the first word: و ف, then ب ل ك, and «لل» = ل + ال. */
function procliticSplits(word: string): { rest: string; removed: number }[] {
  const out = [{ rest: word, removed: 0 }];
  const conj = word.length > 3 && (word[0] === 'و' || word[0] === 'ف') ? [word, word.slice(1)] : [word];
  conj.forEach((w, i) => {
    if (i > 0) out.push({ rest: w, removed: 1 });
    if (w.startsWith('لل') && w.length > 4) out.push({ rest: 'ال' + w.slice(2), removed: i + 1 });
    else if (w.length > 3 && 'بلك'.includes(w[0])) out.push({ rest: w.slice(1), removed: i + 1 });
  });
  return out;
}

/** Readings of a phrase; none when, under any proclitic split, every word is a stopword or a country word. */
export function readingsOf(phrase: string, isCountryWord: (word: string) => boolean = () => false): Reading[] {
  const words = arabicWords(phrase);
  if (words.length === 0) return [];
  const splits = procliticSplits(words[0]);
  // و and ي are vowel slots, not consonants, so «وقالت» unsplit has the skeleton of «قالت»:
  // a phrase refused under one split is refused under all.
  const bareWords = (first: string) => [first, ...words.slice(1)].map((w) => withoutArticle(w) ?? w);
  if (splits.some(({ rest }) => bareWords(rest).every((w) => isStopword(w) || isCountryWord(w)))) return [];
  const readings: Reading[] = [];
  for (const { rest, removed } of splits) {
    const bare = bareWords(rest);
    const variants: { words: string[]; detour: number }[] = [{ words: bare, detour: removed }];
    if (withoutArticle(rest)) variants.push({ words: [rest, ...bare.slice(1)], detour: removed + 1 });
    for (const v of variants) for (const skeleton of arabicSkeletons(v.words)) readings.push({ skeleton, detour: v.detour });
  }
  return readings;
}
