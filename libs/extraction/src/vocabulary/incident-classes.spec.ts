import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { SCORED_EVENT_TYPES } from '../extraction-record.js';

/**
 * Kinds of incident the taxonomy folds into its types (../shared/spec/event-taxonomy.md), in sentences written
 * for this spec from the Red Sea, Sudan, Somalia, the Sahel, Ukraine, Gaza, Lebanon and Pakistan: drones are air
 * strikes, ambushes clashes, bombs and explosive boats no scored type of their own, merchant ships and marches no
 * armed force; a truce that collapsed was not declared.
 */
const SCORED = new Set<string>(SCORED_EVENT_TYPES);
const typesOf = (text: string) =>
  extract({ text, publishedOn: '2024-05-10', language: 'ar' })
    .events.filter((e) => !e.background && SCORED.has(e.type))
    .map((e) => e.type)
    .sort();

describe('drones named as the instrument are air strikes, however far from the verb', () => {
  it.each([
    'استهدفت قوات الحوثي سفينة إسرائيلية في البحر الأحمر بطائرات مسيرة.',
    'هاجمت قوات الدعم السريع مواقع الجيش في مدينة الأبيض بطائرات مسيرة انتحارية.',
    'استهدف الجيش الباكستاني مخابئ المسلحين في منطقة باجور بطائرات بدون طيار.',
  ])('%s', (text) => {
    expect(typesOf(text)).toEqual(['AirStrikeReported']);
  });

  it('a weapon named as the instrument types the attack, even on positions', () => {
    expect(typesOf('استهدفت القوات الأوكرانية سفينة حربية روسية بصواريخ نبتون.')).toEqual(['ShellingReported']);
    expect(typesOf('استهدفت القوات السودانية مواقع الدعم السريع في بحري بالمدفعية الثقيلة.')).toEqual(['ShellingReported']);
  });

  it('shells fired at armour are an anti-armour fight', () => {
    expect(typesOf('وقالت الكتائب إن مقاتليها استهدفوا آلية عسكرية إسرائيلية بقذيفة شرق مدينة خان يونس.')).toContain('ArmedClashReported');
  });
});

describe('a march is no drone', () => {
  it.each([
    'هاجمت الشرطة مسيرة احتجاجية في الخرطوم.',
    'استهدفت قوات الاحتلال مسيرة العودة شرق غزة.',
    'فرقت قوات الأمن مسيرة سلمية في طرابلس.',
  ])('%s', (text) => {
    expect(typesOf(text)).toEqual([]);
  });
});

describe('ships and explosive boats', () => {
  it.each([
    'تعرضت سفينة شحن لهجوم قبالة سواحل الحديدة.',
    'أعلن الحوثيون استهداف سفينة مرتبطة بإسرائيل في البحر الأحمر بزورق مسير.',
    'هاجم زورق مفخخ ناقلة نفط في خليج عدن.',
  ])('an attack on a merchant ship, or by a boat bomb, is no clash: %s', (text) => {
    expect(typesOf(text)).toEqual([]);
  });

  it('the weapons fired at a ship type it', () => {
    expect(typesOf('استهدف الحوثيون سفينة تجارية في خليج عدن بصاروخ باليستي مضاد للسفن.')).toEqual(['ShellingReported']);
    expect(typesOf('تعرضت ناقلة نفط لهجوم بطائرة مسيرة قبالة سواحل المخا.')).toEqual(['AirStrikeReported']);
  });
});

describe('ambushes, bombs and assassinations', () => {
  it.each([
    'نصب مقاتلو حركة الشباب كمينا لقافلة عسكرية كينية في لامو.',
    'وقع رتل للجيش المالي في كمين قرب الحدود مع النيجر.',
    'تعرضت دورية لقوات الأمن لكمين مسلح في ولاية بلوشستان.',
  ])('an ambush is a clash: %s', (text) => {
    expect(typesOf(text)).toEqual(['ArmedClashReported']);
  });

  it.each([
    ['انفجرت سيارة مفخخة قرب قاعدة للجيش في مقديشو ما أسفر عن مقتل 5 جنود.', ['CasualtiesClaimed']],
    ['استهدف هجوم انتحاري بحزام ناسف حاجزا للجيش في ولاية بورنو.', []],
    ['هاجم مسلحون بعبوة ناسفة دورية للجيش في ريف درعا الشرقي.', []],
  ])('a bombing has no scored type of its own: %s', (text, types) => {
    expect(typesOf(text)).toEqual(types);
  });

  it('an assassination is a death; an attempt is none', () => {
    expect(typesOf('اغتال مسلحون ضابطا في الشرطة الأفغانية في قندوز.')).toEqual(['CasualtiesClaimed']);
    expect(typesOf('نجا محافظ عدن من محاولة اغتيال بسيارة مفخخة.')).toEqual([]);
  });
});

describe('truces that end', () => {
  it.each(['انهارت الهدنة في الخرطوم بعد ساعات من إعلانها.', 'أعلن الوسطاء انهيار وقف إطلاق النار في طرابلس.'])(
    'a collapse is no declaration: %s',
    (text) => {
      expect(typesOf(text)).not.toContain('CeasefireDeclared');
    },
  );

  it.each([
    ['أعلنت الأمم المتحدة هدنة إنسانية في غزة لمدة أربعة أيام.', 'CeasefireDeclared'],
    ['دخل وقف إطلاق النار حيز التنفيذ في السودان منتصف الليل.', 'CeasefireDeclared'],
    ['اتهم الجيش السوداني قوات الدعم السريع بخرق الهدنة في الخرطوم.', 'CeasefireViolationAlleged'],
    ['سجلت خروقات للهدنة في محافظة مأرب.', 'CeasefireViolationAlleged'],
    ['أعلن زعيم الحوثيين النفير العام لمواجهة العدوان.', 'MobilizationDeclared'],
    ['أعلنت قيادة الجيش الليبي الاستنفار العام في صفوف القوات.', 'MobilizationDeclared'],
    ['أعلن المجلس الرئاسي حالة النفير في طرابلس.', 'MobilizationDeclared'],
  ])('%s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
});
