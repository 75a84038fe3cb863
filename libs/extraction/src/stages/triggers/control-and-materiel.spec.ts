import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (issue 12: event types), not taken from any report. */
const run = (text: string) => extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.filter((e) => !e.background);
const types = (text: string) => run(text).map((e) => e.type);

describe('control changes told with the place first', () => {
  it('«سقطت المدينة في أيدي …»: a place falling into someone’s hands', () => {
    expect(types('سقطت البلدة في أيدي المسلحين فجر اليوم.')).toContain('ControlChangeClaimed');
    // «بأيدي» without a verb of falling is an agent, not a change of control
    expect(types('قتل 5 مدنيين بأيدي المسلحين في القرية أمس.')).not.toContain('ControlChangeClaimed');
  });

  it('«باتت القرية تحت سيطرة …» is a change; «تقع تحت سيطرة» is a state', () => {
    expect(types('باتت القرية تحت سيطرة الجيش مجددا.')).toContain('ControlChangeClaimed');
    expect(types('تقع البلدة تحت سيطرة الحكومة منذ سنوات.')).not.toContain('ControlChangeClaimed');
  });
});

describe('control changes told with a plural verb or «دخل»', () => {
  it('«حرروا», «استعادوا», «دخلوا»: the plural past of a control verb is the control verb', () => {
    expect(types('وقال الضابط إن الجنود حرروا قرية صغيرة شرق النهر صباح اليوم.')).toContain('ControlChangeClaimed');
    expect(types('أكد القائد أن مقاتليه استعادوا البلدة بعد يومين من القتال.')).toContain('ControlChangeClaimed');
    expect(types('قال مسؤولون إن المسلحين دخلوا إلى المدينة فجر الأحد.')).toContain('ControlChangeClaimed');
    expect(types('دخل المقاتلون البلدة بعد انسحاب الحامية منها ليلا.')).toContain('ControlChangeClaimed');
  });

  it('an agreement that enters into force is no control change, whatever the verb form', () => {
    expect(types('دخل الاتفاق حيز التنفيذ في المدينة منتصف الليل.')).not.toContain('ControlChangeClaimed');
  });
});

describe('materiel burnt out', () => {
  it('«احتراق آلية عسكرية» counts one vehicle destroyed; burning houses count no materiel', () => {
    const lost = run('أعلنت الفصائل احتراق آلية عسكرية بالكامل شرق المدينة اليوم.').flatMap((e) => e.materiel);
    expect(lost).toContainEqual(expect.objectContaining({ kind: 'vehicle', count: 1, status: 'destroyed' }));
    expect(run('احترقت منازل عدة في القرية اليوم.').flatMap((e) => e.materiel)).toEqual([]);
  });
});

describe('equipment destroyed, told by a pronoun', () => {
  it('«… ما أدى إلى احتراقها»: a loss of the vehicle, and the drone that hit it is still an air strike', () => {
    const types = run('استهدفت المسيرة شاحنة عسكرية على الطريق ما أدى إلى احتراقها بالكامل.').map((e) => e.type);
    expect(types).toContain('MaterielLossClaimed');
    expect(types).toContain('AirStrikeReported');
  });
});

describe('control as an aim', () => {
  it('«لاستعادة السيطرة», «لتحرير المدينة»: a campaign’s goal is no control change', () => {
    expect(types('أطلقت الحكومة حملة عسكرية واسعة لاستعادة السيطرة على المنطقة.')).not.toContain('ControlChangeClaimed');
    expect(types('بدأ الجيش عملية لتحرير البلدة من المسلحين.')).not.toContain('ControlChangeClaimed');
    expect(types('استعاد الجيش السيطرة على البلدة أمس.')).toContain('ControlChangeClaimed');
  });
});

describe('control as a recap or a topic', () => {
  it('«منذ استعادة», «ما يتعلق بانسحاب», «موافقة لدخول»: a time frame, a subject of talk or a permission is no change', () => {
    expect(types('تنتشر الفصائل في الوادي منذ استعادة البلدة من المسلحين.')).not.toContain('ControlChangeClaimed');
    expect(types('بحث الوزيران ما يتعلق بانسحاب القوات من المدينة.')).not.toContain('ControlChangeClaimed');
    expect(types('نفت الحكومة منح أي إذن لدخول القوات الأجنبية إلى البلدة.')).not.toContain('ControlChangeClaimed');
    expect(types('استعادت القوات البلدة من المسلحين أمس.')).toContain('ControlChangeClaimed');
    expect(types('دخلت القوات المدينة صباح اليوم.')).toContain('ControlChangeClaimed');
  });
});

describe('armour destroyed on the ground is fighting', () => {
  it('«تدمير 4 دبابات», «دمروا آلية عسكرية»: a clash besides the loss; not when aircraft destroyed it', () => {
    expect(types('قال المتحدث إن مقاتليه تمكنوا من تدمير 3 دبابات بقذائف مضادة للدروع شرق البلدة.')).toContain('ArmedClashReported');
    expect(types('وأكد الفصيل أن عناصره دمروا آلية عسكرية قرب المعبر.')).toContain('ArmedClashReported');
    // a strike from the air that destroys tanks is an air strike, not a clash
    expect(types('دمرت غارة جوية دبابتين قرب البلدة.')).not.toContain('ArmedClashReported');
    // destroyed houses are no armour
    expect(types('دمر القصف منازل في البلدة.')).not.toContain('ArmedClashReported');
  });
});
