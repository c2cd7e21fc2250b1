// better-sqlite3 is a native module: Node and Electron need different builds of it.
// `node scripts/native-for.mjs node|electron` rebuilds it only when the other one is installed.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const target = process.argv[2];
const marker = 'node_modules/better-sqlite3/build/built-for-electron';

if (target === 'electron') {
  if (!fs.existsSync(marker)) {
    console.error('Preparing the database module for Electron (once)…');
    execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
    fs.writeFileSync(marker, new Date().toISOString());
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
