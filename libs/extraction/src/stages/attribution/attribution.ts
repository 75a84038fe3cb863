import { ACTORS, partyLabel, type Actor } from '../../lexicon/parties.js';
import { SPEECH, CUES, MARKERS } from '../../lexicon/cues.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';

/**
 * Who says what. Actor phrases (an institution or title plus the nisba,
 * country or capital that gives its party), speech and attribution words
 * (قال، أعلن، بحسب، نقل عن، اتهم) and the document context that resolves
 * bare heads («وزارة الدفاع» after Baku spoke) and person names learned
 * earlier in the report («توراسيان» after «المتحدث ... أرتوم توراسيان»).
 */
export interface ActorPhrase {
  start: number;
  end: number;
  party: string | null;
  name: string;
  role: Actor['role'];
  military: boolean;
  /** True when the party was guessed from context rather than read from the phrase. */
  contextual: boolean;
  /** The institution or title of a head phrase («spokesman»). */
  headName?: string;
}

export interface Attribution {
  /** Token index from which the attribution applies (the speech word). */
  pos: number;
  party: string | null;
  name: string | null;
  agency: boolean;
  /** Party accused by «اتهم X Y». */
  accused?: string | null;
  /** A speech verb without a subject («وأضاف»): the previous speaker goes on. */
  inherit?: boolean;
}

/** Document-wide memory, filled sentence by sentence. */
export class DocContext {
  readonly names = new Map<string, { party: string | null; name: string }>();
  readonly headParty = new Map<string, string | null>();
  /** Party of the last speaker: a bare «وزارة الدفاع» after Baku spoke is Baku's. */
  lastParty: string | null = null;
  /** Party of the last organisation named: «المنظمة». */
  lastOrg: string | null = null;
  lastMinistry: string | null = null;
  /** Country the report is about when one dominates (set by the caller from places). */
  mainCountry: string | null = null;
  /** The de facto authority «separatists» stands for in this report (from its places; see region/). */
  separatistParty: string | null = null;
  speaker: Attribution | null = null;
  /** Party counts of actors seen, to find the two sides. */
  readonly partyCounts = new Map<string, number>();

  countParty(p: string | null) {
    if (!p) return;
    this.partyCounts.set(p, (this.partyCounts.get(p) ?? 0) + 1);
  }
}

const STOP = new Set([
  'لكن',
  'لكنه',
  'لكنها',
  'غير',
  'الا',
  'فقط',
  'حتي',
  'اذ',
  'اذا',
  'عندما',
  'بينما',
  'فيما',
  'في',
  'من',
  'الى',
  'علي',
  'عن',
  'ان',
  'انه',
  'انها',
  'بان',
  'مع',
  'هذا',
  'هذه',
  'ذلك',
  'التي',
  'الذي',
  'قد',
  'كان',
  'كانت',
  'اليوم',
  'امس',
  'يوم',
  'خلال',
  'بعد',
  'قبل',
  'ما',
  'لا',
  'لم',
  'لن',
  'او',
  'ثم',
  'كما',
  'حيث',
  'بين',
  'عبر',
  'نحو',
  'حول',
  'لدي',
  'عند',
  'منذ',
  'بيان',
  'صباح',
  'مساء',
  'ليل',
  'اثناء',
  'ايضا',
  'وفي',
  'الي',
]);

// depends on the surface form alone (text and its variants), so it is worked out once per form
const NAME_SLOT = newFormSlot();
function nameLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return formMemo(t, NAME_SLOT, nameLikeWord);
}

function nameLikeWord(t: Token): boolean {
  const w = t.text.replace(/^[وف]/, '');
  if (w.length < 3 || /^ال/.test(w) || STOP.has(t.text) || STOP.has(w)) return false;
  if (ACTORS.matchAt([t], 0) || CUES.matchAt([t], 0) || SPEECH.matchAt([t], 0) || MARKERS.matchAt([t], 0)) return false;
  return true;
}

const PUNCT_STOP = new Set(['،', ',', '؛', ':', '.', '"', '«', '»', '“', '”', '(', ')']);

/** Actor phrases of one sentence. */
export function findActors(tokens: readonly Token[], ctx: DocContext): ActorPhrase[] {
  const mentions = ACTORS.scan(tokens);
  const out: ActorPhrase[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const cur = mentions[m];
    const a = cur.data;
    if (a.role !== 'head') {
      // a bare nisba is only an actor with a noun like «الجانب الأرميني», handled as a head below
      if (a.role === 'nisba') {
        const prev = tokens[cur.start - 1];
        if (!prev || !(prev.variants.includes('الجانب') || prev.variants.includes('الطرف') || prev.variants.includes('جانب'))) continue;
        out.push({
          start: cur.start - 1,
          end: cur.end,
          party: a.party,
          name: partyLabel(a.party, 'side'),
          role: 'nisba',
          military: false,
          contextual: false,
        });
        continue;
      }
      out.push({ start: cur.start, end: cur.end, party: a.party, name: a.name, role: a.role, military: !!a.military, contextual: false });
      continue;
    }
    // a head: find its party in the next few tokens (nisba, «في أذربيجان», «باسم وزارة الدفاع الأرمينية»)
    let party: string | null | undefined;
    let end = cur.end;
    let military = !!a.military;
    let k = m + 1;
    // «قوات النظام», «جيش الاحتلال»: the phrase names its side itself
    for (; k < mentions.length && !a.contextual; k++) {
      const nx = mentions[k];
      if (nx.start - end > 2) break;
      let blocked = false;
      for (let g = end; g < nx.start; g++) if (PUNCT_STOP.has(tokens[g].text) || SPEECH.matchAt(tokens, g)) blocked = true;
      if (blocked) break;
      end = nx.end;
      if (nx.data.role === 'head') {
        military = military || !!nx.data.military;
        if (nx.data.contextual) {
          party = contextualParty(nx.data, ctx);
          k++;
          break;
        }
        continue;
      }
      if (nx.data.role === 'group' && nx.start - end <= 1) {
        party = nx.data.party;
        out.push({ start: cur.start, end, party, name: nx.data.name, role: 'group', military: true, contextual: false });
        party = undefined;
        k++;
        break;
      }
      party = nx.data.party;
      k++;
      break;
    }
    if (out.length && out[out.length - 1].start === cur.start) {
      m = k - 1;
      continue;
    }
    let contextual = false;
    // «الجانب», «الطرف» only name an actor with a nisba («الجانب الأرميني»)
    if (party === undefined && a.name === 'side') {
      m = k - 1;
      continue;
    }
    if (party === undefined) {
      contextual = true;
      if (a.contextual) party = contextualParty(a, ctx);
      else if (ctx.headParty.has(a.name)) party = ctx.headParty.get(a.name) ?? null;
      else if (a.name === 'organisation') party = ctx.lastOrg;
      else if (a.name === 'ministry' && ctx.lastMinistry) party = ctx.lastMinistry;
      else if (military && ctx.mainCountry) party = ctx.mainCountry;
      else party = ctx.lastParty;
      if (a.contextual) contextual = false;
    } else {
      ctx.headParty.set(a.name, party);
      if (party && a.name.startsWith('Ministry')) ctx.lastMinistry = party;
    }
    if (a.name === 'news agency') {
      // «وكالة الأنباء السورية», «وكالة ترند الأذربيجانية»: a channel, with its state's party when it has one
      const named = mentions.slice(m + 1, k).find((x) => x.data.role === 'agency');
      out.push({
        start: cur.start,
        end,
        party: contextual ? null : party,
        name: named?.data.name ?? partyLabel(contextual ? null : party, 'media'),
        role: 'agency',
        military: false,
        contextual: false,
      });
      m = k - 1;
      continue;
    }
    out.push({ start: cur.start, end, party, name: partyLabel(party, a.name), role: 'head', military, contextual, headName: a.name });
    m = k - 1;
  }
  // learn names next to phrases with a party: «وزارة الدفاع الأرمينية أرتوم توراسيان», «باروير هوفهانيسيان نائب وزير»
  for (const p of out) {
    if (p.role !== 'head' || !PERSON_TITLES.has(p.headName ?? '')) continue;
    let j = p.end;
    if (tokens[j] && tokens[j].text === '،') j++;
    for (let n = 0; n < 3 && nameLike(tokens[j]); n++, j++) ctx.names.set(bareName(tokens[j]), { party: p.party, name: p.name });
    j = p.start - 1;
    if (tokens[j] && tokens[j].text === '،') j--;
    for (let n = 0; n < 2 && nameLike(tokens[j]); n++, j--) ctx.names.set(bareName(tokens[j]), { party: p.party, name: p.name });
  }
  // names learned earlier: «وقال توراسيان»
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !ctx.names.size) continue;
    const known = ctx.names.get(bareName(t));
    if (!known) continue;
    if (out.some((p) => i >= p.start && i < p.end)) continue;
    out.push({ start: i, end: i + 1, party: known.party, name: known.name, role: 'person', military: false, contextual: false });
  }
  out.sort((x, y) => x.start - y.start);
  for (const p of out) {
    ctx.countParty(p.party);
    if (p.role === 'org' && p.party) ctx.lastOrg = p.party;
  }
  return out;
}

function bareName(t: Token): string {
  return t.text.replace(/^[وف]/, '');
}

function contextualParty(a: Actor, ctx: DocContext): string | null {
  if (a.contextual === 'separatist') return ctx.separatistParty;
  if (a.contextual === 'occupation') return 'IL';
  if (a.contextual === 'regime') return ctx.mainCountry;
  return null;
}

const COMPLEMENTIZER = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'إن']);
const ADVERBIAL = new Set([
  'اليوم',
  'امس',
  'يوم',
  'صباح',
  'مساء',
  'ليل',
  'ليله',
  'فجر',
  'ظهر',
  'عصر',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'ايضا',
  'رسميا',
  'مجددا',
  'بدوره',
  'بدورها',
  'كل',
  'من',
  'اول',
  'الماضي',
  'الماضيه',
  'الليله',
  'كذلك',
  'قد',
]);
/** Titles of people: a name may stand between the verb and them («عن باروير هوفهانيسيان نائب وزير الخارجية»). */
const PERSON_TITLES = new Set([
  'spokesman',
  'president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'ambassador',
  'leader',
  'officials',
  'minister',
]);
function headName(p: ActorPhrase): string {
  return p.headName ?? '';
}

/** Attributions of one sentence, in order. */
export function findAttributions(tokens: readonly Token[], actors: readonly ActorPhrase[]): Attribution[] {
  const out: Attribution[] = [];
  const firstActorAfter = (from: number, limit: number, loose = false): ActorPhrase | undefined => {
    let best: ActorPhrase | undefined;
    for (const p of actors) {
      if (p.start < from || p.start > from + limit) continue;
      // only time words, punctuation or (before a title) a person's name may sit between the verb and its subject
      let names = 0;
      let blocked = false;
      for (let g = from; g < p.start; g++) {
        const t = tokens[g];
        const tx = t.text;
        if (tx === ':' || tx === '.' || COMPLEMENTIZER.has(tx)) blocked = true;
        else if (t.kind === 'punct' || t.kind === 'number' || ADVERBIAL.has(tx) || t.variants.some((v) => ADVERBIAL.has(v))) continue;
        else if (nameLike(t)) names++;
        else if (!loose) blocked = true;
      }
      if (blocked) break;
      if (names && !(p.role === 'head' && PERSON_TITLES.has(headName(p)))) {
        if (!loose) break;
      }
      if (!best) best = p;
      if (p.role !== 'agency') return p;
    }
    return best;
  };
  for (let i = 0; i < tokens.length; i++) {
    const sm = SPEECH.matchAt(tokens, i);
    if (!sm) continue;
    const kind = sm.data;
    const t = tokens[i];
    if ((kind === 'verb' || kind === 'accuse') && /^[وف]?ال/.test(t.text)) continue;
    const after = sm.end;
    let speaker: ActorPhrase | undefined;
    let accused: string | null | undefined;
    if (kind === 'from') {
      // «نقلت وكالة رويترز عن باروير هوفهانيسيان»: the source after «عن»
      let k = after;
      while (k < tokens.length && k < after + 8 && !tokens[k].variants.includes('عن')) k++;
      speaker = (k < tokens.length && k < after + 8 ? firstActorAfter(k + 1, 6, true) : undefined) ?? firstActorAfter(after, 4);
    } else if (kind === 'via') {
      // «بحسب ما أعلنه المتحدث»
      speaker = firstActorAfter(after, 5, true);
    } else {
      const glue = (t: Token | undefined) => !!t && (t.text === '،' || t.text === 'قد');
      const before = actors.find(
        (p) => p.end === i || (p.end === i - 1 && glue(tokens[i - 1])) || (p.end === i - 2 && glue(tokens[i - 1]) && glue(tokens[i - 2])),
      );
      if (before && before.role !== 'agency' && (kind === 'verb' || kind === 'accuse')) {
        speaker = before;
        if (kind === 'accuse') accused = firstActorAfter(after, 6)?.party;
      } else {
        speaker = firstActorAfter(after, kind === 'noun' ? 2 : 6);
        if (kind === 'accuse' && speaker) {
          const second = actors.find((p) => p.start >= speaker!.end && p.start <= speaker!.end + 6);
          accused = second?.party;
        }
      }
    }
    if (speaker && speaker.role === 'agency') {
      // «قالت وكالة إنترفاكس إن زيلينسكي وقع مرسوما»: the agency reports someone else's act or words
      for (let k = speaker.end; k < Math.min(tokens.length, speaker.end + 8); k++) {
        if (!COMPLEMENTIZER.has(tokens[k].text)) continue;
        const subj = actors.find((p) => p.start === k + 1 && p.party && p.role !== 'agency' && p.role !== 'country');
        if (subj) {
          out.push({ pos: i, party: speaker.party, name: speaker.name, agency: true });
          speaker = subj;
          i = k;
        }
        break;
      }
    }
    if (speaker) {
      out.push({ pos: i, party: speaker.party, name: speaker.name, agency: speaker.role === 'agency', accused });
      // «أعلنت كل من أذربيجان وأرمينيا», «أعلنت يريفان وباكو»: joint speakers
      let last = speaker;
      for (const p of actors) {
        if (p.start < last.end || p.start > last.end + 1) continue;
        if (!tokens[p.start].text.startsWith('و') || !(p.role === 'country' || p.role === 'capital')) break;
        out.push({ pos: i, party: p.party, name: p.name, agency: false, accused });
        last = p;
      }
      i = Math.max(i, sm.end - 1);
    } else if (kind === 'verb' || kind === 'accuse') {
      out.push({ pos: i, party: null, name: null, agency: false, inherit: true });
    }
  }
  return out;
}
