import type { LexMatch } from '../../lexicon/lexicon.js';
import { MARKERS, NOT_NEGATION_NEXT, type MarkerKind } from '../../lexicon/markers.js';
import type { Token } from '../../text/tokens.js';

/**
 * Which tokens of a sentence sit under a negation, a denial, a modal, a
 * purpose, a threat, a condition or a call. Scopes stop at clause breaks
 * (punctuation, «فيما», «بينما», «لكن») so «قال إن ... ، ولم يذكر» only
 * cancels its own clause.
 */
export interface Scope {
  /** Per token: the marker that suspends it, if any. */
  blocked: (MarkerKind | undefined)[];
  /** Per token: a clause number (for same-clause tests). */
  clause: number[];
  markers: LexMatch<MarkerKind>[];
}

const BREAK_WORDS = new Set(['فيما', 'بينما', 'لكن', 'لكنه', 'لكنها', 'حيث', 'كما', 'وسط', 'بعدما', 'عندما', 'فيما', 'الا', 'غير']);
const BREAK_PUNCT = new Set(['،', ',', '؛', ';', ':', '.', '«', '»', '"', '“', '”', '(', ')', '!', '؟', '?', '-', '–']);
const NEG_EXACT = new Set(['لم', 'لن', 'لا', 'ليس', 'ليست', 'لسنا', 'عدم', 'بعدم', 'لعدم', 'لما', 'دون', 'بدون', 'من']);
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'انهم', 'بانهم']);

/** «قد» before an imperfect verb is modal («قد تتحول»); before a perfect it is «has» («قد تجددت»). */
function modalQad(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word') return false;
  const w = next.text;
  if (!/^[يتن]/.test(w)) return false;
  if (/(?:ت|وا|تا)$/.test(w) || w === 'تم') return false;
  return true;
}

export function scopeOf(tokens: readonly Token[]): Scope {
  const n = tokens.length;
  const clause = new Array<number>(n);
  let c = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (
      BREAK_PUNCT.has(t.text) ||
      (t.kind === 'word' && (BREAK_WORDS.has(t.text) || BREAK_WORDS.has(t.text.replace(/^و/, '')) || COMPLEMENTIZERS.has(t.text)))
    )
      c++;
    clause[i] = c;
  }
  const blocked = new Array<MarkerKind | undefined>(n);
  const markers: LexMatch<MarkerKind>[] = [];
  for (let i = 0; i < n; i++) {
    const m = MARKERS.matchAt(tokens, i);
    // future «سيلتقي», «ستواصل»: s- + imperfect prefix
    const t = tokens[i];
    let kind: MarkerKind | undefined = m?.data;
    const end = m ? m.end : i + 1;
    if (
      !kind &&
      t.kind === 'word' &&
      /^[وف]?س[يتن]/.test(t.text) &&
      t.text.length >= 5 &&
      !/^[وف]?(?:سيطر|ستين|سيار|سياس|سيد|سين|ستا)/.test(t.text)
    )
      kind = 'future';
    if (!kind) continue;
    if (kind === 'neg') {
      // short particles only as whole words («بعدما» is not «عدم»)
      if (end === i + 1 && !NEG_EXACT.has(t.text.replace(/^[وف]/, ''))) continue;
      const nx = tokens[end];
      if (nx && (NOT_NEGATION_NEXT.has(nx.text) || nx.variants.some((v) => NOT_NEGATION_NEXT.has(v)))) continue;
      // «من دون طيار», «بدون طيار»
      if (nx && (nx.variants.includes('طيار') || nx.variants.includes('سن'))) continue;
    }
    if (kind === 'modal' && t.variants.includes('قد') && !modalQad(tokens[end])) continue;
    markers.push({ start: i, end, data: kind });
    const span =
      kind === 'despite'
        ? 4
        : kind === 'neg'
          ? 8
          : kind === 'purpose'
            ? 6
            : kind === 'call'
              ? 8
              : kind === 'deny'
                ? n
                : kind === 'threat'
                  ? 10
                  : 12;
    const cl = clause[i];
    for (let k = end; k < Math.min(n, end + span); k++) {
      if (kind !== 'deny' && kind !== 'despite' && clause[k] !== cl) {
        // a complementizer right after the marker stays in scope: «لا يمكن أن ...», «يجب أن ...»
        if (!(k === end && COMPLEMENTIZERS.has(tokens[k].text))) break;
      }
      if (blocked[k] === undefined) blocked[k] = kind;
    }
    // modal «قد تتصاعد», adjective «حرب محتملة»: the subject just before is suspended too
    if (kind === 'modal') {
      const back = t.variants.includes('قد') ? 5 : /محتمل/.test(t.text) ? 2 : 0;
      for (let k = i - 1; k >= Math.max(0, i - back) && clause[k] === cl; k--) if (blocked[k] === undefined) blocked[k] = kind;
    }
    i = end - 1;
  }
  return { blocked, clause, markers };
}
