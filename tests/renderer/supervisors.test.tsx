import { configure, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '../../renderer/api/session';
import { inProcessTransport } from '../../renderer/api/transport';
import { App } from '../../renderer/app/App';
import type { AccountRole } from '../../shared/contract/procedure';
import { smallOffice, testCore, type TestCore } from '../support/core';

let core: TestCore;
let gareth: number;

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  core = await testCore();
  await smallOffice(core);
  gareth = (await core.ok('staff.save', { name: 'Gareth Lewis', role: 'SUPERVISOR' })).id;
  await core.ok('supervisors.addAbsence', {
    staffId: gareth,
    kind: 'ANNUAL_LEAVE',
    fromDate: '2026-12-07',
    toDate: '2026-12-11',
  });
  await core.ok('supervisors.recordTraining', {
    staffId: gareth,
    kind: 'RISK_OF_HARM',
    completedOn: '2026-01-05',
    expiresOn: '2029-01-04',
  });
});
afterEach(() => {
  session.set(null);
  core.close();
});

async function openAs(role: AccountRole) {
  const token = role === 'MANAGER' ? core.token : await core.signInAs(role);
  session.set(token);
  window.location.hash = `#/supervisors/${gareth}`;
  render(<App transport={inProcessTransport(core)} />);
  await screen.findByRole('heading', { name: 'Gareth Lewis', level: 1 });
  // The absence and the training have arrived.
  await within(await screen.findByRole('grid', { name: 'Absences' })).findByText('Annual leave');
  await screen.findByText('Risk of harm: to 04/01/2029');
}

const actions = () => ({
  rota: screen.queryByRole('button', { name: 'Change rota' }) !== null,
  addAbsence: screen.queryByRole('button', { name: 'Add an absence' }) !== null,
  removeAbsence:
    screen.queryByRole('menuitem', { name: /^Remove annual leave/ }) !== null ||
    screen.queryByRole('button', { name: /^Remove annual leave/ }) !== null,
  training: screen.queryByRole('button', { name: 'Record training' }) !== null,
});

describe('the supervisor page offers each role only what it may do', () => {
  it.each<[AccountRole, ReturnType<typeof actions>]>([
    ['MANAGER', { rota: true, addAbsence: true, removeAbsence: true, training: true }],
    ['CASE_ADMINISTRATOR', { rota: false, addAbsence: true, removeAbsence: true, training: false }],
    ['SUPERVISOR', { rota: false, addAbsence: false, removeAbsence: false, training: false }],
    ['AUDITOR', { rota: false, addAbsence: false, removeAbsence: false, training: false }],
  ])('%s', async (role, expected) => {
    await openAs(role);
    expect(actions()).toEqual(expected);
  });
});
