import type { MaterielFigure, MaterielKind } from '../../extraction-record.js';
import type { Cue } from '../../lexicon/cues.js';
import {
  EQUIPMENT_WORDS,
  LAUNCH_TARGET_PREPOSITIONS,
  MADE_IN,
  ONE,
  OUT_OF,
  ROCKET_ARTILLERY,
} from '../../lexicon/figures/materiel-context.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-prepositions.js';
import { MATERIEL, type MaterielNoun } from '../../lexicon/nouns.js';
import { quantityAt, type Quantity } from '../../quantities/quantity.js';
import type { Token } from '../../text/tokens.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { INTERCEPT_WORDS, LAUNCHED } from '../../lexicon/triggers/interception.js';
import { actorsOverlapping, actorsStartingIn } from '../attribution/actor-window.js';
import { findWord } from '../triggers/sentence-view.js';
import { aircraftDestroysAt } from '../attribution/aircraft-subject.js';
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
  statusBefore: { status: Status; pos: number } | undefined;
}

/** Materiel figures of one sentence: equipment destroyed, captured or lost, with a count and a party. */
export function findMateriel(
  tokens: readonly Token[],
  cues: readonly LexMatch<Cue>[],
  actors: readonly ActorPhrase[],
  nisba: NisbaReader,
): RawMateriel[] {
  const out: RawMateriel[] = [];
  const scan: MaterielScan = { tokens, index: new CueIndex(cues), actors, nisba };
  for (let i = 0; i < tokens.length; i++) {
    const q = quantityAt(tokens, i);
    if (q && (q.vague || tokens[q.start].text.includes(':'))) {
      i = q.end - 1;
      continue;
    }
    const at = q ? q.end : i;
    const noun = MATERIEL.matchAt(tokens, at);
    if (!noun) {
      if (q) i = q.end - 1;
      continue;
    }
    const site: MaterielSite = { noun, at, q, statusBefore: statusBefore(scan, at) };
    const status = statusOf(scan, site);
    if (status && !isStrikeWeapon(scan, site) && !aircraftThatStruck(scan, noun)) {
      const kind = kindOf(scan, noun);
      out.push({ pos: at, kind, count: countOf(scan, site), status, party: partyOf(scan, noun) });
    }
    i = noun.end - 1;
  }
  out.push(...destroyedByPronoun(scan, out));
  shareListParty(tokens, out);
  return out;
}

/** How far back the item before a listed item may start. */
const LIST_REACH = 8;

/**
 * «تدمير 4 دبابات إسرائيلية واحتراق آلية عسكرية»: an item of a list of losses that names no side of its own
 * is of the side of the item just before it (same status, same sentence part: no full stop or «؛» between).
 */
function shareListParty(tokens: readonly Token[], found: RawMateriel[]): void {
  for (let j = 1; j < found.length; j++) {
    const m = found[j]!;
    const prev = found[j - 1]!;
    if (m.party !== undefined || prev.party === undefined || prev.status !== m.status || m.pos - prev.pos > LIST_REACH) continue;
    if (!tokens.slice(prev.pos, m.pos).some((t) => t.text.startsWith('و'))) continue;
    if (tokens.slice(prev.pos, m.pos).some((t) => t.text === '.' || t.text === '؛')) continue;
    m.party = prev.party;
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
    if (c.data.kind !== 'destroy' || c.end - c.start !== 1) continue;
    const suffix = PRONOUN_SUFFIX.exec(tokens[c.start].text)?.[1];
    if (!suffix || found.some((m) => m.pos < c.start && m.pos >= c.start - PRONOUN_REACH)) continue;
    const noun = singularBefore(scan, c.start, suffix === 'ها');
    // at the destruction word: the noun may be the target of a strike the sentence tells, whose weapon stays a weapon
    if (noun) out.push({ pos: c.start, kind: kindOf(scan, noun), count: 1, status: 'destroyed', party: partyOf(scan, noun) });
  }
  return out;
}

/** The nearest singular equipment noun before `pos` (feminine: ending in ة), not a weapon cue. */
function singularBefore({ tokens, index }: MaterielScan, pos: number, feminine: boolean): LexMatch<MaterielNoun> | undefined {
  for (let k = pos - 1; k >= Math.max(0, pos - PRONOUN_REACH); k--) {
    const noun = MATERIEL.matchAt(tokens, k);
    if (!noun || noun.end > pos || !noun.data.singular || index.startsAt(k)) continue;
    if (tokens[noun.end - 1].text.endsWith('ه') === feminine) return noun;
  }
  return undefined;
}

/** The last status cue («دمر», «استولى», «خسر») in the 40 tokens before. */
function statusBefore({ index }: MaterielScan, pos: number): { status: Status; pos: number } | undefined {
  let best: { status: Status; pos: number } | undefined;
  for (const c of index.startingIn(pos - 40, pos - 1)) {
    const st = STATUS_OF[c.data.kind];
    if (st && c.start < pos && c.start >= pos - 40) best = { status: st, pos: c.start };
  }
  return best;
}

function statusAfter({ index }: MaterielScan, pos: number): Status | undefined {
  for (const c of index.startingIn(pos, pos + 3)) {
    const st = STATUS_OF[c.data.kind];
    if (st && c.start >= pos && c.start <= pos + 3) return st;
  }
  return undefined;
}

/** A status cue before or just after; «خسائر في الأرواح والعتاد»: equipment losses without a count. */
function statusOf(scan: MaterielScan, { noun, at, statusBefore: sb }: MaterielSite): Status | undefined {
  const before = sb && !aimedAtByIntercepted(scan, sb.pos, noun) ? sb.status : undefined;
  const status = before ?? statusAfter(scan, noun.end);
  if (status) return status;
  const losses = scan.index.startingIn(at - 8, at - 1).some((c) => c.data.kind === 'losses' || c.data.kind === 'victims');
  return noun.data.kind === 'other' && losses ? 'lost' : undefined;
}

/**
 * «مروحيات الجيش الروسي دمرت مواقع …», «مقاتلات تركية أسقطت مسيرة»: aircraft that are the subject of the verb of
 * destroying or downing did it (the strike is read in stages/triggers/strikes.ts); they were not lost.
 */
function aircraftThatStruck({ tokens }: MaterielScan, noun: LexMatch<MaterielNoun>): boolean {
  return AIRCRAFT_KINDS.has(noun.data.kind) && aircraftDestroysAt(tokens, noun.start, noun.end, true) >= 0;
}
const AIRCRAFT_KINDS: ReadonlySet<MaterielKind> = new Set<MaterielKind>(['aircraft', 'helicopter', 'drone']);

/**
 * «اعترضت الدفاعات الجوية صواريخ أطلقها الحوثيون على سفينة تجارية»: an interception downs the flying weapon, not
 * what it was fired at; nor does any loss word before a verb of launching reach the target of the launch («على سفينة»,
 * «باتجاه سفن»). A ship or vehicle «intercepted» was stopped, not destroyed.
 */
function aimedAtByIntercepted({ tokens }: MaterielScan, cue: number, noun: LexMatch<MaterielNoun>): boolean {
  if (tokens[cue]?.variants.some((v) => INTERCEPT_WORDS.includes(v)) && !AIRCRAFT_KINDS.has(noun.data.kind)) return true;
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
function countOf({ tokens }: MaterielScan, { noun, q, statusBefore: sb }: MaterielSite): number | null {
  if (q) return outOf(tokens, q.start) ?? q.min;
  if (noun.data.count !== undefined) return noun.data.count;
  if (tokens[noun.end] && ONE.some((w) => tokens[noun.end].variants.includes(w))) return 1;
  if (!noun.data.singular) return null;
  const prevTok = tokens[noun.start - 1];
  const afterStatus = sb && sb.pos >= noun.start - 2;
  const inList = prevTok && (prevTok.text === '،' || tokens[noun.start].text.startsWith('و'));
  return afterStatus || inList ? 1 : null;
}

/**
 * A nisba in the next seven tokens (not past a comma, stop or number), else an actor phrase just after; not a
 * country named as a place («احتراق آلية عسكرية بالكامل في قطاع غزة»: where it burnt, not whose it was).
 */
function partyOf({ tokens, actors, nisba }: MaterielScan, noun: LexMatch<MaterielNoun>): string | null | undefined {
  // «عربة لقوات سوريا الديمقراطية»: a group's name read whole, not the country word inside it
  const groups = actorsOverlapping(actors, noun.end, noun.end + 7).filter((a) => a.role === 'group' && !!a.party);
  for (let k = noun.end; k < Math.min(tokens.length, noun.end + 7); k++) {
    if (tokens[k].text === '،' || tokens[k].text === '.' || /^\d/.test(tokens[k].text)) break;
    const group = groups.find((a) => a.start < k && k < a.end);
    if (group) return group.party;
    // «طائرات مسيرة أطلقتها حركة طالبان باكستان», «مسيرات أطلقت من لبنان»: whoever launched them, or no one named
    if (tokens[k].variants.some((v) => LAUNCHED.includes(v))) return launcherAfter(actors, k);
    const np = nisba(tokens[k]);
    if (np !== undefined && !locatedAt(tokens, k) && !madeIn(tokens, k)) return np;
  }
  const owners = actors.filter((a) => !(a.role === 'country' || a.role === 'capital') || !locatedAt(tokens, a.start));
  return partyNear(owners, noun.end, noun.end + 5);
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

/** «في قطاع غزة», «على أرمينيا»: a preposition of place right before (not «من»: «دبابات من الجيش الأرميني»). */
const locatedAt = (tokens: readonly Token[], at: number): boolean =>
  !!tokens[at - 1]?.variants.some((v) => v !== 'من' && PLACE_PREPOSITIONS.has(v));
