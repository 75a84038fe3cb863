import { DESTROYED_OBJECTS, DESTROYING_VERBS, DOWNING_VERBS } from '../../lexicon/figures/materiel-context.js';
import { MATERIEL } from '../../lexicon/nouns.js';
import { quantityAt } from '../../quantities/quantity.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';
import { AIRCRAFT_NISBA_NOUNS } from '../../lexicon/attribution/phrase-breaks.js';
import type { ActorPhrase } from './types.js';

/**
 * «مروحيات الجيش الروسي دمرت مواقع …», «إن طائراته دمرت مركبات …», «دمرت مسيرات تركية عربة …»: the aircraft or
 * drone noun ending at `end` (starting at `start`) is the subject of a verb of destroying (or, with `downing`, of
 * downing) that has an object: the aircraft did the destroying, it was not lost. The verb follows the aircraft and
 * what names its side (at most `SUBJECT_REACH` words, no punctuation), its object right after it; or the verb stands
 * right before the aircraft (verb–subject–object) and the object follows the aircraft's side. A verb with no object
 * («مروحية دمرت بالكامل», «دمرت طائرة في القصف») is the passive of a loss. Returns the verb's token, or -1.
 */
export function aircraftDestroysAt(tokens: readonly Token[], start: number, end: number, downing = false): number {
  const verbs = downing ? [...DESTROYING_VERBS, ...DOWNING_VERBS] : DESTROYING_VERBS;
  for (let v = end; v < tokens.length && v <= end + SUBJECT_REACH; v++) {
    if (isModelName(tokens, v)) continue;
    if (tokens[v].kind === 'punct') break;
    if (isVerb(tokens[v], verbs)) return objectAt(tokens, v + 1) ? v : -1;
  }
  const before = start - 1;
  if (before < 0 || !isVerb(tokens[before], verbs)) return -1;
  for (let k = end; k < tokens.length && k <= end + SUBJECT_REACH; k++) {
    if (tokens[k].kind === 'punct' || PREPOSED.test(tokens[k].text)) return -1;
    if (objectAt(tokens, k)) return before;
  }
  return -1;
}
/** How many words of the aircraft's side or model («الجيش الروسي», «التركية المسيرة», «كا-52») may stand before its verb. */
const SUBJECT_REACH = 4;

/** «مروحيات كا-52», «مسيرات بيرقدار تي بي 2»: the hyphen and number of a model's name are part of the subject. */
function isModelName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.kind === 'number' || (t.text === '-' && tokens[k + 1]?.kind === 'number');
}

/** «دمرت», «ودمرت» (not «بتدمير», «الدمار»): the verb itself, with «و»/«ف» at most. */
function isVerb(t: Token, verbs: readonly string[]): boolean {
  return t.kind === 'word' && verbs.includes(t.text.replace(CONJUNCTION, ''));
}
const CONJUNCTION = /^[وف](?=..)/;

/** The verb's object at `k`: a count («3 دبابات»), a materiel noun, or a site, depot or position (bare or definite). */
function objectAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind === 'punct') return false;
  if (quantityAt(tokens, k) || (!PREPOSED.test(t.text) && MATERIEL.matchAt(tokens, k))) return true;
  return DESTROYED_OBJECTS.includes(t.text.replace(/^ال/, ''));
}
/** «بالكامل», «لقوات», «في»: a word after a preposition, or a preposition, is no object. */
const PREPOSED = /^(?:[وف]?(?:لل|ل|ب|ك)|في$|من$|علي$|خلال$|جراء$|اثر$)/;

/**
 * «استهدفت مسيرة تابعة لقوات الدعم السريع …», «في غارة لطائرة مسيرة تابعة للجيش التركي»: aircraft said to belong to a
 * side («تابعة لـ») are that side's; the side is the attacker.
 */
export function aircraftOwner(sides: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | undefined {
  for (let k = pos; k < tokens.length && k <= pos + OWNER_REACH; k++) {
    if (tokens[k].kind === 'punct') return undefined;
    if (!formMemo(tokens[k], BELONGING_SLOT, isBelongingForm)) continue;
    const owned = isAircraftNoun(tokens[k - 1]) || isAircraftNoun(tokens[k - 2]);
    return owned ? (sides.find((a) => a.start === k + 1 && /^ل/.test(tokens[k + 1].text))?.party ?? undefined) : undefined;
  }
  return undefined;
}
/** The cue, «لطائرة مسيرة», then «تابعة». */
const OWNER_REACH = 3;
/** «تابعة», «التابعة», «تابع»: belonging to the side after «لـ» (normalised). */
const BELONGING_TO: ReadonlySet<string> = new Set(['تابعه', 'التابعه', 'تابع', 'التابع', 'تابعتين']);
// asked of the words after every attack cue: worked out once per surface form
const BELONGING_SLOT = newFormSlot();
const isBelongingForm = (t: Token): boolean => t.variants.some((v) => BELONGING_TO.has(v));

const isAircraftNoun = (t: Token | undefined): boolean => !!t?.variants.some((x) => AIRCRAFT_NISBA_NOUNS.includes(x));
