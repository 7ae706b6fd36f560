import { startBrowserMode } from './tests/support/browser';
const app = await startBrowserMode();
try {
  const r = await app.core.ok('office.loadDemo', { scale: 'office' });
  console.log(r);
  console.log(JSON.stringify((await app.core.ok('rota.forecast', {})).sessions.slice(0, 2), null, 1).slice(0, 3000));
  await app.signIn();
  await app.page.goto(`${app.url}#/`);
  await app.page.getByText(/Stand-down forecast/).first().waitFor();
  await app.page.waitForTimeout(1500);
  await app.screenshot('rota-demo-home');
  await app.page.goto(`${app.url}#/rota`);
  await app.page.waitForTimeout(2000);
  await app.screenshot('rota-demo-page');
} finally { await app.stop(); }
