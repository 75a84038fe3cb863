import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/**
 * The towns a road runs between («طريق حلب-اللاذقية», «الطريق بين خاركيف وإيزيوم») are not where on it an event
 * happened: the place the sentence gives besides them is, and they place it only when there is none. Sentences
 * written for this spec in wire style; the first event must be at exactly these locations (ids).
 */
const idsOf = (text: string) => {
  const events = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
  return events.find((e) => e.locations.length)?.locations.map((l) => l.id) ?? [];
};

describe('a road’s end towns are weak places', () => {
  const CASES: [string, string[]][] = [
    // Syria: the M4 near Saraqib
    ['قصفت قوات النظام السوري طريق حلب-اللاذقية الدولي قرب بلدة سراقب.', ['sy-saraqib']],
    // Ukraine: «الطريق بين X وY»
    ['قتل 3 مدنيين في قصف روسي على الطريق بين خاركيف وإيزيوم قرب بلدة بالاكليا.', ['gn-712926']],
    // Sudan
    ['قتل 5 مدنيين في هجوم بطائرة مسيرة لقوات الدعم السريع على طريق الأبيض-كوستي قرب مدينة أم روابة.', ['gn-364706']],
    // Afghanistan: the province the ambush was in
    ['قتل 4 جنود في كمين على طريق كابول-قندهار في ولاية زابل.', ['af-zabul']],
  ];
  it.each(CASES)('%s', (text, ids) => expect(idsOf(text)).toEqual(ids));

  it('places the event at the road’s ends when the sentence names nothing else', () => {
    expect(idsOf('قتل 3 أشخاص في غارة بطائرة مسيرة على الطريق بين الخرطوم وود مدني.')).toEqual(['sd-khartoum', 'sd-wad-madani']);
  });
});
