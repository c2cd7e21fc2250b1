import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/library/open-library';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, startHost, useHostAndBrowser } from './harness';

const setup = useHostAndBrowser();
const MINUTES = sharedFixture('coventry-ecs-minutes-2021-09-16.md');
const LATER = `Minutes of the Meeting of Education and Children's Services Scrutiny Board (2) held at 10.00 am on Thursday, 14 October 2021

## 12. Minutes

Further to Minute 7/21, the Board received the detail regarding the scrutiny of Apprenticeships that had been communicated to the Board.
`;

async function importFiles(page: Page, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import pack…' }).click(),
  ]);
  await chooser.setFiles(files);
  await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Close' }).click();
}

const row = (page: Page, text: string) => page.locator('button.outcome-row', { hasText: text });

describe('a chair following up what the board asked for', () => {
  it('moves an outcome to done with a note and evidence, accepts a follow-up, and prints the report', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importFiles(page, [MINUTES]);
    await page.getByRole('button', { name: 'Tracker' }).click();
    await page.getByText('8 outcomes to chase').waitFor();

    // Noting the action plan, and the work programme, asks no one to act: on record, one click away, never ageing.
    await page.getByRole('tab', { name: 'Recorded – nothing to chase (2)' }).click();
    await page.getByText('2 outcomes on record, nothing to chase').waitFor();
    const noted = row(page, 'note the Action Plan and thank officers');
    await expect(noted.textContent()).resolves.toMatch(/^Recorded/);
    await expect(noted.textContent()).resolves.not.toMatch(/Open \d+ days/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tracker-recorded');
    // Back by keyboard, as a tab list works.
    await page.keyboard.press('ArrowLeft');
    await page.getByText('8 outcomes to chase').waitFor();
    await expect(
      page.getByRole('tab', { name: 'Needs chasing (8)' }).evaluate((tab) => tab === document.activeElement),
    ).resolves.toBe(true);

    await row(page, 'Progress on the action plan be circulated').click();
    await page.getByLabel('Who owes it').fill('Director of Children’s Services');
    await page.getByLabel(/^Due/).fill('31 December 2021');
    await page.getByRole('button', { name: 'Save owner and due date' }).click();
    await page.getByText('Taken to mean: by 31 December 2021', { exact: false }).waitFor();

    await page.getByLabel('New status').selectOption('in-progress');
    await page.getByLabel('Note', { exact: true }).fill('Officers are preparing it');
    await page.getByRole('button', { name: 'Record change' }).click();
    await page.getByText('Status recorded as in progress.').waitFor();

    await page.getByLabel('New status').selectOption('done');
    await page.getByLabel('Note', { exact: true }).fill('Circulated by email');
    await page.getByLabel('Find the passage').fill('comprehensive response');
    await page.getByRole('button', { name: 'Find passage' }).click();
    await page.locator('.evidence-results button').first().click();
    await page.getByRole('button', { name: 'Record change' }).click();
    await page.getByText('Status recorded as done.').waitFor();
    const history = page.locator('.history li');
    expect(await history.count()).toBe(3);
    await expect(history.first().textContent()).resolves.toMatch(/Done.*Circulated by email.*comprehensive response/s);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tracker', false);

    // Later minutes refer back: the chair is asked, and nothing closes by itself.
    const later = path.join(path.dirname(setup.host().dbFile), 'minutes-2021-10-14.md');
    fs.writeFileSync(later, LATER);
    await page.getByRole('button', { name: 'Library' }).click();
    await importFiles(page, [later]);
    await page.getByRole('button', { name: 'Tracker' }).click();
    await row(page, 'Apprenticeships').click();
    await page.getByRole('heading', { name: 'Possible follow-ups to check' }).waitFor();
    await page.getByRole('button', { name: 'Accept as evidence' }).click();
    await page.getByText('Recorded as evidence.').waitFor();
    await expect(page.locator('.outcome-panel h2').textContent()).resolves.toBe('Resolution – Open');
    await expect(page.locator('.history li').first().textContent()).resolves.toMatch(
      /Evidence accepted.*Further to Minute 7\/21/s,
    );

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report (PDF)' }).click(),
    ]);
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Report (Word)' }).click(),
    ]);
    const { value } = await mammoth.extractRawText({ path: await word.path() });
    expect(value).toContain('Outstanding resolutions and actions');
    expect(value).toContain('Apprenticeships');
    expect(value).not.toContain('Progress on the action plan be circulated');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export for Excel (CSV)' }).click(),
    ]);
    expect([...fs.readFileSync(await csv.path()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('stays quick with ten thousand outcomes, drawing only the rows in view', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-10k-')), 'library.sqlite');
    openLibrary(file).close();
    const db = new Database(file);
    db.transaction(() => {
      for (let c = 1; c <= 8; c++)
        db.prepare('INSERT INTO committee (id, name) VALUES (?, ?)').run(c, `Scrutiny Board ${c}`);
      const meeting = db.prepare('INSERT INTO meeting (id, committee_id, date) VALUES (?, ?, ?)');
      for (let m = 1; m <= 400; m++)
        meeting.run(m, (m % 8) + 1, new Date(Date.UTC(2015, 0, 1) + m * 9 * 86_400_000).toISOString().slice(0, 10));
      const outcome = db.prepare(
        "INSERT INTO outcome (meeting_id, position, kind, text, source_quote) VALUES (?, ?, 'request', ?, '')",
      );
      for (let i = 0; i < 10_000; i++)
        outcome.run((i % 400) + 1, i, `Officers to report on subject ${i} to a future meeting`);
    })();
    db.close();
    const host = await startHost(file);
    try {
      const page = await openApp(setup.browser(), host);
      const started = Date.now();
      await page.getByRole('button', { name: 'Tracker' }).click();
      await page.getByText('10000 outcomes to chase').waitFor();
      await row(page, 'Officers to report').first().waitFor();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await page.locator('button.outcome-row').count()).toBeLessThan(60);
      await page.getByLabel('Words').fill('subject 9999');
      await page.getByText('1 outcome to chase', { exact: true }).waitFor();
      await page.close();
    } finally {
      await host.stop();
    }
  });
});
