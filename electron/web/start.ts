import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { createWebServer } from './server';

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
  if (values.demo) {
    const scale = values.scale;
    const result = await core.dispatch('office.loadDemo', { scale });
    console.log(
      result.ok
        ? `Loaded a demonstration office (${scale} scale).`
        : `Demonstration office not loaded: ${result.error.message}`,
    );
  }
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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
