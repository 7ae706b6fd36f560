import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefacts, gone, startBrowserMode, visible, type BrowserMode } from '../support/browser';
import {
  assessment,
  newOrder,
  placementInput,
  placementOffice,
  sessionInput,
} from '../core/fixtures-placements';

/**
 * Enforcement in Chromium: an unacceptable absence recorded on the session's register, a warning
 * decided on the Enforcement screen, and the warning letter printed to PDF, read back with
 * pdftotext and turned into a picture with pdftoppm.
 */

let app: BrowserMode;
let page: Page;
let orderId: number;
let sessionId: number;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await placementOffice(core);
  const order = await newOrder(core, office, {
    person: { address: '12 Mill Street\nNorthvale', postcode: 'NV2 3CD' },
  });
  orderId = order.id;
  await core.ok('risk.record', assessment(orderId));
  const placement = await core.ok('placements.save', placementInput({ capacity: 12 }));
  sessionId = (await core.ok('sessions.create', sessionInput(placement.id, office.supervisor.id)))
    .id;
  await core.ok('sessions.book', { sessionId, orderId });
  await app.signIn();
});
afterAll(async () => app?.stop());

const words = (text: string) => text.replace(/\s+/g, ' ');

describe('enforcement in Chromium', () => {
  it('sets the office letterhead', async () => {
    await page.goto(`${app.url}#/office`);
    await page.getByRole('button', { name: 'Change the letterhead' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: /^Address/ })
      .fill('Unpaid Work Unit\n4 Market Street\nNorthvale NV1 1AA');
    await dialog.getByRole('textbox', { name: 'Phone' }).fill('01632 960100');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('upw@northvale.example.org');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await gone(dialog);
    const card = page.getByRole('region', { name: 'Letterhead' });
    await visible(card.getByText('4 Market Street', { exact: false }));
    await app.shot('enforcement-01-letterhead');
  });

  it('records an unacceptable absence on the session’s register', async () => {
    await page.goto(`${app.url}#/sessions/${sessionId}`);
    await page.getByRole('combobox', { name: 'Outcome for Walker, Jordan' }).click();
    await page.getByRole('option', { name: 'UACP · Unacceptable absence' }).click();
    await page.getByRole('button', { name: 'Save register' }).click();
    await visible(page.getByText(/Register saved/));
    expect(app.rows('SELECT outcome FROM bookings')).toEqual([{ outcome: 'UACP' }]);
  });

  it('decides a warning on the Enforcement screen, with the step due and why', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByText('Enforcement').click();
    const pending = page.getByRole('grid', { name: 'Failures waiting for a decision' });
    await visible(
      pending.getByText('no warning given on this order before this failure on 21/11/2026'),
    );
    await app.shot('enforcement-02-pending');
    await pending
      .getByRole('button', { name: 'Decide for Walker, Jordan, failure on 21/11/2026' })
      .click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByText('Warning letter due:'));
    await visible(dialog.getByText('The letter asks them to get in touch by 03/12/2026'));
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await visible(dialog.getByText('Reason is required'));
    await dialog
      .getByRole('textbox', { name: /^Reason/ })
      .fill('No contact on the day; no reason given when telephoned on 23/11/2026');
    await app.shot('enforcement-03-decide');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await visible(page.getByRole('dialog', { name: 'Warning letter recorded' }));
    expect(
      app.rows(
        'SELECT decision, failure_date, decided_on, respond_by, decided_by FROM enforcement_decisions',
      ),
    ).toEqual([
      {
        decision: 'WARNING',
        failure_date: '2026-11-21',
        decided_on: '2026-11-26',
        respond_by: '2026-12-03',
        decided_by: 'Test Manager',
      },
    ]);
    await page.getByRole('link', { name: 'Print letter' }).click();
  });

  it('shows the warning letter as an A4 page and prints it to PDF', async () => {
    const heading = 'Warning: failure to comply with your unpaid work requirement';
    const letter = page.getByRole('article', { name: heading });
    await visible(letter.getByRole('heading', { name: heading }));
    await visible(page.getByRole('button', { name: 'Print' }));
    // No bar or menu of the app around the letter.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await app.shot('enforcement-04-letter-on-screen');

    const pdf = path.join(artefacts, 'enforcement-warning-letter.pdf');
    fs.writeFileSync(pdf, await page.pdf({ format: 'A4' }));
    const text = words(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain(heading);
    expect(text).toContain('Dear Jordan Walker,');
    expect(text).toContain('by 03/12/2026');
    expect(text).toContain('Unpaid Work Unit');
    expect(text).toContain('NV2 3CD');
    expect(text).toContain('Saturday 21/11/2026');
    expect(text).toContain('Copy to: Sarah Hughes, case manager');
    // The screen's buttons and warnings are not printed.
    expect(text).not.toMatch(/\bPrint\b|\bBack\b|Sign out/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);

    const png = path.join(artefacts, 'enforcement-05-warning-letter');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, png]);
    expect(fs.statSync(`${png}.png`).size).toBeGreaterThan(10_000);
  });

  it('lists the decision on the order page with its letter', async () => {
    await page.getByRole('button', { name: 'Back' }).click();
    await page.goto(`${app.url}#/orders/${orderId}`);
    const panel = page.getByRole('region', { name: 'Enforcement' });
    await visible(panel.getByText('21/11/2026'));
    await visible(panel.getByText('26/11/2026 by Test Manager'));
    await visible(panel.getByRole('link', { name: /^Print letter/ }));
    await app.shot('enforcement-06-order-panel');
    await page.getByRole('link', { name: 'Enforcement', exact: true }).click();
    await visible(page.getByText('Every failure has a decision.'));
    await app.shot('enforcement-07-decided');
  });
});

describe('a breach referral in Chromium', () => {
  let later: BrowserMode;
  let breachId: number;

  beforeAll(async () => {
    later = await startBrowserMode({ today: '2026-12-14' });
    const { core } = later;
    const office = await placementOffice(core);
    const order = await newOrder(core, office, {
      person: { givenNames: 'Amira', familyName: 'Osei', address: '3 Canal Row, Eastgate' },
    });
    await core.ok('risk.record', assessment(order.id));
    const placement = await core.ok('placements.save', placementInput({ capacity: 12 }));
    const failOn = async (date: string) => {
      const session = await core.ok(
        'sessions.create',
        sessionInput(placement.id, office.supervisor.id, { date }),
      );
      await core.ok('sessions.book', { sessionId: session.id, orderId: order.id });
      await core.ok('sessions.recordRegister', {
        sessionId: session.id,
        rows: [{ orderId: order.id, outcome: 'UACP' }],
      });
    };
    await failOn('2026-11-07');
    // The warning for it was decided on an earlier day, 26/11/2026.
    const db = new Database(core.databaseFile);
    try {
      db.prepare(
        `INSERT INTO enforcement_decisions (order_id, booking_id, decision, failure_date, decided_on,
           respond_by, reason, decided_by, created_at)
         SELECT order_id, id, 'WARNING', '2026-11-07', '2026-11-26', '2026-12-03',
           'No reason given', 'Priya Shah', '2026-11-26T10:00:00Z' FROM bookings`,
      ).run();
    } finally {
      db.close();
    }
    await failOn('2026-12-12');
    const [pending] = await core.ok('enforcement.pending', {});
    const breach = await core.ok('enforcement.decide', {
      bookingId: pending!.bookingId,
      decision: 'BREACH',
      reason: 'Second unacceptable absence within 12 months of the warning',
    });
    breachId = breach.id;
    await later.signIn();
  });
  afterAll(async () => later?.stop());

  it('prints the breach referral, naming the warning it follows and the case manager', async () => {
    const p = later.page;
    await p.goto(`${later.url}#/letters/${breachId}`);
    const letter = p.getByRole('article', { name: 'Breach referral' });
    await visible(letter);
    // No letterhead address was set: the screen says so, the paper does not.
    await visible(p.getByText('The office has no letterhead address yet'));
    const pdf = path.join(artefacts, 'enforcement-breach-letter.pdf');
    fs.writeFileSync(pdf, await p.pdf({ format: 'A4' }));
    const text = words(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Breach referral');
    expect(text).toContain('Dear Amira Osei,');
    expect(text).toContain(
      'On 26/11/2026 you were given a formal warning about a failure on 07/11/2026.',
    );
    expect(text).toContain('Your case manager, Sarah Hughes, has been told');
    expect(text).not.toContain('letterhead');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      pdf,
      path.join(artefacts, 'enforcement-08-breach-letter'),
    ]);
  });
});
