import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
