// Bundles the main-process entry points into dist/main. Dependencies stay in
// node_modules (packages: 'external'), so native modules load as installed.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/shell/electron-main.ts'],
    outfile: 'dist/main/electron-main.cjs',
    format: 'cjs',
  }),
  build({ ...common, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs' }),
  build({ ...common, entryPoints: ['electron/host/main.ts'], outfile: 'dist/main/host.mjs', format: 'esm' }),
  build({
    ...common,
    entryPoints: ['electron/backend-thread/backend-worker.ts'],
    outfile: 'dist/main/backend-worker.mjs',
    format: 'esm',
  }),
  build({
    ...common,
    entryPoints: ['electron/importing/import-worker.ts'],
    outfile: 'dist/main/import-worker.mjs',
    format: 'esm',
  }),
]);
