import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, type Core } from '../core';
import { createWebServer } from './server';

/** The demonstration office's own manager, so that a newcomer can sign in straight away. */
const demoManager = { name: 'Demonstration Manager', username: 'demo', password: 'demonstration' };

/** Loads the demonstration office into a new data folder, as its demonstration manager. */
async function loadDemo(core: Core, scale: string): Promise<string> {
  const status = await core.dispatch('auth.status', {});
  const first = status.ok && !(status.value as { hasAccounts: boolean }).hasAccounts;
  const signedIn = first
    ? await core.dispatch('auth.setUpFirstManager', demoManager)
    : await core.dispatch('auth.signIn', {
        username: demoManager.username,
        password: demoManager.password,
      });
  if (!signedIn.ok)
    return `Demonstration office not loaded: this data folder already has its own accounts.`;
  const token = (signedIn.value as { token: string }).token;
  const loaded = await core.dispatch('office.loadDemo', { scale }, token);
  await core.dispatch('auth.signOut', {}, token);
  const credentials = `Sign in as "${demoManager.username}" with the password "${demoManager.password}".`;
  return loaded.ok
    ? `Loaded a demonstration office (${scale} scale). ${credentials}`
    : `Demonstration office not loaded: ${loaded.error.message} ${credentials}`;
}

/** `npm run web [-- --demo [--scale office|region]] [--port N]`: Amends in a browser on this computer. */
async function main() {
  const { values } = parseArgs({
    options: {
      demo: { type: 'boolean', default: false },
      scale: { type: 'string', default: 'office' },
      port: { type: 'string', default: '5199' },
    },
    strict: true,
  });
  const projectRoot = path.resolve(import.meta.dirname, '../..');
  const dataDir = process.env.AMENDS_DATA_DIR ?? path.join(os.homedir(), '.amends', 'browser-mode');
  const core = await createCore({ dataDir, migrationsDir: path.join(projectRoot, 'migrations') });
  for (const warning of core.warnings) console.warn(warning);
  if (values.demo) console.log(await loadDemo(core, values.scale));
  const web = createWebServer(core, path.join(projectRoot, 'dist', 'renderer'));
  const address = await web.listen(Number(values.port));
  console.log(`Amends is running in browser mode at ${address}`);
  console.log(`Data folder: ${dataDir}`);
  const stop = async () => {
    await web.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A damaged database says which good backup there is; restoring it is a manager's decision.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
