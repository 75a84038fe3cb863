import { describe, expect, it } from 'vitest';
import { prepare } from './prepare.js';

describe('prepare: sentences, tokens and their places', () => {
  it('gives each sentence the places named in it, with the tokens they cover', () => {
    const text = 'قصفت القوات الأذربيجانية بلدة جيرموك. وأعلنت يريفان مقتل جنديين.';
    const { sentences } = prepare(text);
    expect(sentences).toHaveLength(2);
    const [first] = sentences;
    expect(first.text).toBe('قصفت القوات الأذربيجانية بلدة جيرموك.');
    expect(first.places.map((p) => p.place.id)).toContain('am-jermuk');
    const at = first.placeAt[first.places.findIndex((p) => p.place.id === 'am-jermuk')];
    expect(first.tokens[at].text).toBe('جيرموك');
    expect(first.placeTokens.has(at)).toBe(true);
  });

  it('drops a dateline: «موسكو-(د ب أ):» is where the wire was filed, not where things happened', () => {
    const { sentences, places } = prepare('موسكو-(د ب أ): اندلعت اشتباكات في ستيباناكيرت.');
    expect(places.map((p) => p.place.id)).toContain('ru-moscow');
    expect(sentences.flatMap((s) => s.places.map((p) => p.place.id))).not.toContain('ru-moscow');
    expect(sentences.flatMap((s) => s.places.map((p) => p.place.id))).toContain('nk-stepanakert');
  });

  it('marks a short first line without a full stop as the headline', () => {
    const { sentences } = prepare('اشتباكات على الحدود الأرمينية الأذربيجانية\nقالت وزارة الدفاع الأرمينية إن اشتباكات وقعت أمس.');
    expect(sentences[0].headline).toBe(true);
    expect(sentences.slice(1).every((s) => !s.headline)).toBe(true);
  });

  it('a first line ending in an exclamation is a headline; one ending in a question mark or a full stop is not', () => {
    const body = '\nأعلنت الوزارة مقتل جندي على الحدود أمس.';
    expect(prepare('مقتل جندي بنيران قناص على الحدود!' + body).sentences[0].headline).toBe(true);
    expect(prepare('هل تتجدد الحرب على الحدود؟' + body).sentences[0].headline).toBe(false);
    expect(prepare('قتل جندي بنيران قناص على الحدود.' + body).sentences[0].headline).toBe(false);
  });

  it('a single line is no headline', () => {
    expect(prepare('اندلعت اشتباكات في ستيباناكيرت').sentences[0].headline).toBe(false);
  });
  const eventPlaceIds = (text: string) => prepare(text).sentences.flatMap((s) => s.places.map((p) => p.place.id));

  it('drops a dateline written with a tatweel or an en dash («الخرطوم ـ», «بيروت –»)', () => {
    expect(eventPlaceIds('الخرطوم ـ قتل خمسة مدنيين في قصف مدفعي أمس.')).toEqual([]);
    expect(eventPlaceIds('بيروت – قصفت طائرات مسيرة بلدة الخيام.')).toEqual(['lb-khiam']);
    // a place further into the sentence is no dateline
    expect(eventPlaceIds('قالت الشرطة إن قذيفة سقطت في الخرطوم - حسب شهود - فجر اليوم.')).toContain('sd-khartoum');
  });

  it('drops a dateline that carries its filing date («الخرطوم 14 مارس (رويترز) -», «موسكو، 14 آذار/مارس 2024 -»)', () => {
    expect(eventPlaceIds('الخرطوم 14 مارس (رويترز) - قصف الطيران الحربي مواقع في أم درمان.')).toEqual(['sd-omdurman']);
    expect(eventPlaceIds('موسكو، 14 آذار/مارس 2024 - قصفت القوات مدينة خاركيف.')).toEqual(['ua-kharkiv']);
    expect(eventPlaceIds('عدن / سبأ: شنت القوات هجوما على مواقع في الضالع.')).toEqual(['ye-dhale']);
    // a date after the place with no wire mark after it: the place may be where things happened
    expect(eventPlaceIds('الخرطوم 14 مارس شهدت قصفا مدفعيا.')).toContain('sd-khartoum');
  });

  it('drops the venue of a statement or a meeting («بيان صدر في روما», «مؤتمر صحفي في جدة», «جلسة طارئة في نيويورك»)', () => {
    expect(eventPlaceIds('وقالت وزارة الدفاع في بيان صدر في روما إن ثلاثة جنود قتلوا في هجوم.')).toEqual([]);
    expect(eventPlaceIds('أكد الوزير خلال مؤتمر صحفي في جدة أن القوات قصفت مواقع المسلحين.')).toEqual([]);
    expect(eventPlaceIds('عقد مجلس الأمن جلسة طارئة في نيويورك بعد قصف بلدة الخيام.')).toEqual(['lb-khiam']);
    // «في» right after an event word is where it happened
    expect(eventPlaceIds('قتل ثلاثة جنود في هجوم في روما.')).toEqual(['it-rome']);
  });

  it('drops a capital speaking for its government («أعلنت موسكو», «واشنطن تدين»), not a capital after a preposition', () => {
    expect(eventPlaceIds('أعلنت موسكو مقتل ثلاثة جنود في هجوم بطائرة مسيرة.')).toEqual([]);
    expect(eventPlaceIds('واشنطن تدين قصف مدينة حلب.')).toEqual(['sy-aleppo']);
    expect(eventPlaceIds('سقطت صواريخ على موسكو قالت السلطات إنها أسقطتها.')).toEqual(['ru-moscow']);
    // the government a request is addressed to
    expect(eventPlaceIds('طلبت بغداد من واشنطن شن غارات جوية على مواقع المسلحين.')).not.toContain('us-washington');
    expect(eventPlaceIds('انسحبت القوات من دمشق.')).toEqual(['sy-damascus']);
  });

  it('drops a capital that names a government as a side («قوات كييف», «جيش دمشق», «الموالية لموسكو»)', () => {
    expect(eventPlaceIds('قال المتحدث إن القرية سقطت في أيدي قوات كييف.')).toEqual([]);
    expect(eventPlaceIds('هاجم مسلحون مواقع جيش دمشق قرب بلدة سرمين.')).toEqual(['sy-sarmin']);
    expect(eventPlaceIds('أسر مقاتلان موالون لموسكو في القرية.')).toEqual([]);
    // an object after a definite subject, or a capital after a preposition, is a place
    expect(eventPlaceIds('قصف الجيش دمشق بالصواريخ.')).toEqual(['sy-damascus']);
    expect(eventPlaceIds('تقدمت القوات نحو كييف.')).toEqual(['ua-kyiv']);
  });

  it('drops a place that only situates another («الخيام، المجاورة لمرجعيون», «40 كيلومترا شمال حلب»), unless it is alone', () => {
    expect(eventPlaceIds('سقطت قذائف على بلدة الخيام، المجاورة لمرجعيون، فجر اليوم.')).toEqual(['lb-khiam']);
    expect(eventPlaceIds('هاجم مسلحون قافلة قرب بلدة منبج على بعد 80 كيلومترا شمال شرقي حلب.')).toEqual(['sy-manbij']);
    // the place's own cue word may stand between («المجاورة لإقليم هلمند», «القريبة من مدينة حلب»)
    expect(eventPlaceIds('سقطت قذائف على بلدة منبج القريبة من مدينة حلب.')).toEqual(['sy-manbij']);
    // the only place of the sentence is still the best «where» it gives
    expect(eventPlaceIds('انفجرت عبوة ناسفة على بعد 20 كيلومترا جنوب حلب.')).toEqual(['sy-aleppo']);
  });

  it('drops where fire was launched from («أطلق … صاروخا من», «أقلعت من», «من مواقعها في») for the place it hit', () => {
    expect(eventPlaceIds('أطلقت الفصائل عشرة صواريخ من مدينة الحديدة على مدينة المخا.')).toEqual(['ye-mocha']);
    expect(eventPlaceIds('أغارت طائرات مسيرة أقلعت من قاعدة حميميم على بلدة سرمين.')).toEqual(['sy-sarmin']);
    expect(eventPlaceIds('قصفت مدفعية الجيش بلدة الخيام من مواقعها في مزارع شبعا.')).toEqual(['lb-khiam']);
    // a withdrawal «من» a place, or an origin named alone, stays
    expect(eventPlaceIds('انسحبت القوات من مواقعها في بلدة سرمين.')).toEqual(['sy-sarmin']);
    expect(eventPlaceIds('وصل النازحون من رفح إلى دير البلح.')).toEqual(['ps-rafah', 'ps-deir-al-balah']);
  });

  it("drops the place of an official's office («محافظ كركوك», «رئيس مجلس محافظة نينوى») for another place of the sentence", () => {
    expect(eventPlaceIds('قال محافظ كركوك إن قذيفتين سقطتا على بلدة الحويجة.')).toEqual(['iq-hawija']);
    expect(eventPlaceIds('قال رئيس مجلس محافظة نينوى إن قذائف سقطت على سنجار.')).toEqual(['iq-sinjar']);
    // alone it stays; «محافظة» is a province, not the governor
    expect(eventPlaceIds('أكد رئيس بلدية كريات شمونة سقوط صواريخ على المدينة.')).toEqual(['il-kiryat-shmona']);
    expect(eventPlaceIds('سقطت قذائف في محافظة نينوى وعلى سنجار.')).toEqual(['iq-nineveh', 'iq-sinjar']);
  });
});
