import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * «دعا وزير الخارجية تركيا إلى …»: after a verb of calling, urging or asking, a state named right after a definite head
 * is the one addressed, not the head's owner; the head speaks for its own side (here the side that spoke before).
 * Sentences written for this spec across conflicts.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const claimantOf = (text: string, type: string) => events(text).find((e) => e.type === type)?.claimant.party ?? null;

describe('the state a head calls on is no claimant', () => {
  it.each([
    ['LY', 'قال الجيش الليبي إن قواته تقدمت في طرابلس. ودعا وزير الخارجية تركيا إلى وقف إرسال المرتزقة.'],
    ['YE', 'قالت الحكومة اليمنية إن الحوثيين قصفوا أحياء في مأرب. ودعا الرئيس الولايات المتحدة إلى تشديد العقوبات على الجماعة.'],
    [
      'AM',
      'قالت وزارة الخارجية الأرمينية إن القوات الأذربيجانية قصفت قرى حدودية. ودعا المتحدث باسم الحكومة أذربيجان إلى احترام وقف إطلاق النار.',
    ],
  ])('%s calls: %s', (party, text) => {
    expect(claimantOf(text, 'DiplomaticStatementIssued')).toBe(party);
  });

  it.each([
    ['IR', 'دعت الحكومة إيران إلى وقف دعم الحوثيين في اليمن.'],
    ['US', 'ودعا الرئيس الولايات المتحدة إلى وقف الغارات على صنعاء.'],
    ['TR', 'دعا وزير الخارجية تركيا إلى التدخل لوقف القتال في طرابلس.'],
  ])('not %s, the one called on: %s', (addressee, text) => {
    expect(claimantOf(text, 'DiplomaticStatementIssued')).not.toBe(addressee);
  });

  it('a head with its owner in the construct still takes it («وزير خارجية تركيا»)', () => {
    expect(claimantOf('دعا وزير خارجية تركيا الأطراف الليبية إلى وقف القتال في طرابلس.', 'DiplomaticStatementIssued')).toBe('TR');
  });
});

describe('who asks for help is the verb’s subject, not the state asked', () => {
  it.each([
    ['EG', 'ناشد رئيس الوزراء مصر التدخل لوقف القتال في السودان.'],
    ['RU', 'وطلب الرئيس روسيا التدخل لوقف الهجوم على الحدود.'],
    ['TR', 'ناشد رئيس المجلس الرئاسي تركيا التدخل لوقف الهجوم على طرابلس.'],
  ])('not %s: %s', (asked, text) => {
    const request = events(text).find((e) => e.type === 'AssistanceRequested');
    expect(request).toBeDefined();
    expect(request!.claimant.party).not.toBe(asked);
  });
});
