import type { DateExpr, DateKind } from '../../time/index.js';
import { CONTINUING_SPEECH, TOPIC_SHIFT_OPENING, TOPIC_SHIFT_PHRASES, TOPIC_SHIFT_REACH } from '../../lexicon/continuing-speech.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { BACK_REFERENCES } from '../../lexicon/time/recap-words.js';
import { PLUPERFECT } from '../../lexicon/time/relative-words.js';
import type { Attribution } from '../attribution/attribution.js';
import { complementizerIn, isBackground } from '../drafts/dates.js';
import type { DateSpan } from '../drafts/draft.js';
import type { Place } from '../prepare/places.js';
import type { PreparedSentence } from '../prepare/prepare.js';

/** The date the report is running on: the last concrete date a sentence gave. */
export interface RunningDate {
  span: DateSpan | null;
  background: boolean;
  /** Paragraph that gave it (null: the reference date, no sentence yet). */
  paragraph: number | null;
  kind: DateKind | null;
  /** The day is a statement's («أعلن، فجر الجمعة، أن …»): the facts it reported may be of the day before. */
  statementDay?: boolean;
  /**
   * The last «منذ» date of the sentence just read («القوات التي تنتشر منذ 2007»): it does not move the story,
   * but a next sentence opening with a relative pronoun («والتي طردت …») goes on with that clause and its time.
   */
  since?: { span: DateSpan; background: boolean };
  /** The last date that was not background: where the story resumes after a background aside. */
  news?: DateSpan | null;
}

/** What one sentence hands to the next. */
export interface Carry {
  date: RunningDate;
  /** Who is speaking (null: the outlet). */
  speaker: Attribution | null;
  paragraph: number | null;
  /** Specific places of the last sentences (at most three), most recent last. */
  recentPlaces: readonly Place[][];
  /** The kind of the last stand-off strike the report told (a later «القصف» may name it again). */
  lastStrike: StrikeType | null;
}

export type StrikeType = 'ShellingReported' | 'AirStrikeReported';

export function initialCarry(refDate: DateSpan | null): Carry {
  return {
    date: { span: refDate, background: false, paragraph: null, kind: null },
    speaker: null,
    paragraph: null,
    recentPlaces: [],
    lastStrike: null,
  };
}

/** Speaker continuity: a new paragraph without a speech verb resets to the outlet's voice. */
export function speakerAt(carry: Carry, w: PreparedSentence, attributions: readonly Attribution[]): Attribution | null {
  const first = w.tokens.find((t) => t.kind === 'word');
  const continues = !!first && CONTINUING_SPEECH.test(first.text);
  if (w.s.paragraph !== carry.paragraph && !continues && !attributions.length) return null;
  if (turnsToAnotherItem(w)) return null;
  return carry.speaker;
}

/**
 * «وفي الضفة الغربية، اقتحمت …» (a place before the comma), «من جهة أخرى، …»: the sentence opens another item
 * (lexicon/continuing-speech.ts); «في السياق نفسه،» goes on with the same one.
 */
function turnsToAnotherItem(w: PreparedSentence): boolean {
  const { tokens } = w;
  const opening = tokens
    .filter((t) => t.kind === 'word')
    .slice(0, 3)
    .map((t) => t.text)
    .join(' ');
  if (TOPIC_SHIFT_PHRASES.some((p) => opening.startsWith(p) || opening.startsWith(`و${p}`))) return true;
  if (!tokens[0] || !TOPIC_SHIFT_OPENING.test(tokens[0].text)) return false;
  for (let k = 1; k <= TOPIC_SHIFT_REACH && k < tokens.length; k++)
    if (tokens[k].text === '،' || tokens[k].text === ',') return w.placeAt.some((at) => at > 0 && at < k);
  return false;
}

/** The dates a sentence's events can take. */
export interface SentenceTiming {
  /** Concrete dates (not «earlier», not comparisons), in order. */
  concrete: DateExpr[];
  /** Dates a cue may pick: the concrete ones, else «في وقت سابق». */
  usable: DateExpr[];
  /** The sentence's own date, when it has a concrete one. */
  own: DateExpr | undefined;
  /** Its own date, else none when only «earlier», else the running date; none in a headline. */
  sentenceDate: DateSpan | null;
  /** For a cue none of the sentence's time words belong to: the running date. */
  cueFallback: DateSpan | null;
  /** The running date is background (old). */
  inheritedBackground: boolean;
  /** No time word of its own, and the date before was a background aside it does not go on with: back to the news. */
  resumed: boolean;
  /** No time word of its own, and the day it runs on is a statement's day. */
  onStatementDay: boolean;
}

/** Its own concrete time, else «في وقت سابق» (unknown), else the running date; old or year-only dates run on only inside their paragraph. */
export function timingOf(carry: Carry, w: PreparedSentence, dates: readonly DateExpr[], refDate: DateSpan | null): SentenceTiming {
  const concrete = withoutDateline(dates.filter((d) => d.kind !== 'comparison' && d.kind !== 'earlier' && d.kind !== 'deadline'));
  const usable = concrete.length ? concrete : dates.filter((d) => d.kind === 'earlier');
  const own = concrete.find((d) => !d.anniversary);
  const prev = carry.date;
  const continued = !own && opensWithRelative(w) ? prev.since : undefined;
  const stale = !continued && staleIn(prev, w);
  // «وكانت القوات سيطرت على نيالا في أكتوبر 2023. وقصفت أحياء في الفاشر»: an aside's date stays with the aside
  const resumed = !own && !continued && !stale && prev.background && !w.headline && !goesOnWith(w);
  const running = continued ? continued.span : stale ? refDate : resumed ? (prev.news ?? refDate) : prev.span;
  let sentenceDate = own ? { from: own.from, to: own.to } : usable.some((d) => !d.anniversary) ? null : running;
  if (w.headline) sentenceDate = null;
  const cueFallback = own && !w.headline ? running : sentenceDate;
  const onStatementDay = !usable.length && !stale && !w.headline && !!prev.statementDay;
  const inheritedBackground = continued ? continued.background : stale || resumed ? false : prev.background;
  return { concrete, usable, own, sentenceDate, cueFallback, inheritedBackground, resumed, onStatementDay };
}

/** An old or year-long date runs on only inside its paragraph. */
const staleIn = (prev: RunningDate, w: PreparedSentence) =>
  prev.paragraph !== w.s.paragraph && (prev.background || prev.kind === 'year' || prev.kind === 'month');

/** What «في اليوم السابق», «خلال الليل» count from, before the sentence's own days: the date the story runs on. */
export const runningAnchor = (carry: Carry, w: PreparedSentence, refDate: DateSpan | null): DateSpan | null =>
  staleIn(carry.date, w) ? refDate : carry.date.span;

/** The statement's day the story runs on («أعلن الجيش يوم الثلاثاء أن …»), from which a speaker's «قبل يومين» counts. */
export function statementDayOf(carry: Carry, w: PreparedSentence): number | null {
  const { span, statementDay } = carry.date;
  return statementDay && !staleIn(carry.date, w) && span && span.from !== null && span.from === span.to ? span.from : null;
}

/** «وقتل فيها …», «وكان … قد …», «والتي …»: the sentence goes on with the one before it (and its time). */
function goesOnWith(w: PreparedSentence): boolean {
  if (opensWithRelative(w) || PLUPERFECT.test(w.text)) return true;
  return w.tokens.some((t) => t.kind === 'word' && t.variants.some((v) => BACK_REFERENCES.has(v)));
}

/** «والتي تمكنت من …»: a sentence that opens with a relative pronoun goes on with the clause before it. */
function opensWithRelative(w: PreparedSentence): boolean {
  const first = w.tokens.find((t) => t.kind === 'word');
  return !!first && first.variants.some((v) => RELATIVE_PRONOUNS.has(v));
}

/** A dateline's filing date yields to the sentence's own date of the facts («الخرطوم، 10 مايو - … قصفت أمس»). */
function withoutDateline(dates: DateExpr[]): DateExpr[] {
  const own = dates.filter((d) => !d.dateline);
  return own.length ? own : dates;
}

/** Where an event with no place of its own may be: the places of the last sentences that had some, else the report's focus. */
export function recentPlacesOf(carry: Carry, focusPlaces: readonly Place[]): readonly Place[] {
  return (
    carry.recentPlaces
      .slice(-3)
      .reverse()
      .find((ps) => ps.length) ?? focusPlaces
  );
}

export interface SentenceOutcome {
  sentence: PreparedSentence;
  speaker: Attribution | null;
  attributions: readonly Attribution[];
  timing: SentenceTiming;
  /** The sentence's own (strong, non-country) places. */
  places: Place[];
  ref: number | null;
  /** The sentence's event types, in text order. */
  types?: readonly string[];
}

/** The carry after a sentence: its last explicit speaker, its last concrete date, its places, its last strike. */
export function evolve(carry: Carry, out: SentenceOutcome): Carry {
  const words = wordsBefore(out.sentence);
  const lastSpeaker = [...out.attributions].reverse().find((a) => !a.inherit && !(a.via && words(a.pos) > OPENING_WORDS));
  return {
    date: { ...nextRunningDate(carry.date, out), since: sinceOf(out) },
    speaker: lastSpeaker ?? out.speaker,
    paragraph: out.sentence.s.paragraph,
    recentPlaces: [...carry.recentPlaces.slice(-2), out.places],
    lastStrike: lastStrikeOf(out.types ?? []) ?? carry.lastStrike,
  };
}

/**
 * «…، وفق الجيش السوداني.», «…، بحسب وزارة الصحة.»: a source named after the words it attributes sources that
 * sentence only; one that opens it («وبحسب المرصد، فإن …», after a dateline) speaks on like «قال».
 */
const OPENING_WORDS = 3;

/** How many words of the sentence stand before a token index. */
function wordsBefore(w: PreparedSentence): (pos: number) => number {
  return (pos) => {
    let n = 0;
    for (let k = 0; k < pos && n <= OPENING_WORDS; k++) if (w.tokens[k].kind === 'word') n++;
    return n;
  };
}

function lastStrikeOf(types: readonly string[]): StrikeType | null {
  for (let k = types.length - 1; k >= 0; k--) {
    const t = types[k];
    if (t === 'ShellingReported' || t === 'AirStrikeReported') return t;
  }
  return null;
}

/** The sentence's last «منذ» date (not after the reference), for a next sentence that goes on with its clause. */
function sinceOf({ sentence, timing, ref }: SentenceOutcome): RunningDate['since'] {
  const since = timing.concrete.filter((d) => d.since && d.from !== null && (ref === null || d.from <= ref)).pop();
  if (!since || sentence.headline) return undefined;
  const span = { from: since.from, to: since.to };
  return { span, background: isBackground(span, ref, since) };
}

/** How close after a day its «أن» must come for the day to be the statement's («أعلن، فجر الجمعة، أنّ»), not the fact's. */
const STATEMENT_REACH = 4;

/**
 * A day after the report's own («عيد الفصح الواقع في 20 نيسان» in a report of 19 April) is a plan or
 * a feast, not a day the report runs on: the next sentences keep the date they had; so does the start
 * of a state («منذ أكتوبر 2023»).
 */
function nextRunningDate(date: RunningDate, { sentence, timing, ref }: SentenceOutcome): RunningDate {
  // «منذ أكتوبر 2023» opens a state lasting to the report: the story does not move back to it
  // nor to what an anniversary recalls («في الذكرى الثانية للحرب»)
  // nor to a recap's stretch of years («خلال السنوات الماضية»)
  const past = timing.concrete.filter((d) => !d.since && !d.anniversary && !d.recap && (ref === null || d.from === null || d.from <= ref));
  const last = past[past.length - 1];
  if (last && !sentence.headline) {
    const span = { from: last.from, to: last.to };
    const statementDay = last.kind === 'day' && complementizerIn(sentence.tokens, last.end, last.end + STATEMENT_REACH);
    const background = isBackground(span, ref, last);
    const news = background ? newsOf(date) : span;
    return { span, background, paragraph: sentence.s.paragraph, kind: last.kind, statementDay, news };
  }
  // back from a background aside: the story runs on the news date again
  if (timing.resumed) return { ...date, span: timing.cueFallback, background: false, kind: null, statementDay: false };
  // «في وقت سابق»: the running date is unknown from here on — unless the sentence is a pluperfect aside
  // («وكانت … قد توعدت في وقت سابق»), which looks back without moving the story
  if (timing.usable.length && timing.usable[0].kind === 'earlier' && !PLUPERFECT.test(sentence.text)) {
    return { ...date, span: null, background: false };
  }
  return date;
}

/** Where the story stands outside background asides. */
const newsOf = (date: RunningDate): DateSpan | null => (date.background ? (date.news ?? null) : date.span);
