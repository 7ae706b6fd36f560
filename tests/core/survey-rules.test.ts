import { describe, expect, it } from 'vitest';
import {
  checkSurveyDate,
  dayOf,
  nextSurveyDue,
  scheduleOf,
  scheduleOrder,
  summariseSurveys,
  surveyStanding,
} from '../../electron/core/surveys/rules';

describe('nextSurveyDue', () => {
  it.each<[string, string, string | null, number, string]>([
    ['six months after the last survey', '2025-01-10', '2026-05-20', 6, '2026-11-20'],
    ['never surveyed: six months after it was added', '2026-03-02', null, 6, '2026-09-02'],
    [
      'never surveyed, added long ago: still from the day added, not today',
      '2023-01-15',
      null,
      6,
      '2023-07-15',
    ],
    ['a yearly interval', '2025-01-10', '2026-02-01', 12, '2027-02-01'],
    ['a three-monthly interval', '2025-01-10', '2026-10-15', 3, '2027-01-15'],
    ['the 31st into a shorter month: its last day', '2025-01-10', '2026-08-31', 6, '2027-02-28'],
    ['29 February into a year without one', '2023-01-10', '2024-02-29', 12, '2025-02-28'],
    ['the last survey counts, not the day added', '2026-11-01', '2026-11-20', 1, '2026-12-20'],
  ])('%s', (_why, addedOn, lastSurveyedOn, months, expected) => {
    expect(nextSurveyDue({ addedOn, lastSurveyedOn }, months)).toBe(expected);
  });
});

describe('surveyStanding', () => {
  const today = '2026-11-26';
  it.each<[string, string, { state: string; daysOverdue: number }]>([
    ['due a year ago', '2025-11-26', { state: 'OVERDUE', daysOverdue: 365 }],
    ['due yesterday', '2026-11-25', { state: 'OVERDUE', daysOverdue: 1 }],
    ['due today: due, not yet overdue', '2026-11-26', { state: 'DUE', daysOverdue: 0 }],
    ['due tomorrow', '2026-11-27', { state: 'DUE', daysOverdue: 0 }],
    ['due in exactly 30 days', '2026-12-26', { state: 'DUE', daysOverdue: 0 }],
    ['due in 31 days', '2026-12-27', { state: 'NOT_DUE', daysOverdue: 0 }],
    ['due in five months', '2027-04-26', { state: 'NOT_DUE', daysOverdue: 0 }],
  ])('%s', (_why, nextDue, expected) => {
    expect(surveyStanding(nextDue, today)).toEqual(expected);
  });
});

describe('scheduleOf', () => {
  it.each<[string, string, string | null, number, object]>([
    [
      'surveyed 5 months ago, every 6: due within 30 days',
      '2025-01-01',
      '2026-06-10',
      6,
      { nextDue: '2026-12-10', state: 'DUE', daysOverdue: 0 },
    ],
    [
      'surveyed 7 months ago, every 6',
      '2025-01-01',
      '2026-04-20',
      6,
      { nextDue: '2026-10-20', state: 'OVERDUE', daysOverdue: 37 },
    ],
    [
      'the same survey, every 12: not due',
      '2025-01-01',
      '2026-04-20',
      12,
      { nextDue: '2027-04-20', state: 'NOT_DUE', daysOverdue: 0 },
    ],
    [
      'never surveyed, added 2 years ago',
      '2024-11-26',
      null,
      6,
      { nextDue: '2025-05-26', state: 'OVERDUE', daysOverdue: 549 },
    ],
    [
      'added today',
      '2026-11-26',
      null,
      6,
      { nextDue: '2027-05-26', state: 'NOT_DUE', daysOverdue: 0 },
    ],
  ])('%s', (_why, addedOn, lastSurveyedOn, months, expected) => {
    expect(scheduleOf({ addedOn, lastSurveyedOn }, months, '2026-11-26')).toEqual({
      addedOn,
      lastSurveyedOn,
      ...expected,
    });
  });

  it('sorts the longest overdue first, then by date due, then by name', () => {
    const rows = [
      { placementName: 'Canal Path', nextDue: '2027-03-01' },
      { placementName: 'Riverside Garden', nextDue: '2026-06-01' },
      { placementName: 'Allotments', nextDue: '2026-12-01' },
      { placementName: 'Abbey Church', nextDue: '2026-06-01' },
    ].sort(scheduleOrder);
    expect(rows.map((r) => r.placementName)).toEqual([
      'Abbey Church',
      'Riverside Garden',
      'Allotments',
      'Canal Path',
    ]);
  });
});

describe('dayOf', () => {
  it.each([
    ['winter: UTC is London', '2026-01-15T23:30:00.000Z', '2026-01-15'],
    ['summer: 23:30 UTC is the next morning in London', '2026-06-01T23:30:00.000Z', '2026-06-02'],
    ['summer, early evening', '2026-06-01T18:00:00.000Z', '2026-06-01'],
  ])('%s', (_why, timestamp, expected) => {
    expect(dayOf(timestamp)).toBe(expected);
  });
});

describe('checkSurveyDate', () => {
  const addedOn = '2026-06-01';
  const today = '2026-11-26';
  it.each<[string, string, Record<string, string>]>([
    ['today', today, {}],
    ['the day the placement was added', addedOn, {}],
    ['tomorrow', '2026-11-27', { surveyedOn: 'Date of survey cannot be in the future' }],
    [
      'the day before it was added',
      '2026-05-31',
      { surveyedOn: 'Date of survey cannot be before the placement was added (01/06/2026)' },
    ],
  ])('%s', (_why, surveyedOn, expected) => {
    expect(checkSurveyDate(surveyedOn, addedOn, today)).toEqual(expected);
  });
});

describe('summariseSurveys', () => {
  it('gives nothing to average when there are no surveys, and every answer at zero', () => {
    expect(summariseSurveys([])).toEqual({
      count: 0,
      averageQuality: null,
      averageCommunication: null,
      wouldTakeAgain: [
        { answer: 'YES', count: 0 },
        { answer: 'NO', count: 0 },
        { answer: 'UNSURE', count: 0 },
      ],
    });
  });

  it('averages to one decimal place and counts each answer', () => {
    expect(
      summariseSurveys([
        { qualityRating: 5, communicationRating: 4, wouldTakeAgain: 'YES' },
        { qualityRating: 4, communicationRating: 2, wouldTakeAgain: 'YES' },
        { qualityRating: 4, communicationRating: 3, wouldTakeAgain: 'UNSURE' },
      ]),
    ).toEqual({
      count: 3,
      averageQuality: 4.3,
      averageCommunication: 3,
      wouldTakeAgain: [
        { answer: 'YES', count: 2 },
        { answer: 'NO', count: 0 },
        { answer: 'UNSURE', count: 1 },
      ],
    });
  });
});
