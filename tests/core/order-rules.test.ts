import { describe, expect, it } from 'vitest';
import {
  checkExtension,
  checkOrder,
  completionMonths,
  endDateFor,
  hourLimitsFor,
} from '../../shared/rules/orders';
import { runningLedger, timeLeft, type LedgerLine } from '../../electron/core/orders/rules';

const today = '2026-11-26';

describe('hourLimitsFor', () => {
  it.each([
    [0, null],
    [15, null],
    [16, { min: 40, max: 240 }],
    [17, { min: 40, max: 240 }],
    [18, { min: 40, max: 300 }],
    [45, { min: 40, max: 300 }],
    [90, { min: 40, max: 300 }],
  ])('aged %i → %j', (age, expected) => {
    expect(hourLimitsFor(age)).toEqual(expected);
  });
});

describe('endDateFor', () => {
  it('is twelve months from sentence', () => {
    expect(completionMonths).toBe(12);
    expect(endDateFor('2026-01-15')).toBe('2027-01-15');
    expect(endDateFor('2025-11-26', [])).toBe('2026-11-26');
  });

  it('moves a leap-day sentence to 28 February', () => {
    expect(endDateFor('2024-02-29')).toBe('2025-02-28');
  });

  it('takes the latest extension, whatever order they come in', () => {
    const extensions = [
      { newEndDate: '2027-03-01' },
      { newEndDate: '2027-06-30' },
      { newEndDate: '2027-04-15' },
    ];
    expect(endDateFor('2026-01-15', extensions)).toBe('2027-06-30');
  });

  it('never ends earlier than twelve months because of an extension', () => {
    expect(endDateFor('2026-01-15', [{ newEndDate: '2026-12-01' }])).toBe('2027-01-15');
  });
});

describe('checkOrder', () => {
  const adult = '1995-03-14';
  const order = (overrides: Partial<Parameters<typeof checkOrder>[0]> = {}) => ({
    sentenceDate: '2026-11-02',
    hours: 120,
    requirementType: 'COMMUNITY_ORDER',
    ...overrides,
  });

  it.each([
    ['an adult with 120 hours', adult, order(), {}],
    ['an adult with 40 hours', adult, order({ hours: 40 }), {}],
    ['an adult with 300 hours', adult, order({ hours: 300 }), {}],
    ['a sentence today', adult, order({ sentenceDate: today }), {}],
    [
      'a sentence tomorrow',
      adult,
      order({ sentenceDate: '2026-11-27' }),
      { sentenceDate: 'Sentence date cannot be in the future' },
    ],
    [
      'a sentence on the date of birth',
      '2026-11-02',
      order(),
      { sentenceDate: 'Sentence date must be after the date of birth' },
    ],
    [
      'a sentence before birth',
      '2026-11-10',
      order(),
      { sentenceDate: 'Sentence date must be after the date of birth' },
    ],
    [
      'a 15-year-old',
      '2011-01-01',
      order(),
      {
        sentenceDate:
          'Unpaid work can only be ordered for people aged 16 or over at sentence (this person was 15)',
      },
    ],
    [
      'a 17-year-old with 250 hours',
      '2009-06-01',
      order({ hours: 250 }),
      { hours: 'Hours must be from 40 to 240 for a person aged 17 at sentence' },
    ],
    ['a 17-year-old with 240 hours', '2009-06-01', order({ hours: 240 }), {}],
    [
      'a 16-year-old with 39 hours',
      '2010-06-01',
      order({ hours: 39 }),
      { hours: 'Hours must be from 40 to 240 for a person aged 16 at sentence' },
    ],
    [
      'an adult with 301 hours',
      adult,
      order({ hours: 301 }),
      { hours: 'Hours must be from 40 to 300' },
    ],
    [
      'an adult with 30 hours',
      adult,
      order({ hours: 30 }),
      { hours: 'Hours must be from 40 to 300' },
    ],
    [
      'a person turning 18 on the sentence date with 300 hours',
      '2008-11-02',
      order({ hours: 300 }),
      {},
    ],
    [
      'a person turning 18 the day after sentence with 300 hours',
      '2008-11-03',
      order({ hours: 300 }),
      { hours: 'Hours must be from 40 to 240 for a person aged 17 at sentence' },
    ],
    [
      'a youth rehabilitation order for an adult',
      adult,
      order({ requirementType: 'YOUTH_REHABILITATION_ORDER' }),
      {
        requirementType:
          'A youth rehabilitation order is only for people aged under 18 at sentence',
      },
    ],
    [
      'a youth rehabilitation order for a 17-year-old',
      '2009-06-01',
      order({ requirementType: 'YOUTH_REHABILITATION_ORDER' }),
      {},
    ],
    [
      'too many hours and a youth order for an adult',
      adult,
      order({ hours: 310, requirementType: 'YOUTH_REHABILITATION_ORDER' }),
      {
        hours: 'Hours must be from 40 to 300',
        requirementType:
          'A youth rehabilitation order is only for people aged under 18 at sentence',
      },
    ],
  ])('%s', (_name, dateOfBirth, facts, expected) => {
    expect(checkOrder(facts, { today, dateOfBirth })).toEqual(expected);
  });
});

describe('checkExtension', () => {
  const context = { today, sentenceDate: '2026-01-15', currentEndDate: '2027-01-15' };

  it.each([
    ['a valid extension', { grantedOn: '2026-11-20', newEndDate: '2027-04-15' }, {}],
    ['granted today', { grantedOn: today, newEndDate: '2027-01-16' }, {}],
    [
      'granted tomorrow',
      { grantedOn: '2026-11-27', newEndDate: '2027-04-15' },
      { grantedOn: 'Date granted cannot be in the future' },
    ],
    [
      'granted before sentence',
      { grantedOn: '2026-01-14', newEndDate: '2027-04-15' },
      { grantedOn: 'Date granted cannot be before the sentence date' },
    ],
    [
      'ending on the current end date',
      { grantedOn: '2026-11-20', newEndDate: '2027-01-15' },
      { newEndDate: 'New end date must be after the current end date' },
    ],
    [
      'ending before the current end date',
      { grantedOn: '2026-11-20', newEndDate: '2026-12-31' },
      { newEndDate: 'New end date must be after the current end date' },
    ],
    [
      'ending on the sentence date',
      { grantedOn: '2026-11-20', newEndDate: '2026-01-15' },
      { newEndDate: 'New end date must be after the sentence date' },
    ],
    [
      'both dates wrong',
      { grantedOn: '2026-12-01', newEndDate: '2026-01-01' },
      {
        grantedOn: 'Date granted cannot be in the future',
        newEndDate: 'New end date must be after the sentence date',
      },
    ],
  ])('%s', (_name, extension, expected) => {
    expect(checkExtension(extension, context)).toEqual(expected);
  });
});

describe('runningLedger', () => {
  const line = (date: string, creditedMinutes: number, description = 'Hours brought forward') =>
    ({ date, kind: 'ADJUSTMENT', description, creditedMinutes }) satisfies LedgerLine;

  it('is empty for an order with no credits', () => {
    expect(runningLedger(7200, [])).toEqual([]);
  });

  it('sorts by date and carries the balance after each line', () => {
    const lines = [line('2026-03-01', 600, 'March'), line('2026-02-01', 90, 'February')];
    const ledger = runningLedger(7200, lines);
    expect(ledger).toEqual([
      { ...line('2026-02-01', 90, 'February'), balanceMinutes: 7110 },
      { ...line('2026-03-01', 600, 'March'), balanceMinutes: 6510 },
    ]);
    // The caller's lines are left in the order given.
    expect(lines.map((l) => l.date)).toEqual(['2026-03-01', '2026-02-01']);
  });

  it('keeps lines of the same date in the order given and reaches zero', () => {
    const ledger = runningLedger(2400, [
      line('2026-05-01', 1200, 'first'),
      line('2026-05-01', 1200, 'second'),
    ]);
    expect(ledger.map((l) => [l.description, l.balanceMinutes])).toEqual([
      ['first', 1200],
      ['second', 0],
    ]);
  });
});

describe('timeLeft', () => {
  it.each([
    [{ endDate: '2027-01-15', status: 'LIVE' }, 50],
    [{ endDate: today, status: 'LIVE' }, 0],
    [{ endDate: '2026-11-20', status: 'LIVE' }, -6],
    [{ endDate: '2027-01-15', status: 'COMPLETED' }, 0],
    [{ endDate: '2026-11-20', status: 'REVOKED' }, 0],
  ])('%j → %i days', (order, expected) => {
    expect(timeLeft(order, today)).toBe(expected);
  });
});
