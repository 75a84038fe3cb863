import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * ControlChangeClaimed (event-taxonomy.md: positions, villages or heights lost, taken or retaken), read with its sides:
 * the side that took the place is the accused; a side that withdrew or lost it is the target and the other side took
 * it. Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const control = (text: string) => events(text).find((e) => e.type === 'ControlChangeClaimed');

describe('phrasings of a place changing hands', () => {
  it.each([
    ['ISIS', 'وقعت مدينة الرمادي في قبضة تنظيم داعش بعد معارك عنيفة.'],
    ['SD-RSF', 'ووقعت مدينة ود مدني في قبضة قوات الدعم السريع.'],
    ['LY', 'وانتزعت قوات حكومة الوفاق مدينة غريان من قوات حفتر.'],
    ['UA', 'وانتزعت القوات الأوكرانية قرية روبوتين في منطقة زابوريجيا.'],
  ])('taken by %s: %s', (taker, text) => {
    expect(control(text)).toMatchObject({ accused: taker });
  });
});

describe('the speaker took it («إنهم سيطروا», «إن قواته دخلت», «أعلنت X السيطرة»)', () => {
  it.each([
    ['YE-HOUTHI', 'وقال الحوثيون إنهم سيطروا على مواقع في مأرب.'],
    ['RU', 'وقال الجيش الروسي إن قواته دخلت إلى بلدة أفدييفكا.'],
    ['SY-HTS', 'وأعلنت هيئة تحرير الشام السيطرة على مدينة سراقب.'],
  ])('%s: %s', (taker, text) => {
    expect(control(text)).toMatchObject({ claimant: { party: taker }, accused: taker });
  });
});

describe('a side that withdrew or lost the place is the target, not the taker', () => {
  it.each([
    ['UA', 'RU', 'وقالت وزارة الدفاع الروسية إن القوات الأوكرانية انسحبت من بلدة أفدييفكا.'],
    ['SD-RSF', 'SD', 'وقال الجيش السوداني إن قوات الدعم السريع فقدت السيطرة على مدينة سنجة.'],
    ['YE-HOUTHI', undefined, 'وقال الحوثيون إنهم انسحبوا من مواقع في مأرب.'],
    ['UA', undefined, 'وأعلن الجيش الأوكراني انسحاب قواته من بلدة أفدييفكا.'],
  ])('%s gave it up (taken by %s): %s', (loser, taker, text) => {
    const e = control(text);
    expect(e?.target).toBe(loser);
    expect(e?.accused).not.toBe(loser);
    if (taker) expect(e?.accused).toBe(taker);
  });
});

it('«هيئة تحرير الشام» names the group, not a liberation', () => {
  const text = 'وقالت هيئة تحرير الشام إن مقاتليها قصفوا مواقع للنظام في مدينة سراقب.';
  expect(events(text).map((e) => e.type)).toEqual(['ShellingReported']);
});
