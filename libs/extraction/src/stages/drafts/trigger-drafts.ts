/** The drafts of one trigger, one per claimant: its date, places and sides (attacker, side attacked, taker). */
import { INFORMATIVE_EVENT_TYPES, type Claimant, type IncidentEventType } from '../../extraction-record.js';
import { IN_RESPONSE } from '../../lexicon/attribution/attacker-words.js';
import { REPEL_CUE } from '../../lexicon/triggers/attack-context.js';
import type { Place } from '../prepare/places.js';
import type { Attribution } from '../attribution/attribution.js';
import { accusedNear, attackedNear, attributionAt, namedAttacker, requesterOf } from '../attribution/claimants.js';
import {
  answeredAt,
  answeredOnly,
  attackAt,
  clauseAttacker,
  ownArmsAttack,
  responderOf,
  responseVerbBefore,
  unnamedAttacker,
} from '../attribution/attacker.js';
import { actorsOverlapping } from '../attribution/actor-window.js';
import { condemnsFromAfar } from '../attribution/condemners.js';
import { expulsionSides, gaveUp, holderAfter, sharedSubject, takenFrom } from '../attribution/control-sides.js';
import { interceptionSides, launchedFromPlace } from '../attribution/interception.js';
import { vesselHitAt, vesselOwner } from '../attribution/vessel-target.js';
import { shooterSide } from '../attribution/shooters.js';
import { clashWithUnnamed } from '../attribution/unnamed-side.js';
import { isBelligerent } from '../../region/index.js';
import { speakerActs } from '../figures/loss-side.js';
import type { Token } from '../../text/tokens.js';
import type { Trigger } from '../triggers/triggers.js';
import { isBackground, recapAnchor, reportedSpan, retoldSpan, shiftedBack, spanOf } from './dates.js';
import type { Draft } from './draft.js';
import type { SentenceScene } from './sentence-scene.js';
import { datePicked, recalledWithoutDate } from './cue-date.js';

export function triggerDrafts(scene: SentenceScene, tr: Trigger, victims: ReadonlySet<string>): Draft[] {
  const { sentence: w, timing } = scene;
  const attr = attributionAt(scene.attributions, tr.pos, scene.speaker);
  const claimants = attr.length ? attr : [{ pos: -1, party: null, name: scene.source, agency: false } as Attribution];
  const d = w.headline ? undefined : datePicked(scene, tr.pos, scene.clause, scene.cueStarts);
  const recap = recapAnchor(w.tokens, tr.pos);
  const told = d
    ? reportedSpan(d, spanOf(d, timing.cueFallback), w.tokens, tr.pos)
    : retoldSpan(spanOf(d, timing.cueFallback), timing.onStatementDay, w.tokens, tr.pos);
  const date = typeof recap === 'number' ? shiftedBack(told, recap) : told;
  const background =
    recap === 'vague' ||
    isBackground(date, scene.ref, d ?? null) ||
    (!d && !timing.own && timing.inheritedBackground) ||
    recalledWithoutDate(scene, tr.pos, d);
  const pl = scene.placesFor(tr.pos);
  // a meeting or statement is at its venue, when the sentence names one («جلسة طارئة في نيويورك»)
  const venues = w.venues?.map((v) => v.place) ?? [];
  const places = INFORMATIVE.has(tr.type) ? (venues.length ? venues : pl.places.filter((p) => !isTopicPlace(scene, p))) : pl.places;
  // «إن مقاتلات سلاح الجو قصفت مواقع لحماس»: the attack is read at the verb after an aircraft noun cue
  const at = HOSTILE.has(tr.type) ? attackAt(w.tokens, tr.pos) : tr.pos;
  // «اعترضت الدفاعات الجوية صواريخ أطلقها الحوثيون»: the launcher attacked, the interceptor's side was attacked
  const caught = HOSTILE.has(tr.type) ? interceptionSides(scene.actors, w.tokens, tr.pos) : undefined;
  // «استهدف الحوثيون سفينة تجارية»: a ship hit is its flag's or owner's when named, else no side's (an interceptor
  // defended it: «اعترضت مدمرة أمريكية صواريخ أطلقها الحوثيون على سفن» was fire at the interceptor's side)
  const ship = HOSTILE.has(tr.type) && !caught ? vesselHitAt(scene.actors, w.tokens, at) : -1;
  // «اشتبكت قوات الدعم السريع مع مسلحين قبليين»: the other side is armed men of no party, no side to guess
  const unnamedSide = tr.type === 'ArmedClashReported' && clashWithUnnamed(scene.actors, w.tokens, tr.pos);
  // «استهدفت الميليشيات قاعدة أمريكية في سوريا بطائرات مسيرة»: the site is read at the verb or at the instrument
  const attacked = HOSTILE.has(tr.type)
    ? (attackedNear(scene.actors, w.tokens, at) ??
      (at !== tr.pos ? attackedNear(scene.actors, w.tokens, tr.pos) : null) ??
      (ship >= 0 ? vesselOwner(scene.actors, w.tokens, ship) : null))
    : null;
  // «قال حزب الله إنه استهدف …»: only an attack is read so; «إن جنودها قتلوا» may be the passive «قُتلوا»
  // «إن طائراته استهدفت …»: the speaker's own aircraft; «إنها تصدت لهجوم شنه الجيش»: the speaker defended
  // a control change: «قال الحوثيون إنهم سيطروا على …», «إن قواته دخلت …» (the speaker took it)
  const control = tr.type === 'ControlChangeClaimed';
  const selfClaimed =
    (HOSTILE.has(tr.type) &&
      !REPEL_CUE.test(w.tokens[tr.pos].text) &&
      (speakerActs(w.tokens, scene.actors, tr.pos) || ownArmsAttack(w.tokens, tr.pos, at))) ||
    (control && speakerActs(w.tokens, scene.actors, tr.pos));
  // «انسحبت القوات الأوكرانية من …»: the side named gave the place up (the target); the taker is read in record.ts
  const yielded = control && gaveUp(w.tokens, tr.pos);
  // «طرد الجيش العراقي تنظيم داعش من بلدة …»: the expeller took the place, the side expelled lost it
  const expelled = control ? expulsionSides(scene.actors, w.tokens, tr.pos) : null;
  // «سقطت المدينة في أيدي قوات الدعم السريع»: the holder named took it; «استعاد الجيش البلدة من حركة الشباب»: lost by
  // «اقتحمت قوات الدعم السريع المدينة وسيطرت عليها»: the taker is the subject the verb shares
  const holder =
    control && !yielded && !expelled
      ? (holderAfter(scene.actors, w.tokens, tr.pos) ?? sharedSubject(scene.actors, w.tokens, tr.pos))
      : null;
  const loser = control && !yielded && !expelled ? takenFrom(scene.actors, w.tokens, tr.pos, scene.clause) : null;
  // the attacker is read from the clause, the side attacked known or not: «استهدف الحوثيون سفينة إسرائيلية»; its
  // subject, «من قبل», or an attack noun's adjective outrank an actor merely near the cue
  const doer = HOSTILE.has(tr.type) ? clauseAttacker(scene.actors, w.tokens, at, attacked) : null;
  // «قصفت حماس عسقلان ردا على الغارات»: the attack answered was made on the responder
  const answered = HOSTILE.has(tr.type) ? answeredSides(scene, tr.pos) : undefined;
  const unnamed = HOSTILE.has(tr.type) && !doer && unnamedAttacker(scene.actors, w.tokens, at, attacked);
  // «إن صواريخ أطلقت من لبنان سقطت في الجليل»: a place of origin names no attacker, and none is guessed
  const fromPlace = HOSTILE.has(tr.type) && !selfClaimed && !doer && !caught?.launcher && launchedFromPlace(scene.actors, w.tokens, tr.pos);
  // «قتل شاب برصاص قناص إسرائيلي», «قنص جندي إسرائيلي شابا»: the shooter's nisba names who hit the people counted
  // «برصاص مسلحين»: fire by men of no side names nobody, and no side near the cue (the victims') is taken for them
  const shooter = tr.type === 'CasualtiesClaimed' ? shooterSide(w.tokens, tr.pos, scene.actors) : undefined;
  return claimants.map((a) => {
    let claimant: Claimant = { party: a.party, name: a.name ?? (a.party ? a.party : scene.source) };
    if (tr.type === 'AssistanceRequested') claimant = requesterOf(scene.actors, w.tokens, tr.pos) ?? claimant;
    const nearest =
      attacked ??
      (shooter !== undefined
        ? shooter
        : accusedNear(scene.actors, tr.pos, [claimant.party, ...claimants.map((c) => c.party)], w.tokens, KILLED_BY.has(tr.type)));
    // «ردا على هجوم حوثي، شنت طائرات التحالف غارات»: a side named only on the attack answered is not near this one
    const near = nearest && !answered && answeredOnly(scene.actors, w.tokens).has(nearest) ? null : nearest;
    // «مقتل 10 من مسلحي الشباب في غارة»: a side named only beside the attack, whose men it killed, was attacked
    const struck = HOSTILE.has(tr.type) && !attacked && !!near && near !== doer && victims.has(near);
    // «قتل جنديان من الشرطة الاتحادية … في هجوم على نقطة تفتيش»: no side named at the attack; the one whose men it killed
    // was hit. Not when another side tells it: «قالت حركة الشباب إنها صدت هجوما … وقتلت 10 جنود» (it killed them)
    const untold = !claimant.party || victims.has(claimant.party);
    const hit = HOSTILE.has(tr.type) && !attacked && !near && !doer && untold && victims.size === 1 ? [...victims][0] : null;
    // «قال حزب الله إنه استهدف موقعا للجيش الإسرائيلي»: the speaker attacked; the side named at the cue was attacked.
    // Not when the attack names another author: «أعلنت الهيئة مقتل 4 من مقاتليها بقصف روسي»
    // nor when another actor is the attack verb's subject: «وذكرت الأمم المتحدة أن قوات الدعم السريع قصفت …»
    const author = selfClaimed
      ? (namedAttacker(scene.actors, w.tokens, tr.pos, [claimant.party], true) ?? (doer !== claimant.party ? doer : null))
      : undefined;
    const self = selfClaimed && !!claimant.party && !a.agency && !author;
    const accused = answered
      ? answered.attacker
      : fromPlace
        ? null
        : caught
          ? caught.launcher
          : yielded
            ? null
            : holder
              ? holder
              : self
                ? claimant.party
                : expelled
                  ? expelled.taker
                  : (a.accused ?? (attacked ? doer : (doer ?? (struck ? null : near))));
    // … and the side that says the fire fell on it is the side attacked
    const target = answered
      ? answered.responder === SPEAKER
        ? claimant.party
        : answered.responder
      : fromPlace
        ? (caught?.interceptor ?? attacked ?? (claimant.party && !a.agency && isBelligerent(claimant.party) ? claimant.party : null))
        : caught
          ? caught.interceptor
          : expelled
            ? expelled.loser
            : loser
              ? loser
              : yielded
                ? self
                  ? claimant.party
                  : near
                : ship >= 0
                  ? attacked
                  : ((self || attacked || struck) && near) || hit;
    // «أدانت القاهرة الغارات الإسرائيلية على رفح»: the condemner is no side of the attack (record.ts)
    const condemner = HOSTILE.has(tr.type) && condemnsFromAfar(w.tokens, a.pos, claimant.party, places, accused);
    return {
      type: tr.type,
      sentence: scene.index,
      pos: tr.pos,
      claimant: w.headline ? { party: null, name: null } : claimant,
      accused,
      ...(target && { target }),
      ...((unnamed || fromPlace) && !self && { attackerUnnamed: true }),
      ...(answered && { answered: true }),
      ...(ship >= 0 && { vessel: true }),
      ...(unnamedSide && { sideUnnamed: true }),
      ...(condemner && { condemnerAway: true }),
      date,
      // the attack answered is the response's cause, told as background (not folded into the response's sides)
      background: background || !!answered,
      locations: places,
      weapons: tr.weapons,
      casualties: [],
      materiel: [],
      weight: tr.weight,
      explicitDate: !!d,
      inferredPlaces: pl.inferred,
      headline: w.headline,
      bareStrike: tr.bare,
      ...(HOSTILE.has(tr.type) && retoldAttack(w.tokens, tr.pos) && { retold: true }),
    };
  });
}

/**
 * «أطلقت حماس صواريخ على عسقلان ردا على الغارات الإسرائيلية», «وردت أذربيجان على القصف الأرميني بقصف …»: the attack
 * at `pos` is the one a response answered. Its attacker is named on it («الأرميني») or left to the report; its target
 * is the responder, the attacker of the verb before the response (`SPEAKER` when the speaker made it: «إنها قصفت …
 * ردا على …»). Undefined when the cue answers nothing.
 */
function answeredSides(
  { actors, sentence: w }: SentenceScene,
  pos: number,
): { attacker: string | null; responder: string | null } | undefined {
  const answer = answeredAt(w.tokens, pos);
  if (answer < 0) return undefined;
  const own = actorsOverlapping(actors, answer + 1, pos + ANSWERED_REACH).filter((a) => a.start > answer);
  // «ردا على القصف الأرميني», «رداً على كمين نفذته فلول النظام»: read in the answered attack's own words
  const attacker = namedAttacker(own, w.tokens, pos, [], true) ?? accusedNear(own, pos, [], w.tokens, false);
  // «وردت أذربيجان على القصف الأرميني»: the subject of the verb of responding
  const subject = responderOf(actors, w.tokens, answer + 1);
  if (subject || !IN_RESPONSE[0].some((v) => w.tokens[answer].variants.includes(v))) return { attacker, responder: subject ?? null };
  const verb = responseVerbBefore(w.tokens, answer);
  if (verb === undefined) return { attacker, responder: null };
  if (speakerActs(w.tokens, actors, verb)) return { attacker, responder: SPEAKER };
  const before = actorsOverlapping(actors, verb - ANSWERED_REACH, answer).filter((a) => a.end <= answer + 1);
  return { attacker, responder: clauseAttacker(before, w.tokens, attackAt(w.tokens, verb), null) };
}
/** How far the answered attack's words, and the responder's before «ردا», are read. */
const ANSWERED_REACH = 12;
const SPEAKER = '\u0000speaker';

const INFORMATIVE: ReadonlySet<IncidentEventType> = new Set(INFORMATIVE_EVENT_TYPES);
/** Event types with an attacker and a side attacked. */
export const HOSTILE: ReadonlySet<IncidentEventType> = new Set(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported']);
/** Events an aircraft named by its side («طائرات روسية») did: attacks and the dead they left, not a shoot-down. */
const KILLED_BY: ReadonlySet<IncidentEventType> = new Set([...HOSTILE, 'CasualtiesClaimed']);

/** «جلسة لبحث القصف على حلب»: a place named in a meeting's topic is not where the meeting is. */
function isTopicPlace({ sentence: w, blocked }: SentenceScene, place: Place): boolean {
  if (!blocked) return false;
  return w.places.some((p, k) => p.place === place && blocked[w.placeAt[k]!] === 'purpose');
}

/**
 * «قتلوا بعدما شنت الغارة الأمريكية على المدينة», «منذ أن شنت الطائرات الغارة», «إثر الغارة»: a definite attack noun
 * just after a word of time is the attack the report tells, retold as the cause or start of another fact.
 */
function retoldAttack(tokens: readonly Token[], pos: number): boolean {
  if (!DEFINITE_NOUN.test(tokens[pos]!.text)) return false;
  for (let k = pos - 1; k >= Math.max(0, pos - RETOLD_REACH); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (tokens[k]!.variants.some((v) => AFTER_WORDS.has(v))) return true;
  }
  return false;
}
const DEFINITE_NOUN = /^[وفب]?ال/;
/** «بعدما», «بعد أن», «منذ أن», «عقب», «إثر», «في أعقاب» (normalised), within this many words before the noun. */
const AFTER_WORDS: ReadonlySet<string> = new Set(['بعدما', 'بعد', 'عقب', 'اثر', 'منذ', 'اعقاب']);
const RETOLD_REACH = 3;
