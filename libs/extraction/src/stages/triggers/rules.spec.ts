import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { TRIGGER_RULES } from './rules.js';
import { scopeOf } from './scope.js';
import { findTriggers, scanCues } from './triggers.js';

const typed = (text: string, docHasStandoff = false) => {
  const { tokens } = tokenize(text);
  return findTriggers({
    tokens,
    cues: scanCues(tokens),
    scope: scopeOf(tokens),
    materiel: [],
    placeTokens: new Set(),
    docHasStandoff,
    question: false,
  }).map((t) => t.type);
};

describe('trigger rules: one per cue kind', () => {
  it('the table covers every cue kind with a gate and a rule', () => {
    for (const rule of Object.values(TRIGGER_RULES)) {
      expect(['asserted', 'asserted-or-called', 'own']).toContain(rule.gate);
      expect(typeof rule.fire).toBe('function');
    }
  });

  it('clash: «اشتباكات» is fighting, «في مواجهة روسيا» is not', () => {
    expect(typed('اندلعت اشتباكات عنيفة على الحدود.')).toEqual(['ArmedClashReported']);
    expect(typed('تقف أوروبا في مواجهة روسيا.')).toEqual([]);
  });

  it('attack: on positions it is fighting; in a report with rockets it is shelling', () => {
    expect(typed('شنت القوات هجوما على مواقع الجيش.')).toEqual(['ArmedClashReported']);
    expect(typed('تعرضت البلدة لهجوم.', true)).toEqual(['ShellingReported']);
  });

  it('attack: a weapon that does the attacking types it, even on positions (no clash beside the strike)', () => {
    const droneSubject = typed('قالت مصادر محلية إن طائرة مسيرة مجهولة استهدفت موقعا عسكريا قرب البلدة.');
    expect(droneSubject).toContain('AirStrikeReported');
    expect(droneSubject).not.toContain('ArmedClashReported');
    const rocketsAfterVerb = typed('استهدفت صواريخ مواقع الجيش شرقي المدينة.');
    expect(rocketsAfterVerb).toContain('ShellingReported');
    expect(rocketsAfterVerb).not.toContain('ArmedClashReported');
    // a weapon in another part of the sentence leaves the ground attack on positions a clash
    expect(typed('شنت القوات هجوما على مواقع الجيش بعد ساعات من غارة جوية على المدينة.')).toContain('ArmedClashReported');
  });

  it('aircraft: a drone with an attack verb strikes; a reconnaissance flight does not', () => {
    expect(typed('استهدفت طائرة مسيرة سيارة في البلدة.')).toContain('AirStrikeReported');
    expect(typed('رصد تحليق طائرة مسيرة للاستطلاع.')).not.toContain('AirStrikeReported');
  });

  it('an attack named by what it left behind («آثار القصف», «أضرار الغارات») is no new attack', () => {
    expect(typed('تجول الصحفيون في الحي وشاهدوا آثار القصف على المباني.', true)).toEqual([]);
    expect(typed('قدرت البلدية أضرار الغارات على الميناء بملايين الدولارات.')).toEqual([]);
    expect(typed('قصفت المدفعية الحي مساء أمس.', true)).toContain('ShellingReported');
  });

  it('negation silences an asserted cue: «لم تقع اشتباكات»', () => {
    expect(typed('لم تقع اشتباكات على الحدود.')).toEqual([]);
  });

  it('ceasefire: declared when it takes effect, a statement when called for, a violation «رغم» it', () => {
    expect(typed('أعلن الطرفان وقف إطلاق النار اعتبارا من منتصف الليل.')).toEqual(['CeasefireDeclared']);
    expect(typed('دعت فرنسا إلى وقف إطلاق النار.')).toContain('DiplomaticStatementIssued');
    expect(typed('تجدد القصف رغم وقف إطلاق النار.')).toContain('CeasefireViolationAlleged');
  });

  it('a violation word whose pronoun refers back to a truce («هدنة …، ثم اتهم … بانتهاكها») alleges a violation', () => {
    expect(typed('أعلن الطرفان هدنة لثلاثة أيام، ثم اتهم الجيش المتمردين بانتهاكها.')).toContain('CeasefireViolationAlleged');
    expect(typed('اتهمت المنظمة الشرطة بانتهاكها حقوق المتظاهرين.')).not.toContain('CeasefireViolationAlleged');
  });

  it('«أسر الضحايا» are families, not captives', () => {
    expect(typed('قدم تعازيه إلى أسر الضحايا.')).not.toContain('CasualtiesClaimed');
  });
});
