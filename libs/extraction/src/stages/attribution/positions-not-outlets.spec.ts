import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

const sides = (text: string) =>
  extract({ text, publishedOn: '2025-03-10' }).events.flatMap((e) => [
    e.claimant.party,
    e.accused,
    e.target,
    ...e.casualties.map((c) => c.party),
  ]);

describe('«موقع» attacked is a position, and a feminine word is no surname: neither makes a state a side', () => {
  it.each([
    // «المالكية» is no «المالكي» (IQ), and the site attacked is no Israeli outlet
    ['أعلن حزب الله أنه استهدف موقع المالكية بصواريخ بركان. وقال الجيش الإسرائيلي إنه قتل عنصرين من الحزب في غارة على جنوب لبنان.', 'IQ'],
    ['قالت سرايا القدس إنها قصفت موقع كيسوفيم بقذائف الهاون. وقتل 4 فلسطينيين في غارة على خان يونس.', 'IQ'],
    ['قصفت قوات الدعم السريع مواقع الجيش في محيط موقع الحسينية شمال أم درمان، وقتل 5 مدنيين.', 'IQ'],
  ])('%s: no %s', (text, party) => {
    expect(sides(text)).not.toContain(party);
  });

  it('an outlet named «موقع» after a speech verb is still an outlet', () => {
    const e = extract({ text: 'قال موقع واينت الإسرائيلي إن 3 جنود أصيبوا بجروح في هجوم قرب نابلس.', publishedOn: '2025-03-10' }).events;
    expect(e.length).toBeGreaterThan(0);
  });
});
