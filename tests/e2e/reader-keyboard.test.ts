import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser, importThroughChooser } from './harness';
import { markdownToPdf } from './make-pdf';

const setup = useHostAndBrowser();
const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
let pack: string;

beforeAll(async () => {
  pack = await markdownToPdf(setup.browser(), MINUTES, 'Minutes 16 September 2021.pdf');
  const page = await openApp(setup.browser(), setup.host());
  await importThroughChooser(page, pack, { close: false });
  await page.close();
});

/** The app as at 200% zoom on a 1280 by 800 screen. */
async function openZoomed(): Promise<Page> {
  const page = await openApp(setup.browser(), setup.host());
  await page.setViewportSize({ width: 640, height: 400 });
  await page.getByRole('button', { name: 'Thursday 16 September 2021' }).click();
  await page.getByRole('button', { name: 'Minutes', exact: true }).click();
  await page.getByRole('heading', { name: 'Minutes', level: 1 }).waitFor();
  return page;
}

describe('the reader at 200% zoom, with the keyboard only', () => {
  it('keeps the toolbar to one row, with the tools in a menu that the keyboard works', async () => {
    const page = await openZoomed();
    const toolbar = page.locator('.reader-toolbar');
    const height = (await toolbar.boundingBox())?.height ?? 999;
    // One row of buttons: most of the screen is left for the paper.
    expect(height).toBeLessThan(400 / 5);
    await expect(page.getByRole('button', { name: 'Highlight in yellow' }).isVisible()).resolves.toBe(false);

    const tools = page.getByRole('button', { name: 'Tools' });
    await tools.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Tools' });
    await menu.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await expect(focused()).resolves.toContain('Previous agenda item');
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('Help');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toContain('Next agenda item');
    await screenshot(page, 'reader-zoomed-tools-light', false);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(menu.isVisible()).resolves.toBe(false);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Tools');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await screenshot(page, 'reader-zoomed-tools-dark', false);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('selects text with Shift and the arrow keys, highlights it with H and notes it with N', async () => {
    const page = await openZoomed();
    const view = page.getByRole('region', { name: 'Text of the paper' });
    await view.focus();
    await page.keyboard.press('h');
    await expect(page.locator('.reader-notice').textContent()).resolves.toContain('Select some text first');

    await page.keyboard.press('F7');
    await expect(page.locator('.reader-notice').textContent()).resolves.toContain('Keyboard selection on');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected).toHaveLength(7);
    await page.keyboard.press('h');
    await page.getByText('All changes saved').waitFor();
    const marked = await page.locator('mark.annotation.colour-yellow').allTextContents();
    expect(marked.join('')).toBe(selected);
    // Typing never changes the paper.
    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    await expect(view.textContent()).resolves.not.toContain('xyz');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('n');
    await page.getByLabel('Your note', { exact: true }).waitFor();
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id),
    ).resolves.toBeTruthy();
    await page.getByLabel('Your note', { exact: true }).fill('Typed without a mouse');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('All changes saved').waitFor();
    await screenshot(page, 'reader-zoomed-keyboard-note', false);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('lists the shortcuts on ? as a dialog, and opens the guide that comes with the app', async () => {
    const page = await openZoomed();
    await page.getByRole('region', { name: 'Text of the paper' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await expect(dialog.getByRole('row', { name: /Highlight the selected text/ }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-shortcuts-light', false);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-shortcuts-dark', false);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);

    // F1 from the text again (focus goes back to it when the dialog closes).
    await page.getByRole('region', { name: 'Text of the paper' }).focus();
    await expect
      .poll(async () => {
        if (!(await dialog.isVisible())) await page.keyboard.press('F1');
        return dialog.isVisible();
      })
      .toBe(true);
    await dialog.getByRole('button', { name: 'Open the guide' }).click();
    await page.getByRole('heading', { name: 'How to use Scrutineer', level: 1 }).waitFor();
    await expect(page.getByRole('heading', { name: 'Marking a passage' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'help-guide-light', true);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('goes to a page and prints from the Tools menu when the toolbar is narrow', async () => {
    const page = await openZoomed();
    await expect(page.getByRole('button', { name: 'Print…' }).isVisible()).resolves.toBe(false);
    const tools = page.getByRole('button', { name: 'Tools' });
    const goToPage = page.getByRole('dialog', { name: 'Go to a page' });

    await tools.click();
    await page.getByRole('menuitem', { name: /Go to page/ }).click();
    await goToPage.waitFor();
    await goToPage.getByLabel('Go to page').fill('PDF page 99');
    await goToPage.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(goToPage.getByRole('alert').textContent()).resolves.toContain('There is no page “PDF page 99”');
    expect(await axeViolations(page)).toEqual([]);
    await goToPage.getByLabel('Go to page').fill('PDF page 2');
    await goToPage.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(goToPage.isVisible()).resolves.toBe(false);

    await tools.click();
    await page.getByRole('menuitem', { name: /Go to page/ }).click();
    await expect
      .poll(() => goToPage.getByTestId('page-indicator').textContent(), { timeout: 10_000 })
      .toMatch(/Page 2|PDF page 2/);
    await goToPage.getByRole('button', { name: 'Close' }).click();

    await tools.click();
    await page.getByRole('menuitem', { name: 'Print…' }).click();
    const print = page.getByRole('dialog', { name: 'Print' });
    await print.waitFor();
    await print.getByRole('button', { name: 'Cancel' }).click();
    await expect(print.isVisible()).resolves.toBe(false);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });
});
