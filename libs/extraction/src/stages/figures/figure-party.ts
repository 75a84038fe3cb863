import { isoOf } from '../../time/index.js';
import type { CasualtyFigure, MaterielFigure } from '../../extraction-record.js';
import { ENEMY_WORDS, INFLICT, LOSE_VERB, SIDE_MARKERS } from '../../lexicon/loss-sides.js';
import { STATUS_NOUNS, SUBJECT_LINKS } from '../../lexicon/figures/materiel-context.js';
import type { ActorPhrase } from '../attribution/attribution.js';
import { IRREGULAR_CODES, ORG_CODES } from '../../lexicon/actor-table.js';
import { ACTORS } from '../../lexicon/parties.js';
import { PERSONS } from '../../lexicon/nouns.js';
import { authorityHolding } from '../../region/index.js';
import type { Token } from '../../text/tokens.js';
import type { Draft } from '../drafts/draft.js';
import type { RawCasualty, RawMateriel } from './figures.js';
import type { FigureSentence } from './figure-sentence.js';
import { agentOf, memberParty, possessor, targetedParty } from './loss-side.js';
import { soleStateOf } from './sole-state.js';
import { killedOthersParty } from './killed-members.js';
import { isMission } from './mission-people.js';

export type { FigureSentence } from './figure-sentence.js';

export interface FigureScene {
  draft: Draft;
  sentence: FigureSentence;
  /** The other side of a party in the report's dyad. */
  opponent: (party: string | null) => string | null;
  /** The country the report is about, when one dominates its places. */
  home?: string | null;
}

/** The party of a single-token nisba or country («الأرمينية», «أذربيجان»); undefined when the token is neither. */
export function nisbaParty(t: Token): string | null | undefined {
  const m = ACTORS.matchAt([t], 0);
  if (!m || m.end !== 1) return undefined;
  const r = m.data.role;
  if (r === 'nisba' || r === 'country') return m.data.party;
  return undefined;
}

// Per-sentence facts asked for every figure: computed once per sentence, so a sentence with
// n figures costs O(n), not O(n²) (found by the chaos suite's fuzzing: 10 KB of «قتل ٣» took over a second).
const sideMarkers = new WeakMap<readonly Token[], string | null | undefined>();
const inflictIndexes = new WeakMap<readonly Token[], number>();
const enemyWords = new WeakMap<readonly Token[], boolean>();

function sideMarker(sw: FigureSentence): string | null | undefined {
  if (sideMarkers.has(sw.tokens)) return sideMarkers.get(sw.tokens);
  const found = findSideMarker(sw);
  sideMarkers.set(sw.tokens, found);
  return found;
}

/**
 * «في صفوف الجيش الأذربيجاني», «في صفوف قوات الدعم السريع», «في صفوف اللواء 45 بالحشد الشعبي», and a state's
 * own forces by a name of the state («في صفوف قوات الوفاق»).
 */
function findSideMarker({ tokens, actors }: FigureSentence): string | null | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].variants.some((v) => SIDE_MARKERS.includes(v))) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      const p = nisbaParty(tokens[k]);
      if (p !== undefined) return p;
      const actor = actors.find(
        (a) => a.start === k && a.party && (a.role === 'group' || a.role === 'country' || (a.role === 'head' && !a.contextual)),
      );
      if (actor) return actor.party;
    }
  }
  return undefined;
}

/** «تكبيد قوات النظام خسائر», «كبدتها خسائر» (after «قوات الجيش»): the side that took the losses. */
function inflictedParty(sw: FigureSentence, claimant: string | null): string | null | undefined {
  let i = inflictIndexes.get(sw.tokens);
  if (i === undefined) inflictIndexes.set(sw.tokens, (i = sw.tokens.findIndex((t) => INFLICT.test(t.text))));
  if (i < 0) return undefined;
  const after = sw.actors.find((a) => a.start > i && a.start <= i + 2 && a.party !== undefined);
  if (after && after.party && after.party !== claimant) return after.party;
  if (/(?:ها|هم|ه)$/.test(sw.tokens[i].text)) {
    const before = [...sw.actors].reverse().find((a) => a.end <= i && a.military && a.party && a.party !== claimant);
    if (before) return before.party;
  }
  return undefined;
}

function namesEnemy(tokens: readonly Token[]): boolean {
  let enemy = enemyWords.get(tokens);
  if (enemy === undefined)
    enemyWords.set(tokens, (enemy = tokens.some((t) => INFLICT.test(t.text) || ENEMY_WORDS.some((w) => t.variants.includes(w)))));
  return enemy;
}

/** Whose dead or wounded a casualty figure counts. */
export function casualtyParty(f: RawCasualty, { draft, sentence, opponent, home }: FigureScene): string | null {
  if (f.party !== undefined) return f.party;
  if (f.sameSideAs) return casualtyParty(f.sameSideAs, { draft, sentence, opponent, home });
  const claimantParty = draft.claimant.party;
  if (f.ofMission && isMission(claimantParty)) return claimantParty;
  // «أفرادها» is the speaker's own; in the outlet's voice it points back to a side named before
  if (f.own) return killedOthersParty(sentence, f.pos, claimantParty) ?? claimantParty ?? possessor(sentence, f.pos) ?? null;
  if (f.attacker) {
    const accused = draft.accused ?? opponent(claimantParty);
    if (accused && accused !== claimantParty) return accused;
  }
  if (f.companionsOf) return countryOf(casualtyParty(f.companionsOf, { draft, sentence, opponent, home }));
  const side = sideMarker(sentence) ?? memberParty(sentence, f.pos, rebelsAgainst(home, opponent));
  if (side !== undefined) return side;
  const killedBy = agentParty(sentence, f.pos, claimantParty, opponent);
  if (killedBy !== undefined) return killedBy;
  const inflicted = inflictedParty(sentence, claimantParty);
  if (inflicted !== undefined) return inflicted;
  if (namesEnemy(sentence.tokens)) {
    const other = opponent(claimantParty);
    if (other) return other;
  }
  const targeted = targetedParty(sentence, f.pos);
  if (targeted !== undefined) return targeted;
  if (f.foughtBy) return stateFought(f.foughtBy, opponent);
  if (f.stateForce && claimantParty && IRREGULAR_CODES.has(claimantParty)) return stateFought(claimantParty, opponent);
  if (f.affiliation !== 'military') {
    const ofPlace = peopleOfPlace(draft, claimantParty);
    if (ofPlace) return ofPlace;
    const located = draft.locations.find(isLocal);
    // civilians the outlet (or an organisation: «أكدت الأمم المتحدة مقتل 30 مدنيا») counts with no place of their own
    // are the report's country's
    if (!located && (!claimantParty || ORG_CODES.has(claimantParty)) && home) return home;
    // an armed group's count of civilians is of the people of its country («SD-RSF» → SD), never of its fighters
    if (f.affiliation === 'civilian' && claimantParty && GROUP_OF_STATE.test(claimantParty)) return claimantParty.slice(0, 2);
  }
  // gunmen a state counts («قال الجيش الباكستاني إن 12 مسلحا قتلوا») are its enemy, never its soldiers
  if (claimantParty && STATE_CODE.test(claimantParty) && irregularsCounted(sentence.tokens, f.pos)) return opponent(claimantParty);
  // soldiers of no named side, counted by no side («وفي النيجر، قتل 20 جنديا»): the state the sentence is set in
  if (f.stateForce && !f.own && !f.attacker && (!claimantParty || ORG_CODES.has(claimantParty))) {
    const state = soleStateOf(sentence);
    if (state) return state;
  }
  // the enemy's fighters («20 إرهابيا») are never the speaker's own, nor are those an organisation counts
  return f.attacker || (claimantParty && ORG_CODES.has(claimantParty)) ? null : claimantParty;
}

const STATE_CODE = /^[A-Z]{2}$/;

/** The state a party belongs to: itself, or the home of a group coded under it («PS-HAMAS» → PS). */
const countryOf = (party: string | null): string | null =>
  party && (STATE_CODE.test(party) || GROUP_OF_STATE.test(party)) ? party.slice(0, 2) : null;

const isLocal = (p: Draft['locations'][number]): boolean => !!p.country && p.precision !== 'country' && p.precision !== 'border';

/** Civilians belong to where they were hit; those of a de facto authority's territory to that authority. */
function peopleOfPlace(draft: Draft, claimantParty: string | null): string | undefined {
  const located = draft.locations.find(isLocal);
  if (!located) return undefined;
  const holder = authorityHolding(located);
  if (holder) return holder;
  const onlyCountry = draft.locations.every((p) => p.country === located.country || !p.country);
  return located.country === claimantParty || !claimantParty || onlyCountry ? (located.country ?? undefined) : undefined;
}

/** «12 مسلحا», «5 من المسلحين»: the people a figure counts are gunmen or rebels (lexicon/nouns.ts). */
function irregularsCounted(tokens: readonly Token[], pos: number): boolean {
  // from the figure itself: «مسلحين اثنين» starts at its noun
  for (let k = pos; k <= pos + IRREGULAR_REACH && k < tokens.length; k++) {
    const noun = PERSONS.matchAt(tokens, k);
    if (noun) return !!noun.data.irregular;
  }
  return false;
}
const IRREGULAR_REACH = 3;

/** A non-state party coded under its state («ML-CSP», «PS-HAMAS»). */
const GROUP_OF_STATE = /^[A-Z]{2}-[A-Z0-9-]+$/;

/**
 * «أعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم الذي قتل فيه 8 جنود»: soldiers an armed group counts are the
 * state's it fights (the report's other side when that is a state), else its home state's.
 */
function stateFought(group: string, opponent: (party: string | null) => string | null): string | null {
  const other = opponent(group);
  if (other && /^[A-Z]{2}$/.test(other)) return other;
  return GROUP_OF_STATE.test(group) ? group.slice(0, 2) : null;
}

/** The rebels of a report: the other side of its state when that side is no state («الحوثيين» against Yemen). */
function rebelsAgainst(home: string | null | undefined, opponent: (party: string | null) => string | null): string | null {
  const other = home ? opponent(home) : null;
  return other && !/^[A-Z]{2}$/.test(other) ? other : null;
}

/** «قتلوا 60 جنديا» after «أنهم», «مقاتلو الحركة أسروا 5»: the victims are the other side of whoever killed them. */
function agentParty(
  sentence: FigureSentence,
  pos: number,
  claimant: string | null,
  opponent: (party: string | null) => string | null,
): string | null | undefined {
  const agent = agentOf(sentence, pos);
  if (agent === undefined || (agent === 'speaker' && !claimant)) return undefined;
  return opponent(agent === 'speaker' ? claimant : agent) ?? undefined;
}

/**
 * Whose equipment a materiel figure counts: read, else the side marker, else the side inflicted on, else by its
 * status: the loser of «خسر», the other side of whoever destroyed or seized it, else of the claimant.
 */
export function materielParty(m: RawMateriel, { draft, sentence, opponent }: FigureScene): string | null {
  if (m.party !== undefined) return m.party;
  const doer = m.status === 'lost' ? undefined : doerOf(sentence, m.statusAt);
  const byDoer = doer ? opponent(doer) : null;
  return (
    sideMarker(sentence) ??
    inflictedParty(sentence, draft.claimant.party) ??
    (m.status === 'lost' ? (loserOf(sentence, m.pos) ?? draft.claimant.party) : (byDoer ?? opponent(draft.claimant.party)))
  );
}

/**
 * The side that destroyed or seized the equipment, as the subject of the status word: after a verb («استولت قوات
 * الدعم السريع على 3 دبابات»), or before it («تمكنت قوات الوفاق من الاستيلاء على منظومة», «القوات الروسية دمرت …»).
 */
function doerOf({ tokens, actors }: FigureSentence, at: RawMateriel['statusAt']): string | undefined {
  if (!at) return undefined;
  const [start, end] = at;
  const side = (a: ActorPhrase) => !!a.party && a.role !== 'agency' && a.role !== 'org' && a.role !== 'person';
  const verbalNoun = tokens[start].variants.some((v) => STATUS_NOUNS.includes(v));
  const after = verbalNoun ? undefined : actors.find((a) => a.start === end && side(a));
  if (after) return after.party ?? undefined;
  const link = tokens[start - 1]?.variants.some((v) => SUBJECT_LINKS.includes(v)) ? 1 : 0;
  const before = actors.find((a) => a.end === start - link && side(a));
  return before?.party ?? undefined;
}

/** How far before the equipment noun the verb of losing may stand («خسرت 3 دبابات ومدرعتين»). */
const LOSER_REACH = 10;

/** «القوات الأرمينية خسرت 3 دبابات», «وخسر الجيش الروسي …»: the subject of the verb of losing before the equipment. */
function loserOf({ tokens, actors }: FigureSentence, pos: number): string | undefined {
  for (let k = pos - 1; k >= 0 && k >= pos - LOSER_REACH; k--) {
    if (!LOSE_VERB.test(tokens[k].text)) continue;
    const subject = actors.find((a) => a.party && (a.end === k || a.start === k + 1) && a.role !== 'agency' && a.role !== 'org');
    return subject?.party ?? undefined;
  }
  return undefined;
}

export function casualtyFigure(f: RawCasualty, scene: FigureScene): CasualtyFigure {
  return {
    party: casualtyParty(f, scene),
    affiliation: f.affiliation,
    category: f.category,
    min: f.min,
    max: f.max,
    approximate: f.approximate,
    vague: f.vague,
    ...(f.cumulative && { cumulative: true, period: { from: isoOrNull(f.cumulative.from), to: isoOrNull(f.cumulative.to) } }),
  };
}

const isoOrNull = (day: number | null): string | null => (day === null ? null : isoOf(day));

export function materielFigure(m: RawMateriel, scene: FigureScene): MaterielFigure {
  return { party: materielParty(m, scene), kind: m.kind, count: m.count, status: m.status };
}
