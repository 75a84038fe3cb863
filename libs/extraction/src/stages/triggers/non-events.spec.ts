import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (issue 12: whether), not taken from any report. */
const scored = (text: string) =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => e.type);

describe('non-events: a cue that reports nothing happened', () => {
  it('«إصابات دقيقة», «إصابة مباشرة»: hits on a target, not wounded people', () => {
    expect(scored('أعلنت الفصائل أنها حققت إصابات دقيقة في مواقع الجيش.')).not.toContain('CasualtiesClaimed');
    expect(scored('قال المتحدث إن الصاروخ حقق إصابة مباشرة للهدف.')).not.toContain('CasualtiesClaimed');
    expect(scored('أعلنت الفصائل سقوط إصابات في صفوف الجيش بعد قصف مواقعه.')).toContain('CasualtiesClaimed');
  });

  it('«أصاب … إصابة مباشرة»: a verb of hitting with its own noun and a hit adjective wounds no one (Yemen, Ukraine, Lebanon)', () => {
    expect(scored('وقال المتحدث الحوثي إن الصاروخين أصابا السفينة إصابة مباشرة في خليج عدن.')).not.toContain('CasualtiesClaimed');
    expect(scored('وأصاب صاروخ روسي مبنى الإدارة في خاركيف إصابة مباشرة.')).not.toContain('CasualtiesClaimed');
    expect(scored('وقال حزب الله إن مقاتليه أصابوا الموقع إصابات دقيقة.')).not.toContain('CasualtiesClaimed');
    // people hit, however the hit is told, are wounded
    expect(scored('وأصابت شظايا القذيفة ثلاثة أطفال إصابات بالغة في خاركيف.')).toContain('CasualtiesClaimed');
  });

  it('victims of floods, road accidents or disease are no casualties of violence', () => {
    expect(scored('ارتفعت حصيلة ضحايا الفيضانات في المدينة إلى 40 شخصا.')).not.toContain('CasualtiesClaimed');
    expect(scored('سجلت الوزارة 12 وفاة و30 إصابة بفيروس كورونا أمس.')).not.toContain('CasualtiesClaimed');
    expect(scored('قتل 3 جنود في حادث مروري على الطريق الدولي أمس.')).not.toContain('CasualtiesClaimed');
  });

  it('forecasts and fears reach into their «أن» clause', () => {
    expect(scored('يتوقع المحللون أن تندلع اشتباكات جديدة في المدينة.')).toEqual([]);
    expect(scored('يخشى السكان من أن تقصف الطائرات الحي مجددا.')).toEqual([]);
    expect(scored('حذر الجيش من أن المسلحين سيهاجمون البلدة.')).toEqual([]);
    // a reported fact after «قال إن» stays one
    expect(scored('قال الجيش إن المسلحين قصفوا البلدة بالمدفعية أمس.')).toContain('ShellingReported');
  });

  it('a likelihood («من المرجح») or an ability («قدرة ... على») is not a fact', () => {
    expect(scored('ومن المرجح ارتفاع عدد القتلى في الأيام المقبلة.')).not.toContain('CasualtiesClaimed');
    expect(scored('تملك الجماعة قدرة على شن هجمات على القواعد.')).not.toContain('ArmedClashReported');
  });

  it('a meeting is at its own place, not at the places of its topic', () => {
    const at = (text: string) =>
      extract({ text, publishedOn: '2024-05-20', language: 'ar' })
        .events.filter((e) => e.type === 'TalksHeld')
        .flatMap((e) => e.locations.map((l) => l.name));
    expect(at('عقد مجلس الأمن جلسة طارئة في نيويورك لبحث القصف على مدينة حلب اليوم.')).toEqual(['New York']);
    expect(at('عقد مجلس الأمن جلسة طارئة لبحث القصف على مدينة حلب اليوم.')).toEqual([]);
  });

  it('a meeting about shelling is a meeting, not shelling', () => {
    const types = scored('عقد مجلس الأمن جلسة طارئة لبحث القصف على المدينة اليوم.');
    expect(types).not.toContain('ShellingReported');
    expect(types).toContain('TalksHeld');
  });
});

describe('headlines that restate the lead', () => {
  it('a vague headline toll merges into the counted one of the body, and does not stand beside it', () => {
    const events = extract({
      text: 'مقتل العشرات في قصف على حي سكني\nأعلنت وزارة الصحة مقتل 11 مدنيا في قصف مدفعي على حي في مدينة حمص اليوم.',
      publishedOn: '2024-05-20',
      language: 'ar',
    }).events.filter((e) => e.type === 'CasualtiesClaimed');
    expect(events).toHaveLength(1);
    expect(events[0].casualties).toEqual([expect.objectContaining({ category: 'killed', min: 11, vague: false })]);
  });
});

describe('an attack on civilians is no clash', () => {
  it('«استهداف امرأة», «هجوم على المدنيين», «الاستهداف الممنهج للأبرياء»: no fighting between forces', () => {
    const clash = (text: string) =>
      extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.some((e) => e.type === 'ArmedClashReported');
    expect(clash('قالت مصادر محلية إن المسلحين ارتكبوا انتهاكا جديدا عبر استهداف امرأة مسنة في البلدة.')).toBe(false);
    expect(clash('ندد المسؤول بالهجوم على المدنيين في القرية أمس.')).toBe(false);
    expect(clash('واتهم الجيش المسلحين بالاستهداف الممنهج للأبرياء في المدينة.')).toBe(false);
    // an attack on positions or forces stays a clash
    expect(clash('شن المسلحون هجوما على مواقع الجيش في القرية أمس.')).toBe(true);
  });
});
