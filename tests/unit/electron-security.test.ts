import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import { isSafeExternalUrl } from '../../electron/security/external-links';
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
  it('open in the system browser only when they are web links', () => {
    expect(isSafeExternalUrl('https://www.coventry.gov.uk/meetings')).toBe(true);
    expect(isSafeExternalUrl('http://democracy.kent.gov.uk/')).toBe(true);
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:x',
      '',
    ]) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});

describe('the application menu', () => {
  it('has File › Import pack… on Ctrl+O, folders, backups, restore and the Backups dialog, and a Help entry', () => {
    const calls: string[] = [];
    const menu = menuTemplate(
      {
        importPack: (what) => calls.push(`import ${what}`),
        command: (command) => calls.push(command),
        openHelp: () => calls.push('help'),
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
    expect(calls).toEqual(['import files', 'import folder', 'backup', 'restore', 'show-backups']);
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['&File', 'editMenu', '&View', '&Help']);
  });
});
