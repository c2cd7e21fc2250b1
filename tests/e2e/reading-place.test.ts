import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KENT, sharedFixture } from '../helpers/shared-fixtures';
import { openApp, pageProblems, screenshot, useHostAndBrowser, importThroughChooser } from './harness';

const setup = useHostAndBrowser();
const TIMES = 10;

async function importFile(page: Page, file: string): Promise<void> {
  await importThroughChooser(page, file);
}

/** The words of the line at the top of the reading area, just below the toolbar, and how far below it the line is. */
function lineAtTop(page: Page): Promise<{ text: string; gap: number }> {
  return page.evaluate(() => {
    const top = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
    const view = document.querySelector('[data-testid=text-view]') as HTMLElement;
    const left = view.getBoundingClientRect().left + 2;
    const caret = document.caretRangeFromPoint(left, top + 8);
    if (!caret) return { text: '', gap: -1 };
    const range = document.createRange();
    range.setStart(caret.startContainer, caret.startOffset);
    range.setEnd(caret.startContainer, Math.min(caret.startContainer.textContent?.length ?? 0, caret.startOffset + 40));
    const line = caret.startContainer.parentElement?.getBoundingClientRect();
    const rect = range.getClientRects()[0];
    return { text: range.toString(), gap: Math.round((rect ?? line)?.top ?? 0) - Math.round(top) };
  });
}

/** The PDF page at the top of the Original view, and how far its top is from the toolbar. */
function pageAtTop(page: Page): Promise<{ number: string; gap: number }> {
  return page.evaluate(() => {
    const top = document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
    const first = [...document.querySelectorAll<HTMLElement>('[data-page-number]')].find(
      (el) => el.getBoundingClientRect().bottom > top + 8,
    );
    return {
      number: first?.dataset.pageNumber ?? '',
      gap: Math.round((first?.getBoundingClientRect().top ?? 0) - top),
    };
  });
}

async function leaveAndReturn(page: Page, title: string): Promise<void> {
  // As a councillor does: up to the back link at the top of the paper, then open it again.
  await page.locator('.reader-head .back').click();
  await page.locator('.document-title', { hasText: title }).first().click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Waits until the place stops moving and has been saved. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(600);
}

describe('reopening a paper where the councillor left off', () => {
  it('comes back to the same line in the Text view and the same page in the Original view, every time', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importFile(page, sharedFixture(KENT.cabinetMinutes));
    await page.locator('.meeting-date').first().click();
    const paper = page.locator('.document-title').first();
    const title = (await paper.textContent()) ?? '';
    await paper.click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();

    // Text view: read well into the paper, stopping part-way down a paragraph.
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, 4321);
    await settle(page);
    const left = await lineAtTop(page);
    expect(left.text.length).toBeGreaterThan(10);
    // The line the reader stopped on (part hidden under the toolbar) comes back whole, just below it, each time.
    const gaps = new Set<number>();
    for (let i = 1; i <= TIMES; i++) {
      await leaveAndReturn(page, title);
      await expect.poll(() => lineAtTop(page).then((l) => `${i}: ${l.text}`)).toBe(`${i}: ${left.text}`);
      await settle(page);
      const back = await lineAtTop(page);
      expect({ visit: i, text: back.text }).toEqual({ visit: i, text: left.text });
      gaps.add(back.gap);
    }
    expect(gaps.size).toBe(1);
    expect([...gaps][0]).toBeGreaterThanOrEqual(0);
    expect([...gaps][0]).toBeLessThan(12);
    await screenshot(page, 'reading-place-text', false);

    // Original view: the same page, at the same place on screen.
    await page.getByRole('button', { name: 'Original', exact: true }).click();
    await page.locator('[data-page-number]').first().waitFor();
    await settle(page);
    await page.mouse.wheel(0, 5000);
    await settle(page);
    const leftPage = await pageAtTop(page);
    expect(Number(leftPage.number)).toBeGreaterThan(2);
    for (let i = 1; i <= TIMES; i++) {
      await leaveAndReturn(page, title);
      await page.locator('[data-page-number]').first().waitFor();
      await expect.poll(() => pageAtTop(page).then((p) => `${i}: ${p.number}`)).toBe(`${i}: ${leftPage.number}`);
      await settle(page);
      const back = await pageAtTop(page);
      expect({ visit: i, number: back.number }).toEqual({ visit: i, number: leftPage.number });
      expect(Math.abs(back.gap)).toBeLessThanOrEqual(2);
      await expect(page.getByTestId('page-indicator').textContent()).resolves.toContain(`Page ${leftPage.number}`);
    }
    await screenshot(page, 'reading-place-original', false);

    // Closing the app with the paper open: it opens again on that paper, at that page.
    await page.reload();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.locator('[data-page-number]').first().waitFor();
    await settle(page);
    await expect(pageAtTop(page).then((p) => p.number)).resolves.toBe(leftPage.number);

    // And back in the Text view, the line it was on.
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await page.mouse.wheel(0, 777);
    await settle(page);
    const again = await lineAtTop(page);
    await page.reload();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await settle(page);
    await expect(lineAtTop(page).then((l) => l.text)).resolves.toBe(again.text);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });
});
