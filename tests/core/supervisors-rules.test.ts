import { describe, expect, it } from 'vitest';
import {
  absenceDays,
  holdsInDate,
  latestOf,
  overlapping,
  reasonsUnfit,
  reasonsUnfitOn,
  trainingState,
  type SupervisorRecord,
} from '../../electron/core/supervisors/rules';
import type { Slot } from '../../shared/placement-codes';
import type { TrainingKind } from '../../shared/session-codes';

/** Saturday 28/11/2026, the morning: Gareth works it, is in post and holds both required courses. */
const date = '2026-11-28';
const slot: Slot = 'SAT_MORNING';

function gareth(change: Partial<SupervisorRecord> = {}): SupervisorRecord {
  return {
    id: 1,
    name: 'Gareth Lewis',
    active: true,
    workingSlots: ['SAT_MORNING', 'SAT_AFTERNOON', 'TUE_MORNING'],
    absences: [],
    training: [
      { kind: 'RISK_OF_HARM', expiresOn: '2027-06-30' },
      { kind: 'HEALTH_AND_SAFETY', expiresOn: '2027-03-31' },
    ],
    ...change,
  };
}

const inDate = (kind: TrainingKind, expiresOn: string) =>
  gareth().training.map((t) => (t.kind === kind ? { kind, expiresOn } : t));

describe('reasonsUnfit', () => {
  it.each<[string, Partial<SupervisorRecord>, Slot, string[]]>([
    ['in post, working, in date: fit', {}, slot, []],
    [
      'away on the date',
      { absences: [{ kind: 'ANNUAL_LEAVE', fromDate: '2026-11-23', toDate: '2026-11-30' }] },
      slot,
      ['Gareth Lewis is away (annual leave) until 30/11/2026'],
    ],
    [
      'away from that very day, for one day',
      { absences: [{ kind: 'SICKNESS', fromDate: date, toDate: date }] },
      slot,
      ['Gareth Lewis is away (sickness) until 28/11/2026'],
    ],
    [
      'away ending the day before: fit',
      { absences: [{ kind: 'SICKNESS', fromDate: '2026-11-20', toDate: '2026-11-27' }] },
      slot,
      [],
    ],
    [
      'away starting the day after: fit',
      { absences: [{ kind: 'TRAINING', fromDate: '2026-11-29', toDate: '2026-12-01' }] },
      slot,
      [],
    ],
    ['not working the slot', {}, 'SAT_EVENING', ['Gareth Lewis does not work that day']],
    ['not working that day at all', {}, 'WED_MORNING', ['Gareth Lewis does not work that day']],
    [
      'risk of harm training expired the day before',
      { training: inDate('RISK_OF_HARM', '2026-11-27') },
      slot,
      ["Gareth Lewis's risk of harm training is not in date"],
    ],
    [
      'risk of harm training expiring that day: still in date',
      { training: inDate('RISK_OF_HARM', date) },
      slot,
      [],
    ],
    [
      'health and safety training never done',
      { training: [{ kind: 'RISK_OF_HARM', expiresOn: '2027-06-30' }] },
      slot,
      ["Gareth Lewis's health and safety training is not in date"],
    ],
    [
      'an expired course beside a later one in date: the later one counts',
      {
        training: [
          ...gareth().training,
          { kind: 'RISK_OF_HARM', expiresOn: '2025-01-01' },
          { kind: 'HEALTH_AND_SAFETY', expiresOn: '2024-01-01' },
        ],
      },
      slot,
      [],
    ],
    [
      'first aid alone is not enough',
      { training: [{ kind: 'FIRST_AID', expiresOn: '2028-01-01' }] },
      slot,
      ["Gareth Lewis's risk of harm and health and safety training is not in date"],
    ],
    ['not in post', { active: false }, slot, ['Gareth Lewis is no longer in post']],
    [
      'several reasons at once, in order: post, away, rota, training',
      {
        active: false,
        absences: [{ kind: 'OTHER', fromDate: '2026-11-01', toDate: '2026-12-31' }],
        training: [],
      },
      'SUN_MORNING',
      [
        'Gareth Lewis is no longer in post',
        'Gareth Lewis is away (other absence) until 31/12/2026',
        'Gareth Lewis does not work that day',
        "Gareth Lewis's risk of harm and health and safety training is not in date",
      ],
    ],
  ])('%s', (_name, change, at, reasons) => {
    expect(reasonsUnfit(gareth(change), date, at)).toEqual(reasons);
  });
});

describe('reasonsUnfitOn (the day, whatever the rota)', () => {
  it.each<[string, Partial<SupervisorRecord>, string[]]>([
    ['fit, even with no rota at all', { workingSlots: [] }, []],
    [
      'several reasons, without the rota',
      {
        active: false,
        workingSlots: [],
        absences: [{ kind: 'SICKNESS', fromDate: date, toDate: '2026-12-02' }],
        training: inDate('HEALTH_AND_SAFETY', '2026-11-27'),
      },
      [
        'Gareth Lewis is no longer in post',
        'Gareth Lewis is away (sickness) until 02/12/2026',
        "Gareth Lewis's health and safety training is not in date",
      ],
    ],
  ])('%s', (_name, change, reasons) => {
    expect(reasonsUnfitOn(gareth(change), date)).toEqual(reasons);
  });
});

describe('holdsInDate', () => {
  it.each<[string, SupervisorRecord['training'], TrainingKind, boolean]>([
    ['expires the day after', [{ kind: 'FIRST_AID', expiresOn: '2026-11-29' }], 'FIRST_AID', true],
    ['expires that day', [{ kind: 'FIRST_AID', expiresOn: date }], 'FIRST_AID', true],
    [
      'expired the day before',
      [{ kind: 'FIRST_AID', expiresOn: '2026-11-27' }],
      'FIRST_AID',
      false,
    ],
    ['never done', [], 'FIRST_AID', false],
    [
      'only another kind held',
      [{ kind: 'RISK_OF_HARM', expiresOn: '2030-01-01' }],
      'FIRST_AID',
      false,
    ],
    [
      'the latest of several counts, in any order',
      [
        { kind: 'FIRST_AID', expiresOn: '2025-01-01' },
        { kind: 'FIRST_AID', expiresOn: '2027-01-01' },
        { kind: 'FIRST_AID', expiresOn: '2026-01-01' },
      ],
      'FIRST_AID',
      true,
    ],
  ])('%s', (_name, training, kind, held) => {
    expect(holdsInDate(gareth({ training }), kind, date)).toBe(held);
  });
});

describe('trainingState', () => {
  it.each<[string, string | null, string]>([
    ['never recorded', null, 'MISSING'],
    ['expired the day before', '2026-11-27', 'EXPIRED'],
    ['expiring that day (still in date)', date, 'EXPIRING'],
    ['expiring in exactly 60 days', '2027-01-27', 'EXPIRING'],
    ['expiring in 61 days', '2027-01-28', 'IN_DATE'],
    ['expiring in a year', '2027-11-28', 'IN_DATE'],
  ])('%s', (_name, expiresOn, state) => {
    expect(trainingState(expiresOn, date)).toBe(state);
  });
});

describe('latestOf', () => {
  const courses = [
    { id: 1, kind: 'FIRST_AID' as const, completedOn: '2023-05-01', expiresOn: '2026-05-01' },
    { id: 2, kind: 'FIRST_AID' as const, completedOn: '2026-04-20', expiresOn: '2029-04-20' },
    { id: 3, kind: 'FIRST_AID' as const, completedOn: '2026-04-25', expiresOn: '2029-04-20' },
    { id: 4, kind: 'RISK_OF_HARM' as const, completedOn: '2026-09-01', expiresOn: '2027-09-01' },
  ];
  it.each<[string, TrainingKind, number | null]>([
    ['the one that runs out last, the later completion on a tie', 'FIRST_AID', 3],
    ['the only one of its kind', 'RISK_OF_HARM', 4],
    ['none of the kind', 'HEALTH_AND_SAFETY', null],
  ])('%s', (_name, kind, id) => {
    expect(latestOf(courses, kind)?.id ?? null).toBe(id);
  });
});

describe('absences: length and overlap', () => {
  it.each<[string, string, number]>([
    [date, date, 1],
    ['2026-11-23', '2026-11-29', 7],
    ['2026-01-01', '2026-12-31', 365],
    ['2028-01-01', '2028-12-31', 366],
    // 29/03/2026 is the clock change: still whole days.
    ['2026-03-28', '2026-03-30', 3],
  ])('%s to %s is %i days', (from, to, days) => {
    expect(absenceDays(from, to)).toBe(days);
  });

  const booked = [{ id: 7, fromDate: '2026-12-01', toDate: '2026-12-05' }];
  it.each<[string, string, string, number | null]>([
    ['ending the day before it starts', '2026-11-25', '2026-11-30', null],
    ['starting the day after it ends', '2026-12-06', '2026-12-08', null],
    ['ending on its first day', '2026-11-25', '2026-12-01', 7],
    ['starting on its last day', '2026-12-05', '2026-12-09', 7],
    ['inside it', '2026-12-02', '2026-12-03', 7],
    ['around it', '2026-11-01', '2026-12-31', 7],
  ])('a new absence %s', (_name, from, to, clash) => {
    expect(overlapping(booked, from, to)?.id ?? null).toBe(clash);
  });
});
