// Bundles the Electron main process and preload into dist/electron as CommonJS (the sandboxed
// preload must be one file). better-sqlite3 stays outside: it is a native module, unpacked from the asar.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist/electron/main.cjs',
  external: ['electron', 'better-sqlite3'],
});
await build({
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist/electron/preload.cjs',
  external: ['electron'],
});
