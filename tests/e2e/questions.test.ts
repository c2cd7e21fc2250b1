import fs from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../electron/importing/extract/pdf';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, selectText, useHostAndBrowser, importThroughChooser } from './harness';

const setup = useHostAndBrowser();
const CPP = sharedFixture('CPP Minutes 29.10.24.pdf');
const PASSAGE = 'Elected Members were welcome to sit on adoption panels.';

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return fs.readFileSync(await file.path());
}

describe('a councillor preparing questions and using them in the meeting', () => {
  it('prepares, reorders, prints the brief, asks, follows up and finds the request in the tracker', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importThroughChooser(page, CPP);
    await page.getByRole('button', { name: 'Tuesday 29 October 2024' }).click();

    // One question from a passage selected in the reader.
    await page.getByRole('button', { name: 'Minutes', exact: true }).click();
    await page.getByRole('heading', { name: 'Minutes', level: 1 }).waitFor();
    await selectText(page, '[data-testid=text-view]', PASSAGE);
    await page.getByRole('button', { name: 'Question', exact: true }).click();
    await page.getByLabel('Your question', { exact: true }).fill('How many Members sat on adoption panels this year?');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByRole('button', { name: 'Add to my questions' }).click();
    await page.getByText('Added to my questions').waitFor();

    // Two typed questions on two items.
    await page.locator('.reader-head button.back').click();
    await page.getByRole('button', { name: 'My questions' }).click();
    await page.getByRole('heading', { name: 'My questions', level: 1 }).waitFor();
    await page
      .getByLabel('New question under 6. Adoption Partnership South East', { exact: false })
      .fill('Why were two children returned to care?');
    await page.getByRole('button', { name: /^Add question under 6\./ }).click();
    await page.getByText('Question added.').waitFor();
    await page
      .getByLabel('New question under 10. Sufficiency Strategy 2022-2027')
      .fill('When will the placement gap close?');
    await page.getByRole('button', { name: 'Add question under 10. Sufficiency Strategy 2022-2027' }).click();
    await page.getByText('Question added.').waitFor();

    const item6 = page.locator('.question-group', {
      has: page.getByRole('heading', { name: /^6\. Adoption Partnership/ }),
    });
    const texts = () =>
      item6.locator('textarea[id$="-text"]').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
    await expect(texts()).resolves.toEqual([
      'How many Members sat on adoption panels this year?',
      'Why were two children returned to care?',
    ]);
    await expect(item6.locator('blockquote').first().textContent()).resolves.toContain(PASSAGE);

    // Reorder with the keyboard.
    await item6.getByRole('button', { name: 'Move up question 2' }).click();
    await page.getByText('Moved.').waitFor();
    // "Moved." can be announced a moment before the list is drawn again: wait for the new order.
    await expect
      .poll(() => item6.locator('textarea[id$="-text"]').first().inputValue())
      .toBe('Why were two children returned to care?');

    // Set who it is put to, then print the brief three ways.
    await item6.locator('.question-card').first().getByLabel('To', { exact: true }).fill('Amy Coombs');
    await item6.locator('.question-card').first().getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'questions', false);

    const markdown = (await download(page, 'Brief (Markdown)')).toString('utf8');
    expect(markdown).toContain('# My questions for Corporate Parenting Panel, Tuesday 29 October 2024');
    expect(markdown.indexOf('Why were two children')).toBeLessThan(markdown.indexOf('How many Members'));
    expect(markdown).toMatch(new RegExp(`> ${PASSAGE.replace('.', '\\.')} \\(Minutes, page \\d+\\)`));
    const pdf = await download(page, 'Brief (PDF)');
    const pdfText = (await extractPdf(new Uint8Array(pdf))).blocks.map((b) => b.text).join(' ');
    expect(pdfText).toContain('Sufficiency Strategy 2022-2027');
    expect(pdfText).toContain('To: Amy Coombs');
    const word = await download(page, 'Brief (Word)');
    const { value } = await mammoth.extractRawText({ buffer: word });
    expect(value).toContain('When will the placement gap close?');

    // The meeting: asked, answered, not satisfied, followed up.
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByRole('heading', { name: /^6\. Adoption Partnership/, level: 1 }).waitFor();
    const first = page.locator('.meeting-question').first();
    await first.getByRole('button', { name: 'Asked' }).click();
    await first.getByLabel('Answer given').fill('Officers will send the figures after the meeting.');
    await first.getByRole('button', { name: 'Not satisfied' }).click();
    await page.getByText('Saved.').waitFor();
    await first.getByRole('button', { name: 'Follow up' }).click();
    await first.getByText(/In the tracker as outcome \d+/).waitFor();
    await screenshot(page, 'meeting-mode', false);

    await page.getByRole('button', { name: 'Tracker' }).click();
    await page.getByLabel('Words').fill('returned to care');
    const request = page.locator('button.outcome-row', { hasText: 'Why were two children returned to care?' });
    await request.waitFor();
    await expect(request.textContent()).resolves.toMatch(/Request.*Owner: Amy Coombs/s);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });
});
