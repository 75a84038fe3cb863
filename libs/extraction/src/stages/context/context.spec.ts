import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../../extraction-record.js';
import { isoOf, parseIso } from '../../time/index.js';
import { prepare } from '../prepare/prepare.js';
import { documentContext } from './context.js';
import { dyadOf, opponentIn } from './dyad.js';

const header = (): ExtractionRecord['report'] => ({ publishedOn: null, referenceDate: null, referenceDateSource: 'none', language: 'ar' });
const contextOf = (text: string, publishedOn: string | null = '2022-09-14') => {
  const report = header();
  const doc = documentContext({ prepared: prepare(text), published: parseIso(publishedOn), report, source: 'Outlet' });
  return { doc, report };
};

describe('document context', () => {
  it('takes the reference date from the metadata', () => {
    const { doc, report } = contextOf('قصفت القوات الأذربيجانية بلدة جيرموك.');
    expect(isoOf(doc.ref!)).toBe('2022-09-14');
    expect(report.referenceDateSource).toBe('none'); // the caller set «metadata» already
  });

  it('infers it from the text when there is none, and says so in the report header', () => {
    const { doc, report } = contextOf('أعلنت وزارة الدفاع الأرمينية اليوم الثلاثاء 13 سبتمبر/أيلول 2022 مقتل 49 جنديا.', null);
    expect(doc.ref === null ? null : isoOf(doc.ref)).toBe('2022-09-13');
    expect(report).toMatchObject({ referenceDate: '2022-09-13', referenceDateSource: 'inferred' });
  });

  it('takes the day the text was written when its weekdays or its dateline put it a few days before the publication date', () => {
    // published on Saturday 11 May 2024, «أمس الخميس»: written on Friday
    const late = contextOf('قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مواقعها أمس الخميس.', '2024-05-11');
    expect(isoOf(late.doc.ref!)).toBe('2024-05-10');
    expect(late.report).toMatchObject({ referenceDate: '2024-05-10', referenceDateSource: 'inferred' });
    // «اليوم الأربعاء» in a report published on Friday 10 May
    expect(isoOf(contextOf('أعلن الجيش السوداني اليوم الأربعاء استعادة مواقع في الخرطوم.', '2024-05-10').doc.ref!)).toBe('2024-05-08');
    // a dateline two days before the publication date
    const wired = contextOf('الخرطوم، 8 مايو 2024 (رويترز) - قصفت قوات الدعم السريع الفاشر أمس.', '2024-05-10');
    expect(isoOf(wired.doc.ref!)).toBe('2024-05-08');
  });

  it('keeps the publication date when the text agrees with it, or names a day too far from it', () => {
    const same = contextOf('قصفت القوات الروسية خاركيف أمس الخميس.', '2024-05-10');
    expect(isoOf(same.doc.ref!)).toBe('2024-05-10');
    expect(same.report.referenceDateSource).toBe('none'); // untouched: the caller set «metadata»
    // Wednesday 15 May: no Thursday «أمس» within three days before
    expect(isoOf(contextOf('قصفت القوات الروسية خاركيف أمس الخميس.', '2024-05-15').doc.ref!)).toBe('2024-05-15');
    // a bare weekday is counted from the publication date, it says nothing of it
    expect(isoOf(contextOf('قصفت القوات الروسية خاركيف يوم الخميس.', '2024-05-11').doc.ref!)).toBe('2024-05-11');
    // a dateline ten days before is an old wire, not the writing day
    expect(isoOf(contextOf('الخرطوم، 1 مايو 2024 (رويترز) - قصفت قوات الدعم السريع الفاشر.', '2024-05-11').doc.ref!)).toBe('2024-05-11');
  });

  it('focuses on the first specific places, not countries', () => {
    const { doc } = contextOf('قالت أرمينيا إن أذربيجان قصفت جيرموك وفاردينيس.');
    expect(doc.focusPlaces.map((p) => p.id)).toEqual(['am-jermuk', 'am-vardenis']);
  });

  it('knows rockets or artillery anywhere in the report', () => {
    expect(contextOf('هجوم على البلدة. وسقطت قذائف هاون قرب المدرسة.').doc.hasStandoffWeapons).toBe(true);
    expect(contextOf('هجوم على البلدة.').doc.hasStandoffWeapons).toBe(false);
  });

  it('«separatists» are the Karabakh authorities only in a report that names Karabakh (the region pack)', () => {
    expect(contextOf('اندلعت اشتباكات في ستيباناكيرت.').doc.actors.separatistParty).toBe('NKR');
    expect(contextOf('اندلعت اشتباكات في دونيتسك.').doc.actors.separatistParty).toBe(null);
  });
});

describe('the dyad', () => {
  it('is the two belligerents named most; the outlet speaks for the first side', () => {
    const { doc } = contextOf('');
    doc.actors.countParty('AM');
    doc.actors.countParty('AM');
    doc.actors.countParty('AZ');
    doc.actors.countParty('UN');
    const dyad = dyadOf(doc.actors);
    expect(dyad).toEqual(['AM', 'AZ']);
    expect(opponentIn(dyad, 'AZ')).toBe('AM');
    expect(opponentIn(dyad, null)).toBe('AM');
    expect(opponentIn(dyad, 'UN')).toBe(null);
  });

  it('a de facto authority opposes the state whose territory it holds (region pack)', () => {
    expect(opponentIn(['AM', 'AZ'], 'NKR')).toBe('AZ');
    expect(opponentIn(['RU', 'UA'], 'NKR')).toBe(null);
  });
});
