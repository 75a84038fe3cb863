import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs, not taken from any report. */
const ofType = (text: string, type: string) =>
  extract({ text, publishedOn: '2025-03-10' }).events.filter((e) => e.type === type && !e.background);
const placesOf = (text: string, type: string) => ofType(text, type).map((e) => e.locations.map((l) => l.name).join('+'));

describe('a linked clause («في حين», «بينما», «فيما») tells another event at its own place', () => {
  it('two shellings or strikes of one sentence, each at its clause’s place', () => {
    expect(placesOf('قصفت المدفعية مدينة مأرب، في حين قصفت الدبابات مدينة الحديدة.', 'ShellingReported')).toEqual(['Marib', 'Hodeidah']);
    expect(placesOf('قصفت قوات الدعم السريع مدينة الفاشر، بينما قصفت مدينة الأبيض.', 'ShellingReported')).toEqual([
      'El Fasher',
      'El Obeid',
    ]);
    expect(placesOf('شنت طائرات روسية غارات على مدينة إدلب، فيما شنت طائرات أخرى غارات على مدينة حماة.', 'AirStrikeReported')).toEqual([
      'Idlib (city)',
      'Hama',
    ]);
  });

  it('a downing in the first clause does not down the aircraft of the next, whose strike stays', () => {
    const yemen = 'أسقطت الدفاعات الجوية مسيرة فوق مأرب، في حين شنت طائرات التحالف غارات على الحديدة.';
    expect(ofType(yemen, 'MaterielLossClaimed').flatMap((e) => e.materiel.map((m) => m.kind))).toEqual(['drone']);
    expect(placesOf(yemen, 'AirStrikeReported')).toContain('Hodeidah');
    const ukraine = 'أسقطت الدفاعات الأوكرانية 20 مسيرة، بينما شنت طائرات روسية غارات على مدينة خاركيف.';
    expect(placesOf(ukraine, 'AirStrikeReported')).toContain('Kharkiv');
  });
});

describe('a country the event aims at is its own place, not the town of the sentence before', () => {
  it('«أطلقت روسيا 80 مسيرة على أوكرانيا» after a sentence about Belgorod', () => {
    const ukraine = 'قال حاكم مقاطعة بيلغورود إن قصفا أوكرانيا قتل مدنيا في المقاطعة.\nوأطلقت روسيا 80 مسيرة على أوكرانيا ليلا.';
    expect(placesOf(ukraine, 'AirStrikeReported')).toEqual(['Ukraine']);
  });

  it('Iran on Israel after Tehran, Pakistan on Afghanistan after Peshawar', () => {
    const levant = 'قتل 3 أشخاص في غارة إسرائيلية على طهران.\nوأطلقت إيران صواريخ على إسرائيل فجر اليوم.';
    expect(placesOf(levant, 'ShellingReported').concat(placesOf(levant, 'AirStrikeReported'))).toContain('Israel');
    const afpak = 'قتل شرطيان في هجوم مسلح في مدينة بيشاور.\nوشنت باكستان غارات جوية على أفغانستان ليلا.';
    expect(placesOf(afpak, 'AirStrikeReported')).toEqual(['Afghanistan']);
  });
});
