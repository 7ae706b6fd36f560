import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createWebServer } from '../../electron/web/server';
import { rowsOf } from '../core/helpers';
import { testCore, testPassword, type TestCore } from './core';

const rendererDir = path.resolve(import.meta.dirname, '../../dist/renderer');
export const artefacts = path.resolve(import.meta.dirname, '../../test-results');

/** Debian's Chromium (or CHROME_PATH), headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface BrowserMode {
  core: TestCore;
  url: string;
  browser: Browser;
  page: Page;
  /** A full-page picture as the page is scrolled now, saved in test-results. */
  screenshot(name: string): Promise<void>;
  /** A full-page picture from the top, so the fixed bar and menu sit where they belong. */
  shot(name: string): Promise<void>;
  /** The rows of a query on the database file, read through a second, read-only connection. */
  rows(sql: string, ...params: unknown[]): unknown[];
  /** Opens Amends and signs in as the test manager. */
  signIn(): Promise<void>;
  stop(): Promise<void>;
}

/** Browser mode on a fresh data folder, as `npm run web` serves it, with a page open on it. */
export async function startBrowserMode(options: { today?: string } = {}): Promise<BrowserMode> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('dist/renderer is missing: run "npx vite build" (npm test does it first).');
  }
  const core = await testCore(options);
  // The browser signs in for real: a call without a session must not fall back to the test's manager.
  const web = createWebServer(
    {
      ...core,
      dispatch: (name, input, token) => core.dispatch(name, input, token ?? 'not-signed-in'),
    },
    rendererDir,
  );
  const url = await web.listen(0);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  fs.mkdirSync(artefacts, { recursive: true });
  const screenshot = async (name: string) => {
    await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });
  };
  return {
    core,
    url,
    browser,
    page,
    async signIn() {
      await page.goto(url);
      await page.getByLabel(/Username/).fill('manager');
      await page.getByLabel(/Password/).fill(testPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page
        .getByRole('button', { name: 'Sign out' })
        .or(page.getByRole('button', { name: 'Start empty' }))
        .waitFor();
    },
    screenshot,
    async shot(name) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(name);
    },
    rows(sql, ...params) {
      return rowsOf(core, sql, ...params);
    },
    async stop() {
      await browser.close();
      await web.close();
      core.close();
      if (errors.length) throw new Error(`The page raised errors:\n${errors.join('\n')}`);
    },
  };
}

/** Waits for a locator to show; the machine may be busy, so up to 15 seconds. */
export const visible = (locator: Locator) =>
  expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);

/** Waits for a locator to go (a dialog closing, a row leaving), up to 15 seconds. */
export const gone = (locator: Locator) =>
  expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(false);

/** Chooses the option named exactly `option` in the MUI select labelled `label` within scope. */
export async function choose(scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

/** Picks options of a multiple Autocomplete, then closes its list. */
export async function pick(scope: Locator, label: string, options: string[]) {
  await scope.getByRole('combobox', { name: label }).click();
  for (const option of options) await scope.page().getByRole('option', { name: option }).click();
  await scope.page().keyboard.press('Escape');
}

/** Types a date as its digits (ddmmyyyy) into the date picker labelled `label` within scope. */
export async function typeDate(scope: Locator, label: RegExp, digits: string) {
  await scope.getByRole('group', { name: label }).click();
  await scope.page().keyboard.type(digits);
}
