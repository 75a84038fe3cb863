import { InvalidArgumentError } from 'commander';
import { CALENDAR_DATE_EXPECTED, isCalendarDate } from '@sitrep/domain';

/** commander's parser for a `--published`-style option: the same calendar-date rule as the API's. */
export function calendarDateOption(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`expected ${CALENDAR_DATE_EXPECTED} that exists`);
  return value;
}
