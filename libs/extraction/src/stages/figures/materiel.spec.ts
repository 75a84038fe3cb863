import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent, MaterielFigure } from '../../extraction-record.js';

/** Example sentences written for these specs (equipment-loss round), not taken from any report. */
const lossesOf = (text: string): ExtractedEvent[] =>
  extract({ text, publishedOn: '2024-05-20', language: 'ar' }).events.filter((e) => e.type === 'MaterielLossClaimed');
const materielOf = (text: string): MaterielFigure[] => lossesOf(text).flatMap((e) => e.materiel);
/** party|kind|count of every figure, the way the dev score keys them. */
const keysOf = (text: string): string[] => materielOf(text).map((m) => `${m.party}|${m.kind}|${m.count}`);

describe('lists of several kinds, each with its own count', () => {
  it.each([
    [
      'أعلنت وزارة الدفاع الروسية تدمير 12 دبابة و7 عربات مدرعة و3 منظومات هيمارس تابعة للجيش الأوكراني في دونيتسك.',
      ['UA|tank|12', 'UA|armoured-vehicle|7', 'UA|artillery|3'],
    ],
    ['استولت قوات الدعم السريع على 3 دبابات و5 عربات مدرعة تابعة للجيش السوداني في الفاشر.', ['SD|tank|3', 'SD|armoured-vehicle|5']],
  ])('%s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('a long list keeps its status to the last item, however far from the verb', () => {
    const text =
      'وأكدت وزارة الدفاع الأذربيجانية تدمير 4 دبابات من طراز تي-72، و3 مدافع من طراز دي-30، ومدفع هاوتزر من طراز دي-20، ' +
      'و7 شاحنات ذخيرة من طراز كاماز، و9 مركبات عسكرية من طراز أورال، و2 منصات إطلاق صواريخ غراد من طراز بي إم-21، ' +
      'و6 مدفعيات من طراز أكاتسيا تابعة للقوات الأرمينية.';
    expect(keysOf(text)).toEqual([
      'AM|tank|4',
      'AM|artillery|3',
      'AM|artillery|1',
      'AM|vehicle|7',
      'AM|vehicle|9',
      'AM|artillery|2',
      'AM|artillery|6',
    ]);
  });

  it('a side named on the last items is the side of the items before them', () => {
    expect(keysOf('أعلنت روسيا أنها دمرت 12 دبابة، و8 مدرعات، و5 مدافع، و2 من الرادارات الأوكرانية.')).toEqual([
      'UA|tank|12',
      'UA|armoured-vehicle|8',
      'UA|artillery|5',
      'UA|air-defence|2',
    ]);
  });

  it('a model name between two items does not break the list («من طراز تي-72»)', () => {
    expect(keysOf('قال الجيش الأوكراني إنه دمر 15 دبابة روسية من طراز تي-72 و10 ناقلات جند.')).toEqual([
      'RU|tank|15',
      'RU|armoured-vehicle|10',
    ]);
  });
});

describe('counts: number words, «N من», one system, vague quantities', () => {
  it('number words count like digits', () => {
    expect(keysOf('أعلنت قوات الدعم السريع تدمير ثلاث طائرات مسيرة تابعة للجيش السوداني في الفاشر.')).toEqual(['SD|drone|3']);
  });

  it('«2 من قاذفات الصواريخ», «3 من دبابات المسلحين»: the count before «من» counts the noun after it', () => {
    expect(keysOf('أعلنت وزارة الدفاع الأذربيجانية تدمير مدفع هاوتزر و2 من قاذفات الصواريخ الأرمينية.')).toEqual([
      'AM|artillery|1',
      'AM|artillery|2',
    ]);
    expect(materielOf('أعلن الجيش السوري تدمير 3 من دبابات المسلحين في ريف حماة.').map((m) => m.count)).toEqual([3]);
  });

  it('«منظومة» and «منظومة دفاع جوي» are one system, «منظومات» a vague many', () => {
    expect(keysOf('أعلنت قوات الوفاق تدمير منظومة دفاع جوي تابعة لقوات حفتر قرب ترهونة.')).toEqual(['LY-LNA|air-defence|1']);
    expect(materielOf('أعلن الجيش الأوكراني تدمير منظومات دفاع جوي روسية.').map((m) => m.count)).toEqual([null]);
  });

  it('«عشرات», «عدد من»: a loss with no count (the materiel format has no range)', () => {
    expect(keysOf('قالت وزارة الدفاع الروسية إن قواتها دمرت عشرات الدبابات الأوكرانية.')).toEqual(['UA|tank|null']);
    expect(keysOf('أعلن الجيش الأذربيجاني تدمير عدد من الدبابات الأرمينية.')).toEqual(['AM|tank|null']);
  });

  it('a singular object after the verb’s subject is one («أسقطت الدفاعات الجوية الروسية مروحية»)', () => {
    expect(keysOf('أسقطت الدفاعات الجوية الروسية مروحية أوكرانية من طراز مي-8.')).toEqual(['UA|helicopter|1']);
  });
});

describe('model names: in Latin letters, with numbers, or standing for the noun', () => {
  it.each([
    ['أعلنت روسيا تدمير 3 طائرات F-16 أوكرانية في مطار ستاروكوستيانتينيف.', ['UA|aircraft|3']],
    ['أعلنت روسيا إسقاط 4 طائرات بيرقدار أوكرانية.', ['UA|drone|4']],
    ['أعلنت وزارة الدفاع الروسية تدمير منظومة هيمارس ومنظومتي باتريوت أوكرانية.', ['UA|artillery|1', 'UA|air-defence|2']],
    ['أعلنت هيئة تحرير الشام تدمير دبابة وعربة بي إم بي لقوات النظام في ريف إدلب.', ['SY|tank|1', 'SY|armoured-vehicle|1']],
    ['أعلن الحوثيون إسقاط طائرة مسيرة أمريكية من طراز MQ-9 في أجواء محافظة مأرب.', ['US|drone|1']],
  ])('%s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('a model stands for its noun after a count («تدمير 3 ليوبارد»)', () => {
    expect(keysOf('أعلنت وزارة الدفاع الروسية تدمير 3 ليوبارد و2 برادلي أوكرانية قرب أفدييفكا.')).toEqual([
      'UA|tank|3',
      'UA|armoured-vehicle|2',
    ]);
  });

  it('a calibre is part of the item («مدفع عيار 57»), and rockets counted by their name are no launchers lost', () => {
    expect(keysOf('أعلنت هيئة تحرير الشام اغتنام دبابة تي-72 ومدفع عيار 57 من قوات النظام في ريف حماة.')).toEqual([
      'SY|tank|1',
      'SY|artillery|1',
    ]);
    expect(lossesOf('أطلقت القوات الروسية 40 غراد على المدينة بعد تدمير جسر فيها.')).toEqual([]);
  });

  it('a model does not change a specific noun («جرافة من نوع دي-9» is still a vehicle)', () => {
    expect(materielOf('أعلنت كتائب القسام تدمير جرافة عسكرية إسرائيلية من نوع دي-9 شرق رفح.').map((m) => m.kind)).toEqual(['vehicle']);
  });

  it('a nisba of the kind of defence («دفاع جوي روسي»: Russian-made) is not the owner', () => {
    const text = 'دارت معارك بين قوات الوفاق وقوات حفتر. وأعلنت قوات الوفاق تدمير منظومة دفاع جوي روسي من نوع بانتسير.';
    expect(keysOf(text)).toEqual(['LY-LNA|air-defence|1']);
  });
});

describe('whose equipment it was', () => {
  it.each([
    ['أعلنت كتائب القسام تدمير آليات إسرائيلية في خان يونس.', ['IL|vehicle|null']],
    ['أعلن الجيش الإسرائيلي إسقاط مسيرة تابعة لحزب الله فوق الجليل.', ['LB-HEZBOLLAH|drone|1']],
    ['قال الجيش الباكستاني إنه دمر 5 عربات لحركة طالبان باكستان قرب الحدود.', ['PK-TTP|vehicle|5']],
    ['أعلن الجيش العراقي إعطاب 3 عربات لتنظيم داعش قرب الموصل.', ['ISIS|vehicle|3']],
  ])('%s', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });

  it('«تابعة لـ» after the equipment names its owner, not the claimant', () => {
    const [loss] = lossesOf('أعلن الجيش الصومالي تدمير 4 سيارات تابعة لحركة الشباب قرب مدينة جوهر.');
    expect(loss.claimant.party).toBe('SO');
    expect(loss.materiel.map((m) => m.party)).toEqual(['SO-SHABAAB']);
  });

  it('equipment seized by a side named as the subject is the other side’s', () => {
    const text = 'دارت معارك بين قوات الوفاق وقوات حفتر. وتمكنت قوات الوفاق من الاستيلاء على منظومة مماثلة قرب ترهونة.';
    expect(keysOf(text)).toEqual(['LY-LNA|air-defence|1']);
  });
});

describe('verbs and states of loss', () => {
  it('«تحييد» with equipment after it is its destruction', () => {
    expect(keysOf('أعلنت وزارة الدفاع التركية تحييد 5 مدرعات تابعة لحزب العمال الكردستاني شمال العراق.')).toEqual([
      'PKK|armoured-vehicle|5',
    ]);
  });

  it('«متفحمة», «محترقة» after counted equipment: destroyed; an uncounted scene is no figure', () => {
    expect(keysOf('شاهد مراسل الوكالة نحو 15 آلية متفحمة تابعة لقوات الدعم السريع على طريق الفاشر.')).toEqual(['SD-RSF|vehicle|15']);
    expect(keysOf('عثرت القوات العراقية على 8 عربات «همفي» محترقة لتنظيم داعش في صحراء الأنبار.')).toEqual(['ISIS|vehicle|8']);
    expect(lossesOf('ونشرت الوزارة صورا تظهر منازل وسيارات محترقة في البلدة.')).toEqual([]);
  });

  it('equipment that did the destroying («نجحت الطائرات المسيرة في تدمير») is no loss', () => {
    expect(keysOf('دارت معارك بين روسيا وأوكرانيا. ونجحت الطائرات المسيرة الأوكرانية في تدمير 4 دبابات روسية.')).toEqual(['RU|tank|4']);
    expect(keysOf('تمكنت مروحيتان من إسقاط 3 طائرات مسيرة أطلقها الحوثيون.')).toEqual(['YE-HOUTHI|drone|3']);
  });

  it('«ما أدى إلى انفجارها» after a strike is the loss of what it hit, even a launcher named after the strike’s weapon', () => {
    expect(keysOf('استهدفت القوات الأوكرانية بصاروخ موجه منظومة دفاع جوي روسية قرب خيرسون، ما أدى إلى انفجارها.')).toEqual([
      'RU|air-defence|1',
    ]);
    expect(materielOf('استهدف مقاتلو الفصائل بصاروخ "كورنيت" راجمة صواريخ لقوات النظام في ريف اللاذقية، ما أدى إلى انفجارها.')).toEqual([
      expect.objectContaining({ party: 'SY', kind: 'artillery', count: 1 }),
    ]);
    // the car bomb that blew up was the attack, not a loss
    expect(lossesOf('ركن المهاجم سيارة مفخخة قرب حاجز للجيش في مقديشو قبل انفجارها.')).toEqual([]);
  });

  it('equipment after «بـ» is the instrument of the act, not a loss', () => {
    expect(lossesOf('دمرت القوات مخزن الذخيرة بطائرة مسيرة قرب مدينة الحديدة.')).toEqual([]);
  });
});

describe('denials, threats and a side that lost nothing', () => {
  it.each([
    'نفت وزارة الدفاع الأرمينية تدمير أي دبابة لها.',
    'نفى الجيش الروسي إسقاط مقاتلة من طراز سو-34 فوق بيلغورود.',
    'هدد الحوثيون بإغراق السفن الأمريكية في البحر الأحمر.',
    'أعلنت القوات الأذربيجانية أنها لم تخسر أي دبابة خلال المعارك.',
    'قال الجيش الأوكراني إن قواته لم تفقد أي طائرة في الهجوم.',
  ])('no loss: %s', (text) => {
    expect(lossesOf(text)).toEqual([]);
  });
});
