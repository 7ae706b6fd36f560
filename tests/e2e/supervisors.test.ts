import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallOffice } from '../support/core';
import {
  choose,
  gone,
  startBrowserMode,
  typeDate,
  visible,
  type BrowserMode,
} from '../support/browser';

/** Today is Thursday 26/11/2026. */
let app: BrowserMode;
let page: Page;
let gareth: number;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  await smallOffice(core);
  gareth = (await core.ok('staff.save', { name: 'Gareth Lewis', role: 'SUPERVISOR' })).id;
  await core.ok('supervisors.saveRota', {
    staffId: gareth,
    gender: 'NOT_STATED',
    workingSlots: ['TUE_MORNING', 'SAT_MORNING', 'SAT_AFTERNOON'],
  });
  const course = (kind: 'RISK_OF_HARM' | 'HEALTH_AND_SAFETY' | 'FIRST_AID', c: string, e: string) =>
    core.ok('supervisors.recordTraining', { staffId: gareth, kind, completedOn: c, expiresOn: e });
  await course('RISK_OF_HARM', '2025-03-02', '2028-03-01');
  await course('HEALTH_AND_SAFETY', '2023-12-20', '2026-12-19');
  await course('FIRST_AID', '2023-06-10', '2026-06-09');

  const zoe = await core.ok('staff.save', { name: 'Zoe Marsh', role: 'UPW_MANAGER' });
  await core.ok('supervisors.saveRota', {
    staffId: zoe.id,
    gender: 'FEMALE',
    workingSlots: ['SUN_MORNING', 'SUN_AFTERNOON', 'WED_EVENING'],
  });
  await core.ok('supervisors.addAbsence', {
    staffId: zoe.id,
    kind: 'SICKNESS',
    fromDate: '2026-11-24',
    toDate: '2026-11-30',
  });
  await core.ok('supervisors.addAbsence', {
    staffId: zoe.id,
    kind: 'ANNUAL_LEAVE',
    fromDate: '2026-12-21',
    toDate: '2026-12-24',
  });
  for (const kind of ['RISK_OF_HARM', 'HEALTH_AND_SAFETY', 'FIRST_AID'] as const)
    await core.ok('supervisors.recordTraining', {
      staffId: zoe.id,
      kind,
      completedOn: '2026-01-12',
      expiresOn: '2029-01-11',
    });
  await core.ok('staff.save', { name: 'Alan Brook', role: 'SUPERVISOR', active: false });
  await app.signIn();
});
afterAll(async () => app?.stop());

describe('supervisors in Chromium', () => {
  it('lists the supervisors with their rota, who is away and how their training stands', async () => {
    await page.getByRole('link', { name: 'Supervisors' }).click();
    const grid = page.getByRole('grid', { name: 'Supervisors' });
    await visible(grid.getByRole('link', { name: 'Gareth Lewis' }));
    await visible(grid.getByText('Tue am, Sat am, Sat pm'));
    await visible(grid.getByText('Away until 30/11/2026'));
    await visible(grid.getByText('21/12/2026'));
    await visible(grid.getByText('Not in post'));
    await visible(grid.getByText('expired 09/06/2026'));
    await visible(grid.getByText('to 19/12/2026'));
    await app.shot('supervisors-01-list');
  });

  it('records an absence through the form, refusing one that overlaps', async () => {
    await page
      .getByRole('grid', { name: 'Supervisors' })
      .getByRole('link', { name: 'Gareth Lewis' })
      .click();
    await visible(page.getByRole('heading', { name: 'Gareth Lewis' }));
    await page.getByRole('button', { name: 'Add an absence' }).click();
    let dialog = page.getByRole('dialog');
    await typeDate(dialog, /First day away/, '07122026');
    await typeDate(dialog, /Last day away/, '04122026');
    await dialog.getByRole('button', { name: 'Record absence' }).click();
    // The form says it before sending, in the backend's words.
    await visible(dialog.getByText('Last day away cannot be before the first day away'));
    await typeDate(dialog, /Last day away/, '11122026');
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Family wedding');
    await dialog.getByRole('button', { name: 'Record absence' }).click();
    await gone(dialog);
    await visible(
      page.getByText('Annual leave of Gareth Lewis recorded from 07/12/2026 to 11/12/2026'),
    );
    expect(
      app.rows(
        'SELECT staff_id, kind, from_date, to_date, notes FROM staff_absences WHERE staff_id = ' +
          gareth,
      ),
    ).toEqual([
      {
        staff_id: gareth,
        kind: 'ANNUAL_LEAVE',
        from_date: '2026-12-07',
        to_date: '2026-12-11',
        notes: 'Family wedding',
      },
    ]);

    // An overlapping absence is refused by the backend, on the field it concerns.
    await page.getByRole('button', { name: 'Add an absence' }).click();
    dialog = page.getByRole('dialog');
    await choose(dialog, /^Kind of absence/, 'Sickness');
    await typeDate(dialog, /First day away/, '10122026');
    await typeDate(dialog, /Last day away/, '14122026');
    await dialog.getByRole('button', { name: 'Record absence' }).click();
    await visible(
      dialog.getByText(
        'Gareth Lewis is already recorded as away (annual leave) from 07/12/2026 to 11/12/2026',
      ),
    );
    await app.shot('supervisors-02-absence-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await gone(dialog);
    expect(app.rows('SELECT COUNT(*) AS n FROM staff_absences WHERE staff_id = ' + gareth)).toEqual(
      [{ n: 1 }],
    );
  });

  it('records training, refusing a course completed in the future', async () => {
    await page.getByRole('button', { name: 'Record training' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^Training/, 'Health and safety');
    await typeDate(dialog, /Date completed/, '01122026');
    await typeDate(dialog, /Expiry date/, '30112029');
    await dialog.getByRole('button', { name: 'Record training' }).click();
    await visible(dialog.getByText('Date completed cannot be in the future'));
    await typeDate(dialog, /Date completed/, '25112026');
    await dialog.getByRole('button', { name: 'Record training' }).click();
    await gone(dialog);
    await visible(
      page.getByText('Health and safety of Gareth Lewis recorded, in date to 30/11/2029'),
    );
    expect(
      app.rows(
        `SELECT kind, completed_on, expires_on FROM staff_training WHERE staff_id = ${gareth} AND kind = 'HEALTH_AND_SAFETY' ORDER BY completed_on`,
      ),
    ).toEqual([
      { kind: 'HEALTH_AND_SAFETY', completed_on: '2023-12-20', expires_on: '2026-12-19' },
      { kind: 'HEALTH_AND_SAFETY', completed_on: '2026-11-25', expires_on: '2029-11-30' },
    ]);
    const history = page.getByRole('grid', { name: 'Training history' });
    await visible(history.getByText('Replaced by a later course'));
  });

  it('changes the rota and gender, and removes an absence', async () => {
    await page.getByRole('button', { name: 'Change rota' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Tuesday morning' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Sunday morning' }).check();
    await choose(dialog, /^Gender/, 'Male');
    await dialog.getByRole('button', { name: 'Save rota' }).click();
    await gone(dialog);
    await visible(page.getByText('Rota of Gareth Lewis saved'));
    expect(app.rows(`SELECT gender, working_slots FROM staff WHERE id = ${gareth}`)).toEqual([
      { gender: 'MALE', working_slots: '["SAT_MORNING","SAT_AFTERNOON","SUN_MORNING"]' },
    ]);

    await page
      .getByRole('menuitem', { name: 'Remove annual leave from 07/12/2026' })
      .or(page.getByRole('button', { name: 'Remove annual leave from 07/12/2026' }))
      .click();
    const confirm = page.getByRole('dialog');
    await visible(confirm.getByText('Remove this absence?'));
    await app.shot('supervisors-03-remove-absence');
    await confirm.getByRole('button', { name: 'Remove absence' }).click();
    await gone(confirm);
    expect(app.rows('SELECT COUNT(*) AS n FROM staff_absences WHERE staff_id = ' + gareth)).toEqual(
      [{ n: 0 }],
    );
    await app.shot('supervisors-04-detail');
  });
});
