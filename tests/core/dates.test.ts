import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  daysBetween,
  describeDays,
  formatDate,
  formatMinutes,
  isIsoDate,
  parseUkDate,
} from '../../shared/dates';

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-11-26', 1, '2026-12-26'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2027-01-15', -12, '2026-01-15'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s + %i months → %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-26', 0, '2026-11-26'],
    ['2026-11-26', 5, '2026-12-01'],
    ['2026-11-26', 56, '2027-01-21'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    // The clocks change on 29/03/2026 and 25/10/2026; a day is still a day.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i days → %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('refuses text that is not a date', () => {
    expect(() => addDays('26/11/2026', 1)).toThrow('Not a date: 26/11/2026');
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-26', '2026-11-26', 0],
    ['2026-11-26', '2026-11-27', 1],
    ['2026-11-27', '2026-11-26', -1],
    ['2026-11-26', '2027-01-15', 50],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
  ])('%s → %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('ageOn', () => {
  it.each([
    ['1995-03-14', '2026-03-13', 30],
    ['1995-03-14', '2026-03-14', 31],
    ['1995-03-14', '2026-11-26', 31],
    ['2008-11-26', '2026-11-25', 17],
    ['2008-11-26', '2026-11-26', 18],
    ['2010-11-27', '2026-11-26', 15],
    ['2010-11-26', '2026-11-26', 16],
    // Born on 29 February: the birthday is 1 March in other years.
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['1990-12-31', '2026-01-01', 35],
  ])('born %s, on %s aged %i', (dateOfBirth, on, expected) => {
    expect(ageOn(dateOfBirth, on)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-11-26', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-1', false],
    ['26/11/2026', false],
    ['2026-11-26T00:00:00Z', false],
    [' 2026-11-26', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('parseUkDate', () => {
  it.each([
    ['26/11/2026', '2026-11-26'],
    ['1/2/2026', '2026-02-01'],
    ['01/02/2026', '2026-02-01'],
    ['26-11-2026', '2026-11-26'],
    ['26.11.2026', '2026-11-26'],
    ['  26/11/2026 ', '2026-11-26'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', null],
    ['31/02/2026', null],
    ['31/04/2026', null],
    ['13/13/2026', null],
    ['26/11/26', null],
    ['2026-11-26', null],
    ['26 Nov 2026', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseUkDate(text)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-11-26', '26/11/2026'],
    ['2024-02-29', '29/02/2024'],
    ['2027-01-05', '05/01/2027'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['not a date', 'not a date'],
  ])('%j → %j', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('formatMinutes', () => {
  it.each([
    [750, '12 h 30 m'],
    [2400, '40 h'],
    [45, '45 m'],
    [0, '0 m'],
    [60, '1 h'],
    [61, '1 h 1 m'],
    [18000, '300 h'],
    [60000, '1,000 h'],
    [3142380, '52,373 h'],
    [-90, '−1 h 30 m'],
    [-30, '−30 m'],
    [89.6, '1 h 30 m'],
  ])('%d minutes → %j', (minutes, expected) => {
    expect(formatMinutes(minutes)).toBe(expected);
  });
});

describe('describeDays', () => {
  it.each([
    [0, '0 days'],
    [1, '1 day'],
    [6, '6 days'],
    [7, '1 week'],
    [8, '1 week 1 day'],
    [13, '1 week 6 days'],
    [14, '2 weeks'],
    [16, '2 weeks 2 days'],
    [50, '7 weeks 1 day'],
    [-1, '1 day overdue'],
    [-10, '10 days overdue'],
  ])('%i → %j', (days, expected) => {
    expect(describeDays(days)).toBe(expected);
  });
});
