import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { findDates, isoOf, parseIso } from '../../time/index.js';
import { tokenize } from '../../text/tokens.js';
import { scopeOf } from '../triggers/scope.js';
import { pickDate } from './dates.js';

const ref = parseIso('2022-09-14')!;
const events = (text: string) => extract({ text, publishedOn: '2022-09-14' }).events;

describe('drafts: the date, places and claimant of each event', () => {
  it('a cue takes the time word of its own clause', () => {
    const { tokens } = tokenize('قصفت القوات جيرموك أمس، وتجددت الاشتباكات يوم الإثنين.');
    const dates = findDates(tokens, ref);
    const { clause } = scopeOf(tokens);
    const clash = tokens.findIndex((t) => t.text === 'الاشتباكات');
    const shell = tokens.findIndex((t) => t.text === 'قصفت');
    expect(isoOf(pickDate(dates, shell, clause)!.from!)).toBe('2022-09-13');
    expect(isoOf(pickDate(dates, clash, clause)!.from!)).toBe('2022-09-12');
    // without clauses the nearest time word before wins
    expect(isoOf(pickDate(dates, clash, null)!.from!)).toBe('2022-09-13');
  });

  it('an event is at the place of its clause, not at a place in another major clause', () => {
    const [e] = events('قصفت القوات الأذربيجانية بلدة جيرموك، بينما أكد مسؤولون في موسكو متابعة الوضع.').filter(
      (x) => x.type === 'ShellingReported',
    );
    expect(e.locations.map((l) => l.id)).toEqual(['am-jermuk']);
  });

  it('without a place of its own, an event borrows the places of the sentences before', () => {
    const evs = events('قصفت القوات الأذربيجانية بلدة جيرموك. وأسفر القصف عن مقتل جنديين.');
    expect(evs.find((x) => x.type === 'CasualtiesClaimed')?.locations.map((l) => l.id)).toEqual(['am-jermuk']);
  });

  it('two cues of one fact in a sentence make one event (weapons joined)', () => {
    const shelling = events('قصفت القوات البلدة بالمدفعية وقذائف الهاون.').filter((x) => x.type === 'ShellingReported');
    expect(shelling).toHaveLength(1);
    expect(shelling[0].weapons).toEqual(expect.arrayContaining(['artillery', 'mortar']));
  });

  it('an event of a later clause with no place does not reach back to the places of an earlier clause with its own event', () => {
    const clashes = events(
      'اندلعت اشتباكات عنيفة قرب بلدة سوتك. وقتل 3 مدنيين في قصف صاروخي على مدينة جيرموك، كما صدت القوات هجوما على عدة محاور.',
    ).filter((x) => x.type === 'ArmedClashReported');
    expect(clashes.flatMap((x) => x.locations.map((l) => l.id))).not.toContain('am-jermuk');
    // a later clause of context («وسط …») still lends its places to an event before it
    const [clash] = events('صدت القوات هجوما على عدة محاور، وسط قصف صاروخي على مدينة جيرموك.').filter(
      (x) => x.type === 'ArmedClashReported',
    );
    expect(clash.locations.map((l) => l.id)).toEqual(['am-jermuk']);
  });

  it('«تزامناً مع», «بالتزامن مع» join two simultaneous events: each keeps its own places', () => {
    const at = (text: string, type: string) =>
      events(text)
        .filter((x) => x.type === type)
        .map((x) => x.locations.map((l) => l.id));
    expect(
      at('ألقت المروحيات براميل متفجرة على بلدة سرمين، تزامناً مع غارات شنتها طائرات حربية على بلدة سراقب.', 'AirStrikeReported'),
    ).toEqual([['sy-sarmin'], ['sy-saraqib']]);
    expect(at('قصفت المدفعية بلدة سرمين بالتزامن مع قصف صاروخي على مدينة أريحا.', 'ShellingReported')).toEqual([
      ['sy-sarmin'],
      ['sy-ariha'],
    ]);
    // without the word of concurrence, two places of one bombardment stay one event
    expect(at('قصفت المدفعية بلدة سرمين وبلدة سراقب.', 'ShellingReported')).toEqual([['sy-sarmin', 'sy-saraqib']]);
  });

  it("a headline alone is the outlet's voice with no date; the body names the claimant", () => {
    const evs = events('اشتباكات عنيفة في جيرموك\nوقصفت القوات الأذربيجانية بلدة فاردينيس أمس، بحسب وزارة الدفاع الأرمينية.');
    const headline = evs.find((e) => e.evidence.start === 0);
    expect(headline).toMatchObject({ type: 'ArmedClashReported', claimant: { party: null, name: null }, occurredOn: null });
    expect(evs.find((e) => e.type === 'ShellingReported')?.claimant.party).toBe('AM');
  });

  it('a day named before «أن» dates the statement: the fact it reports is that day or the day before', () => {
    const told = events('أعلن وزير الدفاع الأرميني، صباح الأربعاء، أن 12 جنديا قتلوا في بلدة جيرموك.');
    expect(told.find((e) => e.type === 'CasualtiesClaimed')?.occurredOn).toEqual({ from: '2022-09-13', to: '2022-09-14' });
    // a time word inside the reported clause is the fact's own
    const own = events('أعلن وزير الدفاع الأرميني، صباح الأربعاء، أن 12 جنديا قتلوا أمس في بلدة جيرموك.');
    expect(own.find((e) => e.type === 'CasualtiesClaimed')?.occurredOn).toEqual({ from: '2022-09-13', to: '2022-09-13' });
  });

  it('the fact told again under the running day keeps the day its first telling gave it (merge)', () => {
    const evs = events(
      'أعلن وزير الدفاع الأرميني، صباح الأربعاء، أن 12 جنديا قتلوا في بلدة جيرموك.\nوقال الوزير في كلمة متلفزة إن 12 جنديا قتلوا في جيرموك.',
    ).filter((e) => e.type === 'CasualtiesClaimed');
    expect(evs).toHaveLength(1);
    expect(evs[0].occurredOn).toEqual({ from: '2022-09-13', to: '2022-09-14' });
  });

  it('a later sentence that retells the statement, with no time word of its own, reports a fact of that day or the day before', () => {
    const evs = events(
      'أعلن وزير الدفاع الأرميني، صباح الأربعاء، أن 12 جنديا قتلوا في بلدة جيرموك.\nوقال الوزير في كلمة متلفزة إن المعارك تواصلت قرب البلدة.',
    );
    expect(evs.find((e) => e.type === 'ArmedClashReported')?.occurredOn).toEqual({ from: '2022-09-13', to: '2022-09-14' });
    // a day named as the day of the fact itself runs on as that day
    const plain = events('قتل 12 جنديا في بلدة جيرموك صباح الأربعاء.\nوقال الوزير في كلمة متلفزة إن المعارك تواصلت قرب البلدة.');
    expect(plain.find((e) => e.type === 'ArmedClashReported')?.occurredOn).toEqual({ from: '2022-09-14', to: '2022-09-14' });
    // so does a fact's day with a statement later in its sentence
    const later = events(
      'قتل 12 جنديا في بلدة جيرموك صباح الأربعاء بقصف مدفعي عنيف على أطرافها، وقال الجيش إنه رد على مصادر النيران.\nوقال الوزير في كلمة متلفزة إن المعارك تواصلت قرب البلدة.',
    );
    expect(later.find((e) => e.type === 'ArmedClashReported')?.occurredOn).toEqual({ from: '2022-09-14', to: '2022-09-14' });
  });

  it('an event after «بعد أيام من» is a recap (background); after «بعد يومين من» it is dated two days before its anchor', () => {
    const vague = events('وجاء قرار التعبئة اليوم بعد أيام من مقتل 20 مدنيا في قصف على بلدة جيرموك.');
    const recap = vague.filter((e) => e.type === 'CasualtiesClaimed');
    expect(recap.length).toBeGreaterThan(0);
    expect(recap.every((e) => e.background)).toBe(true);
    const counted = events('ويأتي القصف اليوم بعد يومين من مقتل جندي في هجوم على بلدة جيرموك.').find((e) => e.type === 'CasualtiesClaimed');
    expect(counted).toMatchObject({ background: false, occurredOn: { from: '2022-09-12', to: '2022-09-12' } });
  });
});
