import { it } from 'vitest';
import { openApp, screenshot, useHostAndBrowser, importThroughChooser } from './harness';
const setup = useHostAndBrowser();
it('looks', async () => {
  const page = await openApp(setup.browser(), setup.host());
  await importThroughChooser(page, '/tmp/look/minutes-of-ashcombe-parish-council.txt');
  await screenshot(page, 'look-home');
  await page.getByRole('button', { name: 'Tracker' }).click();
  await page.waitForTimeout(800);
  await screenshot(page, 'look-tracker');
  await page.getByRole('tab', { name: /Recorded/ }).click();
  await page.waitForTimeout(500);
  await screenshot(page, 'look-recorded');
}, 120_000);
