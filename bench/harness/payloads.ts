import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contentHash,
  decide,
  deriveReportId,
  initialState,
  toReportStreamEvents,
  reportStreamId,
  type SubmitReportInput,
} from '@sitrep/domain';
import type { NewEvent } from '@sitrep/event-store';
import type {
  CasualtyFigure,
  ExtractedEvent,
  ExtractedLocation,
  ExtractionInput,
  ExtractionRecord,
  IncidentEventType,
  MaterielFigure,
} from '@sitrep/extraction';
import { FALLBACK_PLACES } from './places.js';
import { log } from './measure.js';

/**
 * Realistic payloads for every benchmark: the dev corpus's Arabic reports run
 * through the real extractor (or, until it can be loaded, records built from the
 * corpus's gold annotations), then varied (places, claimants, dates, figures,
 * a unique closing line) so a million events never repeat a report.
 * Events are produced by the domain's own decider, exactly as the write side
 * builds them, so the store holds what production would hold.
 */

interface GoldEvent {
  type: IncidentEventType;
  date: string | null;
  dateFrom?: string;
  claimant: string | null;
  locations: { name: string; lat: number; lon: number }[];
  figures: {
    party: string | null;
    affiliation: CasualtyFigure['affiliation'];
    category: CasualtyFigure['category'];
    value: number | null;
  }[];
  materiel: { party?: string | null; kind?: MaterielFigure['kind']; count?: number | null; status?: MaterielFigure['status'] }[];
  note?: string;
}

interface CorpusReport {
  id: string;
  text: string;
  outlet: string | null;
  publishedOn: string | null;
  language: string;
  url: string | null;
  events: GoldEvent[];
}

export interface BaseReport {
  input: SubmitReportInput;
  record: ExtractionRecord;
}

export interface PayloadSource {
  /** `extractor` when libs/extraction ran over the corpus, `gold` for the fallback built from the annotations. */
  kind: 'extractor' | 'gold';
  extractorVersion: string;
  bases: BaseReport[];
  places: readonly ExtractedLocation[];
}

export interface BenchReport {
  reportId: string;
  streamId: string;
  input: SubmitReportInput;
  record: ExtractionRecord;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, HERE.includes('/dist/bench/') ? '../../..' : '../..');

/** BENCH_CORPUS, else shared/corpus/dev beside the repository (where CI and the team keep it). */
export function corpusFolder(): string {
  return process.env.BENCH_CORPUS?.trim() || join(REPO, '..', 'shared', 'corpus', 'dev');
}

export async function loadCorpus(folder = corpusFolder()): Promise<CorpusReport[]> {
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  const reports: CorpusReport[] = [];
  for (const file of files) {
    const raw = JSON.parse(await readFile(join(folder, file), 'utf8')) as Record<string, unknown>;
    if (typeof raw.text !== 'string') continue;
    reports.push({
      id: String(raw.id ?? file),
      text: raw.text,
      outlet: typeof raw.outlet === 'string' ? raw.outlet : null,
      publishedOn: typeof raw.publishedOn === 'string' ? raw.publishedOn : null,
      language: typeof raw.language === 'string' ? raw.language : 'ar',
      url: typeof raw.url === 'string' ? raw.url : null,
      events: Array.isArray(raw.events) ? (raw.events as GoldEvent[]) : [],
    });
  }
  if (!reports.length) throw new Error(`no corpus reports (*.json with "text") in ${folder}; set BENCH_CORPUS`);
  return reports;
}

interface ExtractionModule {
  extract(input: ExtractionInput): ExtractionRecord;
  EXTRACTOR_VERSION: string;
  PLACES?: readonly {
    id: string;
    name: string;
    country: string | null;
    lat: number;
    lon: number;
    precision: ExtractedLocation['precision'];
  }[];
}

// Resolved at run time so the benchmarks also run while libs/extraction is still being written.
const EXTRACTION_MODULE = '../../libs/extraction/src/index.js';

export async function loadExtractor(): Promise<ExtractionModule | null> {
  try {
    const m = (await import(EXTRACTION_MODULE)) as ExtractionModule;
    return typeof m.extract === 'function' ? m : null;
  } catch (err) {
    log(`extractor not loadable (${(err as Error).message.split('\n')[0]}); payloads from the corpus's gold annotations`);
    return null;
  }
}

let cached: Promise<PayloadSource> | null = null;

export function loadPayloadSource(): Promise<PayloadSource> {
  return (cached ??= build());
}

async function build(): Promise<PayloadSource> {
  const corpus = await loadCorpus();
  const extractor = process.env.BENCH_FALLBACK_PAYLOADS === '1' ? null : await loadExtractor();
  const inputs = corpus.map((c): SubmitReportInput => ({
    text: c.text,
    publishedOn: c.publishedOn,
    source: c.outlet,
    url: c.url,
    title: null,
    language: c.language,
  }));
  if (extractor) {
    const bases = inputs.map((input) => ({
      input,
      record: extractor.extract({ text: input.text, publishedOn: input.publishedOn, source: input.source, language: input.language }),
    }));
    const found = bases.reduce((n, b) => n + b.record.events.length, 0);
    const gold = corpus.reduce((n, c) => n + c.events.length, 0);
    // An extractor that finds almost nothing would make a history of bare ReportSubmitted events.
    if (found >= gold / 4) {
      const gazetteer = await loadGazetteerPlaces();
      return { kind: 'extractor', extractorVersion: extractor.EXTRACTOR_VERSION, bases, places: gazetteer ?? FALLBACK_PLACES };
    }
    log(`extractor found ${found} events where the annotations have ${gold}; payloads from the gold annotations`);
  }
  const bases = corpus.map((c, i) => ({ input: inputs[i]!, record: goldRecord(c) }));
  return { kind: 'gold', extractorVersion: 'bench-gold-1', bases, places: FALLBACK_PLACES };
}

async function loadGazetteerPlaces(): Promise<ExtractedLocation[] | null> {
  try {
    const m = (await import('../../libs/extraction/src/gazetteer/index.js' as string)) as Pick<ExtractionModule, 'PLACES'>;
    const places = (m.PLACES ?? []).filter((p) => p.precision === 'settlement' || p.precision === 'district');
    return places.length >= 20
      ? places.map(({ id, name, country, lat, lon, precision }) => ({ id, name, country, lat, lon, precision }))
      : null;
  } catch {
    return null;
  }
}

/** An extraction record as a perfect extractor would return it, from the corpus annotations. */
function goldRecord(c: CorpusReport): ExtractionRecord {
  const sentences = [...c.text.matchAll(/[^.!؟\n]+[.!؟]?/gu)];
  const events = c.events.map((g, i): ExtractedEvent => {
    const s = sentences[i % Math.max(1, sentences.length)];
    const start = s?.index ?? 0;
    const end = Math.min(c.text.length, start + (s?.[0].length ?? c.text.length));
    const to = g.date ?? c.publishedOn ?? '2020-01-01';
    return {
      type: g.type,
      occurredOn: g.date ? { from: g.dateFrom ?? to, to } : null,
      locations: g.locations.map((l, k) => nearestPlace(l.lat, l.lon, k)),
      claimant: { party: g.claimant, name: null },
      accused: null,
      target: null,
      weapons: [],
      casualties: g.figures.map((f) => ({
        party: f.party,
        affiliation: f.affiliation,
        category: f.category,
        min: f.value,
        max: f.value,
        approximate: false,
        vague: f.value === null,
      })),
      materiel: g.materiel.map((m) => ({
        party: m.party ?? null,
        kind: m.kind ?? 'other',
        count: m.count ?? null,
        status: m.status ?? 'destroyed',
      })),
      background: false,
      evidence: { text: c.text.slice(start, end), start, end },
      confidence: 0.8,
    };
  });
  return {
    report: {
      publishedOn: c.publishedOn,
      referenceDate: c.publishedOn,
      referenceDateSource: c.publishedOn ? 'metadata' : 'none',
      language: c.language,
    },
    events,
    warnings: [],
  };
}

function nearestPlace(lat: number, lon: number, tieBreak: number): ExtractedLocation {
  let best = FALLBACK_PLACES[tieBreak % FALLBACK_PLACES.length]!;
  let bestD = Infinity;
  for (const p of FALLBACK_PLACES) {
    const d = (p.lat - lat) ** 2 + (p.lon - lon) ** 2;
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best;
}

const CLAIMANTS = ['AM', 'AZ', 'RU', 'NKR', 'SY', 'TR', 'LB', 'IL', 'SD', 'YE', 'CSTO', 'OSCE', 'UN', null];
const DAY = 86_400_000;

const shiftDate = (iso: string | null, days: number): string | null =>
  iso === null ? null : new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * No report is published after this day: `POST /reports` answers a later `publishedOn` with 422
 * PUBLISHED_IN_FUTURE, which had made about one POST in nine of the HTTP benchmark a cheap refusal.
 */
const LATEST_PUBLISHED = '2026-11-30';

/** Days report `i` is moved by: spread over ten years, and back ten years where that would publish it after LATEST_PUBLISHED. */
function shiftOf(i: number, publishedOn: string | null): number {
  const days = ((i * 7919) % 3650) - 1825;
  const shifted = shiftDate(publishedOn, days);
  return shifted !== null && shifted > LATEST_PUBLISHED ? days - 3650 : days;
}

/**
 * The i-th benchmark report: base report `i mod n` moved to another date
 * (spread over ~10 years), other places and claimants, scaled figures and a
 * closing line that makes its text (and so its report id) unique.
 */
export function makeReport(source: PayloadSource, i: number, salt = ''): BenchReport {
  const base = source.bases[i % source.bases.length]!;
  const days = shiftOf(i, base.input.publishedOn);
  const places = source.places;
  const placeFor = (loc: ExtractedLocation, k: number) => places[(hashIndex(loc.id) + i * 31 + k) % places.length]!;
  const suffix = `\n(${salt}${i} — ${shiftDate(base.input.publishedOn ?? '2020-01-01', days)})`;
  const text = base.input.text + suffix;
  const publishedOn = shiftDate(base.input.publishedOn, days);
  const events = base.record.events.map((e, k): ExtractedEvent => ({
    ...e,
    occurredOn: e.occurredOn ? { from: shiftDate(e.occurredOn.from, days)!, to: shiftDate(e.occurredOn.to, days)! } : null,
    locations: e.locations.map((l, j) => (i % 5 === 0 ? l : placeFor(l, j))),
    claimant: i % 3 === 0 ? e.claimant : { party: CLAIMANTS[(i + k) % CLAIMANTS.length]!, name: e.claimant.name },
    casualties: e.casualties.map((c) => (c.min === null ? c : { ...c, min: c.min + (i % 7), max: (c.max ?? c.min) + (i % 7) })),
  }));
  const record: ExtractionRecord = {
    ...base.record,
    report: { ...base.record.report, publishedOn, referenceDate: shiftDate(base.record.report.referenceDate, days) },
    events,
  };
  const input: SubmitReportInput = { ...base.input, text, publishedOn, url: base.input.url ? `${base.input.url}#${salt}${i}` : null };
  const reportId = deriveReportId(text, input.source);
  return { reportId, streamId: reportStreamId(reportId), input, record };
}

const hashIndex = (s: string) => {
  let h = 0;
  for (let k = 0; k < s.length; k++) h = (h * 31 + s.charCodeAt(k)) | 0;
  return Math.abs(h);
};

/** The events SubmitReport appends for a report, built by the domain decider with the write side's deterministic ids. */
export function reportEvents(source: PayloadSource, report: BenchReport, now: string, correlationId: string): NewEvent[] {
  const events = decide(
    {
      type: 'SubmitReport',
      data: {
        reportId: report.reportId,
        input: report.input,
        contentHash: contentHash(report.input.text),
        extraction: report.record,
        extractorVersion: source.extractorVersion,
      },
      metadata: { now, correlationId },
    },
    initialState(),
  );
  return toReportStreamEvents(report.streamId, events);
}

/** The body of `POST /reports` for the i-th report. */
export function reportBody(source: PayloadSource, i: number, salt: string): string {
  const { input } = makeReport(source, i, salt);
  return JSON.stringify(input);
}
