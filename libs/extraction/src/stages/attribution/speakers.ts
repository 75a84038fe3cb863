import { ADVERBIALS, CHANNEL_WORDS, COMPLEMENTIZER, MEDIA_WORDS, RANKS, STATEMENT_WORDS } from '../../lexicon/attribution/adverbials.js';
import { NAME_QUOTES } from '../../lexicon/attribution/group-prefixes.js';
import { PERSON_TITLES } from '../../lexicon/attribution/person-titles.js';
import { RELATIVE_PRONOUNS } from '../../lexicon/attribution/relative-pronouns.js';
import { SUBJECT_GLUE } from '../../lexicon/attribution/phrase-breaks.js';
import { PLACE_PREPOSITIONS } from '../../lexicon/place-prepositions.js';
import { ACCUSATION_FRAMES, ACCUSATION_REACH, SPEECH, type SpeechKind } from '../../lexicon/speech.js';
import type { Token } from '../../text/tokens.js';
import { nameLike } from './names.js';
import { headlineSpeaker } from './headline-speaker.js';
import { ownedSpeaker } from './owner-speaker.js';
import { bodyNamingPlace, unnamedSpeaker } from './unnamed-speaker.js';
import type { ActorPhrase, Attribution } from './types.js';
import { KAN, PLUPERFECT_REACH } from '../../lexicon/scope-words.js';

interface SpeechSite {
  tokens: readonly Token[];
  actors: readonly ActorPhrase[];
  /** Token index of the speech word and the token after it. */
  i: number;
  after: number;
  kind: SpeechKind;
}

/** Attributions of one sentence, in order. */
export function findAttributions(tokens: readonly Token[], actors: readonly ActorPhrase[]): Attribution[] {
  const headline = headlineSpeaker(tokens, actors);
  const out: Attribution[] = headline ? [headline] : [];
  for (let i = headline?.pos ?? 0; i < tokens.length; i++) {
    const frame = accusationFrameAt(tokens, i);
    const mutual = !!frame?.mutual;
    const sm = frame ? { data: 'accuse' as const, end: i + 1 } : SPEECH.matchAt(tokens, i);
    if (!sm) continue;
    const kind = sm.data;
    if ((kind === 'verb' || kind === 'accuse') && /^[وف]?ال/.test(tokens[i].text)) continue;
    if ((kind === 'verb' || kind === 'accuse') && RELATIVE_PRONOUNS.has(tokens[i - 1]?.text ?? '')) continue;
    if (ambiguousSpeech(tokens, i, sm.end)) continue;
    // inside what a speaker said: the owner would take the speaker's place (outside, merging leans on it: left as is)
    if (out.length > 0 && belongingTo(tokens, i)) continue;
    const site: SpeechSite = { tokens, actors, i, after: sm.end, kind };
    const found = speakerAt(site);
    let speaker = found.speaker;
    let pos = i;
    const body = kind === 'via' && speaker ? bodyNamingPlace(tokens, i, sm.end, speaker) : undefined;
    if (body && speaker) {
      out.push({ ...body, via: true });
      i = speaker.end - 1;
      continue;
    }
    const relay = speaker?.role === 'agency' ? relayedSpeaker(site, speaker) : undefined;
    if (speaker && relay) {
      out.push({ pos: i, party: speaker.party, name: speaker.name, agency: true });
      speaker = relay.subject;
      pos = relay.at;
    }
    if (speaker) {
      const joined = jointSpeakers(site, speaker, { pos, accused: found.accused });
      const joint = mutual ? eachAccusingTheOther(joined) : joined;
      const conjoined =
        (kind === 'verb' || kind === 'accuse') && (conjoinedVerb(tokens[i]) || LINKING_WORD.test(tokens[i - 1]?.text ?? ''));
      out.push(...(kind === 'via' ? joint.map((a) => ({ ...a, via: true })) : conjoined ? joint.map((a) => ({ ...a, conjoined })) : joint));
      // «حسبما أفادت السلطات»: the verb inside a «بحسب» clause names the same source again
      i = Math.max(pos, sm.end - 1, kind === 'via' ? speaker.end - 1 : 0);
    } else if (kind === 'verb' && unnamedSpeaker(tokens, i, sm.end)) {
      out.push({
        ...unnamedSpeaker(tokens, i, sm.end)!,
        conjoined: conjoinedVerb(tokens[i]) || LINKING_WORD.test(tokens[i - 1]?.text ?? ''),
      });
    } else if (kind === 'verb' || kind === 'accuse') {
      out.push({ pos: i, party: null, name: null, agency: false, inherit: true, accused: found.accused });
    }
  }
  return out;
}

/** «تبادلت موسكو وكييف الاتهامات», «حمّلت دمشق أنقرة مسؤولية …»: the accusation frame whose verb is at `i`, if its object follows. */
function accusationFrameAt(tokens: readonly Token[], i: number): (typeof ACCUSATION_FRAMES)[number] | undefined {
  const frame = ACCUSATION_FRAMES.find((f) => tokens[i].variants.some((v) => f.verbs.includes(v)));
  if (!frame) return undefined;
  for (let k = i + 1; k < tokens.length && k <= i + ACCUSATION_REACH; k++) {
    if (tokens[k].kind === 'punct') return undefined;
    if (tokens[k].variants.some((v) => frame.objects.includes(v))) return frame;
  }
  return undefined;
}

/** Two sides exchanging accusations: each speaks, and accuses the other. */
function eachAccusingTheOther(joint: readonly Attribution[]): Attribution[] {
  return joint.map((a) => ({ ...a, accused: joint.find((b) => b.party !== a.party)?.party ?? null }));
}

/** Speech verbs that are also common words unvowelled (normalised): «بيّن» is «بين» (between). */
const AMBIGUOUS_SPEECH: ReadonlySet<string> = new Set(['بين']);
const AMBIGUOUS_REACH = 8;

/**
 * «طائرة مسيرة تابعة لقوات الوفاق», «لواء تابع للجيش»: «تابع(ة)» before «لـ» is the adjective «belonging to», not
 * «went on» (the speech verb of «وتابع قائلا»): its owner is no speaker.
 */
function belongingTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i].variants.includes(BELONGING) && /^ل/.test(tokens[i + 1]?.text ?? '');
}
const BELONGING = 'تابع';

/**
 * «وبيّن الجيش أن …» is said; «بين الجيش وداعش», «بينهم خمسة» are not: such a verb only bare (no pronoun: «بينهم») and
 * with its «أن» to come.
 */
function ambiguousSpeech(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  if (!t.variants.some((v) => AMBIGUOUS_SPEECH.has(v))) return false;
  return !AMBIGUOUS_SPEECH.has(t.text.replace(/^[وف]/, '')) || !complementizerWithin(tokens, end, AMBIGUOUS_REACH);
}

function complementizerWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) if (COMPLEMENTIZER.has(tokens[k].text)) return true;
  return false;
}

/** The speaker (and, for «اتهم», the accused) of the speech word at `site.i`. */
function speakerAt(site: SpeechSite): { speaker?: ActorPhrase; accused?: string | null } {
  const { tokens, actors, i, after, kind } = site;
  if (kind === 'from') {
    // «نقلت وكالة رويترز عن باروير هوفهانيسيان»: the source after «عن»
    let k = after;
    while (k < tokens.length && k < after + 8 && !tokens[k].variants.includes('عن')) k++;
    const source = k < tokens.length && k < after + 8 ? firstActorAfter(site, k + 1, 6, true) : undefined;
    return { speaker: source ?? firstActorAfter(site, after, 4) };
  }
  // «بحسب ما أعلنه المتحدث»
  if (kind === 'via') return { speaker: firstActorAfter(site, pastAddressee(site, after), 5, true) };
  // «أذربيجان، قد أعلنت»; but «جنوب لبنان، وأعلن حزب الله»: a verb joined by «و» opens its own clause, its subject after it
  const glue = (t: Token | undefined) => !!t && SUBJECT_GLUE.includes(t.text) && !(t.kind === 'punct' && conjoinedVerb(tokens[i]));
  const before = actors.find(
    (p) =>
      (p.end === i || (p.end === i - 1 && glue(tokens[i - 1])) || (p.end === i - 2 && glue(tokens[i - 1]) && glue(tokens[i - 2]))) &&
      !afterPlaceWord(tokens[p.start - 1]),
  );
  const subject = before ?? (kind === 'verb' || kind === 'accuse' ? pluperfectSubject(site) : undefined);
  if (subject && subject.role !== 'agency' && (kind === 'verb' || kind === 'accuse'))
    return { speaker: subject, accused: kind === 'accuse' ? firstActorAfter(site, after, 6)?.party : undefined };
  const found = firstActorAfter(site, after, kind === 'noun' ? 2 : 6);
  const speaker = kind === 'verb' ? ownedSpeaker(tokens, actors, after, found) : found;
  if (kind !== 'accuse' || !speaker) return { speaker };
  const second = actors.find((p) => p.start >= speaker.end && p.start <= speaker.end + 6);
  // «ويتهم روسيا بانتهاكها»: one actor and the charge right after it — the accused; the speaker went before
  if (!second && chargeAt(tokens[speaker.end])) return { accused: speaker.party };
  return { speaker, accused: second?.party };
}

/**
 * «وأعلن», «فقال», «واتهمت»: a verb of saying with the conjunction on it — its bare form is a verb of saying too
 * («وصف», «وافق» keep their first letter: «صف» is no verb of saying).
 */
function conjoinedVerb(t: Token | undefined): boolean {
  if (!t || !CONJUNCTION.test(t.text) || !t.variants.includes(t.text.slice(1))) return false;
  const bare = t.text.slice(1);
  const alone: Token = { text: bare, start: t.start + 1, end: t.end, kind: 'word', variants: [bare] };
  return !!SPEECH.matchAt([alone], 0) || !!ACCUSATION_FRAMES.some((f) => f.verbs.includes(bare));
}
const CONJUNCTION = /^[وف]/;
/** «…، فيما أعلنت سرايا القدس», «بينما قال الجيش», «كما أعلن»: a statement linked to the clause before, not its source. */
const LINKING_WORD = /^[وف]?(?:فيما|بينما|حين|كما)$/;

/** «في جنوب لبنان أعلن حزب الله»: a name after «في», «جنوب», «مدينة» is where, not who speaks. */
const afterPlaceWord = (t: Token | undefined): boolean => !!t && t.variants.some((v) => PLACE_PREPOSITIONS.has(v));

/**
 * «وكانت قيادة القوات الأمريكية في إفريقيا قد قالت»: «كان» + subject + «قد» + verb — the subject is the actor right
 * after «كان», however long its phrase (a place, a title) before «قد».
 */
function pluperfectSubject({ tokens, actors, i }: SpeechSite): ActorPhrase | undefined {
  if (tokens[i - 1]?.text !== 'قد') return undefined;
  for (let k = i - 2; k >= 0 && k >= i - PLUPERFECT_REACH; k--) {
    if (tokens[k].kind === 'punct') return undefined;
    if (!KAN.test(tokens[k].text)) continue;
    return actors.find((p) => p.start === k + 1 && p.end <= i - 1);
  }
  return undefined;
}

/** «بانتهاكها», «بأنها», «بشن»: the charge of an accusation follows the accused. */
function chargeAt(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text.startsWith('ب') && t.text.length > 3;
}

/**
 * The first actor within `limit` tokens from `from`: only time words, punctuation or (before a title)
 * a person's name may sit between the verb and its subject; a non-agency actor is preferred.
 */
function firstActorAfter({ tokens, actors }: SpeechSite, from: number, limit: number, loose = false): ActorPhrase | undefined {
  let best: ActorPhrase | undefined;
  // «أكد لوكالة الأناضول مصدر عسكري», «قال للجزيرة نت مسؤول», «قال لنا مصدر»: whom the speaker told comes first
  const told = loose ? 0 : addresseeEnd(tokens, actors, from) - from;
  // «أعلنت عبر حسابها على منصة إكس وزارة الدفاع»: where it was said may come before who said it
  const channel = channelRun(tokens, from + told);
  for (const p of actors) {
    if (p.start < from || p.start > from + limit + told + channel) continue;
    if (p.end <= from + told) continue;
    let names = 0;
    let blocked = false;
    // «العقيد محمد الخالدي»: after a rank, a name of up to three words, with the article or not
    let rankedName = 0;
    let ranked = 0;
    // «بحسب المعلومات الأولية، قصفت قوات النظام …»: a source that is no name nor actor, closed by a comma; the news follows
    let unknownSource = false;
    for (let g = from + told; g < p.start; g++) {
      const t = tokens[g];
      const tx = t.text;
      if (tx === ':' || tx === '.' || COMPLEMENTIZER.has(tx) || (unknownSource && CLAUSE_COMMAS.has(tx))) blocked = true;
      else if (g < from + told + channel) continue;
      else if (t.kind === 'punct' || t.kind === 'number' || ADVERBIALS.has(tx) || t.variants.some((v) => ADVERBIALS.has(v))) continue;
      else if (STATEMENT_WORDS.has(tx)) continue;
      else if (RANKS.has(tx)) rankedName = ranked = RANKED_NAME_WORDS;
      else if (rankedName > 0 && t.kind === 'word') {
        rankedName--;
        names++;
      } else if (nameLike(t)) names++;
      else if (!loose) blocked = true;
      else unknownSource = true;
    }
    if (blocked) break;
    // a known person after a rank and the first names: «الفريق أول عبد الفتاح البرهان»
    const titled = (p.role === 'head' && PERSON_TITLES.has(p.headName ?? '')) || (p.role === 'person' && ranked > 0);
    if (names && !titled && !loose) break;
    if (!best) best = p;
    if (p.role !== 'agency') return p;
  }
  return best;
}

const RANKED_NAME_WORDS = 3;
const CLAUSE_COMMAS: ReadonlySet<string> = new Set(['،', ',']);

/** The longest channel told («في بيان نشره على حسابه الرسمي على منصة تلغرام» is nine words). */
const CHANNEL_REACH = 10;

/** How many tokens from `from` tell the channel of a statement («عبر حسابه على تلغرام», «في بيان على منصة إكس»). */
function channelRun(tokens: readonly Token[], from: number): number {
  let k = from;
  const limit = Math.min(tokens.length, from + CHANNEL_REACH);
  while (k < limit && tokens[k].variants.some((v) => CHANNEL_WORDS.has(v))) k++;
  // only a run that names a medium: «في بيان» alone, or a bare «على», is not one
  for (let g = from; g < k; g++) if (tokens[g].variants.some((v) => MEDIA_WORDS.has(v))) return k - from;
  return 0;
}

/**
 * Where an addressee right after a speech verb ends: an outlet with «لـ» («لوكالة الأناضول», a known outlet as a whole),
 * «للجزيرة نت», «للصحفيين», «لنا», «لـ"العربي الجديد"»; `from` when there is none.
 */
function addresseeEnd(tokens: readonly Token[], actors: readonly ActorPhrase[], from: number): number {
  const t = tokens[from];
  if (!t || t.kind !== 'word') return from;
  const web = (k: number) => (tokens[k]?.text === 'نت' ? k + 1 : k);
  const outlet = actors.find((a) => a.start === from && a.role === 'agency' && t.text.startsWith('ل') && !t.text.startsWith('ال'));
  if (outlet) return web(outlet.end);
  if (ADDRESSEE_PRONOUNS.has(t.text)) return from + 1;
  if (t.text === 'ل' || t.text === 'لـ') {
    const q = tokens[from + 1];
    // a one-word name loses its quotes with the tokens (text/tokens.ts): «لـ"سبوتنيك"» reads «ل سبوتنيك»
    if (q?.kind === 'word' && q.start > t.end) return from + 2;
    if (!q || !NAME_QUOTES.has(q.text)) return from;
    for (let k = from + 2; k < Math.min(tokens.length, from + 7); k++) if (NAME_QUOTES.has(tokens[k].text)) return k + 1;
    return from;
  }
  // «للجزيرة نت», «للصحفيين»: «لل» is «to the»
  if (t.text.startsWith('لل')) return web(from + 1);
  return from;
}

/**
 * «بحسب ما قال لـ"سبوتنيك" مصدر عسكري», «وفقا لما صرح به لـ"رويترز" مسؤول»: the outlet told inside a «بحسب» clause,
 * right after its verb of saying, comes before the source; where it ends (`from` when there is none).
 */
function pastAddressee({ tokens, actors }: SpeechSite, from: number): number {
  for (let k = from + 1; k < Math.min(tokens.length, from + VIA_VERB_REACH); k++) {
    // «صرح به لـ…»: the pronoun of what was said may follow the verb
    const verb = SPEECH.matchAt(tokens, k - 1) || (SAID_PRONOUNS.has(tokens[k - 1].text) && SPEECH.matchAt(tokens, k - 2));
    if (!verb) continue;
    const end = addresseeEnd(tokens, actors, k);
    if (end > k) return end;
  }
  return from;
}
const VIA_VERB_REACH = 5;
const SAID_PRONOUNS: ReadonlySet<string> = new Set(['به', 'بها']);

/** «قال لنا», «أكد لي»: a pronoun addressee. */
const ADDRESSEE_PRONOUNS: ReadonlySet<string> = new Set(['لنا', 'لي', 'له', 'لها', 'لهم', 'لكم']);

/**
 * «قالت وكالة إنترفاكس إن زيلينسكي وقع مرسوما»: the agency reports someone else's act or words. Not when it names
 * its source first («ذكرت وكالة أرمنبريس نقلا عن وزارة الدفاع أن …»): that source, read next, is the speaker.
 */
function relayedSpeaker({ tokens, actors }: SpeechSite, agency: ActorPhrase): { subject: ActorPhrase; at: number } | undefined {
  for (let k = agency.end; k < Math.min(tokens.length, agency.end + 8); k++) {
    const named = SPEECH.matchAt(tokens, k)?.data;
    if (named === 'via' || named === 'from') return undefined;
    if (!COMPLEMENTIZER.has(tokens[k].text)) continue;
    const subject = actors.find((p) => p.start === k + 1 && p.party && p.role !== 'agency' && p.role !== 'country');
    return subject ? { subject, at: k } : undefined;
  }
  return undefined;
}

/**
 * The speaker and those joined to it: «أعلنت كل من أذربيجان وأرمينيا», «أعلنت يريفان وباكو»,
 * «أعلنت سرايا القدس الجناح العسكري لحركة الجهاد وألوية الناصر»: words about the speaker
 * (an apposition naming the same party) may stand before the «و» that joins the next one.
 */
function jointSpeakers(
  { tokens, actors }: SpeechSite,
  speaker: ActorPhrase,
  at: { pos: number; accused: string | null | undefined },
): Attribution[] {
  const out: Attribution[] = [
    { pos: at.pos, party: speaker.party, name: speaker.name, agency: speaker.role === 'agency', accused: at.accused },
  ];
  let last = speaker;
  for (const p of actors) {
    if (p.start < last.end) continue;
    const joined = tokens[p.start].text.startsWith('و') && JOINABLE.has(p.role);
    const gap = p.start - last.end;
    if (joined && gap <= 1) {
      out.push({ pos: at.pos, party: p.party, name: p.name, agency: false, accused: at.accused });
      last = p;
    } else if (!joined && p.party && p.party === last.party && gap <= 3 && !speechBetween(tokens, last.end, p.start)) last = p;
    else break;
  }
  return out;
}

/** Who can be joined to a speaker by «و». */
const JOINABLE: ReadonlySet<ActorPhrase['role']> = new Set(['country', 'capital', 'group']);

function speechBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (COMPLEMENTIZER.has(tokens[k].text) || tokens[k].kind === 'punct' || SPEECH.matchAt(tokens, k)) return true;
  return false;
}
