import type { ExtractedEvent, ExtractionInput, ExtractionRecord, ReferenceDateSource } from './extraction-record.js';
import { countFromStatementDay, findDates, isoOf, parseIso, resolveDayAfter, resolveRunning } from './time/index.js';
import { mergeEvents, type SentenceTolls } from './merge/merge.js';
import { borderBetween } from './region/index.js';
import { findActors, findAttributions, placeCountryLookup, type ActorPhrase } from './stages/attribution/attribution.js';
import { rememberSpeaker } from './stages/attribution/claimants.js';
import {
  evolve,
  initialCarry,
  recentPlacesOf,
  runningAnchor,
  speakerAt,
  statementDayOf,
  timingOf,
  type Carry,
} from './stages/carry/carry.js';
import { documentContext, type DocumentContext } from './stages/context/context.js';
import { dyadOf, opponentIn } from './stages/context/dyad.js';
import type { Draft } from './stages/drafts/draft.js';
import { sentencePlaces } from './stages/drafts/places.js';
import { sentenceDrafts } from './stages/drafts/sentence-drafts.js';
import { nisbaParty } from './stages/figures/figure-party.js';
import { findCasualties, findMateriel, markRunningToll } from './stages/figures/figures.js';
import { prepare, type PreparedSentence } from './stages/prepare/prepare.js';
import { toEvent } from './stages/record/record.js';
import { otherEventStarts } from './stages/triggers/cue-families.js';
import { announcedKills } from './stages/record/announced-kills.js';
import { scopeOf } from './stages/triggers/scope.js';
import { findTriggers, scanCues } from './stages/triggers/triggers.js';
import { detectLanguage } from './text/language.js';

/** Bump on any rule change: it travels in every event's metadata. */
export const EXTRACTOR_VERSION = '0.18.0';

const SUPPORTED = new Set(['ar']);

/** The text → extraction record function. Pure: no clock, no I/O; never throws. */
export function extract(input: ExtractionInput): ExtractionRecord {
  const text = typeof input?.text === 'string' ? input.text : '';
  const published = parseIso(input?.publishedOn ?? null);
  const language = (input?.language && String(input.language).toLowerCase().slice(0, 8)) || detectLanguage(text);
  const report = {
    publishedOn: published === null ? null : isoOf(published),
    referenceDate: published === null ? null : isoOf(published),
    referenceDateSource: (published === null ? 'none' : 'metadata') as ReferenceDateSource,
    language,
  };
  if (!SUPPORTED.has(language)) {
    return { report, events: [], warnings: [`language ${language} not supported yet`] };
  }
  try {
    return run(text, { published, report, source: input?.source ?? null });
  } catch (err) {
    // A rule bug must never take a report down: return what we know, say why.
    return { report, events: [], warnings: [`extraction failed: ${(err as Error)?.message ?? String(err)}`] };
  }
}

interface RunInput {
  published: number | null;
  report: ExtractionRecord['report'];
  source: string | null;
}

/**
 * prepare → document context → per sentence (carry = evolve(carry, sentence)): attribution,
 * triggers, figures, drafts → figure parties and record → merge.
 */
function run(text: string, { published, report, source }: RunInput): ExtractionRecord {
  const prepared = prepare(text);
  const doc = documentContext({ prepared, published, report, source });
  const drafts: Draft[] = [];
  const actors: ActorPhrase[][] = [];
  let carry = initialCarry(doc.refDate);
  prepared.sentences.forEach((sentence, index) => {
    const read = readSentence({ doc, carry, sentence, index });
    drafts.push(...read.drafts);
    actors.push(read.actors);
    carry = read.carry;
  });
  // figure parties, accused and target need the whole report's two sides
  const dyad = dyadOf(doc.actors);
  const opponent = (party: string | null) => opponentIn(dyad, party);
  const recorded = drafts.map((dr) =>
    toEvent(dr, {
      sentence: { ...prepared.sentences[dr.sentence], actors: actors[dr.sentence], previous: actors[dr.sentence - 1] },
      opponent,
      home: doc.actors.mainCountry,
    }),
  );
  const events = announcedKills(recorded, drafts, (k) => prepared.sentences[k].tokens);
  const inferred = new Set(events.filter((_, k) => drafts[k].inferredPlaces));
  const headlines = new Set(events.filter((_, k) => drafts[k].headline));
  const ownDates = new Set(events.filter((_, k) => drafts[k].explicitDate));
  const bare = new Set(events.filter((_, k) => drafts[k].bareStrike));
  const retold = new Set(events.filter((_, k) => drafts[k].retold));
  // an accused the sentence did not name (record.ts guessed it from the report's two sides, or none)
  const guessed = new Set(events.filter((_, k) => drafts[k].accused === null && !drafts[k].attackerUnnamed));
  return { report, events: mergeEvents(events, inferred, headlines, ownDates, sentenceTolls(events, drafts), bare, retold, guessed) };
}

/** For each strike with no figure of its own, the incident tolls its sentence counts («killed|3»). */
function sentenceTolls(events: readonly ExtractedEvent[], drafts: readonly Draft[]): SentenceTolls {
  const bySentence = new Map<number, Set<string>>();
  events.forEach((e, k) => {
    if (e.type !== 'CasualtiesClaimed') return;
    let set = bySentence.get(drafts[k]!.sentence);
    if (!set) bySentence.set(drafts[k]!.sentence, (set = new Set()));
    for (const c of e.casualties) if (!c.vague && !c.cumulative && c.min !== null) set.add(`${c.category}|${c.min}`);
  });
  const out: SentenceTolls = new Map();
  events.forEach((e, k) => {
    const set = bySentence.get(drafts[k]!.sentence);
    if (STRIKES.has(e.type) && !e.casualties.length && set?.size) out.set(e, set);
  });
  return out;
}
const STRIKES: ReadonlySet<string> = new Set(['AirStrikeReported', 'ShellingReported', 'ArmedClashReported']);

interface SentenceInput {
  doc: DocumentContext;
  carry: Carry;
  sentence: PreparedSentence;
  index: number;
}

/** One sentence: who speaks, what happened (triggers, figures), when and where; and what it hands on. */
function readSentence({ doc, carry, sentence: w, index }: SentenceInput) {
  const { tokens } = w;
  const ctx = doc.actors;
  const actors = findActors(tokens, ctx, placeCountryLookup(w));
  const attributions = findAttributions(tokens, actors);
  const cues = scanCues(tokens);
  const scope = scopeOf(tokens);
  const dates = findDates(tokens, doc.ref);
  resolveDayAfter(dates, doc.ref);
  countFromStatementDay(tokens, dates, statementDayOf(carry, w), doc.ref);
  resolveRunning(dates, runningAnchor(carry, w, doc.refDate), doc.ref);
  const casualties = findCasualties(tokens, cues, actors, nisbaParty);
  markRunningToll(casualties, tokens, dates);
  const materiel = findMateriel(tokens, cues, actors, nisbaParty);
  const triggers = findTriggers({
    tokens,
    cues,
    scope,
    materiel,
    placeTokens: w.placeTokens,
    docHasStandoff: doc.hasStandoffWeapons,
    lastStrike: carry.lastStrike,
    question: w.s.question,
  });
  const speaker = speakerAt(carry, w, attributions);
  const timing = timingOf(carry, w, dates, doc.refDate);
  const cueStarts = otherEventStarts(cues);
  const dyad = dyadOf(ctx);
  const border = dyad ? borderBetween(dyad[0], dyad[1]) : undefined;
  const places = sentencePlaces({
    sentence: w,
    actors,
    cueStarts,
    border,
    recent: recentPlacesOf(carry, doc.focusPlaces),
    triggerStarts: triggers.map((t) => t.pos),
  });
  const scene = {
    index,
    sentence: w,
    actors,
    attributions,
    speaker,
    source: doc.source,
    ref: doc.ref,
    timing,
    clause: scope.clause,
    blocked: scope.blocked,
    cueStarts,
    placesFor: places.placesFor,
  };
  const drafts = sentenceDrafts(scene, triggers, { casualties, materiel });
  rememberSpeaker(ctx, attributions, actors);
  const strong = places.strong.filter((p) => p.precision !== 'country');
  const types = triggers.map((t) => t.type);
  const next = evolve(carry, { sentence: w, speaker, attributions, timing, places: strong, ref: doc.ref, types });
  return { drafts, actors, carry: next };
}
