/**
 * The scan of a normalised text against the trie: each word start once, with
 * the proclitic splits, longest usable match, never overlapping.
 */
import { CURRENT, NEXT, PAST } from '../lexicon/time/modifiers.js';
import { hasCueBefore, hasLocativeBefore } from './cues.js';
import { B, F, GAF, GAF_TRIES, foldLetter, isCliticLetter, isQuote, isSeparator, isWordChar, K, L, SPACE, W } from './letters.js';
import { afterAl, child, root, type Entry, type Node } from './trie.js';

export interface RawMatch {
  wordStart: number; // normalised index where the word (clitics included) starts
  start: number; // normalised index where the name starts
  end: number; // normalised index, exclusive
  entries: Entry[];
  conj: boolean; // the clitics include و / ف (a list continuation)
}

// Scan state, reused across calls (findPlaces is synchronous and not re-entrant).
let bestEnd = -1;
let bestEntries: Entry[] | null = null;
let cueState = 0; // 0 unknown, 1 cue before the current word, 2 none
let locState = 0; // 0 unknown, 1 locative preposition before the current word, 2 none
let cueWordStart = 0;
let listed = false;

function ctxAllowed(s: string): boolean {
  if (listed) return true;
  if (cueState === 0) cueState = hasCueBefore(s, cueWordStart) ? 1 : 2;
  return cueState === 1;
}

function locAllowed(s: string): boolean {
  if (locState === 0) locState = hasLocativeBefore(s, cueWordStart) ? 1 : 2;
  return locState === 1;
}

/** «في آب 2023», «في آب/أغسطس», «في آب الماضي»: a year, a second month name or a month's modifier after the word makes it a date. */
function datedAfter(s: string, end: number): boolean {
  let j = end;
  while (j < s.length && s.charCodeAt(j) === SPACE) j++;
  const c = s.charCodeAt(j);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2f) return true;
  let k = j;
  while (k < s.length && isWordChar(s.charCodeAt(k))) k++;
  const next = s.slice(j, k);
  return PAST.has(next) || CURRENT.has(next) || NEXT.has(next);
}

/** The entries a context-only spelling may yield here: all after a place cue, the `~` ones after «في», «على»… */
function contextual(s: string, entries: Entry[], end: number): Entry[] | null {
  if (ctxAllowed(s)) return entries;
  let loc = 0;
  for (let k = 0; k < entries.length; k++) if (!entries[k].ctx || entries[k].loc) loc++;
  if (loc === 0 || !locAllowed(s) || datedAfter(s, end)) return null;
  return loc === entries.length ? entries : entries.filter((e) => !e.ctx || e.loc);
}

/** Walk the trie from `node` at `pos`; keep the longest usable terminal beyond `bestEnd`. Returns true if it improved. */
function walk(s: string, pos: number, node: Node, includeCtx: boolean): boolean {
  const n = s.length;
  let j = pos;
  let cur: Node | undefined = node;
  let improved = false;
  while (cur) {
    const entries = cur.entries;
    if (entries !== null && j > pos && j > bestEnd && (j >= n || !isWordChar(s.charCodeAt(j)))) {
      let usable: Entry[] | null = entries;
      if (!includeCtx) {
        let plain = 0;
        for (let k = 0; k < entries.length; k++) if (!entries[k].ctx) plain++;
        if (plain === 0) usable = contextual(s, entries, j);
        else if (plain < entries.length) usable = contextual(s, entries, j) ?? entries.filter((e) => !e.ctx);
      }
      if (usable !== null) {
        bestEnd = j;
        bestEntries = usable;
        improved = true;
      }
    }
    if (j >= n) break;
    const c = s.charCodeAt(j);
    // «قاعدة «بلد» الجوية», «مطار "المزة" العسكري»: quotation marks round a part of a name are a separator too
    if (c === SPACE || isSeparator(c) || (isQuote(c) && j > pos)) {
      const sp = child(cur, SPACE);
      if (sp === undefined) break;
      j++;
      while (j < n && (isSeparator(s.charCodeAt(j)) || isQuote(s.charCodeAt(j)))) j++;
      cur = sp;
      continue;
    }
    if (c === GAF) {
      let next: Node | undefined;
      for (let g = 0; g < GAF_TRIES.length && next === undefined; g++) next = child(cur, GAF_TRIES[g]);
      cur = next;
    } else {
      cur = child(cur, c < 0x067e ? c : foldLetter(c));
    }
    j++;
  }
  return improved;
}

export function scan(s: string, includeCtx: boolean): RawMatch[] {
  const out: RawMatch[] = [];
  const n = s.length;
  let i = 0;
  let lastEnd = -1;
  let prevWord = false;
  while (i < n) {
    const c0 = s.charCodeAt(i);
    const word = isWordChar(c0);
    if (!word || prevWord) {
      prevWord = word;
      i++;
      continue;
    }
    // i is a word start
    bestEnd = -1;
    bestEntries = null;
    cueState = 0;
    locState = 0;
    cueWordStart = i;
    listed = false;
    let bestStart = -1;
    let bestConj = false;
    if (walk(s, i, root, includeCtx)) bestStart = i;
    if (isCliticLetter(c0)) {
      // one or two proclitics: و/ف (+ ب/ك/ل), or ب/ك/ل alone
      const conj = c0 === W || c0 === F;
      // A list continuation («بلدتي الخيام وكفركلا») inherits the cue of the previous place.
      listed = conj && lastEnd >= 0 && (lastEnd === i || (lastEnd === i - 1 && s.charCodeAt(lastEnd) === SPACE));
      for (let len = 1; len <= 2; len++) {
        if (len === 2) {
          const c1 = s.charCodeAt(i + 1);
          if (!conj || !(c1 === B || c1 === K || c1 === L)) break;
        }
        const pos = i + len;
        if (pos >= n) break;
        if (walk(s, pos, root, includeCtx)) {
          bestStart = pos;
          bestConj = conj;
        }
        // «لل» / «ولل»: ل + ال with the alef dropped.
        if (afterAl !== null && s.charCodeAt(pos - 1) === L && s.charCodeAt(pos) === L && walk(s, pos + 1, afterAl, includeCtx)) {
          bestStart = pos;
          bestConj = conj;
        }
      }
    }
    if (bestEntries !== null) {
      out.push({ wordStart: i, start: bestStart, end: bestEnd, entries: bestEntries, conj: bestConj });
      lastEnd = bestEnd;
      i = bestEnd;
      prevWord = true; // bestEnd is a word boundary, so the next char is not a word char
    } else {
      i++;
      while (i < n && isWordChar(s.charCodeAt(i))) i++;
      prevWord = false;
    }
  }
  return out;
}
