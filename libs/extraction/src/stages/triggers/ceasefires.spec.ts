import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (issue 12: event types), not taken from any report. */
const types = (text: string) =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => e.type);

describe('ceasefires ordered, called for, and violated', () => {
  it('an order to stop fighting is a declaration; a call to observe one is a statement', () => {
    expect(types('أمر الرئيس قواته بالتزام وقف إطلاق النار على الجبهة الجنوبية.')).toContain('CeasefireDeclared');
    expect(types('أصدر القائد أمرا للوحدات بوقف العمليات القتالية في المدينة.')).toContain('CeasefireDeclared');
    const called = types('دعت الأمم المتحدة الطرفين إلى الالتزام بوقف إطلاق النار.');
    expect(called).not.toContain('CeasefireDeclared');
  });

  it('«الأمر» (the matter) is no order', () => {
    expect(types('قال الوزير إن هذا الأمر يتعلق بالالتزام بوقف إطلاق النار.')).not.toContain('CeasefireDeclared');
  });

  it('a violation word reaches what it violates across a relative clause, and then no ceasefire is declared', () => {
    const t = types('اتهم الجيش المتمردين بالخروقات المتكررة التي ترتكبها عناصرهم للهدنة في الولاية.');
    expect(t).toContain('CeasefireViolationAlleged');
    expect(t).not.toContain('CeasefireDeclared');
    // not across a clause break
    expect(types('ندد البيان بانتهاكات حقوق الإنسان، ورحب بالهدنة.')).not.toContain('CeasefireViolationAlleged');
  });
});
