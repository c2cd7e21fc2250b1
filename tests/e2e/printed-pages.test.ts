import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { frontMatterPack } from '../helpers/front-matter-pack';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, selectText, useHostAndBrowser, importThroughChooser } from './harness';

const setup = useHostAndBrowser();
let packFile: string;

beforeAll(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-pack-'));
  packFile = path.join(folder, 'Highways Scrutiny Committee 30 January 2025 pack.pdf');
  fs.writeFileSync(packFile, await frontMatterPack());
});

async function importAndOpen(page: Page): Promise<void> {
  await importThroughChooser(page, packFile);
  await page.locator('.meeting-date').first().click();
  await page.locator('.document-title').first().click();
  await page.locator('[data-testid=text-view]').waitFor();
}

/** The pages of the paper whose text is shown, by the words printed on each. */
function visibleBodyPages(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid=text-view] [data-page]')]
      .filter((el) => el.offsetParent !== null && /numbered \d+ in print/.test(el.textContent ?? ''))
      .map((el) => Number(/numbered (\d+) in print/.exec(el.textContent ?? '')?.[1])),
  );
}

/** Instead of the print dialog (which would wait for a person), note that it was asked for. */
async function catchPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as Window & { printed?: number }).printed = 0;
    window.print = () => {
      (window as Window & { printed?: number }).printed! += 1;
    };
  });
}

const printed = (page: Page) => page.evaluate(() => (window as Window & { printed?: number }).printed ?? 0);

describe('the pack’s own page numbers, going to a page, and printing', () => {
  it('names pages as printed, goes to printed page 3 (PDF page 6), and says so in notes and search', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importAndOpen(page);

    await page.getByLabel('Go to page').fill('3');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const top = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
          const first = [...document.querySelectorAll<HTMLElement>('[data-testid=text-view] [data-start]')].find(
            (el) => el.getBoundingClientRect().bottom > top + 8,
          );
          return first?.dataset.page;
        }),
      )
      .toBe('6');

    // A note on printed page 3 says "page 3", not the PDF's 6.
    await selectText(page, '[data-testid=text-view]', 'page numbered 3 in print');
    await page.getByRole('button', { name: 'Note', exact: true }).click();
    await page.getByLabel('Your note', { exact: true }).fill('Ask for the district breakdown');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('All changes saved').waitFor();
    await expect(page.locator('.annotation-item', { hasText: 'district breakdown' }).textContent()).resolves.toContain(
      'page 3',
    );

    // The cover has no number printed on it.
    await page.getByLabel('Go to page').fill('PDF page 1');
    await page.getByRole('button', { name: 'Go', exact: true }).click();

    // A page the pack does not have.
    await page.getByLabel('Go to page').fill('99');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is no page “99”' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'go-to-page-problem', false);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // The Original view says which printed page is at the top, and which PDF page that is.
    await page.getByRole('button', { name: 'Original', exact: true }).click();
    await page.locator('[data-page-number]').first().waitFor();
    await page.getByLabel('Go to page').fill('iii');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect.poll(() => page.getByTestId('page-indicator').textContent()).toContain('Page iii (PDF page 3 of 9)');
    await page.getByLabel('Go to page').fill('3');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect.poll(() => page.getByTestId('page-indicator').textContent()).toContain('Page 3 (PDF page 6 of 9)');
    await expect(page.getByRole('region', { name: 'Page 3' }).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'PDF page 1' }).count()).resolves.toBe(1);
    await screenshot(page, 'printed-page-original', false);

    // Search results name the printed page.
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.locator('#search-query').fill('"numbered 4 in print"');
    await page.locator('#search-query').press('Enter');
    await expect
      .poll(() => page.locator('.result-meta').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/page 4$/)]));
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('prints printed pages 2 to 3 with my notes, only my notes, or the whole paper, without the toolbar', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await page.locator('.meeting-date').first().click();
    await page.locator('.document-title').first().click();
    // It reopens in the Original view, where it was left: printing prints the Text view.
    await page.locator('[data-page-number]').first().waitFor();
    await catchPrint(page);

    // Bad input first: a page the pack does not have, then a range the wrong way round.
    await page.getByRole('button', { name: 'Print…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print' });
    await dialog.getByLabel('Some pages').check();
    await dialog.getByLabel('From page').fill('2');
    await dialog.getByLabel('to page').fill('12');
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('There is no page “12”');
    await dialog.getByLabel('to page').fill('1');
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('The last page comes before the first');
    await screenshot(page, 'print-dialog-problem', false);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'print-dialog-dark', false);
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByLabel('to page').fill('3');
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => printed(page)).toBe(1);
    await expect(page.getByRole('button', { name: 'Text', exact: true }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(visibleBodyPages(page)).resolves.toEqual([2, 3]);
    await expect(page.locator('.reader-toolbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.annotation-panel').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-heading').textContent()).resolves.toContain('Page 2 to page 3');
    const notes = page.locator('.print-notes');
    await expect(notes.isVisible()).resolves.toBe(true);
    await expect(notes.textContent()).resolves.toContain('Note – page 3');
    await expect(notes.textContent()).resolves.toContain('Ask for the district breakdown');
    // The highlight prints, in colour.
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('mark.annotation') as Element).printColorAdjust),
    ).resolves.toBe('exact');
    const twoPages = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join('test-results', 'print-pages-2-3.pdf'), twoPages);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    // Only my notes.
    await page.getByRole('button', { name: 'Print…' }).click();
    await dialog.getByLabel('Only my notes on it').check();
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => printed(page)).toBe(2);
    await page.emulateMedia({ media: 'print' });
    await expect(visibleBodyPages(page)).resolves.toEqual([]);
    await expect(notes.isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-heading').textContent()).resolves.toContain('My notes');
    fs.writeFileSync(path.join('test-results', 'print-notes-only.pdf'), await page.pdf({ format: 'A4' }));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    // The whole paper, without notes, is longer than two of its pages.
    await page.getByRole('button', { name: 'Print…' }).click();
    await dialog.getByLabel('The whole paper').check();
    await dialog.getByLabel('Add my notes at the end').uncheck();
    await dialog.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => printed(page)).toBe(3);
    await page.emulateMedia({ media: 'print' });
    await expect(visibleBodyPages(page)).resolves.toEqual([1, 2, 3, 4, 5, 6]);
    await expect(notes.count()).resolves.toBe(0);
    const whole = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join('test-results', 'print-whole.pdf'), whole);
    // Printed pages 2 and 3 fit on one sheet, the notes start another; the whole paper takes two.
    expect(pdfPageCount(twoPages)).toBe(2);
    expect(pdfPageCount(whole)).toBe(2);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });
});

function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}
