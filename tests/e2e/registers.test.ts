import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, startBrowserMode, visible, type BrowserMode } from '../support/browser';
import {
  assessedOrder,
  placementInput,
  placementOffice,
  sessionInput,
} from '../core/fixtures-placements';

let app: BrowserMode;
let page: Page;
let sessionId: number;
let walker: number;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await placementOffice(core);
  const placement = await core.ok('placements.save', placementInput({ capacity: 12 }));
  walker = await assessedOrder(core, office, 'Walker', { hours: 40 });
  const adams = await assessedOrder(core, office, 'Adams');
  const baker = await assessedOrder(core, office, 'Baker');
  sessionId = (await core.ok('sessions.create', sessionInput(placement.id, office.supervisor.id)))
    .id;
  for (const orderId of [walker, adams, baker])
    await core.ok('sessions.book', { sessionId, orderId });
  await app.signIn();
});
afterAll(async () => app?.stop());

describe('a work session’s register in Chromium', () => {
  it('records one outcome alone, then the rest with a stand-down reason, and moves the ledger', async () => {
    await page.goto(`${app.url}#/orders/${walker}`);
    await visible(page.getByText('No hours credited yet.'));
    // 40 hours at 6 a week fit in the 7 weeks left, but nothing is booked yet.
    await visible(page.getByText('0 m a week booked, below the minimum of 6 h.'));

    await page.goto(`${app.url}#/sessions/${sessionId}`);
    const register = page.getByRole('table', { name: 'Register' });
    await choose(register, /^Outcome for Walker, Jordan/, 'ATTC · Attended, complied');
    await register.getByRole('textbox', { name: 'Start for Walker, Jordan' }).fill('09:00');
    await register.getByRole('textbox', { name: 'Finish for Walker, Jordan' }).fill('13:00');
    await register
      .getByRole('spinbutton', { name: 'Penalty minutes for Walker, Jordan' })
      .fill('15');
    await page.getByRole('button', { name: 'Save 1 of 3 outcomes' }).click();
    await visible(page.getByText('Register saved: 3 h 45 m credited in all; 2 still to record'));
    expect(
      app.rows(
        'SELECT order_id, outcome, credited_minutes FROM bookings WHERE outcome IS NOT NULL',
      ),
    ).toEqual([{ order_id: walker, outcome: 'ATTC', credited_minutes: 225 }]);

    await choose(
      register,
      /^Outcome for Adams, Jordan/,
      'AASD · Acceptable absence: stood down in advance',
    );
    await choose(register, /^Outcome for Baker, Jordan/, 'UACP · Unacceptable absence');
    await page.getByRole('button', { name: 'Save register' }).click();
    // The stand-down's reason is asked for on its row, and nothing is written without it.
    await visible(register.getByText(/Adams, Jordan: Say why the service stood the person down/));
    expect(app.rows('SELECT COUNT(*) AS n FROM bookings WHERE outcome IS NOT NULL')).toEqual([
      { n: 1 },
    ]);
    await choose(register, /^Why Adams, Jordan was stood down/, 'No supervisor available');
    await register
      .getByRole('checkbox', { name: 'Alert the case manager of Baker, Jordan' })
      .check();
    await page.getByRole('button', { name: 'Save register' }).click();
    await visible(page.getByText('Register saved: 4 h 45 m credited in all'));
    await app.screenshot('registers-01-work-session-recorded');
    expect(
      app.rows('SELECT outcome, stand_down_cause, credited_minutes FROM bookings ORDER BY id'),
    ).toEqual([
      { outcome: 'ATTC', stand_down_cause: null, credited_minutes: 225 },
      { outcome: 'AASD', stand_down_cause: 'NO_SUPERVISOR', credited_minutes: 60 },
      { outcome: 'UACP', stand_down_cause: null, credited_minutes: 0 },
    ]);
    expect(app.rows('SELECT source FROM case_manager_alerts')).toEqual([{ source: 'REGISTER' }]);

    await page.goto(`${app.url}#/orders/${walker}`);
    const ledger = page.getByRole('grid', { name: 'Hours ledger' });
    await visible(
      ledger.getByText('Riverside Garden: Attended, complied, 09:00–13:00, 15 min penalty'),
    );
    await visible(page.getByText('3 h 45 m credited of 40 h (9 %)'));
    await app.screenshot('registers-02-ledger-moved');
  });

  it('shows the orders at risk and the overdue registers on the home page', async () => {
    await page.goto(`${app.url}#/`);
    const atRisk = page.getByRole('link', { name: /Orders at risk/ });
    await visible(atRisk);
    await atRisk.click();
    const grid = page.getByRole('grid', { name: 'Orders at risk' });
    // Adams has 120 hours left and 7 weeks; Walker's 40 hours are not at risk.
    await visible(grid.getByText('Adams, Jordan'));
    expect(await grid.getByText('Walker, Jordan').count()).toBe(0);
    await app.screenshot('registers-03-orders-at-risk');
  });
});
