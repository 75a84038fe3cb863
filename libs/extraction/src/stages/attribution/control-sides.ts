import { EXPELLING, GAVE_UP } from '../../lexicon/triggers/control-context.js';
import { ACTORS } from '../../lexicon/parties.js';
import { COMPLEMENTIZERS } from '../../lexicon/scope-words.js';
import { actorsStartingIn } from './actor-window.js';
import type { ActorPhrase } from './types.js';
import type { Token } from '../../text/tokens.js';

/**
 * «انسحبت القوات الأوكرانية من البلدة», «فقدت قوات الدعم السريع السيطرة على …»: the control change at `pos` is told
 * of the side that gave the place up (the cue itself, or a verb of losing a few words before it in its stretch of
 * words), not of the side that took it.
 */
export function gaveUp(tokens: readonly Token[], pos: number): boolean {
  for (let k = pos; k >= 0 && k >= pos - GAVE_UP_REACH; k--) {
    if (tokens[k].kind === 'punct') return false;
    if (tokens[k].variants.some((v) => GAVE_UP.includes(v))) return true;
  }
  return false;
}
/** «فقدت قوات الدعم السريع السيطرة»: the verb, the side (up to three words), the control noun. */
const GAVE_UP_REACH = 4;

/**
 * «طرد الجيش العراقي تنظيم داعش من بلدة …»: the «من» after a verb of expelling at `pos`, past its subject and object
 * and no punctuation; -1 when the word is no such verb or names no place it expelled from.
 */
export function expelledFromAt(tokens: readonly Token[], pos: number): number {
  if (!tokens[pos]?.variants.some((v) => EXPELLING.includes(v))) return -1;
  for (let k = pos + 1; k < tokens.length && k <= pos + EXPEL_REACH; k++) {
    if (tokens[k].kind === 'punct') return -1;
    if (tokens[k].variants.includes('من')) return k;
  }
  return -1;
}
/** The verb, a subject and an object of up to four words each («قوات سوريا الديمقراطية», «مسلحي تنظيم الدولة الإسلامية»). */
const EXPEL_REACH = 9;

/**
 * The sides of an expulsion: the last side named between the verb and «من» was expelled (it lost the place); the
 * expeller took it — the side named before it after the verb («طرد الجيش العراقي تنظيم داعش من …»), else the one
 * just before the verb («القوات الأوكرانية أخرجت الروس من …»).
 */
export function expulsionSides(
  actors: readonly ActorPhrase[],
  tokens: readonly Token[],
  pos: number,
): { taker: string | null; loser: string } | null {
  const from = expelledFromAt(tokens, pos);
  if (from < 0) return null;
  const sides = actors.filter((a) => !!a.party && a.role !== 'agency' && a.role !== 'person');
  const between = sides.filter((a) => a.start > pos && a.end <= from);
  const loser = between.at(-1);
  if (!loser?.party) return null;
  const before = sides.filter((a) => a.end <= pos && a.end >= pos - SUBJECT_GAP).at(-1);
  const taker = between.length > 1 ? between[0] : before;
  return { taker: taker && taker.party !== loser.party ? taker.party : null, loser: loser.party };
}
/** «القوات الأوكرانية أخرجت …», «وقال إن الجيش قد طرد …»: the subject ends at most this far before the verb. */
const SUBJECT_GAP = 2;

/**
 * «سقطت المدينة في أيدي قوات الدعم السريع», «باتت القرية تحت سيطرة الجيش», «تحت العلم الأوكراني», «عادت إلى سيطرة
 * الحكومة»: the side named right after the hands, grip, control or flag a place came under took it; null when the cue
 * at `pos` is no such noun in construct («قبضتها على المدينة» is the taker's own grip, its pronoun the taker).
 */
export function holderAfter(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  const noun = UNDER.includes(tokens[pos]?.text ?? '') ? pos + 1 : pos;
  const t = tokens[noun];
  if (!t || !HELD_BY.includes(t.text)) return null;
  if (noun === pos && !UNDER.includes(tokens[pos - 1]?.text ?? '') && !/^[بل]/.test(t.text)) return null;
  const holder = actorsStartingIn(actors, noun + 1, noun + HOLDER_GAP).find((a) => !!a.party && a.role !== 'person');
  // «تحت العلم الأوكراني»: the flag's adjective, no actor phrase on its own
  const flag = FLAGS.includes(t.text) ? ACTORS.matchAt(tokens, noun + 1, (m) => m.data.role === 'nisba') : undefined;
  return holder?.party ?? flag?.data.party ?? null;
}
/** «في أيدي», «تحت سيطرة», «إلى قبضة» (normalised). */
const UNDER: readonly string[] = ['في', 'تحت', 'الي', 'لي'];
/** The noun of holding as written in construct, no pronoun on it (normalised: «أيدي» → «ايدي»). */
const HELD_BY: readonly string[] = [...['ايدي', 'بايدي', 'يد', 'بيد', 'قبضه', 'سيطره', 'لسيطره', 'العلم', 'علم', 'رايه', 'الرايه']];
const FLAGS: readonly string[] = ['العلم', 'علم', 'رايه', 'الرايه'];
/** «تحت سيطرة قوات …», «تحت العلم الأوكراني»: the holder starts within two words of the noun. */
const HOLDER_GAP = 2;

/**
 * «استعاد الجيش الصومالي السيطرة على بلدة … من حركة الشباب», «حررت القوات مديرية حريب من ميليشيا الحوثي», «من أيدي
 * داعش»: the side named right after a «من» past the place taken lost it; null when none is named so in the cue's stretch
 * of words. Not «من قبل» (the taker), nor «القريبة من» (a place near another).
 */
export function takenFrom(
  actors: readonly ActorPhrase[],
  tokens: readonly Token[],
  pos: number,
  clause: readonly number[] | null,
): string | null {
  for (let k = pos + 1; k < tokens.length && k <= pos + TAKEN_FROM_REACH; k++) {
    if (tokens[k].kind === 'punct' || (clause && clause[k] !== clause[pos]) || ASIDE.test(tokens[k].text)) return null;
    if (tokens[k].text !== 'من' || NEAR.includes(tokens[k - 1].text) || tokens[k + 1]?.text === 'قبل') continue;
    if (tokens[k - 1].kind === 'number' || tokens[k - 1].variants.some((v) => SOME_OF.includes(v))) continue;
    const at = HELD_BY.includes(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    // «من مسلحي حركة الشباب»: a group one word on; a bare adjective only as the noun itself («من الروس»)
    const side = actorsStartingIn(actors, at, at + 1).find((a) => !!a.party && isSide(a) && (a.role !== 'nisba' || a.start === at));
    if (side?.party) return side.party;
  }
  return null;
}
/** A side, not a person, an outlet or a place it came from («قادمة من دمشق»); «قوات حكومة الوفاق» is a state's forces. */
const isSide = (a: ActorPhrase) => SIDE_ROLES.has(a.role) || (a.role === 'country' && a.military);
const SIDE_ROLES: ReadonlySet<ActorPhrase['role']> = new Set<ActorPhrase['role']>(['head', 'nisba', 'group', 'org']);
/** «استعادت القوات الحكومية اليمنية السيطرة على مديرية حيس في محافظة الحديدة من الحوثيين»: a long object first. */
const TAKEN_FROM_REACH = 14;
/** «مشيرة إلى أسر العشرات من مسلحي الحوثي»: a participle of saying opens another matter (normalised). */
const ASIDE = /^و?(?:مشير|مضيف|مؤكد|موضح|لافت)[اه]?$/;
/** «أسر العشرات من مسلحي الحوثي», «عدد من عناصر داعش»: a partitive «من» counts people, it names no loser. */
const SOME_OF: readonly string[] = [
  'العشرات',
  'عشرات',
  'الميات',
  'ميات',
  'عدد',
  'العديد',
  'الكثير',
  'بعض',
  'اكثر',
  'الاف',
  'عشره',
  'العشره',
];
/** «القريبة من», «بالقرب من»: a place near another (normalised). */
const NEAR: readonly string[] = ['القريبه', 'القريب', 'قريبه', 'قريب', 'بالقرب', 'مقربه', 'القريبتين', 'بعيدا', 'البعيده'];

/**
 * «اقتحمت قوات الدعم السريع مدينة ود مدني وسيطرت عليها», «وقالت مصادر إن حركة الشباب هاجمت البلدة وسيطرت عليها بعد
 * انسحاب القوات الحكومية»: a control verb joined by «و» with no subject of its own shares the subject of the verb its
 * clause chain opened with — the side named right after the sentence's first word or right after «إن»/«أن», the
 * nearest before the cue. Null when the cue has a subject of its own or no such opening.
 */
export function sharedSubject(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  const cue = tokens[pos];
  if (cue?.kind !== 'word' || !cue.text.startsWith('و') || !ON_PLACE.includes(tokens[pos + 1]?.text ?? '')) return null;
  const opened = actorsStartingIn(actors, Math.max(1, pos - SHARED_REACH), pos - 1).filter(
    (a) => !!a.party && isSide(a) && a.end <= pos && (a.start === 1 || tokens[a.start - 1]!.variants.some((v) => COMPLEMENTIZERS.has(v))),
  );
  return opened.at(-1)?.party ?? null;
}
/** Right after the verb: what it took («عليها»), no subject between (normalised). */
const ON_PLACE: readonly string[] = ['عليها', 'عليه', 'عليهما', 'علي'];
/** The opening verb, its subject and object: «اقتحمت قوات الدعم السريع مدينة ود مدني الاستراتيجية». */
const SHARED_REACH = 12;
