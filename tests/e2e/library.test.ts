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
    await expect(page.getByText('File › Import pack…').isVisible()).resolves.toBe(true);
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

  it('is refused by the host when opened without the secret token', async () => {
    const page = await setup.browser().newPage();
    await page.goto(setup.host().origin + '/');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/access key/);
    await page.close();
  });
});
