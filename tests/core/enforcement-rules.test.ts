import { describe, expect, it } from 'vitest';
import { nextStep, stepFor, type PastDecision } from '../../electron/core/enforcement/rules';

const warning = (decidedOn: string, failureDate = decidedOn): PastDecision => ({
  decision: 'WARNING',
  failureDate,
  decidedOn,
});
const breach = (decidedOn: string): PastDecision => ({
  decision: 'BREACH',
  failureDate: decidedOn,
  decidedOn,
});
const acceptable = (decidedOn: string): PastDecision => ({
  decision: 'ACCEPTABLE',
  failureDate: decidedOn,
  decidedOn,
});

describe('nextStep: a warning, then a breach referral within the window of a warning', () => {
  it.each<[string, PastDecision[], string, number, 'WARNING' | 'BREACH']>([
    ['no history', [], '2026-05-01', 12, 'WARNING'],
    ['a warning 3 months before', [warning('2026-02-01')], '2026-05-01', 12, 'BREACH'],
    ['a warning the day before', [warning('2026-04-30')], '2026-05-01', 12, 'BREACH'],
    ['a warning exactly 12 months before', [warning('2025-05-01')], '2026-05-01', 12, 'BREACH'],
    ['a warning 12 months and 1 day before', [warning('2025-04-30')], '2026-05-01', 12, 'WARNING'],
    ['a warning 13 months before', [warning('2025-04-01')], '2026-05-01', 12, 'WARNING'],
    ['only accepted evidence before', [acceptable('2026-04-01')], '2026-05-01', 12, 'WARNING'],
    ['only a breach referral before', [breach('2026-04-01')], '2026-05-01', 12, 'WARNING'],
    ['a warning given after the failure', [warning('2026-05-03')], '2026-05-01', 12, 'WARNING'],
    [
      'a warning given on the day of the failure (not yet received)',
      [warning('2026-05-01', '2026-04-20')],
      '2026-05-01',
      12,
      'WARNING',
    ],
    [
      'a warning for an earlier failure, given after this one',
      [warning('2026-05-10', '2026-04-20')],
      '2026-05-01',
      12,
      'WARNING',
    ],
    [
      'an old warning and a recent one',
      [warning('2024-01-10'), warning('2026-03-01')],
      '2026-05-01',
      12,
      'BREACH',
    ],
    [
      'a warning, then a breach referral, then a third failure within 12 months of the warning',
      [warning('2026-01-10'), breach('2026-03-01')],
      '2026-05-01',
      12,
      'BREACH',
    ],
    [
      'a warning 5 months before, window 6 months',
      [warning('2025-12-01')],
      '2026-05-01',
      6,
      'BREACH',
    ],
    [
      'a warning 7 months before, window 6 months',
      [warning('2025-10-01')],
      '2026-05-01',
      6,
      'WARNING',
    ],
    [
      'a warning on 29/02 and a failure on 28/02 a year on',
      [warning('2028-02-29')],
      '2029-02-28',
      12,
      'BREACH',
    ],
    [
      'a warning on 29/02 and a failure on 01/03 a year on',
      [warning('2028-02-29')],
      '2029-03-01',
      12,
      'WARNING',
    ],
  ])('%s', (_name, history, failureDate, window, step) => {
    expect(nextStep(history, failureDate, window)).toBe(step);
  });
});

describe('stepFor says why, in words', () => {
  it.each<[string, PastDecision[], string, { step: string; why: string }]>([
    [
      'a breach, naming the warning and the failure it was for',
      [warning('2026-05-03', '2026-05-01'), acceptable('2026-06-01')],
      '2026-07-04',
      {
        step: 'BREACH',
        why: 'warning on 03/05/2026 for a failure on 01/05/2026, within 12 months',
      },
    ],
    [
      'a first warning',
      [],
      '2026-05-01',
      { step: 'WARNING', why: 'no warning given on this order before this failure on 01/05/2026' },
    ],
    [
      'a warning again, long after the last',
      [warning('2025-03-03', '2025-03-01')],
      '2026-05-01',
      {
        step: 'WARNING',
        why: 'the last warning, on 03/03/2025, was more than 12 months before this failure on 01/05/2026',
      },
    ],
  ])('%s', (_name, history, failureDate, expected) => {
    expect(stepFor(history, failureDate, 12)).toMatchObject(expected);
  });

  it('rests a breach on the latest warning before the failure', () => {
    const history = [warning('2026-01-05', '2026-01-02'), warning('2026-03-05', '2026-03-02')];
    expect(stepFor(history, '2026-04-01', 12).warning).toEqual(history[1]);
  });

  it('says "month" for a window of one month', () => {
    expect(stepFor([warning('2026-04-15')], '2026-05-01', 1).why).toBe(
      'warning on 15/04/2026 for a failure on 15/04/2026, within 1 month',
    );
  });
});
