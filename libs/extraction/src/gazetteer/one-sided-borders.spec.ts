import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * «على الحدود مع X»: the border between X and the report's other country (its places' or its nisbas'), not X.
 * Sentences written for this spec in wire style; the first event must be at exactly these locations (ids).
 */
const idsOf = (text: string) => {
  const events = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
  return events.find((e) => e.locations.length)?.locations.map((l) => l.id) ?? [];
};

describe('a border named by one side is the border with the report’s other country', () => {
  const CASES: [string, string[]][] = [
    // Lebanon / Israel
    ['قال الجيش الإسرائيلي إنه قصف أهدافا لحزب الله قرب الحدود مع لبنان.', ['xx-border-il-lb']],
    // Sudan / Chad
    ['قالت السلطات السودانية إن قوات الدعم السريع هاجمت بلدة على الحدود مع تشاد.', ['xx-border-sd-td']],
    // Turkey / Syria, Iraq / Syria: the same neighbour, another border
    ['قالت وزارة الدفاع التركية إنها قتلت 5 مسلحين حاولوا التسلل على الحدود مع سوريا.', ['xx-border-sy-tr']],
    ['قال الجيش العراقي إن مسلحي داعش هاجموا نقطة حدودية على الحدود مع سوريا.', ['xx-border-iq-sy']],
    // Armenia / Azerbaijan (a headline)
    ['مقتل 3 جنود أرمينيين على الحدود مع أذربيجان', ['xx-border-am-az']],
  ];
  it.each(CASES)('%s', (text, ids) => expect(idsOf(text)).toEqual(ids));

  it('keeps the country when the gazetteer has no border with the report’s other country', () => {
    expect(idsOf('قال الجيش الباكستاني إن اشتباكات اندلعت على الحدود مع أفغانستان.')).toEqual(['af']);
  });
});
