import fs from 'node:fs';
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
});
