import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser } from './harness';

const minutes = sharedFixture('coventry-ecs-minutes-2021-09-16.md');
const cppMinutes = sharedFixture('CPP Minutes 29.10.24.pdf');

const setup = useHostAndBrowser();

async function chooseFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(files);
}

async function waitForImport(page: Page): Promise<void> {
  await page.getByRole('heading', { name: /Import (finished|cancelled)/ }).waitFor({ timeout: 60_000 });
}

describe('a councillor importing a meeting pack', () => {
  it('imports papers chosen in the file dialog, with progress, and shows the meeting as it was', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await chooseFiles(page, 'Import pack…', [cppMinutes, minutes]);
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await waitForImport(page);
    await expect(page.locator('.import-summary').textContent()).resolves.toBe('2 imported.');
    await screenshot(page, 'import-finished');

    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Tuesday 29 October 2024' }).click();
    await page.getByRole('heading', { name: 'Corporate Parenting Panel', level: 1 }).waitFor();
    await expect(page.getByText('Darent Room, Sessions House', { exact: false }).first().isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('heading', { name: 'Members (14)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Apologies (3)' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('.agenda-item').count()).toBe(12);
    await page.locator('.outcome', { hasText: 'Mr P Bartlett be duly elected Vice Chair' }).waitFor();
    await page.locator('.outcome', { hasText: 'Endorse the Sufficiency Strategy 2022-2027' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'meeting');
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('imports files dropped onto the window, and says when a file is already in the library', async () => {
    const page = await openApp(setup.browser(), setup.host());
    const note = sharedFixture('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt');
    const drop = (file: string) =>
      page.evaluate(
        ({ name, data }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/plain' }));
          window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        { name: path.basename(file), data: [...fs.readFileSync(file)] },
      );
    await drop(note);
    await waitForImport(page);
    await expect(page.locator('.import-file-message').textContent()).resolves.toBe('Imported.');
    await page.getByRole('button', { name: 'Close' }).click();
    await drop(note);
    await waitForImport(page);
    await expect(page.locator('.import-file-message').textContent()).resolves.toBe(
      'Already in the library: nothing new was added.',
    );
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Thursday 19 July 2018' }).waitFor();
    await page.close();
  });

  it('explains a file it cannot read, by name, and still imports the rest of the batch', async () => {
    const page = await openApp(setup.browser(), setup.host());
    const broken = path.join(setup.host().dbFile, '..', 'Broken pack.pdf');
    fs.writeFileSync(broken, fs.readFileSync(cppMinutes).subarray(0, 2000));
    const agenda = sharedFixture('Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf');
    await chooseFiles(page, 'Import pack…', [broken, agenda]);
    await waitForImport(page);
    const failed = page.locator('.import-file.state-failed');
    await expect(failed.locator('.import-file-name').textContent()).resolves.toBe('Broken pack.pdf');
    await expect(failed.locator('.import-file-message').textContent()).resolves.toMatch(
      /^Could not be imported: .*PDF/,
    );
    await expect(page.locator('.import-summary').textContent()).resolves.toBe('1 imported, 1 could not be imported.');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('heading', { name: 'Cabinet' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
