import { describe, expect, it } from 'vitest';
import { segmentSentences } from './sentences.js';

const texts = (t: string) => segmentSentences(t).map((s) => t.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits on Arabic and Latin stops and keeps closing quotes', () => {
    expect(texts('قال المتحدث: "قصفنا المواقع." وأضاف أن القتال مستمر؟ نعم!')).toEqual([
      'قال المتحدث: "قصفنا المواقع."',
      'وأضاف أن القتال مستمر؟',
      'نعم!',
    ]);
  });

  it('does not split decimals, clock times or abbreviations', () => {
    expect(texts('بدأت الهدنة عند الساعة 09.00 صباحا وفق د.ب.أ اليوم.')).toHaveLength(1);
  });

  it('treats blank lines as paragraph breaks and joins hard-wrapped lines', () => {
    const t = 'شن\nحزب الله هجمات على مواقع في\nمزارع شبعا.\n\nوقال الجيش الإسرائيلي إنه رد.';
    const s = segmentSentences(t);
    expect(s).toHaveLength(2);
    expect(s[0].paragraph).not.toBe(s[1].paragraph);
    expect(t.slice(s[0].start, s[0].end)).toContain('مزارع شبعا');
  });

  it('flags questions', () => {
    expect(segmentSentences('من مستعد للقتال معنا؟')[0].question).toBe(true);
  });

  it('returns offsets that slice the original text', () => {
    const t = '  أعلن الجيش السوداني السيطرة على مدينة.   وقالت قوات الدعم السريع إنها صدت الهجوم.  ';
    for (const s of segmentSentences(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
  });
});
