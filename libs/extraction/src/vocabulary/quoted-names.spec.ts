import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * The press often puts a group's name in quote marks after its head noun: «قوات "الدعم السريع"», «هيئة "تحرير
 * الشام"». The mark must not split the name: the same sentence without it gives the same event, type and sides.
 * Sentences written for this spec (never taken from a report); the unquoted twin is the reference.
 */
const sides = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.map((e) => `${e.type} ${e.accused ?? '-'} → ${e.target ?? '-'}`);

const QUOTED: ReadonlyArray<[quoted: string, expected: string[]]> = [
  ['هاجمت قوات "سوريا الديمقراطية" مواقع لتنظيم داعش في دير الزور.', ['ArmedClashReported SY-SDF → ISIS']],
  ['قصفت هيئة "تحرير الشام" مواقع للجيش السوري في ريف إدلب.', ['ShellingReported SY-HTS → SY']],
  ['قصفت هيئة “تحرير الشام” مواقع للجيش السوري في ريف إدلب.', ['ShellingReported SY-HTS → SY']],
  ['قصفت قوات «الدعم السريع» أحياء مدينة الفاشر بالمدفعية.', ['ShellingReported SD-RSF → SD']],
  ['هاجمت حركة "الشباب" قاعدة للجيش الصومالي في جوهر.', ['ArmedClashReported SO-SHABAAB → SO']],
  ['قصف "الجيش الوطني الليبي" مواقع في طرابلس.', ['ShellingReported LY-LNA → LY']],
];

describe('a quote mark inside a group’s name does not split it', () => {
  it.each(QUOTED)('%s', (quoted, expected) => {
    const unquoted = quoted.replace(/["“”«»]/g, '');
    expect(sides(unquoted)).toEqual(expected);
    expect(sides(quoted)).toEqual(expected);
  });

  it('still reads a quote between a verb and its object as two phrases', () => {
    expect(sides('قال "الجيش السوري" إنه قصف مواقع هيئة تحرير الشام في ريف إدلب.')).toEqual(['ShellingReported SY → SY-HTS']);
  });
});
