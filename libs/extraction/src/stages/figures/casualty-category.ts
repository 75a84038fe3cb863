/** Whether a casualty figure counts the killed, wounded, captured or missing; and counts shared by two categories (neither's). */
import type { CasualtyCategory } from '../../extraction-record.js';
import { CLAUSE_STOPS, JOINT_OR, TOLL, TOLL_NOUNS, TOLL_REACH } from '../../lexicon/figures/casualty-context.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PERSONS } from '../../lexicon/nouns.js';
import { quantityAt, type Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import { CATEGORY_OF } from './cue-index.js';
import { startsClause, type CasualtyScan, type NounFound } from './casualty-scan.js';
import { cueBeforeSubject } from './counted-people.js';

/**
 * «12 قتيلا وجريحا», «5 قتلى وجرحى»: one count of the dead and the wounded together (a casualty word of another
 * category glued to «و» right after the counted casualty word, with no number of its own) is neither category's figure.
 */
export function killedAndWounded({ tokens, index }: CasualtyScan, nounStart: number, category: CasualtyCategory): boolean {
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
export function splitBetween({ tokens, index }: CasualtyScan, nounEnd: number): boolean {
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
export function jointVerbs({ tokens, index, prev }: CasualtyScan, qty: Quantity): boolean {
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

/** The category: on the noun, a predicate right after it, a cue just before the number, one after the noun, or a toll before. */
export function categoryOf(scan: CasualtyScan, { noun, qty, partitive }: NounFound): CasualtyCategory | undefined {
  const { tokens, index } = scan;
  // «أعدم التنظيم 5 رهائن», «مقتل 4 أسرى»: captives killed are killed
  if (noun.data.category === 'captured' && killedBefore(scan, qty)) return 'killed';
  // «أجهز المسلحون على ثلاثة جرحى», «أعدموا جريحين»: the wounded finished off by the verb that governs them
  if (noun.data.category === 'wounded' && killingGoverns(scan, qty)) return 'killed';
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
  const before = () => index.categoryIn(lookBackStart(tokens, qty.start), qty.start - 1, 'last') ?? cueBeforeSubject(scan, qty.start);
  const cueBefore = before();
  // «أجهز المسلحون على جنديين جريحين», «أسر شرطيا جريحا»: a casualty noun agreeing with the people is the state they
  // were in; the word that governs them tells what befell them (not a toll of its own: «قتلى وجرحى ووقوع 12 … أسرى»)
  const governs = cueBefore && !startsClause(tokens[cueBefore.pos]);
  if (imm && governs && stateAdjectiveEnd(tokens, { noun, qty }) !== undefined) return cueBefore.cat;
  if (imm && CATEGORY_OF[imm.data.kind]) return CATEGORY_OF[imm.data.kind];
  if (cueBefore) return cueBefore.cat;
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

/** A killing word just before the count, or before its subject («أعدم تنظيم داعش 5 رهائن»). */
function killedBefore(scan: CasualtyScan, qty: Quantity): boolean {
  const before = scan.index.categoryIn(lookBackStart(scan.tokens, qty.start), qty.start - 1, 'last') ?? cueBeforeSubject(scan, qty.start);
  return before?.cat === 'killed';
}

/**
 * A killing word whose object the count is: right before it («أعدم جريحين») or before its subject («أجهز المسلحون على
 * 3 جرحى»); not a toll of its own before a count joined by «و» («مقتل 5 أشخاص و12 جريحا», «78 قتيلا و210 جرحى»).
 */
function killingGoverns(scan: CasualtyScan, qty: Quantity): boolean {
  if (startsClause(scan.tokens[qty.start]) || scan.tokens[qty.start - 1]?.text === 'و') return false;
  const right = scan.index.categoryIn(qty.start - 1, qty.start - 1, 'last') ?? cueBeforeSubject(scan, qty.start);
  return right?.cat === 'killed';
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
 * «جنديين جريحين», «شرطيا جريحا», «مدنيين مصابين»: a casualty noun right after counted people (no «و», no number of its
 * own) describes them; the end of that adjective, else undefined. The figure is counted once, on the people.
 */
export function stateAdjectiveEnd(tokens: readonly Token[], { noun, qty }: Pick<NounFound, 'noun' | 'qty'>): number | undefined {
  if (noun.end === noun.start || noun.data.category) return undefined;
  const at = Math.max(noun.end, qty.end);
  if (startsClause(tokens[at])) return undefined;
  const adjective = PERSONS.matchAt(tokens, at);
  if (!adjective?.data.category || quantityAt(tokens, adjective.end)) return undefined;
  return adjective.end;
}
