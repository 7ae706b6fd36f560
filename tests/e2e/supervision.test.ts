import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput, smallOffice } from '../support/core';
import {
  choose,
  gone,
  startBrowserMode,
  typeDate,
  visible,
  type BrowserMode,
} from '../support/browser';

/** Today is Thursday 26/11/2026 (the test core's clock). */
let app: BrowserMode;
let page: Page;
let orderId: number;
let sessionId: number;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await smallOffice(core);
  const supervisor = await core.ok('staff.save', { name: 'Tom Reid', role: 'SUPERVISOR' });
  const order = async (familyName: string, caseReference: string, sentenceDate: string) =>
    core.ok('orders.create', {
      personId: (
        await core.ok(
          'people.create',
          personInput(office.caseManager.id, { familyName, caseReference }),
        )
      ).id,
      courtId: office.magistrates.id,
      sentenceDate,
      hours: 120,
      requirementType: 'COMMUNITY_ORDER',
      offenceCategory: 'THEFT',
      offence: 'Theft from a shop',
    });
  orderId = (await order('Walker', 'NV200001', '2026-11-02')).id;
  // One whose review is overdue, and one with no plan long after sentence, for the list.
  const reviewed = (await order('Osei', 'NV200002', '2026-08-03')).id;
  await core.ok('supervision.savePlan', {
    orderId: reviewed,
    agreedOn: '2026-08-10',
    objectives: 'Attend every session',
    reviewEveryWeeks: 4,
  });
  await core.ok('supervision.addReview', {
    orderId: reviewed,
    reviewedOn: '2026-10-12',
    progress: 'Attending well',
  });
  await order('Khan', 'NV200003', '2026-10-05');
  const placement = await core.ok('placements.save', {
    name: 'Riverside Garden',
    beneficiary: 'Riverside Community Trust',
    contactName: 'Helen Moss',
    address: '1 River Lane, Northvale',
    area: 'Northvale',
    type: 'GROUP',
    sessions: ['SAT_MORNING'],
    startTime: '09:00',
    endTime: '13:00',
    capacity: 6,
    maxRiskLevel: 'MEDIUM',
    excludedFlags: [],
    suits: [],
    features: [],
    skills: ['GARDENING'],
    transportProvided: false,
    healthAndSafetyAssessedOn: '2026-06-01',
    healthAndSafetyReviewDue: '2027-06-01',
  });
  sessionId = (
    await core.ok('sessions.create', {
      placementId: placement.id,
      date: '2026-11-21',
      startTime: '09:00',
      endTime: '13:00',
      leaderId: supervisor.id,
      capacity: 6,
    })
  ).id;
  await app.signIn();
});
afterAll(async () => app?.stop());

/** A picture of one part of the page (a panel low on a long page), without the snackbar over it. */
async function shotOf(locator: Locator, name: string) {
  const snackbar = page.locator('.MuiSnackbar-root');
  if (await snackbar.isVisible()) {
    await snackbar.getByRole('button', { name: 'Close' }).click();
    await gone(snackbar);
  }
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `test-results/${name}.png` });
}

describe('supervision, case manager alerts and incidents in Chromium', () => {
  it('agrees a supervision plan on the order page', async () => {
    await page.goto(`${app.url}#/orders/${orderId}`);
    const panel = page.getByRole('region', { name: 'Supervision' });
    await visible(
      panel.getByText('No supervision plan yet. It is due by 16/11/2026', { exact: false }),
    );
    await shotOf(panel, 'supervision-01-no-plan');
    await panel.getByRole('button', { name: 'Agree a plan' }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(dialog, /Date agreed/, '27112026');
    await dialog
      .getByRole('textbox', { name: /^Objectives/ })
      .fill('Attend every Saturday.\nLearn to use the hedge trimmer safely.');
    await dialog.getByRole('spinbutton', { name: /Weeks between reviews/ }).fill('2');
    await dialog.getByRole('button', { name: 'Agree plan' }).click();
    // Amends refuses a date in the future, and says so next to the field.
    await visible(dialog.getByText('Date agreed cannot be in the future'));
    await typeDate(dialog, /Date agreed/, '16112026');
    await app.shot('supervision-02-plan-dialog');
    await dialog.getByRole('button', { name: 'Agree plan' }).click();
    await gone(dialog);
    await visible(panel.getByText('16/11/2026 by Test Manager'));
    await visible(panel.getByText('30/11/2026 due soon'));
    await visible(panel.getByText('Learn to use the hedge trimmer safely.', { exact: false }));
    expect(
      app.rows(
        'SELECT order_id, agreed_on, review_every_weeks, agreed_by FROM supervision_plans ORDER BY id',
      ),
    ).toEqual([
      expect.anything(),
      {
        order_id: orderId,
        agreed_on: '2026-11-16',
        review_every_weeks: 2,
        agreed_by: 'Test Manager',
      },
    ]);
  });

  it('writes a note that alerts the case manager', async () => {
    const panel = page.getByRole('region', { name: 'Supervision' });
    await panel.getByRole('button', { name: 'Write a note' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^From/, 'Supervisor');
    await dialog
      .getByRole('textbox', { name: /^Note/ })
      .fill('Arrived an hour late two Saturdays running; says the bus times changed.');
    await dialog.getByRole('checkbox', { name: 'Alert the case manager (Sarah Hughes)' }).check();
    await app.shot('supervision-03-note-dialog');
    await dialog.getByRole('button', { name: 'Save note' }).click();
    await gone(dialog);
    await visible(panel.getByText('Case manager alerted'));
    await visible(panel.getByText('To send'));
    await shotOf(panel, 'supervision-04-plan-and-note');
    expect(app.rows('SELECT author, written_by, alert_case_manager FROM order_notes')).toEqual([
      { author: 'SUPERVISOR', written_by: 'Test Manager', alert_case_manager: 1 },
    ]);
  });

  it('lists the alert for the office, which marks it as sent', async () => {
    await page.getByRole('link', { name: 'Case manager alerts' }).click();
    const grid = page.getByRole('grid', { name: 'Alerts to send' });
    await visible(grid.getByRole('link', { name: 'Walker, Jordan' }));
    await visible(grid.getByText('Sarah Hughes'));
    await visible(
      grid.getByText('From the supervisor: Arrived an hour late', {
        exact: false,
      }),
    );
    await app.shot('supervision-05-alerts-to-send');
    await grid.getByRole('button', { name: 'Mark the alert about Walker, Jordan as sent' }).click();
    await visible(page.getByText('Alert about Walker, Jordan marked as sent to Sarah Hughes'));
    await visible(grid.getByText('No alerts waiting: every case manager has been told.'));
    await page.getByRole('button', { name: 'Sent' }).click();
    const sent = page.getByRole('grid', { name: 'Alerts sent' });
    await visible(sent.getByText('26/11/2026 by Test Manager'));
    await app.shot('supervision-06-alerts-sent');
    expect(app.rows('SELECT source, sent_on, sent_by FROM case_manager_alerts')).toEqual([
      { source: 'NOTE', sent_on: '2026-11-26', sent_by: 'Test Manager' },
    ]);
  });

  it('shows the plans and reviews falling due', async () => {
    await page.getByRole('tab', { name: /Reviews due/ }).click();
    const grid = page.getByRole('grid', { name: 'Reviews due' });
    await visible(grid.getByRole('link', { name: 'Osei, Jordan' }));
    await visible(grid.getByText('09/11/2026 overdue'));
    await visible(grid.getByText('19/10/2026 overdue'));
    await visible(grid.getByText('30/11/2026 due soon'));
    await app.shot('supervision-07-reviews-due');
  });

  it('reports an incident from the session page', async () => {
    await page.goto(`${app.url}#/sessions/${sessionId}`);
    const panel = page.getByRole('region', { name: 'Health and safety' });
    await visible(panel.getByText('No incidents reported at this session.'));
    await panel.getByRole('button', { name: 'Report an incident' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, /^Kind/, 'Accident (someone hurt)');
    await dialog.getByRole('textbox', { name: /^Time it happened/ }).fill('1040');
    await dialog
      .getByRole('textbox', { name: /^What happened/ })
      .fill('Cut his hand on a bramble while clearing the bank. His glove had a tear.');
    await dialog
      .getByRole('textbox', { name: /^People involved/ })
      .fill('Jordan Walker (on the order); Tom Reid (supervisor)');
    await dialog
      .getByRole('textbox', { name: /^Action taken/ })
      .fill('Cleaned and dressed; new gloves issued; gloves now checked before work');
    await dialog
      .getByRole('textbox', { name: /^Reported to/ })
      .fill('Helen Moss, Riverside Community Trust');
    await dialog.getByRole('button', { name: 'Record incident' }).click();
    await visible(dialog.getByText('Injuries must be described for an accident'));
    await dialog.getByRole('textbox', { name: /^Injuries/ }).fill('Small cut to the left palm');
    await dialog.getByRole('checkbox', { name: 'First aid given' }).check();
    await app.shot('supervision-08-incident-dialog');
    await dialog.getByRole('button', { name: 'Record incident' }).click();
    await gone(dialog);
    await visible(panel.getByText('at 10:40 · recorded by Test Manager'));
    await visible(panel.getByText('Helen Moss, Riverside Community Trust on 26/11/2026'));
    await shotOf(panel, 'supervision-09-session-incident');
    expect(
      app.rows(
        'SELECT session_id, kind, occurred_at, injuries, first_aid_given, reported_on, recorded_by FROM incidents',
      ),
    ).toEqual([
      {
        session_id: sessionId,
        kind: 'ACCIDENT',
        occurred_at: '10:40',
        injuries: 'Small cut to the left palm',
        first_aid_given: 1,
        reported_on: '2026-11-26',
        recorded_by: 'Test Manager',
      },
    ]);
  });

  it('counts incidents by kind on the health and safety page', async () => {
    await page.getByRole('link', { name: 'Health and safety' }).click();
    const counts = page.getByRole('region', { name: 'Incidents by kind' });
    await visible(counts.getByText('Accident (someone hurt)'));
    await expect
      .poll(() => counts.getByRole('paragraph').allTextContents(), { timeout: 10_000 })
      .toEqual([
        'Accident (someone hurt)',
        '1',
        'Incident (behaviour, damage, threat)',
        '0',
        'Near miss',
        '0',
        'All incidents',
        '1',
      ]);
    const grid = page.getByRole('grid', { name: 'Incidents' });
    await visible(
      grid.getByText('Cut his hand on a bramble while clearing the bank.', { exact: false }),
    );
    await app.shot('supervision-10-health-and-safety');
  });
});
