import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «قال الجيش الأمريكي إن غاراته في العراق استهدفت …»: an attack noun with a possessive right after «إن/أن» is the
 * speaker's own attack; the country of the place named after it is the side attacked, not the attacker. Sentences
 * written for this spec across conflicts.
 */
const attackOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) => e.type !== 'CasualtiesClaimed');

describe("the speaker's own strikes", () => {
  it.each([
    ['US', 'IQ', 'قال الجيش الأمريكي إن غاراته في العراق استهدفت مستودعات صواريخ لكتائب حزب الله.'],
    ['IL', 'PS', 'قال الجيش الإسرائيلي إن غاراته في غزة استهدفت مواقع لحماس.'],
    ['TR', 'IQ', 'قالت وزارة الدفاع التركية إن ضرباتها في شمال العراق دمرت مخابئ لحزب العمال الكردستاني.'],
    ['SD', 'SD-RSF', 'قال الجيش السوداني إن قصفه على الفاشر أوقع قتلى في صفوف الدعم السريع.'],
  ])('%s on %s: %s', (attacker, target, text) => {
    const e = attackOf(text);
    expect(e?.accused).toBe(attacker);
    expect(e?.target).toBe(target);
  });

  it("near-miss: strikes named by their side stay that side's", () => {
    const e = attackOf('قال الجيش اللبناني إن غارات إسرائيلية استهدفت جنوب لبنان.');
    expect(e?.accused).toBe('IL');
    expect(e?.target).toBe('LB');
  });
});
