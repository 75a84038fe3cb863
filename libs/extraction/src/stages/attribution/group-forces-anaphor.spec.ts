import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

const attacks = (text: string) =>
  extract({ text, publishedOn: '2025-03-10' })
    .events.filter((e) => e.type === 'ArmedClashReported' || e.type === 'ShellingReported')
    .map((e) => `${e.accused}→${e.target}`);

describe('«قوات الجماعة»: forces in construct with a group anaphor are the group named before', () => {
  it.each([
    [
      'قالت جماعة نصرة الإسلام والمسلمين إنها سيطرت على بلدة في وسط مالي. وأضافت مصادر أن قوات الجماعة استهدفت موقعا للجيش قرب موبتي.',
      'ML-JNIM→ML',
    ],
    ['أعلنت حركة الشباب مسؤوليتها عن التفجير. وقال مسؤول محلي إن قوات الحركة هاجمت قاعدة للجيش في بلدة بلدوين.', 'SO-SHABAAB→SO'],
    ['تبنى تنظيم الدولة الإسلامية الهجوم في بيان. وقال مصدر أمني إن قوة التنظيم هاجمت حاجزا للجيش العراقي قرب كركوك.', 'ISIS→IQ'],
  ])('%s → %s', (text, key) => {
    expect(attacks(text)).toContain(key);
  });

  it('forces of no group named before stay unread', () => {
    expect(attacks('قالت مصادر إن قوات الجماعة هاجمت قاعدة للجيش في بلدة بلدوين.')).not.toContain('SO→SO');
  });
});
