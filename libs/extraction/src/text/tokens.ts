import { normalizeArabic, type NormalizedText } from './normalize.js';

/**
 * Tokens of one normalised sentence. Words carry their clitic-stripped
 * variants so lexicon look-ups are one hash probe per variant (no scanning).
 */
export interface Token {
  /** Normalised surface form. */
  text: string;
  /** Offsets in the normalised sentence. */
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Candidate bare forms (conjunction, preposition, article, pronoun suffix removed). */
  variants: string[];
  /** Numeric value for digit tokens. */
  value?: number;
  /** Leading proclitics seen (e.g. "و", "ب", "ل", "ال"). */
  prefix?: string;
  /** Memo of facts about this surface form (lexicon look-ups, word classes), shared by all its tokens. */
  lex?: unknown[];
}

/** Quote marks, opening and closing (the apostrophe aside: it also stands inside Latin names). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '«', '»', '“', '”']);
/** A quote mark: round a name it does not split one («قوات "الدعم السريع"»). */
export const isQuoteToken = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && QUOTE_MARKS.has(t.text);

const WORD = /[\p{L}\p{M}]+|[0-9]+(?:[.,:][0-9]+)*|[^\s\p{L}\p{M}0-9]/gu;
const SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ي'];
/** Letters left of a verb once the plural ending goes (Arabic verb roots have three). */
const MIN_VERB_STEM = 3;

function addVariant(set: string[], v: string) {
  if (v.length >= 2 && !set.includes(v)) set.push(v);
}

/** Clitic-stripped candidate forms of a normalised word, most literal first. */
export function variantsOf(w: string): { variants: string[]; prefix: string } {
  const out: string[] = [w];
  let prefix = '';
  const bases: string[] = [w];
  // conjunction و / ف
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) {
    bases.push(w.slice(1));
  }
  for (const b of [...bases]) {
    if (b.startsWith('لل') && b.length > 4) bases.push('ال' + b.slice(2));
    if ((b[0] === 'ب' || b[0] === 'ل' || b[0] === 'ك') && b.length > 3) bases.push(b.slice(1));
  }
  for (const b of [...bases]) {
    if (b.startsWith('ال') && b.length > 3) bases.push(b.slice(2));
  }
  for (const b of bases) addVariant(out, b);
  // pronoun suffixes and accusative alef (…ًا): sytara-t-ha → سيطره
  for (const b of bases) {
    for (const s of SUFFIXES) {
      if (b.length - s.length >= 3 && b.endsWith(s)) {
        const r = b.slice(0, -s.length);
        addVariant(out, r);
        if (r.endsWith('ت')) addVariant(out, r.slice(0, -1) + 'ه');
      }
    }
    if (b.length > 3 && b.endsWith('ا') && !b.endsWith('اا')) addVariant(out, b.slice(0, -1));
  }
  // the plural of a past verb, alone or before an object pronoun («حرروا», «قتلوهم»): the singular stem the
  // tables list («حرر», «قتل»), so one entry covers every subject
  for (const v of [...out]) {
    const stem = v.endsWith('وا') ? v.slice(0, -2) : v !== w && v.endsWith('و') && !bases.includes(v) ? v.slice(0, -1) : '';
    if (stem.length >= MIN_VERB_STEM) addVariant(out, stem);
  }
  if (out.length > 1) {
    const first = bases[1] ?? '';
    prefix = first ? w.slice(0, w.length - first.length) : '';
  }
  return { variants: out, prefix };
}

interface Form {
  word: boolean;
  variants: string[];
  prefix: string;
  lex: unknown[];
}

/**
 * Reports repeat their words (and every report repeats the function words), so
 * the variants of a surface form are worked out once and shared by its tokens.
 * Shared arrays are frozen: a rule that edited one token's variants would edit
 * them all. Bounded, so a long-running API process cannot grow it without end.
 */
const FORMS = new Map<string, Form>();

let nextFormSlot = 0;
/** A slot in every form's memo (Token.lex), for a fact that depends on the surface form alone. */
export function newFormSlot(): number {
  return nextFormSlot++;
}

/** `compute(t)` for a pure function of the token's surface form, worked out once per form. */
export function formMemo<R>(t: Token, slot: number, compute: (t: Token) => R): R {
  const memo = t.lex;
  if (memo === undefined) return compute(t);
  const hit = memo[slot];
  if (hit !== undefined) return hit as R;
  const r = compute(t);
  memo[slot] = r;
  return r;
}
const MAX_FORMS = 50_000;

function formOf(s: string): Form {
  let f = FORMS.get(s);
  if (f !== undefined) return f;
  if (/[\p{L}]/u.test(s)) {
    const { variants, prefix } = variantsOf(s);
    f = { word: true, variants: Object.freeze(variants) as string[], prefix, lex: [] };
  } else f = { word: false, variants: Object.freeze([s]) as string[], prefix: '', lex: [] };
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(s, f);
  return f;
}

export interface TokenizedSentence {
  norm: NormalizedText;
  tokens: Token[];
}

/** `normalized`, when given, must equal normalizeArabic(text) (e.g. a slice of the report's normalisation). */
export function tokenize(text: string, normalized?: NormalizedText): TokenizedSentence {
  const norm = normalized ?? normalizeArabic(text);
  const t = norm.text;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m; m = WORD.exec(t)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    const f = formOf(s);
    if (c >= 0x30 && c <= 0x39) {
      const value = Number(s.replace(/,(?=\d{3}\b)/g, '').replace(/[:,]/g, '.'));
      tokens.push({
        text: s,
        start: m.index,
        end: m.index + s.length,
        kind: 'number',
        variants: f.variants,
        value: Number.isFinite(value) ? value : undefined,
        lex: f.lex,
      });
    } else if (f.word) {
      tokens.push({ text: s, start: m.index, end: m.index + s.length, kind: 'word', variants: f.variants, prefix: f.prefix, lex: f.lex });
    } else {
      tokens.push({ text: s, start: m.index, end: m.index + s.length, kind: 'punct', variants: f.variants, lex: f.lex });
    }
  }
  return { norm, tokens: withoutScareQuotes(tokens) };
}

/**
 * «إنه "حيد" عشرات الإرهابيين», «أعلن الجيش «تطهير» المدينة»: quote marks around one word set it off, they do not
 * break the phrase it stands in; the word is read as if unquoted (its offsets in the text stay as they are).
 */
function withoutScareQuotes(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const scare = isQuoteToken(tokens[i]) && tokens[i + 1]?.kind === 'word' && isQuoteToken(tokens[i + 2]);
    if (!scare) {
      out?.push(tokens[i]);
      continue;
    }
    out ??= tokens.slice(0, i);
    out.push(tokens[i + 1]);
    i += 2;
  }
  return out ?? tokens;
}
