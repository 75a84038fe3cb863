// Colours by incident kind (the projection's five kinds), chosen to stay apart
// for the common colour-vision deficiencies (Okabe–Ito).
export const KIND_COLOURS: Record<string, string> = {
  violence: '#d55e00',
  'ceasefire-violation': '#cc79a7',
  ceasefire: '#009e73',
  mobilization: '#0072b2',
  'assistance-request': '#e69f00',
};
export const KINDS = Object.keys(KIND_COLOURS);
export const kindColour = (kind: string): string => KIND_COLOURS[kind] ?? '#666';

export const KIND_LABELS: Record<string, string> = {
  violence: 'violence',
  'ceasefire-violation': 'ceasefire violation',
  ceasefire: 'ceasefire',
  mobilization: 'mobilisation',
  'assistance-request': 'assistance request',
};

/** Event types the API filters on (shared/spec/event-taxonomy.md), for the type selector. */
export const EVENT_TYPES = [
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
];

export const typeLabel = (t: string): string =>
  t.replace(/(Reported|Claimed|Alleged|Announced|Declared|Requested)$/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
