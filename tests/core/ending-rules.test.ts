import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../shared/codes';
import type { EndingKind } from '../../shared/session-codes';
import {
  allocationEndDate,
  alreadyEnded,
  checkEnding,
  checkExitInterview,
  listDates,
  missingSince,
  notCompleted,
  pendingOutcomes,
  type OrderFacts,
} from '../../electron/core/endings/rules';

const today = '2026-11-26';

/** A live order sentenced on 15/01/2026, ending 15/01/2027, with every hour credited. */
function order(overrides: Partial<OrderFacts> = {}): OrderFacts {
  return {
    status: 'LIVE',
    endedOn: null,
    sentenceDate: '2026-01-15',
    endDate: '2027-01-15',
    outstandingMinutes: 0,
    ...overrides,
  };
}

describe('checkEnding', () => {
  it.each<[string, EndingKind, string, Partial<OrderFacts>, Record<string, string>]>([
    ['a completion with nothing outstanding', 'COMPLETED', '2026-11-21', {}, {}],
    ['a completion today', 'COMPLETED', today, {}, {}],
    [
      'a completion with more credited than ordered',
      'COMPLETED',
      today,
      { outstandingMinutes: -30 },
      {},
    ],
    [
      'a completion with 12 h 30 m outstanding',
      'COMPLETED',
      today,
      { outstandingMinutes: 750 },
      { kind: 'The order cannot be completed: 12 h 30 m still outstanding' },
    ],
    [
      'a completion with a minute outstanding',
      'COMPLETED',
      today,
      { outstandingMinutes: 1 },
      { kind: 'The order cannot be completed: 1 m still outstanding' },
    ],
    ['a revocation with hours outstanding', 'REVOKED', today, { outstandingMinutes: 6000 }, {}],
    [
      'a breach and re-sentence',
      'BREACHED_RESENTENCED',
      '2026-06-01',
      { outstandingMinutes: 60 },
      {},
    ],
    [
      'a transfer on the sentence date',
      'TRANSFERRED',
      '2026-01-15',
      { outstandingMinutes: 60 },
      {},
    ],
    [
      'a date in the future',
      'REVOKED',
      '2026-11-27',
      {},
      { endedOn: 'Date ended cannot be in the future' },
    ],
    [
      'a date before the sentence',
      'TRANSFERRED',
      '2026-01-14',
      {},
      { endedOn: 'Date ended cannot be before the sentence date (15/01/2026)' },
    ],
    [
      'an expiry before the end date',
      'EXPIRED',
      today,
      { outstandingMinutes: 600 },
      { kind: 'The order cannot expire before its end date has passed (15/01/2027)' },
    ],
    [
      'an expiry on the end date itself',
      'EXPIRED',
      today,
      { endDate: today },
      { kind: 'The order cannot expire before its end date has passed (26/11/2026)' },
    ],
    ['an expiry the day after the end date', 'EXPIRED', today, { endDate: '2026-11-25' }, {}],
    [
      'an expiry dated on the end date',
      'EXPIRED',
      '2026-11-01',
      { endDate: '2026-11-01' },
      { endedOn: 'Date ended of an expired order must be after its end date (01/11/2026)' },
    ],
    [
      'a future expiry date: the date message only',
      'EXPIRED',
      '2026-12-01',
      { endDate: '2026-11-01' },
      { endedOn: 'Date ended cannot be in the future' },
    ],
    [
      'a future completion with hours outstanding: both fields',
      'COMPLETED',
      '2027-01-01',
      { outstandingMinutes: 120 },
      {
        endedOn: 'Date ended cannot be in the future',
        kind: 'The order cannot be completed: 2 h still outstanding',
      },
    ],
  ])('%s', (_, kind, endedOn, facts, expected) => {
    expect(checkEnding({ kind, endedOn }, order(facts), today)).toEqual(expected);
  });
});

describe('alreadyEnded', () => {
  it.each<[OrderStatus, string | null, string | null]>([
    ['LIVE', null, null],
    [
      'COMPLETED',
      '2026-11-01',
      'This order has already ended (Completed on 01/11/2026); it cannot be ended again.',
    ],
    [
      'BREACHED_RESENTENCED',
      '2026-10-02',
      'This order has already ended (Breached and re-sentenced on 02/10/2026); it cannot be ended again.',
    ],
    ['EXPIRED', null, 'This order has already ended (Expired); it cannot be ended again.'],
  ])('%s on %s', (status, endedOn, expected) => {
    expect(alreadyEnded({ status, endedOn })).toBe(expected);
  });
});

describe('pendingOutcomes', () => {
  it.each<[string[], string | null]>([
    [[], null],
    [
      ['2026-11-21'],
      'Record the outcome of the session on 21/11/2026 first, or take the booking off: its credit would be lost once the order has ended.',
    ],
    [
      ['2026-11-14', '2026-11-21'],
      'Record the outcomes of the sessions on 14/11/2026 and 21/11/2026 first, or take the bookings off: their credit would be lost once the order has ended.',
    ],
    [
      ['2026-11-07', '2026-11-14', '2026-11-21'],
      'Record the outcomes of the sessions on 07/11/2026, 14/11/2026 and 21/11/2026 first, or take the bookings off: their credit would be lost once the order has ended.',
    ],
  ])('%j', (dates, expected) => {
    expect(pendingOutcomes(dates)).toBe(expected);
  });
});

describe('listDates', () => {
  it.each<[string[], string]>([
    [[], ''],
    [['2026-01-02'], '02/01/2026'],
    [['2026-01-02', '2026-01-03'], '02/01/2026 and 03/01/2026'],
  ])('%j', (dates, expected) => expect(listDates(dates)).toBe(expected));
});

describe('allocationEndDate', () => {
  it.each<[string, string, string]>([
    ['2026-03-01', '2026-11-20', '2026-11-20'],
    ['2026-11-20', '2026-11-20', '2026-11-20'],
    // An ending dated back before the allocation closes it on the day it was made.
    ['2026-11-24', '2026-11-20', '2026-11-24'],
  ])('allocated %s, ended %s: %s', (allocatedOn, endedOn, expected) => {
    expect(allocationEndDate(allocatedOn, endedOn)).toBe(expected);
  });
});

describe('notCompleted', () => {
  it.each<[OrderStatus, string | null]>([
    ['COMPLETED', null],
    ['LIVE', 'An exit interview is recorded only for a completed order; this order is still live.'],
    [
      'REVOKED',
      'An exit interview is recorded only for a completed order; this order ended as revoked.',
    ],
    [
      'TRANSFERRED',
      'An exit interview is recorded only for a completed order; this order ended as transferred out.',
    ],
    [
      'EXPIRED',
      'An exit interview is recorded only for a completed order; this order ended as expired.',
    ],
  ])('%s', (status, expected) => expect(notCompleted({ status })).toBe(expected));
});

describe('checkExitInterview', () => {
  const completed = '2026-11-20';
  it.each<[string, string, Record<string, string>]>([
    ['on the day of completion', completed, {}],
    ['today', today, {}],
    ['at the last session, 14 days before', '2026-11-06', {}],
    [
      '15 days before completion',
      '2026-11-05',
      {
        interviewedOn:
          'Date of interview cannot be more than 14 days before the order was completed (20/11/2026)',
      },
    ],
    ['tomorrow', '2026-11-27', { interviewedOn: 'Date of interview cannot be in the future' }],
  ])('%s', (_, interviewedOn, expected) => {
    expect(checkExitInterview({ interviewedOn }, completed, today)).toEqual(expected);
  });
});

describe('missingSince', () => {
  it.each<[string, string]>([
    ['2026-11-26', '2025-11-26'],
    ['2028-02-29', '2027-02-28'],
  ])('%s: completions from %s', (on, expected) => expect(missingSince(on)).toBe(expected));
});
