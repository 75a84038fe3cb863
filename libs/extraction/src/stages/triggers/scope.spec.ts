import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { scopeOf } from './scope.js';

/** The scope marker over the first token spelled `word` (normalised spelling). */
const blockedAt = (text: string, word: string) => {
  const { tokens } = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  if (k < 0) throw new Error(`no token ${word} in ${tokens.map((t) => t.text).join(' ')}`);
  return scopeOf(tokens).blocked[k];
};

describe('scope of a condition', () => {
  it('runs on past a comma until its answer, which opens with «ف»', () => {
    const text = 'إذا هاجمت الفرقة البلدة، أو قصفت أطرافها، فإن الجيش يرد بقوة.';
    expect(blockedAt(text, 'قصفت')).toBe('cond');
    expect(blockedAt(text, 'الجيش')).toBeUndefined();
  });

  it('stops at a full stop and at a break word, as before', () => {
    expect(blockedAt('لو وصلت التعزيزات لانتهى الحصار. واندلعت اشتباكات أمس.', 'واندلعت')).toBeUndefined();
    expect(blockedAt('في حال تأخر الرد، بينما اندلعت اشتباكات في الشمال.', 'اندلعت')).toBeUndefined();
  });

  it('leaves other markers at their own clause: a negation does not cross a comma', () => {
    expect(blockedAt('لم يصدر تعليق، وقصفت المدفعية القرية.', 'وقصفت')).toBeUndefined();
  });
});

describe('a claim called false after it is told', () => {
  it('denies what lies between the report noun and the verdict', () => {
    const text = 'وقال المتحدث إن الأنباء التي تحدثت عن اشتباكات قرب السد عارية عن الصحة.';
    expect(blockedAt(text, 'اشتباكات')).toBe('deny');
    expect(blockedAt('أكد المسؤول أن التقارير عن قصف المدينة «غير دقيقة».', 'قصف')).toBe('deny');
  });

  it('needs both the report noun and the verdict', () => {
    expect(blockedAt('وقال المتحدث إن اشتباكات قرب السد غير مسبوقة.', 'اشتباكات')).toBeUndefined();
    expect(blockedAt('ونقلت التقارير أن اشتباكات اندلعت قرب السد.', 'اشتباكات')).toBeUndefined();
  });
});
