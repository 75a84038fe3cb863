import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const figures = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.flatMap((e) => e.casualties)
    .map((c) => `${c.category}:${c.min}:${c.party ?? '-'}`);

describe('people whose trace was lost', () => {
  it('«فقد أثر», «فقدان أثر»: missing (Ukraine, Yemen, Sudan)', { timeout: 30_000 }, () => {
    expect(figures('وفقد أثر 5 جنود روس بعد الهجوم الأوكراني على كورسك.')).toContain('missing:5:RU');
    expect(figures('وفقد أثر 3 صيادين يمنيين قبالة الحديدة بعد قصف قاربهم.')).toContain('missing:3:YE');
    expect(figures('وأعلنت الشرطة فقدان أثر 7 جنود سودانيين بعد هجوم على قاعدتهم في الفاشر.')).toContain('missing:7:SD');
  });
});
