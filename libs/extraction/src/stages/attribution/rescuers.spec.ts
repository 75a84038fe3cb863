import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «الدفاع المدني السوري» (the White Helmets) is the rescue service of the opposition-held north-west, not the Syrian
 * state: it speaks for no party. Other civil-defence services speak for their government. Sentences written for this spec.
 */
const claimant = (text: string) =>
  extract({ text: 'تطورات ميدانية\n\n' + text, publishedOn: '2024-05-14', language: 'ar' }).events.find(
    (e) => e.type === 'CasualtiesClaimed',
  )?.claimant;

describe('civil defence services', () => {
  it.each([
    'قتل مدنيان وأصيب خمسة آخرون جراء قصف صاروخي على مدينة أريحا، وفق ما أفاد به الدفاع المدني السوري (الخوذ البيضاء).',
    'وقالت منظمة الخوذ البيضاء إن 4 مدنيين قتلوا في غارات روسية على ريف إدلب.',
  ])('the White Helmets speak for no party: %s', (text) => {
    expect(claimant(text)).toMatchObject({ party: null, name: 'Syria Civil Defence (White Helmets)' });
  });

  it.each([
    ['LB', 'وقال الدفاع المدني اللبناني إن 3 أشخاص قتلوا في غارة إسرائيلية على بلدة في الجنوب.'],
    ['PS', 'وأعلن الدفاع المدني في غزة انتشال جثامين 7 شهداء قتلوا في قصف على حي الزيتون.'],
  ])('another civil defence speaks for %s: %s', (party, text) => {
    expect(claimant(text)?.party).toBe(party);
  });
});
