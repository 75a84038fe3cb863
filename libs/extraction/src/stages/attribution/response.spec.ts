import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * A response and the attack it answered («ردا على», «ردت … على … بـ»): the responder made the response; the attack
 * answered was the other side's, made on the responder, and is told as background (the response's cause), never
 * folded into the response. Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const HOSTILE: ReadonlySet<string> = new Set(['ArmedClashReported', 'ShellingReported', 'AirStrikeReported']);
const sides = (text: string, background: boolean) =>
  events(text)
    .filter((e) => HOSTILE.has(e.type) && e.background === background)
    .map((e) => [e.accused, e.target]);

describe('the attack a response answered is the other side’s, on the responder', () => {
  it.each([
    ['PS-HAMAS', 'IL', 'وقال الجيش الإسرائيلي إن حماس أطلقت صواريخ على عسقلان ردا على الغارات.'],
    ['SD-RSF', 'SD', 'وقالت قوات الدعم السريع إنها قصفت مواقع الجيش في مدينة الأبيض ردا على غارات جوية استهدفت مواقعها.'],
    ['PK', 'PK-TTP', 'وقال الجيش الباكستاني إنه قصف مخابئ لحركة طالبان باكستان ردا على هجوم استهدف نقطة تفتيش في باجور.'],
    ['AZ', 'AM', 'وردت أذربيجان على القصف الأرميني بقصف مواقع في قره باغ.'],
    ['AM', 'AZ', 'وردت القوات الأرمينية على القصف الأذربيجاني بقصف مواقع قرب قرية سوتك.'],
  ])('%s responded to %s: %s', (responder, provoker, text) => {
    expect(sides(text, false)).toEqual([[responder, provoker]]);
    expect(sides(text, true)).toEqual([[provoker, responder]]);
  });
});

describe('a side named only on the attack answered is not the response’s attacker', () => {
  it.each([
    ['YE-HOUTHI', 'وردا على هجوم حوثي، شنت طائرات التحالف غارات على مواقع في صعدة.'],
    ['RU', 'وردا على قصف روسي، استهدفت المسيرات الأوكرانية مصفاة نفط في منطقة بريانسك.'],
  ])('not %s: %s', (provoker, text) => {
    const [response] = events(text).filter((e) => e.type === 'AirStrikeReported' && !e.background);
    expect(response?.accused).not.toBe(provoker);
    expect(response?.target).toBe(provoker);
  });
});
