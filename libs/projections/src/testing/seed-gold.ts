import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewEvent } from '@sitrep/event-store';
import type { ExtractedLocation, IncidentEventType } from '@sitrep/extraction';
import { searchPlaces } from '@sitrep/extraction';
import { extracted, submitReport } from './report-fixtures.js';

/** The dev corpus's seed reports with their hand-made annotations (shared/corpus/dev/seed-00N.json). */
export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/dev');

interface GoldEvent {
  type: IncidentEventType;
  date: string | null;
  dateFrom?: string;
  claimant: string | null;
  locations: { name: string }[];
  figures: {
    party: string;
    affiliation: 'military' | 'civilian' | 'unknown';
    category: 'killed' | 'wounded' | 'captured' | 'missing';
    value: number;
  }[];
  materiel: { party: string; kind: string; count: number }[];
  note: string;
}

export interface GoldSeed {
  id: string;
  outlet: string;
  publishedOn: string;
  language: string;
  text: string;
  events: GoldEvent[];
}

export function loadGoldSeeds(): GoldSeed[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => /^seed-00\d\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')) as GoldSeed);
}

const place = (name: string): ExtractedLocation | null => {
  const p = searchPlaces(name)[0];
  return p ? { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, precision: p.precision } : null;
};

/**
 * A seed report as the write side would append it if the extractor produced
 * exactly the annotation: lets the read side be tested on real reports whatever
 * the extractor's state.
 */
export function goldReport(seed: GoldSeed): { streamId: string; events: NewEvent[] } {
  return submitReport(
    seed.id,
    seed.events.map((g) =>
      extracted(g.type, {
        occurredOn: g.date ? { from: g.dateFrom ?? g.date, to: g.date } : null,
        locations: g.locations.map((l) => place(l.name)).filter((l): l is ExtractedLocation => l !== null),
        claimant: { party: g.claimant, name: null },
        accused: null,
        target: null,
        casualties: g.figures.map((f) => ({
          party: f.party,
          affiliation: f.affiliation,
          category: f.category,
          min: f.value,
          max: f.value,
          approximate: f.value === 50,
          vague: false,
        })),
        materiel: g.materiel.map((m) => ({ party: m.party, kind: m.kind as never, count: m.count, status: 'destroyed' as const })),
        evidence: { text: g.note, start: 0, end: g.note.length },
      }),
    ),
    { source: seed.outlet, publishedOn: seed.publishedOn },
  );
}
