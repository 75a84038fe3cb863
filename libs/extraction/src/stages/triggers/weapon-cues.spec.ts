import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (issue 12: which type a weapon word cues), not taken from any report. */
const scored = (text: string) =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => e.type);

describe('weapon cues: which event type a weapon word makes', () => {
  it('barrel bombs are an air strike, whatever the verb', () => {
    expect(scored('ألقت المروحيات براميل متفجرة على حي الميدان أمس.')).toContain('AirStrikeReported');
    expect(scored('سقطت البراميل المتفجرة على أطراف البلدة صباح اليوم.')).toContain('AirStrikeReported');
  });

  it('machine guns, RPGs and anti-armour rounds are fighting, not shelling', () => {
    const ambush = scored('أطلق مسلحون النار من مدافع آلية وقنابل صاروخية على دورية للجيش أمس.');
    expect(ambush).toContain('ArmedClashReported');
    expect(ambush).not.toContain('ShellingReported');
    const antiArmour = scored('استهدف المقاتلون دبابة بقذائف مضادة للدروع شرق البلدة اليوم.');
    expect(antiArmour).toContain('ArmedClashReported');
    expect(antiArmour).not.toContain('ShellingReported');
    // plain artillery stays shelling
    expect(scored('قصفت المدافع أطراف البلدة أمس.')).toContain('ShellingReported');
  });

  it('«أسلحة خفيفة وثقيلة»: heavy weapons in the pair make it shelling', () => {
    expect(scored('اتهم الجيش المسلحين بشن هجمات باستخدام أسلحة خفيفة وثقيلة على القرية أمس.')).toContain('ShellingReported');
  });

  it('«قصف» by aircraft is an air strike, not shelling; with artillery it stays shelling', () => {
    const byDrones = scored('قصفت طائرات مسيرة مواقع الفصائل قرب البلدة مساء أمس.');
    expect(byDrones).toContain('AirStrikeReported');
    expect(byDrones).not.toContain('ShellingReported');
    expect(scored('قصفت المدفعية أطراف البلدة أمس بينما حلقت الطائرات فوق المنطقة في وقت لاحق من الليل.')).toContain('ShellingReported');
  });

  it('«غارات بالصواريخ»: missiles as an air strike’s instrument are that strike, not shelling', () => {
    const raid = scored('شنت الطائرات الحربية غارات بالصواريخ الفراغية على الحي أمس.');
    expect(raid).toContain('AirStrikeReported');
    expect(raid).not.toContain('ShellingReported');
  });

  // the file's first casualty sentence pays the one-time build of the extractor's lazy tables (≈1 s idle, more under load)
  it('«استهدفت بصاروخ» after a drone strike is the drone’s missile, not a shelling', () => {
    const told = scored('استهدفت طائرة مسيرة سيارة قرب القرية ظهر اليوم. وقال شهود إن السيارة استهدفت بصاروخ أدى إلى احتراقها.');
    expect(told).toContain('AirStrikeReported');
    expect(told).not.toContain('ShellingReported');
    // after artillery fire, or with a launcher named, a missile stays a shelling
    expect(scored('قصفت المدفعية أطراف البلدة ظهر اليوم. وقال شهود إن السيارة استهدفت بصاروخ أدى إلى احتراقها.')).toContain(
      'ShellingReported',
    );
  });

  it('a later definite «القصف» with no weapon of its own is the air strike told before it, not a new shelling', { timeout: 30_000 }, () => {
    const retold = scored('قصفت طائرات مسيرة مخزنا للذخيرة قرب القرية مساء أمس. وقال المصدر إن القصف أدى إلى مقتل حارسين.');
    expect(retold).toContain('AirStrikeReported');
    expect(retold).not.toContain('ShellingReported');
    const rubble = scored(
      'شنت المقاتلات غارات على السوق القديم فجر اليوم. وتعرض رجال الإنقاذ لإطلاق نار أثناء رفع الأنقاض التي خلفها القصف.',
    );
    expect(rubble).not.toContain('ShellingReported');
    // after artillery, or with a weapon of its own, «القصف» keeps its default
    expect(scored('قصفت المدفعية أطراف البلدة مساء أمس. وقال المصدر إن القصف أدى إلى مقتل حارسين.')).not.toContain('AirStrikeReported');
    expect(scored('قصفت طائرات مسيرة مخزنا قرب القرية أمس. واستمر القصف بالهاون على الحي الشرقي طوال الليل.')).toContain(
      'ShellingReported',
    );
    // an indefinite «قصف» is a new strike, typed on its own
    expect(scored('قصفت طائرات مسيرة مخزنا قرب القرية أمس. وسقط قتيلان في قصف استهدف حيا آخر بعد ساعة.')).toContain('ShellingReported');
  });

  it('one plane used against a target is an air strike; a loitering «طائرة انتحارية» is a drone', () => {
    expect(scored('قال الجيش إنه استخدم طائرة انتحارية ضد مجموعة من المسلحين قرب الوادي مساء أمس.')).toContain('AirStrikeReported');
    expect(scored('أطلقت القوات طائرة "نسر" الانتحارية على مخزن قرب البلدة فجر اليوم.')).toContain('AirStrikeReported');
    expect(scored('ضربت طائرة حربية سوقا شعبيا في البلدة ظهر اليوم.')).toContain('AirStrikeReported');
    // a plane with no attack word is no strike
    expect(scored('هبطت طائرة ركاب في مطار المدينة بعد تأخر دام ساعتين أمس.')).not.toContain('AirStrikeReported');
  });

  it('«قصف مدفعي وجوي»: an air half joined to a shelling word is both a shelling and an air strike', () => {
    for (const text of [
      'تقدمت الدبابات نحو الحي الشرقي وسط قصف مدفعي وجوي مكثف صباح اليوم.',
      'شنت القوات قصفا صاروخيا وجويا على أطراف البلدة ليلا.',
    ]) {
      const types = scored(text);
      expect(types, text).toContain('ShellingReported');
      expect(types, text).toContain('AirStrikeReported');
    }
    // «جوية» joined to no shelling word is no strike
    expect(scored('انتشرت القوات البرية والجوية في محيط المدينة أمس.')).not.toContain('AirStrikeReported');
  });

  it('an attack on armour is fighting, whatever round it fires; a weapon that attacks it is its own strike', () => {
    const rounds = scored('قال المتحدث إن مقاتليه استهدفوا آلية عسكرية شمال البلدة بقذيفتين صباح اليوم.');
    expect(rounds).toContain('ArmedClashReported');
    expect(scored('نفذ المسلحون هجوما على مدرعات الجيش قرب الجسر بالقذائف ليلا.')).toContain('ArmedClashReported');
    expect(scored('استهدفت طائرة مسيرة آلية عسكرية على الطريق أمس.')).not.toContain('ArmedClashReported');
    // «إليه» (to him) unvowelled is «اليه»: no vehicle without «عسكرية»
    expect(scored('نفى الحزب الهجوم الصاروخي المنسوب إليه في البلدة أمس.')).not.toContain('ArmedClashReported');
  });

  it('storming and ambushes are clashes', () => {
    expect(scored('اقتحم المقاتلون البلدة بعد ساعات من الحصار أمس.')).toContain('ArmedClashReported');
    expect(scored('نصب المسلحون كمائن لقوات الجيش على الطريق أمس.')).toContain('ArmedClashReported');
  });
});

describe('explosions, roadside bombs and suicide bombings: no scored type of their own', () => {
  it('an attack by a bomb is neither a clash nor a shelling', () => {
    for (const text of [
      'أسفر هجوم بعبوة ناسفة عن مقتل جنديين على الطريق أمس.',
      'استهدف هجوم انتحاري بسيارة مفخخة حاجزا للشرطة اليوم.',
      'وقبل ذلك بدقائق ضرب انفجار مستودعا قرب القرية، في استهداف لم تتبنه أي جهة.',
    ]) {
      const types = scored(text);
      expect(types, text).not.toContain('ArmedClashReported');
      expect(types, text).not.toContain('ShellingReported');
    }
  });

  it('its toll is still a casualty claim', () => {
    expect(scored('أسفر هجوم بعبوة ناسفة عن مقتل جنديين على الطريق أمس.')).toContain('CasualtiesClaimed');
  });

  it('an attack far from any bomb word keeps its type', () => {
    expect(scored('شن المسلحون هجوما على مواقع الجيش قرب القرية أمس.')).toContain('ArmedClashReported');
  });
});

describe('attacks named as a goal', () => {
  it('«لمواجهة الهجمات», «لمكافحة الهجمات»: the aim of a measure reports no attack', () => {
    expect(scored('أصدرت الحكومة مرسوما يقضي بالتعبئة العامة لمواجهة الهجمات المتكررة على القرى.')).not.toContain('ArmedClashReported');
    expect(scored('أرسل الجيش تعزيزات لمكافحة الهجمات على الطريق الدولي.')).not.toContain('ArmedClashReported');
    // an attack told before the goal is still one
    expect(scored('شنت الفصائل هجوما على مواقع الجيش لمواجهة تقدمه نحو البلدة أمس.')).toContain('ArmedClashReported');
  });

  it('«تحسبا لهجوم», «استعدادا لهجوم»: an attack awaited reports none', () => {
    expect(scored('نشر الجيش تعزيزات على الطريق الدولي تحسباً لهجوم بالقذائف من المسلحين.')).toEqual([]);
    expect(scored('عززت القوات مواقعها استعدادا لهجوم صاروخي محتمل.')).toEqual([]);
    expect(scored('شن المسلحون هجوما بالقذائف على الطريق الدولي أمس.')).toContain('ShellingReported');
  });
});

describe('attacks along a front', () => {
  it('«هجمات في محاور عدة», «الهجمات على الجبهة»: fighting, even beside shelling', () => {
    expect(scored('قال القائد إن الهجمات تتواصل في محاور عدة كما أن القصف المدفعي لم يتوقف.')).toContain('ArmedClashReported');
    expect(scored('تتواصل الهجمات على الجبهة الشرقية منذ الصباح.')).toContain('ArmedClashReported');
  });
});

describe('a place named after fighting', () => {
  it('«جبهة القتال», «خطوط المواجهات»: the front, not a report of fighting', () => {
    expect(scored('حقق الجيش أول مكاسب له في هذا الجزء من جبهة القتال.')).not.toContain('ArmedClashReported');
    expect(scored('انسحب المقاتلون بعيدا عن خطوط المواجهات.')).not.toContain('ArmedClashReported');
    expect(scored('اندلع القتال على خط الجبهة أمس.')).toContain('ArmedClashReported');
  });
});
