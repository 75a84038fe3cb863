import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const placesOf = (text: string, type: string) =>
  extract({ text, publishedOn: '2025-03-10' })
    .events.filter((e) => e.type === type && !e.background && e.evidence.text.includes(text.split('\n')[1]!.slice(0, 12)))
    .map((e) => e.locations.map((l) => l.name).join('+'));

describe('a sentence naming a village the gazetteers lack is not at the town of the sentence before', () => {
  it('Somalia: «قرب بلدة مهداي» after El Bur is in Somalia', () => {
    const text =
      'هاجم مسلحون من حركة الشباب قاعدة عسكرية في مدينة عيل بور.\nوقالت الحركة إن مقاتليها قتلوا 10 جنود في هجوم قرب بلدة مهداي.';
    expect(placesOf(text, 'ArmedClashReported')).toEqual(['Somalia']);
  });

  it('Syria: «قرية الشيخ مصطفى» after Maarat al-Numan in rural Idlib is in the province', () => {
    const text = 'قتل خمسة مدنيين في قصف على مدينة معرة النعمان بريف إدلب.\nوقصفت المدفعية قرية الشيخ مصطفى مما أدى إلى مقتل طفلين.';
    expect(placesOf(text, 'CasualtiesClaimed')).toEqual(['Idlib Governorate']);
  });

  it('Sudan and Yemen: an unknown village after El Fasher or Marib keeps only the country', () => {
    const sudan = 'قصفت قوات الدعم السريع مدينة الفاشر.\nوقتل 7 مدنيين في هجوم على قرية أم جلبة.';
    expect(placesOf(sudan, 'CasualtiesClaimed')).toEqual(['Sudan']);
    const yemen = 'اندلعت اشتباكات عنيفة في مدينة مأرب.\nوقتل 4 جنود في هجوم للحوثيين على قرية الحجلة.';
    expect(placesOf(yemen, 'CasualtiesClaimed')).toEqual(['Yemen']);
  });

  it('a kind of village («قرية مجاورة»), not a name, still lends the town before', () => {
    const text = 'هاجم مسلحون من حركة الشباب قاعدة عسكرية في مدينة عيل بور.\nوقتل 10 جنود في هجوم على قرية مجاورة.';
    expect(placesOf(text, 'CasualtiesClaimed')).toEqual(['El Bur']);
  });
});
