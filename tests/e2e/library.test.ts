import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser } from './harness';

const setup = useHostAndBrowser();

describe('a councillor opening Scrutineer for the first time', () => {
  it('sees the library with a friendly way to import a pack', async () => {
    const page = await openApp(setup.browser(), setup.host());
    // The library loads after the page: wait for it, rather than look once.
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Your library is empty' }).isVisible()).resolves.toBe(true);
    // Three ways in; the browser version names its own buttons, never the Electron menu.
    for (const name of ['Add your council’s website', 'Import pack…', 'Open a sample pack']) {
      await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('Use the buttons below').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/File ›/).count()).resolves.toBe(0);
    await screenshot(page, 'library-empty');
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('meets WCAG 2.2 AA on the library screen, in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openApp(setup.browser(), setup.host());
      await page.emulateMedia({ colorScheme });
      await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('can be used with the keyboard alone, with a visible focus', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('reflows at 200% zoom without sideways scrolling', async () => {
    const page = await setup.browser().newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(setup.host().url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('opens a sample pack and is told what to do before the next meeting', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await page.getByRole('button', { name: 'Open a sample pack' }).click();
    const card = page.getByRole('region', { name: 'Sample Scrutiny Board' });
    await card.waitFor();
    await expect(card.getByText('Committee Room 1, Sample Town Hall').isVisible()).resolves.toBe(true);
    await expect(card.getByText('Pack arrived: 1 paper.').isVisible()).resolves.toBe(true);
    await expect(card.getByText('1 paper not opened yet.').isVisible()).resolves.toBe(true);
    await expect(card.getByText('No questions prepared yet.').isVisible()).resolves.toBe(true);
    await expect.poll(() => card.textContent()).toMatch(/3 outcomes outstanding, 1 overdue\./);
    await card.getByRole('button', { name: 'Follow Sample Scrutiny Board' }).click();
    await card.getByRole('button', { name: 'Following Sample Scrutiny Board' }).waitFor();
    await screenshot(page, 'home-with-meetings');

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // The meeting page marks the paper not yet opened; opening it clears the mark on both pages.
    await card.getByRole('button', { name: /^Tuesday \d+ [A-Z][a-z]+ \d{4}, 18:30$/ }).click();
    const paper = page.getByRole('button', { name: 'Agenda', exact: true });
    await paper.waitFor();
    await expect(page.getByText('New', { exact: true }).isVisible()).resolves.toBe(true);
    await paper.click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.waitForTimeout(800); // the reading position is saved a moment after opening
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
    await card.waitFor();
    await expect.poll(() => card.textContent()).not.toMatch(/not opened yet/);
    // Past meetings are one click away.
    await card.getByText('Past meetings (1)').click();
    await expect(card.getByRole('button', { name: /Sample Scrutiny Board|day \d+/ }).count()).resolves.toBeGreaterThan(
      1,
    );
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('shows the home screen at 200% zoom without sideways scrolling', async () => {
    const page = await setup.browser().newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.goto(setup.host().url);
    await page.getByRole('region', { name: 'Sample Scrutiny Board' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home-zoom-200');
    await page.close();
  });

  it('is refused by the host when opened without the secret token', async () => {
    const page = await setup.browser().newPage();
    await page.goto(setup.host().origin + '/');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/access key/);
    await page.close();
  });
});
