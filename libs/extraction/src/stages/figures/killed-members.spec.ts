import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const sidesOf = (text: string) =>
  extract({ text, publishedOn: '2026-12-07' })
    .events.flatMap((e) => e.casualties)
    .map((c) => [c.party, c.category, c.min]);

describe('members an active killing verb has as its object', () => {
  it('are the attacker named before, not the speaker: «وقتلت أكثر من 100 من عناصرها»', () => {
    const text = 'قال الجيش السوداني إن قواته صدت هجوما لقوات الدعم السريع على الفاشر وقتلت أكثر من 100 من عناصرها.';
    expect(sidesOf(text)).toContainEqual(['SD-RSF', 'killed', 100]);
  });

  it('in Somalia and Yemen too: «هاجمت مواقع لحركة الشباب وقتلت 30 من عناصرها»', () => {
    const somalia = 'قال الجيش الصومالي إن قواته هاجمت مواقع لحركة الشباب في إقليم هيران وقتلت 30 من عناصرها.';
    expect(sidesOf(somalia)).toContainEqual(['SO-SHABAAB', 'killed', 30]);
    const yemen = 'قالت جماعة الحوثي إن قواتها تصدت لهجوم لقوات الانتقالي في الضالع وقتلت 12 من عناصرها.';
    expect(sidesOf(yemen)).toContainEqual(['YE-STC', 'killed', 12]);
  });

  it('a plural verb with a masculine possessive in Syria: «وقتلوا 8 من عناصره»', () => {
    const text = 'قالت قوات سوريا الديمقراطية إن مقاتليها صدوا هجوما لتنظيم الدولة في دير الزور وقتلوا 8 من عناصره.';
    expect(sidesOf(text)).toContainEqual(['ISIS', 'killed', 8]);
  });

  it("the speaker's own members killed (passive, or as subject) stay its own", () => {
    const army = 'قال الجيش السوداني إن 5 من جنوده قتلوا في هجوم لقوات الدعم السريع على الفاشر.';
    expect(sidesOf(army)).toContainEqual(['SD', 'killed', 5]);
    const shabaab = 'قالت حركة الشباب إن 4 من عناصرها قتلوا في غارة أمريكية.';
    expect(sidesOf(shabaab)).toContainEqual(['SO-SHABAAB', 'killed', 4]);
  });
});
