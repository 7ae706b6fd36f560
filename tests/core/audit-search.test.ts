import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testPassword } from '../support/core';
import { countRows, rowsOf } from './helpers';
import { clockedCore, type ClockedCore } from './security-support';

interface Row {
  id: number;
  at: string;
  procedure: string;
  kind: string;
  recordType: string | null;
  recordId: number | null;
}
interface Page {
  rows: Row[];
  total: number;
}

let core: ClockedCore;
let personId: number;

async function signIn(username = 'manager') {
  const envelope = await core.dispatch('auth.signIn', { username, password: testPassword });
  if (!envelope.ok) throw new Error(`Could not sign in ${username}`);
  return (envelope.value as { token: string }).token;
}

/** Moves to another day (the session will have lapsed) and signs the manager in again. */
async function onDay(iso: string) {
  core.setNow(iso);
  core.token = await signIn();
}

/**
 * 20/11: set-up, a case manager and two courts; 24/11: sign-in, a person; 26/11: sign-in and
 * opening that person's record.
 */
beforeEach(async () => {
  core = await clockedCore('2026-11-20T09:00:00.000Z');
  const caseManager = await core.ok<{ id: number }>('staff.save', {
    name: 'Sarah Hughes',
    role: 'CASE_MANAGER',
  });
  await core.ok('courts.save', { name: "Northvale Magistrates' Court", kind: 'MAGISTRATES' });
  await core.ok('courts.save', { name: 'Northvale Crown Court', kind: 'CROWN' });
  await onDay('2026-11-24T09:00:00.000Z');
  const person = await core.ok<{ id: number }>('people.create', {
    familyName: 'Walker',
    givenNames: 'Jordan',
    dateOfBirth: '1995-03-14',
    caseReference: 'NV200001',
    gender: 'MALE',
    ethnicity: 'WHITE_BRITISH',
    disability: 'NO',
    religion: 'NONE',
    firstLanguage: 'English',
    interpreterNeeded: false,
    caseManagerId: caseManager.id,
  });
  personId = person.id;
  await onDay('2026-11-26T10:00:00.000Z');
  await core.ok('people.get', { id: personId });
});

afterEach(() => core.close());

async function search(query: Record<string, unknown>, token = core.token) {
  return core.ok<Page>('audit.search', query, token);
}
const procedures = (page: Page) => page.rows.map((r) => r.procedure);

describe('searching the audit log', () => {
  it('gives every entry newest first, and is not itself recorded', async () => {
    const all = await search({});
    expect(all.total).toBe(8);
    expect(procedures(all)).toEqual([
      'people.get',
      'auth.signIn',
      'people.create',
      'auth.signIn',
      'courts.save',
      'courts.save',
      'staff.save',
      'auth.setUpFirstManager',
    ]);
    const ids = all.rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(countRows(core, 'audit_log')).toBe(8);
  });

  it('filters by the day it happened, from and to both included', async () => {
    expect(procedures(await search({ from: '2026-11-24' }))).toEqual([
      'people.get',
      'auth.signIn',
      'people.create',
      'auth.signIn',
    ]);
    expect(procedures(await search({ to: '2026-11-20' }))).toEqual([
      'courts.save',
      'courts.save',
      'staff.save',
      'auth.setUpFirstManager',
    ]);
    expect(await search({ from: '2026-11-24', to: '2026-11-24' })).toMatchObject({
      total: 2,
      rows: [{ procedure: 'people.create' }, { procedure: 'auth.signIn' }],
    });
    expect((await search({ from: '2026-11-21', to: '2026-11-23' })).total).toBe(0);
  });

  it('filters by procedure, by record and by account', async () => {
    expect(await search({ procedure: 'courts.save' })).toMatchObject({
      total: 2,
      rows: [{ kind: 'WRITE' }, { kind: 'WRITE' }],
    });
    expect(await search({ recordType: 'people', recordId: personId })).toMatchObject({
      total: 2,
      rows: [
        { procedure: 'people.get', kind: 'READ', recordId: personId },
        { procedure: 'people.create', kind: 'WRITE', recordId: personId },
      ],
    });
    expect((await search({ accountId: core.managerId })).total).toBe(8);
    expect((await search({ accountId: core.managerId + 1 })).total).toBe(0);
  });

  it('gives a page at a time, with the total', async () => {
    const second = await search({ pageSize: 3, page: 1 });
    expect(second.total).toBe(8);
    expect(procedures(second)).toEqual(['auth.signIn', 'courts.save', 'courts.save']);
    expect(procedures(await search({ pageSize: 3, page: 2 }))).toEqual([
      'staff.save',
      'auth.setUpFirstManager',
    ]);
    expect((await search({ pageSize: 3, page: 3 })).rows).toEqual([]);
  });

  // `from` and `to` are days in England, as the audit screen shows `at` in local time: 23:30 UTC
  // on 30/06 is 00:30 on 01/07 in British Summer Time.
  it('counts days as England does, in summer time too', async () => {
    core.setNow('2026-06-30T23:30:00.000Z');
    core.token = await signIn();
    const id = rowsOf<{ id: number }>(core, 'SELECT MAX(id) AS id FROM audit_log')[0]!.id;
    const july = await search({ from: '2026-07-01', to: '2026-07-01' });
    expect(july.rows.map((r) => r.id)).toEqual([id]);
    expect((await search({ from: '2026-06-30', to: '2026-06-30' })).total).toBe(0);
  });
});

describe('exporting the audit log', () => {
  const header = 'id,at,accountName,procedure,kind,recordType,recordId,detail';

  it('gives CSV with a header and one line per entry, for the auditor', async () => {
    await core.ok('accounts.save', {
      username: 'aud',
      name: 'Alex Auditor',
      role: 'AUDITOR',
      password: testPassword,
    });
    const auditor = await signIn('aud');
    const { csv, entries } = await core.ok<{ csv: string; entries: number }>(
      'audit.export',
      { procedure: 'people.create' },
      auditor,
    );
    expect(entries).toBe(1);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(header);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toMatch(
      new RegExp(
        `^\\d+,2026-11-24T09:00:00\\.000Z,Test Manager,people\\.create,WRITE,people,${personId},"\\{""familyName"":""Walker"",`,
      ),
    );
    const all = await core.ok<{ entries: number }>('audit.export', {}, auditor);
    expect(all.entries).toBe(countRows(core, 'audit_log') - 1);
  });

  it('neutralises cells that a spreadsheet would run as a formula', async () => {
    const names = ['=HYPERLINK("http://x.example","click")', '+1+2', '-3+4', '@SUM(A1)'];
    for (const [i, name] of names.entries()) {
      await core.ok('accounts.save', {
        username: `odd${i}`,
        name,
        role: 'SUPERVISOR',
        password: testPassword,
      });
      await signIn(`odd${i}`);
    }
    const { csv } = await core.ok<{ csv: string }>('audit.export', { procedure: 'auth.signIn' });
    expect(csv).toContain(`,"'=HYPERLINK(""http://x.example"",""click"")",auth.signIn,`);
    expect(csv).toContain(",'+1+2,auth.signIn,");
    expect(csv).toContain(",'-3+4,auth.signIn,");
    expect(csv).toContain(",'@SUM(A1),auth.signIn,");
    for (const line of csv.split('\r\n')) {
      expect(line).not.toMatch(/(^|,)"?[=+@]/);
      expect(line).not.toMatch(/(^|,)"?-[^0-9]/);
    }
  });

  it('is itself recorded, as a READ by whoever exported', async () => {
    const before = countRows(core, 'audit_log');
    await core.ok('audit.export', { from: '2026-11-24' });
    expect(countRows(core, 'audit_log')).toBe(before + 1);
    expect(
      rowsOf(
        core,
        'SELECT at, account_id, procedure, kind, record_type, record_id, detail FROM audit_log ORDER BY id DESC LIMIT 1',
      ),
    ).toEqual([
      {
        at: '2026-11-26T10:00:00.000Z',
        account_id: core.managerId,
        procedure: 'audit.export',
        kind: 'READ',
        record_type: 'audit',
        record_id: null,
        detail: null,
      },
    ]);
  });
});
