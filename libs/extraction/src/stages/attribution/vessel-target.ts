import { ARM_NOUNS } from '../../lexicon/attribution/attacker-words.js';
import { ATTACK_TARGETS, SUFFER_VERBS } from '../../lexicon/attribution/target-words.js';
import { CARRIER_CARGO, OWNER_WORDS, VESSEL_HIT_VERBS, VESSELS } from '../../lexicon/attribution/vessel-words.js';
import { ACTORS } from '../../lexicon/parties.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';
import type { ActorPhrase } from './types.js';
import { actorsStartingIn } from './actor-window.js';
import { DEFINITE } from '../../text/word-shapes.js';

/**
 * The token of the ship the attack read at `at` hit, or -1: the first site after the attack word when it is a ship
 * («استهدف الحوثيون سفينة تجارية …», «هاجمت مسيرة ناقلة نفط …», «أطلقوا صاروخا على سفينة …»), or a ship that underwent
 * it before it («تعرضت سفينة لهجوم», «وتضررت سفينة تجارية في هجوم صاروخي»).
 */
export function vesselHitAt(actors: readonly ActorPhrase[], tokens: readonly Token[], at: number): number {
  // «قصفت القوات الروسية سفينة شحن …»: the subject after the verb is no site
  const subject = actorsStartingIn(actors, at + 1, at + 1)[0];
  for (let k = subject ? subject.end : at + 1; k < tokens.length && k <= at + AFTER_REACH; k++) {
    const t = tokens[k];
    if (t.kind === 'punct') break;
    // «استهدفت الزوارق الإيرانية سفينة …»: boats right after the verb are its subject
    if (k === at + 1 && t.variants.some((v) => ARM_NOUNS.includes(v)) && DEFINITE.test(t.text)) continue;
    if (isVessel(tokens, k)) return k;
    if (formMemo(t, SITE_SLOT, isSiteForm)) return -1;
  }
  for (let k = at - 1; k >= 1 && k >= at - BEFORE_REACH; k--) {
    if (tokens[k].kind === 'punct') return -1;
    if (isVessel(tokens, k) && (undergoes(tokens[k - 1]) || undergoes(tokens[k + 1]))) return k;
  }
  return -1;
}
/** The verb, the attacker and a word or two before the ship; the ship, its kind and the verb of undergoing before. */
const AFTER_REACH = 6;
const BEFORE_REACH = 6;
const VESSEL_SET: ReadonlySet<string> = new Set(VESSELS);
const SITES: ReadonlySet<string> = new Set(ATTACK_TARGETS.filter((w) => !VESSEL_SET.has(w)));
const HIT: ReadonlySet<string> = new Set([...SUFFER_VERBS, ...VESSEL_HIT_VERBS]);
const undergoes = (t: Token | undefined): boolean => !!t?.variants.some((v) => HIT.has(v));

// asked for a dozen tokens around every attack cue: worked out once per surface form
const VESSEL_SLOT = newFormSlot();
const SITE_SLOT = newFormSlot();
const isVesselForm = (t: Token): boolean => t.variants.some((v) => VESSEL_SET.has(v));
const isSiteForm = (t: Token): boolean => t.variants.some((v) => SITES.has(v));

function isVessel(tokens: readonly Token[], k: number): boolean {
  if (!formMemo(tokens[k], VESSEL_SLOT, isVesselForm)) return false;
  // «ناقلة جند مدرعة» is armour
  return !tokens[k + 1]?.variants.some((v) => CARRIER_CARGO.includes(v));
}

/**
 * The side a ship at `ship` belongs to when the text names it after an owner word: «سفينة ترفع علم ليبيريا», «ناقلة
 * مملوكة لشركة يونانية», «سفينة مرتبطة بإسرائيل». Null when none is named (a nisba right after the ship is read as
 * any site's: attackedNear).
 */
export function vesselOwner(actors: readonly ActorPhrase[], tokens: readonly Token[], ship: number): string | null {
  let owned = false;
  for (let k = ship + 1; k < tokens.length && k <= ship + OWNER_REACH; k++) {
    if (tokens[k].kind === 'punct') return null;
    if (tokens[k].variants.some((v) => OWNER_SET.has(v))) owned = true;
    if (!owned) continue;
    const side = actorsStartingIn(actors, k, k).find((a) => !!a.party && OWNER_ROLES.has(a.role))?.party ?? ownerNisba(tokens, k);
    if (side) return side;
  }
  return null;
}
/** The ship, its kind, the owner word, «لشركة» and the owner's nisba. */
const OWNER_REACH = 6;
const OWNER_SET: ReadonlySet<string> = new Set(OWNER_WORDS);
const OWNER_ROLES: ReadonlySet<string> = new Set(['country', 'nisba', 'group', 'capital']);

/** «لشركة يونانية»: a company's nisba, which the actor phrases pass over (a company is no side of the war). */
function ownerNisba(tokens: readonly Token[], k: number): string | null {
  const m = tokens[k].kind === 'word' ? ACTORS.matchAt(tokens, k) : undefined;
  return m && (m.data.role === 'nisba' || m.data.role === 'country') ? m.data.party : null;
}
