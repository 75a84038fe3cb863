import { DASHES } from '../../text/word-shapes.js';
import type { Token } from '../../text/tokens.js';
import { nameLike } from './names.js';
import type { ActorPhrase, Attribution } from './types.js';

/**
 * «الجيش السوداني: مقتل 20 من الدعم السريع», «الحوثيون: استهدفنا سفينة أمريكية», «الجيش الصومالي - مقتل 15 …»: a
 * speaker that opens the sentence and is closed by a colon (or a dash) says what follows it. A country or a capital
 * only before a colon and a clause with its own subject («كييف: روسيا قصفت خاركيف»): «سوريا: مقتل 10 في قصف»,
 * «الخرطوم: اشتباكات …» name the matter or the place. Before a dash not an outlet either («(رويترز) -» is a dateline).
 */
export function headlineSpeaker(tokens: readonly Token[], actors: readonly ActorPhrase[]): Attribution | undefined {
  const first = tokens.findIndex((t) => t.kind !== 'punct' || !OPENING_QUOTES.has(t.text));
  const speaker = actors.find((a) => a.start === first);
  if (!speaker) return undefined;
  const mark = closingMark(tokens, appositionEnd(actors, speaker));
  if (mark === undefined) return undefined;
  const colon = tokens[mark].text === ':';
  const place = speaker.role === 'country' || speaker.role === 'capital';
  if (place ? !colon || !actors.some((a) => a.start === mark + 1) : !SPEAKING_ROLES.has(speaker.role)) return undefined;
  if (!colon && speaker.role === 'agency') return undefined;
  return { pos: mark, party: speaker.party, name: speaker.name, agency: speaker.role === 'agency' };
}

/** «المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي»: a name the lexicon knows, of the same party, goes with the title. */
function appositionEnd(actors: readonly ActorPhrase[], speaker: ActorPhrase): number {
  let end = speaker.end;
  for (;;) {
    const next = actors.find((a) => a.start === end && a.end > end);
    if (!next || next.party !== speaker.party) return end;
    end = next.end;
  }
}

/** «المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي:»: a person's name (up to three words) or a closing quote may stand before the mark. */
function closingMark(tokens: readonly Token[], from: number): number | undefined {
  let names = 0;
  for (let k = from; k < tokens.length && k <= from + NAME_WORDS + 1; k++) {
    const t = tokens[k];
    if (t.text === ':' || DASHES.has(t.text)) return k + 1 < tokens.length ? k : undefined;
    if (t.kind === 'punct' && CLOSING_QUOTES.has(t.text)) continue;
    if (!nameLike(t) || ++names > NAME_WORDS) return undefined;
  }
  return undefined;
}

const NAME_WORDS = 3;
const SPEAKING_ROLES: ReadonlySet<ActorPhrase['role']> = new Set(['group', 'head', 'person', 'org', 'agency', 'nisba']);
const OPENING_QUOTES: ReadonlySet<string> = new Set(['«', '"', '“', "'"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '"', '”', "'"]);
