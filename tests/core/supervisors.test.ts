import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import { placementOffice, rule, validation, type Office } from './fixtures-placements';
import { countRows, rowsOf } from './helpers';

/** Today is Thursday 26/11/2026 (the test core's fixed clock). */
let core: TestCore;
let office: Office;
let gareth: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  gareth = office.supervisor.id;
});

afterEach(() => core.close());

const absence = (
  change: Partial<InputOf<'supervisors.addAbsence'>> = {},
): InputOf<'supervisors.addAbsence'> => ({
  staffId: gareth,
  kind: 'ANNUAL_LEAVE',
  fromDate: '2026-12-07',
  toDate: '2026-12-11',
  ...change,
});

const training = (
  change: Partial<InputOf<'supervisors.recordTraining'>> = {},
): InputOf<'supervisors.recordTraining'> => ({
  staffId: gareth,
  kind: 'RISK_OF_HARM',
  completedOn: '2026-03-02',
  expiresOn: '2029-03-02',
  ...change,
});

/** Everything the supervisors' procedures could change, to show a refusal changed nothing. */
const written = () => ({
  staff: rowsOf(core, 'SELECT id, gender, working_slots, active FROM staff ORDER BY id'),
  absences: rowsOf(core, 'SELECT * FROM staff_absences ORDER BY id'),
  training: rowsOf(core, 'SELECT * FROM staff_training ORDER BY id'),
});

async function refusedWithNothingWritten<N extends Parameters<TestCore['call']>[0]>(
  name: N,
  input: InputOf<N>,
  expected: unknown,
  token?: string,
) {
  const before = written();
  expect(await core.call(name, input, token)).toEqual(expected);
  expect(written()).toEqual(before);
}

describe('supervisors.list', () => {
  it('lists supervisors and UPW managers only, in post first, with training missing and nobody away', async () => {
    await core.ok('staff.save', { name: 'Alan Brook', role: 'SUPERVISOR', active: false });
    await core.ok('staff.save', { name: 'Zoe Marsh', role: 'UPW_MANAGER' });
    const list = await core.ok('supervisors.list', {});
    expect(list.map((s) => [s.name, s.role, s.active])).toEqual([
      ['Gareth Lewis', 'SUPERVISOR', true],
      ['Zoe Marsh', 'UPW_MANAGER', true],
      ['Alan Brook', 'SUPERVISOR', false],
    ]);
    expect(list[0]).toEqual({
      id: gareth,
      name: 'Gareth Lewis',
      role: 'SUPERVISOR',
      active: true,
      gender: 'NOT_STATED',
      workingSlots: [],
      awayToday: null,
      upcomingAbsences: [],
      training: [
        { kind: 'RISK_OF_HARM', state: 'MISSING', completedOn: null, expiresOn: null },
        { kind: 'HEALTH_AND_SAFETY', state: 'MISSING', completedOn: null, expiresOn: null },
        { kind: 'FIRST_AID', state: 'MISSING', completedOn: null, expiresOn: null },
      ],
      trainingInDate: false,
      unfitReasons: ["Gareth Lewis's risk of harm and health and safety training is not in date"],
    });
    expect(list[2]!.unfitReasons[0]).toBe('Alan Brook is no longer in post');
  });

  it('gives each kind of training its state from the course that runs out last', async () => {
    // Risk of harm: an old lapsed course and a current one; health and safety runs out today;
    // first aid ran out yesterday.
    await core.ok(
      'supervisors.recordTraining',
      training({ completedOn: '2022-01-10', expiresOn: '2025-01-10' }),
    );
    await core.ok(
      'supervisors.recordTraining',
      training({ completedOn: '2026-02-01', expiresOn: '2029-02-01' }),
    );
    await core.ok(
      'supervisors.recordTraining',
      training({ kind: 'HEALTH_AND_SAFETY', completedOn: '2023-11-26', expiresOn: '2026-11-26' }),
    );
    await core.ok(
      'supervisors.recordTraining',
      training({ kind: 'FIRST_AID', completedOn: '2023-11-25', expiresOn: '2026-11-25' }),
    );
    const [today] = await core.ok('supervisors.list', {});
    expect(today!.training).toEqual([
      {
        kind: 'RISK_OF_HARM',
        state: 'IN_DATE',
        completedOn: '2026-02-01',
        expiresOn: '2029-02-01',
      },
      {
        kind: 'HEALTH_AND_SAFETY',
        state: 'EXPIRING',
        completedOn: '2023-11-26',
        expiresOn: '2026-11-26',
      },
      { kind: 'FIRST_AID', state: 'EXPIRED', completedOn: '2023-11-25', expiresOn: '2026-11-25' },
    ]);
    // First aid is not required: in date today, with nothing against them.
    expect(today).toMatchObject({ trainingInDate: true, unfitReasons: [] });
    const [tomorrow] = await core.ok('supervisors.list', { on: '2026-11-27' });
    expect(tomorrow!.training.map((t) => t.state)).toEqual(['IN_DATE', 'EXPIRED', 'EXPIRED']);
    expect(tomorrow).toMatchObject({
      trainingInDate: false,
      unfitReasons: ["Gareth Lewis's health and safety training is not in date"],
    });
  });

  it('shows who is away on the date and the absences to come, not those over', async () => {
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate: '2026-11-02', toDate: '2026-11-06' }),
    );
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate: '2026-11-24', toDate: '2026-11-27', notes: 'Flu' }),
    );
    await core.ok(
      'supervisors.addAbsence',
      absence({ fromDate: '2027-01-04', toDate: '2027-01-08' }),
    );
    await core.ok('supervisors.addAbsence', absence());
    const [g] = await core.ok('supervisors.list', {});
    expect(g!.awayToday).toEqual({
      id: 2,
      kind: 'SICKNESS',
      fromDate: '2026-11-24',
      toDate: '2026-11-27',
      notes: 'Flu',
      days: 4,
      ended: false,
    });
    expect(g!.upcomingAbsences.map((a) => [a.fromDate, a.toDate, a.days])).toEqual([
      ['2026-12-07', '2026-12-11', 5],
      ['2027-01-04', '2027-01-08', 5],
    ]);
    expect(g!.unfitReasons).toContain('Gareth Lewis is away (sickness) until 27/11/2026');
    const [later] = await core.ok('supervisors.list', { on: '2026-11-28' });
    expect(later!.awayToday).toBeNull();
    expect(later!.unfitReasons).not.toContain('Gareth Lewis is away (sickness) until 27/11/2026');
  });
});

describe('supervisors.get', () => {
  it('gives every absence, latest first, and the training history with the course that counts', async () => {
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate: '2026-10-01', toDate: '2026-10-02' }),
    );
    await core.ok('supervisors.addAbsence', absence());
    await core.ok(
      'supervisors.recordTraining',
      training({ completedOn: '2023-01-10', expiresOn: '2026-01-10' }),
    );
    await core.ok(
      'supervisors.recordTraining',
      training({ completedOn: '2026-01-05', expiresOn: '2029-01-05' }),
    );
    const g = await core.ok('supervisors.get', { id: gareth });
    expect(g.absences.map((a) => [a.kind, a.fromDate, a.ended])).toEqual([
      ['ANNUAL_LEAVE', '2026-12-07', false],
      ['SICKNESS', '2026-10-01', true],
    ]);
    expect(g.trainingHistory).toEqual([
      {
        id: 2,
        kind: 'RISK_OF_HARM',
        completedOn: '2026-01-05',
        expiresOn: '2029-01-05',
        current: true,
      },
      {
        id: 1,
        kind: 'RISK_OF_HARM',
        completedOn: '2023-01-10',
        expiresOn: '2026-01-10',
        current: false,
      },
    ]);
  });

  it('does not find a case manager, nor anyone who does not exist', async () => {
    const notFound = {
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The supervisor was not found. It may have been removed.',
      },
    };
    expect(await core.call('supervisors.get', { id: office.caseManager.id })).toEqual(notFound);
    expect(await core.call('supervisors.get', { id: 999 })).toEqual(notFound);
  });
});

describe('supervisors.saveRota', () => {
  it('saves the working pattern and gender, in the week’s order, with an audit entry about the supervisor', async () => {
    const saved = await core.ok('supervisors.saveRota', {
      staffId: gareth,
      gender: 'MALE',
      workingSlots: ['TUE_MORNING', 'SAT_MORNING', 'SAT_AFTERNOON'],
    });
    expect(saved).toMatchObject({
      gender: 'MALE',
      workingSlots: ['TUE_MORNING', 'SAT_MORNING', 'SAT_AFTERNOON'],
    });
    expect(rowsOf(core, 'SELECT gender, working_slots FROM staff WHERE id = ?', gareth)).toEqual([
      { gender: 'MALE', working_slots: '["TUE_MORNING","SAT_MORNING","SAT_AFTERNOON"]' },
    ]);
    expect(
      rowsOf(
        core,
        "SELECT record_type, record_id FROM audit_log WHERE procedure = 'supervisors.saveRota'",
      ),
    ).toEqual([{ record_type: 'supervisors', record_id: gareth }]);
  });

  it('lets a UPW manager have a rota too', async () => {
    const manager = await core.ok('staff.save', { name: 'Zoe Marsh', role: 'UPW_MANAGER' });
    const saved = await core.ok('supervisors.saveRota', {
      staffId: manager.id,
      gender: 'FEMALE',
      workingSlots: ['SUN_MORNING'],
    });
    expect(saved).toMatchObject({ role: 'UPW_MANAGER', workingSlots: ['SUN_MORNING'] });
  });

  it.each<[string, Partial<InputOf<'supervisors.saveRota'>>, Record<string, string>]>([
    [
      'no day worked',
      { workingSlots: [] },
      { workingSlots: 'Working pattern: choose at least one day and time they work' },
    ],
    [
      'a day twice',
      { workingSlots: ['SAT_MORNING', 'SAT_MORNING'] },
      { workingSlots: 'Working pattern: each day and time only once' },
    ],
    [
      'a gender not in the list',
      { gender: 'UNKNOWN' as 'MALE' },
      { gender: 'Gender must be one of: Female, Male, Not stated' },
    ],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    await refusedWithNothingWritten(
      'supervisors.saveRota',
      { staffId: gareth, gender: 'MALE', workingSlots: ['SAT_MORNING'], ...change },
      validation(fields),
    );
  });

  it('refuses someone not in post, a case manager, and a member of staff who does not exist', async () => {
    const left = await core.ok('staff.save', {
      name: 'Alan Brook',
      role: 'SUPERVISOR',
      active: false,
    });
    const rota = (staffId: number) => ({
      staffId,
      gender: 'MALE' as const,
      workingSlots: ['SAT_MORNING' as const],
    });
    await refusedWithNothingWritten(
      'supervisors.saveRota',
      rota(left.id),
      rule('Alan Brook is no longer in post: their rota cannot be changed'),
    );
    await refusedWithNothingWritten(
      'supervisors.saveRota',
      rota(office.caseManager.id),
      rule(
        'Sarah Hughes is a case manager: only supervisors and UPW managers have a rota, absences and training here',
      ),
    );
    await refusedWithNothingWritten('supervisors.saveRota', rota(999), {
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The member of staff was not found. It may have been removed.',
      },
    });
  });
});

describe('supervisors.addAbsence', () => {
  it('records an absence with its notes', async () => {
    const saved = await core.ok('supervisors.addAbsence', absence({ notes: '  Family wedding ' }));
    expect(saved.upcomingAbsences).toEqual([
      {
        id: 1,
        kind: 'ANNUAL_LEAVE',
        fromDate: '2026-12-07',
        toDate: '2026-12-11',
        notes: 'Family wedding',
        days: 5,
        ended: false,
      },
    ]);
    expect(
      rowsOf(
        core,
        'SELECT staff_id, kind, from_date, to_date, notes, created_at FROM staff_absences',
      ),
    ).toEqual([
      {
        staff_id: gareth,
        kind: 'ANNUAL_LEAVE',
        from_date: '2026-12-07',
        to_date: '2026-12-11',
        notes: 'Family wedding',
        created_at: '2026-11-26T10:00:00.000Z',
      },
    ]);
  });

  it('takes absences that meet end to start, a one-day absence and one of 366 days', async () => {
    await core.ok('supervisors.addAbsence', absence());
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate: '2026-12-12', toDate: '2026-12-12' }),
    );
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'OTHER', fromDate: '2026-12-13', toDate: '2027-12-13' }),
    );
    expect(countRows(core, 'staff_absences')).toBe(3);
  });

  it('lets a case administrator record an absence, but not a supervisor or an auditor', async () => {
    const cara = await core.signInAs('CASE_ADMINISTRATOR');
    expect(await core.call('supervisors.addAbsence', absence(), cara)).toMatchObject({ ok: true });
    for (const role of ['SUPERVISOR', 'AUDITOR'] as const) {
      const token = await core.signInAs(role);
      await refusedWithNothingWritten(
        'supervisors.addAbsence',
        absence({ fromDate: '2027-02-01', toDate: '2027-02-02' }),
        {
          ok: false,
          error: {
            code: 'FORBIDDEN',
            message:
              'Your role does not allow this: record leave, sickness or another absence of a supervisor.',
          },
        },
        token,
      );
    }
  });

  it.each<[string, Partial<InputOf<'supervisors.addAbsence'>>, Record<string, string>]>([
    [
      'a last day before the first',
      { fromDate: '2026-12-11', toDate: '2026-12-10' },
      { toDate: 'Last day away cannot be before the first day away' },
    ],
    [
      'an absence of 367 days',
      { fromDate: '2026-12-01', toDate: '2027-12-02' },
      { toDate: 'An absence can be at most 366 days long; 01/12/2026 to 02/12/2027 is 367 days' },
    ],
    [
      'a date that does not exist',
      { fromDate: '2026-02-30' },
      { fromDate: 'First day away must be a real date, written as dd/mm/yyyy' },
    ],
    [
      'a kind not in the list',
      { kind: 'HOLIDAY' as 'SICKNESS' },
      {
        kind: 'Kind of absence must be one of: Annual leave, Sickness, Training course, Other absence',
      },
    ],
    [
      'notes too long',
      { notes: 'x'.repeat(1001) },
      { notes: 'Notes must be at most 1000 characters' },
    ],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    await refusedWithNothingWritten('supervisors.addAbsence', absence(change), validation(fields));
  });

  it.each<[string, string, string, Record<string, string>]>([
    [
      'starting inside one already recorded',
      '2026-12-09',
      '2026-12-15',
      {
        fromDate:
          'Gareth Lewis is already recorded as away (annual leave) from 07/12/2026 to 11/12/2026',
      },
    ],
    [
      'starting on its last day',
      '2026-12-11',
      '2026-12-11',
      {
        fromDate:
          'Gareth Lewis is already recorded as away (annual leave) from 07/12/2026 to 11/12/2026',
      },
    ],
    [
      'running into one already recorded',
      '2026-12-01',
      '2026-12-07',
      {
        toDate:
          'Gareth Lewis is already recorded as away (annual leave) from 07/12/2026 to 11/12/2026',
      },
    ],
    [
      'around one already recorded',
      '2026-12-01',
      '2026-12-31',
      {
        toDate:
          'Gareth Lewis is already recorded as away (annual leave) from 07/12/2026 to 11/12/2026',
      },
    ],
  ])('refuses an absence %s, naming its dates', async (_name, fromDate, toDate, fields) => {
    await core.ok('supervisors.addAbsence', absence());
    await refusedWithNothingWritten(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate, toDate }),
      validation(fields),
    );
  });

  it('names a one-day absence by its day, and lets another person be away the same days', async () => {
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'TRAINING', fromDate: '2026-12-03', toDate: '2026-12-03' }),
    );
    await refusedWithNothingWritten(
      'supervisors.addAbsence',
      absence({ fromDate: '2026-12-01', toDate: '2026-12-04' }),
      validation({
        toDate: 'Gareth Lewis is already recorded as away (training course) on 03/12/2026',
      }),
    );
    const other = await core.ok('staff.save', { name: 'Zoe Marsh', role: 'UPW_MANAGER' });
    await core.ok(
      'supervisors.addAbsence',
      absence({ staffId: other.id, fromDate: '2026-12-01', toDate: '2026-12-04' }),
    );
    expect(countRows(core, 'staff_absences')).toBe(2);
  });

  it('refuses someone not in post or not a supervisor', async () => {
    const left = await core.ok('staff.save', {
      name: 'Alan Brook',
      role: 'SUPERVISOR',
      active: false,
    });
    await refusedWithNothingWritten(
      'supervisors.addAbsence',
      absence({ staffId: left.id }),
      rule('Alan Brook is no longer in post: their absences cannot be changed'),
    );
    await refusedWithNothingWritten(
      'supervisors.addAbsence',
      absence({ staffId: office.administrator.id }),
      rule(
        'Priya Shah is a case administrator: only supervisors and UPW managers have a rota, absences and training here',
      ),
    );
  });
});

describe('supervisors.removeAbsence', () => {
  it('removes an absence to come, and one under way', async () => {
    await core.ok('supervisors.addAbsence', absence());
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate: '2026-11-25', toDate: '2026-11-26' }),
    );
    const after = await core.ok('supervisors.removeAbsence', { absenceId: 1 });
    expect(after.absences.map((a) => a.id)).toEqual([2]);
    await core.ok('supervisors.removeAbsence', { absenceId: 2 });
    expect(countRows(core, 'staff_absences')).toBe(0);
    expect(
      rowsOf(
        core,
        "SELECT record_type, record_id FROM audit_log WHERE procedure = 'supervisors.removeAbsence'",
      ),
    ).toEqual([
      { record_type: 'supervisors', record_id: gareth },
      { record_type: 'supervisors', record_id: gareth },
    ]);
  });

  it('keeps an absence that has ended, and says there is no such absence', async () => {
    await core.ok(
      'supervisors.addAbsence',
      absence({ kind: 'SICKNESS', fromDate: '2026-11-20', toDate: '2026-11-25' }),
    );
    await refusedWithNothingWritten(
      'supervisors.removeAbsence',
      { absenceId: 1 },
      rule(
        'This sickness ended on 25/11/2026: an absence that has ended is kept as history and cannot be removed',
      ),
    );
    await refusedWithNothingWritten(
      'supervisors.removeAbsence',
      { absenceId: 99 },
      {
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message: 'The absence was not found. It may have been removed.',
        },
      },
    );
  });

  it('lets the office take off leave booked before someone left', async () => {
    await core.ok('supervisors.addAbsence', absence());
    await core.ok('staff.save', {
      id: gareth,
      name: 'Gareth Lewis',
      role: 'SUPERVISOR',
      active: false,
    });
    await core.ok('supervisors.removeAbsence', { absenceId: 1 });
    expect(countRows(core, 'staff_absences')).toBe(0);
  });
});

describe('supervisors.recordTraining', () => {
  it('records a course', async () => {
    const saved = await core.ok(
      'supervisors.recordTraining',
      training({ kind: 'FIRST_AID', completedOn: '2026-11-26', expiresOn: '2029-11-25' }),
    );
    expect(saved.training[2]).toEqual({
      kind: 'FIRST_AID',
      state: 'IN_DATE',
      completedOn: '2026-11-26',
      expiresOn: '2029-11-25',
    });
    expect(
      rowsOf(core, 'SELECT staff_id, kind, completed_on, expires_on FROM staff_training'),
    ).toEqual([
      { staff_id: gareth, kind: 'FIRST_AID', completed_on: '2026-11-26', expires_on: '2029-11-25' },
    ]);
  });

  it.each<[string, Partial<InputOf<'supervisors.recordTraining'>>, Record<string, string>]>([
    [
      'a course completed tomorrow',
      { completedOn: '2026-11-27', expiresOn: '2029-11-27' },
      { completedOn: 'Date completed cannot be in the future' },
    ],
    [
      'an expiry on the day it was completed',
      { completedOn: '2026-11-01', expiresOn: '2026-11-01' },
      { expiresOn: 'Expiry date must be after the date completed' },
    ],
    [
      'an expiry before it was completed',
      { completedOn: '2026-11-01', expiresOn: '2025-11-01' },
      { expiresOn: 'Expiry date must be after the date completed' },
    ],
    [
      'a kind of training not in the list',
      { kind: 'FORKLIFT' as 'FIRST_AID' },
      { kind: 'Training must be one of: Risk of harm awareness, Health and safety, First aid' },
    ],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    await refusedWithNothingWritten(
      'supervisors.recordTraining',
      training(change),
      validation(fields),
    );
  });

  it('refuses the same course twice, but takes the same date for another kind', async () => {
    await core.ok('supervisors.recordTraining', training());
    await refusedWithNothingWritten(
      'supervisors.recordTraining',
      training({ expiresOn: '2028-03-02' }),
      validation({
        completedOn:
          'Risk of harm awareness completed on 02/03/2026 is already recorded for Gareth Lewis',
      }),
    );
    await core.ok('supervisors.recordTraining', training({ kind: 'HEALTH_AND_SAFETY' }));
    expect(countRows(core, 'staff_training')).toBe(2);
  });

  it('is for managers: a case administrator may not record training or change a rota', async () => {
    const cara = await core.signInAs('CASE_ADMINISTRATOR');
    await refusedWithNothingWritten(
      'supervisors.recordTraining',
      training(),
      {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Your role does not allow this: record training a supervisor has completed.',
        },
      },
      cara,
    );
    await refusedWithNothingWritten(
      'supervisors.saveRota',
      { staffId: gareth, gender: 'MALE', workingSlots: ['SAT_MORNING'] },
      {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message:
            'Your role does not allow this: change a supervisor’s working pattern and gender.',
        },
      },
      cara,
    );
  });

  it('refuses training for someone no longer in post', async () => {
    await core.ok('staff.save', {
      id: gareth,
      name: 'Gareth Lewis',
      role: 'SUPERVISOR',
      active: false,
    });
    await refusedWithNothingWritten(
      'supervisors.recordTraining',
      training(),
      rule('Gareth Lewis is no longer in post: their training cannot be changed'),
    );
  });
});
