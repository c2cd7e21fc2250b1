// better-sqlite3 is a native module: Node and Electron need different builds of it.
// `node scripts/native-for.mjs node|electron` rebuilds it only when the other one is installed.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const target = process.argv[2];
const marker = 'node_modules/better-sqlite3/build/built-for-electron';

if (target === 'electron') {
  // The marker names the Electron it was built for (its ABI changes with each major version).
  const electron = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version;
  const builtFor = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : null;
  if (builtFor?.split('.')[0] !== electron.split('.')[0]) {
    console.error(`Preparing the database module for Electron ${electron} (once)…`);
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
    fs.writeFileSync(marker, electron);
  }
} else {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    encoding: 'utf8',
  });
  if (probe.status !== 0) {
    console.error('Preparing the database module for Node (once)…');
    execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
    fs.rmSync(marker, { force: true });
  }
}
