import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { SCORED_EVENT_TYPES } from '../extraction-record.js';

/**
 * Where one type ends and the next begins (../shared/spec/event-taxonomy.md), in sentences written for this spec in
 * the wording of the wires, from Syria, Iraq, Yemen, Sudan, Somalia, Libya, Lebanon, Gaza, Ukraine and Pakistan:
 * bombs, assassinations and kidnappings are their toll only, drones that kill are air strikes, air defences that
 * repel an «aggression» meet an air strike, a truce that enters into force takes no ground, and threats,
 * conditions, denials, plans and questions tell nothing.
 */
const SCORED = new Set<string>(SCORED_EVENT_TYPES);

/** Each scored event as «type@day/places {party:category:min}». */
function eventsOf(text: string, types: ReadonlySet<string> = SCORED): string[] {
  return extract({ text, publishedOn: '2024-05-10', language: 'ar' })
    .events.filter((e) => !e.background && types.has(e.type))
    .map((e) => {
      const figures = e.casualties.map((c) => `${c.party}:${c.category}:${c.min}`).join(',');
      const places = e.locations.map((l) => l.name).join(',');
      return `${e.type}@${e.occurredOn?.from ?? '-'}/${places}${figures ? ` {${figures}}` : ''}`;
    })
    .sort();
}

describe('bombs, landmines and suicide attacks: their toll, no fighting or shelling', () => {
  it.each([
    [
      'قتل ثلاثة جنود عراقيين وأصيب اثنان آخران بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمال بغداد يوم الأحد.',
      ['CasualtiesClaimed@2024-05-05/Aţ Ţārmīyah,Baghdad {IQ:killed:3,IQ:wounded:2}'],
    ],
    [
      'أسفر تفجير سيارة مفخخة في سوق شعبي بمدينة أعزاز عن مقتل 8 مدنيين وإصابة 20 آخرين.',
      ['CasualtiesClaimed@2024-05-10/Azaz {SY:killed:8,SY:wounded:20}'],
    ],
    ['قتل 4 جنود باكستانيين في هجوم انتحاري استهدف قافلة عسكرية في وزيرستان.', ['CasualtiesClaimed@2024-05-10/Waziristan {PK:killed:4}']],
    ['قتل مدنيان بانفجار لغم أرضي من مخلفات الحرب في ريف إدلب الجنوبي.', ['CasualtiesClaimed@2024-05-10/Idlib Governorate {SY:killed:2}']],
    ['هاجم مسلحون دورية للجيش المالي بعبوة ناسفة قرب مدينة غاو.', []],
    ['استهدف هجوم بسيارة مفخخة قاعدة عسكرية للجيش الصومالي في مقديشو.', []],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('assassinations and kidnappings: the one killed or taken, no clash', () => {
  it.each([
    // a shooting that is the assassination's means is no fighting between forces
    ['قتل مسؤول محلي في عملية اغتيال بإطلاق نار في مدينة عدن.', ['CasualtiesClaimed@2024-05-10/Aden {YE:killed:1}']],
    ['نجا قائد اللواء الثالث من محاولة اغتيال بإطلاق نار في عدن.', []],
    ['اغتيل القيادي أحمد العلي في درعا.', ['CasualtiesClaimed@2024-05-10/Daraa {null:killed:1}']],
    // «الجيش الحر» (the Free Army) is no heat that killed him
    ['قتل مسلحون مجهولون قياديا في الجيش الحر في مدينة درعا.', ['CasualtiesClaimed@2024-05-10/Daraa {SY-OPPOSITION:killed:1}']],
    ['خطفت جماعة مسلحة 20 طالبا من مدرسة في ولاية زمفارا.', ['CasualtiesClaimed@2024-05-10/Zamfara State {NG:captured:20}']],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });

  it('a drone that assassinates strikes from the air', () => {
    expect(eventsOf('اغتالت إسرائيل القيادي في حركة حماس صالح العاروري بطائرة مسيرة في الضاحية الجنوبية لبيروت.')).toEqual([
      'AirStrikeReported@2024-05-10/Dahiyeh (southern suburbs of Beirut)',
      // the leader killed is one of his group (stages/figures/one-leader.spec.ts)
      'CasualtiesClaimed@2024-05-10/Dahiyeh (southern suburbs of Beirut) {PS-HAMAS:killed:1}',
    ]);
  });

  it('the wounded carried by helicopter were not struck by it', () => {
    expect(eventsOf('ونقل الجندي المصاب من موقع الحادث بطائرة هليكوبتر إلى مستشفى في بغداد.')).not.toContainEqual(
      expect.stringMatching(/^AirStrikeReported/),
    );
  });
});

describe('ambushes and sniper fire', () => {
  it.each([
    // «منطقة باي» (Bay, Somalia) is a place, no «بأي» (any) that suspends what follows
    [
      'نصب مقاتلو حركة الشباب كمينا لقافلة عسكرية إثيوبية في منطقة باي وقتلوا 7 جنود.',
      ['ArmedClashReported@2024-05-10/Bay', 'CasualtiesClaimed@2024-05-10/Bay {null:killed:7}'],
    ],
    [
      'تعرضت قوة من الجيش العراقي لكمين نصبه عناصر تنظيم داعش في صحراء الأنبار، ما أسفر عن مقتل ضابط وجنديين.',
      ['ArmedClashReported@2024-05-10/Anbar Governorate', 'CasualtiesClaimed@2024-05-10/Anbar Governorate {IQ:killed:3}'],
    ],
    ['أصيب طفل برصاص قناص إسرائيلي في خان يونس.', ['CasualtiesClaimed@2024-05-10/Khan Younis {PS:wounded:1}']],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('ships, interceptions, rockets and aircraft', () => {
  it.each([
    ['استهدفت جماعة الحوثي سفينة تجارية في البحر الأحمر بصاروخ باليستي.', ['ShellingReported@2024-05-10/Red Sea']],
    ['تعرضت سفينة تجارية لهجوم في البحر الأحمر قبالة سواحل الحديدة.', []],
    ['أطلقت فصائل المقاومة رشقة صاروخية من قطاع غزة باتجاه عسقلان.', ['ShellingReported@2024-05-10/Ashkelon']],
    ['أطلق حزب الله صواريخ على مستوطنة كريات شمونة.', ['ShellingReported@2024-05-10/Kiryat Shmona']],
    ['قصف الطيران الحربي مواقع في ريف حماة الشمالي.', ['AirStrikeReported@2024-05-10/northern Hama countryside']],
    ['قصفت طائرة مسيرة مجهولة موقعا لقوات الحشد الشعبي في البوكمال.', ['AirStrikeReported@2024-05-10/Abu Kamal']],
    ['قصفت المدفعية الإسرائيلية أطراف بلدة الخيام.', ['ShellingReported@2024-05-10/Khiam']],
    // air defences that repel an «aggression» meet an attack from the air, no fighting on the ground
    ['تصدت الدفاعات الجوية السورية لعدوان إسرائيلي في سماء دمشق.', ['AirStrikeReported@2024-05-10/Damascus']],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });

  it('the weapon the air defences repel types the attack', () => {
    expect(eventsOf('تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية في سماء دمشق.')).toEqual(['ShellingReported@2024-05-10/Damascus']);
  });
});

describe('truces declared, entering into force and violated', () => {
  it.each([
    // «لمدة 72 ساعة» is how long the truce lasts, no three days back
    ['أعلن الجيش السوداني الاتفاق على هدنة إنسانية لمدة 72 ساعة.', ['CeasefireDeclared@2024-05-10/']],
    // what enters into force is the truce, no force entering Gaza
    ['دخلت الهدنة الإنسانية في قطاع غزة حيز التنفيذ صباح الجمعة.', ['CeasefireDeclared@2024-05-10/Gaza Strip']],
    ['اتهم الحوثيون التحالف بارتكاب 150 خرقا للهدنة خلال 24 ساعة.', ['CeasefireViolationAlleged@2024-05-10/']],
    [
      'اتهمت قوات حكومة الوفاق قوات حفتر بخرق وقف إطلاق النار بقصف مواقعها جنوب طرابلس.',
      ['CeasefireViolationAlleged@2024-05-10/Tripoli (Libya)', 'ShellingReported@2024-05-10/Tripoli (Libya)'],
    ],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('mobilisation and requests for help', () => {
  it.each([
    ['أعلنت حكومة الوفاق حالة الاستنفار القصوى في صفوف قواتها.', ['MobilizationDeclared@2024-05-10/']],
    ['أعلنت جماعة الحوثي التعبئة العامة لمواجهة العدوان.', ['MobilizationDeclared@2024-05-10/']],
    ['طلبت الحكومة الصومالية المساعدة من الاتحاد الأفريقي لمواجهة حركة الشباب.', ['AssistanceRequested@2024-05-10/']],
    // a military intervention called for is help asked; a call not to intervene asks none
    ['دعا رئيس المجلس الرئاسي الليبي تركيا إلى التدخل عسكريا لدعم حكومة الوفاق.', ['AssistanceRequested@2024-05-10/Turkey']],
    ['دعت الجامعة العربية إلى عدم التدخل العسكري في ليبيا.', []],
    ['دعا الرئيس الصومالي إثيوبيا إلى التدخل عسكريا في البلاد.', ['AssistanceRequested@2024-05-10/Ethiopia']],
    ['أعلن البرلمان التركي موافقته على التدخل العسكري لدعم حكومة الوفاق في ليبيا.', []],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('threats, conditions, denials, plans and questions tell no event', () => {
  it.each([
    'هدد زعيم الحوثيين بقصف السفن الأمريكية في البحر الأحمر.',
    'إذا هاجمت إسرائيل لبنان فإن حزب الله سيقصف تل أبيب.',
    'في حال تعرضت قواتنا لأي هجوم فإننا سنرد بقوة.',
    'نفى الجيش الإسرائيلي أن يكون قد قصف مستشفى في غزة.',
    'نفت قوات الدعم السريع أن تكون قد هاجمت مدينة الفاشر.',
    'يعتزم الجيش الإسرائيلي شن هجوم بري على مدينة رفح.',
    'يخطط الجيش الصومالي لشن عملية عسكرية ضد حركة الشباب في إقليم جوبا الوسطى.',
    'هل قصفت إسرائيل مستودعات الأسلحة في دمشق؟',
    'قد تؤدي المعارك في الفاشر إلى كارثة إنسانية.',
    'لن تطلب الحكومة أي مساعدة عسكرية من الخارج.',
    'أنذر الجيش الإسرائيلي سكان بلدات جنوب لبنان بإخلائها تمهيدا لقصفها.',
  ])('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});
