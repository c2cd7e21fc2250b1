import { bundleGraph } from '../helpers/fixture-files';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportAnnotations } from '../../electron/annotations/transfer';
import {
  BACKEND_WORKER_FILE,
  backendWorkerPath,
  IMPORT_WORKER_FILE,
  importWorkerPath,
} from '../../electron/shell/packaged-paths';
import { NOTES_FILE_EXTENSION } from '../../shared/notes-file';
import { createTempLibrary } from '../helpers/temp-library';
import { sharedFixture } from '../helpers/shared-fixtures';

const require = createRequire(import.meta.url);
const CONFIG_FILE = 'build/electron-builder.yml';

interface FileAssociation {
  ext: string;
  name?: string;
  description?: string;
  mimeType?: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar?: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: FileAssociation[];
  win: { target: string | string[]; icon: string };
  nsis: { perMachine?: boolean; oneClick?: boolean };
  mac: { target: string | string[]; icon: string; category: string };
  linux: {
    target: string | string[];
    icon: string;
    category: string;
    maintainer: string;
    description: string;
    synopsis: string;
    mimeTypes?: string[];
  };
  deb: Record<string, unknown>;
}

const config = parse(fs.readFileSync(CONFIG_FILE, 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  productName: string;
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const targets = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A package and everything it depends on, as installed. */
function dependencyClosure(roots: string[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    const manifest = path.join('node_modules', name, 'package.json');
    if (!fs.existsSync(manifest)) return; // an optional dependency for another platform
    found.add(name);
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }).forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

function isNative(name: string): boolean {
  const dir = path.join('node_modules', name);
  const hasNodeFile = (folder: string) =>
    fs.existsSync(folder) && fs.readdirSync(folder).some((file) => file.endsWith('.node'));
  return (
    fs.existsSync(path.join(dir, 'binding.gyp')) || hasNodeFile(dir) || hasNodeFile(path.join(dir, 'build', 'Release'))
  );
}

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const unpacked = (file: string) =>
  config.asarUnpack.some((pattern) =>
    pattern.endsWith('/**') ? file.startsWith(pattern.slice(0, -2)) : file === pattern,
  );

describe('the installer configuration', () => {
  it("is valid by electron-builder's own schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('builds Windows (NSIS), macOS (dmg) and Linux (AppImage and deb) installers', () => {
    expect(targets(config.win.target)).toEqual(['nsis']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target).sort()).toEqual(['AppImage', 'deb']);
    expect(packageJson.scripts.dist).toMatch(/electron-builder --config build\/electron-builder\.yml/);
  });

  it('names the app as package.json does, with a reverse-domain app id', () => {
    expect(config.productName).toBe(packageJson.productName);
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
  });

  it('gives the deb package a maintainer with an e-mail address, a description and a category', () => {
    expect(config.linux.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux.synopsis.length).toBeGreaterThan(20);
    expect(config.linux.description.length).toBeGreaterThan(80);
    expect(config.linux.category).toBe('Office');
    expect(config.deb.packageCategory).toBe('office');
  });

  it('has icons drawn from build/icon.svg, at the sizes each system needs', () => {
    expect(fs.readFileSync('build/icon.svg', 'utf8')).toMatch(/^<svg [^>]*viewBox=/);
    // One 1024 px PNG: electron-builder makes the Windows .ico and the macOS .icns from it.
    for (const icon of [config.win.icon, config.mac.icon]) {
      expect(icon).toBe('build/icon.png');
      expect(pngSize(icon)).toEqual({ width: 1024, height: 1024 });
    }
    const linuxIcons = fs.readdirSync(config.linux.icon).sort();
    expect(linuxIcons).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png']));
    for (const name of linuxIcons) {
      const size = Number(/^(\d+)x\1\.png$/.exec(name)?.[1]);
      expect(pngSize(path.join(config.linux.icon, name))).toEqual({ width: size, height: size });
    }
  });

  it('opens the notes files the app exports, with their own extension', async () => {
    expect(config.fileAssociations.map((a) => a.ext)).toEqual([NOTES_FILE_EXTENSION]);
    const [notes] = config.fileAssociations;
    expect(notes?.name).toBe('Scrutineer notes');
    expect(config.linux.mimeTypes).toEqual([notes?.mimeType]);
    expect(config.nsis.perMachine).toBe(true); // NSIS registers associations only for a per-machine install

    const library = createTempLibrary();
    try {
      const data = new Uint8Array(fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md')));
      const job = await library.dispatch('startImport', { files: [{ name: 'minutes.md', data }] });
      await library.imports.finished((job as { value: { id: string } }).value.id);
      const documentId = library.db.prepare('SELECT id FROM document LIMIT 1').pluck().get() as number;
      const exported = exportAnnotations(library.db, { documentId }, 'w3c');
      expect(path.extname(exported.fileName)).toBe(`.${NOTES_FILE_EXTENSION}`);
    } finally {
      library.cleanup();
    }
  });

  it('packs the built app: main process, renderer, and the entry package.json names', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/renderer/**', 'package.json']));
    expect(packageJson.main.startsWith('dist/main/')).toBe(true);
    expect(config.directories.buildResources).toBe('build');
  });

  it("flips Electron's fuses: no back doors into Node, encrypted cookies, the app only from a checked app.asar", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // With onlyLoadAppFromAsar the app's own code must be inside app.asar, not beside it.
    expect(config.asar).not.toBe(false);
    for (const inAsar of [packageJson.main, 'dist/main/preload.cjs', 'dist/renderer/index.html', 'package.json']) {
      expect(unpacked(inAsar), inAsar).toBe(false);
    }
    // With runAsNode off, child_process.fork from the main process no longer works: nothing may use it.
    const sources = fs.readdirSync('electron', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const forking = sources.filter((f) =>
      /child_process|ELECTRON_RUN_AS_NODE/.test(fs.readFileSync(path.join('electron', f), 'utf8')),
    );
    expect(forking).toEqual([]);
    // The fuses are written into the Electron binary that npm installed: the newest 45.x when this was written.
    const electron = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string };
    expect(electron.version).toMatch(/^45\./);
    expect(packageJson.devDependencies.electron).toBe(`^${electron.version}`);
  });

  it('unpacks the library thread and the import worker where the packaged app starts them, with everything they import', async () => {
    for (const installed of [
      '/opt/Scrutineer/resources/app.asar/dist/main',
      'C:\\Program Files\\Scrutineer\\resources\\app.asar\\dist\\main',
    ]) {
      for (const worker of [importWorkerPath(installed), backendWorkerPath(installed)]) {
        expect(worker).toMatch(/app\.asar\.unpacked[\\/]dist[\\/]main[\\/](import|backend)-worker\.mjs$/);
        const inside = worker.split(/app\.asar\.unpacked[\\/]/)[1]?.replace(/\\/g, '/') ?? '';
        expect(unpacked(inside)).toBe(true);
        expect(unpacked(`${inside}.map`)).toBe(true);
      }
    }
    expect(importWorkerPath('/work/scrutineer/dist/main')).toBe(
      path.join('/work/scrutineer/dist/main', IMPORT_WORKER_FILE),
    );
    expect(fs.readFileSync('electron/shell/electron-main.ts', 'utf8')).toMatch(
      /script: backendWorkerPath\(__dirname\)[\s\S]*importWorker: importWorkerPath\(__dirname\)/,
    );
    const buildScript = fs.readFileSync('scripts/build-main.mjs', 'utf8');
    expect(buildScript).toContain(`outfile: 'dist/main/${IMPORT_WORKER_FILE}'`);
    expect(buildScript).toContain(`outfile: 'dist/main/${BACKEND_WORKER_FILE}'`);

    // What the built worker imports from node_modules, found the way the build finds it.
    const graphs = [
      await bundleGraph('electron/importing/import-worker.ts'),
      await bundleGraph('electron/backend-thread/backend-worker.ts'),
    ];
    const imports = graphs.flatMap((metafile) => Object.values(metafile.outputs).flatMap((o) => o.imports));
    const roots = imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => packageOf(i.path));
    expect(roots).toEqual(expect.arrayContaining(['mammoth', 'node-html-parser', 'pdfjs-dist', 'better-sqlite3']));
    const needed = dependencyClosure(roots);
    const missing = [...needed].filter((name) => !unpacked(`node_modules/${name}/package.json`));
    expect(missing, `add to asarUnpack in ${CONFIG_FILE}`).toEqual([]);

    // Native modules (compiled .node files) load only from real files.
    const native = [...dependencyClosure(Object.keys(packageJson.dependencies))].filter(isNative);
    expect(native).toEqual(expect.arrayContaining(['better-sqlite3']));
    expect(native.filter((name) => !unpacked(`node_modules/${name}/package.json`))).toEqual([]);
    const stale = config.asarUnpack
      .filter((p) => p.startsWith('node_modules/'))
      .filter((p) => !fs.existsSync(p.slice(0, -3)));
    expect(stale, `no longer installed; remove from asarUnpack`).toEqual([]);
  });

  it('is documented: README says how to build the installers', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const forDevelopers = readme.slice(readme.indexOf('## For developers'));
    expect(forDevelopers).toMatch(/npm run dist/);
    expect(forDevelopers).toMatch(/Windows[\s\S]*macOS[\s\S]*Linux/);
  });
});
