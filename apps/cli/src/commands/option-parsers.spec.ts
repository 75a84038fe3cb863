import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { batchSizeOption, calendarDateOption, portOption, positionOption, positiveIntOption, secondsOption } from './option-parsers.js';

describe('CLI option parsers', () => {
  it('return numbers for whole numbers in range', () => {
    expect(positionOption('0')).toBe(0);
    expect(positionOption('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(batchSizeOption('10000')).toBe(10_000);
    expect(portOption('65535')).toBe(65_535);
    expect(secondsOption('600')).toBe(600);
    expect(positiveIntOption(64)('64')).toBe(64);
  });

  it.each([
    [positionOption, '-1', 'a non-negative integer (a global position)'],
    [positionOption, '9007199254740992', 'a non-negative integer (a global position)'],
    [positionOption, '1e3', 'a non-negative integer (a global position)'],
    [batchSizeOption, '0', '1 to 10000'],
    [batchSizeOption, 'abc', '1 to 10000'],
    [batchSizeOption, '10001', '1 to 10000'],
    [portOption, '65536', 'a port from 0 to 65535'],
    [secondsOption, '1.5', 'a whole number of seconds'],
    [positiveIntOption(64), '65', 'a whole number from 1 to 64'],
  ])('refuse case %#: "%s"', (parse, value, expected) => {
    expect(() => parse(value)).toThrow(InvalidArgumentError);
    expect(() => parse(value)).toThrow(`expected ${expected}`);
  });

  it('check calendar dates by the API rule', () => {
    expect(calendarDateOption('2020-02-29')).toBe('2020-02-29');
    expect(() => calendarDateOption('2022-02-30')).toThrow(InvalidArgumentError);
    expect(() => calendarDateOption('2022-2-3')).toThrow(/that exists/);
  });
});
