import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Capitals standing for their governments as subjects («تتبادل إسلام آباد وكابل الاتهامات», «ردت كييف بقصف …»,
 * «حمّلت دمشق أنقرة مسؤولية …»): parties that speak, accuse or attack, not where the event happened. Sentences
 * written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const places = (text: string) => new Set(events(text).flatMap((e) => e.locations.map((l) => l.name)));
const sides = (text: string) => events(text).map((e) => [e.claimant.party, e.accused]);

describe('two capitals exchanging accusations: each speaks and accuses the other, neither is a place', () => {
  it.each([
    // the past: the present «وتتبادل … الاتهامات» tells a standing quarrel, no event (vocabulary/generic-statements.spec.ts)
    [['PK', 'AF'], ['Islamabad', 'Kabul'], 'وتبادلت إسلام آباد وكابل الاتهامات بشأن الهجمات على الحدود.'],
    [['RU', 'UA'], ['Moscow', 'Kyiv'], 'وتبادلت موسكو وكييف الاتهامات بقصف محطة زابوريجيا النووية.'],
    [['SD', 'SD-RSF'], [], 'وتبادل الجيش السوداني وقوات الدعم السريع الاتهامات بقصف مخيم زمزم.'],
  ])('%j: %s', ([a, b], capitals, text) => {
    expect(sides(text)).toEqual(
      expect.arrayContaining([
        [a, b],
        [b, a],
      ]),
    );
    for (const c of capitals) expect(places(text)).not.toContain(c);
  });

  it('fire exchanged («تبادلت إطلاق النار») is no accusation: nobody speaks', () => {
    const text = 'وتبادلت القوات الأرمينية والأذربيجانية إطلاق النار على الحدود.';
    expect(events(text).map((e) => e.claimant.party)).toEqual([null]);
  });
});

describe('a capital that responds with an attack («ردت كييف بقصف …») made it', () => {
  it.each([
    ['UA', 'وردت كييف بقصف مواقع روسية في دونيتسك.'],
    ['IR', 'وردت طهران بهجوم صاروخي على قاعدة عين الأسد.'],
    ['PK', 'ورد الجيش الباكستاني بقصف مواقع لطالبان في ولاية خوست.'],
  ])('%s: %s', (attacker, text) => {
    expect(events(text)[0]?.accused).toBe(attacker);
  });
});

describe('«حمّل X Y المسؤولية»: X accuses Y', () => {
  it.each([
    ['SY', 'TR', 'وحملت دمشق أنقرة مسؤولية القصف على ريف حلب.'],
    ['IQ', 'TR', 'وحملت بغداد أنقرة مسؤولية القصف على قرى في إقليم كردستان.'],
  ])('%s accuses %s: %s', (claimant, accused, text) => {
    expect(sides(text)).toEqual([[claimant, accused]]);
  });

  it('«حملت» without a responsibility is carrying, not speech', () => {
    expect(events('وحملت الطائرة 150 راكبا إلى مطار بغداد، فيما قصفت المدفعية مواقع في الموصل.')[0]?.claimant.party).toBeNull();
  });
});
