import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

const keys = (text: string) =>
  extract({ text, publishedOn: '2025-03-10' }).events.flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`));

describe('soldiers of no named side, counted by no side, are the state the sentence is set in', () => {
  it.each([
    ['وفي بوركينا فاسو، قتل 15 جنديا في هجوم استهدف موقعا عسكريا، وفق مصادر أمنية.', 'BF|killed|15'],
    ['قتل 20 جنديا في هجوم شنه تنظيم الدولة في منطقة تيلابيري غربي النيجر قرب الحدود مع مالي.', 'NE|killed|20'],
    ['وفي الصومال، قتل 4 جنود وأصيب 6 آخرون في انفجار عبوة ناسفة بإقليم شبيلي السفلى.', 'SO|killed|4'],
    ['قتل 3 جنود في هجوم بطائرة مسيرة على قاعدة عسكرية في محافظة مأرب شرقي اليمن.', 'YE|killed|3'],
  ])('%s → %s', (text, key) => {
    expect(keys(text)).toContain(key);
  });

  it.each([
    // a second state named in the sentence: whose soldiers is not said
    ['قتل 5 جنود في غارة إسرائيلية على بلدة في جنوب لبنان.'],
    // a nisba of another state on any noun: its men may be the ones counted
    ['قتل 6 جنود في هجوم على دورية كينية في إقليم جوبا السفلى.'],
    // places in two states
    ['قتل 12 جنديا في هجمات في مالي والنيجر خلال الأسبوع الماضي.'],
    // no place at all
    ['قتل 7 جنود في هجوم مسلح فجر اليوم.'],
  ])('%s → no party', (text) => {
    expect(keys(text).every((k) => k.startsWith('null|'))).toBe(true);
  });
});
