import { describe, expect, it } from 'vitest';
import {
  latestSentenceWithPlanDue,
  nextReviewDue,
  planDueBy,
  reviewDue,
  type PlanFacts,
} from '../../electron/core/supervision/rules';
import { addDays } from '../../shared/dates';

const today = '2026-11-26';
const plan = (agreedOn: string, reviewEveryWeeks = 4): PlanFacts => ({
  agreedOn,
  reviewEveryWeeks,
});

describe('nextReviewDue', () => {
  it.each<[string, PlanFacts | null, string | null, { due: string; overdue: boolean } | null]>([
    ['no plan: nothing due', null, null, null],
    ['four weeks after the plan', plan('2026-11-01'), null, { due: '2026-11-29', overdue: false }],
    [
      'four weeks after the plan, passed',
      plan('2026-10-01'),
      null,
      { due: '2026-10-29', overdue: true },
    ],
    ['due today is not yet overdue', plan('2026-10-29'), null, { due: today, overdue: false }],
    ['due yesterday is overdue', plan('2026-10-28'), null, { due: '2026-11-25', overdue: true }],
    [
      'after the last review',
      plan('2026-10-01'),
      '2026-11-20',
      { due: '2026-12-18', overdue: false },
    ],
    [
      'a review on the plan’s day',
      plan('2026-10-01'),
      '2026-10-01',
      { due: '2026-10-29', overdue: true },
    ],
    [
      'the plan when it is later than a review',
      plan('2026-10-01', 1),
      '2026-09-01',
      { due: '2026-10-08', overdue: true },
    ],
    ['every week', plan('2026-11-20', 1), null, { due: '2026-11-27', overdue: false }],
    ['every 12 weeks', plan('2026-09-03', 12), null, { due: today, overdue: false }],
    ['across the year end', plan('2026-12-10', 4), null, { due: '2027-01-07', overdue: false }],
    ['across a leap day', plan('2028-02-15', 2), null, { due: '2028-02-29', overdue: false }],
  ])('%s', (_name, p, last, expected) => {
    expect(nextReviewDue(p, last, today)).toEqual(expected);
  });
});

describe('planDueBy: 10 working days after sentence', () => {
  it.each([
    ['a Thursday', '2026-11-12', '2026-11-26'],
    ['a Friday', '2026-11-13', '2026-11-27'],
    ['a Saturday', '2026-11-14', '2026-11-27'],
    ['a Sunday', '2026-11-15', '2026-11-27'],
    ['a Monday', '2026-11-16', '2026-11-30'],
    ['before Christmas and New Year (three bank holidays)', '2026-12-17', '2027-01-05'],
    ['before Easter 2027 (Good Friday 26/03, Easter Monday 29/03)', '2027-03-22', '2027-04-07'],
  ])('sentenced on %s', (_name, sentence, due) => {
    expect(planDueBy(sentence)).toBe(due);
  });
});

describe('reviewDue: what the list of reviews due shows', () => {
  it.each<[string, Parameters<typeof reviewDue>[0], ReturnType<typeof reviewDue>]>([
    [
      'no plan, due today',
      { sentenceDate: '2026-11-12', plan: null, lastReviewedOn: null },
      { kind: 'NO_PLAN', due: today, overdue: false },
    ],
    [
      'no plan, due yesterday',
      { sentenceDate: '2026-11-11', plan: null, lastReviewedOn: null },
      { kind: 'NO_PLAN', due: '2026-11-25', overdue: true },
    ],
    [
      'no plan, not yet due',
      { sentenceDate: '2026-11-13', plan: null, lastReviewedOn: null },
      null,
    ],
    [
      'a review due in 7 days',
      { sentenceDate: '2026-10-01', plan: plan('2026-11-05'), lastReviewedOn: null },
      { kind: 'REVIEW', due: '2026-12-03', overdue: false },
    ],
    [
      'a review due in 8 days',
      { sentenceDate: '2026-10-01', plan: plan('2026-11-06'), lastReviewedOn: null },
      null,
    ],
    [
      'a review overdue',
      { sentenceDate: '2026-06-01', plan: plan('2026-06-10'), lastReviewedOn: '2026-09-01' },
      { kind: 'REVIEW', due: '2026-09-29', overdue: true },
    ],
    [
      'a recent review: not due',
      { sentenceDate: '2026-06-01', plan: plan('2026-06-10'), lastReviewedOn: '2026-11-20' },
      null,
    ],
  ])('%s', (_name, order, expected) => {
    expect(reviewDue(order, today)).toEqual(expected);
  });
});

describe('latestSentenceWithPlanDue', () => {
  it.each([
    ['a Thursday', today, '2026-11-12'],
    ['a Sunday: the plans due on Friday', '2026-11-29', '2026-11-15'],
    ['a Monday', '2026-11-30', '2026-11-16'],
    ['after New Year', '2027-01-05', '2026-12-17'],
  ])('on %s', (_name, on, expected) => {
    expect(latestSentenceWithPlanDue(on)).toBe(expected);
  });

  it('agrees with trying every sentence date, on each day of two years', () => {
    for (let on = '2026-01-01'; on < '2028-01-01'; on = addDays(on, 1)) {
      const latest = latestSentenceWithPlanDue(on);
      expect(planDueBy(latest) <= on, on).toBe(true);
      for (let later = addDays(latest, 1); later <= on; later = addDays(later, 1))
        expect(planDueBy(later) > on, `${on}: ${later}`).toBe(true);
    }
  });
});
