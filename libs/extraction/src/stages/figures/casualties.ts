import type { Affiliation, CasualtyCategory } from '../../extraction-record.js';
import {
  BREAKDOWN_WORDS,
  CLAUSE_STOPS,
  COMPANION_WORDS,
  FULL_BREAKDOWN_WORDS,
  DISPLACEMENT,
  JOINT_OR,
  LINK_WORDS,
  OTHERS,
  OTHERS_WORDS,
  OWN_PEOPLE_NOUNS,
  POSSESSIVE,
  TOLL,
  TOLL_NOUNS,
  TOLL_REACH,
  TOLL_RISES_TO,
  UNIT_NOUNS,
} from '../../lexicon/figures/casualty-context.js';
import { IRREGULAR_CODES } from '../../lexicon/actor-table.js';
import { ACTORS } from '../../lexicon/parties.js';
import { HOSTILE_ADJECTIVES } from '../../lexicon/figures/attackers.js';
import { ASSASSINATED_TITLES, ASSASSINATION_WORDS } from '../../lexicon/figures/assassination.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PERSONS, type PersonNoun } from '../../lexicon/nouns.js';
import { trailingHedge } from '../../quantities/hedges.js';
import { definiteCount } from '../../quantities/number-words.js';
import { quantityAt, type Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { bareTolls } from './bare-tolls.js';
import { ofBothSides } from './both-sides.js';
import { CATEGORY_OF, CueIndex, partyNear } from './cue-index.js';
import type { NisbaReader, RawCasualty } from './types.js';

interface CasualtyScan {
  tokens: readonly Token[];
  index: CueIndex;
  actors: readonly ActorPhrase[];
  nisba: NisbaReader;
  /** The figure read last (coordinated and linked figures build on it). */
  prev: RawCasualty | undefined;
  /** The last attacker noun that was no figure itself («أحد المهاجمين فجر نفسه»), which «آخرون» may refer to. */
  lastAttacker: number | undefined;
  /** Organisation phrases by their first token, built once when a figure first asks (missionOfPeople). */
  orgsAt?: ReadonlyMap<number, ActorPhrase>;
}

/** A person noun with its quantity; else the last token to skip to (null: only this one). */
type NounStep =
  | {
      noun: LexMatch<PersonNoun>;
      nounAt: number;
      qty: Quantity;
      /** The count comes after its people and cue: «قتل من بين أفرادها اثنان» (category read before «من»). */
      partitive?: CasualtyCategory;
      /** A toll's new total («ارتفع عدد القتلى إلى 19»): everyone's, not more of the figure before. */
      total?: true;
    }
  | { skipTo: number | null };

/** Casualty figures of one sentence: a quantity or a counted noun, its category, affiliation and party. */
export function findCasualties(
  tokens: readonly Token[],
  cues: readonly LexMatch<Cue>[],
  actors: readonly ActorPhrase[],
  nisba: NisbaReader,
): RawCasualty[] {
  const out: RawCasualty[] = [];
  const scan: CasualtyScan = { tokens, index: new CueIndex(cues), actors, nisba, prev: undefined, lastAttacker: undefined };
  for (let i = 0; i < tokens.length; i++) {
    const q = quantityAt(tokens, i);
    const step = q ? numberedNoun(scan, q) : countedNoun(scan, i);
    if ('skipTo' in step) {
      if (step.skipTo !== null) i = step.skipTo;
      continue;
    }
    const { noun, qty } = step;
    if (isPartOfWhole(scan, step)) {
      i = Math.max(i, noun.end - 1, qty.end - 1);
      continue;
    }
    const linked = isLinked(scan, qty);
    const withOthers = companions(scan, step);
    // a breakdown («بينهم …») is of the figure before, whatever casualty word follows it
    const whole = (linked && BREAKDOWN_WORDS.has(tokens[qty.start - 1]?.text ?? '')) || withOthers ? scan.prev!.category : undefined;
    const category = whole ?? categoryOf(scan, step) ?? (linked ? scan.prev!.category : undefined);
    if (!category || killedAndWounded(scan, noun.start, category) || jointVerbs(scan, qty) || splitBetween(scan, noun.end)) {
      i = Math.max(i, noun.end - 1);
      continue;
    }
    const openEnded = qty.min !== null && trailingHedge(tokens, noun.end).atLeast;
    const fig: RawCasualty = {
      pos: qty.start,
      category,
      ...(withOthers
        ? { affiliation: 'unknown', party: undefined, own: false, companionsOf: scan.prev }
        : whoseFigure(scan, step, linked, category)),
      min: qty.min,
      max: openEnded ? null : qty.max,
      approximate: qty.approximate || openEnded,
      vague: qty.vague,
    };
    out.push(fig);
    scan.prev = fig;
    i = Math.max(i, noun.end - 1, qty.end - 1);
  }
  return [...withoutTotalsSplitBySide(tokens, out), ...uncounted(scan, cues, out)];
}

/** «أسفر القصف عن سقوط قتلى», «أسر جنود روس»: tolls of a category the sentence gives no count for, vague. */
function uncounted(scan: CasualtyScan, cues: readonly LexMatch<Cue>[], counted: readonly RawCasualty[]): RawCasualty[] {
  const categories = new Set(counted.map((f) => f.category));
  return bareTolls(scan.tokens, cues, categories).map(({ category, noun, qty }) => ({
    pos: qty.start,
    category,
    ...whoseFigure(scan, { noun, nounAt: noun.start, qty }, false, category),
    min: qty.min,
    max: qty.max,
    approximate: true,
    vague: true,
  }));
}

/**
 * «12 قتيلا وجريحا», «5 قتلى وجرحى»: one count of the dead and the wounded together (a casualty word of another
 * category glued to «و» right after the counted casualty word, with no number of its own) is neither category's figure.
 */
function killedAndWounded({ tokens, index }: CasualtyScan, nounStart: number, category: CasualtyCategory): boolean {
  const cueAt = (k: number) => index.startingAtOrEndingAt(k, -1).find((c) => c.start === k && CATEGORY_OF[c.data.kind]);
  // only a casualty word counted by the number itself («12 قتيلا»), not people («5 جنود وجرح 10 آخرون»)
  const own = cueAt(nounStart);
  if (!own || CATEGORY_OF[own.data.kind] !== category) return false;
  const after = own.end;
  if (!tokens[after]?.text.startsWith('و') || tokens[after].text === 'و') return false;
  const other = cueAt(after);
  if (!other || CATEGORY_OF[other.data.kind] === category || quantityAt(tokens, other.end)) return false;
  return tokens[after].variants.some((v) => TOLL_NOUNS.includes(v));
}

/**
 * «12 شخصا بين قتيل وجريح», «20 ضحية ما بين شهيد وجريح»: the count is of the dead and the wounded together, split
 * between two casualty words after «بين»; neither category's figure.
 */
function splitBetween({ tokens, index }: CasualtyScan, nounEnd: number): boolean {
  const at = tokens[nounEnd]?.text === 'ما' ? nounEnd + 1 : nounEnd;
  if (tokens[at]?.text !== BETWEEN) return false;
  const first = index.startingIn(at + 1, at + 1).find((c) => CATEGORY_OF[c.data.kind]);
  return !!first && index.startingIn(first.end, first.end).some((c) => CATEGORY_OF[c.data.kind]);
}

const BETWEEN = 'بين';

/**
 * «قتل وأصيب 20 شخصا», «قتل أو أصيب 20»: two casualty verbs of different categories share one count, which is
 * neither category's figure.
 */
function jointVerbs({ tokens, index, prev }: CasualtyScan, qty: Quantity): boolean {
  const casualty = (x: LexMatch<Cue>) => !!CATEGORY_OF[x.data.kind];
  const second = index.startingAtOrEndingAt(-1, qty.start).find(casualty);
  if (!second) return false;
  const or = tokens[second.start - 1]?.text === JOINT_OR;
  if (!or && !(tokens[second.start].text.startsWith('و') && tokens[second.start].text !== 'و')) return false;
  const first = index.startingAtOrEndingAt(-1, or ? second.start - 1 : second.start).find(casualty);
  if (!first || CATEGORY_OF[first.data.kind] === CATEGORY_OF[second.data.kind]) return false;
  // «عسكريين اثنين … قتلا وأصيب 5 آخرين»: the first verb has its own count before it
  return !(prev && prev.pos < first.start && first.start - prev.pos <= JOINT_SUBJECT_REACH);
}

/** How far before the first of two joint verbs a figure of its own may stand. */
const JOINT_SUBJECT_REACH = 8;

/** How far (tokens) after a total its «هم» may stand («19 شخصاً على الأقل، هم …»). */
const FULL_BREAKDOWN_REACH = 6;

/**
 * «مقتل 19 شخصاً، هم 12 جندياً أذربيجانياً و7 جنود أرمن»: a total that its parts add up to, the parts
 * of two sides, counts no one side; the parts stay, the total goes.
 */
function withoutTotalsSplitBySide(tokens: readonly Token[], figures: RawCasualty[]): RawCasualty[] {
  const totals = new Set<RawCasualty>();
  figures.forEach((total, a) => {
    const next = figures[a + 1];
    if (total.vague || total.min === null || !next || next.category !== total.category) return;
    let marker = -1;
    for (let k = total.pos + 1; k < Math.min(next.pos, total.pos + FULL_BREAKDOWN_REACH + 1) && marker < 0; k++)
      if (FULL_BREAKDOWN_WORDS.has(tokens[k].text)) marker = k;
    if (marker < 0 || next.pos > marker + 2) return;
    let sum = 0;
    const sides = new Set<string | null>();
    for (let b = a + 1; b < figures.length && sum < total.min; b++) {
      const part = figures[b];
      if (part.category !== total.category || part.vague || part.min === null) return;
      sum += part.min;
      if (part.party !== undefined) sides.add(part.party);
    }
    if (sum === total.min && sides.size >= 2) totals.add(total);
  });
  return totals.size ? figures.filter((f) => !totals.has(f)) : figures;
}

/** «3 جنود», «137 أوكرانياً», «200 جرحوا», «مقتل العشرات»: the noun (or casualty word) after a number. */
function numberedNoun(scan: CasualtyScan, q: Quantity): NounStep {
  const { tokens, index, nisba } = scan;
  if (tokens[q.start].text.includes(':')) return { skipTo: null };
  if (displacedCount(tokens, q.start)) return { skipTo: q.end - 1 };
  let j = q.end;
  if (tokens[j] && LINK_WORDS.has(tokens[j].text)) j++;
  // «مقتل 3 وإصابة 7»: a noun with «و» glued to it right after the number is the next count's, not this one's
  const noun = j === q.end && startsClause(tokens[j]) ? undefined : PERSONS.matchAt(tokens, j);
  if (noun) return { noun, nounAt: j, qty: q };
  // «137 أوكرانياً», «أسيرين أذربيجانيين»
  const np = tokens[j] ? nisba(tokens[j]) : undefined;
  if (np !== undefined) return { noun: { start: j, end: j + 1, data: { affiliation: 'unknown' } }, nounAt: j, qty: q };
  // «وأكثر من 200 جرحوا», «مقتل العشرات في …»: the casualty word right after or before the number
  const c = index.startingAtOrEndingAt(q.end, q.start).find((x) => CATEGORY_OF[x.data.kind]);
  if (!c) return partitiveBefore(scan, q) ?? elliptical(scan, q) ?? tollRisesTo(scan, q) ?? { skipTo: q.end - 1 };
  return { noun: { start: q.end, end: q.end, data: { affiliation: 'unknown' } }, nounAt: q.end, qty: q };
}

/**
 * «ارتفع عدد القتلى إلى 45», «ارتفعت حصيلة الشهداء في غزة إلى 120»: a bare number after «إلى», with a toll word and
 * a casualty word before it, is the toll's new figure.
 */
function tollRisesTo({ tokens, index, prev }: CasualtyScan, q: Quantity): NounFound | undefined {
  // «مقتل جندي أرميني، ليرتفع بذلك عدد القتلى إلى 19»: after the sentence's own figure, the total is a recap of the fight
  if (prev || tokens[q.start - 1]?.text !== TOLL_RISES_TO) return undefined;
  const from = Math.max(0, q.start - TOLL_REACH);
  const toll = tokens.slice(from, q.start).findIndex((t) => TOLL.some((w) => t.variants.includes(w)));
  if (toll < 0 || !index.categoryIn(from + toll, q.start - 1, 'first')) return undefined;
  return { noun: { start: q.end, end: q.end, data: { affiliation: 'unknown' } }, nounAt: q.end, qty: q, total: true };
}

/** A dual or singular without a number: «جريحان», «مقتل شخص», «أحد الجنود»; «رجل وزوجته» adds to the figure before. */
function countedNoun(scan: CasualtyScan, i: number): NounStep {
  const { tokens, index, prev } = scan;
  const titled = assassinatedTitle(tokens, i);
  if (titled) return { noun: titled, nounAt: i, qty: { start: i, end: i, min: 1, max: 1, approximate: false, vague: false } };
  const n = PERSONS.matchAt(tokens, i);
  if (n?.data.attacker) scan.lastAttacker = i;
  if (n && n.data.count === undefined && !n.data.category) {
    const counted = definiteCount(tokens, n.end);
    if (counted)
      return {
        noun: n,
        nounAt: i,
        qty: { start: i, end: counted.end, min: counted.value, max: counted.value, approximate: false, vague: false },
      };
  }
  if (!n || n.data.count === undefined) return { skipTo: null };
  // «رجل وزوجته», «3 أطفال وامرأتان»: one or two more of the same kind of people, added to the figure before
  const coordinated =
    (n.data.count === 1 || (n.data.count === 2 && prev?.affiliation === n.data.affiliation)) &&
    tokens[i].text.startsWith('و') &&
    prev &&
    prev.pos >= i - 3 &&
    !prev.vague &&
    prev.min !== null &&
    !n.data.category &&
    !sharedTamyiz(tokens[i], prev);
  if (coordinated) {
    prev.min! += n.data.count;
    if (prev.max !== null) prev.max += n.data.count;
    return { skipTo: n.end - 1 };
  }
  if (hitterAfterVerb(scan, i, n)) return { skipTo: n.end - 1 };
  const prevCue = index.categoryIn(i - 2, i - 1, 'last') ?? cueBeforeSubject(scan, i);
  if (n.data.count === 1 && !prevCue && !n.data.category) {
    const before = tokens[i - 1];
    const joined = before && before.kind === 'word' && before.text.startsWith('و') && prev && prev.pos >= i - 3;
    if (!joined && (DEFINITE.test(tokens[i].text) || !verbAfterSubject(scan, n.end))) return { skipTo: null };
  }
  if (n.data.count === 2 && !n.data.category && !prevCue && !index.categoryIn(n.end, n.end + 5, 'first')) return { skipTo: null };
  // «هوية الجنديين (القتيل والمصاب)»: a definite dual with no casualty word before it points back to people already counted
  if (n.data.count === 2 && !n.data.category && !prevCue && DEFINITE.test(tokens[i].text)) return { skipTo: null };
  return { noun: n, nounAt: i, qty: { start: i, end: i, min: n.data.count, max: n.data.count, approximate: false, vague: false } };
}

/**
 * «أصاب جندي إسرائيلي شابا فلسطينيا», «قنص مسلح طفلا»: a singular right after an active verb of hitting, in the
 * nominative (no accusative «ـا») and with people after it, is the one who shot, not one hit.
 */
function hitterAfterVerb({ tokens, index }: CasualtyScan, i: number, n: LexMatch<PersonNoun>): boolean {
  if (n.data.count !== 1 || ACCUSATIVE.test(tokens[i].text) || !index.startingIn(i - 1, i - 1).some((c) => c.data.when === 'hit'))
    return false;
  for (let k = n.end; k < tokens.length && k <= n.end + HITTER_REACH; k++) if (PERSONS.matchAt(tokens, k)) return true;
  return false;
}
/** «شابا», «طفلا»: the indefinite accusative of an object. */
const ACCUSATIVE = /ا$/;
/** The hitter's nisba or «من» and its side before the people hit. */
const HITTER_REACH = 3;

type NounFound = Extract<NounStep, { noun: unknown }>;

/** «اغتيال القيادي …»: a definite title right after a word of assassination (lexicon/figures/assassination.ts). */
function assassinatedTitle(tokens: readonly Token[], i: number): LexMatch<PersonNoun> | undefined {
  if (i === 0 || !ASSASSINATION_WORDS.matchAt(tokens, i - 1)) return undefined;
  const title = ASSASSINATED_TITLES.matchAt(tokens, i);
  // «القائد العسكري»: a definite adjective that is also a person noun is the same one
  const same = title && DEFINITE.test(tokens[title.end]?.text ?? '') && PERSONS.matchAt(tokens, title.end)?.data.count === 1;
  return title && same ? { ...title, end: title.end + 1 } : title;
}

/** How far after a singular subject («قياديا من قسد») its casualty verb may stand. */
const SUBJECT_VERB_REACH = 4;

/**
 * «أن جنديا قتل», «قياديا من قسد قتل»: a singular subject, its side after «من» at most, then a casualty verb, with
 * no punctuation between.
 */
function verbAfterSubject({ tokens, index }: CasualtyScan, end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + SUBJECT_VERB_REACH); k++) {
    if (tokens[k].kind === 'punct') return false;
    if (index.startingIn(k, k).some((c) => CATEGORY_OF[c.data.kind] && c.start === k && !tokens[k].text.startsWith('و'))) return true;
  }
  return false;
}

/** «نزوح ما يربو على مليوني شخص»: a displacement word up to three words before the number (not past punctuation). */
function displacedCount(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (tokens[k].kind !== 'word') return false;
    if (tokens[k].variants.some((v) => DISPLACEMENT.includes(v))) return true;
  }
  return false;
}

const DEFINITE = /^(?:[وف]?(?:ال|بال|لل|كال))/;

/**
 * «قتلت قوات الاحتلال سيدة», «اغتال مسلحون مجهولون قياديا»: a casualty verb, its subject (an actor phrase, or up
 * to two words of no figure and no cue of their own), then the counted person.
 */
function cueBeforeSubject({ tokens, index, actors }: CasualtyScan, i: number): { cat: CasualtyCategory; pos: number } | undefined {
  const subject = actors.find((a) => a.end === i);
  // «اختطف عناصر من حركة الشباب 8 مدنيين», «قتل مسلحون من داعش 5 جنود»: the subject's people, «من», the group
  const of = subject && tokens[subject.start - 1]?.text === 'من' && PERSONS.matchAt(tokens, subject.start - 2)?.end === subject.start - 1;
  const head = subject ? subject.start - (of ? 2 : 0) : 0;
  const beforeActor = subject && index.categoryIn(head - 1, head - 1, 'last');
  if (beforeActor) return beforeActor;
  // «قضت القوات العراقية على 15 إرهابيا»: «على» after the subject is no subject word
  const on = tokens[i - 1]?.text === SUBJECT_OBJECT_PREPOSITION ? 1 : 0;
  for (let k = i - 1; k >= Math.max(0, i - 1 - SUBJECT_WORDS - on); k--) {
    if (tokens[k].kind !== 'word') return undefined;
    const cue = index.categoryIn(k, k, 'last');
    if (cue) return k < i - 1 && !tokens[k].text.startsWith('و') ? cue : undefined;
    if (index.startingIn(k, k).some((c) => !INSTRUMENT_KINDS.has(c.data.kind))) return undefined;
  }
  return undefined;
}

/** Cues that may be the subject of a casualty verb: «قتلت غارة روسية قياديا», «أصابت قذيفة طفلا». */
const INSTRUMENT_KINDS: ReadonlySet<Cue['kind']> = new Set(['air', 'shell', 'aircraft', 'blast']);

/** How many words a subject between a casualty verb and its object may have («مسلحون مجهولون»). */
const SUBJECT_WORDS = 3;
const SUBJECT_OBJECT_PREPOSITION = 'علي';

/** How far back from a trailing count «من» may stand: «من بين عناصر الحركة المسلحة» is five words. */
const PARTITIVE_REACH = 5;

/**
 * «قتل من بين أفرادها اثنان», «وأسر من عناصر الحوثي خمسة»: a casualty word, then «من [بين]» and the people, and the
 * count last. The people are the figure's noun (a possessive on them points back as «أفرادها» does anywhere).
 */
function partitiveBefore({ tokens, index }: CasualtyScan, q: Quantity): NounFound | undefined {
  for (let k = q.start - 1; k >= 0 && k >= q.start - PARTITIVE_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return undefined;
    if (t.text !== 'من') continue;
    const cue = index.startingAtOrEndingAt(-1, k).find((c) => CATEGORY_OF[c.data.kind]);
    if (!cue || k + 1 >= q.start) return undefined;
    const from = tokens[k + 1].text === 'بين' ? k + 2 : k + 1;
    const noun = PERSONS.matchAt(tokens, from);
    if (!noun || noun.end > q.start) return undefined;
    return { noun, nounAt: from, qty: q, partitive: CATEGORY_OF[cue.data.kind] };
  }
  return undefined;
}

/** The category: on the noun, a predicate right after it, a cue just before the number, one after the noun, or a toll before. */
function categoryOf(scan: CasualtyScan, { noun, qty, partitive }: NounFound): CasualtyCategory | undefined {
  const { tokens, index } = scan;
  // «أعدم التنظيم 5 رهائن», «مقتل 4 أسرى»: captives killed are killed
  if (noun.data.category === 'captured' && killedBefore(scan, qty)) return 'killed';
  if (noun.data.category) return noun.data.category;
  if (partitive) return partitive;
  // a number with no noun takes the casualty word it touches: after it («وأكثر من 200 جرحوا»),
  // else before it («قتل 43 بينما أصيب تسعة», not the «أصيب» of the next clause)
  if (noun.start === noun.end) {
    const touching = (c: LexMatch<Cue>) => !!CATEGORY_OF[c.data.kind];
    const after = index.startingIn(qty.end, qty.end).find(touching);
    const before = index.startingAtOrEndingAt(-1, qty.start).find(touching);
    // «مقتل 3 وإصابة 7»: a casualty word glued to «و» opens the next count; the number is of the word before it
    const cue = after && startsClause(tokens[after.start]) ? (before ?? after) : (after ?? before);
    if (cue) return CATEGORY_OF[cue.data.kind];
  }
  // a predicate right after the noun phrase: «12 من جنودها أسرى», «50 جندياً أرمينياً قُتلوا» (not «... وإصابة 33»)
  const imm = index.startingIn(noun.end, noun.end + 1).find((c) => CATEGORY_OF[c.data.kind] && !tokens[c.start].text.startsWith('و'));
  if (imm && CATEGORY_OF[imm.data.kind]) return CATEGORY_OF[imm.data.kind];
  const before = index.categoryIn(lookBackStart(tokens, qty.start), qty.start - 1, 'last') ?? cueBeforeSubject(scan, qty.start);
  if (before) return before.cat;
  // after the noun, not past a clause break
  let stop = Math.min(tokens.length, noun.end + 7);
  for (let k = noun.end; k < stop; k++) if (CLAUSE_STOPS.includes(tokens[k].text)) stop = k;
  const after = index.categoryIn(noun.end, stop, 'first')?.cat;
  if (after) return after;
  // «حصيلة قتلى ... إلى 96 شخصا»
  const from = Math.max(0, qty.start - TOLL_REACH);
  const toll = tokens.slice(from, qty.start).findIndex((t) => TOLL.some((w) => t.variants.includes(w)));
  return toll < 0 ? undefined : index.categoryIn(from + toll, qty.start - 1, 'first')?.cat;
}

/** «وإصابة», «وأصيب»: a word with «و» glued to it begins a clause of its own. */
function startsClause(t: Token | undefined): boolean {
  return !!t && t.text.startsWith('و') && t.text !== 'و';
}

/** A killing word just before the count, or before its subject («أعدم تنظيم داعش 5 رهائن»). */
function killedBefore(scan: CasualtyScan, qty: Quantity): boolean {
  const before = scan.index.categoryIn(lookBackStart(scan.tokens, qty.start), qty.start - 1, 'last') ?? cueBeforeSubject(scan, qty.start);
  return before?.cat === 'killed';
}

/**
 * Where the look-back for a casualty word starts: three tokens before the number, or past a
 * one-word aside between commas, «قُتل، الأحد، 7 مدنيين» (a day, a place) read as «قُتل 7 مدنيين».
 */
function lookBackStart(tokens: readonly Token[], pos: number): number {
  const aside = tokens[pos - 1]?.text === '،' && tokens[pos - 2]?.kind === 'word' && tokens[pos - 3]?.text === '،';
  return aside ? pos - 4 : pos - 3;
}

/**
 * «مقتل 9 مدنيين بينهم 4 أطفال»: children among civilians are part of the nine, not a figure of
 * their own (nor wounded because «جرحى» follows); a breakdown into other kinds («50 قتيلا بينهم 12 جنديا») stays.
 */
function isPartOfWhole({ tokens, prev }: CasualtyScan, { noun, qty }: NounFound): boolean {
  const before = tokens[qty.start - 1]?.text ?? '';
  return (
    !!prev &&
    BREAKDOWN_WORDS.has(before) &&
    prev.pos >= qty.start - 6 &&
    prev.affiliation !== 'unknown' &&
    noun.data.affiliation === prev.affiliation
  );
}

/**
 * Is the figure one of a list with the one before («بينهم», «و», «،» within eight tokens)? A new item after
 * «، و» may come further on, past the place of the item before («فتاتان استشهدتا في غارة على …، وثلاثة أشخاص»).
 */
function isLinked({ tokens, prev }: CasualtyScan, qty: Quantity): boolean {
  const before = tokens[qty.start - 1]?.text ?? '';
  if (prev && BREAKDOWN_WORDS.has(before)) return prev.pos >= qty.start - 14;
  const and = tokens[qty.start]?.text.startsWith('و') ?? false;
  const reach = before === '،' && and ? LIST_ITEM_REACH : 8;
  return !!prev && (LINK_WORDS.has(before) || and || before === '،' || before === 'و') && prev.pos >= qty.start - reach;
}

const LIST_ITEM_REACH = 16;

/**
 * «استشهد خمسة في مخيم جباليا، وأربعة في قصف غرب المدينة»: a bare number joined to the figure before, followed by
 * where or how (not by a noun of its own), counts more of the same people.
 */
function elliptical(scan: CasualtyScan, q: Quantity): NounFound | undefined {
  const { tokens, prev } = scan;
  const next = tokens[q.end];
  const open = !next || next.kind === 'punct' || ELLIPSIS_FOLLOWERS.has(next.text);
  if (!prev || !open || !tokens[q.start].text.startsWith('و') || !isLinked(scan, q)) return undefined;
  // «من عائلة واحدة»: «واحد(ة)» after a noun is «one», an adjective; its «و» is no conjunction
  if (ONE_ADJECTIVE.test(tokens[q.start].text)) return undefined;
  return { noun: { start: q.end, end: q.end, data: { affiliation: prev.affiliation } }, nounAt: q.end, qty: q };
}

const ONE_ADJECTIVE = /^واحد[ةه]?$/;

/** How far after the figure before a count with no noun still counts the same people. */
const NOUNLESS_REACH = 12;

/** What may follow a bare number that counts people already named: a place or a cause, or punctuation. */
const ELLIPSIS_FOLLOWERS: ReadonlySet<string> = new Set(['في', 'من', 'قرب', 'جراء', 'خلال', 'عند', 'داخل', 'بنيران', 'بقصف', 'بغاره']);

/**
 * «12 جنديا ومدنيا»: after a number from 11 up the counted noun is a singular accusative, and a
 * second one joined to it shares the count («soldiers and civilians, 12 in all»), unlike «رجل وزوجته».
 */
function sharedTamyiz(t: Token, prev: RawCasualty): boolean {
  return prev.min !== null && prev.min >= 11 && /ا$/.test(t.text.replace(/[\u064B-\u0652]/g, ''));
}

/** «آخرين», «ثلاثة آخرون»: the noun says the people are more than those counted before. */
function countsOthers(tokens: readonly Token[], noun: LexMatch<PersonNoun>): boolean {
  return (
    noun.end > noun.start &&
    tokens
      .slice(noun.start, noun.end)
      .some((t) => OTHERS.test(t.variants[t.variants.length - 1]) || OTHERS_WORDS.some((w) => t.variants.includes(w)))
  );
}

/**
 * «قتل قائد الكتيبة مع ستة آخرين», «اغتيل القيادي برفقة أربعة آخرين»: others hit together with the one counted before,
 * in its category. They came with him, not from his ranks: they are of his country («PS-HAMAS» → PS).
 */
function companions({ tokens, prev }: CasualtyScan, { noun, qty }: NounFound): boolean {
  const before = tokens[qty.start - 1];
  return (
    !!prev &&
    !!before &&
    before.variants.some((v) => COMPANION_WORDS.includes(v)) &&
    prev.pos >= qty.start - NOUNLESS_REACH &&
    countsOthers(tokens, noun)
  );
}

/** Affiliation, party read from the phrase (undefined: decide from context) and whether they are the speaker's own. */
function whoseFigure(
  scan: CasualtyScan,
  { noun, nounAt, qty, partitive, total }: NounFound,
  linked: boolean,
  category: CasualtyCategory,
): Pick<RawCasualty, 'affiliation' | 'party' | 'own' | 'attacker' | 'stateForce' | 'foughtBy'> {
  const { tokens, prev } = scan;
  const isOthers = countsOthers(tokens, noun);
  // «أحد المهاجمين فجر نفسه بينما قتل ثلاثة آخرون»: more attackers, not more of the figure before
  if (isOthers && scan.lastAttacker !== undefined && (!prev || scan.lastAttacker > prev.pos))
    return { affiliation: 'military', party: undefined, own: false, attacker: true };
  // «… من بينهم الإرهابيون الخمسة، وارتفع عدد المصابين إلى 60 آخرين»: the wounded others are not more attackers
  if (isOthers && prev && prev.attacker && prev.category !== category) return { affiliation: 'unknown', party: undefined, own: false };
  if (isOthers && prev)
    return { affiliation: prev.affiliation, party: prev.party, own: prev.own, ...(prev.attacker && { attacker: true }) };
  // «قتل عنصر من قسد وأصيب اثنان»: a count with no people of its own is more of the people counted before
  const more = noun.start === noun.end && !total && !!prev && prev.pos >= qty.start - NOUNLESS_REACH;
  const affiliation: Affiliation =
    more && noun.data.affiliation === 'unknown' ? prev!.affiliation : ofArmedForce(scan, noun) ? 'military' : noun.data.affiliation;
  const nounTok = tokens[nounAt];
  const own = !!nounTok && POSSESSIVE.test(nounTok.text) && nounTok.variants.some((v) => OWN_PEOPLE_NOUNS.includes(v));
  // a nisba on the noun itself with no party (null) says nothing: read on
  let party: string | null | undefined = (nounTok ? scan.nisba(nounTok) : undefined) ?? undefined;
  if (party === undefined && !own) party = nisbaAfterNoun(scan, noun);
  if (party === undefined && !own) party = missionOfPeople(scan, noun);
  if (party === undefined && !own && tokens[noun.end]?.variants.includes('من')) party = partyNear(scan.actors, noun.end, noun.end + 4);
  if (party === undefined && !own) party = possessorGroup(scan, noun);
  if (party === undefined && !own) party = headOfNoun(scan, noun);
  // «من عناصر الحوثي خمسة»: the side named between the people and their count
  if (party === undefined && !own && partitive) party = partyNear(scan.actors, noun.start, qty.start - 1);
  const attacker = !!noun.data.attacker || hostileAdjective(tokens[noun.end]);
  const other = !!prev && otherSide(noun.data, prev);
  if (party === undefined && (linked || more) && prev && !attacker && !other && !total) party = prev.party;
  // «قتل عشرات على الجانبين», «مقتل 20 مقاتلا من الطرفين»: both sides' dead together are no one party's
  if (ofBothSides(tokens, Math.max(noun.end, qty.end))) party = null;
  // «قتل 20 من مقاتلي حركة الشباب وأصيب 5 جنود»: soldiers told after an armed group's men, joined or not
  const foughtBy = party === undefined && other && noun.data.stateForce && !own ? prev!.party! : undefined;
  return {
    affiliation,
    party,
    own,
    ...(attacker && { attacker: true }),
    ...(noun.data.stateForce && { stateForce: true }),
    ...(foughtBy && { foughtBy }),
  };
}

/** How far after «من» the force a count with no people noun belongs to may start («من قوات اللواء خليفة حفتر»). */
const FORCE_REACH = 3;

/**
 * «6 من قوات حفتر», «8 من حركة الشباب», «15 في صفوف الحوثيين»: a count with no people noun of its own, then «من» or
 * «في صفوف» and an armed force, counts that force's men («4 من موظفي الأمم المتحدة» stay of unknown affiliation).
 */
function ofArmedForce({ tokens, actors }: CasualtyScan, noun: LexMatch<PersonNoun>): boolean {
  if (noun.start !== noun.end || noun.data.affiliation !== 'unknown') return false;
  const next = tokens[noun.end];
  const ranks = next?.text === 'في' && tokens[noun.end + 1]?.variants.includes(RANKS);
  if (!next?.variants.includes('من') && !ranks) return false;
  const from = ranks ? noun.end + 1 : noun.end;
  const force = actors.find((a) => a.start > from && a.start <= from + FORCE_REACH);
  return !!force && force.military;
}

/** «في صفوف الحوثيين»: the ranks of a side. */
const RANKS = 'صفوف';

/**
 * «5 جنود باكستانيين و3 مسلحين», «5 من عناصر الدعم السريع و3 جنود»: gunmen after soldiers, or soldiers after an armed
 * group's men, are the other side, not more of the same.
 */
function otherSide(noun: PersonNoun, prev: RawCasualty): boolean {
  if (noun.irregular && prev.stateForce) return true;
  return !!noun.stateForce && !!prev.party && IRREGULAR_CODES.has(prev.party);
}

/** «15 عنصرا إرهابيا», «عناصر إرهابية»: the people are called the enemy's. */
function hostileAdjective(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.variants.some((v) => HOSTILE_ADJECTIVES.includes(v));
}

/**
 * «أحد قادة ألوية الحشد الشعبي», «عناصر حزب الله»: the people are the named group's, in construct with
 * it (the group right after the noun, or after one unit noun).
 */
function possessorGroup({ tokens, actors }: CasualtyScan, noun: LexMatch<PersonNoun>): string | null | undefined {
  const at = tokens[noun.end] && tokens[noun.end].variants.some((v) => UNIT_NOUNS.includes(v)) ? noun.end + 1 : noun.end;
  if (at >= tokens.length) return undefined;
  return actors.find((a) => a.start === at && a.role === 'group')?.party;
}

/**
 * «ثمانية مسؤولين من ناغورني قره باخ»: the counted people open a phrase that names whose officials or men they are
 * (an actor phrase read from its own words, starting at the noun).
 */
function headOfNoun({ actors }: CasualtyScan, noun: LexMatch<PersonNoun>): string | undefined {
  const head = actors.find((a) => a.role === 'head' && a.start === noun.start && a.end > noun.end && !a.contextual);
  return head?.party ?? undefined;
}

/**
 * Peacekeepers and soldiers of an organisation's mission: «3 من جنود حفظ السلام» (the noun is itself the mission's
 * name, lexicon/regional-names.ts), «جنديان من قوات حفظ السلام», «3 جنود من بعثة الاتحاد الأفريقي». They are the
 * mission's, null included: peacekeepers of no known mission are nobody's, not the report's country's.
 */
function missionOfPeople(scan: CasualtyScan, noun: LexMatch<PersonNoun>): string | null | undefined {
  const orgsAt = (scan.orgsAt ??= new Map(scan.actors.filter((a) => a.role === 'org').map((a) => [a.start, a])));
  const named = orgsAt.get(noun.start);
  if (named && named.military && named.end >= noun.end) return named.party;
  if (!noun.data.stateForce || !scan.tokens[noun.end]?.variants.includes('من')) return undefined;
  // «من قوات حفظ السلام الروسية» (a regional name, military), «من بعثة الأمم المتحدة» (a head, then the organisation)
  for (const at of [noun.end + 1, noun.end + 2]) {
    const mission = orgsAt.get(at);
    if (mission && (mission.military || MISSION_CODES.has(mission.party ?? ''))) return mission.party;
  }
  return undefined;
}
/** «جنود كوريون شماليون», «جنديين جنوب سودانيين»: a nisba of two words (lexicon/world-nisba.ts), starting at k. */
function twoWordNisba(tokens: readonly Token[], k: number): string | null | undefined {
  const m = ACTORS.matchAt(tokens, k);
  return m && m.end === k + 2 && m.data.role === 'nisba' ? m.data.party : undefined;
}

/** Organisations that field forces of their own (peacekeeping missions). */
const MISSION_CODES: ReadonlySet<string> = new Set(['UN', 'AFRICAN-UNION']);

/**
 * «جنود أرمينيين», «عسكريين اثنين من القوات التركية» — not «بجروح في غارة إسرائيلية». A country or nisba inside
 * a group's own name («عناصر قوات سوريا الديمقراطية», «مسلحي طالبان الباكستانية») is the group's, not the state's.
 */
function nisbaAfterNoun({ tokens, index, nisba, actors }: CasualtyScan, noun: LexMatch<PersonNoun>): string | null | undefined {
  const reach = tokens[noun.end]?.variants.includes('من') ? 4 : 2;
  for (let k = noun.end; k < Math.min(tokens.length, noun.end + reach); k++) {
    if (index.startsAt(k)) break;
    const group = actors.find((a) => a.role === 'group' && a.start <= k && k < a.end);
    if (group) return group.party ?? undefined;
    const np = nisba(tokens[k]) ?? twoWordNisba(tokens, k);
    if (np !== undefined) return np;
    if (tokens[k].kind === 'punct') break;
  }
  return undefined;
}
