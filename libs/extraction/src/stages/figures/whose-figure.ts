/** Whose people a casualty figure counts, as its own words tell: affiliation, party, the speaker's own, attackers. */
import type { Affiliation, CasualtyCategory } from '../../extraction-record.js';
import { OWN_PEOPLE_NOUNS, POSSESSIVE, UNIT_NOUNS } from '../../lexicon/figures/casualty-context.js';
import { IRREGULAR_CODES } from '../../lexicon/actor-table.js';
import { ACTORS } from '../../lexicon/parties.js';
import { HOSTILE_ADJECTIVES } from '../../lexicon/figures/attackers.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { PersonNoun } from '../../lexicon/nouns.js';
import type { Token } from '../../text/tokens.js';
import { ofBothSides } from './both-sides.js';
import { partyNear } from './cue-index.js';
import type { RawCasualty } from './types.js';
import type { CasualtyScan, NounFound } from './casualty-scan.js';
import { isMission, missionNamed, ofTheMission } from './mission-people.js';
import { NOUNLESS_REACH, countsOrdinal, countsOthers } from './linked-figures.js';

/** Affiliation, party read from the phrase (undefined: decide from context) and whether they are the speaker's own. */
export function whoseFigure(
  scan: CasualtyScan,
  { noun, nounAt, qty, partitive, total }: NounFound,
  linked: boolean,
  category: CasualtyCategory,
): Pick<RawCasualty, 'affiliation' | 'party' | 'own' | 'attacker' | 'stateForce' | 'foughtBy' | 'sameSideAs' | 'ofMission'> {
  const { tokens, prev } = scan;
  const isOthers = countsOthers(tokens, noun);
  // «قتل اثنان من المهاجمين واعتقال ثالث»: a third one is of the two's side, an attacker too, whatever befell him
  if (prev && countsOrdinal(tokens, noun))
    return { ...moreOf(prev), ...(prev.party === undefined && { sameSideAs: prev.sameSideAs ?? prev }) };
  // «أحد المهاجمين فجر نفسه بينما قتل ثلاثة آخرون»: more attackers, not more of the figure before
  if (isOthers && scan.lastAttacker !== undefined && (!prev || scan.lastAttacker > prev.pos))
    return { affiliation: 'military', party: undefined, own: false, attacker: true };
  // «… من بينهم الإرهابيون الخمسة، وارتفع عدد المصابين إلى 60 آخرين»: the wounded others are not more attackers
  if (isOthers && prev && prev.attacker && prev.category !== category) return { affiliation: 'unknown', party: undefined, own: false };
  if (isOthers && prev) return moreOf(prev);
  // «قتل عنصر من قسد وأصيب اثنان»: a count with no people of its own is more of the people counted before
  const more = noun.start === noun.end && !total && !!prev && prev.pos >= qty.start - NOUNLESS_REACH;
  const affiliation: Affiliation =
    more && noun.data.affiliation === 'unknown' ? prev!.affiliation : ofArmedForce(scan, noun) ? 'military' : noun.data.affiliation;
  const nounTok = tokens[nounAt];
  const own = !!nounTok && POSSESSIVE.test(nounTok.text) && nounTok.variants.some((v) => OWN_PEOPLE_NOUNS.includes(v));
  // a nisba on the noun itself with no party (null) says nothing: read on
  let party: string | null | undefined = (nounTok ? scan.nisba(nounTok) : undefined) ?? undefined;
  if (party === undefined && !own) party = nisbaAfterNoun(scan, noun);
  if (party === undefined && !own) party = missionOfPeople(scan, noun);
  // «3 من جنود البعثة»: the mission the sentence names, else the one that speaks (figure-party.ts)
  const ofMission = party === undefined && !own && ofTheMission(tokens, noun);
  if (ofMission) party = missionNamed(scan.actors);
  if (party === undefined && !own && tokens[noun.end]?.variants.includes('من')) party = partyNear(scan.actors, noun.end, noun.end + 4);
  if (party === undefined && !own) party = possessorGroup(scan, noun);
  if (party === undefined && !own) party = headOfNoun(scan, noun);
  // «من عناصر الحوثي خمسة»: the side named between the people and their count
  if (party === undefined && !own && partitive) party = partyNear(scan.actors, noun.start, qty.start - 1);
  const attacker = !!noun.data.attacker || hostileAdjective(tokens[noun.end]);
  const other = !!prev && otherSide(noun.data, prev);
  if (party === undefined && (linked || more) && prev && !attacker && !other && !total) party = prev.party;
  // «قتل عشرات على الجانبين», «مقتل 20 مقاتلا من الطرفين»: both sides' dead together are no one party's
  if (ofBothSides(tokens, Math.max(noun.end, qty.end))) party = null;
  // «قتل 20 من مقاتلي حركة الشباب وأصيب 5 جنود»: soldiers told after an armed group's men, joined or not
  const foughtBy = party === undefined && other && noun.data.stateForce && !own ? prev!.party! : undefined;
  return {
    affiliation,
    party,
    own,
    ...(attacker && { attacker: true }),
    ...(noun.data.stateForce && { stateForce: true }),
    ...(foughtBy && { foughtBy }),
    ...(ofMission && party === undefined && { ofMission: true }),
  };
}

/** More people of the figure before's side. */
function moreOf(prev: RawCasualty): Pick<RawCasualty, 'affiliation' | 'party' | 'own' | 'attacker'> {
  return { affiliation: prev.affiliation, party: prev.party, own: prev.own, ...(prev.attacker && { attacker: true }) };
}

/** How far after «من» the force a count with no people noun belongs to may start («من قوات اللواء خليفة حفتر»). */
const FORCE_REACH = 3;

/**
 * «6 من قوات حفتر», «8 من حركة الشباب», «15 في صفوف الحوثيين»: a count with no people noun of its own, then «من» or
 * «في صفوف» and an armed force, counts that force's men («4 من موظفي الأمم المتحدة» stay of unknown affiliation).
 */
function ofArmedForce({ tokens, actors }: CasualtyScan, noun: LexMatch<PersonNoun>): boolean {
  if (noun.start !== noun.end || noun.data.affiliation !== 'unknown') return false;
  const next = tokens[noun.end];
  const ranks = next?.text === 'في' && tokens[noun.end + 1]?.variants.includes(RANKS);
  if (!next?.variants.includes('من') && !ranks) return false;
  const from = ranks ? noun.end + 1 : noun.end;
  const force = actors.find((a) => a.start > from && a.start <= from + FORCE_REACH);
  return !!force && force.military;
}

/** «في صفوف الحوثيين»: the ranks of a side. */
const RANKS = 'صفوف';

/**
 * «5 جنود باكستانيين و3 مسلحين», «5 من عناصر الدعم السريع و3 جنود»: gunmen after soldiers, or soldiers after an armed
 * group's men, are the other side, not more of the same.
 */
function otherSide(noun: PersonNoun, prev: RawCasualty): boolean {
  if (noun.irregular && prev.stateForce) return true;
  return !!noun.stateForce && !!prev.party && IRREGULAR_CODES.has(prev.party);
}

/** «15 عنصرا إرهابيا», «عناصر إرهابية»: the people are called the enemy's. */
function hostileAdjective(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.variants.some((v) => HOSTILE_ADJECTIVES.includes(v));
}

/**
 * «أحد قادة ألوية الحشد الشعبي», «عناصر حزب الله»: the people are the named group's, in construct with
 * it (the group right after the noun, or after one unit noun).
 */
function possessorGroup({ tokens, actors }: CasualtyScan, noun: LexMatch<PersonNoun>): string | null | undefined {
  const at = tokens[noun.end] && tokens[noun.end].variants.some((v) => UNIT_NOUNS.includes(v)) ? noun.end + 1 : noun.end;
  if (at >= tokens.length) return undefined;
  return actors.find((a) => a.start === at && a.role === 'group')?.party;
}

/**
 * «ثمانية مسؤولين من ناغورني قره باخ»: the counted people open a phrase that names whose officials or men they are
 * (an actor phrase read from its own words, starting at the noun).
 */
function headOfNoun({ actors }: CasualtyScan, noun: LexMatch<PersonNoun>): string | undefined {
  const head = actors.find((a) => a.role === 'head' && a.start === noun.start && a.end > noun.end && !a.contextual);
  return head?.party ?? undefined;
}

/**
 * Peacekeepers and soldiers of an organisation's mission: «3 من جنود حفظ السلام» (the noun is itself the mission's
 * name, lexicon/regional-names.ts), «جنديان من قوات حفظ السلام», «3 جنود من بعثة الاتحاد الأفريقي». They are the
 * mission's, null included: peacekeepers of no known mission are nobody's, not the report's country's.
 */
function missionOfPeople(scan: CasualtyScan, noun: LexMatch<PersonNoun>): string | null | undefined {
  const orgsAt = (scan.orgsAt ??= new Map(scan.actors.filter((a) => a.role === 'org').map((a) => [a.start, a])));
  const named = orgsAt.get(noun.start);
  if (named && named.military && named.end >= noun.end) return named.party;
  if (!noun.data.stateForce || !scan.tokens[noun.end]?.variants.includes('من')) return undefined;
  // «من قوات حفظ السلام الروسية» (a regional name, military), «من بعثة الأمم المتحدة» (a head, then the organisation)
  for (const at of [noun.end + 1, noun.end + 2]) {
    const mission = orgsAt.get(at);
    if (mission && (mission.military || isMission(mission.party))) return mission.party;
  }
  return undefined;
}
/** «جنود كوريون شماليون», «جنديين جنوب سودانيين»: a nisba of two words (lexicon/world-nisba.ts), starting at k. */
function twoWordNisba(tokens: readonly Token[], k: number): string | null | undefined {
  const m = ACTORS.matchAt(tokens, k);
  return m && m.end === k + 2 && m.data.role === 'nisba' ? m.data.party : undefined;
}

/**
 * «جنود أرمينيين», «عسكريين اثنين من القوات التركية» — not «بجروح في غارة إسرائيلية». A country or nisba inside
 * a group's own name («عناصر قوات سوريا الديمقراطية», «مسلحي طالبان الباكستانية») is the group's, not the state's.
 */
function nisbaAfterNoun({ tokens, index, nisba, actors }: CasualtyScan, noun: LexMatch<PersonNoun>): string | null | undefined {
  const reach = tokens[noun.end]?.variants.includes('من') ? 4 : 2;
  for (let k = noun.end; k < Math.min(tokens.length, noun.end + reach); k++) {
    if (index.startsAt(k)) break;
    const group = actors.find((a) => a.role === 'group' && a.start <= k && k < a.end);
    if (group) return group.party ?? undefined;
    const np = nisba(tokens[k]) ?? twoWordNisba(tokens, k);
    if (np !== undefined) return np;
    if (tokens[k].kind === 'punct') break;
  }
  return undefined;
}
