import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createWebServer } from '../../electron/web/server';
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
  screenshot(name: string): Promise<void>;
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
    async screenshot(name) {
      await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });
    },
    async stop() {
      await browser.close();
      await web.close();
      core.close();
      if (errors.length) throw new Error(`The page raised errors:\n${errors.join('\n')}`);
    },
  };
}
