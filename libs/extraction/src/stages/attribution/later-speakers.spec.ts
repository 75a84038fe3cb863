import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * Who speaks for a clause: a speaker named later in the sentence with its own «و»-joined statement («…، وأعلن حزب الله
 * استهداف موقع») tells its own news and is no source of the clause before it; a speaker after a plain comma
 * («…، قالت الوزارة») or «بحسب» still is. A country named after «في», «جنوب», «مدينة» right before a verb of saying
 * is where, not who speaks. Sentences written for this spec across conflicts, after a headline so the first
 * sentence is a body sentence.
 */
const HEADLINE = 'تطورات ميدانية جديدة\n\n';
const events = (text: string): ExtractedEvent[] => extract({ text: HEADLINE + text, publishedOn: '2024-05-10', language: 'ar' }).events;
const ofType = (text: string, type: string) => events(text).find((e) => e.type === type);

describe('a later «و»-joined statement is not the source of the clause before it', () => {
  it.each([
    [
      'AirStrikeReported',
      'شنت مقاتلات إسرائيلية غارات على بلدة عيتا الشعب جنوب لبنان، وأعلن حزب الله استهداف موقع المالكية بصواريخ موجهة.',
    ],
    ['ShellingReported', 'قصفت المدفعية الروسية أحياء في مدينة خيرسون، وقال الجيش الأوكراني إن قواته أسقطت مسيرات فوق أوديسا.'],
    ['AirStrikeReported', 'استهدفت غارات جوية مواقع في مدينة نيالا، واتهمت قوات الدعم السريع الجيش بقصف الأسواق.'],
    ['ArmedClashReported', 'اندلعت اشتباكات عنيفة في محيط مدينة مأرب، وأعلنت جماعة الحوثي إسقاط طائرة مسيرة.'],
    ['ArmedClashReported', 'اندلعت اشتباكات مسلحة في مخيم جنين، فيما أعلنت سرايا القدس تفجير عبوة ناسفة بآلية عسكرية.'],
    ['ShellingReported', 'قصفت قوات النظام بلدات في ريف إدلب، بينما قالت هيئة تحرير الشام إنها استهدفت مواقع للنظام.'],
  ])('%s: %s', (type, text) => {
    expect(ofType(text, type)?.claimant.party ?? null).toBeNull();
  });

  it.each([
    ['LB-HEZBOLLAH', 'شنت مقاتلات إسرائيلية غارات على بلدة عيتا الشعب جنوب لبنان، وأعلن حزب الله استهداف موقع المالكية بصواريخ موجهة.'],
    ['SD-RSF', 'استهدفت غارات جوية مواقع في مدينة نيالا، وأعلنت قوات الدعم السريع إسقاط طائرة حربية.'],
  ])('the statement itself is %s’s: %s', (party, text) => {
    expect(events(text).filter((e) => e.claimant.party === party).length).toBeGreaterThan(0);
  });
});

describe('a trailing speaker still sources the clause before it', () => {
  it.each([
    ['AZ', 'ShellingReported', 'تعرضت مواقع الجيش في منطقة كلبجار لقصف مدفعي، قالت وزارة الدفاع الأذربيجانية.'],
    ['SO', 'ArmedClashReported', 'اندلعت اشتباكات عنيفة مع مسلحي حركة الشباب قرب بلدوين، بحسب الجيش الصومالي.'],
  ])('%s: %s', (party, type, text) => {
    expect(ofType(text, type)?.claimant.party).toBe(party);
  });
});

describe('a country after a place word is no speaker', () => {
  it.each([
    ['LB-HEZBOLLAH', 'في جنوب لبنان أعلن حزب الله استهداف موقع للجيش الإسرائيلي بالصواريخ.'],
    ['SY-SDF', 'وفي شمال سوريا قالت قوات سوريا الديمقراطية إنها صدت هجوما على بلدة عين عيسى.'],
    ['PS-HAMAS', 'وفي مدينة غزة أعلنت كتائب القسام استهداف دبابة إسرائيلية بقذيفة.'],
  ])('%s speaks: %s', (party, text) => {
    const found = events(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.claimant.party === party)).toBe(true);
  });

  it('a country that is the subject before its verb still speaks («أذربيجان، قد أعلنت»)', () => {
    expect(ofType('وكانت أذربيجان قد أعلنت أن قواتها تعرضت لقصف أرميني في كلبجار.', 'ShellingReported')?.claimant.party).toBe('AZ');
  });
});
