import type { IncidentEventType } from '../../extraction-record.js';
import { CUES, type Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { Token } from '../../text/tokens.js';
import type { StrikeType } from '../carry/carry.js';
import type { RawMateriel } from '../figures/figures.js';
import { LOSS_NOUNS } from '../../lexicon/triggers/surrender-and-fate.js';
import { CUE_CONDITIONS, peopleAt } from './cue-conditions.js';
import { startsClause } from '../figures/casualty-scan.js';
import { LOSE_VERB } from '../../lexicon/loss-sides.js';
import { coordinatedMeans } from './coordinated-means.js';
import { demandsHelp, isDemand } from './demands.js';
import { haltedCues } from './halted.js';
import { NotWarFrames } from './frames.js';
import { TRIGGER_RULES, type CueSite, type TriggerRule } from './rules.js';
import { isFactAnchor, suspends, type Scope } from './scope.js';
import { TEXT_ISSUED } from '../../lexicon/triggers/declare-verbs.js';
import { has, SentenceView } from './sentence-view.js';

/**
 * Event typing: which cues of a sentence become which event types, after
 * negation, modality, calls and requests have been taken into account.
 * Each result points at the token that triggered it so the caller can pick
 * the nearest date, claimant and figures. The decisions per cue kind are the
 * table in rules.ts.
 */
export interface Trigger {
  type: IncidentEventType;
  pos: number;
  weapons: string[];
  weight: number;
  /** A bare «قصف» that names no weapon (see Fired). */
  bare?: boolean;
}

export interface TriggerInput {
  tokens: readonly Token[];
  cues: readonly LexMatch<Cue>[];
  scope: Scope;
  /** Materiel figures of the sentence (weapons there are losses, not strikes). */
  materiel: readonly RawMateriel[];
  /** Token positions of places (for control changes). */
  placeTokens: ReadonlySet<number>;
  /** The report mentions rockets, missiles or artillery somewhere. */
  docHasStandoff: boolean;
  /** The kind of the last strike the report told before this sentence. */
  lastStrike?: StrikeType | null;
  question: boolean;
}

/** Token positions covered by materiel figures. */
function materielSpansOf(materiel: readonly RawMateriel[]): Set<number> {
  const spans = new Set<number>();
  for (const m of materiel) for (let k = m.pos - 1; k < m.pos + 5; k++) spans.add(k);
  return spans;
}

/** Token positions that are the object of a request («طلبت من واشنطن توجيه ضربات جوية»): not events. */
function requestedSpans(cues: readonly LexMatch<Cue>[], tokens: readonly Token[]): Set<number> {
  const requested = new Set<number>();
  for (const c of cues) {
    if (c.data.kind !== 'request') continue;
    if (isDemand(tokens, c.start) && !demandsHelp(tokens, c.end)) continue; // «قتل طالب في قصف …»: a student
    // «ناشد الأطراف حماية المدنيين إثر اشتباكات عنيفة»: what follows a word of time or cause happened
    for (let k = c.end; k < Math.min(tokens.length, c.end + 10) && !isFactAnchor(tokens[k]!); k++) requested.add(k);
  }
  return requested;
}

/** Is the cue silenced by its scope before its rule runs? */
function gated(rule: TriggerRule, site: CueSite, requested: ReadonlySet<number>): boolean {
  if (rule.gate === 'own') return false;
  const b = site.blocked;
  if (suspends(b)) return true;
  if (b === 'call' && rule.gate === 'asserted') return true;
  return requested.has(site.i);
}

export function findTriggers(input: TriggerInput): Trigger[] {
  if (input.question) return [];
  const { tokens, cues, scope } = input;
  const view = new SentenceView({
    tokens,
    cues,
    scope,
    materielSpans: materielSpansOf(input.materiel),
    placeTokens: input.placeTokens,
    docHasStandoff: input.docHasStandoff,
    lastStrike: input.lastStrike ?? null,
  });
  const requested = requestedSpans(cues, tokens);
  const frames = new NotWarFrames(tokens, scope.clause, cues);
  const issued = issuesText(tokens, scope);
  const halted = haltedCues(tokens, cues);
  const out: Trigger[] = [];
  for (const cue of cues) {
    const rule: TriggerRule = TRIGGER_RULES[cue.data.kind];
    // the terms of a text the sentence issues declare what they lay down («مرسوما يقضي بالتعبئة»)
    const declared = issued && scope.blocked[cue.start] === 'terms' && DECLARED_BY_TEXT.has(cue.data.kind);
    const site: CueSite = { cue, i: cue.start, blocked: declared ? undefined : scope.blocked[cue.start], view };
    if (gated(rule, site, requested) || frames.silences(cue) || halted.has(cue.start)) continue;
    const fired = rule.fire(site);
    if (fired) out.push({ type: fired.type, pos: cue.start, weapons: fired.weapons, weight: fired.weight, bare: fired.bare });
  }
  return out;
}

/** What a text issued in the sentence lays down is declared: a ceasefire, a mobilisation (not fighting or ground). */
const DECLARED_BY_TEXT: ReadonlySet<Cue['kind']> = new Set<Cue['kind']>(['ceasefire', 'mobilization']);

/** «أصدرت الحكومة مرسوما يقضي بالتعبئة»: a verb of issuing or concluding before the first terms marker. */
function issuesText(tokens: readonly Token[], scope: Scope): boolean {
  const terms = scope.markers.find((m) => m.data === 'terms');
  return !!terms && tokens.slice(0, terms.start).some((t) => t.variants.some((v) => TEXT_ISSUED.includes(v)));
}

export function scanCues(tokens: readonly Token[]): LexMatch<Cue>[] {
  // a word whose sense the condition turns down leaves its place to the other readings («قبضتها على المدينة»: a grip)
  const cues = CUES.scan(tokens, (c) => !c.data.when || CUE_CONDITIONS[c.data.when](tokens, c));
  const out = cues.flatMap((c) => (c.data.kind === 'lose' ? peopleLostAs(tokens, c) : [c]));
  const parts = new Map<number, LexMatch<Cue>>();
  // «قصف مدفعي وجوي»: «قصف» and «مدفعي» both reach «وجوي», one part
  for (const c of out) for (const p of coordinatedMeans(tokens, c)) parts.set(p.start, p);
  if (!parts.size) return out;
  return [...out, ...parts.values()].sort((a, b) => a.start - b.start);
}

/**
 * A word of losing whose object is people: missing, or their loss in the fighting; the verb stays a word of losing
 * too, for the equipment listed after the people («خسرت 200 جندي و5 دبابات»).
 */
function peopleLostAs(tokens: readonly Token[], c: LexMatch<Cue>): LexMatch<Cue>[] {
  if (peopleLost(tokens, c)) return [{ ...c, data: MISSING_PEOPLE }];
  return lostInFighting(tokens, c) ? [c, { ...c, data: PEOPLE_LOST }] : [c];
}

/**
 * «خسرت القوات الأوكرانية أكثر من 1500 عسكري», «خسر العدو 300 جندي»: a verb of losing with people counted after
 * its subject; a toll of the losing side with no category (the dead and the wounded together), not a missing count.
 */
function lostInFighting(tokens: readonly Token[], c: LexMatch<Cue>): boolean {
  if (c.end !== c.start + 1 || !LOSE_VERB.test(tokens[c.start].text)) return false;
  // «خسرت في هذا الاتجاه ما يصل إلى 420 عسكريا»: a subject or a place between, not past a comma or a new clause
  for (let k = c.end; k < Math.min(tokens.length, c.end + LOST_PEOPLE_REACH); k++) {
    if (tokens[k].kind === 'punct' || (k > c.end && startsClause(tokens[k]))) return false;
    if (peopleAt(tokens, k)) return true;
  }
  return false;
}
/** Words from the verb of losing to the people counted: «خسرت القوات الأوكرانية في هذا الاتجاه ما يصل إلى 420». */
const LOST_PEOPLE_REACH = 8;
const PEOPLE_LOST: Cue = { kind: 'losses' };

/**
 * «أعلن الجيش فقدان 12 جنديا»: people right after the noun of losing are missing, not ground or equipment lost;
 * not when a thing of theirs follows, what they lost («فقدان آلاف الأشخاص منازلهم»).
 */
function peopleLost(tokens: readonly Token[], c: LexMatch<Cue>): boolean {
  if (c.end !== c.start + 1 || !has(tokens[c.start], LOSS_NOUNS) || !peopleAt(tokens, c.end)) return false;
  for (let k = c.end + 1; k <= c.end + THEIR_LOSS_REACH && k < tokens.length; k++)
    if (tokens[k].kind === 'word' && THEIR.test(tokens[k].text)) return false;
  return true;
}
const MISSING_PEOPLE: Cue = { kind: 'missing' };
/** «منازلهم», «مصادر رزقها»: a possessive pronoun on what the people lost. */
const THEIR = /(?:هم|ها|هن)$/;
const THEIR_LOSS_REACH = 4;
