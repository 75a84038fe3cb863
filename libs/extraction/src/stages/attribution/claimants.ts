import type { Claimant } from '../../extraction-record.js';
import { ADDRESSEE_BEFORE } from '../../lexicon/addressee-particles.js';
import { REQUEST_VERBS } from '../../lexicon/attribution/request-verbs.js';
import { SUFFER_VERBS, TARGET_PREPOSITIONS } from '../../lexicon/attribution/target-words.js';
import { AGENT_HEADS, AGENT_LEADS, ATTACK_NOUN_FORMS } from '../../lexicon/attribution/attacker-words.js';
import { AIRCRAFT_NISBA_NOUNS } from '../../lexicon/attribution/phrase-breaks.js';
import { WEAPON_SITE_HEADS } from '../../lexicon/figures/materiel-context.js';
import { INSTRUMENT_PREFIX } from '../../lexicon/triggers/aircraft-context.js';
import { formMemo, newFormSlot, type Token } from '../../text/tokens.js';
import { ACTORS } from '../../lexicon/parties.js';
import { ORG_CODES } from '../../lexicon/actor-table.js';
import type { ActorPhrase, Attribution, DocContext } from './attribution.js';
import { actorsOverlapping, actorsStartingIn } from './actor-window.js';
import { isAttackTarget } from './site-words.js';
import { armConstructIsSubject } from './arm-construct.js';
import { attackNounBefore } from './attack-noun.js';
import { isVerbOnObject } from './verb-on-object.js';
import { grouped } from './attribution-index.js';
import { BELONGING, IDENTITY_COMPLEMENT, SUSPICION_WORDS } from '../../lexicon/scope-words.js';

export { attributionAt } from './attribution-index.js';

/** Who asks for help: the actor next to the request word that is not its addressee. */
export function requesterOf(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): Claimant | undefined {
  const isAddressee = (a: ActorPhrase) => {
    const prev = tokens[a.start - 1];
    return (
      (!!prev && ADDRESSEE_BEFORE.some((w) => prev.variants.includes(w))) ||
      (/^[لب]/.test(tokens[a.start].text) && !/^ال/.test(tokens[a.start].text))
    );
  };
  const speakers = actors.filter((a) => a.role !== 'agency' && !isAddressee(a));
  const cands = speakers.filter((a) => a.party);
  const subject = requestSubject(cands, tokens, pos) ?? subjectOfRequestVerb(speakers, tokens, pos);
  if (subject) return { party: subject.party, name: subject.name };
  const before = cands.filter((a) => a.end <= pos && a.end >= pos - 3);
  if (before.length) return { party: before[before.length - 1].party, name: before[before.length - 1].name };
  const after = cands.find((a) => a.start > pos && a.start <= pos + 4);
  if (after) return { party: after.party, name: after.name };
  const earlier = cands.filter((a) => a.end <= pos);
  if (earlier.length) return { party: earlier[earlier.length - 1].party, name: earlier[earlier.length - 1].name };
  return undefined;
}

/** «تقدمت يريفان رسميا إلى …»: the first actor (not an addressee) right after the last verb of asking before the request. */
function requestSubject(cands: readonly ActorPhrase[], tokens: readonly Token[], pos: number): ActorPhrase | undefined {
  for (let k = Math.min(pos, tokens.length) - 1; k >= 0; k--) {
    if (!tokens[k].variants.some((v) => REQUEST_VERBS.includes(v))) continue;
    return cands.find((a) => a.start > k && a.start <= k + 4 && a.end <= pos);
  }
  return undefined;
}

/**
 * «ناشد رئيس الوزراء مصر التدخل», «وطلب الرئيس روسيا …»: the cue is the verb of asking itself; the actor right after it
 * asks, even with no party read, and the state after that is the one asked.
 */
function subjectOfRequestVerb(speakers: readonly ActorPhrase[], tokens: readonly Token[], pos: number): ActorPhrase | undefined {
  const verb = tokens[pos]?.text.replace(/^[وف]/, '');
  if (!verb || !REQUEST_VERBS.includes(verb)) return undefined;
  return speakers.find((a) => a.start === pos + 1);
}

/**
 * A military actor of another party within four tokens of the cue is the accused (never one of the claimants: «أعلنت
 * سرايا القدس وكتائب القسام قصف …»). The attacker an attack noun names wins over the victims next to the cue, a little
 * further off too: «قتل 3 من عناصر حزب الله في غارة إسرائيلية», «قتل جنديان بهجوم لداعش».
 */
export function accusedNear(
  actors: readonly ActorPhrase[],
  pos: number,
  claimants: readonly (string | null)[],
  tokens: readonly Token[],
  byAircraft = false,
): string | null {
  const named = namedAttacker(actors, tokens, pos, claimants, byAircraft);
  if (named) return named;
  for (const a of actorsStartingIn(actors, pos - 4, pos + 4)) {
    if (!a.party || claimants.includes(a.party) || a.role === 'agency' || a.role === 'org') continue;
    // an aircraft's side («طائرة مسيرة أمريكية») attacked in a strike; shot down, it is the loser
    if (!byAircraft && aircraftSide(tokens, a)) continue;
    if (a.military) return a.party;
  }
  return null;
}

/** The actor an attack noun names as its author, nearest the cue: its nisba («غارة إسرائيلية») or «لـ» («هجوم لداعش»). */
export function namedAttacker(
  actors: readonly ActorPhrase[],
  tokens: readonly Token[],
  pos: number,
  claimants: readonly (string | null)[],
  byAircraft = false,
): string | undefined {
  let best: ActorPhrase | undefined;
  for (const a of actorsStartingIn(actors, pos - NEAR, pos + ATTACKER_REACH)) {
    if (!a.party || claimants.includes(a.party) || a.role === 'agency' || a.role === 'org' || a.role === 'person') continue;
    if (!authorOfAttack(tokens, a) && !(byAircraft && aircraftSide(tokens, a))) continue;
    if (!best || Math.abs(a.start - pos) < Math.abs(best.start - pos)) best = a;
  }
  return best?.party ?? undefined;
}
const NEAR = 4;
const ATTACKER_REACH = 10;

/** «طائرات روسية», «مسيرة تركية»: the nisba after an aircraft noun. */
function aircraftSide(tokens: readonly Token[], a: ActorPhrase): boolean {
  return a.role === 'nisba' && !!tokens[a.start - 1]?.variants.some((v) => AIRCRAFT_NISBA_NOUNS.includes(v));
}

/** «غارة إسرائيلية» (a nisba after the attack noun), «بهجوم لداعش», «قصف لقوات النظام» (a «لـ» glued after it). */
function authorOfAttack(tokens: readonly Token[], a: ActorPhrase): boolean {
  if (namesWhoseMen(tokens, a)) return true;
  const noun = attackNounBefore(tokens, a.start);
  if (noun < 0) return false;
  // «دمرت منصات صواريخ لحزب الله»: the weapon in construct with a launcher or depot; the side owns the site
  if (tokens[noun - 1]?.variants.some((v) => WEAPON_SITE_HEADS.includes(v))) return false;
  if (a.role === 'nisba') return true;
  const first = tokens[a.start].text;
  return first.startsWith('ل') && !first.startsWith('ال');
}

/**
 * «مسلحون يشتبه بانتمائهم لحركة الشباب», «يعتقد أنهم من داعش», «ينتمون إلى حركة طالبان باكستان»: the group a
 * suspicion or a verb of belonging names, within three words before it, is whose the armed men are — the attacker.
 */
export function namesWhoseMen(tokens: readonly Token[], a: ActorPhrase): boolean {
  for (let k = a.start - 1; k >= Math.max(0, a.start - 3); k--) {
    const t = tokens[k];
    if (t.kind === 'punct') return false;
    if (BELONGING.test(t.text) || (IDENTITY_COMPLEMENT.test(t.text) && suspected(tokens, k))) return true;
  }
  return false;
}

/** «يشتبه في أنهم», «يعتقد أنهم»: a suspicion word one or two words before. */
function suspected(tokens: readonly Token[], k: number): boolean {
  return [k - 1, k - 2].some((j) => !!tokens[j]?.variants.some((v) => SUSPICION_WORDS.has(v)));
}

/**
 * «هجوم على قاعدة للجيش الصومالي», «قصف ضد مواقع قسد», «غارة استهدفت تجمعات لقوات النظام»: the side after «على»/«ضد»
 * or after a position or base within five tokens after the cue is the side attacked, never the attacker.
 */
export function attackedNear(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  return (
    sufferedBy(actors, tokens, pos) ??
    attackedPhrase(actors, tokens, pos) ??
    siteNisba(actors, tokens, pos) ??
    siteNisbaBefore(actors, tokens, pos)
  );
}

/**
 * «تعرضت مواقع للجيش الليبي لهجوم», «تعرضت قوات الدعم السريع لغارات», «إن القوات الروسية تعرضت لقصف»: the attack
 * («لـ» glued to the cue at `pos`) that a verb of undergoing before it governs was suffered by the side between them,
 * or by the verb's subject right before it.
 */
function sufferedBy(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  if (!UNDERGONE.test(tokens[pos]?.text ?? '')) return null;
  for (let k = pos - 1; k >= 0 && k >= pos - SUFFER_REACH; k--) {
    if (tokens[k].kind === 'punct') return null;
    if (!tokens[k].variants.some((v) => SUFFER_VERBS.includes(v))) continue;
    const sides = actorsOverlapping(actors, k - 3, pos).filter((a) => !!a.party && SIDE_ROLES.has(a.role));
    return (sides.find((a) => a.start > k && a.end <= pos) ?? sides.find((a) => a.end === k))?.party ?? null;
  }
  return null;
}
/** «لهجوم», «للقصف», «لغارات»: the attack the verb of undergoing governs. */
const UNDERGONE = /^[وف]?ل/;
/** How far before the attack the verb of undergoing may stand: «تعرضت مواقع قوات سوريا الديمقراطية في ريف … لقصف». */
const SUFFER_REACH = 8;
const SIDE_ROLES: ReadonlySet<string> = new Set(['group', 'country', 'nisba', 'head', 'capital']);

function attackedPhrase(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  for (const a of actorsStartingIn(actors, pos + 1, pos + TARGET_REACH)) {
    if (!a.party || a.role === 'person') continue;
    // «قصف على موقع لليونيفيل»: «موقع» and an organisation, read as its website, is its position
    if (a.role === 'agency') {
      if (isAttackTarget(tokens[a.start]) && ORG_CODES.has(a.party)) return a.party;
      continue;
    }
    if (namesWhoseMen(tokens, a)) continue;
    const siteAt = isAttackTarget(tokens[a.start - 1]) ? a.start - 1 : siteWithComplement(tokens, a.start, pos) ? a.start - 2 : -1;
    // «هجوم شنته خلايا تابعة لتنظيم داعش»: the «cells» a relative attack verb has as its subject made the attack
    if (siteAt >= 0 && isVerbOnObject(tokens[siteAt - 1]?.text)) continue;
    if (siteAt === pos + 1 && (siteIsSubject(tokens, pos, a.end) || armConstructIsSubject(tokens, pos, a.end))) continue;
    const site = siteAt >= 0;
    // an organisation is the side attacked only as the holder of a site: «هجوم على مقر للأمم المتحدة»
    if (a.role === 'org') {
      if (site) return a.party;
      continue;
    }
    // «على يد مسلحين»: the doer, not the side attacked
    const isPreposition = (k: number) => !!tokens[k]?.variants.some((v) => TARGET_PREPOSITIONS.includes(v)) && !isAgentHead(tokens, k + 1);
    // a country or capital is the side attacked only right after «على» («هجوم على أوكرانيا»), not as where a
    // place is («غارة على بلدة في جنوب لبنان»)
    if (a.role === 'country' || a.role === 'capital') return isPreposition(a.start - 1) ? a.party : null;
    let preposition = false;
    for (let k = pos + 1; k < a.start; k++) if (isPreposition(k)) preposition = true;
    return site || preposition ? a.party : null;
  }
  return null;
}
const TARGET_REACH = 5;

/**
 * «هاجمت خلايا تابعة لتنظيم داعش حاجزا للجيش»: a site word right after a finite attack verb, with its owner after it and
 * then another site as the verb's object, is the verb's subject (verb–subject–object) — its owner attacked.
 */
function siteIsSubject(tokens: readonly Token[], pos: number, ownerEnd: number): boolean {
  return !tokens[pos].variants.some((v) => ATTACK_NOUN_FORMS.has(v)) && isAttackTarget(tokens[ownerEnd]);
}

/** «مستودعات أسلحة لحزب الله», «مخازن ذخيرة للقوات الأوكرانية»: a site with one word of its own before its holder. */
function siteWithComplement(tokens: readonly Token[], start: number, pos: number): boolean {
  return start - 2 > pos && tokens[start - 1]?.kind === 'word' && isAttackTarget(tokens[start - 2]);
}
// asked for every token near every attack cue: worked out once per surface form (a 10 KB «قصف» flood spent a tenth of
// its time scanning these lists)
const AGENT_HEAD_SLOT = newFormSlot();
const AGENT_LEAD_SLOT = newFormSlot();
const AGENT_HEAD_WORDS: ReadonlySet<string> = new Set(AGENT_HEADS);
const AGENT_LEAD_WORDS: ReadonlySet<string> = new Set(AGENT_LEADS);
const isAgentHeadForm = (u: Token): boolean => u.variants.some((v) => AGENT_HEAD_WORDS.has(v));
const isAgentLeadForm = (u: Token): boolean => u.variants.some((v) => AGENT_LEAD_WORDS.has(v));

/** «على يد», «من قبل», «بأيدي»: the noun after which the doer of an attack is named. */
export function isAgentHead(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k];
  if (!head || !formMemo(head, AGENT_HEAD_SLOT, isAgentHeadForm)) return false;
  const lead = tokens[k - 1];
  return (!!lead && formMemo(lead, AGENT_LEAD_SLOT, isAgentLeadForm)) || /^ب/.test(head.text);
}

/**
 * «استهداف سفينة إسرائيلية», «قصف موقع المطلة الإسرائيلي», «هجوم على جنود أتراك»: the nisba a position, base or
 * ship after the cue takes (right after it, or after one word of its name) names the side attacked; not past an
 * actor phrase.
 */
function siteNisba(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  // «قصف الحوثيون سفينة أمريكية»: the site comes after the verb's subject (verb–subject–object)
  const from = actorsStartingIn(actors, pos + 1, pos + 1).find((a) => a.role !== 'agency')?.end ?? pos + 1;
  const near = actorsOverlapping(actors, from, from + TARGET_REACH);
  for (let k = from; k < from + TARGET_REACH && k < tokens.length; k++) {
    if (tokens[k].kind === 'punct') return null;
    // «قصفت القوات الروسية …»: forces in an actor phrase are its subject, not a site (but «موقع» read as a website is one)
    if (near.some((a) => a.start <= k && k < a.end && a.role !== 'agency')) return null;
    if (!isAttackTarget(tokens[k])) continue;
    // «قصفت راجمات الصواريخ الروسية خيرسون»: the arms are the verb's subject, not what it hit
    if (k === pos + 1 && armConstructIsSubject(tokens, pos, pos + 4)) return null;
    return nisbaAfterSite(tokens, k, tokens.length);
  }
  return null;
}

/**
 * «استهداف موقع المطلة الإسرائيلي بالصواريخ»: when the weapon named as the instrument is the cue (it types the
 * attack), the site it hit stands before it, in the same stretch of words.
 */
function siteNisbaBefore(actors: readonly ActorPhrase[], tokens: readonly Token[], pos: number): string | null {
  if (!INSTRUMENT_PREFIX.test(tokens[pos]?.text ?? '')) return null;
  const near = actorsOverlapping(actors, pos - TARGET_REACH - 2, pos - 1);
  for (let k = pos - 1; k >= 0 && k >= pos - TARGET_REACH - 2; k--) {
    if (tokens[k].kind === 'punct') return null;
    // «استهدفت القوات الأوكرانية بطائرات مسيرة …»: the forces before the instrument are the subject, not a site
    if (near.some((a) => a.start <= k && k < a.end && a.role !== 'agency')) continue;
    if (isAttackTarget(tokens[k])) return nisbaAfterSite(tokens, k, pos) ?? ownerAfterSite(near, k, pos);
  }
  return null;
}

/**
 * «استهدفت قافلة للجيش الصومالي بقذائف», «استهدفت مواقع لحزب الله بغارات»: the side that owns the site, named right after
 * it or after one adjective («قافلة عسكرية للجيش»), before the instrument at `limit`.
 */
function ownerAfterSite(near: readonly ActorPhrase[], site: number, limit: number): string | null {
  const owner = near.find((a) => a.start > site && a.start <= site + 2 && a.end <= limit && !!a.party && SIDE_ROLES.has(a.role));
  return owner?.party ?? null;
}

/** The party of a nisba right after the site at `site` or after one word of its name, before `limit`. */
function nisbaAfterSite(tokens: readonly Token[], site: number, limit: number): string | null {
  for (let j = site + 1; j <= site + 2 && j < limit && tokens[j].kind === 'word'; j++) {
    const m = ACTORS.matchAt(tokens, j);
    if (m?.data.role === 'nisba' && m.end === j + 1) return m.data.party;
  }
  return null;
}

/** A bare «وزارة الدفاع» after a party spoke is that party's: the document remembers the last speaking party. */
export function rememberSpeaker(ctx: DocContext, attributions: readonly Attribution[], actors: readonly ActorPhrase[]): void {
  const last = [...attributions].reverse().find((a) => !a.inherit);
  if (last?.party && !last.agency) ctx.lastParty = last.party;
  rememberJointSides(ctx, attributions, actors);
}

/**
 * «قالت حماس والجهاد الإسلامي في بيان مشترك», «أعلنت كتائب القسام وسرايا القدس»: armed groups that speak with one
 * voice are one side. Not states: «أعلنت أرمينيا وأذربيجان وقف إطلاق النار» are the two sides agreeing.
 */
function rememberJointSides(ctx: DocContext, attributions: readonly Attribution[], actors: readonly ActorPhrase[]): void {
  const groups = new Set(actors.filter((a) => a.role === 'group').map((a) => a.party));
  const speakingGroups = attributions.filter((a) => a.party && groups.has(a.party));
  for (const voice of grouped(speakingGroups).all())
    for (const a of voice) for (const b of voice) if (a.party !== b.party) ctx.jointSides.add(`${a.party}|${b.party}`);
}
