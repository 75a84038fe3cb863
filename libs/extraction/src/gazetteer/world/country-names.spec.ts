import { describe, expect, it } from 'vitest';
import { createCountryNames } from './country-names.js';

const names = createCountryNames(['SD', 'SS', 'BF', 'AF', 'PK', 'SO', 'RU', 'AM', 'AZ', 'ML', 'US', 'PS']);
const named = (text: string) => names.countriesNamedIn(text).map((n) => `${n.country}:${n.mentions}`);

describe('country names in Arabic text', () => {
  it('finds ICU names, multi-word names and press variants, with proclitics', () => {
    expect(named('هجوم في شمال بوركينا فاسو')).toEqual(['BF:1']);
    expect(named('قال جيش جنوب السودان')).toEqual(['SS:1', 'SD:1']); // «جنوب السودان» and, inside it, «السودان»
    expect(named('وصل وفد للسودان وبالصومال ثم إلى أمريكا')).toEqual(['SD:1', 'SO:1', 'US:1']);
    expect(named('الولايات المتحدة')).toEqual(['US:1']);
  });

  it('counts mentions, most named first', () => {
    expect(named('أفغانستان وباكستان… باكستان، ثم باكستان')).toEqual(['PK:3', 'AF:1']);
  });

  it('leaves out a country name that is a common word («مالي» financial)', () => {
    expect(named('دعم مالي كبير')).toEqual([]);
  });

  it('knows country names and their nisbas as words that are not towns', () => {
    for (const word of ['أرميني', 'الأرمينية', 'السوداني', 'سودانيين', 'الروسية', 'أذربيجان', 'الأفغاني']) {
      expect(names.isCountryWord(word)).toBe(true);
    }
    for (const word of ['كفرنبل', 'الفاشر', 'جيليب']) expect(names.isCountryWord(word)).toBe(false);
  });
});
