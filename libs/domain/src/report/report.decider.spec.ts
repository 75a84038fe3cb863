import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '@sitrep/extraction';
import { DomainError } from '../shared/domain-error.js';
import {
  decide,
  evolve,
  type CorrectReportMetadata,
  extractionIdFor,
  initialState,
  type ReextractReport,
  type ReportCommand,
  type RetractReport,
  type SubmitReport,
} from './report.decider.js';
import type { ReportEvent } from './report.events.js';

const reportId = 'a1b2c3d4e5f6a1b2c3d4e5f6';
const metadata = { now: '2026-11-23T20:00:00.000Z', correlationId: 'corr-1' };

const extraction = (types: string[] = ['ShellingReported']): ExtractionRecord => ({
  report: { publishedOn: '2022-09-13', referenceDate: '2022-09-13', referenceDateSource: 'metadata', language: 'ar' },
  events: types.map((type) => ({
    type: type as 'ShellingReported',
    occurredOn: { from: '2022-09-13', to: '2022-09-13' },
    locations: [],
    claimant: { party: 'AM', name: null },
    accused: 'AZ',
    target: 'AM',
    weapons: ['artillery'],
    casualties: [],
    materiel: [],
    background: false,
    evidence: { text: 'قصف', start: 0, end: 3 },
    confidence: 0.8,
  })),
});

const submit = (record = extraction(), extractorVersion = 'x1'): SubmitReport => ({
  type: 'SubmitReport',
  data: {
    reportId,
    input: { text: 'قصف', publishedOn: '2022-09-13', source: 'TASS', url: null, title: null, language: null },
    contentHash: 'hash',
    extraction: record,
    extractorVersion,
  },
  metadata,
});
const retract = (): RetractReport => ({
  type: 'RetractReport',
  data: { reportId, reason: 'duplicate feed', retractedBy: 'admin' },
  metadata,
});
const reextract = (extractorVersion: string, force = false): ReextractReport => ({
  type: 'ReextractReport',
  data: { reportId, extraction: extraction(['ArmedClashReported', 'CasualtiesClaimed']), extractorVersion, force },
  metadata,
});

/** Given these past events, when this command is decided... */
const given = (events: ReportEvent[]) => ({
  when: (command: ReportCommand) => {
    const run = () => decide(command, events.reduce(evolve, initialState()));
    return {
      then: (check: (produced: ReportEvent[]) => void) => check(run()),
      thenThrows: (code: string) => {
        expect(run).toThrow(DomainError);
        try {
          run();
        } catch (error) {
          expect((error as DomainError).code).toBe(code);
        }
      },
    };
  },
});

const submitted = () => decide(submit(), initialState());

describe('report decider', () => {
  describe('SubmitReport', () => {
    it('a new report becomes ReportSubmitted followed by one event per extracted event', () =>
      given([])
        .when(submit(extraction(['ShellingReported', 'CasualtiesClaimed'])))
        .then((events) => {
          expect(events.map((e) => e.type)).toEqual(['ReportSubmitted', 'ShellingReported', 'CasualtiesClaimed']);
          const [head, ...rest] = events;
          expect(head!.data).toMatchObject({
            reportId,
            source: 'TASS',
            language: 'ar',
            publishedOn: '2022-09-13',
            referenceDateSource: 'metadata',
            extractorVersion: 'x1',
            eventCount: 2,
            extractionId: extractionIdFor(reportId, 1),
            submittedAt: metadata.now,
          });
          expect(rest.map((e) => e.data)).toMatchObject([
            { reportId, extractionId: extractionIdFor(reportId, 1), ordinal: 0, accused: 'AZ' },
            { reportId, extractionId: extractionIdFor(reportId, 1), ordinal: 1 },
          ]);
          expect(rest[0]).not.toHaveProperty('data.type');
          for (const e of events) expect(e.metadata).toEqual({ correlationId: 'corr-1', extractorVersion: 'x1' });
        }));

    it('a report with nothing extracted is still submitted', () =>
      given([])
        .when(submit(extraction([])))
        .then((events) => expect(events.map((e) => e.type)).toEqual(['ReportSubmitted'])));

    it('a report already submitted produces nothing (idempotent)', () =>
      given(submitted())
        .when(submit())
        .then((events) => expect(events).toEqual([])));

    it('is deterministic: the same command gives the same events', () =>
      expect(decide(submit(), initialState())).toEqual(decide(submit(), initialState())));
  });

  describe('RetractReport', () => {
    it('retracts a submitted report', () =>
      given(submitted())
        .when(retract())
        .then((events) =>
          expect(events).toEqual([
            {
              type: 'ReportRetracted',
              data: { reportId, reason: 'duplicate feed', retractedBy: 'admin', retractedAt: metadata.now },
              metadata: { correlationId: 'corr-1', extractorVersion: 'x1' },
            },
          ]),
        ));

    it('fails for an unknown report', () => given([]).when(retract()).thenThrows('REPORT_NOT_FOUND'));

    it('fails for a report already retracted', () =>
      given([...submitted(), ...decide(retract(), evolve(evolve(initialState(), submitted()[0]!), submitted()[1]!))])
        .when(retract())
        .thenThrows('REPORT_ALREADY_RETRACTED'));
  });

  describe('ReextractReport', () => {
    it('a new extractor version supersedes the previous extraction', () =>
      given(submitted())
        .when(reextract('x2'))
        .then((events) => {
          expect(events.map((e) => e.type)).toEqual(['ReportReextracted', 'ArmedClashReported', 'CasualtiesClaimed']);
          expect(events[0]!.data).toMatchObject({
            extractorVersion: 'x2',
            previousExtractorVersion: 'x1',
            extractionNumber: 2,
            extractionId: extractionIdFor(reportId, 2),
            previousExtractionId: extractionIdFor(reportId, 1),
            eventCount: 2,
          });
          expect(events[1]!.data).toMatchObject({ extractionId: extractionIdFor(reportId, 2), ordinal: 0 });
          expect(events[1]!.metadata.extractorVersion).toBe('x2');
        }));

    it('the same extractor version is a no-op unless forced', () => {
      given(submitted())
        .when(reextract('x1'))
        .then((events) => expect(events).toEqual([]));
      given(submitted())
        .when(reextract('x1', true))
        .then((events) => expect(events[0]!.type).toBe('ReportReextracted'));
    });

    it('a second re-extraction counts on from the first', () => {
      const first = decide(reextract('x2'), submitted().reduce(evolve, initialState()));
      given([...submitted(), ...first])
        .when(reextract('x3'))
        .then((events) => expect(events[0]!.data).toMatchObject({ extractionNumber: 3, previousExtractorVersion: 'x2' }));
    });

    it('fails for an unknown or retracted report', () => {
      given([]).when(reextract('x2')).thenThrows('REPORT_NOT_FOUND');
      const retracted = [...submitted(), ...decide(retract(), submitted().reduce(evolve, initialState()))];
      given(retracted).when(reextract('x2')).thenThrows('REPORT_ALREADY_RETRACTED');
    });
  });

  it('evolve tracks the latest extraction and retraction', () => {
    const history = [...submitted()];
    history.push(...decide(reextract('x2'), history.reduce(evolve, initialState())));
    history.push(...decide(retract(), history.reduce(evolve, initialState())));
    expect(history.reduce(evolve, initialState())).toMatchObject({
      status: 'retracted',
      extractorVersion: 'x2',
      extractionNumber: 2,
      extractionId: extractionIdFor(reportId, 2),
    });
  });
});

describe('CorrectReportMetadata (issue 13 item 9)', () => {
  const correct = (changes: CorrectReportMetadata['data']['changes'], withExtraction = true): CorrectReportMetadata => ({
    type: 'CorrectReportMetadata',
    data: {
      reportId,
      changes,
      reason: 'wrong date',
      correctedBy: 'analyst:test',
      ...(withExtraction ? { reextraction: { extraction: extraction(), extractorVersion: 'x1' } } : {}),
    },
    metadata,
  });

  it('a new date: ReportMetadataCorrected with the old value, then a forced re-extraction', () =>
    given(submitted())
      .when(correct({ publishedOn: '2022-09-12' }))
      .then((events) => {
        expect(events.map((e) => e.type)).toEqual(['ReportMetadataCorrected', 'ReportReextracted', 'ShellingReported']);
        expect(events[0]!.data).toMatchObject({ changes: { publishedOn: '2022-09-12' }, previous: { publishedOn: '2022-09-13' } });
        expect(events[1]!.data).toMatchObject({ extractionNumber: 2, previousExtractionId: extractionIdFor(reportId, 1) });
      }));

  it('a title alone needs no re-extraction; the stored values again decide nothing', () => {
    given(submitted())
      .when(correct({ title: 'Jermuk' }, false))
      .then((events) => expect(events.map((e) => e.type)).toEqual(['ReportMetadataCorrected']));
    given(submitted())
      .when(correct({ publishedOn: '2022-09-13', source: 'TASS' }))
      .then((events) => expect(events).toEqual([]));
  });

  it('evolves the corrected values into the state; refuses an unknown or retracted report', () => {
    const [corrected] = decide(correct({ source: 'Armenpress', title: 'T' }), submitted().reduce(evolve, initialState()));
    const state = [...submitted(), corrected!].reduce(evolve, initialState());
    expect(state).toMatchObject({ source: 'Armenpress', title: 'T', publishedOn: '2022-09-13' });
    given([])
      .when(correct({ title: 'x' }))
      .thenThrows('REPORT_NOT_FOUND');
    given([...submitted(), ...decide(retract(), submitted().reduce(evolve, initialState()))])
      .when(correct({ title: 'x' }))
      .thenThrows('REPORT_ALREADY_RETRACTED');
  });
});
