import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer, built once and served by Electron (app://) or by browser mode's loopback server. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
