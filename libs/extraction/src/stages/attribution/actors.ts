import { SPEECH } from '../../lexicon/speech.js';
import { COMPLEMENTIZERS } from '../../lexicon/scope-words.js';
import { ADVERBIALS } from '../../lexicon/attribution/adverbials.js';
import { ANAPHOR_HEADS, HEADS_OF_GROUP } from '../../lexicon/attribution/group-anaphors.js';
import { GROUP_PREFIXES, MISSION_PREFIXES, NAME_QUOTES } from '../../lexicon/attribution/group-prefixes.js';
import { AFFILIATION_WORDS, AIRCRAFT_NISBA_NOUNS, PHRASE_BREAKS, SIDE_NOUNS } from '../../lexicon/attribution/phrase-breaks.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { RegionalName } from '../../lexicon/regional-names.js';
import { CONSTRUCT_FIRST_WORDS, FORCES_OF, GROUP_CODES, partyOnDay, TABLE_NAMES } from '../../lexicon/actor-table.js';
import { isAttackTarget } from './site-words.js';
import { attackNounBefore } from './attack-noun.js';
import { UNITS } from '../../lexicon/triggers/losses-context.js';
import { ACTORS, DEFINITE_COUNTRY_NAMES, partyLabel, type Actor } from '../../lexicon/parties.js';
import { OUTLET_DESCRIPTORS } from '../../lexicon/media.js';
import { HARMED } from '../../lexicon/markers.js';
import { epithetParty, separatistsOfCountry } from '../../region/index.js';
import type { Token } from '../../text/tokens.js';
import { DEFINITE } from '../../text/word-shapes.js';
import type { PlaceMatch } from '../prepare/places.js';
import { addressedAfterHead } from './addressee.js';
import { careInstitutionParty, qualifiedAsNoParty } from './no-party-heads.js';
import { isAttackVerb } from './attacker.js';
import { INTERCEPT_WORDS } from '../../lexicon/triggers/interception.js';
import { has, isAnyOf } from '../triggers/token-words.js';
import { designationBefore } from './designation.js';
import { dropParentNetworks, isDatelineCredit } from './not-sides.js';
import { learnNames, recallNames } from './learned-names.js';
import type { ActorPhrase, DocContext } from './types.js';

type Mention = LexMatch<Actor>;

/** The country of a place named in [from, to] (token indexes), if any. */
export type PlaceCountryAt = (from: number, to: number) => string | null;

/** The lookup for a prepared sentence: its places and the token each starts at. */
export function placeCountryLookup(w: { places: readonly PlaceMatch[]; placeAt: readonly number[] }): PlaceCountryAt {
  return (from, to) => {
    for (let k = 0; k < w.places.length; k++) if (w.placeAt[k] >= from && w.placeAt[k] <= to) return w.places[k].place.country ?? null;
    return null;
  };
}

/** «بالجيش محمد علي»: the article added to the first word of a name that never has it (lexicon/actor-table.ts). */
function articleOnConstruct(tokens: readonly Token[], x: Mention): boolean {
  const firsts = x.data.party && x.end - x.start > 1 ? CONSTRUCT_FIRST_WORDS.get(x.data.party) : undefined;
  if (!firsts) return false;
  const word = tokens[x.start].text.replace(PROCLITICS, '');
  return word.startsWith('ال') && firsts.has(word.slice(2));
}
const PROCLITICS = /^[وف]?[بك]?(?=ال)/;

/** Actor phrases of one sentence; the document context learns their parties, names and counts. */
export function findActors(tokens: readonly Token[], ctx: DocContext, placeCountryAt?: PlaceCountryAt): ActorPhrase[] {
  const mentions = ACTORS.scan(tokens).filter((x) => (!x.data.regional?.bare || standsAsNoun(tokens, x)) && !articleOnConstruct(tokens, x));
  const out: ActorPhrase[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m];
    if (cur.data.regional) {
      const phrase = regionalPhrase(tokens, cur, cur.data.regional, ctx, placeCountryAt, out);
      if (phrase) out.push(phrase);
      // a country or nisba the name took is part of its phrase
      while (mentions[m + 1] && mentions[m + 1].start < (phrase?.end ?? 0)) m++;
      continue;
    }
    if (cur.data.role === 'capital' && isDateline(tokens, cur)) continue;
    if (cur.data.role === 'agency' && isDatelineCredit(tokens, cur, out)) continue;
    if (attackedPosition(tokens, cur) || feminineOfSurname(tokens, cur)) continue;
    if (cur.data.role !== 'head') {
      const phrase = plainPhrase(tokens, cur, ctx, out);
      if (phrase) out.push(phrase);
      continue;
    }
    const head = headPhrase({ tokens, mentions, m, ctx, placeCountryAt });
    if (head.phrase) out.push(head.phrase);
    m = head.next - 1;
  }
  groupAnaphors(tokens, out, ctx);
  speakersOwnForces(tokens, out);
  for (const p of out) if (p.role === 'group' || p.role === 'org') p.start = groupStart(tokens, p, out);
  dropParentNetworks(tokens, out);
  learnNames(tokens, out, ctx);
  recallNames(tokens, out, ctx);
  out.sort((x, y) => x.start - y.start);
  for (const p of out) {
    // the outlet a source spoke to («لوكالة الأناضول») is no side of the report
    if (!(p.role === 'agency' && toldTo(tokens, p.start))) ctx.countParty(p.party);
    if (p.role === 'org' && p.party) ctx.lastOrg = p.party;
  }
  return out;
}

/**
 * «قال الجيش الإسرائيلي إن مقاتلات سلاح الجو قصفت …», «قالت الرياض إن القوات الجوية …»: forces or an air arm that
 * name no side of their own, right after the «إن»/«أن» of a speaker that is a side, are the speaker's, not the side
 * the report's places suggest.
 */
function speakersOwnForces(tokens: readonly Token[], out: ActorPhrase[]): void {
  for (const p of out) {
    if (p.role !== 'head' || !p.contextual || !p.military) continue;
    let k = p.start - 1;
    if (tokens[k]?.variants.some((v) => AIRCRAFT_NISBA_NOUNS.includes(v))) k--;
    if (!tokens[k]?.variants.some((v) => COMPLEMENTIZERS.has(v))) continue;
    const speaker = out.find((q) => q.end === k && q.party && SPEAKER_ROLES.has(q.role));
    if (speaker) p.party = speaker.party;
  }
}
const SPEAKER_ROLES: ReadonlySet<string> = new Set(['head', 'country', 'capital', 'group']);

/**
 * «استهدف موقع المالكية», «في محيط موقع إسرائيلي»: «موقع» hit or stood near is a military position, not a news site
 * (whose name would make its country a side of the report).
 */
function attackedPosition(tokens: readonly Token[], m: Mention): boolean {
  if (m.data.role !== 'head' || m.data.name !== NEWS_SITE_HEAD || !tokens[m.start].variants.some((v) => POSITION_WORDS.has(v)))
    return false;
  const prev = tokens[m.start - 1];
  return !!prev && (isAttackVerb(prev) || prev.variants.some((v) => NEAR_WORDS.has(v)));
}
const NEWS_SITE_HEAD = 'news agency';

/**
 * «موقع المالكية»: a surname of nisba form («المالكي») read off the feminine name of a position, its «ة» taken for a
 * pronoun, is the position's name, not the man.
 */
function feminineOfSurname(tokens: readonly Token[], m: Mention): boolean {
  if (m.data.role !== 'person' || m.end !== m.start + 1 || !tokens[m.start].text.endsWith('يه')) return false;
  return !!tokens[m.start - 1]?.variants.some((v) => POSITION_WORDS.has(v));
}
const POSITION_WORDS: ReadonlySet<string> = new Set(['موقع', 'مواقع']);
const NEAR_WORDS: ReadonlySet<string> = new Set(['محيط', 'قرب', 'على', 'نحو', 'باتجاه', 'استهداف', 'قصف', 'مهاجمه']);

/** «بيروت - أعلنت …», «الخرطوم (رويترز) -»: the city a report was filed from is no side of it. */
function isDateline(tokens: readonly Token[], m: Mention): boolean {
  return m.start <= 1 && DATELINE_MARKS.has(tokens[m.end]?.text ?? '');
}
const DATELINE_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '(', '/']);

/**
 * «قال الحزب», «مقاتلي الحركة», «أعلنت الجماعة»: a definite head noun standing alone is the group last named with that
 * head, earlier in the sentence or the report («حزب الله» … «الحزب»). Not «الحركة التجارية», «الحزب الحاكم» (a definite
 * word after it makes it another noun), and nothing when no such group was named.
 */
function groupAnaphors(tokens: readonly Token[], out: ActorPhrase[], ctx: DocContext): void {
  const named = out.filter((p) => p.role === 'group' && p.party).sort((x, y) => x.start - y.start);
  let n = 0;
  const seen = new Map(ctx.groupByHead);
  for (let i = 0; i < tokens.length; i++) {
    for (; n < named.length && named[n].end <= i; n++)
      for (const h of HEADS_OF_GROUP.get(named[n].party!) ?? []) seen.set(h, { party: named[n].party!, name: named[n].name });
    const head = anaphorHead(tokens[i]);
    if (!head || tokens[i + 1]?.text.startsWith('ال')) continue;
    const group = seen.get(head);
    if (!group || out.some((p) => p.start <= i && i < p.end)) continue;
    // «قوات الجماعة»: forces of no side of their own, in construct with the anaphor, are the group's
    const forces = out.find((p) => forcesBeforeAnaphor(tokens, p, i));
    if (forces) Object.assign(forces, { end: i + 1, party: group.party, name: group.name, role: 'group', military: true });
    else out.push({ start: i, end: i + 1, party: group.party, name: group.name, role: 'group', military: true, contextual: true });
  }
  for (const p of named) for (const h of HEADS_OF_GROUP.get(p.party!) ?? []) ctx.groupByHead.set(h, { party: p.party!, name: p.name });
}

/** «قوات» right before the anaphor at i, a one-word head with no party read from its own words. */
function forcesBeforeAnaphor(tokens: readonly Token[], p: ActorPhrase, i: number): boolean {
  return p.role === 'head' && p.contextual && p.end === i && p.start === i - 1 && tokens[p.start].variants.some((v) => FORCES_NOUNS.has(v));
}
const FORCES_NOUNS: ReadonlySet<string> = new Set(['قوات', 'قوه']);

/** The anaphor head of «الحزب», «والحركة», «للجماعة» (with the article, as a whole word), if any. */
function anaphorHead(t: Token): string | undefined {
  if (t.kind !== 'word') return undefined;
  return ANAPHOR_HEADS.find((h) => DEFINITE_FORMS.test(t.text) && t.variants.includes('ال' + h) && t.text.endsWith(h));
}
const DEFINITE_FORMS = /^[وف]?(?:ال|لل|بال)/;

/**
 * A country, capital, organisation, agency or person; a bare nisba only after «الجانب», «الطرف». A country's name
 * with the article («السورية», «التركية», «المالية») is its adjective and reads as a nisba: alone it is no party
 * («الخطوط الجوية التركية», «الشؤون المالية»).
 */
function plainPhrase(tokens: readonly Token[], cur: Mention, ctx: DocContext, before: readonly ActorPhrase[]): ActorPhrase | undefined {
  const a = cur.data;
  const prev = tokens[cur.start - 1];
  const single = cur.end === cur.start + 1;
  const countryAdjective = a.role === 'country' && single && isCountryAdjective(tokens[cur.start]);
  // «غارة إسرائيلية», «قصف روسي», «غارة تركية»: the attacker, named by the adjective after the attack noun; «طائرات
  // روسية»: the aircraft's side
  const adjective = single && (a.role === 'nisba' || a.role === 'country');
  // «طائرات إف-16 عراقية»: the aircraft noun before its model
  const aircraft = tokens[designationBefore(tokens, cur.start) - 1];
  if (adjective && (attackNounBefore(tokens, cur.start) >= 0 || aircraft?.variants.some((w) => AIRCRAFT_NISBA_NOUNS.includes(w))))
    return {
      start: cur.start,
      end: cur.end,
      party: a.party,
      name: partyLabel(a.party, 'forces'),
      role: 'nisba',
      military: true,
      contextual: false,
    };
  if (a.role !== 'nisba' && !countryAdjective) {
    // «الثوار» in a report about another country is nobody in particular
    if (a.homeOnly && !atHome(a.homeOnly, ctx, before)) return undefined;
    const party = partyOnDay(a.party, ctx.refDay);
    return { start: cur.start, end: cur.end, party, name: a.name, role: a.role, military: !!a.military, contextual: false };
  }
  if (!prev || !SIDE_NOUNS.some((w) => prev.variants.includes(w))) return undefined;
  return {
    start: cur.start - 1,
    end: cur.end,
    party: a.party,
    name: partyLabel(a.party, 'side'),
    role: 'nisba',
    military: false,
    contextual: false,
  };
}

/** «السورية», «والتركية», «بالمالية»: a country's name with the article that is not how the country is named. */
function isCountryAdjective(t: Token): boolean {
  let definite = false;
  for (const v of t.variants) {
    if (!v.startsWith('ال')) continue;
    if (DEFINITE_COUNTRY_NAMES.has(v)) return false;
    definite = true;
  }
  return definite;
}

/**
 * «الجيش الوطني», «النصرة», «قوات صنعاء» (lexicon/regional-names.ts): the side the name stands for in the country
 * named right after it («الجيش الوطني الليبي» if not listed whole, «الجيش الوطني الصومالي»), else in the report's
 * country. No country, or a day before the name meant this: no party.
 */
function regionalPhrase(
  tokens: readonly Token[],
  cur: Mention,
  r: RegionalName,
  ctx: DocContext,
  placeCountryAt?: PlaceCountryAt,
  before: readonly ActorPhrase[] = [],
): ActorPhrase | undefined {
  if (r.since && ctx.refDay !== null && ctx.refDay * DAY_MS < Date.parse(r.since)) return undefined;
  const next = ACTORS.matchAt(tokens, cur.end);
  const named = next && next.start === cur.end && (next.data.role === 'nisba' || next.data.role === 'country') ? next : undefined;
  const country =
    named?.data.party ?? placeCountryAt?.(cur.end, cur.end + 1) ?? ctx.mainCountry ?? countedHome(r, ctx, before) ?? r.home ?? null;
  const nation = named && r.peacekeepers ? named.data.party : undefined;
  const party = nation !== undefined ? nation : country ? (r.byCountry[country] ?? (r.elsewhere === 'state' ? country : null)) : null;
  const name = (party && TABLE_NAMES.get(party)) || partyLabel(party, r.name);
  const role = r.peacekeepers ? 'org' : 'group';
  return { start: cur.start, end: named?.end ?? cur.end, party, name, role, military: true, contextual: !named };
}
const DAY_MS = 86_400_000;

/**
 * With no country from places: a country of the name whose state the report or the sentence already named as a side
 * («الجيش الصومالي … عناصر الشباب»).
 */
function countedHome(r: RegionalName, ctx: DocContext, before: readonly ActorPhrase[]): string | undefined {
  return Object.keys(r.byCountry).find((c) => ctx.partyCounts.has(c) || before.some((p) => p.party === c));
}

/**
 * A common noun read as a name (RegionalName.bare) only where it is a noun of its own: not the adjective of the
 * definite noun before it («الرئيس الانتقالي», but «الجيش والمقاومة» joins two), not a noun that a definite word after
 * it qualifies («الحشد العسكري»; a day or time word may follow: «قال الانتقالي الخميس»), not feminine
 * («السلطات الانتقالية»).
 */
function standsAsNoun(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens[m.start];
  const last = tokens[m.end - 1];
  if (last.text.endsWith('يه')) return false;
  const prev = tokens[m.start - 1];
  if (m.data.regional?.afterMembers && !prev?.variants.some((v) => GROUP_PREFIXES.has(v))) return false;
  if (prev?.kind === 'word' && first.text.startsWith('ال') && DEFINITE_FORMS.test(prev.text)) return false;
  const next = tokens[m.end];
  return !(next?.kind === 'word' && next.text.startsWith('ال') && !ADVERBIALS.has(next.text));
}

interface HeadInput {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  m: number;
  ctx: DocContext;
  placeCountryAt?: PlaceCountryAt;
}

/**
 * «ميليشيا الحوثي», «مسلحو "طالبان"»: a members or militia word before a group's name belongs to its phrase; so does
 * one that an affiliation word ties to it («عناصر تابعة لداعش», «مسلحون موالون لحركة الشباب»); a mission word before
 * its organisation («قوة اليونيفيل», «بعثة أتميس»).
 */
function groupStart(tokens: readonly Token[], p: ActorPhrase, phrases: readonly ActorPhrase[]): number {
  let k = p.start - 1;
  if (tokens[k] && NAME_QUOTES.has(tokens[k].text)) k--;
  if (tokens[k]?.variants.some((v) => AFFILIATION_WORDS.includes(v)) && /^ل/.test(tokens[k + 1]?.text ?? '')) k--;
  const t = tokens[k];
  const prefixes = p.role === 'org' ? MISSION_PREFIXES : GROUP_PREFIXES;
  if (!t || t.kind !== 'word' || !t.variants.some((v) => prefixes.has(v))) return p.start;
  return phrases.some((o) => o !== p && k >= o.start && k < o.end) ? p.start : k;
}

/** What the mentions after a head give it: a party (undefined: none read), or a whole armed-group phrase. */
interface HeadScan {
  party: string | null | undefined;
  end: number;
  military: boolean;
  /** Index of the first mention not consumed. */
  next: number;
  group?: ActorPhrase;
  /** An epithet whose side a nisba named («قوات الاحتلال الأمريكية»): the epithet's own name no longer fits. */
  epithet?: boolean;
}

/** A head («وزارة الدفاع», «قوات») and the party in the next few tokens (nisba, «في أذربيجان», «باسم …»). */
function headPhrase(input: HeadInput): { phrase?: ActorPhrase; next: number } {
  const { mentions, m, ctx } = input;
  const cur = mentions[m];
  const a = cur.data;
  const scan = scanHeadParty(input);
  if (scan.group) return { phrase: scan.group, next: scan.next };
  // «الجانب», «الطرف» only name an actor with a nisba («الجانب الأرميني»)
  if (scan.party === undefined && a.name === 'side') return { next: scan.next };
  if (scan.party === undefined && a.name !== 'news agency') scan.party = affiliatedParty(input, scan.end)?.party;
  // «الجيش الليبي التابع للقيادة العامة», «الجيش الليبي بقيادة خليفة حفتر»: a state's forces tied to a group are the
  // group's, and the phrase runs to the group's name
  else if (scan.party && !GROUP_CODES.has(scan.party) && a.name !== 'news agency') {
    const owner = affiliatedParty(input, scan.end);
    if (owner?.party && GROUP_CODES.has(owner.party)) {
      scan.party = owner.party;
      scan.end = Math.max(scan.end, owner.end);
      while (scan.next < mentions.length && mentions[scan.next].start < scan.end) scan.next++;
    }
  }
  if (scan.party === undefined && qualifiedAsNoParty(a, input.tokens[scan.end], input.tokens[scan.end + 1])) scan.party = null;
  const { party, contextual } = resolveHeadParty(a, scan, ctx, input.placeCountryAt);
  const span = { start: cur.start, end: scan.end };
  if (a.name === 'news agency') {
    // «وكالة الأنباء السورية», «وكالة ترند الأذربيجانية»: a channel, with its state's party when it has one
    const named = mentions.slice(m + 1, scan.next).find((x) => x.data.role === 'agency');
    const own = contextual || (!named && outletOwnName(input, scan)) ? null : party;
    const name = named?.data.name ?? partyLabel(own, 'media');
    return { phrase: { ...span, party: own, name, role: 'agency', military: false, contextual: false }, next: scan.next };
  }
  const phrase: ActorPhrase = {
    ...span,
    party,
    name: partyLabel(party, scan.epithet ? 'forces' : a.name),
    role: 'head',
    military: scan.military,
    contextual,
    headName: a.name,
  };
  return { phrase, next: scan.next };
}

/**
 * «صحيفة التيار السودانية», «موقع تلفزيون سوريا»: a word of the outlet's own name stands between its head and the
 * nisba or country, which then says where it is published, not whose it is («وكالة الأنباء السودانية», «وسائل إعلام
 * رسمية روسية» are the state's).
 */
function outletOwnName({ tokens, mentions, m }: HeadInput, scan: HeadScan): boolean {
  const country = mentions.slice(m + 1, scan.next).find((x) => x.data.role === 'nisba' || x.data.role === 'country');
  if (!country) return false;
  for (let k = mentions[m].end; k < country.start; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && !t.variants.some((v) => OUTLET_DESCRIPTORS.has(v))) return true;
  }
  return false;
}

function scanHeadParty({ tokens, mentions, m, ctx, placeCountryAt }: HeadInput): HeadScan {
  const cur = mentions[m];
  const a = cur.data;
  const scan: HeadScan = { party: undefined, end: cur.end, military: !!a.military, next: m + 1 };
  // «قوات الاحتلال الأمريكية», «النظام الإيراني»: a nisba right after an epithet says whose it is
  const nisba = mentions[m + 1];
  if (a.contextual && nisba?.start === cur.end && nisba.data.role === 'nisba') {
    return { ...scan, party: nisba.data.party, end: nisba.end, next: m + 2, epithet: true };
  }
  // «قوات النظام», «جيش الاحتلال»: the phrase names its side itself
  for (; scan.next < mentions.length && !a.contextual; scan.next++) {
    const nx = mentions[scan.next];
    if (nx.start - scan.end > 2) break;
    let blocked = false;
    // «سلاح الجو قصفت مواقع لحماس»: a verb of attack ends the head's phrase; what follows is its object (and so does a
    // site: «قصفت القوات الحكومية مواقع الحوثيين» names the sites' holder, not the forces'); «قال مصدر
    // عسكري إن الطائرات التركية قصفت»: so does «إن», after which a new clause names the aircraft's side, not the source's;
    // «أعلن الجيش اعتراض مسيرة إيرانية», «الدفاعات الجوية تصدت لعدوان إسرائيلي»: so does a word of intercepting;
    // «أعلنت مصادر أمنية مقتل قيادي في هيئة تحرير الشام»: and a word of harm, after which the one harmed is named
    for (let g = scan.end; g < nx.start; g++)
      if (
        breaksHead(a, tokens[g]) ||
        SPEECH.matchAt(tokens, g) ||
        isAttackVerb(tokens[g]) ||
        has(tokens[g], INTERCEPT_WORDS) ||
        isAnyOf(tokens[g], HARMED) ||
        isComplementizer(tokens[g]) ||
        targetNotUnit(tokens[g])
      )
        blocked = true;
    // «عناصر الشرطة في هجوم لتنظيم داعش», «جنود في غارة إسرائيلية»: a side after an attack noun made the attack
    if (attackNounBefore(tokens, nx.start) >= scan.end) break;
    if (blocked || toldOutlet(tokens, nx) || affiliatedState(tokens, scan.end, nx)) break;
    // a state by its name (one word or more: «الولايات المتحدة»), not its adjective («الأرمينية»)
    const stateName = STATE_NAMES.has(nx.data.role) && (nx.end - nx.start > 1 || !isCountryAdjective(tokens[nx.start]));
    if (stateName && addressedAfterHead(tokens, { start: cur.start, end: scan.end }, nx.start)) break;
    scan.end = nx.end;
    if (nx.data.role === 'head') {
      scan.military = scan.military || !!nx.data.military;
      if (!nx.data.contextual) continue;
      scan.party = contextualParty(nx.data, ctx);
    } else if (nx.data.role === 'group') {
      // «المتحدث باسم قوات صنعاء»: a regional name, with the country it took
      const regional = nx.data.regional ? regionalPhrase(tokens, nx, nx.data.regional, ctx, placeCountryAt) : undefined;
      if (regional) {
        scan.end = regional.end;
        while (mentions[scan.next + 1] && mentions[scan.next + 1].start < regional.end) scan.next++;
      }
      scan.group = {
        start: cur.start,
        end: scan.end,
        party: regional ? regional.party : actorParty(nx.data, ctx),
        name: regional?.name ?? nx.data.name,
        role: 'group',
        military: true,
        contextual: false,
      };
    } else scan.party = nx.data.party;
    scan.next++;
    break;
  }
  return scan;
}

/**
 * What an attack hits ends a head's phrase, a site or a force («قصفت مدفعية الجيش تجمعات للحوثيين», «… وحدات للحوثيين»);
 * not a definite unit word («الوحدات الأوكرانية»): the expulsion spec's «قواتها طردت الوحدات الأوكرانية» reads the side
 * expelled through it.
 */
const targetNotUnit = (t: Token): boolean => isAttackTarget(t) && !(DEFINITE.test(t.text) && t.variants.some((v) => UNITS.includes(v)));

/** «القوات الموالية لإيران»: a state named after an affiliation word is the owner (affiliatedParty), not the head's nisba. */
function affiliatedState(tokens: readonly Token[], from: number, nx: Mention): boolean {
  if (!STATE_ROLES.has(nx.data.role)) return false;
  for (let g = from; g < nx.start; g++) if (tokens[g].variants.some((v) => AFFILIATION_WORDS.includes(v))) return true;
  return false;
}

/** Punctuation ends a head's phrase, except quotes round an outlet's name after its head («وكالة "سبوتنيك"»). */
const isComplementizer = (t: Token): boolean => t.variants.some((v) => COMPLEMENTIZERS.has(v));

function breaksHead(head: Actor, t: Token): boolean {
  return PHRASE_BREAKS.has(t.text) && !(head.name === 'news agency' && NAME_QUOTES.has(t.text));
}

/** «مصدر مطلع لموقع تلفزيون سوريا», «مصادر محلية لوكالة الأناضول»: the outlet a source spoke to («لـ» + an outlet) names no side of the source. */
function toldOutlet(tokens: readonly Token[], nx: Mention): boolean {
  return (nx.data.name === 'news agency' || nx.data.role === 'agency') && toldTo(tokens, nx.start);
}

/**
 * «لوكالة», «لقناة»: «لـ» glued to an outlet's name makes it the addressee; so does a «لـ» before the quoted name
 * («لـ"سبوتنيك"», «لـ«الأناضول»»).
 */
function toldTo(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i].text;
  if (t.startsWith('ل') && !t.startsWith('ال')) return true;
  // the quotes around a one-word name are dropped with the tokens (text/tokens.ts): «لـ"سبوتنيك"» reads «ل سبوتنيك»
  if (tokens[i - 1]?.text === 'ل') return true;
  return !!tokens[i - 1] && NAME_QUOTES.has(tokens[i - 1].text) && tokens[i - 2]?.text === 'ل';
}

/**
 * «آمر قوة حماية غريان التابعة للجيش الليبي», «المتحدث باسم الكتيبة التابعة لحركة حماس»: a head whose own words
 * name no party belongs to the side named right after «التابع(ة) لـ» (within a few words of it).
 */
function affiliatedParty(
  { tokens, mentions, m, ctx, placeCountryAt }: HeadInput,
  from: number,
): { party: string | null; end: number } | undefined {
  const definiteHead = DEFINITE_FORMS.test(tokens[mentions[m].start].text);
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    // «أعلن الجيش الصومالي تدمير 4 سيارات تابعة لحركة الشباب»: a count starts another noun phrase
    if (PHRASE_BREAKS.has(tokens[k].text) || tokens[k].kind === 'number') return undefined;
    if (!tokens[k].variants.some((v) => AFFILIATION_WORDS.includes(v))) {
      // «قالت القوات الأمريكية إنها استهدفت مسلحين تابعين للحوثيين»: a clause or a verb after the head ends its
      // phrase; the unit affiliated past it is another one (its object)
      if (COMPLEMENTIZERS.has(tokens[k].text) || SPEECH.matchAt(tokens, k)?.data === 'verb' || isAttackVerb(tokens[k])) return undefined;
      continue;
    }
    // an adjective agrees with its noun: the indefinite «تابعة» is no word about the definite «الجيش» (but «بقيادة»,
    // «يقودها» are no adjectives)
    if (definiteHead && !DEFINITE_FORMS.test(tokens[k].text) && !LED_BY.test(tokens[k].text)) return undefined;
    const owner = mentions.find((x) => x.start > k && x.start <= k + 3 && x.data.role !== 'head' && x.data.role !== 'agency');
    // «التابع للقيادة العامة», «الموالية لحفتر»: the owner read as the table's «قوات …» name
    const forces = FORCES_OF.matchAt(tokens, k + 1);
    if (forces && (!owner || forces.start <= owner.start)) return { party: partyOnDay(forces.data, ctx.refDay), end: forces.end };
    if (!owner) return undefined;
    // «القوات الموالية لإيران» in Syria or Iraq: a foreign state's proxies are not its forces (no side; actors.md)
    const home = placeCountryAt?.(owner.end, tokens.length) ?? ctx.mainCountry;
    if (STATE_ROLES.has(owner.data.role) && home && owner.data.party !== home) return { party: null, end: owner.end };
    return { party: actorParty(owner.data, ctx), end: owner.end };
  }
  return undefined;
}

const STATE_ROLES: ReadonlySet<string> = new Set(['country', 'capital', 'nisba']);
/** A state by its name or its capital (not by an adjective, which agrees with the head before it). */
const STATE_NAMES: ReadonlySet<string> = new Set(['country', 'capital']);
/** «بقيادة», «يقودها», «يقوده»: led by (lexicon/attribution/phrase-breaks.ts). */
const LED_BY = /^(?:بقياده|يقودها|يقوده)$/;

/** A head without a party of its own takes one from the document; one with a party teaches the document. */
function resolveHeadParty(
  a: Actor,
  scan: HeadScan,
  ctx: DocContext,
  placeCountryAt?: PlaceCountryAt,
): { party: string | null; contextual: boolean } {
  if (scan.party !== undefined) {
    ctx.headParty.set(a.name, scan.party);
    if (scan.party && a.name.startsWith('Ministry')) ctx.lastMinistry = scan.party;
    return { party: scan.party, contextual: false };
  }
  // «حاكم ولاية قندهار», «شرطة نينوى»: an office of the place named after it; the place may take the head's last word
  // («حاكم منطقة» + «منطقة أوديسا»)
  const placed = a.local ? (placeCountryAt?.(scan.end - 1, scan.end + 3) ?? ctx.mainCountry) : null;
  if (placed) return { party: placed, contextual: true };
  // «الانفصاليون في مالي»: the separatists of the country named right after, whatever the report's other places
  const ofCountry = a.contextual === 'separatist' ? separatistsOfCountry(placeCountryAt?.(scan.end, scan.end + 1) ?? null) : null;
  if (ofCountry) return { party: ofCountry, contextual: false };
  // «قوات الاحتلال» after «قوات الاحتلال الأمريكية» in the same report is the same side
  if (a.contextual && ctx.headParty.get(a.name)) return { party: ctx.headParty.get(a.name)!, contextual: true };
  if (a.contextual) return { party: contextualParty(a, ctx), contextual: false };
  if (ctx.headParty.has(a.name)) return { party: ctx.headParty.get(a.name) ?? null, contextual: true };
  if (a.name === 'organisation') return { party: ctx.lastOrg, contextual: true };
  if (a.name === 'ministry' && ctx.lastMinistry) return { party: ctx.lastMinistry, contextual: true };
  if (scan.military && ctx.mainCountry) return { party: ctx.mainCountry, contextual: true };
  const care = careInstitutionParty(a, ctx.lastParty, ctx.mainCountry);
  if (care !== undefined) return { party: care, contextual: true };
  return { party: ctx.lastParty, contextual: true };
}

/** The party a named actor stands for in this report: a common noun only at home, a code in its era. */
function actorParty(a: Actor, ctx: DocContext): string | null {
  if (a.homeOnly && !atHome(a.homeOnly, ctx, [])) return null;
  return partyOnDay(a.party, ctx.refDay);
}

/**
 * Is the report about `home`? Its places say so; when they name no one country, a side of that state named
 * before in the report or the sentence does («الجيش الصومالي … عناصر الشباب», with no Somali place known).
 */
function atHome(home: string, ctx: DocContext, before: readonly ActorPhrase[]): boolean {
  if (ctx.mainCountry !== null) return ctx.mainCountry === home;
  return ctx.partyCounts.has(home) || before.some((p) => p.party === home);
}

/** «الانفصاليون», «الاحتلال», «النظام»: a side named by what it is called, resolved from the report and the region packs. */
function contextualParty(a: Actor, ctx: DocContext): string | null {
  if (a.contextual === 'separatist') return ctx.separatistParty;
  if (a.contextual === 'occupation') return epithetParty('occupation');
  if (a.contextual === 'regime') return ctx.mainCountry;
  return null;
}
