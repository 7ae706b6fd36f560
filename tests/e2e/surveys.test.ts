import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placementInput } from '../core/fixtures-placements';
import { executeBehind } from '../core/helpers';
import { gone, startBrowserMode, visible, type BrowserMode } from '../support/browser';
import { smallOffice } from '../support/core';

/**
 * Beneficiary surveys in Chromium. Today is 26/11/2026 and surveys are due every six months.
 * Abbey Church and Riverside Garden were added a year ago (their created_at is set back behind the
 * core, as the office would have them after a year of use); Abbey Church has never been surveyed,
 * Riverside Garden last on 10/04/2026; Food Bank was added today.
 */
let app: BrowserMode;
let page: Page;
const ids: Record<string, number> = {};

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  const { core } = app;
  await smallOffice(core);
  const add = async (name: string, contactName: string) => {
    ids[name] = (
      await core.ok(
        'placements.save',
        placementInput({
          name,
          beneficiary: `${name} Trust`,
          contactName,
          contactPhone: '01632 960100',
          healthAndSafetyAssessedOn: '2025-10-01',
          healthAndSafetyReviewDue: '2027-10-01',
        }),
      )
    ).id;
  };
  await add('Abbey Church', 'Revd Ann Lee');
  await add('Riverside Garden', 'Helen Moss');
  await add('Food Bank', 'Tom Hill');
  executeBehind(
    core,
    `UPDATE placements SET created_at = '2025-11-03T10:00:00.000Z' WHERE name IN ('Abbey Church', 'Riverside Garden')`,
  );
  await core.ok('surveys.record', {
    placementId: ids['Riverside Garden']!,
    surveyedOn: '2026-04-10',
    respondent: 'Helen Moss',
    qualityRating: 5,
    communicationRating: 3,
    wouldTakeAgain: 'YES',
    valueToThem: 'The community garden was cleared for its spring opening',
    comments: 'Would like notice of numbers a week ahead',
  });
  await app.signIn();
});
afterAll(async () => app?.stop());

const rowOf = (grid: Locator, name: string) => grid.getByRole('row').filter({ hasText: name });

describe('beneficiary surveys in Chromium', () => {
  it('lists the placements due a survey, overdue first', async () => {
    await page.getByRole('link', { name: 'Beneficiary surveys' }).click();
    await visible(page.getByText('2 overdue, 0 due within 30 days, of 3 placements in use'));
    const due = page.getByRole('grid', { name: 'Due and overdue' });
    await visible(rowOf(due, 'Abbey Church').getByText('Overdue by 207 days'));
    await visible(rowOf(due, 'Riverside Garden').getByText('Overdue by 47 days'));
    await visible(rowOf(due, 'Food Bank').getByText('Not due yet'));
    expect(await due.getByRole('row').allInnerTexts()).toMatchObject([
      expect.stringContaining('Placement'),
      expect.stringContaining('Abbey Church'),
      expect.stringContaining('Riverside Garden'),
      expect.stringContaining('Food Bank'),
    ]);
    const responses = page.getByRole('grid', { name: 'Responses' });
    await visible(responses.getByText('The community garden was cleared for its spring opening'));
    await visible(page.getByText(/^1 survey · quality of work 5 of 5/));
    await app.shot('surveys-01-due-and-responses');
  });

  it('records a survey of an overdue placement through the dialog, which leaves the overdue list', async () => {
    const due = page.getByRole('grid', { name: 'Due and overdue' });
    await due.getByRole('button', { name: 'Record a survey of Abbey Church' }).click();
    const dialog = page.getByRole('dialog', { name: 'Survey of Abbey Church' });
    await visible(dialog.getByText('Not surveyed before.', { exact: false }));
    expect(await dialog.getByRole('textbox', { name: /^Respondent/ }).inputValue()).toBe(
      'Revd Ann Lee',
    );
    // Nothing answered yet: each missing answer is refused on its field.
    await dialog.getByRole('button', { name: 'Record survey' }).click();
    await visible(
      dialog.getByText(
        'Satisfaction with the quality of the work is required: choose from 1 to 5 stars',
      ),
    );
    await visible(
      dialog.getByText('Satisfaction with communication is required: choose from 1 to 5 stars'),
    );
    await visible(
      dialog.getByText(
        'Whether they would take people on placement again is required: choose Yes, No or Not sure',
      ),
    );
    await visible(dialog.getByText('What the work was worth to them is required'));
    await app.shot('surveys-02-dialog-refused');

    const quality = dialog.getByRole('group', { name: /^Satisfaction with the quality/ });
    await quality.locator('label', { hasText: '4 of 5: Satisfied' }).click();
    expect(await quality.getByRole('radio', { name: '4 of 5: Satisfied' }).isChecked()).toBe(true);
    await visible(quality.getByRole('paragraph').getByText('4 of 5: Satisfied'));
    const communication = dialog.getByRole('group', { name: /^Satisfaction with communication/ });
    // The keyboard: into the stars, then the arrow keys move the rating.
    await communication.locator('label', { hasText: '2 of 5: Dissatisfied' }).click();
    await page.keyboard.press('ArrowRight');
    expect(
      await communication.getByRole('radio', { name: '3 of 5: Neither satisfied' }).isChecked(),
    ).toBe(true);
    await visible(
      communication.getByRole('paragraph').getByText('3 of 5: Neither satisfied nor dissatisfied'),
    );
    await dialog
      .getByRole('radiogroup', { name: 'Would they take people on placement again?' })
      .getByRole('radio', { name: 'Not sure' })
      .check();
    await dialog
      .getByRole('textbox', { name: /^What the work was worth/ })
      .fill('The churchyard is tidy for weddings again; it saved them a contractor');
    await dialog
      .getByRole('textbox', { name: /^Comments/ })
      .fill('Please ring before the group arrives');
    // A date before the placement was added: the backend refuses it on the field.
    await dialog.getByRole('group', { name: /^Date of survey/ }).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('01112025');
    await dialog.getByRole('button', { name: 'Record survey' }).click();
    await visible(
      dialog.getByText('Date of survey cannot be before the placement was added (03/11/2025)'),
    );
    expect(app.rows('SELECT id FROM beneficiary_surveys')).toHaveLength(1);
    await dialog.getByRole('group', { name: /^Date of survey/ }).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('24112026');
    await app.shot('surveys-03-dialog-filled');
    await dialog.getByRole('button', { name: 'Record survey' }).click();
    await gone(dialog);
    await visible(page.getByText('Survey of Abbey Church recorded'));

    await visible(page.getByText('1 overdue, 0 due within 30 days, of 3 placements in use'));
    const abbey = rowOf(due, 'Abbey Church');
    await visible(abbey.getByText('Not due yet'));
    await visible(abbey.getByText('24/11/2026'));
    await visible(abbey.getByText('24/05/2027'));
    expect(await due.getByText(/^Overdue by/).allInnerTexts()).toEqual(['Overdue by 47 days']);
    const responses = page.getByRole('grid', { name: 'Responses' });
    await visible(
      responses.getByText('The churchyard is tidy for weddings again', { exact: false }),
    );
    await visible(page.getByText(/^2 surveys · quality of work 4\.5 of 5/));
    await app.shot('surveys-04-recorded');

    expect(
      app.rows(
        `SELECT placement_id, surveyed_on, respondent, quality_rating, communication_rating,
           would_take_again, value_to_them, comments, recorded_by
         FROM beneficiary_surveys WHERE surveyed_on = '2026-11-24'`,
      ),
    ).toEqual([
      {
        placement_id: ids['Abbey Church'],
        surveyed_on: '2026-11-24',
        respondent: 'Revd Ann Lee',
        quality_rating: 4,
        communication_rating: 3,
        would_take_again: 'UNSURE',
        value_to_them: 'The churchyard is tidy for weddings again; it saved them a contractor',
        comments: 'Please ring before the group arrives',
        recorded_by: 'Test Manager',
      },
    ]);
  });

  it('shows a placement’s latest survey and next due date in its dialog', async () => {
    await page.getByRole('link', { name: 'Placements', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Placements' });
    await grid.getByRole('button', { name: 'Riverside Garden', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Change Riverside Garden' });
    const note = dialog.getByRole('region', { name: 'Beneficiary survey' });
    await visible(
      note.getByText(
        'Latest survey 10/04/2026: quality of work 5 of 5, communication 3 of 5. Next due 10/10/2026.',
      ),
    );
    await visible(note.getByText('Overdue by 47 days'));
    await app.shot('surveys-05-placement-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await gone(dialog);
    await grid.getByRole('button', { name: 'Abbey Church', exact: true }).click();
    const abbey = page.getByRole('dialog', { name: 'Change Abbey Church' });
    await visible(
      abbey
        .getByRole('region', { name: 'Beneficiary survey' })
        .getByText(
          'Latest survey 24/11/2026: quality of work 4 of 5, communication 3 of 5. Next due 24/05/2027.',
        ),
    );
    await abbey.getByRole('button', { name: 'Cancel' }).click();
    await gone(abbey);
  });
});
