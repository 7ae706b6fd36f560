import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  workingDaysBetween,
} from '../../shared/working-days';

const sorted = (year: number) => [...bankHolidays(year)].sort();

describe('bankHolidays', () => {
  it.each<[number, string[]]>([
    [
      // New Year on a Saturday; the Platinum Jubilee moved the spring holiday to 2 June and
      // added 3 June; the State Funeral on 19 September; Christmas on a Sunday.
      2022,
      [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-06-02',
        '2022-06-03',
        '2022-08-29',
        '2022-09-19',
        '2022-12-26',
        '2022-12-27',
      ],
    ],
    [
      // New Year on a Sunday; the Coronation on 8 May.
      2023,
      [
        '2023-01-02',
        '2023-04-07',
        '2023-04-10',
        '2023-05-01',
        '2023-05-08',
        '2023-05-29',
        '2023-08-28',
        '2023-12-25',
        '2023-12-26',
      ],
    ],
    [
      // Boxing Day on a Saturday: the substitute is Monday 28 December.
      2026,
      [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      // Christmas on a Saturday and Boxing Day on a Sunday: Monday 27 and Tuesday 28.
      2027,
      [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
    ],
    [
      // The VE Day anniversary moved the early May holiday to Friday 8 May.
      2020,
      [
        '2020-01-01',
        '2020-04-10',
        '2020-04-13',
        '2020-05-08',
        '2020-05-25',
        '2020-08-31',
        '2020-12-25',
        '2020-12-28',
      ],
    ],
  ])('%i', (year, expected) => {
    expect(sorted(year)).toEqual(expected);
  });

  it('gives the same answer twice', () => {
    expect(sorted(2026)).toEqual(sorted(2026));
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-26', true], // Thursday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-12-25', false],
    ['2026-12-26', false], // Saturday: the holiday is on the 28th
    ['2026-12-28', false],
    ['2026-12-29', true],
    ['2022-05-30', true], // the usual spring holiday, moved for the Jubilee
    ['2022-06-03', false],
    ['2022-09-19', false],
    ['2023-05-08', false],
    ['2027-01-01', false],
  ])('%s: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each<[string, number, string]>([
    ['2026-11-26', 0, '2026-11-26'],
    ['2026-11-28', 0, '2026-11-28'], // day 0 is the date itself, even on a weekend
    ['2026-11-26', 1, '2026-11-27'],
    ['2026-11-27', 1, '2026-11-30'], // Friday → Monday
    ['2026-11-28', 1, '2026-11-30'], // Saturday → Monday
    ['2026-11-26', 5, '2026-12-03'],
    ['2026-12-24', 1, '2026-12-29'], // over Christmas, the weekend and the Boxing Day substitute
    ['2026-12-22', 5, '2026-12-31'],
    ['2026-12-22', 10, '2027-01-08'], // and over New Year
    ['2027-12-24', 1, '2027-12-29'], // both Christmas holidays substituted
    ['2022-06-01', 1, '2022-06-06'], // over the Jubilee
    ['2022-09-16', 1, '2022-09-20'], // over the State Funeral
    ['2027-03-25', 1, '2027-03-30'], // over Easter
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each<[string, string, number]>([
    ['2026-11-26', '2026-11-26', 0],
    ['2026-11-26', '2026-11-27', 1],
    ['2026-11-27', '2026-11-30', 1], // Friday to Monday
    ['2026-11-28', '2026-11-29', 0], // Saturday to Sunday
    ['2026-12-24', '2026-12-29', 1],
    ['2026-12-22', '2027-01-08', 10],
    ['2026-12-31', '2027-01-04', 1],
    ['2025-12-31', '2026-12-31', 253], // 261 weekdays less 8 bank holidays
    ['2021-12-31', '2022-12-31', 250], // 260 weekdays less 10 bank holidays
  ])('%s to %s: %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
    // + 0: a weekend backwards is -0, which is no different to a caller.
    expect(workingDaysBetween(to, from) + 0).toBe(0 - expected);
  });

  it('agrees with addWorkingDays', () => {
    for (const n of [1, 5, 10, 20, 60]) {
      for (const from of ['2026-12-18', '2026-12-24', '2027-03-24', '2022-05-31']) {
        expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
      }
    }
  });
});
