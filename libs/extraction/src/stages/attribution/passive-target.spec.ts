import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Attacks told from the side that suffered them: «تعرضت مواقع X لقصف», «استُهدفت قافلة لـX بقذائف», «تم استهداف مواقع
 * لـX»: X is the side attacked, never the attacker. Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const HOSTILE: ReadonlySet<string> = new Set(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported']);
const strike = (text: string) => events(text).find((e) => HOSTILE.has(e.type));

describe('the side a verb of undergoing («تعرضت … لـ») names was attacked', () => {
  it.each([
    ['LY', 'وتعرضت مواقع للجيش الليبي لهجوم في منطقة أوباري.'],
    ['SY', 'وتعرضت مواقع الجيش السوري لقصف مدفعي في ريف حلب.'],
    ['SY-SDF', 'وتعرضت مواقع قوات سوريا الديمقراطية في ريف الحسكة لقصف بالمدفعية.'],
    ['SD-RSF', 'وتعرضت تمركزات لقوات الدعم السريع لغارات جوية في الخرطوم.'],
    ['SO-SHABAAB', 'وتعرضت قاعدة لحركة الشباب لغارة جوية في إقليم جوبا الوسطى.'],
    ['RU', 'وقال مصدر محلي إن القوات الروسية تعرضت لقصف أوكراني قرب بيلغورود.'],
  ])('%s: %s', (target, text) => {
    const e = strike(text);
    expect(e?.target).toBe(target);
    expect(e?.accused).not.toBe(target);
  });
});

describe('a site attacked with a weapon («استهدفت قافلة للجيش الصومالي بقذائف») is its owner’s, whatever the voice', () => {
  it.each([
    ['SO', 'واستهدفت قافلة للجيش الصومالي بقذائف هاون قرب مقديشو.'],
    ['LB-HEZBOLLAH', 'واستهدفت مواقع لحزب الله بغارات في جنوب لبنان.'],
    ['PK', 'وتم استهداف مواقع للجيش الباكستاني بقذائف هاون في وزيرستان.'],
    ['TR', 'واستهدف رتل للجيش التركي بقذائف في ريف إدلب.'],
  ])('%s: %s', (target, text) => {
    const e = strike(text);
    expect(e?.target).toBe(target);
    expect(e?.accused).not.toBe(target);
  });

  it('the attacker named before the site stays the attacker («استهدفت القوات التركية مواقع لقسد بقذائف»)', () => {
    expect(strike('واستهدفت القوات التركية مواقع لقوات سوريا الديمقراطية بقذائف المدفعية في ريف الرقة.')).toMatchObject({
      accused: 'TR',
      target: 'SY-SDF',
    });
  });
});
