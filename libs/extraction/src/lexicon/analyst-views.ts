import { normalizeKey } from '../text/normalize.js';

/**
 * Analysts, experts and observers (normalised, without the article): what they think or expect is a reading of the
 * news, never news of its own («يرى محللون أن الغارات تهدف إلى …», «يعتقد خبراء أن القصف قد يؤدي إلى …»).
 */
export const ANALYST_NOUNS: ReadonlySet<string> = new Set(
  [
    ...['محللون', 'محللين', 'محلل', 'محللا', 'خبراء', 'خبير', 'خبيرا', 'مراقبون', 'مراقبين', 'مراقب'],
    ...['باحثون', 'باحثين', 'باحث', 'متابعون', 'متابعين', 'مختصون', 'مختصين', 'أكاديميون', 'أكاديميين', 'معلقون'],
  ].map(normalizeKey),
);

/** Verbs of thinking, expecting and saying that analysts are the subject of (normalised). */
export const VIEW_VERBS: ReadonlySet<string> = new Set(
  [
    ...['يرى', 'ترى', 'يرون', 'رأى', 'رأت', 'يعتقد', 'تعتقد', 'يعتقدون', 'اعتقد', 'يتوقع', 'توقع', 'يتوقعون'],
    ...['يرجح', 'رجح', 'يرجحون', 'يعتبر', 'اعتبر', 'يعتبرون', 'يقول', 'يقولون', 'قال', 'أكد', 'يؤكد', 'يشير', 'أشار'],
    ...['يحذر', 'حذر', 'يستبعد', 'استبعد', 'يستبعدون', 'يقدر', 'قدر', 'يصف', 'وصف'],
  ].map(normalizeKey),
);

/** Words that name the source of what follows: «بحسب محللين», «وفق خبراء», «في رأي مراقبين» (normalised). */
export const VIEW_SOURCES: ReadonlySet<string> = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'رأي', 'نظر', 'تقدير'].map(normalizeKey));
