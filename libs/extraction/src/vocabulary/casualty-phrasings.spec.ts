import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import type { CasualtyFigure } from '../extraction-record.js';

/**
 * The verbs and nouns of the toll as the press of each conflict writes them (military speech, the
 * martyr's idiom, bodies recovered, the missing and the taken), in sentences written for this spec from
 * Syria, Iraq, Yemen, Sudan, Somalia, Libya, Lebanon, Gaza, Ukraine, the Caucasus, Afghanistan/Pakistan
 * and the Sahel. Each must give its figure: number, category and, where the sentence names it, side.
 */
const figuresOf = (text: string): CasualtyFigure[] =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' })
    .events.filter((e) => !e.background)
    .flatMap((e) => e.casualties);
const typesOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' })
    .events.filter((e) => !e.background)
    .map((e) => e.type);

type Want = Pick<CasualtyFigure, 'category' | 'min'> & Partial<Pick<CasualtyFigure, 'party' | 'affiliation'>>;

const CASES: ReadonlyArray<[text: string, want: Want]> = [
  // «حيّد/تحييد»: neutralised is killed in military speech
  ['وقالت وزارة الدفاع التركية إن القوات حيّدت 5 إرهابيين في منطقة متينا شمالي العراق.', { category: 'killed', min: 5 }],
  ['أعلن الجيش الباكستاني أنه حيد 7 مسلحين في وزيرستان الشمالية.', { category: 'killed', min: 7 }],
  ['تمكنت القوات من تحييد 9 عناصر من الجماعة الإرهابية في ولاية تيلابيري.', { category: 'killed', min: 9 }],
  // «قضى», «قضوا», «قضى نحبه»
  ['قضى 4 جنود سودانيين في هجوم على نقطة عسكرية في ولاية كسلا.', { category: 'killed', min: 4, party: 'SD' }],
  ['وقضى ثلاثة مدنيين جراء القصف على مدينة الفاشر.', { category: 'killed', min: 3, affiliation: 'civilian' }],
  ['قضى مسعف نحبه في غارة على بلدة في جنوب لبنان.', { category: 'killed', min: 1, affiliation: 'civilian' }],
  // «لقي حتفه», «لقوا مصرعهم»
  ['لقي جندي يمني حتفه في انفجار لغم في محافظة مأرب.', { category: 'killed', min: 1, party: 'YE' }],
  ['لقي 6 مقاتلين مصرعهم في اشتباكات بريف درعا.', { category: 'killed', min: 6 }],
  // «فارق الحياة», «توفي متأثرا بجراحه»: died, of wounds or not
  ['فارق جنديان أوكرانيان الحياة بعد إصابتهما في القصف على خاركيف.', { category: 'killed', min: 2, party: 'UA' }],
  ['فارق مسعف الحياة متأثرا بجروحه في مستشفى بالنبطية.', { category: 'killed', min: 1 }],
  ['توفي جندي أفغاني متأثرا بجراحه في مستشفى بقندهار.', { category: 'killed', min: 1, party: 'AF' }],
  // «أردى», «أرداه قتيلا»
  ['أرداه مسلحون قتيلا قرب مدينة قندهار.', { category: 'killed', min: 1 }],
  ['أردت القوات الأمنية ثلاثة مسلحين قتلى في إقليم بلوشستان.', { category: 'killed', min: 3 }],
  // bodies recovered are the dead
  ['انتشلت فرق الدفاع المدني جثث 15 شخصا من تحت الأنقاض في غزة.', { category: 'killed', min: 15 }],
  ['عثر السكان على جثث 9 جنود ماليين قرب تمبكتو.', { category: 'killed', min: 9, party: 'ML' }],
  ['وصلت إلى المستشفى جثامين 4 مقاتلين من الحشد الشعبي.', { category: 'killed', min: 4 }],
  // «سقط … قتلى», «ارتقى … شهداء», the dual martyr
  ['سقط 20 قتيلا في القصف على مدينة أم درمان.', { category: 'killed', min: 20 }],
  ['سقط شهيدان برصاص الاحتلال في جنين.', { category: 'killed', min: 2 }],
  ['ارتقى 7 شهداء في غارة على رفح.', { category: 'killed', min: 7 }],
  ['هلك 10 من الخوارج في عملية أمنية بإقليم خيبر بختونخوا.', { category: 'killed', min: 10 }],
  // wounded
  ['أصيب جنديان بجروح خطيرة في هجوم على دورية في تمبكتو.', { category: 'wounded', min: 2 }],
  // missing
  ['بات 12 مهاجرا في عداد المفقودين بعد المعارك في طرابلس.', { category: 'missing', min: 12 }],
  ['لا يزال 4 جنود في عداد المفقودين بعد الهجوم على قاعدة في مالي.', { category: 'missing', min: 4 }],
  // captured, kidnapped
  ['أسرت حركة الشباب جنديين كينيين في هجوم على قاعدة في جوبا السفلى.', { category: 'captured', min: 2, party: 'KE' }],
  ['وقع 5 جنود أرمن في الأسر خلال المعارك.', { category: 'captured', min: 5, party: 'AM' }],
  ['اختطف مسلحون 20 طالبا من مدرسة في ولاية كادونا.', { category: 'captured', min: 20, affiliation: 'civilian' }],
  ['أقدم مسلحون على خطف 3 عمال أتراك في ليبيا.', { category: 'captured', min: 3, party: 'TR' }],
  // a killing of one named by his rank or office
  ['اغتال مسلحون مجهولون قياديا في الجيش الوطني في عفرين.', { category: 'killed', min: 1 }],
  ['اغتالت إسرائيل قائدا في الحرس الثوري بغارة على دمشق.', { category: 'killed', min: 1, affiliation: 'military' }],
  ['اغتال مجهولون مسؤولا محليا في مدينة درنة.', { category: 'killed', min: 1 }],
  // a definite title right after the word of assassination is the one killed
  ['اغتيل القيادي في حماس بغارة إسرائيلية في الضاحية الجنوبية لبيروت.', { category: 'killed', min: 1, affiliation: 'military' }],
  // eliminated, liquidated, mourned, fallen victim
  ['أعلنت وزارة الدفاع الروسية القضاء على 200 جندي أوكراني في محور أفدييفكا.', { category: 'killed', min: 200, party: 'UA' }],
  ['قضت القوات العراقية على 15 إرهابيا في صحراء الأنبار.', { category: 'killed', min: 15 }],
  ['تمت تصفية 10 مسلحين من تنظيم داعش في بادية حمص.', { category: 'killed', min: 10 }],
  ['صفت القوات الخاصة 4 من قادة الحركة في ولاية هلمند.', { category: 'killed', min: 4 }],
  ['نعى حزب الله 3 من مقاتليه سقطوا في الغارات الإسرائيلية على جنوب لبنان.', { category: 'killed', min: 3 }],
  ['حصد القصف أرواح 12 مدنيا في خان يونس.', { category: 'killed', min: 12, affiliation: 'civilian' }],
  ['راح ضحيته 7 أشخاص في سوق شعبي بمدينة بنغازي.', { category: 'killed', min: 7 }],
  // captives put to death are killed
  ['أعدم تنظيم داعش 5 رهائن في دير الزور.', { category: 'killed', min: 5 }],
  // a toll that rises to a bare number, «عدد القتلى» as its subject
  ['ارتفع عدد القتلى إلى 45 في القصف على مدينة الفاشر.', { category: 'killed', min: 45 }],
  ['ارتفعت حصيلة الشهداء في غزة إلى 120.', { category: 'killed', min: 120 }],
  ['بلغ عدد القتلى 45 في الهجوم على سوق في مدينة بيدوا.', { category: 'killed', min: 45 }],
];

describe('casualty verbs and nouns give their figure', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(figuresOf(text)).toContainEqual(expect.objectContaining(want));
  });

  it('died of wounds is a death, not a wound', () => {
    expect(figuresOf('فارق مسعف الحياة متأثرا بجروحه في مستشفى بالنبطية.').map((f) => f.category)).toEqual(['killed']);
    expect(figuresOf('فارق جنديان الحياة بعد إصابتهما في القصف على خاركيف.').map((f) => f.category)).toEqual(['killed']);
  });
});

describe('the same words in other senses count nobody', () => {
  it.each([
    'قضت المحكمة بسجن المتهم عشر سنوات.',
    'قضى الاتفاق بانسحاب القوات من المدينة.',
    'قضى الوفد ثلاثة أيام في العاصمة.',
    'فاز الفريق بفارق نقطتين على منافسه.',
    'توفي الرئيس السابق عن عمر ناهز 80 عاما.',
    'خطف المنتخب السوداني الأضواء في البطولة.',
    'يتمسك البطريرك بمبدأ تحييد لبنان عن صراعات المنطقة.',
  ])('%s', (text) => {
    expect(typesOf(text)).not.toContain('CasualtiesClaimed');
  });

  it.each(['ترحم المشاركون على أرواح الشهداء في النبطية.'])('%s', (text) => {
    expect(typesOf(text)).not.toContain('CasualtiesClaimed');
  });

  it('a commander or official who speaks is counted by nobody', () => {
    expect(figuresOf('قال قائد الشرطة إن الهجوم أسفر عن مقتل 5 جنود.').map((f) => f.min)).toEqual([5]);
    expect(figuresOf('قال مسؤول محلي إن القصف أسفر عن مقتل 4 مدنيين.').map((f) => f.min)).toEqual([4]);
  });

  it('a title and its adjective are one assassinated; a title elsewhere counts nobody', () => {
    expect(figuresOf('أعلنت إسرائيل اغتيال القائد العسكري في حزب الله بضربة في مدينة صور.').map((f) => f.min)).toEqual([1]);
    expect(figuresOf('قال القيادي في الحركة إن القصف أسفر عن مقتل 4 مقاتلين.').map((f) => f.min)).toEqual([4]);
  });

  it('«عدد القتلى» is the toll, not «a number of» the dead', () => {
    expect(figuresOf('بلغ عدد القتلى 45 في الهجوم على سوق في مدينة بيدوا.').filter((f) => f.vague)).toEqual([]);
  });

  it('two verbs of one joint count give neither category that count', () => {
    expect(figuresOf('قتل وأصيب 20 شخصا في انفجار سيارة مفخخة في كابول.').filter((f) => f.min === 20)).toEqual([]);
    expect(figuresOf('قتل أو أصيب 20 شخصا في انفجار سيارة مفخخة في كابول.').filter((f) => f.min === 20)).toEqual([]);
    // a verb with its own count before it keeps it
    expect(figuresOf('قال الجيش إن جنديين تركيين قتلا وأصيب 5 آخرون في إدلب.')).toContainEqual(
      expect.objectContaining({ category: 'wounded', min: 5 }),
    );
  });

  it('a new total after the sentence’s own figure is a recap of the fight, no figure', () => {
    const figs = figuresOf('أعلنت الوزارة مقتل جندي أذربيجاني أمس، ليرتفع بذلك عدد القتلى في المعارك إلى 19.');
    expect(figs.map((f) => f.min)).toEqual([1]);
  });

  it('wounded «others» after the attackers counted among the dead are not more attackers', () => {
    const figs = figuresOf('قتل 12 شخصا في الهجوم على الفندق بينهم 3 إرهابيين، وارتفع عدد المصابين إلى 40 آخرين.');
    expect(figs).toContainEqual(expect.objectContaining({ category: 'wounded', min: 40, affiliation: 'unknown' }));
  });

  it('bodies handed over in an exchange are no new toll', () => {
    expect(typesOf('سلمت السلطات جثث 12 مقاتلا إلى الطرف الآخر في إطار صفقة التبادل.')).not.toContain('CasualtiesClaimed');
  });
});
