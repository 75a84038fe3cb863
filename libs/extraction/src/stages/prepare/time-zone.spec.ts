import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * «اعتبارا من الساعة التاسعة بتوقيت موسكو»: a city that names the clock of a start time is no place of the event.
 * Sentences written for this spec across conflicts.
 */
const placesOf = (text: string) =>
  extract({ text, publishedOn: '2025-03-10', language: 'ar' }).events.flatMap((e) => e.locations.map((l) => l.name));

describe('a city naming a clock', () => {
  it.each([
    ['caucasus', 'وأعلنت روسيا وقفا لإطلاق النار بين أرمينيا وأذربيجان اعتبارا من الساعة التاسعة بتوقيت موسكو.', 'Moscow'],
    ['sudan', 'وأعلن الجيش السوداني هدنة في الفاشر تبدأ عند السادسة صباحا بتوقيت الخرطوم.', 'Khartoum'],
    ['yemen', 'وقال الحوثيون إنهم قصفوا مواقع في مأرب عند الساعة الثالثة فجرا بتوقيت صنعاء.', "Sana'a"],
  ])('%s: %s', (_, text, clock) => {
    const places = placesOf(text);
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain(clock);
  });

  it('a city after «في» is still a place', () => {
    expect(placesOf('واندلعت اشتباكات في الخرطوم عند الساعة السادسة صباحا.')).toContain('Khartoum');
  });
});
