import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * A side that mourns its dead announces them («نعى حزب الله مقاتلين اثنين», «نعت حركة حماس ثلاثة من عناصر كتائب
 * القسام»): it is the claimant, and the dead are its own. «على طريق القدس» in a mourning formula is no place.
 * Sentences written for this spec.
 */
const casualties = (text: string) =>
  extract({ text: 'تطورات ميدانية\n\n' + text, publishedOn: '2024-05-15', language: 'ar' }).events.find(
    (e) => e.type === 'CasualtiesClaimed',
  );

describe('a side mourning its dead', () => {
  it.each([
    ['LB-HEZBOLLAH', 'ونعى حزب الله في بيان مقاتلين اثنين قال إنهما ارتقيا في جنوب لبنان.'],
    ['PS-HAMAS', 'ونعت حركة حماس ثلاثة من عناصر كتائب القسام قتلوا في غارة إسرائيلية على خان يونس.'],
    ['JO', 'نعى الجيش الأردني جنديا قتل في اشتباك مع مهربين على الحدود السورية.'],
  ])('%s claims its own dead: %s', (party, text) => {
    const e = casualties(text);
    expect(e?.claimant.party).toBe(party);
    expect(e?.casualties[0]?.party).toBe(party);
  });

  it('«على طريق القدس» is a formula, not Jerusalem', () => {
    expect(casualties('ونعى حزب الله مقاتلين اثنين "ارتقيا على طريق القدس".')?.locations.map((l) => l.id)).not.toContain('xx-jerusalem');
  });
});
