import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../support/browser';

let app: BrowserMode;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
});
afterAll(async () => app?.stop());

function rows(sql: string): unknown[] {
  const db = new Database(app.core.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

async function choose(scope: Page | ReturnType<Page['getByRole']>, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('a new office in Chromium', () => {
  it('signs in, starts empty and keeps its courts and case managers', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await app.screenshot('00-sign-in');
    await app.signIn();
    await page.getByLabel(/Office name/).fill('Eastbridge Unpaid Work');
    await app.screenshot('01-first-run');
    await page.getByRole('button', { name: 'Start empty' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Home' }).isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Courts and staff' }).click();
    await page.getByRole('button', { name: 'Add a court' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Court name/).fill("Eastbridge Magistrates' Court");
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Add a member of staff' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Sarah Hughes');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await app.screenshot('02-courts-and-staff');
    expect(rows('SELECT name, kind FROM courts')).toEqual([
      { name: "Eastbridge Magistrates' Court", kind: 'MAGISTRATES' },
    ]);
    expect(rows('SELECT name, role FROM staff')).toEqual([
      { name: 'Sarah Hughes', role: 'CASE_MANAGER' },
    ]);
  });

  it('registers a person through the form', async () => {
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Register a person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Family name/).fill('Mensah');
    await dialog.getByLabel(/Given names/).fill('Abena');
    await dialog.getByRole('group', { name: /Date of birth/ }).click();
    await page.keyboard.type('14031995');
    await dialog.getByLabel(/Case reference/).fill('ev200123');
    await choose(dialog, /^Case manager/, 'Sarah Hughes');
    await choose(dialog, /^Gender/, 'Female');
    await choose(
      dialog,
      /^Ethnicity/,
      'Black, Black British, Black Welsh, Caribbean or African: African',
    );
    await choose(dialog, /^Religion/, 'Christian');
    await app.screenshot('03-register-person');
    await dialog.getByRole('button', { name: 'Register' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Mensah, Abena' }).isVisible())
      .toBe(true);
    expect(page.getByText('Case reference EV200123')).toBeTruthy();
    expect(rows('SELECT case_reference, date_of_birth, gender FROM people')).toEqual([
      { case_reference: 'EV200123', date_of_birth: '1995-03-14', gender: 'FEMALE' },
    ]);
  });

  it('refuses 350 hours in words, then registers the order', async () => {
    await page.getByRole('button', { name: 'Register an order' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^Court/, "Eastbridge Magistrates' Court");
    await dialog.getByRole('group', { name: /Sentence date/ }).click();
    await page.keyboard.type('20112026');
    await dialog.getByLabel(/Hours ordered/).fill('350');
    await choose(dialog, /^Offence category/, 'Theft and handling');
    await dialog.getByRole('textbox', { name: /^Offence$/ }).fill('Theft from a shop');
    await dialog.getByRole('button', { name: 'Register order' }).click();
    await expect
      .poll(() => dialog.getByText('Hours must be a whole number from 40 to 300').isVisible())
      .toBe(true);
    await app.screenshot('04-order-refused-350-hours');
    expect(rows('SELECT id FROM orders')).toEqual([]);

    await dialog.getByLabel(/Hours ordered/).fill('120');
    await dialog.getByRole('button', { name: 'Register order' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Order of 20/11/2026' }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('0 m credited of 120 h (0 %)').isVisible()).toBe(true);
    await app.screenshot('05-order');
    expect(rows('SELECT hours_ordered_minutes, end_date, status FROM orders')).toEqual([
      { hours_ordered_minutes: 7200, end_date: '2027-11-20', status: 'LIVE' },
    ]);
  });

  it('finds the person again by name, by case reference and by date of birth', async () => {
    for (const search of ['mensah', 'EV2001', '14/03/1995']) {
      await page.getByRole('link', { name: 'People' }).click();
      await page.getByLabel('Name, case reference or date of birth').fill(search);
      await expect
        .poll(() => page.getByRole('link', { name: 'Mensah, Abena' }).isVisible())
        .toBe(true);
    }
    await page.getByLabel('Name, case reference or date of birth').fill('nobody-here');
    await expect.poll(() => page.getByRole('link', { name: 'Mensah, Abena' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Orders' }).click();
    // The list opens on live orders, the ones an office works with every day.
    await expect
      .poll(() => page.getByText('Live orders, soonest end date first').isVisible())
      .toBe(true);
    await page.getByLabel('Name, case reference or date of birth').fill('mensah');
    await expect
      .poll(() => page.getByRole('link', { name: 'Mensah, Abena' }).isVisible())
      .toBe(true);
    await app.screenshot('06-orders-search');
  });
});
