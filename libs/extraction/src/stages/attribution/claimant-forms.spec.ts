import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

/** Example sentences written for these specs (who makes the claim, in the forms wire reports use), not taken from any report. */
const claimants = (text: string) => extract({ text, publishedOn: '2024-05-10' }).events.map((e) => `${e.type}:${e.claimant.party}`);
const partiesOf = (text: string) => [...new Set(extract({ text, publishedOn: '2024-05-10' }).events.map((e) => e.claimant.party))];

describe('a speaker closed by a colon or a dash says what follows', () => {
  it('a group, an army, a person or an office before «:»', () => {
    expect(partiesOf('الجيش السوداني: مقتل 20 من الدعم السريع في هجوم على الفاشر')).toEqual(['SD']);
    expect(partiesOf('الحوثيون: استهدفنا سفينة أمريكية في خليج عدن بصواريخ باليستية')).toEqual(['YE-HOUTHI']);
    expect(partiesOf('القسام: قتلنا 10 جنود إسرائيليين في كمين شرق رفح')).toEqual(['PS-HAMAS']);
    expect(partiesOf('خلية الإعلام الأمني: مقتل 3 إرهابيين بضربة جوية في صلاح الدين')).toEqual(['IQ']);
    expect(partiesOf('زيلينسكي: القوات الروسية قصفت زابوريجيا ومقتل 4 مدنيين')).toEqual(['UA']);
    expect(partiesOf('المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي: قصفنا 30 هدفا لحماس في خان يونس')).toEqual(['IL']);
  });

  it('before a dash too, but a dateline is no speaker', () => {
    expect(partiesOf('الجيش الصومالي - مقتل 15 من مسلحي الشباب في عملية بإقليم جوبا السفلى')).toEqual(['SO']);
    expect(partiesOf('موسكو - قالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت 20 مسيرة أوكرانية.')).toEqual(['RU']);
  });

  it('a country before a colon names the matter, not who speaks', () => {
    expect(partiesOf('سوريا: مقتل 10 مدنيين في قصف على ريف إدلب')).toEqual([null]);
  });
});

describe('a speaker named as a group’s speaks for the group', () => {
  it('an outlet or office the lexicon does not know, with «التابعة لـ» or a «لـ» of belonging', () => {
    expect(partiesOf('وذكرت إذاعة الأندلس التابعة لحركة الشباب أن مقاتلي الحركة قتلوا 15 جنديا صوماليا في هجوم على قاعدة عسكرية.')).toEqual(
      ['SO-SHABAAB'],
    );
    expect(partiesOf('وقالت غرفة عمليات الفتح المبين التابعة لهيئة تحرير الشام إن مقاتليها قصفوا مواقع قوات النظام في ريف إدلب.')).toEqual([
      'SY-HTS',
    ]);
    expect(partiesOf('وقال المستشار الإعلامي لقائد قوات الدعم السريع إن قواتهم صدت هجوما للجيش على مدينة نيالا.')).toEqual(['SD-RSF']);
  });

  it('an outlet with no party of its own, owned by a group', () => {
    expect(partiesOf('وذكرت وكالة سبأ التابعة للحوثيين أن غارات أمريكية استهدفت مواقع في محافظة الحديدة.')).toEqual(['YE-HOUTHI']);
    expect(partiesOf('وقال مصدر محلي تابع للحوثيين إن غارات أمريكية استهدفت مطار صنعاء.')).toEqual(['YE-HOUTHI']);
  });

  it.each([
    ['YE-HOUTHI', 'وذكرت وكالة سبأ التي يديرها الحوثيون أن غارات أمريكية استهدفت مواقع في محافظة الحديدة.'],
    ['SO-SHABAAB', 'وقالت إذاعة البيان المقربة من حركة الشباب إن مقاتلي الحركة قتلوا 7 جنود في هجوم على قاعدة.'],
    ['SD-RSF', 'وقالت قناة على تلغرام مقربة من قوات الدعم السريع إن الجيش قصف مدينة نيالا.'],
    ['LB-HEZBOLLAH', 'وقالت قناة الساحات التي يملكها حزب الله إن مسيرة إسرائيلية قصفت سيارة في النبطية.'],
  ])('an outlet run by a group («التي يديرها») or close to it («المقربة من») speaks for it: %s', (party, text) => {
    expect(partiesOf(text)).toEqual([party]);
  });

  it('a death the verb announces is no speaker: «أعلن مقتل قائد لحركة الشباب»', () => {
    expect(partiesOf('وأعلن مقتل قائد لحركة الشباب في غارة جوية على منطقة جلب.')).not.toContain('SO-SHABAAB');
  });
});

describe('officials by title', () => {
  it('the head of a regional military administration speaks for the country of the region', () => {
    expect(partiesOf('وقال رئيس الإدارة العسكرية لمقاطعة خاركيف أوليغ سينيغوبوف إن القصف الروسي أدى إلى مقتل شخصين.')).toEqual(['UA']);
    expect(partiesOf('وقالت الإدارة العسكرية في زابوريجيا إن القوات الروسية قصفت 8 بلدات في المنطقة.')).toEqual(['UA']);
  });

  it('an officer of a named force speaks for it; an officer killed is no speaker', () => {
    expect(partiesOf('وقال ضابط في الجيش الصومالي يدعى محمد حسن لرويترز إن 10 جنود قتلوا في هجوم لحركة الشباب.')).toEqual(['SO']);
    expect(partiesOf('وقال ضابط سوداني لوكالة فرانس برس إن الطيران الحربي قصف مواقع للدعم السريع في شرق النيل.')).toEqual(['SD']);
    expect(partiesOf('قتل ضابط في الجيش الصومالي في انفجار عبوة ناسفة في مقديشو.')).toEqual([null]);
  });
});

describe('reported speech inside a report: the innermost speaker', () => {
  it('«نقلا عن» after an outlet: its source, not the subject of what is said', () => {
    expect(partiesOf('وذكرت وكالة أرمنبريس نقلا عن وزارة الدفاع الأرمينية أن القوات الأذربيجانية قصفت مواقع أرمينية قرب جيرموك.')).toEqual([
      'AM',
    ]);
    expect(partiesOf('وقالت صحيفة يديعوت أحرونوت نقلا عن مصادر عسكرية إسرائيلية إن الجيش قصف أهدافا لحماس في رفح.')).toEqual(['IL']);
  });
});

describe('a source named after what it attributes sources that sentence only', () => {
  it('«…، وفق X.», «…، بحسب X.», «…، حسبما أفادت X.»: the next sentence is the outlet’s again', () => {
    expect(
      claimants('قتل 12 من عناصر الدعم السريع في معارك بمدينة الفاشر، وفق الجيش السوداني. وتعرضت أحياء في أم درمان لقصف مدفعي عنيف.'),
    ).toContain('ShellingReported:null');
    expect(claimants('وأسفرت الغارات عن مقتل 25 فلسطينيا، بحسب وزارة الصحة في غزة. وقصفت المدفعية الإسرائيلية أطراف حي الزيتون.')).toEqual([
      'AirStrikeReported:PS',
      'CasualtiesClaimed:PS',
      'ShellingReported:null',
    ]);
    expect(
      claimants('قتل 3 مدنيين في قصف روسي على مدينة خيرسون، حسبما أفادت السلطات الأوكرانية. وشنت طائرات حربية غارات على مدينة أوديسا.'),
    ).toContain('AirStrikeReported:null');
  });

  it('one that opens the sentence speaks on, like «قال»', () => {
    expect(claimants('وبحسب وزارة الدفاع الروسية، فإن القوات الأوكرانية قصفت مدينة دونيتسك. وأسفر القصف عن مقتل 3 مدنيين.')).toContain(
      'CasualtiesClaimed:RU',
    );
  });
});

describe('a general staff or a separatist authority named by its own words', () => {
  it('«رئاسة الأركان» is the general staff, not the presidency', () => {
    const speaker = (text: string) => extract({ text, publishedOn: '2024-05-10' }).events[0]?.claimant;
    expect(speaker('قالت رئاسة الأركان العامة للقوات المسلحة الأوكرانية إن القوات الروسية خسرت 1230 عسكريا.')).toEqual({
      party: 'UA',
      name: 'Ukrainian armed forces',
    });
    expect(speaker('وأعلنت رئاسة أركان الجيش التركي تحييد 9 مسلحين شمالي العراق.')).toEqual({ party: 'TR', name: 'Turkish armed forces' });
    expect(speaker('وقالت رئاسة الأركان السورية إن 4 جنود قتلوا في هجوم لداعش في البادية.')?.name).toBe('Syrian armed forces');
  });

  it('authorities called separatist speak for the separatists of the report', () => {
    expect(partiesOf('وقالت سلطات الإقليم الانفصالية إن القصف الأذربيجاني على ستيباناكيرت أسفر عن مقتل 27 شخصا.')).toEqual(['NKR']);
    expect(partiesOf('وقالت السلطات الانفصالية في قره باغ إن جنديين قتلا بنيران أذربيجانية.')).toEqual(['NKR']);
  });
});
