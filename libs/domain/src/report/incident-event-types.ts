/**
 * The types of the events extracted from a report (shared/spec/event-taxonomy.md).
 * Scored types are what the extractor is measured on; informative ones are kept
 * but not scored. Names are stable forever.
 */
export const SCORED_EVENT_TYPES = [
  'ArmedClashReported',
  'ShellingReported',
  'AirStrikeReported',
  'CasualtiesClaimed',
  'MaterielLossClaimed',
  'ControlChangeClaimed',
  'CeasefireDeclared',
  'CeasefireViolationAlleged',
  'MobilizationDeclared',
  'AssistanceRequested',
] as const;

export const INFORMATIVE_EVENT_TYPES = [
  'DiplomaticStatementIssued',
  'TalksHeld',
  'MonitoringMissionEstablished',
  'MediationOffered',
] as const;

export type ScoredEventType = (typeof SCORED_EVENT_TYPES)[number];
export type InformativeEventType = (typeof INFORMATIVE_EVENT_TYPES)[number];
export type IncidentEventType = ScoredEventType | InformativeEventType;

export const INCIDENT_EVENT_TYPES: readonly IncidentEventType[] = [...SCORED_EVENT_TYPES, ...INFORMATIVE_EVENT_TYPES];
