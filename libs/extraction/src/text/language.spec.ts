import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { detectLanguage } from './language.js';

describe('language', () => {
  it('detects scripts', () => {
    expect(detectLanguage('قصفت القوات المدينة')).toBe('ar');
    expect(detectLanguage('Armenian forces shelled the town of Jermuk')).toBe('en');
    expect(detectLanguage('Армения и Азербайджан')).toBe('ru');
    expect(detectLanguage('')).toBe('und');
  });

  it('returns no events and a warning for other languages', () => {
    const rec = extract({ text: 'Azerbaijani forces shelled Jermuk on Tuesday, the ministry said.', publishedOn: '2022-09-13' });
    expect(rec.events).toEqual([]);
    expect(rec.report.language).toBe('en');
    expect(rec.warnings).toEqual(['language en not supported yet']);
    expect(extract({ text: 'قصف', language: 'fr' }).warnings).toEqual(['language fr not supported yet']);
  });
});
