import { BREAKDOWN_WORDS, FULL_BREAKDOWN_WORDS } from '../../lexicon/figures/casualty-context.js';
import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { trailingHedge } from '../../quantities/hedges.js';
import { quantityAt } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { bareTolls } from './bare-tolls.js';
import { CueIndex } from './cue-index.js';
import type { NisbaReader, RawCasualty } from './types.js';
import type { CasualtyScan } from './casualty-scan.js';
import { numberedNoun, countedNoun } from './counted-people.js';
import { killedAndWounded, splitBetween, jointVerbs, categoryOf, stateAdjectiveEnd } from './casualty-category.js';
import { isPartOfWhole, isLinked, companions } from './linked-figures.js';
import { whoseFigure } from './whose-figure.js';

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
    i = Math.max(i, noun.end - 1, qty.end - 1, (stateAdjectiveEnd(tokens, step) ?? 0) - 1);
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
