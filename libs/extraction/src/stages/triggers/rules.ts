import type { IncidentEventType } from '../../extraction-record.js';
import type { CueKind } from '../../lexicon/cues.js';
import type { MarkerKind } from '../../lexicon/markers.js';
import { SEIZED_ON } from '../../lexicon/triggers/control-context.js';
import { AVOIDING, MATERIAL } from '../../lexicon/triggers/losses-context.js';
import { findWord, has } from './sentence-view.js';
import { cueWeight, event, tokensOf, type CueSite, type Fired, type TriggerRule } from './site.js';
import { aircraft, shell } from './strikes.js';
import { attack, clash, destroy, namedByAftermath } from './fighting-rules.js';
import { attempted, control, placeOnAfterSubject, territoryAfter } from './control-rules.js';
import { bodiesExchanged, captured, toll } from './toll-rules.js';
import { ceasefire, mobilization, request, violation } from './truce-rules.js';

export type { CueSite, Fired, Gate, TriggerRule } from './site.js';

/** Diplomatic kinds fire unless a scope marker other than these allows blocks them. */
const unlessBlocked =
  (type: IncidentEventType, allowed: readonly (MarkerKind | undefined)[]) =>
  (s: CueSite): Fired | null =>
    allowed.includes(s.blocked) ? event(type, 0.6) : null;

/** Every cue kind and what its cue becomes: the compiler checks that no kind is missing. */
export const TRIGGER_RULES = {
  clash: { gate: 'asserted', fire: clash },
  attack: { gate: 'asserted', fire: attack },
  shell: { gate: 'asserted', fire: (s) => (namedByAftermath(s) ? null : shell(s)) },
  air: {
    gate: 'asserted',
    fire: (s) =>
      s.view.facts.materielSpans.has(s.i) || namedByAftermath(s) ? null : event('AirStrikeReported', 0.9 * cueWeight(s), ['aircraft']),
  },
  aircraft: { gate: 'asserted', fire: aircraft },
  killed: { gate: 'asserted', fire: (s) => (bodiesExchanged(s) ? null : toll(s, 0.9)) },
  wounded: { gate: 'asserted', fire: (s) => toll(s, 0.9) },
  captured: { gate: 'asserted', fire: captured },
  missing: { gate: 'asserted', fire: (s) => toll(s, 0.9) },
  victims: { gate: 'asserted', fire: (s) => toll(s, 0.6) },
  losses: {
    gate: 'asserted',
    fire: (s) =>
      has(tokensOf(s)[s.cue.end], MATERIAL) || findWord(tokensOf(s), s.i - 2, s.i, AVOIDING) >= 0 ? null : event('CasualtiesClaimed', 0.5),
  },
  destroy: { gate: 'asserted', fire: destroy },
  // «استولى المسلحون على المدينة»: ground seized («على» and a place) is a change of control; equipment seized is
  // materiel only, and «مصادرها» (its sources, read as «مصادرة») seizes nothing
  seize: {
    gate: 'asserted',
    fire: (s) =>
      !attempted(s) &&
      ((findWord(tokensOf(s), s.cue.end, s.cue.end + 2, SEIZED_ON) >= 0 && territoryAfter(s, 4, 4)) || placeOnAfterSubject(s))
        ? event('ControlChangeClaimed', 0.8)
        : null,
  },
  // «خسارة موقعين قتاليين», «فقدت السيطرة»: territory, not equipment
  lose: { gate: 'asserted', fire: (s) => (territoryAfter(s, 3, 2) ? event('ControlChangeClaimed', 0.8) : null) },
  control: { gate: 'asserted', fire: control },
  ceasefire: { gate: 'asserted-or-called', fire: ceasefire },
  violation: { gate: 'asserted', fire: violation },
  mobilization: { gate: 'asserted', fire: mobilization },
  request: { gate: 'own', fire: request },
  statement: { gate: 'own', fire: unlessBlocked('DiplomaticStatementIssued', [undefined, 'call']) },
  talks: { gate: 'own', fire: unlessBlocked('TalksHeld', [undefined, 'future', 'call']) },
  monitoring: { gate: 'own', fire: unlessBlocked('MonitoringMissionEstablished', [undefined]) },
  mediation: { gate: 'own', fire: unlessBlocked('MediationOffered', [undefined, 'call', 'future']) },
  blast: { gate: 'asserted', fire: () => null },
} as const satisfies Record<CueKind, TriggerRule>;
