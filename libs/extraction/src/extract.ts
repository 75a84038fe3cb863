import type {
  CasualtyFigure,
  Claimant,
  DateRange,
  ExtractedEvent,
  ExtractedLocation,
  ExtractionInput,
  ExtractionRecord,
  IncidentEventType,
  MaterielFigure,
  ReferenceDateSource,
} from './extraction-record.js';
import { ACTORS } from './lexicon/parties.js';
import { findDates, isoOf, parseIso, resolveDayAfter, type DateExpr } from './lexicon/dates.js';
import { inferReferenceDate } from './stages/context/reference-date.js';
import { DocContext, findActors, findAttributions, type ActorPhrase, type Attribution } from './stages/attribution/attribution.js';
import { findTriggers, scanCues } from './stages/triggers/triggers.js';
import { findCasualties, findMateriel, type RawCasualty, type RawMateriel } from './stages/figures/figures.js';
import { scopeOf } from './stages/triggers/scope.js';
import { mergeEvents } from './merge/merge.js';
import { borderBetween, inKarabakh, placesOf, toLocation, type Place, type PlaceMatch } from './stages/prepare/places.js';
import { detectLanguage } from './text/language.js';
import { segmentSentences, type Sentence } from './text/sentences.js';
import { normalizeArabic } from './text/normalize.js';
import { tokenize, type Token } from './text/tokens.js';

/** Bump on any rule change: it travels in every event's metadata. */
export const EXTRACTOR_VERSION = '0.4.1';

const SUPPORTED = new Set(['ar']);
const HOSTILE = new Set<IncidentEventType>(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported', 'CeasefireViolationAlleged']);
const BACKGROUND_DAYS = 45;
const STATE = /^[A-Z]{2}$|^NKR$/;
// words of another kind of event (talks after a ceasefire, …) close the reach of a later time word
const FAMILY: Record<string, string> = {
  clash: 'f',
  attack: 'f',
  shell: 'f',
  air: 'f',
  aircraft: 'f',
  killed: 'f',
  wounded: 'f',
  captured: 'f',
  missing: 'f',
  victims: 'f',
  losses: 'f',
  destroy: 'f',
  seize: 'f',
  lose: 'f',
  control: 'f',
};

interface SentenceWork {
  s: Sentence;
  text: string;
  tokens: Token[];
  toOriginal: (i: number) => number;
  toOriginalEnd: (j: number) => number;
  places: PlaceMatch[];
  placeTokens: Set<number>;
  /** First token index of each place match (same order as places). */
  placeAt: number[];
  actors: ActorPhrase[];
  headline: boolean;
}

interface Draft {
  type: IncidentEventType;
  sentence: number;
  pos: number;
  claimant: Claimant;
  accused: string | null;
  date: { from: number | null; to: number | null } | null;
  background: boolean;
  locations: Place[];
  weapons: string[];
  casualties: RawCasualty[];
  materiel: RawMateriel[];
  weight: number;
  explicitDate: boolean;
  /** Locations borrowed from nearby sentences (wildcards when merging). */
  inferredPlaces: boolean;
}

function nisbaParty(t: Token): string | null | undefined {
  const m = ACTORS.matchAt([t], 0);
  if (!m || m.end !== 1) return undefined;
  const r = m.data.role;
  if (r === 'nisba' || r === 'country') return m.data.party;
  return undefined;
}

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
    return run(text, published, report, input?.source ?? null);
  } catch (err) {
    // A rule bug must never take a report down: return what we know, say why.
    return { report, events: [], warnings: [`extraction failed: ${(err as Error)?.message ?? String(err)}`] };
  }
}

function run(text: string, published: number | null, report: ExtractionRecord['report'], source: string | null): ExtractionRecord {
  const sentences = segmentSentences(text);
  // one normalisation serves the gazetteer and, sliced, every sentence
  const normalized = normalizeArabic(text);
  const allPlaces = placesOf(text, normalized);
  // a short first line without a closing full stop, followed by more text, is a headline
  const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const firstLine = text.slice(0, firstLineEnd).trim();
  const firstLineHeadline =
    firstLineEnd < text.trimEnd().length && !!firstLine && (!/[.!؟?]$/.test(firstLine) || /\.\.$|…$/.test(firstLine));
  const work: SentenceWork[] = [];
  let pi = 0;
  for (const s of sentences) {
    const st = text.slice(s.start, s.end);
    const tk = tokenize(st, normalized.slice(s.start, s.end));
    while (pi < allPlaces.length && allPlaces[pi].end <= s.start) pi++;
    const places: PlaceMatch[] = [];
    for (let k = pi; k < allPlaces.length && allPlaces[k].start < s.end; k++)
      if (allPlaces[k].start >= s.start && allPlaces[k].end <= s.end) places.push(allPlaces[k]);
    const placeTokens = new Set<number>();
    let placeAt: number[] = places.map(() => -1);
    if (places.length) {
      // Tokens are in text order, so each place's tokens are found by binary search on their original ends
      // (was tokens × places: a 10 KB list of place names took over 50 ms; chaos fuzzing).
      const starts = tk.tokens.map((t) => s.start + tk.norm.toOriginal(t.start));
      const ends = tk.tokens.map((t) => s.start + tk.norm.toOriginalEnd(t.end));
      places.forEach((p, k) => {
        let lo = 0;
        let hi = ends.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (ends[mid] > p.start) hi = mid;
          else lo = mid + 1;
        }
        for (let idx = lo; idx < starts.length && starts[idx] < p.end; idx++) {
          if (ends[idx] > p.start) {
            placeTokens.add(idx);
            if (placeAt[k] < 0) placeAt[k] = idx;
          }
        }
      });
      // a dateline («موسكو-(د ب أ):») names where the wire was filed, not where things happened
      const keep = places.map((_, k) => {
        const at = placeAt[k];
        if (at < 0 || at > 2) return true;
        const nx = tk.tokens[at + 1]?.text;
        return !(nx === '-' || nx === ':' || nx === '(');
      });
      const kept = places.filter((_, k) => keep[k]);
      placeAt = placeAt.filter((_, k) => keep[k]);
      places.length = 0;
      places.push(...kept);
    }
    const headline = s.start < firstLineEnd && firstLineEnd < 250 && firstLineHeadline;
    work.push({
      s,
      text: st,
      tokens: tk.tokens,
      toOriginal: (i) => tk.norm.toOriginal(i),
      toOriginalEnd: (j) => tk.norm.toOriginalEnd(j),
      places,
      placeTokens,
      placeAt,
      actors: [],
      headline,
    });
  }

  // reference date: metadata, else inferred from the text
  let ref = published;
  if (ref === null) {
    const inferred = inferReferenceDate(work.map((w) => w.tokens));
    if (inferred !== null) {
      ref = inferred;
      report.referenceDate = isoOf(inferred);
      report.referenceDateSource = 'inferred';
    }
  }

  // document context
  const ctx = new DocContext();
  ctx.karabakh = allPlaces.some((p) => inKarabakh(p.place) || p.place.id === 'nk-karabakh');
  const countryCounts = new Map<string, number>();
  for (const p of allPlaces)
    if (p.place.country && p.place.precision !== 'border')
      countryCounts.set(p.place.country, (countryCounts.get(p.place.country) ?? 0) + 1);
  const sortedCountries = [...countryCounts.entries()].sort((a, b) => b[1] - a[1]);
  if (sortedCountries.length && (sortedCountries.length === 1 || sortedCountries[0][1] >= 2 * sortedCountries[1][1]))
    ctx.mainCountry = sortedCountries[0][0];
  const docHasStandoff = /صاروخ|صواريخ|قذائف|قذيفه|مدفعي|راجمات|هاون/.test(
    work.map((w) => w.tokens.map((t) => t.text).join(' ')).join(' '),
  );

  const drafts: Draft[] = [];
  const headlineDrafts = new Set<Draft>();
  const refDate = ref === null ? null : { from: ref, to: ref };
  let prevDate: { from: number | null; to: number | null } | null = refDate;
  let prevBackground = false;
  let prevDateParagraph = -1;
  let prevDateKind: DateExpr['kind'] | null = null;
  let speaker: Attribution | null = null;
  let prevParagraph = -1;
  const recentPlaces: Place[][] = [];
  // the report's focus: its first specific places (a settlement, region or feature), else its first places
  const specific = allPlaces.filter((p) => p.place.precision !== 'country');
  const focusPlaces: Place[] = (specific.length ? specific : allPlaces).slice(0, 2).map((p) => p.place);

  for (let si = 0; si < work.length; si++) {
    const w = work[si];
    const tokens = w.tokens;
    const sentenceDrafts: Draft[] = [];
    const actors = findActors(tokens, ctx);
    w.actors = actors;
    const attributions = findAttributions(tokens, actors);
    const cues = scanCues(tokens);
    const scope = scopeOf(tokens);
    const dates = findDates(tokens, ref);
    resolveDayAfter(dates, ref);
    const casualties = findCasualties(tokens, cues, actors, nisbaParty);
    const materiel = findMateriel(tokens, cues, actors, nisbaParty);
    const materielSpans = new Set<number>();
    for (const m of materiel) for (let k = m.pos - 1; k < m.pos + 5; k++) materielSpans.add(k);
    const cueStarts = cues.filter((c) => !FAMILY[c.data.kind]).map((c) => c.start);
    const triggers = findTriggers({
      tokens,
      cues,
      scope,
      materielSpans,
      placeTokens: w.placeTokens,
      docHasStandoff,
      question: w.s.question,
    });

    // speaker continuity: a new paragraph without a speech verb resets to the outlet's voice
    const first = tokens.find((t) => t.kind === 'word');
    const continues =
      !!first && /^و?(?:اضاف|تابع|اشار|لفت|اوضح|شدد|اكد|ختم|استطرد|مضيفا|مشيرا|تابعت|اضافت|اشارت|اوضحت|شددت|اكدت)/.test(first.text);
    if (w.s.paragraph !== prevParagraph && !continues && !attributions.length) speaker = null;
    prevParagraph = w.s.paragraph;

    // sentence date: its own concrete time, else «في وقت سابق» (unknown), else the running date.
    // An old or year-only date runs on only inside its paragraph.
    const concrete = dates.filter((d) => d.kind !== 'comparison' && d.kind !== 'earlier');
    const usable = concrete.length ? concrete : dates.filter((d) => d.kind === 'earlier');
    const own = concrete[0];
    let sentenceDate: { from: number | null; to: number | null } | null;
    let inheritedBackground = prevBackground;
    const stale = prevDateParagraph !== w.s.paragraph && (prevBackground || prevDateKind === 'year' || prevDateKind === 'month');
    const running = stale ? refDate : prevDate;
    if (stale) inheritedBackground = false;
    if (own) sentenceDate = { from: own.from, to: own.to };
    else if (usable.length) sentenceDate = null;
    else sentenceDate = running;
    if (w.headline) sentenceDate = null;
    // a cue none of the sentence's time words belong to keeps the running date
    const cueFallback = own && !w.headline ? running : sentenceDate;

    // places: a capital or country named as an actor («قالت باكو», «جيش أذربيجان») is weak evidence of where
    const sw_tokens = tokens;
    const weak = w.places.map((p, k) => {
      const at = w.placeAt[k];
      if (p.place.precision === 'country') return true;
      // «قال زيباري في جدة»: where a statement was made, not where things happened
      if (at >= 2 && sw_tokens[at - 1]?.variants.includes('في') && actors.some((a) => at - 2 >= a.start && at - 2 < a.end)) return true;
      const prev = sw_tokens[at - 1];
      // «في قره باغ», «على باكو», «بستيباناكيرت»: a place after a preposition is where, even if it can also speak
      const located = !!prev && prev.variants.some((v) => PREPOSITIONS.has(v));
      return (
        at >= 0 &&
        actors.some(
          (a) =>
            at >= a.start &&
            at < a.end &&
            (a.role === 'head' || a.role === 'person' || ((a.role === 'capital' || a.role === 'country') && !located)),
        )
      );
    });
    const strong = w.places.filter((_, k) => !weak[k]).map((p) => p.place);
    const weakPlaces = w.places.filter((_, k) => weak[k]).map((p) => p.place);
    const dyad0 = sides(ctx);
    const border = dyad0 ? borderBetween(dyad0[0], dyad0[1]) : undefined;
    const back =
      recentPlaces
        .slice(-3)
        .reverse()
        .find((ps) => ps.length) ?? focusPlaces;
    recentPlaces.push(strong.filter((p) => p.precision !== 'country'));
    // what an event with no place of its own falls back to: the places just before, then the sentence's weak ones
    const fallback = [...new Set([...back, ...weakPlaces])];
    const major = majorClauses(tokens);
    const borderClauses = border ? clausesMentioningBorder(tokens, major) : new Set<number>();
    // Each place once, however often the sentence names it: places are numbered once per
    // sentence and a pick marks the numbers it took with its own stamp (no set per pick).
    const numbered = new Map<Place, number>();
    const placeNo = w.places.map((p) => {
      let n = numbered.get(p.place);
      if (n === undefined) numbered.set(p.place, (n = numbered.size));
      return n;
    });
    const taken = new Uint32Array(numbered.size);
    let stamp = 0;
    const placesFor = (pos: number): { places: Place[]; inferred: boolean } => {
      // a place after another kind of event word («… وبدء محادثات … في مدينة يفلاخ») is that event's place
      const next = nextCueAfter(cueStarts, pos);
      const pick = (sameClause: boolean): Place[] => {
        stamp++;
        const out: Place[] = [];
        for (let k = 0; k < w.places.length; k++) {
          const at = w.placeAt[k]!;
          if (weak[k] || at < 0 || (at > pos && next < at) || (sameClause && major[at] !== major[pos])) continue;
          const n = placeNo[k]!;
          if (taken[n] === stamp) continue;
          taken[n] = stamp;
          out.push(w.places[k]!.place);
        }
        return out;
      };
      const own = pick(true);
      const borderHere = border && borderClauses.has(major[pos]!) && !own.some((p) => p.precision === 'border') ? [border] : [];
      if (own.length) return { places: [...own, ...borderHere], inferred: false };
      if (borderHere.length) return { places: borderHere, inferred: false };
      const reachable = pick(false);
      if (reachable.length) return { places: reachable, inferred: false };
      return { places: [...fallback], inferred: true };
    };

    for (const tr of triggers) {
      const attr = attributionAt(attributions, tr.pos, speaker);
      const claimants = attr.length ? attr : [{ pos: -1, party: null, name: source, agency: false } as Attribution];
      const d = w.headline ? undefined : pickDate(usable, tr.pos, scope.clause, cueStarts);
      let date = d ? (d.kind === 'earlier' ? null : { from: d.from, to: d.to }) : cueFallback;
      if (date && date.from === null) date = null;
      const background = isBackground(date, ref, d ?? null) || (!d && !own && inheritedBackground);
      const pl = placesFor(tr.pos);
      for (const a of claimants) {
        let claimant: Claimant = { party: a.party, name: a.name ?? (a.party ? a.party : null) };
        if (tr.type === 'AssistanceRequested') claimant = requesterOf(actors, tokens, tr.pos) ?? claimant;
        const draft: Draft = {
          type: tr.type,
          sentence: si,
          pos: tr.pos,
          claimant,
          accused: a.accused ?? accusedNear(actors, tr.pos, claimant.party),
          date,
          background,
          locations: pl.places,
          weapons: tr.weapons,
          casualties: [],
          materiel: [],
          weight: tr.weight,
          explicitDate: !!d,
          inferredPlaces: pl.inferred,
        };
        if (w.headline) draft.claimant = { party: null, name: null };
        // one event per type and claimant in a sentence (several cues of one fact)
        const sameDay = (o: Draft) =>
          (o.date?.from ?? null) === (draft.date?.from ?? null) && (o.date?.to ?? null) === (draft.date?.to ?? null);
        const twin = sentenceDrafts.find(
          (o) =>
            o.type === draft.type && o.claimant.party === draft.claimant.party && o.claimant.name === draft.claimant.name && sameDay(o),
        );
        if (twin) {
          for (const x of draft.weapons) if (!twin.weapons.includes(x)) twin.weapons.push(x);
          for (const l of draft.locations) if (!twin.locations.includes(l)) twin.locations.push(l);
          twin.weight = Math.max(twin.weight, draft.weight);
          continue;
        }
        if (w.headline) headlineDrafts.add(draft);
        drafts.push(draft);
        sentenceDrafts.push(draft);
      }
    }
    // figures attach to the casualty / materiel event of their own claimant
    for (const f of casualties)
      attachFigure(
        sentenceDrafts,
        si,
        f.pos,
        'CasualtiesClaimed',
        (dr) => dr.casualties.push(f),
        () =>
          addDraftFor(
            drafts,
            sentenceDrafts,
            si,
            f.pos,
            'CasualtiesClaimed',
            attributions,
            speaker,
            source,
            actors,
            usable,
            sentenceDate,
            ref,
            placesFor(f.pos),
          ),
      );
    for (const m of materiel)
      attachFigure(
        sentenceDrafts,
        si,
        m.pos,
        'MaterielLossClaimed',
        (dr) => dr.materiel.push(m),
        () =>
          addDraftFor(
            drafts,
            sentenceDrafts,
            si,
            m.pos,
            'MaterielLossClaimed',
            attributions,
            speaker,
            source,
            actors,
            usable,
            sentenceDate,
            ref,
            placesFor(m.pos),
          ),
      );

    // carry state to the next sentence
    if (attributions.length) {
      const last = [...attributions].reverse().find((a) => !a.inherit);
      if (last) speaker = last;
      if (last?.party && !last.agency) ctx.lastParty = last.party;
    }
    const lastConcrete = concrete[concrete.length - 1];
    if (lastConcrete && !w.headline) {
      prevDate = { from: lastConcrete.from, to: lastConcrete.to };
      prevBackground = isBackground(prevDate, ref, lastConcrete);
      prevDateParagraph = w.s.paragraph;
      prevDateKind = lastConcrete.kind;
    } else if (usable.length && usable[0].kind === 'earlier') {
      prevDate = null;
      prevBackground = false;
    }
  }

  // resolve figure parties now that the whole report is known
  const dyad = sides(ctx);
  const opponent = (p: string | null): string | null => {
    if (!dyad) return null;
    if (p === dyad[0]) return dyad[1];
    if (p === dyad[1]) return dyad[0];
    if (p === 'NKR') return dyad.includes('AZ') ? 'AZ' : null;
    if (p === null) return dyad[0];
    return null;
  };
  const events: ExtractedEvent[] = [];
  const inferred = new Set<ExtractedEvent>();
  const headlines = new Set<ExtractedEvent>();
  for (const dr of drafts) {
    const sw = work[dr.sentence];
    const cas: CasualtyFigure[] = dr.casualties.map((f) => ({
      party: figureParty(f, dr, sw, opponent),
      affiliation: f.affiliation,
      category: f.category,
      min: f.min,
      max: f.max,
      approximate: f.approximate,
      vague: f.vague,
    }));
    const mat: MaterielFigure[] = dr.materiel.map((m) => ({
      party:
        m.party !== undefined
          ? m.party
          : (sideMarker(sw.tokens) ??
            inflictedParty(sw, dr.claimant.party) ??
            (m.status === 'lost' ? dr.claimant.party : opponent(dr.claimant.party))),
      kind: m.kind,
      count: m.count,
      status: m.status,
    }));
    const accused = dr.accused ?? (HOSTILE.has(dr.type) && dr.claimant.party ? opponent(dr.claimant.party) : null);
    const target = HOSTILE.has(dr.type)
      ? accused && dr.claimant.party && accused !== dr.claimant.party
        ? dr.claimant.party
        : opponent(accused)
      : null;
    const start = sw.s.start;
    const evidence = { text: sw.text, start, end: sw.s.end };
    let confidence = dr.weight;
    if (dr.claimant.party || dr.claimant.name) confidence += 0.05;
    if (dr.explicitDate) confidence += 0.03;
    if (dr.type === 'CasualtiesClaimed' && cas.length && cas.every((c) => c.vague || c.min === null)) confidence -= 0.15;
    if (dr.background) confidence -= 0.1;
    events.push({
      type: dr.type,
      occurredOn: toRange(dr.date),
      locations: dedupeLocations(dr.locations.map(toLocation)),
      claimant: dr.claimant,
      accused,
      target: target ?? null,
      weapons: [...new Set(dr.weapons)],
      casualties: cas,
      materiel: mat,
      background: dr.background,
      evidence,
      confidence: Math.round(Math.min(0.97, Math.max(0.2, confidence)) * 100) / 100,
    });
    if (dr.inferredPlaces) inferred.add(events[events.length - 1]);
    if (headlineDrafts.has(dr)) headlines.add(events[events.length - 1]);
  }
  return { report, events: mergeEvents(events, inferred, headlines) };
}

function toRange(d: { from: number | null; to: number | null } | null): DateRange | null {
  if (!d || d.from === null) return null;
  return { from: isoOf(d.from), to: isoOf(d.to ?? d.from) };
}

function dedupeLocations(ls: ExtractedLocation[]): ExtractedLocation[] {
  const seen = new Set<string>();
  return ls.filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
}

function isBackground(date: { from: number | null; to: number | null } | null, ref: number | null, expr: DateExpr | null): boolean {
  if (!date || date.to === null) return false;
  if (ref !== null) return date.to < ref - BACKGROUND_DAYS;
  return !!expr && expr.kind === 'year';
}

/**
 * The time expression a cue goes with: the nearest one before it in its clause,
 * else one just after it, else the nearest before it in the sentence, else
 * any later one in its clause; none → the sentence's running date.
 */
function pickDate(
  dates: readonly DateExpr[],
  pos: number,
  clause: readonly number[] | null,
  cueStarts: readonly number[] = [],
): DateExpr | undefined {
  const before = dates.filter((d) => d.end <= pos + 1 && d.start <= pos).sort((a, b) => b.end - a.end);
  const after = dates.filter((d) => d.start > pos).sort((a, b) => a.start - b.start);
  const same = (d: DateExpr) => !clause || clause[Math.min(d.start, clause.length - 1)] === clause[Math.min(pos, clause.length - 1)];
  const inside = dates.find((d) => d.start <= pos && d.end > pos);
  if (inside) return inside;
  const b1 = before.find(same);
  if (b1) return b1;
  // a later time word belongs to this cue only if no other event word stands between them
  const next = nextCueAfter(cueStarts, pos);
  const a1 = after.find((d) => d.start - pos <= 8 && !(next < d.start));
  if (a1) return a1;
  if (before.length) return before[0];
  return after.find((d) => !(next < d.start));
}

/**
 * The first event word after token `pos` (Infinity when none): another event word stands
 * between `pos` and a later token `at` exactly when it is before `at`. One pass, so that
 * asking it for every place of a long sentence stays linear.
 */
function nextCueAfter(cueStarts: readonly number[], pos: number): number {
  let next = Infinity;
  for (const c of cueStarts) if (c > pos && c < next) next = c;
  return next;
}

const PREPOSITIONS = new Set([
  'في',
  'علي',
  'الي',
  'من',
  'قرب',
  'نحو',
  'باتجاه',
  'اتجاه',
  'داخل',
  'عن',
  'بمنطقه',
  'منطقه',
  'مدينه',
  'اقليم',
  'بلده',
  'قريه',
  'محيط',
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'ضواحي',
]);
const MAJOR_BREAK = /^(?:[وف]?(?:كما|فيما|بينما|بدوره|بدورها|حين|المقابل|جهته|جهتها|جانبه|جانبها|ذلك|وسط))$/;
/** Major clauses: «…، بينما أكدت موسكو …» puts Moscow in another clause than the border fighting. */
function majorClauses(tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '؛' || t.text === ';' || (t.kind === 'word' && MAJOR_BREAK.test(t.text))) c++;
    out[i] = c;
  }
  return out;
}

/** The major clauses that name the border («الحدود», «حدودي»), found in one pass over the sentence. */
function clausesMentioningBorder(tokens: readonly Token[], major: readonly number[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((t, i) => {
    if (/^[وفبل]*(?:ال)?حدود/.test(t.text) || /حدودي/.test(t.text)) out.add(major[i]!);
  });
  return out;
}

/** Claimants for a cue: the nearest attribution before it (non-agency preferred), else the first after, else the running speaker. */
function attributionAt(attrs: readonly Attribution[], pos: number, speaker: Attribution | null): Attribution[] {
  const resolved: Attribution[] = [];
  let lastExplicit: Attribution | null = null;
  for (const a of attrs) {
    if (!a.inherit) {
      resolved.push(a);
      lastExplicit = a;
      continue;
    }
    const from = lastExplicit ?? speaker;
    if (from) resolved.push({ ...from, pos: a.pos });
  }
  const before = resolved.filter((a) => a.pos <= pos);
  let pick: Attribution[] = [];
  if (before.length) {
    const lastPos = before[before.length - 1].pos;
    pick = before.filter((a) => a.pos === lastPos);
    if (pick.every((a) => a.agency)) {
      const other = resolved.find((a) => !a.agency);
      if (other) pick = resolved.filter((a) => a.pos === other.pos);
    }
  } else {
    const after = resolved.find((a) => a.pos > pos);
    if (after) pick = resolved.filter((a) => a.pos === after.pos);
    else if (speaker) pick = [speaker];
  }
  return pick;
}

function requesterOf(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): Claimant | undefined {
  const isAddressee = (a: ActorPhrase) => {
    const prev = tokens[a.start - 1];
    return (
      (!!prev && (prev.variants.includes('من') || prev.variants.includes('الي') || prev.variants.includes('لدي'))) ||
      (/^[لب]/.test(tokens[a.start].text) && !/^ال/.test(tokens[a.start].text))
    );
  };
  const cands = actors.filter((a) => a.party && a.role !== 'agency' && !isAddressee(a));
  const before = cands.filter((a) => a.end <= pos && a.end >= pos - 3);
  if (before.length) return { party: before[before.length - 1].party, name: before[before.length - 1].name };
  const after = cands.find((a) => a.start > pos && a.start <= pos + 4);
  if (after) return { party: after.party, name: after.name };
  const earlier = cands.filter((a) => a.end <= pos);
  if (earlier.length) return { party: earlier[earlier.length - 1].party, name: earlier[earlier.length - 1].name };
  return undefined;
}

function accusedNear(actors: readonly ActorPhrase[], pos: number, claimant: string | null): string | null {
  for (const a of actors) {
    if (!a.party || a.party === claimant || a.role === 'agency' || a.role === 'org') continue;
    if (Math.abs(a.start - pos) <= 4 && a.military) return a.party;
  }
  return null;
}

function sides(ctx: DocContext): [string, string] | null {
  const states = [...ctx.partyCounts.entries()].filter(([p]) => STATE.test(p)).sort((a, b) => b[1] - a[1]);
  if (states.length >= 2) return [states[0][0], states[1][0]];
  if (states.length === 1 && ctx.mainCountry && ctx.mainCountry !== states[0][0]) return [states[0][0], ctx.mainCountry];
  return null;
}

// Per-sentence facts that figureParty asks for every figure: computed once per sentence, so a sentence with
// n figures costs O(n), not O(n²) (found by the chaos suite's fuzzing: 10 KB of «قتل ٣» took over a second).
const sideMarkers = new WeakMap<readonly Token[], string | null | undefined>();
const inflictIndexes = new WeakMap<readonly Token[], number>();
const enemyWords = new WeakMap<readonly Token[], boolean>();

function sideMarker(tokens: readonly Token[]): string | null | undefined {
  if (sideMarkers.has(tokens)) return sideMarkers.get(tokens);
  const found = findSideMarker(tokens);
  sideMarkers.set(tokens, found);
  return found;
}

function findSideMarker(tokens: readonly Token[]): string | null | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].variants.some((v) => v === 'صفوف' || v === 'الجانب' || v === 'جانب')) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      const p = nisbaParty(tokens[k]);
      if (p !== undefined) return p;
    }
  }
  return undefined;
}

/** «تكبيد قوات النظام خسائر», «كبدتها خسائر» (after «قوات الجيش»): the side that took the losses. */
function inflictedParty(sw: SentenceWork, claimant: string | null): string | null | undefined {
  let i = inflictIndexes.get(sw.tokens);
  if (i === undefined) inflictIndexes.set(sw.tokens, (i = sw.tokens.findIndex((t) => INFLICT.test(t.text))));
  if (i < 0) return undefined;
  const after = sw.actors.find((a) => a.start > i && a.start <= i + 2 && a.party !== undefined);
  if (after && after.party && after.party !== claimant) return after.party;
  if (/(?:ها|هم|ه)$/.test(sw.tokens[i].text)) {
    const before = [...sw.actors].reverse().find((a) => a.end <= i && a.military && a.party && a.party !== claimant);
    if (before) return before.party;
  }
  return undefined;
}

const INFLICT = /^[وف]?(?:كبد|تكبيد|كبدت|كبدتها|كبدته|كبدتهم|الحق|الحقت|الحاق|لحقت|لحق|تكبد)/;

function figureParty(f: RawCasualty, dr: Draft, sw: SentenceWork, opponent: (p: string | null) => string | null): string | null {
  if (f.party !== undefined) return f.party;
  const claimantParty = dr.claimant.party;
  if (f.own) return claimantParty;
  const side = sideMarker(sw.tokens);
  if (side !== undefined) return side;
  const inflicted = inflictedParty(sw, claimantParty);
  if (inflicted !== undefined) return inflicted;
  let enemy = enemyWords.get(sw.tokens);
  if (enemy === undefined)
    enemyWords.set(
      sw.tokens,
      (enemy = sw.tokens.some((t) => INFLICT.test(t.text) || t.variants.includes('العدو') || t.variants.includes('بالعدو'))),
    );
  if (enemy) {
    const other = opponent(claimantParty);
    if (other) return other;
  }
  if (f.affiliation !== 'military') {
    // civilians belong to where they were hit; Karabakh Armenians to the de facto authorities
    const located = dr.locations.find((p) => p.country && p.precision !== 'country' && p.precision !== 'border');
    if (located && inKarabakh(located)) return 'NKR';
    if (
      located &&
      (located.country === claimantParty || !claimantParty || dr.locations.every((p) => p.country === located.country || !p.country))
    )
      return located.country;
  }
  return claimantParty;
}

function attachFigure(
  drafts: Draft[],
  si: number,
  pos: number,
  type: IncidentEventType,
  add: (d: Draft) => void,
  create: () => Draft | undefined,
) {
  const same = drafts.filter((d) => d.sentence === si && d.type === type);
  if (same.length) {
    // the event whose trigger is nearest the figure
    let best = same[0];
    for (const d of same) if (Math.abs(d.pos - pos) < Math.abs(best.pos - pos)) best = d;
    add(best);
    return;
  }
  const d = create();
  if (d) add(d);
}

function addDraftFor(
  drafts: Draft[],
  sentenceDrafts: Draft[],
  si: number,
  pos: number,
  type: IncidentEventType,
  attributions: readonly Attribution[],
  speaker: Attribution | null,
  source: string | null,
  _actors: readonly ActorPhrase[],
  dates: readonly DateExpr[],
  sentenceDate: { from: number | null; to: number | null } | null,
  ref: number | null,
  pl: { places: Place[]; inferred: boolean },
): Draft | undefined {
  // a figure whose casualty/loss cue was suppressed (negation, modality) yields no event
  if (type === 'CasualtiesClaimed') return undefined;
  const a = attributionAt(attributions, pos, speaker)[0];
  const d = pickDate(dates, pos, null);
  let date = d ? (d.kind === 'earlier' ? null : { from: d.from, to: d.to }) : sentenceDate;
  if (date && date.from === null) date = null;
  const draft: Draft = {
    type,
    sentence: si,
    pos,
    claimant: a ? { party: a.party, name: a.name } : { party: null, name: source },
    accused: null,
    date,
    background: isBackground(date, ref, d ?? null),
    locations: pl.places,
    weapons: [],
    casualties: [],
    materiel: [],
    weight: 0.8,
    explicitDate: !!d,
    inferredPlaces: pl.inferred,
  };
  drafts.push(draft);
  sentenceDrafts.push(draft);
  return draft;
}
