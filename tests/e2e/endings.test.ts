import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput, smallOffice } from '../support/core';
import {
  choose,
  gone,
  pick,
  startBrowserMode,
  typeDate,
  visible,
  type BrowserMode,
} from '../support/browser';

let app: BrowserMode;
let page: Page;
let walker: number;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await smallOffice(core);
  const order = async (familyName: string, caseReference: string) =>
    core.ok('orders.create', {
      personId: (
        await core.ok(
          'people.create',
          personInput(office.caseManager.id, { familyName, caseReference }),
        )
      ).id,
      courtId: office.magistrates.id,
      sentenceDate: '2026-01-15',
      hours: 80,
      requirementType: 'COMMUNITY_ORDER',
      offenceCategory: 'THEFT',
      offence: 'Theft from a shop',
    });
  walker = (await order('Walker', 'NV200001')).id;
  await core.ok('orders.creditAdjustment', {
    orderId: walker,
    date: '2026-11-21',
    minutes: 80 * 60,
    reason: 'Hours worked at Riverside Garden',
  });
  // Someone with hours still to do: not ready, and refused a completion.
  const osei = (await order('Osei', 'NV200002')).id;
  await core.ok('orders.creditAdjustment', {
    orderId: osei,
    date: '2026-11-14',
    minutes: 50 * 60,
    reason: 'Hours worked',
  });
  await app.signIn();
});
afterAll(async () => app?.stop());

describe('ending an order and its exit interview in Chromium', () => {
  it('lists the order with every hour credited as ready to complete', async () => {
    await page.getByRole('link', { name: 'Endings' }).click();
    const ready = page.getByRole('grid', { name: 'Ready to complete' });
    await visible(ready.getByRole('link', { name: 'Walker, Jordan' }));
    await visible(ready.getByText('21/11/2026'));
    expect(await ready.getByRole('link', { name: 'Osei, Kwame' }).count()).toBe(0);
    await visible(page.getByText('1 live order has no hours outstanding'));
    await app.shot('endings-01-ready-to-complete');
  });

  it('refuses a completion with hours outstanding, on the field, saying how many', async () => {
    await page.getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('link', { name: 'Osei, Jordan' }).click();
    const panel = page.getByRole('region', { name: 'Ending' });
    await visible(
      panel.getByText('The order is live: 30 h outstanding, to be worked by 15/01/2027.'),
    );
    await panel.getByRole('button', { name: 'End the order' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^How the order ended/, 'Completed: all hours worked');
    await typeDate(dialog, /^Date ended/, '25112026');
    await dialog.getByRole('button', { name: 'End the order' }).click();
    await visible(dialog.getByText('The order cannot be completed: 30 h still outstanding'));
    await app.shot('endings-02-completion-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await gone(dialog);
    expect(app.rows(`SELECT status FROM orders WHERE status != 'LIVE'`)).toEqual([]);
  });

  it('completes the order through its page and shows the exit interview missing', async () => {
    await page.goto(`${app.url}#/orders/${walker}`);
    const panel = page.getByRole('region', { name: 'Ending' });
    await visible(panel.getByText('Every hour is credited'));
    await panel.getByRole('button', { name: 'End the order' }).click();
    const dialog = page.getByRole('dialog');
    // Completion and the date of the last credit are offered; an expiry is refused on its field.
    await choose(dialog, /^How the order ended/, 'Expired');
    await dialog.getByRole('button', { name: 'End the order' }).click();
    await visible(dialog.getByText('Reason is required unless the order was completed'));
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Ran out of time');
    await dialog.getByRole('button', { name: 'End the order' }).click();
    await visible(
      dialog.getByText('The order cannot expire before its end date has passed (15/01/2027)'),
    );
    await choose(dialog, /^How the order ended/, 'Completed: all hours worked');
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('');
    await gone(page.getByRole('listbox'));
    await app.shot('endings-03-end-the-order');
    await dialog.getByRole('button', { name: 'End the order' }).click();
    await gone(dialog);
    await visible(panel.getByText('Completed on 21/11/2026'));
    await visible(panel.getByText('Exit interview missing'));
    await visible(panel.getByText('All hours credited'));
    await app.shot('endings-04-completed-interview-missing');
    expect(
      app.rows(
        'SELECT o.status, o.ended_on, e.reason, e.recorded_by FROM orders o JOIN order_endings e ON e.order_id = o.id',
      ),
    ).toEqual([
      {
        status: 'COMPLETED',
        ended_on: '2026-11-21',
        reason: 'All hours credited',
        recorded_by: 'Test Manager',
      },
    ]);
  });

  it('lists the completion as missing an exit interview, then records it through the dialog', async () => {
    await page.getByRole('link', { name: 'Endings' }).click();
    const missing = page.getByRole('grid', { name: 'Exit interviews missing' });
    await visible(missing.getByRole('link', { name: 'Walker, Jordan' }));
    await visible(missing.getByText('5 days'));
    await visible(page.getByText('No live order has every hour credited.'));
    await app.shot('endings-05-exit-interviews-missing');

    await missing
      .getByRole('button', { name: 'Record the exit interview of Walker, Jordan' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Record interview' }).click();
    await visible(dialog.getByText('What they did is required'));
    await visible(dialog.getByText('How they were treated is required: choose from 1 to 5 stars'));
    await typeDate(dialog, /^Date of interview/, '24112026');
    await dialog
      .getByRole('textbox', { name: /^What they did/ })
      .fill('Built raised beds and cleared paths at Riverside Garden');
    await dialog
      .getByRole('textbox', { name: /^What they learned/ })
      .fill('Using hand tools safely; working in a team');
    await pick(dialog, 'Skills gained', ['Gardening and grounds', 'Construction and joinery']);
    // The fourth star, as a person clicks it; its radio then reads 4 of 5.
    await dialog.locator('label', { hasText: '4 of 5: Well' }).click();
    expect(await dialog.getByRole('radio', { name: '4 of 5: Well' }).isChecked()).toBe(true);
    await dialog
      .getByRole('radiogroup', { name: 'Did the work feel worthwhile?' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await dialog
      .getByRole('radiogroup', { name: 'Will they carry on as a volunteer?' })
      .getByRole('radio', { name: 'Not sure' })
      .check();
    await dialog
      .getByRole('radiogroup', { name: 'Any further offence known since the order began?' })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await dialog.getByRole('checkbox', { name: 'A beneficiary offered them paid work' }).check();
    await dialog
      .getByRole('textbox', { name: /^Comments/ })
      .fill('The garden may take him on for the spring');
    await app.shot('endings-06-exit-interview-form');
    await dialog.getByRole('button', { name: 'Record interview' }).click();
    await gone(dialog);
    await visible(page.getByText('Every completion of the last 12 months has its exit interview.'));
    expect(await missing.getByRole('link', { name: 'Walker, Jordan' }).count()).toBe(0);
    await app.shot('endings-07-nothing-missing');
    expect(
      app.rows(
        'SELECT order_id, interviewed_on, skills_gained, treatment_rating, work_worthwhile, will_volunteer, offered_paid_work, further_offence, comments, interviewed_by FROM exit_interviews',
      ),
    ).toEqual([
      {
        order_id: walker,
        interviewed_on: '2026-11-24',
        skills_gained: '["GARDENING","CONSTRUCTION"]',
        treatment_rating: 4,
        work_worthwhile: 'YES',
        will_volunteer: 'UNSURE',
        offered_paid_work: 1,
        further_offence: 'NO',
        comments: 'The garden may take him on for the spring',
        interviewed_by: 'Test Manager',
      },
    ]);
  });

  it('shows the exit interview on the order page', async () => {
    await page.goto(`${app.url}#/orders/${walker}`);
    const panel = page.getByRole('region', { name: 'Ending' });
    await visible(panel.getByText('24/11/2026 by Test Manager'));
    await visible(panel.getByText('4 of 5: Well'));
    await visible(panel.getByText('Construction and joinery'));
    expect(await panel.getByText('Exit interview missing').count()).toBe(0);
    await app.shot('endings-08-exit-interview-on-the-order');
  });
});
