import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  creditFor,
  employabilityAllowance,
  minutesOf,
  type RegisterEntry,
} from '../../electron/core/sessions/rules';
import { labelOf } from '../../shared/codes';
import { outcomeCodes, outcomes, type Outcome } from '../../shared/placement-codes';
import { defaultPolicy, type Policy } from '../../shared/policy';

const today = '2026-11-26';
const past = { date: '2026-11-21' };
const future = { date: '2026-11-28' };

/** 09:00 to 13:00 with a 15-minute penalty: 225 minutes worked. */
const worked = (outcome: Outcome, e: Partial<RegisterEntry> = {}): RegisterEntry => ({
  outcome,
  arrivedAt: '09:00',
  leftAt: '13:00',
  penaltyMinutes: 15,
  workQuality: 'GOOD',
  behaviour: 'GOOD',
  ...e,
});
const absent = (outcome: Outcome, e: Partial<RegisterEntry> = {}): RegisterEntry => ({
  outcome,
  arrivedAt: null,
  leftAt: null,
  penaltyMinutes: 0,
  workQuality: null,
  behaviour: null,
  ...e,
});

/** Every outcome code, the entry the office would record for it, and the credit it earns. */
const table: Record<Outcome, { entry: RegisterEntry; credit: number }> = {
  ATTC: { entry: worked('ATTC'), credit: 225 },
  AFTC: { entry: worked('AFTC'), credit: 225 },
  ATSH: { entry: worked('ATSH'), credit: 225 },
  ATSS: { entry: worked('ATSS', { standDownCause: 'NO_WORK' }), credit: 225 },
  UACP: { entry: absent('UACP'), credit: 0 },
  AAME: { entry: absent('AAME'), credit: 0 },
  AAEM: { entry: absent('AAEM'), credit: 0 },
  AAFC: { entry: absent('AAFC'), credit: 0 },
  AACL: { entry: absent('AACL'), credit: 0 },
  AASD: { entry: absent('AASD', { standDownCause: 'NO_SUPERVISOR' }), credit: 60 },
  RSSR: { entry: absent('RSSR'), credit: 0 },
  RSOF: { entry: absent('RSOF'), credit: 0 },
};

describe('creditFor', () => {
  it('has a row for every outcome code', () => {
    expect(Object.keys(table).sort()).toEqual([...outcomeCodes].sort());
  });

  it.each(outcomeCodes.map((code) => [code, table[code].credit] as const))(
    '%s credits %i minutes and passes the register checks',
    (code, credit) => {
      expect(creditFor(table[code].entry, 7200, defaultPolicy)).toBe(credit);
      expect(checkEntry(table[code].entry, past, today)).toEqual({});
    },
  );

  it.each(outcomeCodes.map((code) => [code, Math.min(table[code].credit, 45)] as const))(
    '%s is capped at 45 minutes outstanding: %i',
    (code, credit) => {
      expect(creditFor(table[code].entry, 45, defaultPolicy)).toBe(credit);
      expect(creditFor(table[code].entry, 0, defaultPolicy)).toBe(0);
    },
  );

  it.each<[string, RegisterEntry, number]>([
    ['ATSS after half an hour: the stand-down credit', worked('ATSS', { leftAt: '09:30' }), 60],
    ['ATSS after 90 minutes: the time worked', worked('ATSS', { leftAt: '10:45' }), 90],
    ['ATSS with times not given', absent('ATSS'), 60],
    ['ATSS with the whole time as penalty', worked('ATSS', { penaltyMinutes: 240 }), 60],
    ['AFTC, left early', worked('AFTC', { leftAt: '10:00', penaltyMinutes: 0 }), 60],
    ['ATTC, a whole day', worked('ATTC', { arrivedAt: '08:30', leftAt: '16:00' }), 435],
    ['ATTC with times not given', absent('ATTC'), 0],
  ])('%s', (_name, entry, credit) => {
    expect(creditFor(entry, 7200, defaultPolicy)).toBe(credit);
  });

  it('follows the policy stand-down credit', () => {
    // Policy is typed as the defaults' literal values, so another area's setting needs a cast.
    const policy = { standDownCreditMinutes: 90 } as unknown as Policy;
    expect(creditFor(table.AASD.entry, 7200, policy)).toBe(90);
    expect(creditFor(worked('ATSS', { leftAt: '09:30' }), 7200, policy)).toBe(90);
    expect(creditFor(worked('ATTC', { leftAt: '09:30' }), 7200, policy)).toBe(15);
  });

  // A 100-hour order under the bulletin's 20 %: 1,200 employability minutes in all.
  it.each<[string, RegisterEntry, number, number | null, number]>([
    ['a whole session with the share untouched', worked('ATTC'), 7200, 1200, 225],
    ['a session worth more than the share left', worked('ATTC'), 7200, 100, 100],
    ['the share used up', worked('ATTC'), 7200, 0, 0],
    ['the share already overdrawn by an earlier policy', worked('ATTC'), 7200, -30, 0],
    ['both caps: outstanding is the smaller', worked('ATTC'), 50, 100, 50],
    ['an absence at employability', absent('UACP'), 7200, 1200, 0],
    ['not an employability session', worked('ATTC'), 7200, null, 225],
  ])('employability: %s', (_name, entry, outstanding, left, credit) => {
    expect(creditFor(entry, outstanding, defaultPolicy, left)).toBe(credit);
  });

  it.each<[number, number, number]>([
    [6000, 20, 1200],
    [6000, 30, 1800],
    [2400, 20, 480],
    [7260, 30, 2178],
    [2430, 20, 486],
    [2405, 20, 481],
  ])('the employability share of %i minutes at %i %% is %i minutes', (ordered, share, minutes) => {
    expect(employabilityAllowance(ordered, share)).toBe(minutes);
  });

  it('reads times as minutes after midnight', () => {
    expect([minutesOf('00:00'), minutesOf('09:05'), minutesOf('23:59')]).toEqual([0, 545, 1439]);
  });
});

describe('checkEntry', () => {
  it.each<[string, RegisterEntry, Record<string, string>]>([
    [
      'a finish before the start',
      worked('ATTC', { arrivedAt: '13:00', leftAt: '09:00' }),
      { leftAt: 'Finish must be after the start' },
    ],
    [
      'a finish at the start',
      worked('AFTC', { leftAt: '09:00' }),
      { leftAt: 'Finish must be after the start' },
    ],
    [
      'a penalty as long as the session',
      worked('ATTC', { penaltyMinutes: 240 }),
      { penaltyMinutes: 'Penalty minutes must be less than the time between start and finish' },
    ],
    ['a penalty a minute shorter', worked('ATSH', { penaltyMinutes: 239 }), {}],
    [
      'attended without times',
      worked('ATTC', { arrivedAt: null, leftAt: null }),
      {
        arrivedAt: 'Start time is required for someone who attended',
        leftAt: 'Finish time is required for someone who attended',
      },
    ],
    [
      'times given for an unacceptable absence',
      absent('UACP', { arrivedAt: '09:00' }),
      { arrivedAt: 'No start or finish for unacceptable absence' },
    ],
    [
      'a finish given for a medical absence',
      absent('AAME', { leftAt: '13:00' }),
      { arrivedAt: 'No start or finish for acceptable absence: medical' },
    ],
    [
      'a penalty for a stand-down in advance',
      absent('AASD', { penaltyMinutes: 30, standDownCause: 'NO_TRANSPORT' }),
      { penaltyMinutes: 'No penalty for acceptable absence: stood down in advance' },
    ],
    [
      'ratings for an absence',
      absent('AAFC', { behaviour: 'POOR' }),
      { workQuality: 'Work quality and behaviour are rated only for someone who attended' },
    ],
    [
      'a stand-down without its reason',
      absent('AASD'),
      {
        standDownCause:
          'Say why the service stood the person down (acceptable absence: stood down in advance)',
      },
    ],
    [
      'a stand-down reason on an attendance',
      worked('ATTC', { standDownCause: 'WEATHER' }),
      { standDownCause: 'A stand-down reason is only for a stand-down, not attended, complied' },
    ],
    [
      'everything wrong with a rescheduling',
      worked('RSOF'),
      {
        arrivedAt: 'No start or finish for rescheduled at the person’s request',
        penaltyMinutes: 'No penalty for rescheduled at the person’s request',
        workQuality: 'Work quality and behaviour are rated only for someone who attended',
      },
    ],
  ])('refuses %s', (_name, entry, errors) => {
    expect(checkEntry(entry, past, today)).toEqual(errors);
  });

  const ahead: readonly Outcome[] = ['AASD', 'RSSR', 'RSOF'];

  it.each(outcomeCodes.map((code) => [code, ahead.includes(code)] as const))(
    '%s on a future session: allowed %s',
    (code, allowed) => {
      const label = labelOf(outcomes, code);
      expect(checkEntry(table[code].entry, future, today)).toEqual(
        allowed ? {} : { outcome: `${label} can only be recorded once the session has happened` },
      );
      expect(checkEntry(table[code].entry, { date: today }, today)).toEqual({});
    },
  );
});
