import { bundleGraph } from '../helpers/fixture-files';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract';
import { createTempLibrary } from '../helpers/temp-library';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import { isSafeExternalUrl, refusedLinkMessage } from '../../electron/security/external-links';
import { menuTemplate } from '../../electron/shell/menu-template';
import { APP_ENTRY_URL, isAppUrl, secureWindowOptions } from '../../electron/shell/secure-window-options';

describe('the app window', () => {
  const options = secureWindowOptions('/app/preload.cjs', { width: 1200, height: 800 });

  it('runs the renderer isolated, sandboxed and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences?.preload).toBe('/app/preload.cjs');
  });

  it('shows only the app itself, served from its own scheme', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(APP_ENTRY_URL.startsWith('file:')).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'not a url']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows no inline or evaluated script and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('links out of the app', () => {
  it('open in the system browser only when they are secure web links (https)', () => {
    expect(isSafeExternalUrl('https://www.coventry.gov.uk/meetings')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://democracy.kent.gov.uk/ieListMeetings.aspx?CId=1')).toBe(true);
    for (const url of [
      'http://democracy.kent.gov.uk/',
      'file:///C:/Windows/system32/calc.exe',
      'file://server/share/minutes.pdf',
      '\\\\server\\share\\minutes.pdf',
      'mailto:clerk@coventry.gov.uk',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-msdt:x',
      'search-ms:query=minutes',
      'app://scrutineer/index.html',
      'https://www.coventry.gov.uk@evil.example/',
      'https://user:secret@www.coventry.gov.uk/',
      'https://',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('that are refused are named to the member, who may open them in the browser themselves', () => {
    const message = refusedLinkMessage('http://democracy.kent.gov.uk/');
    expect(message).toMatch(/only secure web addresses \(starting https:\/\/\)/);
    expect(message).toContain('http://democracy.kent.gov.uk/');
    expect(refusedLinkMessage(`https://x.example/${'a'.repeat(1000)}`).length).toBeLessThan(400);
  });

  it('leave the app only through the check: every openExternal in the main process is behind it', () => {
    const main = fs.readFileSync('electron/shell/electron-main.ts', 'utf8');
    const calls = main.match(/shell\.openExternal\([^)]*\)/g) ?? [];
    expect(calls).toEqual(['shell.openExternal(url)']);
    expect(main).toMatch(/if \(isSafeExternalUrl\(url\)\) void shell\.openExternal\(url\);/);
  });
});

describe('the application menu', () => {
  it('has File › Import pack… on Ctrl+O, folders, the council’s website, backups, restore, the Backups and Sync dialogs, and a Help entry', () => {
    const calls: string[] = [];
    const menu = menuTemplate(
      {
        importPack: (what) => calls.push(`import ${what}`),
        command: (command) => calls.push(command),
        backUpNow: () => calls.push('backup'),
        restoreBackup: () => calls.push('restore'),
      },
      false,
    );
    const file = menu.find((m) => m.label === '&File');
    const items = (file?.submenu ?? []) as { label?: string; accelerator?: string; click?: () => void }[];
    const importPack = items.find((i) => i.label === 'Import pack…');
    expect(importPack?.accelerator).toBe('CmdOrCtrl+O');
    for (const item of items) item.click?.();
    expect(calls).toEqual([
      'import files',
      'import folder',
      'show-councils',
      'backup',
      'restore',
      'show-backups',
      'show-device-sync',
    ]);
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['&File', 'editMenu', '&View', '&Help']);
    // Help opens the guide that comes with the app, not a web page.
    const help = menu.find((m) => m.label === '&Help')?.submenu as { label?: string; click?: () => void }[];
    help[0]?.click?.();
    expect(calls.at(-1)).toBe('show-help');
  });
});

/** Every string an API method accepts, as "method.field.sub", and whether every object in it is closed. */
function inputStrings(): { strings: string[]; openObjects: string[] } {
  const strings: string[] = [];
  const openObjects: string[] = [];
  const walk = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    if (schema.type === 'object') {
      if (schema.additionalProperties !== false) openObjects.push(at);
      for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
        walk(child, `${at}.${key}`);
      }
    }
    if (schema.type === 'string' && !schema.enum && !schema.format) strings.push(at);
    if (schema.items) walk(schema.items, `${at}[]`);
    for (const list of ['anyOf', 'oneOf', 'allOf']) {
      for (const child of (schema[list] ?? []) as unknown[]) walk(child, at);
    }
  };
  for (const name of methodNames) {
    walk(z.toJSONSchema(contract[name].input, { unrepresentable: 'any', io: 'input' }), name);
  }
  return { strings, openObjects };
}

describe('file paths and the renderer', () => {
  // A compromised renderer must not be able to make the main process read or write a file of its choosing.
  it('no API method takes a path: inputs are closed objects and no text field names a place on disk', () => {
    const { strings, openObjects } = inputStrings();
    expect(openObjects).toEqual([]);
    expect(strings.length).toBeGreaterThan(10);
    // One exception, refused by the app: the browser version's typed backup folder (see the next test).
    expect(strings.filter((field) => /path|dir|folder|location|file(?!s\[\]\.name$)/i.test(field))).toEqual([
      'setBackupFolder.folder',
    ]);
    for (const name of methodNames) {
      expect(contract[name].input.safeParse({ path: '/etc/passwd' }).success, name).toBe(false);
    }
  });

  it('takes a typed backup folder only in the browser version; the app takes one only from its own dialog', async () => {
    const library = createTempLibrary();
    try {
      expect(await library.dispatch('setBackupFolder', { folder: library.dir })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: 'Choose the folder with Choose a folder… in Backups.' },
      });
      // A backup to restore is named as listed, never given as a path.
      expect(contract.restoreBackup.input.safeParse({ backup: '/etc/passwd' }).success).toBe(false);
      expect(contract.restoreBackup.input.safeParse({ backup: '../library.sqlite' }).success).toBe(false);
      expect(
        contract.restoreBackup.input.safeParse({ backup: 'scrutineer-backup-2026-11-24T18-30-00.sqlite' }).success,
      ).toBe(true);
    } finally {
      library.cleanup();
    }
  });

  it('takes an imported file as its bytes with a plain name, never a path to read', async () => {
    const library = createTempLibrary();
    try {
      const data = new TextEncoder().encode('Minutes');
      for (const name of ['../../.ssh/id_rsa', 'C:\\Windows\\win.ini', '/etc/passwd', '..', 'a\0.pdf']) {
        expect(await library.dispatch('startImport', { files: [{ name, data }] })).toMatchObject({
          ok: false,
          error: { code: 'invalid-input', message: expect.stringMatching(/a file name, not a path/) as string },
        });
      }
      expect(
        contract.startImport.input.safeParse({ files: [{ name: 'Minutes 12.3.24 (final).pdf', data }] }).success,
      ).toBe(true);
    } finally {
      library.cleanup();
    }
  });

  it('reaches files only through paths the main process chose: its dialogs, the library and backups folders', async () => {
    // Everything the API can run, as the build bundles it.
    const metafile = await bundleGraph('electron/api/handlers.ts');
    const reachable = Object.entries(metafile.inputs);
    expect(reachable.map(([file]) => file).filter((f) => /electron\/shell\/|read-files\.ts$/.test(f))).toEqual([]);
    const touchingFiles = reachable
      .filter(([, input]) => input.imports.some((i) => /^(node:)?(fs|fs\/promises|child_process)$/.test(i.path)))
      .map(([file]) => file)
      .sort();
    // The library file (chosen at start), the backups folder and the in-use notes beside it; never a path from input.
    // owner-only.ts sets the permissions of the paths those give it, and chooses none.
    expect(touchingFiles).toEqual([
      'electron/library/backup-place.ts',
      'electron/library/backup.ts',
      'electron/library/library-holders.ts',
      'electron/library/open-library.ts',
      'electron/security/owner-only.ts',
    ]);
    const handlers = fs.readFileSync('electron/api/handlers.ts', 'utf8');
    // restoreBackup is a method name; the handler restores only through the host's own restore, never importing it.
    expect(handlers).not.toMatch(/[{,]\s*restoreBackup\s*[,}][^;]*from|readFilesForImport|importOpenedFiles/);

    const main = fs.readFileSync('electron/shell/electron-main.ts', 'utf8');
    expect(main.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle(']);
    const functionWith = (call: string) => {
      const at = main.indexOf(call);
      return main.slice(main.lastIndexOf('\nasync function ', at), at);
    };
    // Restore and File › Import open the system's own dialog, and use only the paths it returns.
    for (const call of ['backend.close({ restoreFrom: chosen })', 'readFilesForImport(filePaths)']) {
      expect(main).toContain(call);
      expect(functionWith(call)).toMatch(/await dialog\.showOpenDialog\(/);
    }
    expect(main.match(/restoreFrom: |readFilesForImport\(/g)).toHaveLength(2);
    // The library thread restores when the main process closes it so, and for an API call only in the
    // browser version (restoreInPlace), where the handler has checked the backup is one it listed.
    const thread = fs.readFileSync('electron/backend-thread/backend-worker.ts', 'utf8');
    expect(thread.match(/restoreBackup\(/g)).toHaveLength(2);
    expect(thread).toMatch(/restoreBackup\(open\.libraryPath, restoreFrom\)/);
    expect(thread).toMatch(/restoreInPlace \? \{ restore: restoreHere \}/);
    expect(main).not.toMatch(/restoreInPlace/);
    // Files opened with the app come from the system: the command line or macOS's open-file event.
    const added = main.match(/openedFiles\.add\([^\n]*/g) ?? [];
    expect(added).toHaveLength(3);
    for (const call of added) expect(call).toMatch(/^openedFiles\.add\((filesFromArgv\((process\.)?argv, |\[file\]\))/);

    const preload = fs.readFileSync('electron/shell/preload.ts', 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(
      /Object\.freeze\(\{\s*invoke: \(method: string, input: unknown\) => ipcRenderer\.invoke\(API_CHANNEL, method, input\),/,
    );
  });
});
