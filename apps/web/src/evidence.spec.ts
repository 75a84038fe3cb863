import { describe, expect, it } from 'vitest';
import { markEvidence } from './evidence.js';

const marked = (text: string, types: string[]) =>
  markEvidence(text, types)
    .filter((s) => s.mark)
    .map((s) => `${s.mark}:${s.text}`);

describe('evidence marks', () => {
  it('marks the trigger words of the event’s type and the figures, in order', () => {
    expect(marked('قصفت القوات مدينة جرموك بالمدفعية وقتل 3 مدنيين', ['ShellingReported'])).toEqual([
      'trigger:قصف',
      'trigger:مدفعي',
      'figure:3',
    ]);
    expect(marked('أسفرت عن مقتل ١٥ مدنياً وإصابة العشرات', ['CasualtiesClaimed'])).toEqual([
      'trigger:مقتل',
      'figure:١٥',
      'trigger:إصابة',
      'figure:العشرات',
    ]);
  });

  it('marks spelled numbers as whole words only', () => {
    expect(marked('مقتل اثنين وجرح أربعة آخرين', [])).toEqual(['figure:اثنين', 'figure:أربعة']);
    expect(marked('ستةالاف', [])).toEqual([]);
  });

  it('keeps every character: the segments join back into the sentence', () => {
    const text = 'أعلنت وزارة الدفاع وقف إطلاق النار عند الساعة 10:00، بحسب البيان.';
    const segments = markEvidence(text, ['CeasefireDeclared']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark === 'trigger').map((s) => s.text)).toEqual(['وقف إطلاق النار']);
  });

  it('marks no trigger for a type it has no words for, and nothing in a sentence without any', () => {
    expect(marked('اشتباكات عنيفة', ['UnknownType'])).toEqual([]);
    expect(markEvidence('', ['ShellingReported'])).toEqual([]);
  });
});
