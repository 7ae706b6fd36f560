import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFooter, pdfHeader, pdfMarginMm } from '../../shared/print';
import { buildNoticeData } from '../core/notices-fixtures';
import { artefacts, gone, startBrowserMode, visible, type BrowserMode } from '../support/browser';
import { smallOffice } from '../support/core';

/**
 * A court shortfall notice in Chromium, on the constructed office of notices-fixtures.ts (today
 * Thursday 26/11/2026): the home page's warning, the preview of the figures for the
 * magistrates' court over the four weeks to today, the sign-off and the issue, the notice as an
 * A4 document printed to PDF (read back with pdftotext, pictured with pdftoppm), and the register.
 */

let app: BrowserMode;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  const office = await smallOffice(core);
  await core.ok('office.saveLetterhead', {
    address: 'Unpaid Work Unit\n4 Market Street\nNorthvale NV1 1AA',
    phone: '01632 960100',
    email: 'upw@northvale.example.org',
  });
  const sqlite = new Database(core.databaseFile);
  try {
    buildNoticeData(
      sqlite,
      { magistrates: office.magistrates.id, crown: office.crown.id },
      office.caseManager.id,
    );
  } finally {
    sqlite.close();
  }
  await app.signIn();
});
afterAll(async () => app?.stop());

const rows = (sql: string) => app.rows(sql);
const shot = (name: string) => app.shot(name);

/** Replaces whatever date is in the picker (the shared typeDate types into an empty one). */
async function typeDate(label: RegExp, digits: string) {
  await page.getByRole('group', { name: label }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(digits);
}

const words = (text: string) => text.replace(/\s+/g, ' ');

/** A row of the figures table: its label, the court's value and the office's. */
async function figureRow(label: string) {
  const row = page
    .getByRole('table', { name: 'Figures' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

const title =
  "Notice to Northvale Magistrates' Court: shortfall in the capacity to deliver unpaid work";

describe('a court shortfall notice in Chromium', () => {
  it('warns the manager on the home page that capacity falls short of need', async () => {
    const card = page.getByRole('region', {
      name: 'Capacity falls short of need: tell the courts',
    });
    await visible(card);
    await visible(
      card.getByText(
        'The office can offer 74 h of unpaid work a week against the 80 h 11 m its live orders need: 6 h 11 m a week short.',
        { exact: false },
      ),
    );
    await visible(card.getByText('No court notice has been issued yet.'));
    await shot('notices-01-home-suggestion');
    await card.getByRole('link', { name: 'New court notice' }).click();
  });

  it('previews the figures for a court and a period, each with its definition', async () => {
    await visible(page.getByRole('heading', { name: 'New court notice' }));
    // Nothing chosen yet: the court is asked for.
    await page.getByRole('button', { name: 'Preview' }).click();
    await visible(page.getByText('Choose the court'));
    await page.getByRole('combobox', { name: /^Court/ }).click();
    await page.getByRole('option', { name: "Northvale Magistrates' Court" }).click();
    await typeDate(/^From/, '30102026');
    // A period ending tomorrow is refused on its field by the backend.
    await typeDate(/^To/, '27112026');
    await page.getByRole('button', { name: 'Preview' }).click();
    await visible(page.getByText('To cannot be after today (26/11/2026)'));
    await typeDate(/^To/, '26112026');
    await page.getByRole('button', { name: 'Preview' }).click();
    const figures = page.getByRole('region', { name: 'The figures' });
    await visible(
      figures.getByText(/For Northvale Magistrates' Court, 30\/10\/2026 to 26\/11\/2026/),
    );
    expect(await figureRow('Live orders')).toEqual(['5', '7']);
    expect(await figureRow('Hours outstanding on live orders')).toEqual(['370 h', '650 h']);
    expect(await figureRow('Longest wait for a first session')).toEqual([
      '18 working days',
      '33 working days',
    ]);
    expect(await figureRow('Hours a week the office can offer')).toEqual(['—', '74 h']);
    expect(await figureRow('Hours a week the live orders need')).toEqual(['56 h', '80 h 11 m']);
    expect(await figureRow('Supervisor-sessions needed a week')).toEqual(['—', '1.3']);
    await visible(figures.getByText(/each session of the week \(a day’s morning, afternoon/));
    await shot('notices-02-preview');
  });

  it('asks what the office is doing and who signs it off, and confirms before issuing', async () => {
    const form = page.getByRole('region', { name: 'Action and sign-off' });
    await form.getByRole('button', { name: 'Issue notice…' }).click();
    await visible(form.getByText('What the office is doing is required'));
    await form
      .getByRole('textbox', { name: /^What the office is doing about it/ })
      .fill(
        'Two supervisors are being recruited and start on 04/01/2027.\nCanal Path adds Sunday sessions from 06/12/2026, and the Old Library’s health and safety review is booked for 01/12/2026.',
      );
    await form.getByRole('textbox', { name: /^Signed off by/ }).fill('Helen Carter');
    expect(
      await form.getByRole('textbox', { name: /^Role of the person signing/ }).inputValue(),
    ).toBe('UPW manager');
    await form.getByRole('button', { name: 'Issue notice…' }).click();
    const dialog = page.getByRole('dialog', {
      name: "Issue this notice to Northvale Magistrates' Court?",
    });
    await visible(dialog.getByText(/Once issued it cannot be changed/));
    await shot('notices-03-confirm');
    expect(rows('SELECT id FROM court_notices')).toEqual([]);
    await dialog.getByRole('button', { name: 'Issue notice' }).click();
    await gone(dialog);
    expect(
      rows(
        'SELECT number, court_id, period_from, period_to, issued_on, signed_off_by, signed_off_role, issued_by_account FROM court_notices',
      ),
    ).toEqual([
      {
        number: 'CSN-2026-001',
        court_id: 1,
        period_from: '2026-10-30',
        period_to: '2026-11-26',
        issued_on: '2026-11-26',
        signed_off_by: 'Helen Carter',
        signed_off_role: 'UPW manager',
        issued_by_account: 'Test Manager',
      },
    ]);
  });

  it('shows the notice as an A4 document and prints it to PDF', async () => {
    const sheet = page.getByRole('article', { name: title });
    await visible(sheet.getByRole('heading', { name: title }));
    await visible(sheet.getByText('CSN-2026-001'));
    // No bar or menu of the app around it.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    const issued = page.getByRole('alert').filter({ hasText: 'Notice CSN-2026-001 issued' });
    await visible(issued);
    await issued.getByRole('button', { name: 'Close' }).click();
    await gone(issued);
    await shot('notices-04-document');
    await page.screenshot({ path: path.join(artefacts, 'notices-04-document-top.png') });

    // Save as PDF in a browser opens the print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

    const pdf = path.join(artefacts, 'notices-court-notice.pdf');
    const margin = `${pdfMarginMm}mm`;
    await page.emulateMedia({ media: 'print' });
    fs.writeFileSync(
      pdf,
      await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeader,
        footerTemplate: pdfFooter(
          "Court shortfall notice CSN-2026-001 to Northvale Magistrates' Court",
        ),
        margin: { top: margin, bottom: margin, left: margin, right: margin },
      }),
    );
    await page.emulateMedia({ media: 'screen' });
    const text = words(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('CSN-2026-001');
    expect(text).toContain("Notice to Northvale Magistrates' Court: shortfall in the capacity");
    expect(text).toContain('Helen Carter');
    expect(text).toContain('UPW manager');
    expect(text).toContain('Date: 26/11/2026');
    expect(text).toContain('Period: 30/10/2026 to 26/11/2026');
    expect(text).toContain('Two supervisors are being recruited');
    expect(text).toContain('4 Market Street');
    expect(text).toMatch(/Live orders\s*1\s*5\s*7/);
    expect(text).toMatch(/Hours a week the office can offer\s*10\s*—\s*74 h/);
    expect(text).toMatch(/Shortfall a week\s*11\s*—\s*6 h 11 m/);
    expect(text).toContain('Notes: how the figures are worked out');
    expect(text).toMatch(/Page 1 of \d/);
    // The screen's buttons and warnings are not printed.
    expect(text).not.toMatch(/\bSave as PDF\b|Court notices\s|Sign out/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);

    const png = path.join(artefacts, 'notices-05-pdf');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, png]);
    const pictures = fs.readdirSync(artefacts).filter((f) => f.startsWith('notices-05-pdf'));
    expect(pictures.length).toBe(pages);
    for (const p of pictures)
      expect(fs.statSync(path.join(artefacts, p)).size).toBeGreaterThan(10_000);
  });

  it('keeps it in the register, and the home page names it as the last notice', async () => {
    await page.getByRole('button', { name: 'Court notices' }).click();
    const register = page.getByRole('grid', { name: 'Register of court notices' });
    await visible(register.getByRole('link', { name: 'CSN-2026-001' }));
    await visible(register.getByText('30/10/2026 to 26/11/2026'));
    await visible(register.getByText('Helen Carter'));
    await visible(register.getByText('74 h / 80 h 11 m'));
    await shot('notices-06-register');
    await page.getByRole('navigation', { name: 'Main' }).getByText('Home').click();
    const card = page.getByRole('region', {
      name: 'Capacity falls short of need: tell the courts',
    });
    await visible(card.getByRole('link', { name: 'CSN-2026-001' }));
    await register.count();
    await page.getByRole('navigation', { name: 'Main' }).getByText('Court notices').click();
    await register.getByRole('link', { name: 'CSN-2026-001' }).click();
    await visible(page.getByRole('article', { name: title }));
  });
});
