import { normalizeKey } from '../text/normalize.js';
import { isQuoteToken, newFormSlot, type Token } from '../text/tokens.js';

/**
 * A phrase dictionary keyed on the first word: one hash probe per clitic
 * variant of a token, then a short check of the following words. Cost does
 * not grow with the number of entries.
 */
export interface LexMatch<T> {
  /** Token index of the first and one-past-last word. */
  start: number;
  end: number;
  data: T;
}

/** «ال» is optional on every lexicon word: keys are stored without it (when 3+ letters remain). */
export function lexWord(w: string): string {
  return w.startsWith('ال') && w.length >= 5 ? w.slice(2) : w;
}

interface Entry<T> {
  rest: string[];
  data: T;
}

export class Lexicon<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** Slot in each token's per-form cache (Token.lex); renewed when entries are added after matching began. */
  private slot = newFormSlot();
  private used = false;
  /** How often each phrase was added, as written. */
  private readonly written = new Map<string, number>();

  /**
   * Entry lists for a token's variants, in variant order. Tokens of one surface
   * form share one cache array, so a form is looked up once per lexicon, not
   * once per variant per occurrence.
   */
  private listsFor(t: Token): Entry<T>[][] {
    const cache = t.lex;
    if (cache !== undefined) {
      const hit = cache[this.slot];
      if (hit !== undefined) return hit as Entry<T>[][];
    }
    this.used = true;
    const lists: Entry<T>[][] = [];
    for (const v of t.variants) {
      const list = this.byFirst.get(v);
      if (list !== undefined) lists.push(list);
    }
    if (cache !== undefined) cache[this.slot] = lists;
    return lists;
  }

  add(phrase: string, data: T): this {
    this.written.set(phrase, (this.written.get(phrase) ?? 0) + 1);
    const words = normalizeKey(phrase).split(' ').filter(Boolean).map(lexWord);
    if (!words.length) return this;
    const [first, ...rest] = words;
    if (this.used) {
      this.slot = newFormSlot();
      this.used = false;
    }
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push({ rest, data });
    return this;
  }

  addAll(phrases: readonly string[], data: T): this {
    for (const p of phrases) this.add(p, data);
    return this;
  }

  /**
   * Longest entry starting at token i, or undefined. `accept` turns down a reading (a cue word whose sense needs
   * something beside it), leaving the place to the other readings of the same words.
   */
  matchAt(tokens: readonly Token[], i: number, accept?: (m: LexMatch<T>) => boolean): LexMatch<T> | undefined {
    const t = tokens[i];
    if (!t || t.kind === 'punct') return undefined;
    // the winner is only materialised at the end: this runs for every token under every lexicon
    let bestLen = 0;
    let bestData: T | undefined;
    const lists = this.listsFor(t);
    for (let vi = 0; vi < lists.length; vi++) {
      const list = lists[vi];
      for (let li = 0; li < list.length; li++) {
        const e = list[li];
        const rest = e.rest;
        if (bestLen >= 1 + 2 * rest.length) continue; // longer than this entry can be, even with quotes
        // one quote mark may stand between two words of a name («قوات "الدعم السريع"», «هيئة "تحرير الشام"»)
        let at = i + 1;
        let ok = true;
        for (let k = 0; k < rest.length; k++, at++) {
          if (isQuoteToken(tokens[at])) at++;
          const tk = tokens[at];
          if (!tk || !tk.variants.includes(rest[k])) {
            ok = false;
            break;
          }
        }
        const len = at - i;
        if (!ok || bestLen >= len) continue;
        if (!accept || accept({ start: i, end: i + len, data: e.data })) {
          bestLen = len;
          bestData = e.data;
        }
      }
    }
    return bestLen > 0 ? { start: i, end: i + bestLen, data: bestData as T } : undefined;
  }

  /**
   * Phrases written twice in the tables (the same text, whatever the data): the later
   * entry can never match, since the first entry of a key wins. For the no-duplicates spec.
   */
  duplicates(): string[] {
    return [...this.written.entries()].filter(([, n]) => n > 1).map(([p]) => p);
  }

  /** All non-overlapping longest matches, left to right. */
  scan(tokens: readonly Token[], accept?: (m: LexMatch<T>) => boolean): LexMatch<T>[] {
    const out: LexMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = this.matchAt(tokens, i, accept);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}
