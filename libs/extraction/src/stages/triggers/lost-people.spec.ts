import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A side's daily tally of its enemy's losses told with a verb of losing («خسرت القوات الأوكرانية 1500 عسكري»): a
 * casualty claim (event-taxonomy.md) whose count joins the dead and the wounded, so it carries no category's figure.
 * Ground and equipment lost stay control and materiel. Sentences written for this spec across conflicts.
 */
const run = (text: string) => extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.filter((e) => !e.background);
const types = (text: string) => run(text).map((e) => e.type);

describe('people lost: a casualty claim with no category', () => {
  it.each([
    ['RU', 'قالت وزارة الدفاع الروسية إن القوات الأوكرانية خسرت أكثر من 1500 عسكري خلال الساعات الأربع والعشرين الماضية.'],
    ['UA', 'وقالت هيئة الأركان الأوكرانية إن روسيا خسرت 1230 جنديا خلال اليوم الماضي.'],
    ['SD', 'وقال الجيش السوداني إن قوات الدعم السريع خسرت عشرات المقاتلين في المعارك حول الفاشر.'],
    ['AZ', 'وأعلنت وزارة الدفاع الأذربيجانية أن الجيش الأرميني خسر 40 عسكريا في المعارك.'],
    // a place between the verb and its people, and «ما يصل إلى» (up to)
    ['RU', 'وأعلنت وزارة الدفاع الروسية أن القوات الأوكرانية خسرت في هذا الاتجاه ما يصل إلى 420 عسكريا ودبابتين.'],
  ])('claimed by %s: %s', (claimant, text) => {
    const toll = run(text).find((e) => e.type === 'CasualtiesClaimed');
    expect(toll?.claimant.party).toBe(claimant);
    expect(toll?.casualties.filter((c) => c.category !== 'missing' && !c.vague && c.min !== null)).toEqual([]);
  });

  it('equipment listed after the people lost is the same side’s loss', () => {
    const lost = run('وأعلنت وزارة الدفاع الروسية أن القوات الأوكرانية خسرت ما يصل إلى 420 عسكريا و4 مركبات مدرعة.');
    expect(lost.flatMap((e) => e.materiel)).toContainEqual({ party: 'UA', kind: 'armoured-vehicle', count: 4, status: 'lost' });
    expect(lost.map((e) => e.type)).toContain('CasualtiesClaimed');
  });

  it('a loss of ground or equipment is no casualty claim', () => {
    expect(types('وخسرت القوات الأوكرانية موقعين قرب بلدة بوكروفسك.')).not.toContain('CasualtiesClaimed');
    expect(types('وقالت القيادة الأوكرانية إن القوات الروسية فقدت 12 دبابة قرب باخموت.')).not.toContain('CasualtiesClaimed');
    expect(types('وخسر المنتخب السوري مباراته أمام اليابان بثلاثة أهداف.')).toEqual([]);
    // people of another verb after a new clause: killed, not lost
    expect(run('خسرت القوات الأوكرانية مواقعها وقتل 5 جنود.').flatMap((e) => e.casualties)).toMatchObject([{ category: 'killed', min: 5 }]);
  });
});
