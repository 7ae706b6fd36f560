import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from '../support/browser';
import { boardFiguresData } from '../core/board-fixtures-1';

let app: BrowserMode;
beforeAll(async () => {
  app = await startBrowserMode();
  await boardFiguresData(app.core);
  await app.signIn();
});
afterAll(async () => app?.stop());

it('looks', async () => {
  const page = app.page;
  await page.getByRole('link', { name: 'Board report' }).click();
  await expect.poll(() => page.getByText('Stand-downs by reason').first().isVisible(), { timeout: 20000 }).toBe(true);
  await page.waitForTimeout(1000);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < Math.min(h, 16000); y += 1600, i++) {
    await page.screenshot({ path: `/tmp/bf1/part-${String(i).padStart(2, '0')}.png`, fullPage: true, clip: { x: 0, y, width: 1440, height: 1600 } });
  }
  await page.goto(app.url + '/#/board');
});
