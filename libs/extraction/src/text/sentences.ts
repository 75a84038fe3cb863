/**
 * Sentence segmentation over the ORIGINAL text (offsets are the evidence
 * offsets). Boundaries: . ! ? ؟ ؛ and newlines, with care for:
 * - decimals and clock times (09.00, 13,00), abbreviations inside parentheses;
 * - hard-wrapped lines: a single newline after a preposition, a comma, or a
 *   one/two-word line continues the sentence (web copy often breaks mid-sentence);
 * - closing quotes/brackets after the stop belong to the sentence.
 */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or line separated block). */
  paragraph: number;
  /** The sentence ends with a question mark. */
  question: boolean;
}

const STOP = new Set(['.', '!', '?', '؟', '؛', '…']);
const STOP_OR_BREAK = new Set([...STOP, '\n', '\u2029'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}', '›']);
const CONTINUATION_WORDS = new Set([
  'في',
  'على',
  'من',
  'الى',
  'إلى',
  'عن',
  'مع',
  'بين',
  'ان',
  'أن',
  'إن',
  'التي',
  'الذي',
  'الذين',
  'و',
  'او',
  'أو',
  'ثم',
  'لدى',
  'عند',
  'نحو',
  'حول',
  'منذ',
  'بعد',
  'قبل',
  'ضد',
]);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\u200f' || c === '\u200e';
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹'));
}

function lineContinues(text: string, lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd).trim();
  if (!line) return false;
  const last = line[line.length - 1];
  if (STOP.has(last) || last === ':' || CLOSERS.has(last)) return false;
  if (last === '،' || last === ',') return true;
  const words = line.split(/\s+/);
  if (words.length <= 1 && !/\p{P}/u.test(line)) return true;
  const lastWord = words[words.length - 1];
  return CONTINUATION_WORDS.has(lastWord);
}

export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let start = 0;
  let lineStart = 0;
  const push = (s: number, e: number, question: boolean) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, paragraph, question });
  };
  for (let i = 0; i < n; i++) {
    // most characters neither break a line nor stop a sentence: skip them without making a one-character string
    const code = text.charCodeAt(i);
    if (!STOP_OR_BREAK.has(code)) continue;
    const c = text[i];
    if (c === '\n' || c === '\u2029') {
      // blank line(s) → new paragraph, always a boundary
      let j = i + 1;
      let blank = false;
      while (j < n && (isSpace(text[j]) || text[j] === '\n')) {
        if (text[j] === '\n') blank = true;
        j++;
      }
      if (!blank && lineContinues(text, lineStart, i)) {
        lineStart = i + 1;
        continue;
      }
      push(start, i, false);
      paragraph++;
      start = i + 1;
      lineStart = i + 1;
      continue;
    }
    if (!STOP.has(c)) continue;
    if ((c === '.' || c === '،') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    // a dot inside a short abbreviation like "د.ب.أ" or "U.S." does not end a sentence
    if (c === '.' && i + 1 < n && !isSpace(text[i + 1]) && text[i + 1] !== '\n' && !CLOSERS.has(text[i + 1]) && text[i + 1] !== '.')
      continue;
    let e = i + 1;
    while (e < n && (STOP.has(text[e]) || CLOSERS.has(text[e]))) e++;
    push(start, e, c === '?' || c === '؟' || text.slice(i, e).includes('؟') || text.slice(i, e).includes('?'));
    start = e;
    i = e - 1;
  }
  push(start, n, false);
  return out;
}
