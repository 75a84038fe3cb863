/** The people a casualty figure counts and its count: a number and the noun after it, a dual or singular, a partitive. */
import type { CasualtyCategory } from '../../extraction-record.js';
import { DISPLACEMENT, LINK_WORDS, TOLL, TOLL_REACH, TOLL_RISES_TO } from '../../lexicon/figures/casualty-context.js';
import { ASSASSINATED_TITLES, ASSASSINATION_WORDS } from '../../lexicon/figures/assassination.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PERSONS, type PersonNoun } from '../../lexicon/nouns.js';
import { definiteCount } from '../../quantities/number-words.js';
import { quantityAt, type Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import { CATEGORY_OF } from './cue-index.js';
import type { RawCasualty } from './types.js';
import { startsClause, type CasualtyScan, type NounStep, type NounFound } from './casualty-scan.js';
import { isLinked } from './linked-figures.js';
import { ACCUSATIVE } from '../../text/word-shapes.js';

/** «3 جنود», «137 أوكرانياً», «200 جرحوا», «مقتل العشرات»: the noun (or casualty word) after a number. */
export function numberedNoun(scan: CasualtyScan, q: Quantity): NounStep {
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
export function countedNoun(scan: CasualtyScan, i: number): NounStep {
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
  const two = n && pairAfter(tokens, n);
  if (two) return { noun: n!, nounAt: i, qty: two };
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
  if (hitterAfterVerb(scan, i, n) || describesNounBefore(tokens, i, n)) return { skipTo: n.end - 1 };
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
 * «مهاجمين اثنين», «انتحاريين اثنين»: a plural-looking noun (a dual once the vowels are gone) with «اثنين» after it
 * counts two of those people (lexicon/nouns.ts lists the common ones whole: «مدنيين اثنين»).
 */
function pairAfter(tokens: readonly Token[], n: LexMatch<PersonNoun>): Quantity | undefined {
  if (n.data.count !== undefined || n.data.category) return undefined;
  const q = quantityAt(tokens, n.end);
  if (!q || q.vague || q.min !== 2 || q.max !== 2 || q.end !== n.end + 1) return undefined;
  return { ...q, start: n.start };
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
/**
 * «عنصر قيادي», «مسؤول قيادي»: a singular right after another person noun (no «و») is its adjective, the same one.
 */
function describesNounBefore(tokens: readonly Token[], i: number, n: LexMatch<PersonNoun>): boolean {
  if (n.data.count !== 1 || startsClause(tokens[i])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const before = PERSONS.matchAt(tokens, k);
    // a casualty noun before is the word the singular is counted by («وإصابة آخر»)
    if (before?.end === i) return !before.data.category;
  }
  return false;
}

/** The hitter's nisba or «من» and its side before the people hit. */
const HITTER_REACH = 3;

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
export function cueBeforeSubject({ tokens, index, actors }: CasualtyScan, i: number): { cat: CasualtyCategory; pos: number } | undefined {
  // «أجهزت قوات الدعم السريع على ثلاثة جرحى»: the subject, then «على» before the people
  const on = tokens[i - 1]?.text === SUBJECT_OBJECT_PREPOSITION ? 1 : 0;
  const subject = actors.find((a) => a.end === i) ?? (on ? actors.find((a) => a.end === i - 1) : undefined);
  // «اختطف عناصر من حركة الشباب 8 مدنيين», «قتل مسلحون من داعش 5 جنود»: the subject's people, «من», the group
  const of = subject && tokens[subject.start - 1]?.text === 'من' && PERSONS.matchAt(tokens, subject.start - 2)?.end === subject.start - 1;
  const head = subject ? subject.start - (of ? 2 : 0) : 0;
  const beforeActor = subject && index.categoryIn(head - 1, head - 1, 'last');
  if (beforeActor) return beforeActor;
  // «قضت القوات العراقية على 15 إرهابيا»: «على» after the subject is no subject word
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

/** What may follow a bare number that counts people already named: a place or a cause, or punctuation. */
const ELLIPSIS_FOLLOWERS: ReadonlySet<string> = new Set(['في', 'من', 'قرب', 'جراء', 'خلال', 'عند', 'داخل', 'بنيران', 'بقصف', 'بغاره']);

/**
 * «12 جنديا ومدنيا»: after a number from 11 up the counted noun is a singular accusative, and a
 * second one joined to it shares the count («soldiers and civilians, 12 in all»), unlike «رجل وزوجته».
 */
function sharedTamyiz(t: Token, prev: RawCasualty): boolean {
  return prev.min !== null && prev.min >= 11 && /ا$/.test(t.text.replace(/[\u064B-\u0652]/g, ''));
}
