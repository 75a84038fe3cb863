import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Medical, humanitarian and local sources («مصادر طبية», «مصدر طبي», «مسؤول في مستشفى …») speak for no party, and a bare
 * ministry of health or civil defence is the state's, not an armed group's: none of them takes the party of the armed
 * group that spoke before, and the dead they count are not that group's. Sentences written for this spec across
 * conflicts, each after a group's statement.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const tollOf = (text: string) => events(text).find((e) => e.type === 'CasualtiesClaimed' && e.evidence.start > text.indexOf('.'));

describe('a medical or local source takes no armed group’s party from the speaker before', () => {
  it.each([
    ['SD-RSF', 'قالت قوات الدعم السريع إنها سيطرت على مدينة الفاشر. وقالت مصادر طبية إن 15 شخصا قتلوا في قصف على المدينة.'],
    ['SO-SHABAAB', 'قالت حركة الشباب إنها سيطرت على قرية قرب بلدوين. وقالت مصادر طبية إن 6 أشخاص قتلوا في الهجوم.'],
    ['YE-HOUTHI', 'قال الحوثيون إنهم استهدفوا سفينة في البحر الأحمر. وقال مصدر طبي إن 6 أشخاص قتلوا في غارة أمريكية على الحديدة.'],
    ['SY-HTS', 'قالت هيئة تحرير الشام إنها صدت هجوما في ريف إدلب. وذكرت مصادر محلية أن 4 أشخاص قتلوا في قصف على سرمدا.'],
    ['SD-RSF', 'قالت قوات الدعم السريع إنها سيطرت على مدينة الفاشر. وقال مسؤول في مستشفى الفاشر إن 15 شخصا قتلوا.'],
    // a local official, singular («مسؤول محلي») as the plural
    ['PK-TTP', 'وأعلنت حركة طالبان باكستان مسؤوليتها عن الهجوم. وقتل 4 من الشرطة في انفجار في كويتا، حسبما قال مسؤول محلي.'],
    ['SO-SHABAAB', 'قالت حركة الشباب إنها هاجمت قاعدة قرب بلدوين. وقال مسؤول محلي إن 3 مدنيين قتلوا في الهجوم.'],
    ['IQ-PMF', 'قال الحشد الشعبي إنه صد هجوما في ديالى. وقال مسؤول محلي إن 5 أشخاص قتلوا في انفجار عبوة.'],
  ])('not %s: %s', (group, text) => {
    const toll = tollOf(text);
    expect(toll).toBeDefined();
    expect(toll!.claimant.party).toBeNull();
    for (const c of toll!.casualties) expect(c.party).not.toBe(group);
  });

  it.each([
    ['SD', 'قالت قوات الدعم السريع إنها سيطرت على مدينة الفاشر. وقالت وزارة الصحة إن 15 شخصا قتلوا في قصف على المدينة.'],
    ['PS', 'قالت كتائب القسام إنها استهدفت دبابة إسرائيلية في خان يونس. وقالت وزارة الصحة إن 20 شخصا قتلوا في غارات على رفح.'],
    ['SO', 'قالت حركة الشباب إنها هاجمت قاعدة عسكرية قرب مقديشو. وقالت وزارة الصحة إن 9 أشخاص قتلوا في تفجير بالعاصمة.'],
  ])('a bare ministry of health is %s’s: %s', (state, text) => {
    const toll = tollOf(text);
    expect(toll?.claimant.party).toBe(state);
  });

  it('a military source still takes the speaker’s side («مصدر عسكري»)', () => {
    const text = 'قال الجيش السوداني إن قواته صدت هجوما في الفاشر. وقال مصدر عسكري إن 12 من عناصر الدعم السريع قتلوا.';
    expect(tollOf(text)?.claimant.party).toBe('SD');
  });
});
