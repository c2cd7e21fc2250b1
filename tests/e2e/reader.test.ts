import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import {
  openApp,
  pageProblems,
  screenshot,
  selectText,
  startHost,
  useHostAndBrowser,
  importThroughChooser,
} from './harness';
import { markdownToPdf } from './make-pdf';

const setup = useHostAndBrowser();
const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const SHORTAGE = 'Staff shortages contributed to delays';
const REFLECTIVE = 'Overview supervision was a time allocated for reflective supervision';
const METRICS = 'numeric metrics being included to measure progress';
const REMOVED = 'Councillor Abbott highlighted the Council offered support to families';

let original: string;
let edited: string;

beforeAll(async () => {
  original = await markdownToPdf(setup.browser(), MINUTES, 'Minutes 16 September 2021.pdf');
  const changed = MINUTES.replace(
    'Officers noted that the increase',
    'The clerk added this paragraph after the meeting to correct the record of the discussion.\n\nOfficers noted that the increase',
  )
    .replace('reflective supervision', 'reflexive supervision')
    .replace(/Councillor Abbott highlighted[^\n]*\n/, '\n');
  edited = await markdownToPdf(setup.browser(), changed, 'Minutes 16 September 2021 (revised).pdf');
});

async function importFile(page: Page, file: string): Promise<void> {
  await importThroughChooser(page, file);
}

async function openMinutes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Thursday 16 September 2021' }).click();
  await page.getByRole('button', { name: 'Minutes', exact: true }).click();
  await page.getByRole('heading', { name: 'Minutes', level: 1 }).waitFor();
}

async function saved(page: Page): Promise<void> {
  await page.getByText('All changes saved').waitFor();
}

const panel = (page: Page) => page.locator('.annotation-panel');

describe('a councillor reading and annotating a paper', () => {
  it('highlights in both views, adds a note and a question, and finds them again after a reload', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importFile(page, original);
    await openMinutes(page);

    await selectText(page, '[data-testid=text-view]', SHORTAGE);
    await page.getByRole('button', { name: 'Highlight in yellow' }).click();
    await saved(page);
    await expect(page.locator('mark.annotation', { hasText: SHORTAGE }).count()).resolves.toBe(1);

    await selectText(page, '[data-testid=text-view]', REFLECTIVE);
    await page.getByRole('button', { name: 'Note', exact: true }).click();
    await page.getByLabel('Your note', { exact: true }).fill('Ask how often supervision happens');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(page);

    await selectText(page, '[data-testid=text-view]', REMOVED);
    await page.getByRole('button', { name: 'Question', exact: true }).click();
    await page.getByLabel('Your question', { exact: true }).fill('Which food hubs?');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await saved(page);

    await page.getByRole('button', { name: 'Original' }).click();
    await page.locator('.pdf-page .textLayer span').first().waitFor();
    await selectText(page, '[data-testid=original-view]', METRICS);
    await page.getByRole('button', { name: 'Highlight in blue' }).click();
    await saved(page);
    await page.locator('.pdf-highlight.colour-blue').first().waitFor();
    await screenshot(page, 'reader-original-light', false);

    // Nothing was lost: reload, and the paper reopens by itself, everything where it was, in the view last used.
    await page.reload();
    await page.getByRole('heading', { name: 'Minutes', level: 1 }).waitFor();
    await page.locator('.pdf-highlight.colour-blue').first().waitFor();
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await expect(page.locator('mark.annotation', { hasText: SHORTAGE }).count()).resolves.toBe(1);
    await expect(page.locator('mark.annotation.colour-blue').first().textContent()).resolves.toContain(
      'numeric metrics',
    );
    await expect(panel(page).getByText('Ask how often supervision happens').isVisible()).resolves.toBe(true);
    await expect(panel(page).getByText('Which food hubs?').isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-text-light', false);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reader-text-dark', false);
    await page.getByRole('button', { name: 'Original' }).click();
    await page.locator('.pdf-highlight').first().waitFor();
    await screenshot(page, 'reader-original-dark', false);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('finds words in the paper with a count, next and previous', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await openMinutes(page);
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await page.keyboard.press('Control+f');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('find-input');
    await page.keyboard.type('Ofsted');
    await expect(page.locator('.find-count').textContent()).resolves.toMatch(/^1 of \d+$/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.find-count').textContent()).resolves.toMatch(/^2 of \d+$/);
    await expect(page.locator('mark.find-current').textContent()).resolves.toBe('Ofsted');
    await page.close();
  });

  it('re-anchors notes in a re-published version, and lists the ones it cannot place', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importFile(page, edited);
    await openMinutes(page);
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await expect(page.locator('mark.annotation', { hasText: SHORTAGE }).count()).resolves.toBe(1);
    await expect(panel(page).getByText('passage changed slightly').count()).resolves.toBeGreaterThan(0);
    const notPlaced = panel(page).locator('h3', { hasText: 'Could not be placed' });
    await notPlaced.waitFor();
    await expect(panel(page).getByText('Which food hubs?').isVisible()).resolves.toBe(true);
    await screenshot(page, 'reader-reanchored', false);
    await page.close();
  });

  it('exports the notes as W3C JSON that another laptop imports once', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await openMinutes(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export notes (W3C)' }).click(),
    ]);
    const exported = path.join(path.dirname(setup.host().dbFile), download.suggestedFilename());
    await download.saveAs(exported);
    await page.close();

    const other = await startHost();
    try {
      const fresh = await openApp(setup.browser(), other);
      await importFile(fresh, original);
      await importFile(fresh, edited);
      await openMinutes(fresh);
      for (const expected of [
        '4 notes added, 0 already here, 1 could not be placed.',
        '0 notes added, 4 already here.',
      ]) {
        const [chooser] = await Promise.all([
          fresh.waitForEvent('filechooser'),
          fresh.getByRole('button', { name: 'Import notes…' }).click(),
        ]);
        await chooser.setFiles(exported);
        await fresh.getByText(expected, { exact: true }).waitFor();
      }
      await expect(panel(fresh).getByText('Ask how often supervision happens').isVisible()).resolves.toBe(true);
      await fresh.close();
    } finally {
      await other.stop();
    }
  });
});
