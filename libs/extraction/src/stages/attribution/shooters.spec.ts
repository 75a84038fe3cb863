import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * Sniping: a person sniped («قنص جندي شابا», «قنصت الميليشيا امرأة») was hit, a CasualtiesClaimed as with «أصاب»
 * (event-taxonomy.md has no type for small-arms fire at people; it is no clash of armed forces). The shooter named
 * after the verb or after «برصاص»/«بنيران» («قناص إسرائيلي», «قناص من قوات الدعم السريع») is the accused, and never
 * one of the people counted. Sentences written for this spec from the West Bank, Gaza, Syria, Yemen, Sudan and Ukraine.
 */
const casualty = (text: string) => {
  const e = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((x) => x.type === 'CasualtiesClaimed');
  return e && { accused: e.accused, figures: e.casualties.map((c) => `${c.party}|${c.affiliation}|${c.category}|${c.min}`) };
};

describe('a person sniped is a casualty, and the sniper is not one', () => {
  it.each([
    ['قنص جندي إسرائيلي شابا فلسطينيا في مخيم جنين.', 'IL', ['PS|civilian|wounded|1']],
    ['قنص قناص روسي جنديين أوكرانيين قرب باخموت.', 'RU', ['UA|military|wounded|2']],
    ['قنص عناصر من قوات الدعم السريع طفلين في مدينة الفاشر.', 'SD-RSF', ['SD|civilian|wounded|2']],
    ['أصاب جندي إسرائيلي طفلا فلسطينيا في الخليل.', 'IL', ['PS|civilian|wounded|1']],
  ])('%s', (text, accused, figures) => {
    expect(casualty(text)).toEqual({ accused, figures });
  });

  it.each(['قنصت قوات النظام مدنيا في حي جوبر بدمشق.', 'وأوضحت المصادر أن المليشيا قنصت امرأة في حي البعرارة بمدينة تعز.'])(
    'with the shooter unnamed: %s',
    (text) => {
      expect(casualty(text)?.figures).toHaveLength(1);
    },
  );
});

describe('the sniper after «برصاص»/«بنيران» is the accused', () => {
  it.each([
    ['قتل شاب فلسطيني برصاص قناص إسرائيلي في غزة.', 'IL'],
    ['قتل جندي أوكراني برصاص قناص روسي قرب أفدييفكا.', 'RU'],
    ['قتل مدني برصاص قناص من قوات الدعم السريع في الفاشر.', 'SD-RSF'],
    ['أصيب طفل بنيران قناص حوثي في تعز.', 'YE-HOUTHI'],
  ])('%s', (text, accused) => {
    expect(casualty(text)?.accused).toBe(accused);
  });

  it('the people killed are not the shooter («قتل جندي أوكراني»: «جندي» after a death is the dead)', () => {
    expect(casualty('قتل جندي أوكراني برصاص قناص روسي قرب أفدييفكا.')?.figures).toEqual(['UA|military|killed|1']);
  });
});
