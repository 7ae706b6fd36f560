import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallOffice } from '../support/core';
import { choose, gone, startBrowserMode, visible, type BrowserMode } from '../support/browser';

/** Local diversity targets on the Policy settings page; today is Thursday 26/11/2026. */
let app: BrowserMode;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  await smallOffice(app.core);
  await app.core.ok('board.saveTarget', {
    year: 2026,
    dimension: 'GENDER',
    groupCode: 'FEMALE',
    feature: 'BENEFICIARY_CONTACT',
    targetPercent: 50,
  });
  await app.signIn();
});
afterAll(async () => app?.stop());

describe('local diversity targets in Chromium', () => {
  const card = () => page.getByRole('region', { name: 'Local diversity targets' });
  const grid = () => page.getByRole('grid', { name: /Local diversity targets for/ });

  it('shows this year’s targets on the Policy settings page', async () => {
    await page.getByRole('link', { name: 'Policy settings' }).click();
    await visible(card());
    await visible(grid().getByText('Female'));
    await visible(grid().getByText('Contact with beneficiaries'));
    await visible(grid().getByText('50%'));
    await app.shot('board-targets-01-card');
  });

  it('adds a target, warning when it replaces one, and changes it', async () => {
    await card().getByRole('button', { name: 'Add a target' }).click();
    let dialog = page.getByRole('dialog');
    await choose(dialog, /^Measured on/, 'Gender');
    await choose(dialog, /^Group/, 'Female');
    await choose(dialog, /^Placement quality/, 'Placement with contact with beneficiaries');
    await visible(dialog.getByText('A target of 50% is already set for this group and quality'));
    await choose(dialog, /^Measured on/, 'Ethnic group');
    await choose(dialog, /^Group/, 'White');
    await choose(dialog, /^Placement quality/, 'Placement with skills learning');
    await dialog.getByRole('spinbutton', { name: /Target/ }).fill('120');
    await dialog.getByRole('button', { name: 'Save target' }).click();
    await visible(dialog.getByText('Target must be a whole number from 0 to 100'));
    await dialog.getByRole('spinbutton', { name: /Target/ }).fill('60');
    await app.shot('board-targets-02-add');
    await dialog.getByRole('button', { name: 'Save target' }).click();
    await gone(dialog);
    await visible(
      page.getByText('Target for 2026 saved: Ethnic group White, skills learning, 60%'),
    );
    expect(
      app.rows(
        "SELECT year, dimension, group_code, feature, target_percent FROM local_targets WHERE dimension = 'ETHNICITY'",
      ),
    ).toEqual([
      {
        year: 2026,
        dimension: 'ETHNICITY',
        group_code: 'White',
        feature: 'SKILLS_LEARNING',
        target_percent: 60,
      },
    ]);

    await page
      .getByRole('menuitem', { name: 'Change the target for White' })
      .or(page.getByRole('button', { name: 'Change the target for White' }))
      .click();
    dialog = page.getByRole('dialog');
    await visible(dialog.getByText('Change a target for 2026'));
    await dialog.getByRole('spinbutton', { name: /Target/ }).fill('70');
    await app.shot('board-targets-03-change');
    await dialog.getByRole('button', { name: 'Save target' }).click();
    await gone(dialog);
    await visible(grid().getByText('70%'));
    expect(
      app.rows("SELECT COUNT(*) AS n FROM local_targets WHERE dimension = 'ETHNICITY'"),
    ).toEqual([{ n: 1 }]);
  });

  it('shows another year, and removes a target', async () => {
    await choose(card(), /^Year/, '2027');
    await visible(page.getByText('No local targets set for 2027'));
    await choose(card(), /^Year/, '2026');
    await page
      .getByRole('menuitem', { name: 'Remove the target for Female' })
      .or(page.getByRole('button', { name: 'Remove the target for Female' }))
      .click();
    const confirm = page.getByRole('dialog');
    await visible(confirm.getByText('Remove this target?'));
    await confirm.getByRole('button', { name: 'Remove target' }).click();
    await gone(confirm);
    await gone(grid().getByText('Female'));
    expect(app.rows("SELECT COUNT(*) AS n FROM local_targets WHERE group_code = 'FEMALE'")).toEqual(
      [{ n: 0 }],
    );
    await app.shot('board-targets-04-removed');
  });
});
