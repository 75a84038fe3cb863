import type { ExtractedEvent, ExtractedLocation } from '../extraction-record.js';
import { apartInLists, apartInTowns, BROAD } from './distinct-places.js';
import { ontoTheNamedDay } from './named-day.js';

/**
 * One event per (type, claimant, place, day): the same fact told twice in a
 * report (the lead and the quote, the summary and the detail) comes out once.
 * Two events merge when type, claimant party and background agree, their days
 * are compatible (equal, overlapping, or one unknown) and their places are
 * compatible (shared, one side unknown, or one side only countries and borders;
 * a region only when both count the same toll).
 */
/** Places so coarse that an event placed only there is compatible with any place of the report. */
const COARSE = new Set(['country', 'border']);

function datesCompatible(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (!a.occurredOn || !b.occurredOn) return true;
  return a.occurredOn.from <= b.occurredOn.to && b.occurredOn.from <= a.occurredOn.to;
}

function placesCompatible(a: ExtractedEvent, b: ExtractedEvent, tolls: SentenceTolls): boolean {
  const [la, lb] = [a.locations, b.locations];
  if (!la.length || !lb.length) return true;
  if (a.type === 'ControlChangeClaimed' && apartInTowns(la, lb)) return false;
  if (apartInLists(la, lb)) return false;
  if (la.some((x) => lb.some((y) => y.id === x.id))) return true;
  if (la.every((x) => COARSE.has(x.precision)) || lb.every((y) => COARSE.has(y.precision))) return true;
  // «غارات على مناطق متفرقة من قطاع غزة» is not the strike on one camp: a region is the summary of a
  // specific event only when both count the same toll («استشهد 3 أطفال … جنوب لبنان» / «… ببلدة أم التوت»)
  const regional = (l: ExtractedLocation[]) => l.every((x) => BROAD.has(x.precision));
  return (regional(la) || regional(lb)) && sharedToll(a, b, tolls);
}

/**
 * The tolls counted in the sentence each event was read from («category|number»): a strike with no figure
 * of its own is the cause of its sentence's toll, so two strikes whose sentences count one toll are one strike
 * («استشهد 3 أطفال إثر غارة جوية جنوب لبنان» / «3 أطفال استشهدوا جراء غارة جوية … ببلدة أم التوت»).
 */
export type SentenceTolls = Map<ExtractedEvent, ReadonlySet<string>>;

/** Both count one toll, themselves or through the sentences they were read from. */
function sharedToll(a: ExtractedEvent, b: ExtractedEvent, tolls: SentenceTolls): boolean {
  if (sameCount(a, b)) return true;
  const [ta, tb] = [tolls.get(a), tolls.get(b)];
  return !!ta && !!tb && [...ta].some((k) => tb.has(k));
}

/**
 * The day of a merged fact: a day the text gives the fact itself wins over one it only ran on
 * from an earlier sentence («أعلن، فجر الجمعة، أن 137 قتلوا» then «وقال إن 137 قتلوا» under the
 * same running day: the first's Thursday-or-Friday is not narrowed to Friday); between two of
 * a kind, the narrower.
 */
function mergedDay(
  a: ExtractedEvent['occurredOn'],
  aOwn: boolean,
  b: ExtractedEvent['occurredOn'],
  bOwn: boolean,
): ExtractedEvent['occurredOn'] {
  if (a && b && aOwn !== bOwn) return aOwn ? a : b;
  return narrower(a, b);
}

function narrower(a: ExtractedEvent['occurredOn'], b: ExtractedEvent['occurredOn']): ExtractedEvent['occurredOn'] {
  if (!a) return b;
  if (!b) return a;
  const span = (r: NonNullable<typeof a>) => Date.parse(r.to) - Date.parse(r.from);
  return span(b) < span(a) ? b : a;
}

/**
 * Two casualty claims are one fact when they share a figure (category and lower bound: «137 على
 * الأقل» and «137» are one), or one of them has none; a headline's vague figures («مقتل العشرات»)
 * are the body's counted ones («قتل 32») told short. A running toll never shares a figure with an
 * incident's own.
 */
function figuresCompatible(a: ExtractedEvent, b: ExtractedEvent, headline: boolean): boolean {
  const counted = (e: ExtractedEvent) => (headline ? e.casualties.filter((c) => !c.vague) : e.casualties);
  if (!counted(a).length || !counted(b).length) return !headline || isToll(a) === isToll(b);
  // a vague figure's range is no count: vague figures of a category are one another's echo, whatever their words
  const key = (c: ExtractedEvent['casualties'][number]) => `${c.category}|${c.vague ? 'vague' : c.min}|${c.cumulative === true}`;
  const ka = new Set(counted(a).map(key));
  return counted(b).some((c) => ka.has(key(c)));
}
const isToll = (e: ExtractedEvent) => e.casualties.some((c) => c.cumulative);

const outletVoice = (e: ExtractedEvent) => e.claimant.party === null && e.claimant.name === null;

/**
 * «مقتل 35 من قوات القذافي» in the outlet's voice and «قُتل 35 عنصرا … بحسب الثوار»: one of the two
 * names no source and both count the same toll (category and number) — the same fact, once with
 * its source. Without a shared count an unsourced event stays apart from a claimant's.
 */
function toldBySource(a: ExtractedEvent, b: ExtractedEvent, tolls: SentenceTolls): boolean {
  if (outletVoice(a) === outletVoice(b)) return false;
  return sharedToll(a, b, tolls);
}

/**
 * «أصدرت السلطات مرسوما يقضي بالتعبئة العامة» then «ويأتي إعلان التعبئة العامة بعد …»: a declaration (mobilisation,
 * ceasefire, a request for help) retold in the outlet's voice on a compatible day is the declaration a source made.
 */
function retoldDeclaration(a: ExtractedEvent, b: ExtractedEvent): boolean {
  return DECLARATIONS.has(a.type) && outletVoice(a) !== outletVoice(b);
}
const DECLARATIONS: ReadonlySet<string> = new Set(['MobilizationDeclared', 'CeasefireDeclared', 'AssistanceRequested']);

/** Both count one toll of an incident (category and number, neither vague nor running). */
function sameCount(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const counts = (e: ExtractedEvent) =>
    e.casualties.filter((c) => !c.vague && !c.cumulative && c.min !== null).map((c) => `${c.category}|${c.min}`);
  const ka = new Set(counts(a));
  return counts(b).some((k) => ka.has(k));
}

/**
 * `inferred` holds events whose places were borrowed from neighbouring
 * sentences: their places never block a merge, and a merge with an event
 * that names its own places keeps only those.
 */
export function mergeEvents(
  events: ExtractedEvent[],
  inferred: ReadonlySet<ExtractedEvent> = new Set(),
  headlines: ReadonlySet<ExtractedEvent> = new Set(),
  ownDates: ReadonlySet<ExtractedEvent> = new Set(),
  tolls: SentenceTolls = new Map(),
  bareStrikes: ReadonlySet<ExtractedEvent> = new Set(),
  retoldAttacks: ReadonlySet<ExtractedEvent> = new Set(),
  guessedAccused: ReadonlySet<ExtractedEvent> = new Set(),
): ExtractedEvent[] {
  // «بعدما شنت الغارة الأمريكية …»: an attack retold after a word of time joins the report's own, the outlet's telling
  // and a source's being one (two sources' claims stay apart)
  const echoes = new Set<ExtractedEvent>();
  const dated = new Set<ExtractedEvent>();
  ontoTheNamedDay(events, ownDates);
  const fromHeadline = new Set<ExtractedEvent>();
  const retold = new Set<ExtractedEvent>();
  const out: ExtractedEvent[] = [];
  const borrowed = new Set<ExtractedEvent>();
  const bareOnly = new Set<ExtractedEvent>();
  const guessed = new Set<ExtractedEvent>();
  // candidates by type keep long reports linear-ish
  const byType = new Map<string, ExtractedEvent[]>();
  for (const e of events) {
    const eInf = inferred.has(e);
    let bucket = byType.get(e.type);
    if (!bucket) byType.set(e.type, (bucket = []));
    const target = bucket.find(
      (o) =>
        o.type === e.type &&
        o.background === e.background &&
        datesCompatible(o, e) &&
        figuresCompatible(o, e, fromHeadline.has(o) || headlines.has(e)) &&
        (eInf || borrowed.has(o) || placesCompatible(o, e, tolls)) &&
        // the shared-count test last: it builds keys
        (o.claimant.party === e.claimant.party ||
          (fromHeadline.has(o) && outletVoice(o)) ||
          (headlines.has(e) && outletVoice(e)) ||
          toldBySource(o, e, tolls) ||
          retoldDeclaration(o, e) ||
          ((retoldAttacks.has(e) || echoes.has(o)) && (outletVoice(o) || outletVoice(e)))),
    );
    if (target && fromHeadline.has(target)) retold.add(target);
    if (target && !bareStrikes.has(e)) bareOnly.delete(target);
    if (!target) {
      const copy = { ...e, locations: [...e.locations], casualties: [...e.casualties], materiel: [...e.materiel], weapons: [...e.weapons] };
      if (eInf) borrowed.add(copy);
      if (headlines.has(e)) fromHeadline.add(copy);
      if (ownDates.has(e)) dated.add(copy);
      if (tolls.has(e)) tolls.set(copy, tolls.get(e)!);
      if (bareStrikes.has(e)) bareOnly.add(copy);
      if (retoldAttacks.has(e)) echoes.add(copy);
      if (guessedAccused.has(e)) guessed.add(copy);
      out.push(copy);
      bucket.push(copy);
      continue;
    }
    if (borrowed.has(target) && !eInf) {
      target.locations = [];
      borrowed.delete(target);
    } else if (eInf && !borrowed.has(target)) {
      e.locations.length = 0;
    }
    if (outletVoice(target) && !outletVoice(e)) target.claimant = e.claimant;
    target.occurredOn = mergedDay(target.occurredOn, dated.has(target), e.occurredOn, ownDates.has(e));
    if (ownDates.has(e)) dated.add(target);
    const et = tolls.get(e);
    if (et) tolls.set(target, new Set([...(tolls.get(target) ?? []), ...et]));
    for (const l of e.locations) if (!target.locations.some((x) => x.id === l.id)) target.locations.push(l);
    // specific places first
    target.locations.sort((x, y) => Number(BROAD.has(x.precision)) - Number(BROAD.has(y.precision)));
    for (const w of e.weapons) if (!target.weapons.includes(w)) target.weapons.push(w);
    const key = (c: ExtractedEvent['casualties'][number]) => `${c.party}|${c.category}|${c.affiliation}|${c.min}|${c.max}|${c.vague}`;
    const have = new Set(target.casualties.map(key));
    for (const c of e.casualties) if (!have.has(key(c))) target.casualties.push(c);
    if (e.casualties.length && target.casualties.some((c) => c.vague)) target.casualties = withoutVagueEchoes(target.casualties);
    const mkey = (m: ExtractedEvent['materiel'][number]) => `${m.party}|${m.kind}|${m.count}|${m.status}`;
    const mhave = new Set(target.materiel.map(mkey));
    for (const m of e.materiel) if (!mhave.has(mkey(m))) target.materiel.push(m);
    if (!target.claimant.name && e.claimant.name) target.claimant = e.claimant;
    mergeSides(target, e, guessed, guessedAccused.has(e));
    target.confidence = Math.max(target.confidence, e.confidence);
  }
  for (const s of bareOnly) {
    const air = out.find((a) => a.type === 'AirStrikeReported' && bareStrikeOf(a, s, fromHeadline.has(s) ? tolls : null));
    if (!air) continue;
    absorb(air, s);
    if (fromHeadline.has(air)) retold.add(air);
    out.splice(out.indexOf(s), 1);
  }
  return withoutRetoldHeadlines(out, fromHeadline, retold);
}

/**
 * The sides of a merged fact: an attacker the text names wins over one guessed from the report's two sides («مقتل 10
 * من مسلحي الشباب في غارة» guesses Somalia; «غارة جوية نفذتها القوات الأمريكية» in the body names the US), whichever
 * is told first; else the first told.
 */
function mergeSides(target: ExtractedEvent, e: ExtractedEvent, guessed: Set<ExtractedEvent>, eGuessed: boolean): void {
  if (guessed.has(target) && !eGuessed) {
    guessed.delete(target);
    // the side the headline read as attacked stays, unless it is the attacker now named
    if (target.target === e.accused) target.target = null;
    target.accused = e.accused;
    target.target = target.target ?? e.target;
    return;
  }
  target.accused = target.accused ?? e.accused;
  target.target = target.target ?? e.target;
}

/**
 * «قصف على بلدة …» in the headline, «شنت طائرات حربية غارة على البلدة» in the body (or «غارة …» then «قتل 3 في
 * قصف استهدف البلدة»): a bare «قصف» names no weapon, so at the place and on the day of an air strike the report
 * tells, it is that air strike, not a shelling of its own. In the body it must name one of the strike's places
 * («قصف استهدف حيا آخر» is another strike); a headline's only needs compatible places (`tolls` given).
 */
function bareStrikeOf(air: ExtractedEvent, shelling: ExtractedEvent, tolls: SentenceTolls | null): boolean {
  if (air.background !== shelling.background || !datesCompatible(air, shelling)) return false;
  const claimants = air.claimant.party === shelling.claimant.party || outletVoice(air) || outletVoice(shelling);
  const shared = shelling.locations.some((l) => air.locations.some((x) => x.id === l.id));
  return claimants && (shared || (tolls !== null && placesCompatible(air, shelling, tolls)));
}

/** The air strike takes the shelling's places, figures and source; its weapons stay its own. */
function absorb(air: ExtractedEvent, shelling: ExtractedEvent): void {
  for (const l of shelling.locations) if (!air.locations.some((x) => x.id === l.id)) air.locations.push(l);
  air.locations.sort((x, y) => Number(BROAD.has(x.precision)) - Number(BROAD.has(y.precision)));
  air.casualties.push(...shelling.casualties.filter((c) => !air.casualties.includes(c)));
  if (outletVoice(air) && !outletVoice(shelling)) air.claimant = shelling.claimant;
  air.occurredOn = narrower(air.occurredOn, shelling.occurredOn);
  air.confidence = Math.max(air.confidence, shelling.confidence);
}

/** «مقتل العشرات» merged with «قتل 14» of the same side: the vague echo is no competing figure. */
function withoutVagueEchoes(cs: ExtractedEvent['casualties']): ExtractedEvent['casualties'] {
  const side = (c: ExtractedEvent['casualties'][number]) => `${c.party}|${c.category}|${c.cumulative === true}`;
  const counted = new Set(cs.filter((c) => !c.vague).map(side));
  return cs.filter((c) => !c.vague || !counted.has(side(c)));
}

/**
 * A headline restates the lead: when nothing in the body merged into it (another place or
 * claimant read there) but the body tells an event of its type on a compatible day, the
 * headline's version would count the fact twice.
 */
function toldInBody(
  headline: ExtractedEvent,
  out: readonly ExtractedEvent[],
  fromHeadline: ReadonlySet<ExtractedEvent>,
): ExtractedEvent | undefined {
  return out.find((b) => !fromHeadline.has(b) && b.type === headline.type && !b.background && datesCompatible(b, headline));
}

/**
 * Headlines the body retells go. «قناص حوثي يصيب امرأة» over a body claim that counts nobody («وعمّقت المليشيا جراح
 * اليمنيين»): the headline's count is the count of the fact the body retells, and goes into it.
 */
function withoutRetoldHeadlines(
  out: readonly ExtractedEvent[],
  fromHeadline: ReadonlySet<ExtractedEvent>,
  retold: ReadonlySet<ExtractedEvent>,
): ExtractedEvent[] {
  return out.filter((e) => {
    const body = fromHeadline.has(e) && !retold.has(e) ? toldInBody(e, out, fromHeadline) : undefined;
    if (body && !body.casualties.length) body.casualties.push(...e.casualties);
    return !body;
  });
}
