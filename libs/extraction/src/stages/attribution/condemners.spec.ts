import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * A government that condemns an attack abroad speaks of it; it is neither the side attacked nor the attacker. The
 * attack stays an event with the attacker the sentence names. At home (a place in its country, or a group of its own
 * country) the condemner is the side attacked. Sentences written for this spec across conflicts, after a headline so
 * the condemner is read as the claimant.
 */
const HEADLINE = 'تطورات ميدانية جديدة\n\n';
const attack = (text: string): ExtractedEvent | undefined =>
  extract({ text: HEADLINE + text, publishedOn: '2024-05-10', language: 'ar' }).events.find((e) =>
    ['ArmedClashReported', 'ShellingReported', 'AirStrikeReported'].includes(e.type),
  );

describe('a condemner abroad is no side of the attack', () => {
  it.each([
    ['EG', 'IL', 'أدانت القاهرة الغارات الإسرائيلية على مدينة رفح.'],
    ['SA', 'YE-HOUTHI', 'استنكرت الخارجية السعودية القصف الحوثي على مدينة مأرب.'],
    ['TR', 'RU', 'وأدانت تركيا الهجوم الروسي على مدينة خاركيف.'],
    ['QA', 'IL', 'وشجبت الخارجية القطرية القصف الإسرائيلي على مخيم جباليا.'],
  ])('%s condemns an attack by %s: %s', (condemner, attacker, text) => {
    const e = attack(text);
    expect(e).toMatchObject({ claimant: { party: condemner }, accused: attacker });
    expect(e?.target).not.toBe(condemner);
  });
});

describe('a condemner at home is the side attacked', () => {
  it.each([
    ['IQ', 'ISIS', 'وأدانت الحكومة العراقية الهجوم الذي شنه تنظيم داعش على قرية في كركوك.'],
    ['SO', 'SO-SHABAAB', 'وأدانت الحكومة الصومالية الهجوم الذي شنته حركة الشباب على قاعدة عسكرية.'],
  ])('%s attacked by %s: %s', (condemner, attacker, text) => {
    expect(attack(text)).toMatchObject({ claimant: { party: condemner }, accused: attacker, target: condemner });
  });
});
