import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, gone, startBrowserMode, visible, type BrowserMode } from '../support/browser';
import { personInput, smallOffice, testPassword } from '../support/core';

let app: BrowserMode;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const office = await smallOffice(app.core);
  await app.core.ok('people.create', personInput(office.caseManager.id));
  await app.signIn();
});
afterAll(async () => app?.stop());

async function signInAs(username: string, password: string) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel(/Username/).fill(username);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('staff accounts and the audit log in Chromium', () => {
  it('lets the manager add a supervisor account', async () => {
    await page.getByRole('link', { name: 'Staff accounts' }).click();
    await page.getByRole('button', { name: 'Add an account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Name/).fill('Gareth Lewis');
    await dialog.getByLabel(/^Username/).fill('glewis');
    await choose(dialog, /^Role/, 'Supervisor (read only)');
    await dialog.getByLabel(/^Password/).fill('short');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await visible(dialog.getByText('Password must be at least 10 characters'));
    await dialog.getByLabel(/^Password/).fill(testPassword);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await gone(dialog);
    await app.screenshot('staff-01-accounts');
    expect(app.rows("SELECT username, role FROM accounts WHERE username = 'glewis'")).toEqual([
      { username: 'glewis', role: 'SUPERVISOR' },
    ]);
  });

  it('refuses a wrong password in words, and shows a supervisor only what they may use', async () => {
    await signInAs('glewis', 'not the password');
    await visible(page.getByText('Wrong username or password.'));
    await app.screenshot('staff-02-wrong-password');
    await page.getByLabel(/Password/).fill(testPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await visible(page.getByText('Gareth Lewis · Supervisor (read only)'));
    expect(await page.getByRole('link', { name: 'Staff accounts' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('link', { name: 'Walker, Jordan' }).waitFor();
    expect(await page.getByRole('button', { name: 'Register a person' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Walker, Jordan' }).click();
    await visible(page.getByRole('heading', { name: 'Walker, Jordan' }));
  });

  it('shows the manager who opened the record, and the log is intact', async () => {
    await signInAs('manager', testPassword);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action (e.g. people.get)').fill('people.get');
    await visible(page.getByRole('gridcell', { name: 'Gareth Lewis' }).first());
    await page.getByRole('button', { name: 'Check the log is intact' }).click();
    await visible(page.getByText(/entries are intact/));
    await app.screenshot('staff-03-audit-log');
    const opened = app.rows(
      "SELECT account_name, record_type FROM audit_log WHERE procedure = 'people.get'",
    );
    expect(opened).toContainEqual({ account_name: 'Gareth Lewis', record_type: 'people' });
  });
});
