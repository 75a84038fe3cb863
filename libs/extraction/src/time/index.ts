/** Time expressions of a sentence and day arithmetic (see types.ts). */
export type { DateExpr, DateKind } from './types.js';
export { dayNumber, isoOf, monthOf, parseIso, weekdayOf, yearOf } from './calendar.js';
export { findDates } from './find-dates.js';
export { resolveDayAfter } from './ranges.js';
export { resolveRunning } from './running-days.js';
export { countFromStatementDay } from './counted-days.js';
