import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';

const run = (text: string) => extract({ text, publishedOn: '2024-08-20' }).events;
const keys = (text: string) => run(text).flatMap((e) => e.casualties.map((c) => `${c.party}|${c.category}|${c.min}`));

describe('peacekeepers are their nation’s, else their mission’s, never the host country’s', () => {
  it.each([
    // a contingent named by its nation
    ['أصيب 3 من جنود حفظ السلام الإيطاليين في قصف على موقع لليونيفيل في جنوب لبنان.', 'IT|wounded|3'],
    ['قتل جندي من قوات حفظ السلام الروسية في قصف قرب بلدة شوشا في قره باغ.', 'RU|killed|1'],
    ['أصيب جنديان غانيان من قوات حفظ السلام في انفجار قرب بلدة الناقورة.', 'GH|wounded|2'],
    // the mission, named
    ['قتل ثلاثة جنود من قوات حفظ السلام الأفريقية في هجوم لحركة الشباب على قاعدة في شبيلي السفلى.', 'AFRICAN-UNION|killed|3'],
    ['قتل جنديان من بعثة الأمم المتحدة في هجوم قرب تمبكتو.', 'UN|killed|2'],
    // no mission named: the mission where the report is
    ['قتل جنديان من قوات حفظ السلام في هجوم قرب بلدة الناقورة في جنوب لبنان.', 'UN|killed|2'],
    ['أصيب ثلاثة من جنود حفظ السلام في قصف على موقع قرب كيدال.', 'UN|wounded|3'],
    ['قتل أربعة من جنود حفظ السلام في هجوم لحركة الشباب على قاعدة في إقليم هيران.', 'AFRICAN-UNION|killed|4'],
  ])('%s → %s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });

  it('peacekeepers are no side of the fighting: not the attacker, not the host’s enemy', () => {
    for (const text of [
      'قتل جنديان من قوات حفظ السلام في هجوم قرب بلدة الناقورة في جنوب لبنان.',
      'أصيب ثلاثة من جنود حفظ السلام في قصف على موقع قرب كيدال.',
    ])
      for (const e of run(text)) expect([text, e.accused]).toEqual([text, null]);
  });

  it('peacekeepers of an unknown mission are nobody’s: «قوات حفظ السلام» with no place', () => {
    expect(keys('قتل جنديان من قوات حفظ السلام في هجوم مسلح.')).toEqual(['null|killed|2']);
  });
});

describe('«جنود البعثة», «عناصر القوة»: the soldiers of the mission the sentence or its speaker names', () => {
  it.each([
    ['وقالت قوات أتميس إن 3 من جنود البعثة قتلوا في الهجوم على قاعدة في شبيلي السفلى.', 'AFRICAN-UNION|killed|3'],
    ['قالت قوات اليونيفيل إن جنديين من عناصر القوة أصيبا بقصف إسرائيلي قرب الناقورة.', 'UN|wounded|2'],
    ['أعلنت بعثة مينوسما أن 4 من جنود البعثة قتلوا في هجوم على قافلة قرب كيدال.', 'UN|killed|4'],
    ['قالت بعثة مونوسكو إن جنديا من قوات البعثة قتل في هجوم للمتمردين في شمال كيفو.', 'UN|killed|1'],
    // the speaker of the sentence before goes on
    ['قالت بعثة اليونيفيل في بيان إن دورية تعرضت لإطلاق نار قرب بنت جبيل. وأضافت أن 3 من جنود البعثة أصيبوا بجروح طفيفة.', 'UN|wounded|3'],
  ])('%s → %s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });

  it.each([
    // a force named by its adjective is that force
    ['قالت الأمم المتحدة إن 5 من عناصر القوة المشتركة قتلوا في الفاشر.', 'SD-JOINTFORCE|killed|5'],
    // no mission named or speaking: as before
    ['أصيب 4 من جنود البعثة في انفجار عبوة ناسفة قرب غاو.', 'ML|wounded|4'],
    ['قتل 3 من عناصر القوة الأمنية في هجوم على حاجز في بنغازي.', 'null|killed|3'],
  ])('near-miss, unchanged: %s → %s', (text, key) => {
    expect(keys(text)).toEqual([key]);
  });
});
