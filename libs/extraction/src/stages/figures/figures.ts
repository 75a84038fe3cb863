import type { Affiliation, CasualtyCategory, MaterielFigure, MaterielKind } from '../../extraction-record.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { MATERIEL, PERSONS, type PersonNoun } from '../../lexicon/nouns.js';
import { quantityAt, type Quantity } from '../../lexicon/numbers.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';

/**
 * Casualty and materiel figures of one sentence. A figure is a quantity (or a
 * dual, or a singular right after a casualty word) attached to a person or
 * equipment noun, with a category found on the noun itself («قتلى»), just
 * before («مقتل 3 جنود») or just after («50 جندياً قُتلوا»).
 */
export interface RawCasualty {
  pos: number;
  category: CasualtyCategory;
  affiliation: Affiliation;
  /** Party read from the phrase itself; undefined = decide from context. */
  party: string | null | undefined;
  /** The noun carries a possessive pronoun («جنودها», «مواطنينا»): the speaker's own people. */
  own: boolean;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
}

export interface RawMateriel extends Omit<MaterielFigure, 'party'> {
  pos: number;
  party: string | null | undefined;
}

const CATEGORY_OF: Partial<Record<Cue['kind'], CasualtyCategory>> = {
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  missing: 'missing',
};
const STATUS_OF: Partial<Record<Cue['kind'], MaterielFigure['status']>> = { destroy: 'destroyed', seize: 'captured', lose: 'lost' };

export interface SentenceCues {
  /** Cue match per token index it starts at. */
  cues: LexMatch<Cue>[];
}

/**
 * The cues of a sentence looked up by start and end token, in their original
 * order: every question below is about a few tokens around a figure, and
 * scanning all cues for each figure made a long sentence quadratic (chaos
 * fuzzing: 10 KB of «قتل ٣» took over a second).
 */
export class CueIndex {
  private readonly byStart = new Map<number, number[]>();
  private readonly byEnd = new Map<number, number[]>();

  constructor(readonly cues: readonly LexMatch<Cue>[]) {
    cues.forEach((c, i) => {
      (this.byStart.get(c.start) ?? this.byStart.set(c.start, []).get(c.start)!).push(i);
      (this.byEnd.get(c.end) ?? this.byEnd.set(c.end, []).get(c.end)!).push(i);
    });
  }

  /** Cues whose start is in [lo, hi], in the order of `cues`. */
  startingIn(lo: number, hi: number): LexMatch<Cue>[] {
    const found: number[] = [];
    for (let s = Math.max(0, lo); s <= hi; s++) found.push(...(this.byStart.get(s) ?? []));
    return found.sort((a, b) => a - b).map((i) => this.cues[i]!);
  }

  /** Cues that start at `start` or end at `end`, in the order of `cues`. */
  startingAtOrEndingAt(start: number, end: number): LexMatch<Cue>[] {
    const found = new Set([...(this.byStart.get(start) ?? []), ...(this.byEnd.get(end) ?? [])]);
    return [...found].sort((a, b) => a - b).map((i) => this.cues[i]!);
  }

  startsAt(start: number): boolean {
    return this.byStart.has(start);
  }
}

function cueCategoryAt(
  index: CueIndex,
  lo: number,
  hi: number,
  nearest: 'first' | 'last',
): { cat: CasualtyCategory; pos: number } | undefined {
  let found: { cat: CasualtyCategory; pos: number } | undefined;
  for (const c of index.startingIn(lo, hi)) {
    const cat = CATEGORY_OF[c.data.kind];
    if (!cat) continue;
    if (nearest === 'first') return { cat, pos: c.start };
    found = { cat, pos: c.start };
  }
  return found;
}

const POSSESSIVE = /(?:ها|هم|نا|ه|هما)$/;
const LINK_WORDS = new Set(['من', 'بينهم', 'منهم', 'وهم', 'بينها', 'ومنهم', 'وبينهم']);

function partyNear(actors: readonly ActorPhrase[], from: number, to: number): string | null | undefined {
  for (const a of actors) {
    if (a.start >= from && a.start <= to && (a.role === 'nisba' || a.role === 'country' || a.role === 'head' || a.role === 'group')) {
      if (a.role === 'head' && a.contextual) continue;
      return a.party;
    }
  }
  return undefined;
}

/** Nisba-only mentions are not actor phrases; read them straight from the tokens. */
function nisbaAt(tokens: readonly Token[], i: number, nisba: (t: Token) => string | null | undefined): string | null | undefined {
  const t = tokens[i];
  return t ? nisba(t) : undefined;
}

export function findCasualties(
  tokens: readonly Token[],
  cues: readonly LexMatch<Cue>[],
  actors: readonly ActorPhrase[],
  nisba: (t: Token) => string | null | undefined,
): RawCasualty[] {
  const out: RawCasualty[] = [];
  const covered = new Set<number>();
  const index = new CueIndex(cues);
  let prev: RawCasualty | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const q = quantityAt(tokens, i);
    let noun: LexMatch<PersonNoun> | undefined;
    let qty: Quantity | undefined = q;
    let nounAt: number;
    if (q) {
      if (tokens[q.start].text.includes(':')) continue;
      let j = q.end;
      if (tokens[j] && LINK_WORDS.has(tokens[j].text)) j++;
      noun = PERSONS.matchAt(tokens, j);
      nounAt = j;
      if (!noun) {
        // «137 أوكرانياً», «أسيرين أذربيجانيين»
        const np = nisbaAt(tokens, j, nisba);
        if (np !== undefined) {
          noun = { start: j, end: j + 1, data: { affiliation: 'unknown' } };
          nounAt = j;
        }
      }
      if (!noun) {
        // «وأكثر من 200 جرحوا»: a casualty verb right after the number
        // «وأكثر من 200 جرحوا», «مقتل العشرات في …»: the casualty word right after or before the number
        const c = index.startingAtOrEndingAt(q.end, q.start).find((x) => CATEGORY_OF[x.data.kind]);
        if (!c) {
          i = q.end - 1;
          continue;
        }
        noun = { start: q.end, end: q.end, data: { affiliation: 'unknown' } };
        nounAt = q.end;
      }
    } else {
      // dual or singular without a number: «جريحان», «مقتل شخص», «أحد الجنود»
      const n = PERSONS.matchAt(tokens, i);
      if (!n || n.data.count === undefined) continue;
      // «استشهد رجل وزوجته»: coordinated singulars add up
      if (
        n.data.count === 1 &&
        tokens[i].text.startsWith('و') &&
        prev &&
        prev.pos >= i - 3 &&
        !prev.vague &&
        prev.min !== null &&
        !n.data.category
      ) {
        prev.min += 1;
        if (prev.max !== null) prev.max += 1;
        i = n.end - 1;
        continue;
      }
      const prevCue = cueCategoryAt(index, i - 2, i - 1, 'last');
      if (n.data.count === 1 && !prevCue && !n.data.category) {
        if (!(tokens[i - 1] && tokens[i - 1].kind === 'word' && tokens[i - 1].text.startsWith('و') && prev && prev.pos >= i - 3)) continue;
      }
      if (n.data.count === 2 && !n.data.category && !prevCue && !cueCategoryAt(index, n.end, n.end + 5, 'first')) continue;
      noun = n;
      nounAt = i;
      qty = { start: i, end: i, min: n.data.count, max: n.data.count, approximate: false, vague: false };
    }
    if (!noun || !qty) continue;
    const nd = noun.data;
    let category: CasualtyCategory | undefined = nd.category;
    if (!category) {
      // a predicate right after the noun phrase: «12 من جنودها أسرى», «50 جندياً أرمينياً قُتلوا» (not «... وإصابة 33»)
      const imm = index.startingIn(noun.end, noun.end + 1).find((c) => CATEGORY_OF[c.data.kind] && !tokens[c.start].text.startsWith('و'));
      if (imm) category = CATEGORY_OF[imm.data.kind];
    }
    if (!category) category = cueCategoryAt(index, qty.start - 3, qty.start - 1, 'last')?.cat;
    if (!category) {
      // after the noun, not past a clause break
      let stop = Math.min(tokens.length, noun.end + 7);
      for (let k = noun.end; k < stop; k++) if (tokens[k].text === '،' || tokens[k].text === '.' || tokens[k].text === '؛') stop = k;
      category = cueCategoryAt(index, noun.end, stop, 'first')?.cat;
    }
    if (!category) {
      // «حصيلة قتلى ... إلى 96 شخصا»
      const hasToll = tokens.slice(Math.max(0, qty.start - 14), qty.start).some((t) => t.variants.includes('حصيله'));
      if (hasToll) category = cueCategoryAt(index, qty.start - 14, qty.start - 1, 'last')?.cat;
    }
    const linked =
      prev &&
      (LINK_WORDS.has(tokens[qty.start - 1]?.text ?? '') ||
        (tokens[qty.start]?.text.startsWith('و') ?? false) ||
        tokens[qty.start - 1]?.text === '،') &&
      prev.pos >= qty.start - 8;
    if (!category && linked) category = prev!.category;
    if (!category) {
      i = Math.max(i, noun.end - 1);
      continue;
    }
    let affiliation: Affiliation = nd.affiliation;
    const isOthers =
      noun.end > noun.start &&
      tokens
        .slice(noun.start, noun.end)
        .some(
          (t) =>
            /^(?:ال)?[اآ]خر(?:ين|ون)$/.test(t.variants[t.variants.length - 1]) ||
            t.variants.includes('اخرين') ||
            t.variants.includes('اخرون'),
        );
    let party: string | null | undefined;
    let own = false;
    if (isOthers && prev) {
      affiliation = prev.affiliation;
      party = prev.party;
      own = prev.own;
    } else {
      const nounTok = tokens[nounAt];
      if (
        nounTok &&
        POSSESSIVE.test(nounTok.text) &&
        nounTok.variants.some((v) => v === 'جنود' || v === 'مواطني' || v === 'مواطنين' || v === 'عناصر' || v === 'قوات' || v === 'افراد')
      )
        own = true;
      party = nisbaAt(tokens, nounAt, nisba) ?? undefined;
      if (party === undefined && !own) {
        // «جنود أرمينيين», «عسكريين اثنين من القوات التركية» — not «بجروح في غارة إسرائيلية»
        const reach = tokens[noun.end]?.variants.includes('من') ? 4 : 2;
        for (let k = noun.end; k < Math.min(tokens.length, noun.end + reach); k++) {
          if (index.startsAt(k)) break;
          const np = nisba(tokens[k]);
          if (np !== undefined) {
            party = np;
            break;
          }
          if (tokens[k].kind === 'punct') break;
        }
      }
      if (party === undefined && !own && tokens[noun.end]?.variants.includes('من')) party = partyNear(actors, noun.end, noun.end + 4);
      if (party === undefined && linked && prev) party = prev.party;
    }
    const fig: RawCasualty = {
      pos: qty.start,
      category,
      affiliation,
      party,
      own,
      min: qty.min,
      max: qty.max,
      approximate: qty.approximate,
      vague: qty.vague,
    };
    for (let k = qty.start; k < noun.end; k++) covered.add(k);
    out.push(fig);
    prev = fig;
    i = Math.max(i, noun.end - 1, qty.end - 1);
  }
  return out;
}

export function findMateriel(
  tokens: readonly Token[],
  cues: readonly LexMatch<Cue>[],
  actors: readonly ActorPhrase[],
  nisba: (t: Token) => string | null | undefined,
): RawMateriel[] {
  const out: RawMateriel[] = [];
  const materielIndex = new CueIndex(cues);
  const statusBefore = (pos: number): { status: MaterielFigure['status']; pos: number } | undefined => {
    let best: { status: MaterielFigure['status']; pos: number } | undefined;
    for (const c of materielIndex.startingIn(pos - 40, pos - 1)) {
      const st = STATUS_OF[c.data.kind];
      if (st && c.start < pos && c.start >= pos - 40) best = { status: st, pos: c.start };
    }
    return best;
  };
  const statusAfter = (pos: number): MaterielFigure['status'] | undefined => {
    for (const c of materielIndex.startingIn(pos, pos + 3)) {
      const st = STATUS_OF[c.data.kind];
      if (st && c.start >= pos && c.start <= pos + 3) return st;
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const q = quantityAt(tokens, i);
    let j = i;
    if (q) {
      if (q.vague || tokens[q.start].text.includes(':')) {
        i = q.end - 1;
        continue;
      }
      j = q.end;
    }
    const n = MATERIEL.matchAt(tokens, j);
    if (!n) {
      if (q) i = q.end - 1;
      continue;
    }
    const sb = statusBefore(j);
    let status = sb?.status ?? statusAfter(n.end);
    let kind: MaterielKind = n.data.kind;
    // «خسائر في الأرواح والعتاد»: equipment losses without a count
    if (
      !status &&
      kind === 'other' &&
      materielIndex.startingIn(j - 8, j - 1).some((c) => c.data.kind === 'losses' || c.data.kind === 'victims')
    )
      status = 'lost';
    if (!status) {
      i = n.end - 1;
      continue;
    }
    // a single weapon word used for the weapon of a strike is not a loss
    if (
      kind === 'other' &&
      !q &&
      !n.data.singular &&
      !tokens
        .slice(n.start, n.end)
        .some(
          (t) =>
            t.variants.includes('عتاد') || t.variants.includes('معدات') || t.variants.includes('العتاد') || t.variants.includes('المعدات'),
        )
    ) {
      i = n.end - 1;
      continue;
    }
    let count: number | null = null;
    if (q) count = q.min;
    else if (n.data.count !== undefined) count = n.data.count;
    else if (tokens[n.end] && (tokens[n.end].variants.includes('واحده') || tokens[n.end].variants.includes('واحد'))) count = 1;
    else if (n.data.singular) {
      const prevTok = tokens[n.start - 1];
      const afterStatus = sb && sb.pos >= n.start - 2;
      const inList = prevTok && (prevTok.text === '،' || tokens[n.start].text.startsWith('و'));
      if (afterStatus || inList) count = 1;
    }
    // «منظومة مضادة للطائرات», «منظومة صواريخ»
    if (kind === 'air-defence' && tokens.slice(n.end, n.end + 2).some((t) => t.variants.includes('راجمات') || t.variants.includes('غراد')))
      kind = 'artillery';
    let party: string | null | undefined;
    for (let k = n.end; k < Math.min(tokens.length, n.end + 7); k++) {
      if (tokens[k].text === '،' || tokens[k].text === '.' || /^\d/.test(tokens[k].text)) break;
      const np = nisba(tokens[k]);
      if (np !== undefined) {
        party = np;
        break;
      }
    }
    if (party === undefined) party = partyNear(actors, n.end, n.end + 5);
    out.push({ pos: j, kind, count, status, party });
    i = n.end - 1;
  }
  return out;
}
