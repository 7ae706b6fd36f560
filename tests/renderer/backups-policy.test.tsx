import { CssBaseline, ThemeProvider } from '@mui/material';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import Database from 'better-sqlite3';
import { enGB } from 'date-fns/locale/en-GB';
import fs from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/api/hooks';
import { inProcessTransport } from '../../renderer/api/transport';
import { theme } from '../../renderer/app/theme';
import { NotifyProvider } from '../../renderer/components/Notify';
import { BackupsPage } from '../../renderer/features/backups/BackupsPage';
import { PolicyPage } from '../../renderer/features/policy/PolicyPage';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';

let core: TestCore;

// A backup, a restore and every refreshed read take more than a second on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  core = await testCore();
});
afterEach(() => core.close());

function rows(sql: string): unknown[] {
  const db = new Database(core.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

const backupFiles = () =>
  fs.readdirSync(path.join(core.dataDir, 'backups')).filter((f) => f.endsWith('.db'));

const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** One page inside the providers App gives it (App's routes are not needed here). */
function renderPage(page: ReactNode) {
  return render(
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={enGB}>
        <ApiProvider transport={inProcessTransport(core)}>
          <NotifyProvider>
            <MemoryRouter>{page}</MemoryRouter>
          </NotifyProvider>
        </ApiProvider>
      </LocalizationProvider>
    </ThemeProvider>,
  );
}

async function officeWithPeople(...familyNames: string[]) {
  const office = await smallOffice(core);
  for (const [i, familyName] of familyNames.entries())
    await core.ok(
      'people.create',
      personInput(office.caseManager.id, { familyName, caseReference: `NV20000${i + 1}` }),
    );
  return office;
}

describe('the backups page', () => {
  it('makes a backup with “Back up now”: a new row, checked intact, and a file in the folder', async () => {
    await officeWithPeople('Walker');
    const user = setupUser();
    renderPage(<BackupsPage />);
    const grid = await screen.findByRole('grid', { name: 'Backups' });
    expect(await within(grid).findByText(/No backups yet/)).toBeInTheDocument();
    expect(await screen.findByText(path.join(core.dataDir, 'backups'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(/Backup made \(\d+\.\d MB\) and checked/)).toBeInTheDocument();
    expect(await within(grid).findByText('Manual')).toBeInTheDocument();
    expect(await within(grid).findByText('Intact')).toBeInTheDocument();
    expect(within(grid).getByText('26/11/2026 10:00')).toBeInTheDocument();
    expect(backupFiles()).toEqual([expect.stringMatching(/^amends-manual-2026-11-26T10-00-00/)]);
  });

  it('previews what a backup holds', async () => {
    await officeWithPeople('Walker', 'Evans');
    await core.ok('backups.create', {});
    const user = setupUser();
    renderPage(<BackupsPage />);
    await user.click(
      await screen.findByRole('button', { name: 'Preview the backup of 26/11/2026 10:00' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Backup of 26/11/2026 10:00' });
    expect(await within(dialog).findByText(/^Intact/)).toBeInTheDocument();
    expect(within(dialog).getByText('People').nextSibling).toHaveTextContent('2');
    expect(within(dialog).getByText('Office').nextSibling).toHaveTextContent('Test Unpaid Work');
    expect(within(dialog).getByText('Live orders').nextSibling).toHaveTextContent('0');
  });

  it('restores a backup after a plain confirmation, bringing back the earlier data', async () => {
    await officeWithPeople('Walker');
    await core.ok('backups.create', {});
    await core.ok(
      'people.create',
      personInput((await core.ok('staff.list', {}))[0]!.id, {
        familyName: 'Later',
        caseReference: 'NV200099',
      }),
    );
    expect(rows('SELECT family_name FROM people ORDER BY id')).toHaveLength(2);
    const user = setupUser();
    renderPage(<BackupsPage />);
    await user.click(
      await screen.findByRole('button', { name: 'Preview the backup of 26/11/2026 10:00' }),
    );
    const preview = await screen.findByRole('dialog');
    const restoreButton = within(preview).getByRole('button', { name: 'Restore this backup' });
    await waitFor(() => expect(restoreButton).toBeEnabled());
    await user.click(restoreButton);

    const confirm = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(confirm).toHaveTextContent(/data now in Amends will be replaced by the backup’s/);
    expect(confirm).toHaveTextContent(/safety copy of the data as they are now/);
    expect(confirm).toHaveTextContent(/restore can be undone/);
    expect(confirm).toHaveTextContent(/needs to sign in again/);
    await user.click(
      within(confirm).getByRole('button', { name: 'Restore and sign everyone out' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/Please sign in again/)).toBeInTheDocument();

    expect(rows('SELECT family_name FROM people')).toEqual([{ family_name: 'Walker' }]);
    expect(backupFiles().filter((f) => f.startsWith('amends-before-restore-'))).toHaveLength(1);
    // Every session ended: the manager's next call is refused, so the app goes to sign-in.
    expect((await core.call('office.dashboard', {})).ok).toBe(false);
  });
});

describe('the policy page', () => {
  it('refuses a value out of range in the form and writes nothing', async () => {
    const user = setupUser();
    renderPage(<PolicyPage canChange />);
    const settings = await screen.findByRole('table', { name: 'Settings in force today' });
    expect(await within(settings).findByText('60 minutes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the policy settings' });
    expect(within(dialog).getByText(/never alters records already made/)).toBeInTheDocument();
    const credit = within(dialog).getByRole('spinbutton', { name: /Stand-down credit/ });
    expect(within(dialog).getByText('From 0 to 480. National: 60 minutes')).toBeInTheDocument();
    await user.clear(credit);
    await user.type(credit, '999');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Board decision');
    await user.click(within(dialog).getByRole('button', { name: 'Save new settings' }));
    expect(
      await within(dialog).findByText('Stand-down credit must be a whole number from 0 to 480'),
    ).toBeInTheDocument();
    expect(rows('SELECT id FROM policy_versions')).toEqual([]);
  });

  it('saves a valid change as a new version that appears in the history', async () => {
    const user = setupUser();
    renderPage(<PolicyPage canChange />);
    await user.click(await screen.findByRole('button', { name: 'Change settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the policy settings' });
    await user.click(within(dialog).getByRole('button', { name: 'Use national figures' }));
    expect(within(dialog).getByRole('spinbutton', { name: /Employability share/ })).toHaveValue(30);
    expect(within(dialog).getByRole('spinbutton', { name: /Hours offered/ })).toHaveValue(7);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Following the national bulletin',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save new settings' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const history = screen.getByRole('grid', { name: 'Versions of the settings' });
    expect(await within(history).findByText('Following the national bulletin')).toBeInTheDocument();
    expect(within(history).getByText('Test Manager')).toBeInTheDocument();
    expect(
      within(history).getByText('Employability share of an order: 20% → 30%'),
    ).toBeInTheDocument();
    expect(
      within(history).getByText('Hours offered per week, minimum: 6 hours → 7 hours'),
    ).toBeInTheDocument();
    const settings = screen.getByRole('table', { name: 'Settings in force today' });
    expect(await within(settings).findByText('30%')).toBeInTheDocument();
    expect(rows('SELECT effective_from, reason, changed_by FROM policy_versions')).toEqual([
      { effective_from: '2026-11-26', reason: 'Following the national bulletin', changed_by: 1 },
    ]);
  });

  it('offers no change to those who may only read', async () => {
    renderPage(<PolicyPage canChange={false} />);
    expect(await screen.findByRole('table', { name: 'Settings in force today' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Change settings' })).not.toBeInTheDocument();
  });
});
