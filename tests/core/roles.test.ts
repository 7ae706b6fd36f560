import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureNamed } from '../../shared/contract';
import { accountRoles, type AccountRole } from '../../shared/contract/procedure';
import type { Envelope } from '../../shared/errors';
import { personInput, smallOffice, testCore, testPassword, type TestCore } from '../support/core';
import { placementInput } from './fixtures-placements';
import { orderInput } from './helpers';
import { everyProcedure, snapshot } from './security-support';

let core: TestCore;
let office: Awaited<ReturnType<typeof smallOffice>>;
let personId: number;
let orderId: number;

const usernames: Record<AccountRole, string> = {
  MANAGER: 'manager',
  CASE_ADMINISTRATOR: 'cara',
  SUPERVISOR: 'sam',
  AUDITOR: 'aud',
};

beforeAll(async () => {
  core = await testCore();
  office = await smallOffice(core);
  for (const role of accountRoles)
    if (role !== 'MANAGER') await core.signInAs(role, usernames[role]);
  const person = await core.ok('people.create', personInput(office.caseManager.id));
  personId = person.id;
  orderId = (await core.ok('orders.create', orderInput(person.id, office.magistrates.id))).id;
});

afterAll(() => core.close());

/** A new session for the role's account, so that signing out in one call does not spoil the next. */
async function tokenFor(role: AccountRole): Promise<string> {
  const envelope = await core.call('auth.signIn', {
    username: usernames[role],
    password: testPassword,
  });
  if (!envelope.ok) throw new Error(`Could not sign in as ${role}`);
  return envelope.value.token;
}

const codeOf = (envelope: Envelope<unknown>) => (envelope.ok ? 'OK' : envelope.error.code);
const forbidden = (doc: string) => ({
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: `Your role does not allow this: ${doc.replace(/\.$/, '').toLowerCase()}.`,
  },
});

describe('what each procedure declares', () => {
  it('has only signing in, the first run and the office’s name open to everybody', () => {
    const open = everyProcedure.filter(([, p]) => p.roles === 'public').map(([name]) => name);
    expect(open.sort()).toEqual([
      'auth.setUpFirstManager',
      'auth.signIn',
      'auth.status',
      'office.get',
    ]);
  });

  it('keeps supervisors and auditors read-only, apart from their own session and password', () => {
    const theirOwn = ['auth.signOut', 'accounts.setPassword'];
    // What a supervisor sees on site: notes on an order and health and safety incidents.
    const fromSite = ['supervision.addNote', 'incidents.report'];
    for (const [name, procedure] of everyProcedure) {
      if (procedure.kind !== 'write' || procedure.roles === 'public' || theirOwn.includes(name))
        continue;
      if (!fromSite.includes(name)) expect(procedure.roles, name).not.toContain('SUPERVISOR');
      else
        expect([...procedure.roles].sort(), name).toEqual([
          'CASE_ADMINISTRATOR',
          'MANAGER',
          'SUPERVISOR',
        ]);
      expect(procedure.roles, name).not.toContain('AUDITOR');
      expect(procedure.roles.length, name).toBeGreaterThan(0);
    }
  });

  it('opens accounts to managers and the audit log to managers and auditors only', () => {
    for (const [name, procedure] of everyProcedure) {
      if (name.startsWith('audit.') && name !== 'audit.applyRetention')
        expect([...procedure.roles].sort(), name).toEqual(['AUDITOR', 'MANAGER']);
      if (name.startsWith('accounts.') && name !== 'accounts.setPassword')
        expect(procedure.roles, name).toEqual(['MANAGER']);
    }
    expect(procedureNamed('audit.applyRetention')?.roles).toEqual(['MANAGER']);
  });
});

describe('the router enforces the roles of every procedure', () => {
  it.each(everyProcedure.map(([name]) => name))('%s', async (name) => {
    const procedure = procedureNamed(name)!;
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      const before = snapshot(core);
      const envelope = await core.dispatch(name, {}, token);
      if (procedure.roles === 'public' || procedure.roles.includes(role)) {
        expect(codeOf(envelope), `${name} as ${role}`).not.toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      } else {
        expect(envelope, `${name} as ${role}`).toEqual(forbidden(procedure.doc));
        expect(snapshot(core), `${name} as ${role} wrote`).toEqual(before);
      }
    }
    // testCore's dispatch calls as its manager when the token is undefined: '' is no token.
    for (const token of ['', 'not-a-session']) {
      const before = snapshot(core);
      const envelope = await core.dispatch(name, {}, token);
      if (procedure.roles === 'public') {
        expect(codeOf(envelope), `${name} signed out`).not.toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      } else {
        expect(envelope, `${name} signed out`).toEqual({
          ok: false,
          error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' },
        });
        expect(snapshot(core), `${name} signed out wrote`).toEqual(before);
      }
    }
  });

  it('refuses before validating: malformed input is still FORBIDDEN', async () => {
    const supervisor = await tokenFor('SUPERVISOR');
    const before = snapshot(core);
    for (const input of [null, 'people', [1, 2], { familyName: 42 }]) {
      expect(await core.dispatch('people.create', input, supervisor)).toEqual(
        forbidden('Register a person on probation.'),
      );
    }
    expect(snapshot(core)).toEqual(before);
  });
});

describe('each role’s permissions in use', () => {
  it('lets a supervisor read people and orders but not register anyone', async () => {
    const token = await tokenFor('SUPERVISOR');
    expect(await core.call('people.list', {}, token)).toMatchObject({
      ok: true,
      value: { total: 1 },
    });
    expect(await core.call('people.get', { id: personId }, token)).toMatchObject({
      ok: true,
      value: { id: personId, familyName: 'Walker' },
    });
    expect(await core.call('orders.get', { id: orderId }, token)).toMatchObject({ ok: true });
    const before = snapshot(core);
    const input = personInput(office.caseManager.id, { caseReference: 'NV299999' });
    expect(await core.call('people.create', input, token)).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Your role does not allow this: register a person on probation.',
      },
    });
    expect(await core.call('audit.search', {}, token)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('lets an auditor search, verify and export the audit log but not register an order', async () => {
    const token = await tokenFor('AUDITOR');
    expect(await core.call('audit.search', {}, token)).toMatchObject({ ok: true });
    expect(await core.call('audit.verify', {}, token)).toMatchObject({
      ok: true,
      value: { intact: true },
    });
    expect(await core.call('audit.export', {}, token)).toMatchObject({ ok: true });
    const before = snapshot(core);
    expect(
      await core.call('orders.create', orderInput(personId, office.magistrates.id), token),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.call('accounts.list', {}, token)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await core.call('audit.applyRetention', {}, token)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('lets a case administrator register people and orders but not placements, courts or allocations', async () => {
    const token = await tokenFor('CASE_ADMINISTRATOR');
    const person = await core.call(
      'people.create',
      personInput(office.caseManager.id, { caseReference: 'NV200002', familyName: 'Ahmed' }),
      token,
    );
    expect(person).toMatchObject({ ok: true });
    const created = person.ok ? person.value.id : 0;
    expect(
      await core.call('orders.create', orderInput(created, office.magistrates.id), token),
    ).toMatchObject({ ok: true });
    const placement = await core.ok('placements.save', placementInput());
    const before = snapshot(core);
    const refused = [
      await core.call('placements.save', placementInput({ name: 'Another Garden' }), token),
      await core.call('courts.save', { name: 'Southvale Crown Court', kind: 'CROWN' }, token),
      await core.call(
        'allocation.allocate',
        { orderId, placementId: placement.id, reason: 'Near home' },
        token,
      ),
      await core.call('accounts.list', {}, token),
      await core.call('audit.search', {}, token),
    ];
    expect(refused.map(codeOf)).toEqual(Array(refused.length).fill('FORBIDDEN'));
    expect(snapshot(core)).toEqual(before);
  });

  it('lets everyone read enforcement, office staff decide, and only managers set the letterhead', async () => {
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('enforcement.pending', {}, token)), role).toBe('OK');
      expect(codeOf(await core.call('enforcement.history', { orderId }, token)), role).toBe('OK');
      const before = snapshot(core);
      // No such failure: allowed roles get NOT_FOUND, the others FORBIDDEN, and nothing is written.
      const decide = await core.call(
        'enforcement.decide',
        { bookingId: 999, decision: 'WARNING', reason: 'No reason given' },
        token,
      );
      expect(codeOf(decide), role).toBe(
        ['MANAGER', 'CASE_ADMINISTRATOR'].includes(role) ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      const letterhead = await core.call(
        'office.saveLetterhead',
        { address: '', phone: null, email: null },
        token,
      );
      expect(codeOf(letterhead), role).toBe(role === 'MANAGER' ? 'VALIDATION' : 'FORBIDDEN');
      expect(snapshot(core), role).toEqual(before);
    }
  });

  it('lets supervisors write notes and report incidents, and only office staff plan and mark alerts sent', async () => {
    const incident = {
      sessionId: 999,
      kind: 'NEAR_MISS',
      occurredAt: '10:00',
      whatHappened: 'A spade left on the path',
      peopleInvolved: 'Nobody hurt',
      actionTaken: 'Tools stored',
      reportedTo: 'Site contact',
      reportedOn: '2026-11-20',
    } as const;
    const note = {
      orderId: 999,
      author: 'SUPERVISOR',
      text: 'Late',
      alertCaseManager: true,
    } as const;
    const plan = {
      orderId: 999,
      agreedOn: '2026-11-20',
      objectives: 'Attend',
      reviewEveryWeeks: 4,
    };
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('supervision.forOrder', { orderId }, token)), role).toBe('OK');
      expect(codeOf(await core.call('supervision.alerts', { open: true }, token)), role).toBe('OK');
      expect(codeOf(await core.call('supervision.reviewsDue', {}, token)), role).toBe('OK');
      expect(
        codeOf(await core.call('incidents.list', { from: '2026-01-01', to: '2026-12-31' }, token)),
        role,
      ).toBe('OK');
      const before = snapshot(core);
      // Nothing to write to: allowed roles get NOT_FOUND, the others FORBIDDEN.
      const inOffice = ['MANAGER', 'CASE_ADMINISTRATOR'].includes(role);
      const onSite = inOffice || role === 'SUPERVISOR';
      expect(codeOf(await core.call('supervision.addNote', note, token)), role).toBe(
        onSite ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(codeOf(await core.call('incidents.report', incident, token)), role).toBe(
        onSite ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(codeOf(await core.call('supervision.savePlan', plan, token)), role).toBe(
        inOffice ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(codeOf(await core.call('supervision.markAlertSent', { id: 999 }, token)), role).toBe(
        inOffice ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(snapshot(core), role).toEqual(before);
    }
  });

  it('lets everyone read the rota and the forecast, and office staff make sessions and change supervisors', async () => {
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('rota.forecast', {}, token)), role).toBe('OK');
      expect(codeOf(await core.call('rota.forSession', { sessionId: 999 }, token)), role).toBe(
        'NOT_FOUND',
      );
      const before = snapshot(core);
      const inOffice = ['MANAGER', 'CASE_ADMINISTRATOR'].includes(role);
      const change = { sessionId: 999, staffId: 999 };
      expect(codeOf(await core.call('rota.assignSupervisor', change, token)), role).toBe(
        inOffice ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(codeOf(await core.call('rota.removeSupervisor', change, token)), role).toBe(
        inOffice ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      // Nothing to make on a Monday: the office's placement runs on Saturdays.
      const dates = { from: '2026-11-30', to: '2026-11-30' };
      expect(await core.call('rota.generate', dates, token), role).toMatchObject(
        inOffice
          ? { ok: true, value: { sessionsMade: 0 } }
          : { ok: false, error: { code: 'FORBIDDEN' } },
      );
      if (!inOffice) expect(snapshot(core), role).toEqual(before);
    }
  });

  it('lets everyone read supervisors, office staff record absences, and only managers set rotas and training', async () => {
    const nobody = 999;
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('supervisors.list', {}, token)), role).toBe('OK');
      expect(codeOf(await core.call('supervisors.get', { id: nobody }, token)), role).toBe(
        'NOT_FOUND',
      );
      const before = snapshot(core);
      // Nobody to write to: allowed roles get NOT_FOUND, the others FORBIDDEN.
      const inOffice = ['MANAGER', 'CASE_ADMINISTRATOR'].includes(role);
      const manager = role === 'MANAGER';
      const absence = {
        staffId: nobody,
        kind: 'SICKNESS',
        fromDate: '2026-12-01',
        toDate: '2026-12-02',
      } as const;
      expect(codeOf(await core.call('supervisors.addAbsence', absence, token)), role).toBe(
        inOffice ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(
        codeOf(await core.call('supervisors.removeAbsence', { absenceId: nobody }, token)),
        role,
      ).toBe(inOffice ? 'NOT_FOUND' : 'FORBIDDEN');
      const rota = {
        staffId: nobody,
        gender: 'MALE' as const,
        workingSlots: ['SAT_MORNING' as const],
      };
      expect(codeOf(await core.call('supervisors.saveRota', rota, token)), role).toBe(
        manager ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      const course = {
        staffId: nobody,
        kind: 'FIRST_AID',
        completedOn: '2026-11-01',
        expiresOn: '2029-11-01',
      } as const;
      expect(codeOf(await core.call('supervisors.recordTraining', course, token)), role).toBe(
        manager ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(snapshot(core), role).toEqual(before);
    }
  });

  it('lets everyone read beneficiary surveys and office staff record them', async () => {
    const answers = {
      placementId: 999,
      surveyedOn: '2026-11-20',
      respondent: 'Site contact',
      qualityRating: 4,
      communicationRating: 4,
      wouldTakeAgain: 'YES',
      valueToThem: 'A cleaner path',
    } as const;
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('surveys.due', {}, token)), role).toBe('OK');
      const period = { from: '2026-01-01', to: '2026-11-26' };
      expect(codeOf(await core.call('surveys.list', period, token)), role).toBe('OK');
      expect(
        codeOf(await core.call('surveys.forPlacement', { placementId: 999 }, token)),
        role,
      ).toBe('NOT_FOUND');
      const before = snapshot(core);
      // No such placement: allowed roles get NOT_FOUND, the others FORBIDDEN.
      expect(codeOf(await core.call('surveys.record', answers, token)), role).toBe(
        ['MANAGER', 'CASE_ADMINISTRATOR'].includes(role) ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect(snapshot(core), role).toEqual(before);
    }
  });

  it('lets everyone read the Board report and the local targets, and only managers set targets', async () => {
    const period = { kind: 'QUARTER', from: '2026-07-01' } as const;
    const target = {
      year: 2026,
      dimension: 'GENDER',
      groupCode: 'FEMALE',
      feature: 'SKILLS_LEARNING',
      targetPercent: 50,
    } as const;
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('board.report', period, token)), role).toBe('OK');
      expect(codeOf(await core.call('board.targets', { year: 2026 }, token)), role).toBe('OK');
      const before = snapshot(core);
      // No such target to remove: a manager gets NOT_FOUND, the others FORBIDDEN.
      expect(codeOf(await core.call('board.removeTarget', { id: 999 }, token)), role).toBe(
        role === 'MANAGER' ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      if (role !== 'MANAGER') {
        expect(codeOf(await core.call('board.saveTarget', target, token)), role).toBe('FORBIDDEN');
        expect(snapshot(core), role).toEqual(before);
      }
    }
    expect(codeOf(await core.call('board.saveTarget', target, await tokenFor('MANAGER')))).toBe(
      'OK',
    );
  });

  it('lets everyone read court notices and the capacity check, and only managers issue them', async () => {
    const notice = {
      courtId: office.magistrates.id,
      from: '2026-11-01',
      to: '2026-11-26',
      actions: 'Recruiting two supervisors',
      signedOffBy: 'Helen Carter',
      signedOffRole: 'UPW manager',
    };
    for (const role of accountRoles) {
      const token = await tokenFor(role);
      expect(codeOf(await core.call('notices.list', {}, token)), role).toBe('OK');
      expect(codeOf(await core.call('notices.capacityCheck', {}, token)), role).toBe('OK');
      expect(codeOf(await core.call('notices.preview', notice, token)), role).toBe('OK');
      expect(codeOf(await core.call('notices.get', { id: 999 }, token)), role).toBe('NOT_FOUND');
      if (role !== 'MANAGER') {
        const before = snapshot(core);
        expect(codeOf(await core.call('notices.issue', notice, token)), role).toBe('FORBIDDEN');
        expect(snapshot(core), role).toEqual(before);
      }
    }
    expect(codeOf(await core.call('notices.issue', notice, await tokenFor('MANAGER')))).toBe('OK');
  });

  it('lets a manager do all of it', async () => {
    const token = await tokenFor('MANAGER');
    expect(
      await core.call('courts.save', { name: 'Eastvale Crown Court', kind: 'CROWN' }, token),
    ).toMatchObject({ ok: true });
    expect(await core.call('accounts.list', {}, token)).toMatchObject({ ok: true });
    expect(await core.call('audit.search', {}, token)).toMatchObject({ ok: true });
  });
});
