import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser, importThroughChooser } from './harness';

const setup = useHostAndBrowser();

async function importAll(page: Page): Promise<void> {
  await importThroughChooser(page, [
    sharedFixture('coventry-ecs-minutes-2021-09-16.md'),
    sharedFixture('coventry-ecs-briefing-note-2018-07-19-improvement-plan.txt'),
    sharedFixture('CPP Minutes 29.10.24.pdf'),
    sharedFixture('coventry-ecs-agenda-item-2021-children-services-improvement.txt'),
  ]);
}

describe('a councillor searching years of packs', () => {
  it('searches from the palette with the keyboard and lands in the reader on the passage', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importAll(page);

    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search every paper, note and outcome' });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('public commit');
    await page.locator('#palette-results').getByRole('option').first().waitFor();
    const options = await page.locator('#palette-results').getByRole('option').allTextContents();
    expect(options.every((o) => /public commit/i.test(o))).toBe(true);
    expect(options.some((o) => o.includes('Thursday 19 July 2018'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'search-palette', false);

    const target = options.findIndex((o) => o.includes('Thursday 19 July 2018'));
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Progress on Children’s Services Improvement Plan', level: 1 }).waitFor();
    const landed = page.locator('.text-view .jump-target');
    await landed.waitFor();
    await expect(landed.textContent()).resolves.toMatch(/public commitment/);
    await expect(
      landed.evaluate((el) => el.getBoundingClientRect().top > 0 && el.getBoundingClientRect().bottom < innerHeight),
    ).resolves.toBe(true);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('lays a subject out across the years, with filters', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await page.getByRole('button', { name: /^Search/ }).click();
    await page.locator('#search-query').fill('Ofsted');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText(/passages? in \d+ meetings?/).waitFor();
    const marks = page.locator('.timeline-mark');
    expect(await marks.count()).toBe(2);
    const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels.some((l) => l.includes('19 July 2018'))).toBe(true);
    expect(labels.some((l) => l.includes('16 September 2021'))).toBe(true);
    // Day first, whatever the computer's locale.
    await page.getByLabel('From').fill('01/01/2021');
    await page.getByLabel('From').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.timeline-mark').length === 1);
    await expect(page.locator('.result-group h2').first().textContent()).resolves.toMatch(/16 September 2021/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'search-timeline', false);
    await page.close();
  });

  it('shows which paragraphs were reported before, and folds them away', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await page.getByRole('button', { name: 'Date not given in the papers' }).click();
    await page.getByRole('button', { name: /^Minute: Children's Services Continuous Improvement Progress/ }).click();
    await page.getByRole('button', { name: 'What is new?' }).click();
    const summary = page.locator('.what-is-new [role=status]');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/^\d+ of \d+ paragraphs are new$/);
    const labels = page.locator('.repeated-label button', { hasText: 'Reported before' });
    // The page gives no date, so the dated minutes of 2021 count as earlier too.
    const repeated = await labels.count();
    expect(repeated).toBeGreaterThanOrEqual(3);
    expect(await labels.allTextContents()).toContain(
      'Reported before – Thursday 19 July 2018, Progress on Children’s Services Improvement Plan',
    );
    await expect(page.locator('.repeated .block').count()).resolves.toBe(repeated);
    await page.getByLabel('Fold away what was reported before').check();
    await expect(page.locator('.repeated .block').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'what-is-new', false);
    await page.close();
  });
});
