import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * An attack with no attacker named is read as falling on the report's first side — but not on a side abroad when the
 * place is at the other side's home only: «وقتل 3 في قصف على خاركيف» after a sentence on Russian drones hit Ukraine,
 * not Russia. Sentences written for this spec across conflicts.
 */
const lastAttack = (text: string, type: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' })
    .events.filter((e) => e.type === type)
    .at(-1);

describe('the side attacked when no attacker is named', () => {
  it.each([
    ['ukraine', 'قصفت مسيرات روسية مواقع في كييف. وقتل 3 في قصف على خاركيف.', 'ShellingReported', 'UA'],
    ['syria', 'شن الطيران الروسي غارات على إدلب. وقتل 4 في قصف على بلدة كفرنبل.', 'ShellingReported', 'SY'],
  ])('%s: at the other side’s home: %s', (_, text, type, target) => {
    const e = lastAttack(text, type);
    expect(e?.accused).toBeNull();
    expect(e?.target).toBe(target);
  });

  it.each([
    ['yemen', 'وردا على هجوم حوثي، شنت طائرات التحالف غارات على مواقع في صعدة.', 'AirStrikeReported', 'YE-HOUTHI'],
    ['sudan', 'قصف الجيش السوداني مواقع قوات الدعم السريع في نيالا. وقتل 5 في قصف على الفاشر.', 'ShellingReported', 'SD'],
  ])('%s: both sides at home, the first side as before: %s', (_, text, type, target) => {
    expect(lastAttack(text, type)?.target).toBe(target);
  });
});
