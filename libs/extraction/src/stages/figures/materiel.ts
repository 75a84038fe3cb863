import type { MaterielFigure, MaterielKind } from '../../extraction-record.js';
import type { Cue } from '../../lexicon/cues.js';
import { CALIBRE_UNITS, DESIGNATION_PREFIXES, EQUIPMENT_MODELS, MODEL_OPENERS } from '../../lexicon/figures/equipment-models.js';
import {
  DESTROYED_STATE,
  EQUIPMENT_WORDS,
  LAUNCH_TARGET_PREPOSITIONS,
  MADE_IN,
  NEUTRALISE,
  ONE,
  OUT_OF,
  CAUSED,
  EXPLODED,
  PARTITIVE,
  ROCKET_ARTILLERY,
  SUBJECT_LINKS,
} from '../../lexicon/figures/materiel-context.js';
import { ATTACK_VERBS } from '../../lexicon/triggers/attack-verbs.js';
import { NAME_QUOTES } from '../../lexicon/attribution/group-prefixes.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-prepositions.js';
import { MATERIEL, type MaterielNoun } from '../../lexicon/nouns.js';
import { quantityAt, type Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { INTERCEPT_WORDS, LAUNCHED } from '../../lexicon/triggers/interception.js';
import { actorsStartingIn } from '../attribution/actor-window.js';
import { findWord } from '../triggers/sentence-view.js';
import { opensLinkedClause } from '../triggers/token-words.js';
import { aircraftDestroysAt } from '../attribution/aircraft-subject.js';
import { isVerbOnObject } from '../attribution/verb-on-object.js';
import { CueIndex, partyNear, STATUS_OF } from './cue-index.js';
import type { NisbaReader, RawMateriel } from './types.js';

type Status = MaterielFigure['status'];

interface MaterielScan {
  tokens: readonly Token[];
  index: CueIndex;
  actors: readonly ActorPhrase[];
  nisba: NisbaReader;
}

/** A materiel noun at `at`, with the quantity before it (if any) and the status cue before it (if any). */
interface MaterielSite {
  noun: LexMatch<MaterielNoun>;
  at: number;
  q: Quantity | undefined;
  statusBefore: { status: Status; pos: number; end: number } | undefined;
  /** The model named after the noun («من طراز تي-72», «"بانتسير"»): its kind and tokens [start, end). */
  model: ModelSpan;
}

interface ModelSpan {
  kind: MaterielKind | undefined;
  start: number;
  end: number;
}

/** A figure found, with where its noun phrase ends (lists are read from there). */
interface Found {
  m: RawMateriel;
  end: number;
}

/** Materiel figures of one sentence: equipment destroyed, captured or lost, with a count and a party. */
export function findMateriel(
  tokens: readonly Token[],
  cues: readonly LexMatch<Cue>[],
  actors: readonly ActorPhrase[],
  nisba: NisbaReader,
): RawMateriel[] {
  const found: Found[] = [];
  const scan: MaterielScan = { tokens, index: new CueIndex(cues), actors, nisba };
  for (let i = 0; i < tokens.length; i++) {
    const q = quantityAt(tokens, i);
    if (q && (q.vague || tokens[q.start].text.includes(':'))) {
      i = q.end - 1;
      continue;
    }
    const at = q ? partitiveAt(tokens, q.end) : i;
    const noun = MATERIEL.matchAt(tokens, at) ?? (q ? modelAsNoun(tokens, at) : undefined);
    if (!noun) {
      if (q) i = q.end - 1;
      continue;
    }
    if (byInstrument(tokens, noun, q)) {
      i = noun.end - 1;
      continue;
    }
    const site: MaterielSite = { noun, at, q, statusBefore: statusBefore(scan, at), model: modelAfter(tokens, noun.end) };
    const status = statusOf(scan, site) ?? listStatus(tokens, found, at);
    if (status && !isStrikeWeapon(scan, site) && !aircraftThatStruck(scan, noun)) {
      const kind = site.model.kind && GENERIC_KINDS.has(noun.data.kind) ? site.model.kind : kindOf(scan, noun);
      const m: RawMateriel = { pos: at, kind, count: countOf(scan, site), status, party: partyOf(scan, noun, site.model) };
      if (site.statusBefore && site.statusBefore.status === status) m.statusAt = [site.statusBefore.pos, site.statusBefore.end];
      found.push({ m, end: Math.max(noun.end, site.model.end) });
    }
    i = Math.max(noun.end, site.model.end) - 1;
  }
  const out = found.map((f) => f.m);
  out.push(...destroyedByPronoun(scan, out));
  shareListParty(tokens, found);
  return out;
}

/** How many tokens may stand between the end of a listed item and the next one («، و5 مدافع»). */
const LIST_GAP = 4;

/** Two found items are one list: the second follows the first's noun phrase closely, after «و» or «،», in one sentence part. */
function listed(tokens: readonly Token[], prevEnd: number, at: number): boolean {
  if (at < prevEnd || at - prevEnd > LIST_GAP) return false;
  const between = tokens.slice(prevEnd, at + 1);
  if (between.some((t) => t.text === '.' || t.text === '؛')) return false;
  return between.some((t) => t.text === '،' || t.text === ',' || t.text.startsWith('و'));
}

/**
 * «تدمير 6 دبابات، و6 مدافع، … و5 مدفعيات»: a long list's later items are far from the verb, but each item of a list
 * has the status of the item before it.
 */
function listStatus(tokens: readonly Token[], found: readonly Found[], at: number): Status | undefined {
  const prev = found[found.length - 1];
  return prev && listed(tokens, prev.end, at) ? prev.m.status : undefined;
}

/**
 * «تدمير 4 دبابات إسرائيلية واحتراق آلية عسكرية»: an item of a list of losses that names no side of its own is of the
 * side of the item just before it (same status, same sentence part: no full stop or «؛» between); «تدمير 12 دبابة
 * و8 مدرعات أوكرانية»: a side named only on the last items is also the side of those before them.
 */
function shareListParty(tokens: readonly Token[], found: readonly Found[]): void {
  const joined = (j: number) => found[j - 1].m.status === found[j].m.status && listed(tokens, found[j - 1].end, found[j].m.pos);
  for (let j = 1; j < found.length; j++) {
    const { m } = found[j];
    const prev = found[j - 1].m;
    if (m.party === undefined && prev.party !== undefined && joined(j)) m.party = prev.party;
  }
  for (let j = found.length - 2; j >= 0; j--) {
    const { m } = found[j];
    const next = found[j + 1].m;
    if (m.party === undefined && next.party !== undefined && joined(j + 1)) m.party = next.party;
  }
}

/** How far back a pronoun on a destruction word looks for its equipment noun. */
const PRONOUN_REACH = 20;
/** «احتراقها», «تدميره»: a destruction word whose object (or burnt subject) is a pronoun. */
const PRONOUN_SUFFIX = /(ها|ه)$/;

/**
 * «السيارة التي كانت تقلهم استُهدفت بصاروخ أدى إلى احتراقها»: a destruction word with a pronoun for its object is the
 * loss of the nearest single piece of equipment before it, in the sentence, of the pronoun's gender; not when a figure
 * already counts equipment there, and never the weapon of the strike («صاروخ»).
 */
function destroyedByPronoun(scan: MaterielScan, found: readonly RawMateriel[]): RawMateriel[] {
  const { tokens, index } = scan;
  const out: RawMateriel[] = [];
  for (const c of index.cues) {
    if ((c.data.kind !== 'destroy' && !explodedByStrike(tokens, c)) || c.end - c.start !== 1) continue;
    const suffix = PRONOUN_SUFFIX.exec(tokens[c.start].text)?.[1];
    if (!suffix || found.some((m) => m.pos < c.start && m.pos >= c.start - PRONOUN_REACH)) continue;
    const noun = singularBefore(scan, c.start, suffix === 'ها');
    // at the destruction word: the noun may be the target of a strike the sentence tells, whose weapon stays a weapon
    if (noun) out.push({ pos: c.start, kind: kindOf(scan, noun), count: 1, status: 'destroyed', party: partyOf(scan, noun) });
  }
  return out;
}

/**
 * «استهدفت الفصائل بصاروخ موجه شاحنة ذخيرة، ما أدى إلى انفجارها»: an explosion that a strike caused («أدى إلى») is
 * the loss of what it hit; not any «انفجار» («قبل انفجارها» of a car bomb is the attack itself).
 */
function explodedByStrike(tokens: readonly Token[], c: LexMatch<Cue>): boolean {
  if (c.data.kind !== 'blast' || !tokens[c.start].variants.includes(EXPLODED)) return false;
  return bareIs(tokens[c.start - 1], CAUSED[1]) && CAUSED[0].some((w) => bareIs(tokens[c.start - 2], w));
}

/**
 * The nearest singular equipment noun before `pos` of the pronoun's gender (its head noun's: «راجمة صواريخ» is
 * feminine), not a weapon cue unless the strike's own weapon was named before it.
 */
function singularBefore({ tokens, index }: MaterielScan, pos: number, feminine: boolean): LexMatch<MaterielNoun> | undefined {
  for (let k = pos - 1; k >= Math.max(0, pos - PRONOUN_REACH); k--) {
    const noun = MATERIEL.matchAt(tokens, k);
    if (!noun || noun.end > pos || !noun.data.singular || (index.startsAt(k) && !targetAfterWeapon(tokens, index, k))) continue;
    if (tokens[noun.start].text.endsWith('ه') === feminine) return noun;
  }
  return undefined;
}

/** How far back from a targeted weapon noun the attack verb may stand («استهدفت فصائل الجيش الحر بصاروخ "تاو" راجمة»). */
const TARGET_REACH = 10;

/**
 * «استهدفت الفصائل بصاروخ "تاو" راجمة صواريخ»: a weapon noun is the target, not the weapon, when the strike's weapon
 * stands before it after «بـ» and an attack verb before that, in one clause.
 */
function targetAfterWeapon(tokens: readonly Token[], index: CueIndex, k: number): boolean {
  if (INSTRUMENT.test(tokens[k].text)) return false;
  let instrument = false;
  for (let j = k - 1; j >= 0 && j >= k - TARGET_REACH; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && !NAME_QUOTES.has(t.text)) return false;
    if (!instrument) instrument = index.startsAt(j) && INSTRUMENT.test(t.text);
    else if (t.variants.some((v) => ATTACK_VERBS.includes(v))) return true;
  }
  return false;
}
const INSTRUMENT = /^[وف]?ب/;

/**
 * The last status cue («دمر», «استولى», «خسر») in the 40 tokens before, else «تحييد» just before; not one of a clause
 * before: «أسقطت الدفاعات مسيرة، في حين شنت طائرات التحالف غارات» did not down the aircraft of the linked clause.
 */
function statusBefore({ index, tokens }: MaterielScan, pos: number): MaterielSite['statusBefore'] {
  let best: MaterielSite['statusBefore'];
  for (const c of index.startingIn(pos - 40, pos - 1)) {
    const st = STATUS_OF[c.data.kind];
    if (st && c.start < pos && c.start >= pos - 40) best = { status: st, pos: c.start, end: c.end };
  }
  if (best && linkedClauseBetween(tokens, best.end, pos)) best = undefined;
  return best ?? neutralisedBefore(tokens, pos);
}

function linkedClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (opensLinkedClause(tokens, k)) return true;
  return false;
}

/** How far before the equipment «تحييد» may stand: the count and a word («تحييد 5 عربات», «حيدت القوات 3 مدرعات»). */
const NEUTRALISE_REACH = 3;

/** «تحييد 5 مدرعات»: putting equipment out of action is its destruction (the cue tables read the word for people). */
function neutralisedBefore(tokens: readonly Token[], pos: number): MaterielSite['statusBefore'] {
  for (let k = pos - 1; k >= 0 && k >= pos - NEUTRALISE_REACH; k--) {
    if (tokens[k].kind === 'punct') return undefined;
    if (tokens[k].variants.some((v) => NEUTRALISE.includes(v))) return { status: 'destroyed', pos: k, end: k + 1 };
  }
  return undefined;
}

/**
 * A status cue just after the equipment («3 دبابات دُمّرت»); not one after «في» or «من»: «نجحت الطائرات المسيرة في
 * تدمير …», «تمكنت المروحيات من إسقاط …» make the equipment the doer, not the loss; nor a word of intercepting after
 * what is no aircraft: «منظومة القبة الحديدية اعترضت صاروخين» intercepted («مسيرتان أُسقطتا» were downed).
 */
function statusAfter({ index, tokens }: MaterielScan, noun: LexMatch<MaterielNoun>): Status | undefined {
  const pos = noun.end;
  for (const c of index.startingIn(pos, pos + 3)) {
    const st = STATUS_OF[c.data.kind];
    if (!st || c.start < pos || c.start > pos + 3) continue;
    if (interceptsAt(tokens, c.start) && !AIRCRAFT_KINDS.has(noun.data.kind)) return undefined;
    return tokens.slice(pos, c.start).some((t) => t.variants.some((v) => SUBJECT_LINKS.includes(v))) ? undefined : st;
  }
  return undefined;
}
const interceptsAt = (tokens: readonly Token[], k: number): boolean => bareIn(tokens[k], INTERCEPT_WORDS);

/** «أكثر من 10 سيارات «بيك أب» متفحمة»: a participle of destruction right after the noun phrase (its model included). */
function destroyedState(tokens: readonly Token[], end: number): Status | undefined {
  return tokens[end]?.variants.some((v) => DESTROYED_STATE.includes(v)) ? 'destroyed' : undefined;
}

/** A status cue before or just after; «خسائر في الأرواح والعتاد»: equipment losses without a count. */
function statusOf(scan: MaterielScan, { noun, at, q, statusBefore: sb, model }: MaterielSite): Status | undefined {
  // a burnt-out wreck is a figure only when counted («مباني ومركبات محترقة» describes a scene)
  const counted = !!q || noun.data.count !== undefined || !!noun.data.singular;
  const before = sb && !aimedAtByIntercepted(scan, sb.pos, noun) ? sb.status : undefined;
  const status = before ?? statusAfter(scan, noun) ?? (counted ? destroyedState(scan.tokens, model.end) : undefined);
  if (status) return status;
  const losses = scan.index.startingIn(at - 8, at - 1).some((c) => c.data.kind === 'losses' || c.data.kind === 'victims');
  return noun.data.kind === 'other' && losses ? 'lost' : undefined;
}

/**
 * «مروحيات الجيش الروسي دمرت مواقع …», «مقاتلات تركية أسقطت مسيرة»: aircraft that are the subject of the verb of
 * destroying or downing did it (the strike is read in stages/triggers/strikes.ts), as do aircraft that carried out a
 * strike named before them; they were not lost.
 */
function aircraftThatStruck({ tokens }: MaterielScan, noun: LexMatch<MaterielNoun>): boolean {
  if (!AIRCRAFT_KINDS.has(noun.data.kind)) return false;
  // «دمرت غارة شنتها طائرات روسية مدرسة»: the subject of the strike's relative verb flew it
  return isVerbOnObject(tokens[noun.start - 1]?.text) || aircraftDestroysAt(tokens, noun.start, noun.end, true) >= 0;
}
const AIRCRAFT_KINDS: ReadonlySet<MaterielKind> = new Set<MaterielKind>(['aircraft', 'helicopter', 'drone']);

/**
 * «اعترضت الدفاعات الجوية صواريخ أطلقها الحوثيون على سفينة تجارية»: an interception downs the flying weapon, not
 * what it was fired at; nor does any loss word before a verb of launching reach the target of the launch («على سفينة»,
 * «باتجاه سفن»). A ship or vehicle «intercepted» was stopped, not destroyed.
 */
function aimedAtByIntercepted({ tokens }: MaterielScan, cue: number, noun: LexMatch<MaterielNoun>): boolean {
  if (interceptsAt(tokens, cue) && !AIRCRAFT_KINDS.has(noun.data.kind)) return true;
  if (!tokens[noun.start - 1]?.variants.some((v) => LAUNCH_TARGET_PREPOSITIONS.includes(v))) return false;
  return findWord(tokens, cue + 1, noun.start - 1, LAUNCHED) >= 0;
}

/** A single weapon word used for the weapon of a strike is not a loss. */
function isStrikeWeapon({ tokens }: MaterielScan, { noun, q }: MaterielSite): boolean {
  if (noun.data.kind !== 'other' || q || noun.data.singular) return false;
  return !tokens.slice(noun.start, noun.end).some((t) => EQUIPMENT_WORDS.some((w) => t.variants.includes(w)));
}

/** «منظومة مضادة للطائرات» is air defence; «منظومة صواريخ غراد» is artillery. */
function kindOf({ tokens }: MaterielScan, noun: LexMatch<MaterielNoun>): MaterielKind {
  const launcher = tokens.slice(noun.end, noun.end + 2).some((t) => ROCKET_ARTILLERY.some((w) => t.variants.includes(w)));
  return noun.data.kind === 'air-defence' && launcher ? 'artillery' : noun.data.kind;
}

/** The number before, the noun's own count, «واحدة», or one singular right after a status word or in a list. */
function countOf({ tokens, actors }: MaterielScan, { noun, q, statusBefore: sb }: MaterielSite): number | null {
  if (q) return outOf(tokens, q.start) ?? q.min;
  if (noun.data.count !== undefined) return noun.data.count;
  if (tokens[noun.end] && ONE.some((w) => tokens[noun.end].variants.includes(w))) return 1;
  if (!noun.data.singular) return null;
  const prevTok = tokens[noun.start - 1];
  const afterStatus = sb && (sb.pos >= noun.start - 2 || subjectBetween(actors, sb.end, noun.start));
  const inList = prevTok && (prevTok.text === '،' || tokens[noun.start].text.startsWith('و'));
  return afterStatus || inList ? 1 : null;
}

/**
 * A nisba in the next seven tokens (not past a comma, stop or number), else an actor phrase just after; not a
 * country named as a place («احتراق آلية عسكرية بالكامل في قطاع غزة»: where it burnt, not whose it was).
 */
function partyOf({ tokens, actors, nisba }: MaterielScan, noun: LexMatch<MaterielNoun>, model?: ModelSpan): string | null | undefined {
  const from = noun.end;
  const skipped = model ? model.end - model.start : 0;
  for (let k = from; k < Math.min(tokens.length, from + 7 + skipped); k++) {
    // the model's words and number («من طراز تي-72») say nothing of the owner
    if (model && k >= model.start && k < model.end) continue;
    if (tokens[k].text === '،' || tokens[k].text === '.' || /^\d/.test(tokens[k].text)) break;
    // «لحركة طالبان باكستان»: a country word inside a group's name is the group's, not the country's
    const group = actors.find((a) => a.start <= k && k < a.end && a.end - a.start > 1 && a.role === 'group');
    if (group) return locatedAt(tokens, group.start) ? undefined : group.party;
    // «طائرات مسيرة أطلقتها حركة طالبان باكستان», «مسيرات أطلقت من لبنان»: whoever launched them, or no one named
    if (tokens[k].variants.some((v) => LAUNCHED.includes(v))) return launcherAfter(actors, k);
    const np = nisba(tokens[k]);
    if (np !== undefined && !locatedAt(tokens, k) && !madeIn(tokens, k) && !ofTheGenitive(tokens, noun, k)) return np;
  }
  const owners = actors.filter((a) => !(a.role === 'country' || a.role === 'capital') || !locatedAt(tokens, a.start));
  const after = model && model.start <= from + 1 && model.end > from ? model.end : from;
  return partyNear(owners, after, after + 5);
}

/**
 * «منظومة دفاع جوي روسي»: a masculine nisba after a feminine singular noun agrees with the genitive after the noun
 * («دفاع جوي», the kind of defence: Russian-made), not with the system, so it says nothing of whose it is.
 */
function ofTheGenitive(tokens: readonly Token[], noun: LexMatch<MaterielNoun>, k: number): boolean {
  if (k !== noun.end || !noun.data.singular || noun.end - noun.start < 2 || !FEMININE.test(tokens[noun.start].text)) return false;
  return MASCULINE_NISBA.test(tokens[k].text);
}
const FEMININE = /ه$/;
const MASCULINE_NISBA = /ي$/;

/**
 * «أسقطت الدفاعات الجوية الروسية مروحية أوكرانية»: the verb's subject (one actor phrase) stands between the status
 * word and its singular object, which is still one.
 */
function subjectBetween(actors: readonly ActorPhrase[], from: number, to: number): boolean {
  return from < to && actors.some((a) => a.start === from && a.end === to);
}

/** «3 من دبابات العدو», «2 من الرادارات»: the noun after «من» is what the count counts (not «من أصل»). */
function partitiveAt(tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  if (!t || t.text !== PARTITIVE || bareIs(tokens[end + 1], OUT_OF[1])) return end;
  return MATERIEL.matchAt(tokens, end + 1) ? end + 1 : end;
}

/** «تدمير 3 ليوبارد»: after a count, a model name (no common word) stands for its noun. */
function modelAsNoun(tokens: readonly Token[], at: number): LexMatch<MaterielNoun> | undefined {
  const m = modelAt(tokens, at);
  return m && !m.notAlone ? { start: at, end: m.end, data: { kind: m.kind } } : undefined;
}

/** Kinds of nouns that say little of the equipment («منظومة», «طائرة», «عربة»): a model named after them says more. */
const GENERIC_KINDS: ReadonlySet<MaterielKind> = new Set<MaterielKind>(['air-defence', 'aircraft', 'vehicle', 'other']);

/** How far after the noun a model may start, past a quote mark and «من طراز». */
const MODEL_REACH = 3;
/** How many words (a nisba, an adjective) may stand between the noun and «من طراز». */
const OPENER_REACH = 2;

/**
 * «دبابات من طراز تي-72», «مسيرة أمريكية من نوع MQ-9», «منظومة "بانتسير"», «طائرات بيرقدار»: the model named after an
 * equipment noun, its kind (undefined: no known model) and its tokens; a quoted name is taken whether known or not.
 */
function modelAfter(tokens: readonly Token[], end: number): ModelSpan {
  const none = { kind: undefined, start: end, end };
  let start = end;
  let opener: readonly string[] | undefined;
  for (let s = end; s <= end + OPENER_REACH && s < tokens.length && !opener; s++) {
    if (tokens[s].kind === 'punct' && !isQuote(tokens[s])) break;
    opener = MODEL_OPENERS.find((o) => o.every((w, j) => bareIs(tokens[s + j], w)));
    if (opener) start = s;
  }
  let k = opener ? start + opener.length : end;
  const quoted = isQuote(tokens[k]);
  if (quoted) k++;
  for (let j = k; j < Math.min(tokens.length, k + MODEL_REACH); j++) {
    const m = modelAt(tokens, j);
    if (m) return { kind: m.kind, start, end: closingQuote(tokens, m.end) };
    if (!opener && !quoted) break;
  }
  if (quoted) {
    for (let j = k; j < Math.min(tokens.length, k + 4); j++) if (isQuote(tokens[j])) return { kind: undefined, start, end: j + 1 };
  }
  return opener ? { kind: undefined, start, end: unknownModelEnd(tokens, k) } : none;
}

/**
 * «من طراز أورال», «من طراز بي إم-21»: a model the table does not know, after «من طراز»: one word, or two before a
 * designation's number (never more: «من طراز أورال تابعة للجيش» names the owner after it); or a calibre.
 */
function unknownModelEnd(tokens: readonly Token[], k: number): number {
  const word = (t: Token | undefined) => !!t && t.kind === 'word';
  // «عيار 57», «عيار 155 ملم»: a calibre
  if (tokens[k]?.kind === 'number') return bareIn(tokens[k + 1], CALIBRE_UNITS) ? k + 2 : k + 1;
  if (!word(tokens[k])) return k;
  const numbered = designationEnd(tokens, k + 1);
  if (numbered !== undefined) return numbered;
  const twoWords = word(tokens[k + 1]) ? designationEnd(tokens, k + 2) : undefined;
  return twoWords ?? k + 1;
}

const isQuote = (t: Token | undefined): boolean => !!t && t.kind === 'punct' && NAME_QUOTES.has(t.text);
const closingQuote = (tokens: readonly Token[], at: number): number => (isQuote(tokens[at]) ? at + 1 : at);

/** A model at token k: a name from the table, or a designation («تي-72», «F-16», «سو24»). */
function modelAt(tokens: readonly Token[], k: number): { kind: MaterielKind; end: number; notAlone?: true } | undefined {
  const named = EQUIPMENT_MODELS.matchAt(tokens, k);
  if (named) return { kind: named.data.kind, end: designationEnd(tokens, named.end) ?? named.end, notAlone: named.data.notAlone };
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  const kind = DESIGNATION_PREFIXES.get(t.text.replace(/^و(?=..)/, '')) ?? DESIGNATION_PREFIXES.get(t.text);
  const end = kind ? designationEnd(tokens, k + 1) : undefined;
  return kind && end !== undefined ? { kind, end } : undefined;
}

/** «-72», «-300», or digits glued to the letters («سو24»): the number of a designation; undefined if none. */
function designationEnd(tokens: readonly Token[], at: number): number | undefined {
  const hyphen = tokens[at]?.text === '-';
  const t = tokens[hyphen ? at + 1 : at];
  if (t?.kind !== 'number') return undefined;
  return hyphen || t.start === tokens[at - 1]?.end ? (hyphen ? at + 2 : at + 1) : undefined;
}

/**
 * «دمرت القوات المبنى بطائرة مسيرة»: equipment after «بـ» with no count is the instrument of the act, not a loss
 * («بارجة», «بطارية» begin with the letter itself).
 */
function byInstrument(tokens: readonly Token[], noun: LexMatch<MaterielNoun>, q: Quantity | undefined): boolean {
  const t = tokens[noun.start];
  if (q || !/^[وف]?ب/.test(t.text)) return false;
  const own: Token = { ...t, lex: undefined, variants: [t.text, t.text.replace(/^[وف]/, '')] };
  return !MATERIEL.matchAt([own, ...tokens.slice(noun.start + 1, noun.end)], 0);
}

/**
 * The subject right after the verb of launching at `k` («أطلقتها حركة طالبان باكستان»: PK-TTP, not Pakistan read
 * in its name); null when the verb names a place it was launched from («أطلقت من لبنان») or no one.
 */
function launcherAfter(actors: readonly ActorPhrase[], k: number): string | null {
  const subject = actorsStartingIn(actors, k + 1, k + 1).find((a) => LAUNCHER_ROLES.has(a.role));
  return subject?.party ?? null;
}
const LAUNCHER_ROLES: ReadonlySet<ActorPhrase['role']> = new Set<ActorPhrase['role']>(['group', 'country', 'nisba', 'head', 'capital']);

/** «طائرة مسيرة إيرانية الصنع»: who made it. */
const madeIn = (tokens: readonly Token[], at: number): boolean => !!tokens[at + 1]?.variants.some((v) => MADE_IN.includes(v));

/** «إسقاط 20 من أصل 25 طائرة»: the count before «من أصل» (the quantity at `start` is the whole). */
function outOf(tokens: readonly Token[], start: number): number | undefined {
  if (!bareIs(tokens[start - 2], OUT_OF[0]) || !bareIs(tokens[start - 1], OUT_OF[1])) return undefined;
  const part = tokens[start - 3];
  return part?.kind === 'number' && part.value !== undefined && Number.isInteger(part.value) ? part.value : undefined;
}
const bareIs = (t: Token | undefined, w: string): boolean => !!t && t.variants.includes(w);
const bareIn = (t: Token | undefined, ws: readonly string[]): boolean => !!t && t.variants.some((v) => ws.includes(v));

/** «في قطاع غزة», «على أرمينيا»: a preposition of place right before (not «من»: «دبابات من الجيش الأرميني»). */
const locatedAt = (tokens: readonly Token[], at: number): boolean =>
  !!tokens[at - 1]?.variants.some((v) => v !== 'من' && PLACE_PREPOSITIONS.has(v));
