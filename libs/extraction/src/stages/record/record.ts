import { describeParty } from '@sitrep/domain';
import type { DateRange, ExtractedEvent, ExtractedLocation, IncidentEventType } from '../../extraction-record.js';
import type { Place } from '../../gazetteer/index.js';
import { homeAllied } from '../../lexicon/actor-table.js';
import { isBelligerent } from '../../region/index.js';
import { isoOf } from '../../time/index.js';
import { toLocation } from '../prepare/places.js';
import type { DateSpan, Draft } from '../drafts/draft.js';
import { casualtyFigure, materielFigure, type FigureSentence } from '../figures/figure-party.js';
import type { PreparedSentence } from '../prepare/prepare.js';

/** Event types with an attacker and a target. */
const HOSTILE = new Set<IncidentEventType>(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported', 'CeasefireViolationAlleged']);

export interface RecordScene {
  sentence: PreparedSentence & FigureSentence;
  opponent: (party: string | null) => string | null;
  home?: string | null;
}

/** A draft as a public event: figures with their parties, accused and target from the dyad, a confidence. */
export function toEvent(dr: Draft, { sentence: sw, opponent, home }: RecordScene): ExtractedEvent {
  const scene = { draft: dr, sentence: sw, opponent, home };
  const casualties = dr.casualties.map((f) => casualtyFigure(f, scene));
  const materiel = dr.materiel.map((m) => materielFigure(m, scene));
  const hostile = HOSTILE.has(dr.type);
  // a place given up («انسحبت القوات الأوكرانية من …») was taken by the other side: the taker is the accused
  const yielded = dr.type === 'ControlChangeClaimed' && !!dr.target;
  // a ship whose flag or owner is not named was no side's («استهدف الحوثيون سفينة تجارية»), nor are armed men of no
  // party («اشتبكت قوات الدعم السريع مع مسلحين قبليين»): nothing is guessed
  const unowned = (!!dr.vessel || !!dr.sideUnnamed) && !dr.target;
  const guessed = (hostile && !dr.attackerUnnamed && !unowned) || yielded;
  // a claimant who only condemns an attack abroad is read as the outlet's voice, and is neither of its sides
  const sides = dr.condemnerAway ? { ...dr, claimant: { ...dr.claimant, party: null } } : dr;
  const notCondemner = (party: string | null) => (dr.condemnerAway && party === dr.claimant.party ? null : party);
  const accused = notCondemner(notTheVictims(sides.accused ?? (guessed ? attackerOf(sides, opponent) : null), casualties, opponent));
  // an organisation that reports an attack (the UN, the ICRC) is no side of it unless the text says it was attacked
  const side = sides.claimant.party && isBelligerent(sides.claimant.party) ? sides.claimant.party : null;
  const target = hostile
    ? unowned
      ? null
      : (sides.target ?? (accused && side && accused !== side ? side : accused ? opponent(accused) : unnamedTarget(opponent, dr.locations)))
    : yielded
      ? dr.target
      : null;
  return {
    type: dr.type,
    occurredOn: toRange(dr.date),
    locations: dedupeLocations(dr.locations.map(toLocation)),
    claimant: dr.claimant,
    accused,
    target: notCondemner(target ?? null),
    weapons: [...new Set(dr.weapons)],
    casualties,
    materiel,
    background: dr.background,
    evidence: { text: sw.text, start: sw.s.start, end: sw.s.end },
    confidence: confidenceOf(dr, casualties),
  };
}

/**
 * The attacker when the text names none: with the side attacked known («أعلنت حركة الشباب مسؤوليتها عن هجوم على قاعدة
 * للجيش الصومالي», «أعلنت سرايا القدس قصف مواقع الجيش الإسرائيلي»), a belligerent claimant other than that side
 * tells its own attack, else the attacked side's opponent; with none, the claimant's opponent attacked the claimant.
 */
function attackerOf(dr: Draft, opponent: (party: string | null) => string | null): string | null {
  const claimant = dr.claimant.party;
  // «قال الجيش اللبناني إن غارة استهدفت مواقع لحزب الله»: a claimant allied at home to the side attacked did not attack it
  if (dr.target)
    return claimant && claimant !== dr.target && !homeAllied(claimant, dr.target) && isBelligerent(claimant)
      ? claimant
      : opponent(dr.target);
  return claimant && isBelligerent(claimant) ? opponent(claimant) : null;
}

/**
 * The side attacked when no attacker is known: the report's first side, as the outlet's voice is read («ردا على هجوم
 * حوثي، شنت طائرات التحالف غارات على مواقع في صعدة») — but not a side attacked abroad when the event is at the other
 * side's home only («وقتل 3 في قصف على خاركيف» after a sentence on Russian drones: Ukraine was hit, not Russia).
 */
function unnamedTarget(opponent: (party: string | null) => string | null, places: readonly Place[]): string | null {
  const first = opponent(null);
  const second = first ? opponent(first) : null;
  if (!first || !second) return first;
  const countries = new Set(places.map((p) => p.country));
  const home = (party: string) => describeParty(party)?.country ?? null;
  return !countries.has(home(first)) && countries.has(home(second)) ? second : first;
}

/**
 * The side whose people were killed is not the one accused of killing them: «قتل 3 من مقاتلي حماس في اشتباكات مع
 * الجيش الإسرائيلي» names Hamas beside the cue, but accuses its opponent. Civilians are no side's ranks: a state's
 * forces may shoot its own people («أصيب ثلاثة مدنيين برصاص عناصر الشرطة في بنغازي»).
 */
function notTheVictims(
  accused: string | null,
  casualties: ExtractedEvent['casualties'],
  opponent: (party: string | null) => string | null,
): string | null {
  // a figure of no side read («وأصيب ثلاثة آخرون») neither keeps nor clears the accused
  const sided = casualties.filter((c) => c.party !== null);
  if (!accused || !sided.length || sided.some((c) => c.party !== accused || c.affiliation === 'civilian')) return accused;
  return opponent(accused);
}

function confidenceOf(dr: Draft, casualties: ExtractedEvent['casualties']): number {
  let confidence = dr.weight;
  if (dr.claimant.party || dr.claimant.name) confidence += 0.05;
  if (dr.explicitDate) confidence += 0.03;
  if (dr.type === 'CasualtiesClaimed' && casualties.length && casualties.every((c) => c.vague || c.min === null)) confidence -= 0.15;
  if (dr.background) confidence -= 0.1;
  return Math.round(Math.min(0.97, Math.max(0.2, confidence)) * 100) / 100;
}

function toRange(d: DateSpan | null): DateRange | null {
  if (!d || d.from === null) return null;
  return { from: isoOf(d.from), to: isoOf(d.to ?? d.from) };
}

function dedupeLocations(ls: ExtractedLocation[]): ExtractedLocation[] {
  const seen = new Set<string>();
  return ls.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
}
