import type { IncidentEventType } from '../../extraction-record.js';
import { CUES, type Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { Token } from '../../text/tokens.js';
import type { RawMateriel } from '../figures/figures.js';
import type { Scope } from './scope.js';

/**
 * Event typing: which cues of a sentence become which event types, after
 * negation, modality, calls and requests have been taken into account.
 * Each result points at the token that triggered it so the caller can pick
 * the nearest date, claimant and figures.
 */
export interface Trigger {
  type: IncidentEventType;
  pos: number;
  weapons: string[];
  weight: number;
  /** The cue's own party role: for AssistanceRequested, the requester found next to the cue. */
  requesterHint?: number;
}

const has = (t: Token | undefined, ...ws: string[]) => !!t && ws.some((w) => t.variants.includes(w));

const TERRITORY = [
  'منطقه',
  'مناطق',
  'المنطقه',
  'قريه',
  'قري',
  'بلده',
  'بلدات',
  'مدينه',
  'مدن',
  'موقع',
  'مواقع',
  'موقعين',
  'مرتفع',
  'مرتفعات',
  'تله',
  'تلال',
  'اجزاء',
  'اراض',
  'اراضي',
  'تجمعات',
  'التجمعات',
  'اقليم',
  'جبل',
  'قاعده',
  'مطار',
  'معبر',
  'حي',
  'احياء',
  'نقاط',
  'نقطه',
  'محور',
  'طريق',
  'ريف',
  'مركز',
  'ضواحي',
  'محافظه',
  'ولايه',
  'مقاطعه',
  'حقل',
  'حقول',
  'مرفا',
  'ميناء',
  'جسر',
  'الخطوط',
  'خطوط',
  'مستوطنه',
  'مخيم',
];
const POSITIONS = [
  'مواقع',
  'موقع',
  'مراكز',
  'مركز',
  'نقاط',
  'نقطه',
  'ثكنه',
  'معاقل',
  'معقل',
  'قوات',
  'جنود',
  'دوريه',
  'تحصينات',
  'خنادق',
  'الخطوط',
  'خطوط',
  'وحدات',
  'وحده',
  'ارتال',
  'رتل',
  'تجمعات',
  'كتيبه',
  'اللواء',
  'لواء',
];
const ATTACK_VERBS = [
  'قصف',
  'استهدف',
  'استهدفت',
  'استهداف',
  'شن',
  'شنت',
  'ضرب',
  'ضربت',
  'غاره',
  'غارات',
  'هجوم',
  'هجمات',
  'هاجم',
  'هاجمت',
  'باستخدام',
  'استخدام',
  'استخدم',
  'استخدمت',
  'تستخدم',
  'يستخدم',
  'اطلق',
  'اطلقت',
  'اطلاق',
  'هجوما',
  'استهدفت',
  'قصفت',
  'بمهاجمه',
];
const DECLARE = [
  'اتفق',
  'اتفقا',
  'اتفقتا',
  'اتفقت',
  'اتفاق',
  'اتفاقا',
  'توصل',
  'توصلا',
  'توصلتا',
  'التوصل',
  'توصلت',
  'اعلن',
  'اعلنت',
  'اعلان',
  'وقع',
  'وقعت',
  'وقعوا',
  'توقيع',
  'دخل',
  'حيز',
  'سريان',
  'يسري',
  'اعتبارا',
  'اوقف',
  'اوقفا',
  'اوقفت',
  'توقف',
  'وافق',
  'وافقت',
  'موافقه',
  'ابرام',
  'ابرم',
  'اكد',
  'اكدت',
  'يبدا',
  'بدء',
  'اعلنا',
  'اعلنتا',
  'ينص',
  'تنص',
];
const MOBILIZE_VERBS = [
  'اعلن',
  'اعلنت',
  'اعلان',
  'اصدر',
  'اصدرت',
  'فرض',
  'فرضت',
  'وقع',
  'مرسوم',
  'مرسوما',
  'قرر',
  'قررت',
  'امر',
  'امرت',
  'بدء',
  'بدات',
  'اقر',
  'اقرت',
  'اعلنتا',
  'اعلنا',
  'تعلن',
  'يعلن',
];
const REQUEST_OBJECTS = [
  'مساعده',
  'المساعده',
  'الدعم',
  'دعم',
  'العون',
  'عون',
  'التدخل',
  'تدخل',
  'ضربات',
  'الحمايه',
  'حمايه',
  'قوات',
  'اسلحه',
  'الاسلحه',
  'النجده',
  'اغاثه',
  'الاغاثه',
  'مساعدات',
  'المساعدات',
  'العسكريه',
];
const FAMILY = [
  'اسر',
  'لاسر',
  'عائلات',
  'ذوي',
  'اهالي',
  'تعازي',
  'تعازيه',
  'تعازيها',
  'لعائلات',
  'اسره',
  'الشفاء',
  'شفاء',
  'العاجل',
  'مواساه',
  'عزاء',
];

function any(tokens: readonly Token[], from: number, to: number, words: readonly string[]): number {
  // plain loops: this runs for every cue over its neighbourhood, and a closure per token showed in profiles
  const end = Math.min(tokens.length, to);
  for (let k = Math.max(0, from); k < end; k++) {
    const vs = tokens[k].variants;
    for (let a = 0; a < vs.length; a++) if (words.includes(vs[a])) return k;
  }
  return -1;
}

export interface TriggerInput {
  tokens: readonly Token[];
  cues: readonly LexMatch<Cue>[];
  scope: Scope;
  /** Materiel figures of the sentence (weapons there are losses, not strikes). */
  materiel: readonly RawMateriel[];
  /** Token positions of places (for control changes). */
  placeTokens: ReadonlySet<number>;
  /** The report mentions rockets, missiles or artillery somewhere. */
  docHasStandoff: boolean;
  question: boolean;
}

/** Token positions covered by materiel figures. */
function materielSpansOf(materiel: readonly RawMateriel[]): Set<number> {
  const spans = new Set<number>();
  for (const m of materiel) for (let k = m.pos - 1; k < m.pos + 5; k++) spans.add(k);
  return spans;
}

export function findTriggers(input: TriggerInput): Trigger[] {
  const inp = { ...input, materielSpans: materielSpansOf(input.materiel) };
  const { tokens, cues, scope } = inp;
  const out: Trigger[] = [];
  if (inp.question) return out;
  const n = tokens.length;
  const blockedAt = (i: number) => scope.blocked[i];
  // cues that are the object of a request («طلبت من واشنطن توجيه ضربات جوية») are not events
  const requested = new Set<number>();
  for (const c of cues) if (c.data.kind === 'request') for (let k = c.end; k < Math.min(n, c.end + 10); k++) requested.add(k);
  const hasWeapon = (from: number, to: number) =>
    cues.some(
      (c) => c.start >= from && c.start < to && (c.data.kind === 'shell' || c.data.kind === 'air') && !inp.materielSpans.has(c.start),
    );
  // Whole-sentence lookups, asked once per cue: memoised so a sentence of n cues costs O(n), not O(n²) (chaos fuzzing, 10 KB budget).
  const wholeSentence = new Map<string, number>();
  const anyInSentence = (words: readonly string[]): number => {
    const key = words.join('\u0000');
    let found = wholeSentence.get(key);
    if (found === undefined) wholeSentence.set(key, (found = any(tokens, 0, n, words)));
    return found;
  };
  let weaponInSentence: boolean | undefined;
  const sentenceWeapons = cues.filter(
    (c) => (c.data.kind === 'shell' || c.data.kind === 'air' || c.data.kind === 'aircraft') && !inp.materielSpans.has(c.start),
  );

  for (const c of cues) {
    const k = c.data.kind;
    const i = c.start;
    const b = blockedAt(i);
    const weight = c.data.weight ?? 1;
    const scored = k !== 'statement' && k !== 'talks' && k !== 'mediation' && k !== 'monitoring';
    if (scored && b && b !== 'call' && b !== 'despite' && k !== 'request') continue;
    if (scored && b === 'call' && k !== 'ceasefire' && k !== 'request') continue;
    if (scored && requested.has(i) && k !== 'request') continue;
    switch (k) {
      case 'clash': {
        // «مواجهة روسيا» (facing Russia): «في مواجهة» is not a fight
        if (has(tokens[i], 'مواجهه') && has(tokens[i - 1], 'في')) break;
        if (has(tokens[i], 'حصار') && !has(tokens[i - 1], 'فرض', 'فرضت', 'لفرض')) break;
        // «حصيلة قتلى الاشتباكات», «ضحايا المعارك»: the fighting named by a toll is not a new report of it
        if (any(tokens, i - 2, i, ['حصيله', 'قتلي', 'ضحايا', 'جرحي', 'خسائر']) >= 0) break;
        // «انتهاء المعارك», «ساحة العمليات العسكرية»: an end, or a place name, not fighting
        if (any(tokens, i - 1, i, ['انتهاء', 'انهاء', 'توقف', 'ساحه', 'مسرح', 'بعد']) >= 0) break;
        out.push({ type: 'ArmedClashReported', pos: i, weapons: [], weight: 0.9 * weight });
        break;
      }
      case 'attack': {
        if (inp.materielSpans.has(i)) break;
        const sameClause = (j: number) => scope.clause[j] === scope.clause[i];
        const launched =
          has(tokens[i], 'هجوما', 'هجوم', 'هجمات') && tokens.slice(Math.max(0, i - 3), i).some((t) => /^[وف]?[يت]?(?:شن|صد)/.test(t.text));
        // «هجوم على مواقع/معاقل …»: the object of the attack is a military target
        let onPositions = launched;
        for (let k = c.end; k < Math.min(n, c.end + 6) && !onPositions; k++) {
          if (!tokens[k].variants.some((v) => POSITIONS.includes(v))) continue;
          const viaPrep = has(tokens[k - 1], 'علي', 'ضد') || /^[وف]?(?:ل|ب|عل)/.test(tokens[k].text) || k === c.end;
          if (viaPrep && !has(tokens[k + 1], 'التواصل', 'الالكتروني', 'الرسمي')) onPositions = true;
        }
        const weaponNear = sentenceWeapons.filter((w) => Math.abs(w.start - i) <= 12 || sameClause(w.start));
        if (weaponNear.length && !onPositions) break; // typed by the weapon cue itself
        if (onPositions || !inp.docHasStandoff)
          out.push({ type: 'ArmedClashReported', pos: i, weapons: [], weight: onPositions ? 0.85 : 0.6 });
        else out.push({ type: 'ShellingReported', pos: i, weapons: [], weight: 0.6 });
        break;
      }
      case 'shell': {
        if (inp.materielSpans.has(i)) break;
        out.push({ type: 'ShellingReported', pos: i, weapons: c.data.weapon ? [c.data.weapon] : [], weight: 0.9 * weight });
        break;
      }
      case 'air': {
        if (inp.materielSpans.has(i)) break;
        out.push({ type: 'AirStrikeReported', pos: i, weapons: ['aircraft'], weight: 0.9 });
        break;
      }
      case 'aircraft': {
        if (inp.materielSpans.has(i)) break;
        // reconnaissance flights and shoot-downs are not strikes
        if (any(tokens, i - 3, c.end + 3, ['تحليق', 'استطلاع', 'اسقاط', 'اسقط', 'اسقطت', 'اعتراض', 'اعترضت']) >= 0) break;
        const verb =
          any(tokens, i - 6, c.end + 4, ATTACK_VERBS) >= 0 || (/^[وف]?ب/.test(tokens[i].text) && (weaponInSentence ??= hasWeapon(0, n)));
        if (!verb) break;
        out.push({ type: 'AirStrikeReported', pos: i, weapons: [c.data.weapon ?? 'aircraft'], weight: 0.8 * weight });
        break;
      }
      case 'killed':
      case 'wounded':
      case 'captured':
      case 'missing': {
        if (k === 'captured') {
          // «أسر الضحايا/الشهداء» (families), «تبادل الأسرى» (an exchange, not a capture)
          if (
            has(tokens[i], 'اسر') &&
            (any(tokens, c.end, c.end + 1, ['الضحايا', 'ضحايا', 'الشهداء', 'شهداء', 'القتلى', 'المفقودين', 'الاسري', 'الجنود']) >= 0 ||
              /^[وف]?ل/.test(tokens[i].text))
          )
            break;
          if (anyInSentence(['تبادل', 'مبادله', 'صفقه', 'الافراج', 'سراح', 'تسليم']) >= 0) break;
        }
        if (any(tokens, i - 2, i, FAMILY) >= 0) break;
        out.push({ type: 'CasualtiesClaimed', pos: i, weapons: [], weight: 0.9 });
        break;
      }
      case 'victims': {
        if (any(tokens, i - 2, i, FAMILY) >= 0) break;
        out.push({ type: 'CasualtiesClaimed', pos: i, weapons: [], weight: 0.6 });
        break;
      }
      case 'losses': {
        // «خسائر مادية» alone is equipment; otherwise people (vague)
        if (has(tokens[c.end], 'ماديه')) break;
        if (any(tokens, i - 2, i, ['لتجنب', 'تجنب']) >= 0) break;
        out.push({ type: 'CasualtiesClaimed', pos: i, weapons: [], weight: 0.5 });
        break;
      }
      case 'destroy': {
        // «دمر إحدى وحدات الجيش»: destroying a unit is fighting
        if (any(tokens, c.end, c.end + 3, ['وحدات', 'وحده', 'كتيبه', 'سريه', 'مجموعه', 'فصيل']) >= 0)
          out.push({ type: 'ArmedClashReported', pos: i, weapons: [], weight: 0.7 });
        break;
      }
      case 'lose': {
        // «خسارة موقعين قتاليين», «فقدت السيطرة»: territory, not equipment
        const terr = any(tokens, c.end, c.end + 3, TERRITORY);
        if (terr >= 0 || [...inp.placeTokens].some((p) => p >= c.end && p <= c.end + 2))
          out.push({ type: 'ControlChangeClaimed', pos: i, weapons: [], weight: 0.8 });
        break;
      }
      case 'control': {
        if (any(tokens, i - 3, i, ['تنازع', 'يتنازع', 'تتنازع', 'نزاع', 'المتنازع', 'تحت', 'يتنازعان', 'تتنازعان']) >= 0) break;
        if (has(tokens[i], 'دخول', 'دخلت') && any(tokens, c.end, c.end + 4, ['حيز', 'التنفيذ', 'الاتفاق', 'اتفاق']) >= 0) break;
        const terr = any(tokens, c.end, c.end + 5, TERRITORY);
        const place = [...inp.placeTokens].some((p) => p >= c.end && p <= c.end + 4);
        if (terr < 0 && !place) break;
        out.push({ type: 'ControlChangeClaimed', pos: i, weapons: [], weight: 0.85 });
        break;
      }
      case 'ceasefire': {
        const despite = scope.markers.some((m) => m.data === 'despite' && m.start < i && m.start >= i - 4);
        if (despite) {
          out.push({ type: 'CeasefireViolationAlleged', pos: i, weapons: [], weight: 0.7 });
          break;
        }
        const violation = cues.some((v) => v.data.kind === 'violation' && v.start < i && v.start >= i - 4);
        if (violation) break;
        // «بعد توقيع اتفاق وقف إطلاق النار»: a reference to an earlier ceasefire
        if (any(tokens, i - 3, i, ['بعد', 'وبعد', 'منذ']) >= 0) break;
        // «مركز مراقبة وقف إطلاق النار»: an institution named after the ceasefire
        if (any(tokens, i - 2, i, ['مراقبه', 'لمراقبه', 'مركز', 'بعثه', 'لجنه']) >= 0) break;
        const concrete = anyInSentence(['اعتبارا', 'حيز', 'سريان', 'يسري']) >= 0;
        // «دعت ... ، إلى الوقف الفوري لإطلاق النار»: a call, even past a comma
        const callEarlier = scope.markers.some((m) => m.data === 'call' && m.start < i);
        const toward = has(tokens[i - 1], 'الي') || (/^(?:[وف]?الي|لل?)/.test(tokens[i].text) && callEarlier);
        if ((b === 'call' || (callEarlier && toward)) && !concrete) {
          out.push({ type: 'DiplomaticStatementIssued', pos: i, weapons: [], weight: 0.6 });
          break;
        }
        if (b && b !== 'call') break;
        if (!concrete && anyInSentence(DECLARE) < 0) break;
        out.push({ type: 'CeasefireDeclared', pos: i, weapons: [], weight: 0.85 });
        break;
      }
      case 'violation': {
        const target = any(tokens, c.end, c.end + 4, ['وقف', 'لوقف', 'الهدنه', 'هدنه', 'اتفاق', 'الاتفاق', 'اتفاقات', 'التهدئه', 'النار']);
        if (target < 0) break;
        out.push({ type: 'CeasefireViolationAlleged', pos: i, weapons: [], weight: 0.85 });
        break;
      }
      case 'mobilization': {
        if (anyInSentence(MOBILIZE_VERBS) < 0) break;
        out.push({ type: 'MobilizationDeclared', pos: i, weapons: [], weight: 0.9 });
        break;
      }
      case 'request': {
        if (b && b !== 'call') break;
        const obj = any(tokens, c.end, c.end + 12, REQUEST_OBJECTS);
        if (obj < 0) break;
        if (has(tokens[i], 'دعوه') && obj > c.end + 4) break;
        out.push({ type: 'AssistanceRequested', pos: i, weapons: [], weight: 0.85 });
        break;
      }
      case 'statement':
        if (!b || b === 'call') out.push({ type: 'DiplomaticStatementIssued', pos: i, weapons: [], weight: 0.6 });
        break;
      case 'talks':
        if (!b || b === 'future' || b === 'call') out.push({ type: 'TalksHeld', pos: i, weapons: [], weight: 0.6 });
        break;
      case 'monitoring':
        if (!b) out.push({ type: 'MonitoringMissionEstablished', pos: i, weapons: [], weight: 0.6 });
        break;
      case 'mediation':
        if (!b || b === 'call' || b === 'future') out.push({ type: 'MediationOffered', pos: i, weapons: [], weight: 0.6 });
        break;
      case 'seize':
        break;
    }
  }
  return out;
}

export function scanCues(tokens: readonly Token[]): LexMatch<Cue>[] {
  return CUES.scan(tokens);
}
