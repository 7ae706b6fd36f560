import { describe, expect, it } from 'vitest';
import type { Slot } from '../../shared/placement-codes';
import {
  checkCourt,
  checkPeriod,
  nextNoticeNumber,
  noticeNumber,
  offerableMinutes,
  sessionLength,
  weeklyNeedMinutes,
  type OfferablePlacement,
} from '../../electron/core/notices/rules';

describe('the running number of a notice', () => {
  it.each([
    [2026, 1, 'CSN-2026-001'],
    [2026, 42, 'CSN-2026-042'],
    [2027, 999, 'CSN-2027-999'],
    [2027, 1000, 'CSN-2027-1000'],
  ])('in %i, number %i is %s', (year, n, expected) => {
    expect(noticeNumber(year, n)).toBe(expected);
  });

  it.each<[string, number, string[], string]>([
    ['the first of the year', 2026, [], 'CSN-2026-001'],
    ['the next after two', 2026, ['CSN-2026-001', 'CSN-2026-002'], 'CSN-2026-003'],
    [
      'one more than the highest, in any order',
      2026,
      ['CSN-2026-007', 'CSN-2026-003'],
      'CSN-2026-008',
    ],
    ['a gap is never filled in behind', 2026, ['CSN-2026-001', 'CSN-2026-005'], 'CSN-2026-006'],
    ['starting again in a new year', 2027, ['CSN-2026-001', 'CSN-2026-014'], 'CSN-2027-001'],
    ['counting on in its own year only', 2026, ['CSN-2025-031', 'CSN-2026-002'], 'CSN-2026-003'],
    ['past 999', 2026, ['CSN-2026-999'], 'CSN-2026-1000'],
    ['past 1000 (numbers, not text)', 2026, ['CSN-2026-1000', 'CSN-2026-999'], 'CSN-2026-1001'],
    [
      'ignoring anything not a number',
      2026,
      ['CSN-2026-', 'CSN-2026-0x1', 'XYZ-2026-004'],
      'CSN-2026-001',
    ],
  ])('%s', (_what, year, taken, expected) => {
    expect(nextNoticeNumber(year, taken)).toBe(expected);
  });
});

describe('the period of a notice', () => {
  const today = '2026-11-26';
  it.each<[string, string, string, Record<string, string>]>([
    ['a quarter ending today', '2026-08-27', '2026-11-26', {}],
    ['one day', '2026-11-26', '2026-11-26', {}],
    ['twelve months exactly', '2025-11-27', '2026-11-26', {}],
    ['twelve months from the first of a month', '2025-01-01', '2025-12-31', {}],
    [
      'a day more than twelve months',
      '2025-11-26',
      '2026-11-26',
      {
        to: 'The period can be at most 12 months: from 26/11/2025, To can be 25/11/2026 at the latest',
      },
    ],
    [
      'from the last day of February',
      '2024-02-29',
      '2025-03-01',
      {
        to: 'The period can be at most 12 months: from 29/02/2024, To can be 27/02/2025 at the latest',
      },
    ],
    ['To before From', '2026-10-01', '2026-09-30', { to: 'To cannot be before From' }],
    [
      'ending tomorrow',
      '2026-10-01',
      '2026-11-27',
      { to: 'To cannot be after today (26/11/2026)' },
    ],
  ])('%s', (_what, from, to, expected) => {
    expect(checkPeriod(from, to, today)).toEqual(expected);
  });
});

describe('the court of a notice', () => {
  it.each<[string, { name: string; active: boolean } | null, Record<string, string>]>([
    ['a court in use', { name: 'Northvale Crown Court', active: true }, {}],
    [
      'a court no longer in use',
      { name: 'Old Town Magistrates', active: false },
      { courtId: 'Old Town Magistrates is no longer in use: choose a court in use' },
    ],
    ['no such court', null, { courtId: 'Court was not found: choose a court from the list' }],
  ])('%s', (_what, court, expected) => {
    expect(checkCourt(court)).toEqual(expected);
  });
});

describe('the hours a week an order needs', () => {
  // Today Thursday 26/11/2026; policy minimum 6 hours a week (360 minutes).
  const today = '2026-11-26';
  it.each<[string, number, string, number]>([
    // 100 h over 70 days (69 + 1) = 10 weeks: 10 h a week.
    ['outstanding over the weeks left', 6000, '2027-02-03', 600],
    // 10 h over 10 weeks = 1 h a week: the minimum of 6 h.
    ['never less than the minimum', 600, '2027-02-03', 360],
    // 3 h outstanding: the minimum would be more than is left.
    ['never more than is outstanding', 180, '2027-02-03', 180],
    // 100 h over 8 days = 8/7 weeks: 6000 × 7 / 8 = 5250 minutes, more than 28 h (1680).
    ['capped at 28 hours a week', 6000, '2026-12-03', 1680],
    // 20 h over 14 days = 2 weeks: 10 h a week.
    ['two weeks left', 1200, '2026-12-09', 600],
    // 7 days left (today to 02/12 both counted) is exactly a week: 5 h is below the minimum.
    ['exactly a week left', 300, '2026-12-02', 300],
    // 6 days left: less than a week, all 20 h now.
    ['less than a week left: all of it now', 1200, '2026-12-01', 1200],
    ['the end date today: all of it now', 1200, '2026-11-26', 1200],
    ['past its end date: all of it now', 1200, '2026-10-01', 1200],
    ['past its end date, capped at 28 hours', 6000, '2026-10-01', 1680],
    // 50 h over 49 days (7 weeks): 3000 / 7 = 428.57…, rounded up to the minute.
    ['rounded up to the minute', 3000, '2027-01-13', 429],
    ['nothing outstanding needs nothing', 0, '2027-02-03', 0],
    ['over-credited needs nothing', -60, '2027-02-03', 0],
  ])('%s', (_what, outstandingMinutes, endDate, expected) => {
    expect(weeklyNeedMinutes({ outstandingMinutes, endDate }, today, 6)).toBe(expected);
  });
});

describe('the hours a week the placements can offer', () => {
  const placement = (
    id: number,
    type: OfferablePlacement['type'],
    sessions: Slot[],
    startTime: string,
    endTime: string,
    capacity: number,
  ): OfferablePlacement => ({ id, type, sessions, startTime, endTime, capacity });
  const slots = (entries: [Slot, number][]) => new Map(entries);

  it('measures a session from start to finish', () => {
    expect(sessionLength({ startTime: '09:00', endTime: '16:30' })).toBe(450);
    expect(sessionLength({ startTime: '18:00', endTime: '17:00' })).toBe(0);
  });

  it.each<[string, OfferablePlacement[], [Slot, number][], number, number]>([
    [
      // 2 sessions × 6 h × 4 places = 48 h; the beneficiary supervises.
      'an individual placement counts in full, without supervisors',
      [placement(1, 'INDIVIDUAL', ['MON_MORNING', 'TUE_MORNING'], '09:00', '15:00', 4)],
      [],
      2880,
      0,
    ],
    [
      // One supervisor on Saturday mornings takes 6 of the 10 places: 6 × 7 h = 42 h.
      'group places are cut to the supervisors working that session',
      [placement(1, 'GROUP', ['SAT_MORNING'], '09:00', '16:00', 10)],
      [['SAT_MORNING', 1]],
      2520,
      4,
    ],
    [
      // Two supervisors cover 12; the placement has 10 places: 10 × 7 h = 70 h.
      'never more than the places',
      [placement(1, 'GROUP', ['SAT_MORNING'], '09:00', '16:00', 10)],
      [['SAT_MORNING', 2]],
      4200,
      0,
    ],
    [
      // Nobody works Sunday mornings: its 10 places a week go unsupervised.
      'no supervisor that session, no group places',
      [placement(1, 'GROUP', ['SAT_MORNING', 'SUN_MORNING'], '09:00', '16:00', 10)],
      [['SAT_MORNING', 2]],
      4200,
      10,
    ],
    [
      // Saturday morning: 1 supervisor × 6 for the 7-hour park (4 places) first, then 2 of the
      // 4-hour garden's 6: 4 × 420 + 2 × 240 = 2160; 4 garden places cut.
      'supervisors go to the longest sessions first',
      [
        placement(1, 'GROUP', ['SAT_MORNING'], '09:00', '13:00', 6),
        placement(2, 'GROUP', ['SAT_MORNING'], '09:00', '16:00', 4),
      ],
      [['SAT_MORNING', 1]],
      2160,
      4,
    ],
    [
      // The same length: the placement entered first (lower id) takes the places first.
      'the same length, the first entered first',
      [
        placement(7, 'GROUP', ['WED_EVENING'], '18:00', '21:00', 5),
        placement(3, 'GROUP', ['WED_EVENING'], '18:00', '21:00', 5),
      ],
      [['WED_EVENING', 1]],
      6 * 180,
      4,
    ],
    [
      // 3 × 5 h × 6 (employability) + Sunday group 8 places, 3 supervisors cover 18: 8 × 6 h.
      'employability counts in full beside a covered group',
      [
        placement(
          1,
          'EMPLOYABILITY',
          ['MON_AFTERNOON', 'WED_AFTERNOON', 'FRI_AFTERNOON'],
          '12:00',
          '17:00',
          6,
        ),
        placement(2, 'GROUP', ['SUN_MORNING'], '09:00', '15:00', 8),
      ],
      [['SUN_MORNING', 3]],
      5400 + 2880,
      0,
    ],
    ['nothing in use offers nothing', [], [['SAT_MORNING', 4]], 0, 0],
  ])('%s', (_what, placements, supervisors, minutes, cut) => {
    expect(offerableMinutes(placements, slots(supervisors), 6)).toEqual({
      minutes,
      groupPlacesCut: cut,
    });
  });
});
