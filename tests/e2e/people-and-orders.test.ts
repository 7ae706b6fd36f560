import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  choose,
  gone,
  startBrowserMode,
  typeDate,
  visible,
  type BrowserMode,
} from '../support/browser';

let app: BrowserMode;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
});
afterAll(async () => app?.stop());

describe('a new office in Chromium', () => {
  it('signs in, starts empty and keeps its courts and case managers', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await app.screenshot('00-sign-in');
    await app.signIn();
    await page.getByLabel(/Office name/).fill('Eastbridge Unpaid Work');
    await app.screenshot('01-first-run');
    await page.getByRole('button', { name: 'Start empty' }).click();
    await visible(page.getByRole('heading', { name: 'Home' }));

    await page.getByRole('link', { name: 'Courts and staff' }).click();
    await page.getByRole('button', { name: 'Add a court' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Court name/).fill("Eastbridge Magistrates' Court");
    await dialog.getByRole('button', { name: 'Save' }).click();
    await gone(dialog);
    await page.getByRole('button', { name: 'Add a member of staff' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Sarah Hughes');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await gone(dialog);
    await app.screenshot('02-courts-and-staff');
    expect(app.rows('SELECT name, kind FROM courts')).toEqual([
      { name: "Eastbridge Magistrates' Court", kind: 'MAGISTRATES' },
    ]);
    expect(app.rows('SELECT name, role FROM staff')).toEqual([
      { name: 'Sarah Hughes', role: 'CASE_MANAGER' },
    ]);
  });

  it('registers a person through the form', async () => {
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Register a person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Family name/).fill('Mensah');
    await dialog.getByLabel(/Given names/).fill('Abena');
    await typeDate(dialog, /Date of birth/, '14031995');
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
    await visible(page.getByRole('heading', { name: 'Mensah, Abena' }));
    expect(page.getByText('Case reference EV200123')).toBeTruthy();
    expect(app.rows('SELECT case_reference, date_of_birth, gender FROM people')).toEqual([
      { case_reference: 'EV200123', date_of_birth: '1995-03-14', gender: 'FEMALE' },
    ]);
  });

  it('refuses 350 hours in words, then registers the order', async () => {
    await page.getByRole('button', { name: 'Register an order' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^Court/, "Eastbridge Magistrates' Court");
    await typeDate(dialog, /Sentence date/, '20112026');
    await dialog.getByLabel(/Hours ordered/).fill('350');
    await choose(dialog, /^Offence category/, 'Theft and handling');
    await dialog.getByRole('textbox', { name: /^Offence$/ }).fill('Theft from a shop');
    await dialog.getByRole('button', { name: 'Register order' }).click();
    await visible(dialog.getByText('Hours must be a whole number from 40 to 300'));
    await app.screenshot('04-order-refused-350-hours');
    expect(app.rows('SELECT id FROM orders')).toEqual([]);

    await dialog.getByLabel(/Hours ordered/).fill('120');
    await dialog.getByRole('button', { name: 'Register order' }).click();
    await visible(page.getByRole('heading', { name: 'Order of 20/11/2026' }));
    await visible(page.getByText('0 m credited of 120 h (0 %)'));
    await app.screenshot('05-order');
    expect(app.rows('SELECT hours_ordered_minutes, end_date, status FROM orders')).toEqual([
      { hours_ordered_minutes: 7200, end_date: '2027-11-20', status: 'LIVE' },
    ]);
  });

  it('finds the person again by name, by case reference and by date of birth', async () => {
    for (const search of ['mensah', 'EV2001', '14/03/1995']) {
      await page.getByRole('link', { name: 'People' }).click();
      await page.getByLabel('Name, case reference or date of birth').fill(search);
      await visible(page.getByRole('link', { name: 'Mensah, Abena' }));
    }
    await page.getByLabel('Name, case reference or date of birth').fill('nobody-here');
    await expect.poll(() => page.getByRole('link', { name: 'Mensah, Abena' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Orders' }).click();
    // The list opens on live orders, the ones an office works with every day.
    await visible(page.getByText('Live orders, soonest end date first'));
    await page.getByLabel('Name, case reference or date of birth').fill('mensah');
    await visible(page.getByRole('link', { name: 'Mensah, Abena' }));
    await app.screenshot('06-orders-search');
  });
});
