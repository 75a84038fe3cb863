import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import type { ExtractedEvent } from '../../extraction-record.js';

/**
 * A verb of saying whose subject the lexicon does not know but whose head names a body or people that are no party
 * («قالت تنسيقية …», «أعلنت هيئة …», «ذكر مرصد …», «قال مسعفون …»), or a name that an apposition makes one of the
 * people of a place («وقال محمد الأمين، أحد سكان المدينة،»), names a speaker of its own: the party that spoke in
 * the sentence before does not go on. Sentences written for this spec across conflicts, each after a party's own
 * statement.
 */
const events = (text: string): ExtractedEvent[] => extract({ text, publishedOn: '2024-05-10', language: 'ar' }).events;
const secondSentence = (text: string): ExtractedEvent[] => {
  const cut = text.indexOf('.') + 1;
  return events(text).filter((e) => e.evidence.start >= cut);
};

describe('a body the lexicon does not know speaks for itself, not for the speaker before', () => {
  it.each([
    ['sudan', 'قال الجيش السوداني إن قواته صدت هجوما في الفاشر. وقالت تنسيقية لجان المقاومة في الفاشر إن 12 مدنيا قتلوا في قصف مدفعي.'],
    ['sudan', 'أعلن الجيش السوداني أنه استعاد السيطرة على مدينة سنجة. وأعلنت هيئة محامي دارفور مقتل 20 مدنيا في هجوم على قرية قرب نيالا.'],
    ['ukraine', 'قالت وزارة الدفاع الروسية إن قواتها أسقطت 30 طائرة مسيرة. وذكر مرصد حقوقي أن 5 مدنيين قتلوا في قصف على خاركيف.'],
    ['somalia', 'قالت حركة الشباب إنها سيطرت على قرية قرب بلدوين. وقال مسعفون إن 6 مدنيين قتلوا في الهجوم على القرية.'],
    ['yemen', 'قال الحوثيون إنهم استهدفوا سفينة في البحر الأحمر. وأفادت منظمة محلية بأن 4 صيادين قتلوا في غارة على الحديدة.'],
    ['libya', 'أعلن الجيش الوطني الليبي أنه سيطر على مواقع جنوب طرابلس. وقال الهلال الأحمر الليبي إن 7 مدنيين قتلوا في القصف.'],
  ])('%s: %s', (_conflict, text) => {
    const found = secondSentence(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.claimant.party).toBeNull();
  });

  it.each([
    ['sudan', 'قال الجيش السوداني إن قواته صدت هجوما على الفاشر. وقال محمد الأمين، أحد سكان المدينة، إن 8 مدنيين قتلوا في القصف.'],
    ['syria', 'قالت قوات سوريا الديمقراطية إنها صدت هجوما لداعش. وقالت امرأة من سكان الحسكة إن 3 أطفال قتلوا في القصف.'],
    [
      'yemen',
      'قال الحوثيون إنهم استهدفوا سفينة في البحر الأحمر. وقال حسن صالح، وهو من سكان الحديدة، إن 5 صيادين قتلوا في غارة على الميناء.',
    ],
    ['gaza', 'أعلن الجيش الإسرائيلي أنه قصف مواقع لحماس في رفح. وقال أحمد النجار، أحد الناجين من القصف، إن 6 أشخاص قتلوا في المنزل.'],
  ])('one of the people of the place speaks for no party (%s): %s', (_conflict, text) => {
    const found = secondSentence(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.claimant.party).toBeNull();
  });

  it.each([
    ['sudan', 'قالت قوات الدعم السريع إنها سيطرت على بلدة. وبحسب شبكة أطباء السودان، فإن 15 مدنيا قتلوا في قصف على الفاشر.'],
    ['yemen', 'قال الجيش اليمني إنه صد هجوما للحوثيين. ووفق نقابة أطباء اليمن، قتل 4 مدنيين في القصف على تعز.'],
    ['ukraine', 'قال الجيش الأوكراني إنه صد هجوما. وبحسب مرصد أوكرانيا لحقوق الإنسان، قتل 6 مدنيين في قصف على خيرسون.'],
  ])('a body after «بحسب» whose name holds a country is no state (%s): %s', (_conflict, text) => {
    const found = secondSentence(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.claimant.party).toBeNull();
  });

  it.each([
    ['SY', 'وبحسب سوريا، قتل 3 جنود في غارة إسرائيلية على دمشق.'],
    ['LB', 'وبحسب وزارة الصحة اللبنانية، قتل 3 أشخاص في غارة على النبطية.'],
  ])('a state or its office after «بحسب» still speaks (%s): %s', (party, text) => {
    const found = events(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.claimant.party).toBe(party);
  });

  it.each([
    ['somalia', 'قالت حركة الشباب إنها سيطرت على قرية. وذكرت إذاعة محلية أن 7 أشخاص قتلوا في الهجوم على القرية.'],
    ['syria', 'قالت هيئة تحرير الشام إنها صدت هجوما في ريف إدلب. وقالت صحيفة محلية إن 4 مدنيين قتلوا في قصف على أريحا.'],
    ['libya', 'قال الجيش الوطني الليبي إنه سيطر على مواقع قرب ترهونة. وذكر تلفزيون محلي أن 3 مدنيين قتلوا في قصف على ترهونة.'],
    ['sudan', 'قالت قوات الدعم السريع إنها سيطرت على بلدة. وذكرت إذاعة دبنقا أن 9 مدنيين قتلوا في قصف على نيالا.'],
    ['ukraine', 'قالت وزارة الدفاع الروسية إن قواتها سيطرت على قرية. وذكرت قناة تلفزيونية محلية أن 5 مدنيين قتلوا في قصف على سومي.'],
  ])('an outlet the lexicon does not know speaks for itself (%s): %s', (_conflict, text) => {
    const found = secondSentence(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.claimant.party).toBeNull();
  });

  it('the next sentence with a bare «وأضافت» goes on with the body', () => {
    const text =
      'قالت قوات الدعم السريع إنها سيطرت على بلدة. وقالت شبكة أطباء السودان إن 15 مدنيا قتلوا في قصف على الفاشر. وأضافت أن 30 آخرين أصيبوا في القصف.';
    const last = events(text).filter((e) => e.evidence.text.startsWith('وأضافت'));
    expect(last.length).toBeGreaterThan(0);
    for (const e of last) expect(e.claimant.party).toBeNull();
  });

  it.each([
    // a subject-less verb goes on with the speaker before; so does a known party
    ['SD', 'قال الجيش السوداني إن قواته صدت هجوما في الفاشر. وأضاف أن 12 من عناصر الدعم السريع قتلوا في المعارك.'],
    ['UA', 'قال الجيش الأوكراني إنه صد هجوما قرب باخموت. وأضاف في بيان أن 40 جنديا روسيا قتلوا في المعارك.'],
    // an addressee is no subject: «قال للصحفيين …»
    ['LB-HEZBOLLAH', 'قال حزب الله إنه استهدف موقعا إسرائيليا. وقال للصحفيين إن مقاتليه دمروا دبابة في المطلة.'],
  ])('%s goes on: %s', (party, text) => {
    const found = secondSentence(text);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.claimant.party).toBe(party);
  });
});
