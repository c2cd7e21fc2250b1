import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser } from './harness';

const setup = useHostAndBrowser();

describe('a member looking after their backups', () => {
  it('chooses how many backups to keep and backs up now, from the library, by keyboard', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await page.getByRole('button', { name: 'Backups…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    const kept = dialog.getByLabel('Number of backups to keep');
    await expect.poll(() => kept.inputValue()).toBe('14');
    expect(await axeViolations(page)).toEqual([]);

    await kept.fill('400');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/whole number from 1 to 365/);

    await kept.fill('3');
    await kept.press('Enter');
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/keep the newest 3 backups/);

    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Backed up to .*\.sqlite$/);
    // The host also took the day's automatic backup when it started.
    const backups = path.join(path.dirname(setup.host().dbFile), 'backups');
    const files = fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    const summary = `${files.length} backup${files.length === 1 ? '' : 's'}; the newest was taken`;
    await expect(dialog.getByText(summary).isVisible()).resolves.toBe(true);
    await screenshot(page, 'backups-dialog', false);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.reload();
    await page.getByRole('button', { name: 'Backups…' }).click();
    await expect.poll(() => page.getByLabel('Number of backups to keep').inputValue()).toBe('3');
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('backs up to a folder the member chose, says clearly when it goes missing, and falls back beside the library', async () => {
    const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-usb-'));
    const page = await openApp(setup.browser(), setup.host());
    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    const folder = dialog.getByLabel('Folder for backups');
    await folder.waitFor();

    await folder.fill('backups here');
    await dialog.getByRole('button', { name: 'Use this folder' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toMatch(/Type the whole path/);
    await folder.fill(path.join(usb, 'not there'));
    await dialog.getByRole('button', { name: 'Use this folder' }).click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toMatch(/cannot be found/);

    await folder.fill(usb);
    await dialog.getByRole('button', { name: 'Use this folder' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`Backups will go into ${usb}.`);
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Backed up to .*\.sqlite$/);
    expect(fs.readdirSync(usb).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    await expect
      .poll(() => dialog.textContent())
      .toMatch(/The last backup succeeded on \d+ [A-Z][a-z]+ \d{4} at \d{2}:\d{2}\./);

    // The stick is pulled out: the dialog says so, and the next backup goes beside the library.
    fs.rmSync(usb, { recursive: true, force: true });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Backups…' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').first().textContent())
      .toMatch(
        /The folder you chose for backups cannot be used now.*cannot be found.*Backups go beside the library until it is back/,
      );
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'backups-folder-missing', false);
    const beside = path.join(path.dirname(setup.host().dbFile), 'backups');
    const before = fs.readdirSync(beside).filter((f) => f.endsWith('.sqlite')).length;
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Backed up to .*\.sqlite$/);
    expect(fs.readdirSync(beside).filter((f) => f.endsWith('.sqlite')).length).toBeGreaterThanOrEqual(
      Math.min(before + 1, 3),
    );
    await dialog.getByRole('button', { name: 'Back up beside the library' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Backups will go beside the library.');
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('restores a backup from the browser, and the library is as it was then', async () => {
    const page = await openApp(setup.browser(), setup.host());
    // A backup of the empty library, then a sample pack imported after it.
    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Backed up to/);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Open a sample pack' }).click();
    await page.getByRole('region', { name: 'Sample Scrutiny Board' }).waitFor();

    await page.getByRole('button', { name: 'Backups…' }).click();
    await dialog.getByRole('button', { name: 'Restore…' }).click();
    await expect(dialog.getByText(/Replace your library with the backup of/).isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Yes, restore this backup' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Restored the backup of .*kept as/);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor({ timeout: 15_000 });
    await page.close();
  });
});
