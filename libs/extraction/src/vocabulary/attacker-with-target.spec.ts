import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';

/**
 * The attacker is read from the clause even when the side attacked is found, in sentences written for this spec
 * across conflicts: the subject of the attack verb (verb–subject–object, or after «إن»), the side an attack noun's
 * adjective names, the actor after «من قبل» / «على يد». Never the side attacked, never a state its own allied group
 * is the target of (or the reverse), never a claimant only because it spoke.
 */
const strike = (text: string) => {
  const hostile = ['AirStrikeReported', 'ShellingReported', 'ArmedClashReported'];
  const e = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.find((x) => hostile.includes(x.type));
  return { accused: e?.accused ?? null, target: e?.target ?? null };
};

describe('the subject of the attack verb, with the side attacked after it', () => {
  it.each([
    ['YE-HOUTHI', 'IL', 'استهدف الحوثيون سفينة إسرائيلية بطائرات مسيرة في البحر الأحمر.'],
    ['PS-PIJ', 'IL', 'وقالت وزارة الصحة في غزة إن حركة الجهاد الإسلامي استهدفت موقعا للجيش الإسرائيلي قرب رفح.'],
    ['IL', 'LB-HEZBOLLAH', 'وقال الجيش اللبناني إن الجيش الإسرائيلي استهدف مواقع لحزب الله في الجنوب.'],
    ['IL', 'LB', 'وقال حزب الله إن الجيش الإسرائيلي استهدف مواقع للجيش اللبناني في الناقورة.'],
    ['SD-RSF', 'SD', 'وذكرت الأمم المتحدة أن قوات الدعم السريع قصفت مواقع للجيش السوداني في الفاشر.'],
    ['SO-SHABAAB', 'ET', 'وقال مصدر في الجيش الصومالي إن حركة الشباب هاجمت قاعدة للقوات الإثيوبية في بيدوا.'],
    ['RU', 'UA', 'وأعلن الجيش الأوكراني أن القوات الروسية قصفت مواقع للجيش الأوكراني في خاركيف.'],
    ['TR', 'SY-SDF', 'وأفاد المرصد السوري بأن القوات التركية قصفت مواقع لقوات سوريا الديمقراطية في ريف الحسكة.'],
    ['RU', 'UA', 'نفذت القوات الروسية هجوما على مواقع للجيش الأوكراني في دونيتسك.'],
    ['AM', 'AZ', 'وأعلن الجيش الأذربيجاني أن القوات الأرمينية قصفت مواقع للجيش الأذربيجاني في ترتر.'],
    ['PK-TTP', 'PK', 'وقال الجيش الباكستاني إن حركة طالبان باكستان هاجمت نقطة تفتيش للجيش الباكستاني في وزيرستان.'],
  ])('accused %s, target %s: %s', (accused, target, text) => {
    expect(strike(text)).toEqual({ accused, target });
  });
});

describe('the subject before the instrument is no site, and the site after the subject is the target', () => {
  it.each([
    ['UA', 'RU', 'واستهدفت القوات الأوكرانية بطائرات مسيرة مصفاة نفط روسية في منطقة كراسنودار.'],
    ['UA', 'RU', 'واستهدفت القوات الأوكرانية مصفاة نفط روسية بطائرات مسيرة في منطقة كراسنودار.'],
    ['YE-HOUTHI', 'US', 'قصف الحوثيون سفينة أمريكية في خليج عدن.'],
  ])('accused %s, target %s: %s', (accused, target, text) => {
    expect(strike(text)).toEqual({ accused, target });
  });

  it('a place named between the site and the instrument does not hide the site', () => {
    expect(strike('واستهدفت الميليشيات الموالية لإيران قاعدة أمريكية في سوريا بطائرات مسيرة.').target).toBe('US');
  });
});

describe('an arm and its adjective as the attack verb’s subject', () => {
  it.each([
    ['IL', 'LB-HEZBOLLAH', 'وقصفت المدفعية الإسرائيلية مواقع لحزب الله في جنوب لبنان.'],
    ['IR', 'US', 'واستهدفت الزوارق الإيرانية سفينة أمريكية في مضيق هرمز.'],
    ['RU', 'UA', 'قصفت الدبابات الروسية مواقع للجيش الأوكراني في باخموت.'],
    ['TR', 'SY-SDF', 'وقصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية في ريف منبج.'],
  ])('accused %s, target %s: %s', (accused, target, text) => {
    expect(strike(text)).toEqual({ accused, target });
  });

  it.each([
    ['UA', 'وقال الجيش الأوكراني إنه دمر 3 دبابات روسية في باخموت.'],
    ['PS-HAMAS', 'وقالت حماس إن مقاتليها استهدفوا دبابة إسرائيلية شرق رفح.'],
  ])('an arm named as the object is the side hit, not the attacker (%s attacked): %s', (accused, text) => {
    expect(strike(text).accused).toBe(accused);
  });
});

describe('the attacker named after «على يد» / «من قبل», not the side attacked', () => {
  it.each([
    ['ISIS', 'ML', 'قتل 3 جنود ماليين في هجوم على يد مسلحين من داعش على قاعدة للجيش المالي قرب ميناكا.'],
    ['SD-RSF', 'SD', 'وقال مصدر طبي إن قصفا من قبل قوات الدعم السريع استهدف مقرا للجيش السوداني في الأبيض.'],
    ['ISIS', 'IQ', 'وتعرضت دورية للجيش العراقي لهجوم من قبل عناصر داعش في ديالى.'],
    ['ISIS', 'IQ-PMF', 'وقال الحشد الشعبي إن مقاتليه تعرضوا لهجوم على يد عناصر من داعش في صلاح الدين.'],
    ['ML-JNIM', 'BF', 'وتعرضت قاعدة للجيش البوركيني لهجوم من قبل مسلحين من جماعة نصرة الإسلام والمسلمين قرب جيبو.'],
  ])('accused %s, target %s: %s', (accused, target, text) => {
    expect(strike(text)).toEqual({ accused, target });
  });
});

describe('what is not the attacker', () => {
  it('the side attacked stays the target even as the nearest actor', () => {
    expect(strike('وقال حزب الله إن غارة إسرائيلية استهدفت مواقع للحزب في جنوب لبنان.').accused).toBe('IL');
  });

  it.each([
    ['LB', 'وقال الجيش اللبناني إن غارة استهدفت مواقع لحزب الله في الجنوب.'],
    ['LB-HEZBOLLAH', 'وقال حزب الله إن غارة استهدفت مواقع للجيش اللبناني في الجنوب.'],
    ['IQ', 'وقال الجيش العراقي إن هجوما استهدف مقرا للحشد الشعبي في الأنبار.'],
  ])('a claimant allied at home to the side attacked is not its attacker (%s): %s', (claimant, text) => {
    expect(strike(text).accused).not.toBe(claimant);
  });

  it('a claimant that only spoke is not the attacker: the subject is', () => {
    expect(strike('وقالت حماس إن الجيش الإسرائيلي قصف مواقع لسرايا القدس في خان يونس.')).toEqual({ accused: 'IL', target: 'PS-PIJ' });
  });

  it.each([
    ['PS-HAMAS', 'IL', 'وأعلنت كتائب القسام استهداف قوات الاحتلال في خان يونس بقذائف الهاون.'],
    ['SO-SHABAAB', 'SO', 'وتبنت حركة الشباب استهداف القوات الصومالية في مقديشو.'],
    ['SY-HTS', 'SY', 'وأعلنت هيئة تحرير الشام استهداف قوات النظام السوري بقذائف المدفعية في ريف حلب.'],
  ])('the side after an attack noun a group claims is its object, not the attacker: %s against %s', (accused, target, text) => {
    expect(strike(text)).toEqual({ accused, target });
  });

  it('a claimant that says it attacked still is («إنه استهدف»)', () => {
    expect(strike('وقال حزب الله إنه استهدف موقعا للجيش الإسرائيلي في مزارع شبعا.')).toEqual({ accused: 'LB-HEZBOLLAH', target: 'IL' });
  });

  it.each([
    ['ML', 'قال الجيش المالي في بيان إنه حيد عشرات الإرهابيين في غارات جوية على مواقع لهم قرب كيدال.'],
    ['NG', 'قال الجيش النيجيري إنه قتل 30 إرهابيا في غارات جوية في ولاية بورنو.'],
    ['PK', 'قال الجيش الباكستاني إنه قتل 12 مسلحا في غارة بطائرة مسيرة في وزيرستان.'],
    ['IQ', 'قالت قيادة العمليات المشتركة إنها قتلت 9 من عناصر داعش في ضربات جوية في وادي حوران.'],
  ])('the strikes in which a claimant says it killed («إنه قتل … في غارات») are its own: %s %s', (accused, text) => {
    expect(strike(text).accused).toBe(accused);
  });
});

describe('a relative verb after the attack noun, carrying it as object, names the attacker as its subject', () => {
  it.each([
    ['US', 'قتل 10 من مسلحي حركة الشباب في غارة جوية نفذتها القوات الأمريكية قرب بلدة جلب.'],
    ['SD-RSF', 'قتل 4 مدنيين في قصف مدفعي شنته قوات الدعم السريع على سوق في الفاشر.'],
    ['SY-SDF', 'أصيب 3 جنود أتراك في هجوم بطائرة مسيرة شنته وحدات حماية الشعب قرب منبج.'],
    ['IL', 'قتل 5 مدنيين في غارة شنتها طائرات إسرائيلية على بلدة عيتا الشعب.'],
    ['RU', 'وقال حاكم المنطقة إن القصف الذي نفذته القوات الروسية على خيرسون أدى إلى مقتل امرأة.'],
    ['YE-HOUTHI', 'وتضررت سفينة تجارية في هجوم صاروخي شنه الحوثيون قبالة سواحل الحديدة.'],
  ])('accused %s: %s', (accused, text) => {
    expect(strike(text).accused).toBe(accused);
  });
});

describe('an aircraft named with its model («طائرات إف-16 عراقية») is still its side’s, and it carried out the strike', () => {
  it.each([
    ['US', 'قتل خمسة من مسلحي الشباب في غارة نفذتها طائرة MQ-9 أمريكية قرب جلب.'],
    ['TR', 'قتل عشرة من مقاتلي حزب العمال الكردستاني في غارة شنتها مسيرة تي بي 2 تركية في منطقة قنديل.'],
    ['RU', 'دمرت غارة شنتها طائرات سو-25 روسية مدرسة في ريف إدلب.'],
    ['IL', 'قصفت طائرات إف-16 إسرائيلية مواقع في جنوب لبنان.'],
  ])('accused %s: %s', (accused, text) => {
    expect(strike(text).accused).toBe(accused);
    const losses = extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events.flatMap((e) => e.materiel);
    expect(losses.filter((m) => m.party === accused)).toEqual([]);
  });
});

describe('a side named only beside an attack that killed its men was attacked, not the attacker', () => {
  it.each([
    ['SO-SHABAAB', 'مقتل 10 من مسلحي الشباب في غارة جنوب الصومال'],
    ['LB-HEZBOLLAH', 'قتل 3 من عناصر حزب الله في غارة على بلدة الخيام.'],
    ['SY-SDF', 'قتل 5 من مقاتلي قوات سوريا الديمقراطية في هجوم بطائرة مسيرة قرب القامشلي.'],
    ['YE-HOUTHI', 'مقتل 6 من عناصر جماعة الحوثي في غارات على محافظة صعدة.'],
    ['SD-RSF', 'مقتل 20 من عناصر الدعم السريع في قصف جوي على مدينة نيالا.'],
    ['ISIS', 'مقتل 7 من عناصر داعش في غارة جوية غرب الأنبار.'],
  ])('target %s: %s', (target, text) => {
    const { accused, target: hit } = strike(text);
    expect(hit).toBe(target);
    expect(accused).not.toBe(target);
  });
});
