import { InvalidArgumentError } from 'commander';
import { isCalendarDate } from '../../../../libs/domain/src/shared/calendar-date.js';

/** commander's parser for a `--published`-style option: the same calendar-date rule as the API's. */
export function calendarDateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD that exists');
  return value;
}
