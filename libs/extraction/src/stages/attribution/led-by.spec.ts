import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Speakers named by what they belong to, with sentences written for this spec: a state's army «led by» a group's
 * leader («الجيش الليبي بقيادة خليفة حفتر») speaks for the group, and the phrase runs to the leader's name; a
 * government's press office («المكتب الإعلامي الحكومي في غزة») speaks for the place's government.
 */
const HEADLINE = 'تطورات ميدانية جديدة\n\n';
const events = (text: string): ExtractedEvent[] => extract({ text: HEADLINE + text, publishedOn: '2024-05-10', language: 'ar' }).events;

describe('forces led by a group’s leader', () => {
  it.each([
    ['LY-LNA', 'أعلن الجيش الليبي بقيادة خليفة حفتر سيطرته على مدينة مرزق.'],
    ['LY-LNA', 'قالت القوات التي يقودها حفتر إنها سيطرت على قاعدة تمنهنت الجوية.'],
  ])('%s took it: %s', (group, text) => {
    expect(events(text).find((e) => e.type === 'ControlChangeClaimed')).toMatchObject({ claimant: { party: group }, accused: group });
  });

  it('a state’s army led by its own head stays the state’s', () => {
    const e = events('قال الجيش السوداني بقيادة عبد الفتاح البرهان إنه استعاد السيطرة على مدينة سنجة.');
    expect(e.find((x) => x.type === 'ControlChangeClaimed')?.claimant.party).toBe('SD');
  });
});

describe('a government’s press office', () => {
  it.each([
    ['PS', 'أعلن مكتب الإعلام الحكومي في غزة مقتل 15 فلسطينيا في قصف إسرائيلي على منزل في دير البلح.'],
    ['PS', 'وقال المكتب الإعلامي الحكومي في غزة إن 40 شخصا قتلوا في غارات على مخيم جباليا.'],
  ])('speaks for %s: %s', (party, text) => {
    expect(events(text).find((e) => e.type === 'CasualtiesClaimed')?.claimant.party).toBe(party);
  });
});
