import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { SCORED_EVENT_TYPES } from '../../extraction-record.js';

/**
 * What a man, a cell or a thing is described as doing, preparing, planning or charged with is no attack of the
 * report («عنصرا كان يعمل على إطلاق صواريخ», «كانوا يخططون لشن هجمات», «منصة تستخدم لإطلاق الصواريخ»); the day's
 * strike told after it («في غارة أمريكية») still is. Sentences written for this spec from Lebanon, Gaza, Syria,
 * Pakistan, Somalia and Ukraine.
 */
const SCORED = new Set<string>(SCORED_EVENT_TYPES);
const typesOf = (text: string) =>
  [
    ...new Set(
      extract({ text, publishedOn: '2024-05-10', language: 'ar' })
        .events.filter((e) => !e.background && SCORED.has(e.type))
        .map((e) => e.type),
    ),
  ].sort();

describe('an attack a target was described as working on, preparing or planning is none', () => {
  it.each([
    ['استهدفت غارة إسرائيلية عنصرا في حزب الله كان يعمل على إطلاق صواريخ من جنوب لبنان.', ['AirStrikeReported']],
    ['داهمت القوات السورية وكرا لخلية كانت تعد لقصف مواقع الجيش في ريف إدلب.', []],
    ['قتل الجيش الباكستاني مسلحين من طالبان باكستان كانوا يخططون لشن هجمات على قوات الأمن في وزيرستان.', ['CasualtiesClaimed']],
    // the leader eliminated is a casualty (stages/figures/one-leader.spec.ts); the rockets he worked on are no attack
    [
      'قال الجيش الإسرائيلي إنه قضى على قيادي في الجهاد الإسلامي كان يعمل على إطلاق قذائف صاروخية نحو البلدات الإسرائيلية.',
      ['CasualtiesClaimed'],
    ],
  ])('%s', (text, types) => {
    expect(typesOf(text)).toEqual(types);
  });
});

describe('an attack a man is responsible for, charged with or involved in is none', () => {
  it.each([
    [
      'قتل قيادي في حركة الشباب كان مسؤولا عن تنفيذ هجمات بقذائف الهاون على مقديشو في غارة أمريكية.',
      ['AirStrikeReported', 'CasualtiesClaimed'],
    ],
    ['اغتالت مسيرة إسرائيلية قياديا في حماس متهما بالتخطيط لإطلاق صواريخ على إسرائيل.', ['AirStrikeReported', 'CasualtiesClaimed']],
    ['داهمت القوات العراقية منزلا لعناصر متورطين في قصف قاعدة عين الأسد بالصواريخ.', []],
  ])('%s', (text, types) => {
    expect(typesOf(text)).toEqual(types);
  });
});

describe('what a thing is used for is none', () => {
  it.each([
    ['استهدفت القوات الأوكرانية منصة كانت تستخدم لإطلاق الصواريخ على خاركيف.', ['ArmedClashReported']],
    ['قالت وزارة الدفاع الروسية إنها دمرت ورشة تستخدم لتجميع المسيرات التي تستهدف المدن الروسية.', []],
  ])('%s', (text, types) => {
    expect(typesOf(text)).toEqual(types);
  });
});

describe('what is told, not described, stays', () => {
  it.each([
    // the army is repelling the attack now
    ['قال مسؤول عسكري إن الجيش يعمل على صد هجوم واسع لقوات الدعم السريع على مدينة الأبيض.', ['ArmedClashReported']],
    // accusing (its object first), not charged with
    ['قال الجيش الأوكراني إن القوات الروسية قصفت مدينة خيرسون، متهما موسكو بقصف المدنيين عمدا.', ['ShellingReported']],
    // a group that says it is responsible claims the attack
    ['أعلنت حركة الشباب أنها المسؤولة عن الهجوم على قاعدة للجيش الصومالي في بيدوا.', ['ArmedClashReported']],
    // the day's strike after the description
    [
      'قتل قيادي في حركة الشباب كان يعمل على تصنيع الطائرات المسيرة في غارة أمريكية قرب كسمايو.',
      ['AirStrikeReported', 'CasualtiesClaimed'],
    ],
  ])('%s', (text, types) => {
    expect(typesOf(text)).toEqual(types);
  });
});
