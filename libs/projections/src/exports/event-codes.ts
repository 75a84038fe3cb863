import type { IncidentEventType } from '@sitrep/extraction';

/**
 * PLOVER and CAMEO codes of Sitrep's event types, added to each line of the
 * NDJSON export so that event-data pipelines built on either ontology can take
 * Sitrep's events as they are.
 *
 * PLOVER (Political Language Ontology for Verifiable Event Records) gives the
 * event class only; CAMEO gives the most specific code whose definition the
 * Sitrep type always meets. Every Sitrep event is a claim; it is coded as the
 * act it reports, not as the act of claiming: an alleged ceasefire violation is
 * CAMEO 196, not "accuse". A casualty or materiel claim reports the outcome of
 * fighting, so it carries the fighting's codes (PLOVER FIGHT, CAMEO 190).
 * A diplomatic statement has no PLOVER class (PLOVER dropped CAMEO's neutral
 * "make statement"), hence `plover: null`.
 */
export interface EventCodes {
  plover: string | null;
  cameo: string;
  cameoLabel: string;
}

export const EVENT_CODES = {
  ArmedClashReported: { plover: 'FIGHT', cameo: '193', cameoLabel: 'Fight with small arms and light weapons' },
  ShellingReported: { plover: 'FIGHT', cameo: '194', cameoLabel: 'Fight with artillery and tanks' },
  AirStrikeReported: { plover: 'FIGHT', cameo: '195', cameoLabel: 'Employ aerial weapons' },
  CasualtiesClaimed: { plover: 'FIGHT', cameo: '190', cameoLabel: 'Use conventional military force' },
  MaterielLossClaimed: { plover: 'FIGHT', cameo: '190', cameoLabel: 'Use conventional military force' },
  ControlChangeClaimed: { plover: 'FIGHT', cameo: '192', cameoLabel: 'Occupy territory' },
  CeasefireDeclared: { plover: 'AGREE', cameo: '0871', cameoLabel: 'Declare truce, ceasefire' },
  CeasefireViolationAlleged: { plover: 'FIGHT', cameo: '196', cameoLabel: 'Violate ceasefire' },
  MobilizationDeclared: { plover: 'MOBILIZE', cameo: '154', cameoLabel: 'Mobilize or increase armed forces' },
  AssistanceRequested: { plover: 'REQUEST', cameo: '0232', cameoLabel: 'Appeal for military aid' },
  DiplomaticStatementIssued: { plover: null, cameo: '010', cameoLabel: 'Make statement, not specified below' },
  TalksHeld: { plover: 'CONSULT', cameo: '046', cameoLabel: 'Engage in negotiation' },
  MonitoringMissionEstablished: { plover: 'AID', cameo: '0861', cameoLabel: 'Receive deployment of peacekeepers' },
  MediationOffered: { plover: 'CONSULT', cameo: '045', cameoLabel: 'Mediate' },
} as const satisfies Record<IncidentEventType, EventCodes>;

/** The codes of an extracted event's type; null for the report lifecycle (ReportSubmitted, ...), which is no political event. */
export function eventCodesOf(type: string): EventCodes | null {
  return (EVENT_CODES as Record<string, EventCodes>)[type] ?? null;
}
