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
import { openApp, pageProblems, screenshot, startHost, useHostAndBrowser, importThroughChooser } from './harness';

const setup = useHostAndBrowser();
const MINUTES = sharedFixture('coventry-ecs-minutes-2021-09-16.md');
const LATER = `Minutes of the Meeting of Education and Children's Services Scrutiny Board (2) held at 10.00 am on Thursday, 14 October 2021

## 12. Minutes

Further to Minute 7/21, the Board received the detail regarding the scrutiny of Apprenticeships that had been communicated to the Board.
`;

async function importFiles(page: Page, files: string[]): Promise<void> {
  await importThroughChooser(page, files);
}

const row = (page: Page, text: string) => page.locator('button.outcome-row', { hasText: text });

/** "2021-09-16" as a member types it: 16/09/2021. */
const ukDay = (iso: string) => iso.split('-').reverse().join('/');

/** A day relative to today, on the member's own calendar. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function axeInLightAndDark(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${name}-${colorScheme}`, false);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A chair's library: a recommendation to Cabinet three months old with no response, one action due in five days, one due yesterday. */
function chairsLibrary(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-rag-')), 'library.sqlite');
  openLibrary(file).close();
  const db = new Database(file);
  db.transaction(() => {
    db.prepare("INSERT INTO committee (id, name) VALUES (1, 'Health Scrutiny Board')").run();
    db.prepare('INSERT INTO meeting (id, committee_id, date) VALUES (1, 1, ?), (2, 1, ?)').run(
      dayFromToday(-92),
      dayFromToday(-20),
    );
    db.prepare(
      "INSERT INTO agenda_item (id, meeting_id, position, number, title) VALUES (1, 1, 1, '6', 'Adult Social Care'), (2, 2, 1, '4', 'GP Access')",
    ).run();
    const outcome = db.prepare(
      "INSERT INTO outcome (meeting_id, agenda_item_id, position, kind, text, source_quote, due_date, owner) VALUES (?, ?, ?, ?, ?, '', ?, ?)",
    );
    outcome.run(1, 1, 1, 'recommendation', 'Cabinet be recommended to fund two more social workers', null, null);
    outcome.run(
      2,
      2,
      1,
      'action',
      'Officers to circulate the GP appointment figures',
      dayFromToday(5),
      'Head of Primary Care',
    );
    outcome.run(2, 2, 2, 'action', 'Officers to report on the extended hours pilot', dayFromToday(-1), null);
  })();
  db.close();
  return file;
}

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
    // Back by keyboard, as a tab list works: Home is the first tab, past Due soon.
    await page.keyboard.press('Home');
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

  it('rates an outcome with a note, records the executive’s response, and is told each morning what fell due', async () => {
    const host = await startHost(chairsLibrary());
    try {
      const page = await openApp(setup.browser(), host);
      // The browser version's quiet notice at start: what became overdue and what is due soon.
      const notice = page.locator('.reminder-notice');
      await expect(notice.textContent()).resolves.toMatch(
        /1 outcome became overdue; 1 outcome is due in the next two weeks for Health Scrutiny Board/,
      );
      await axeInLightAndDark(page, 'tracker-reminder');
      await page.getByRole('button', { name: 'Show what is due soon' }).click();
      await page.getByText('1 outcome due in the next 14 days').waitFor();
      await expect(page.getByRole('tab', { name: 'Due soon (1)' }).getAttribute('aria-selected')).resolves.toBe('true');
      await expect(row(page, 'GP appointment figures').textContent()).resolves.toContain(
        `Due: ${new Date(`${dayFromToday(5)}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
      );
      expect(await page.locator('.reminder-notice').count()).toBe(0);

      await page.getByRole('tab', { name: /^Needs chasing/ }).click();
      await page.getByText('3 outcomes to chase').waitFor();
      const recommendation = row(page, 'two more social workers');
      await expect(recommendation.textContent()).resolves.toContain('No response after 2 months');
      const dashboard = page.getByRole('table', { name: 'What needs chasing, by committee' });
      await expect(dashboard.getByRole('row', { name: /Health Scrutiny Board/ }).textContent()).resolves.toMatch(
        /Health Scrutiny Board\s*3\s*1\s*0\s*0\s*0\s*3\s*1/,
      );

      await recommendation.click();
      await page.getByLabel('RAG rating', { exact: true }).selectOption('amber');
      await page.getByLabel('Why (kept in the history)').fill('One post agreed; the second waits for the budget');
      await page.getByLabel(/^Executive’s response/).selectOption('partly');
      await page.getByLabel('Date of the response').fill(ukDay(dayFromToday(-3)));
      await page.getByLabel('What the executive said').fill('One post funded from April.');
      await page.getByRole('button', { name: 'Save rating and response' }).click();
      await page.getByText('RAG rating and response saved.').waitFor();
      await expect(page.locator('.history li').first().textContent()).resolves.toMatch(
        /RAG rating set to amber \(acceptable progress\)\. Executive’s response: partly accepted, \d{1,2} \w+ \d{4}\. One post agreed/,
      );
      // The list and the dashboard change with the one call: Amber, and no longer waiting for a response.
      await expect(recommendation.textContent()).resolves.toMatch(/Amber.*Executive response: partly accepted/s);
      await expect(recommendation.textContent()).resolves.not.toContain('No response after 2 months');
      await expect(dashboard.getByRole('row', { name: /Health Scrutiny Board/ }).textContent()).resolves.toMatch(
        /Health Scrutiny Board\s*3\s*1\s*0\s*1\s*0\s*2\s*0/,
      );
      await axeInLightAndDark(page, 'tracker-rag');

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export for Excel (CSV)' }).click(),
      ]);
      const text = fs.readFileSync(await csv.path(), 'utf8');
      const line = text.split('\r\n').find((l) => l.includes('social workers')) ?? '';
      expect(line).toMatch(/^6\.1,Health Scrutiny Board,\d{2}\/\d{2}\/\d{4},/);
      expect(line).toMatch(/,Amber,Partly accepted,\d{2}\/\d{2}\/\d{4},/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

      // At 200% zoom on a 1280 by 800 screen: nothing runs off sideways, and the rating and
      // response are reached by keyboard from the outcome, in the order they are read.
      await page.setViewportSize({ width: 640, height: 400 });
      const sideways = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      // (The chart of ages is redrawn for the narrower window a frame or two after it changes.)
      await expect.poll(sideways).toBeLessThanOrEqual(0);
      await axeInLightAndDark(page, 'tracker-rag-zoom-200');
      await recommendation.focus();
      const reached: string[] = [];
      for (let i = 0; i < 40 && !reached.includes('outcome-response-text'); i++) {
        await page.keyboard.press('Tab');
        // Each stop is scrolled into view clear of the sync line at the foot of the window.
        const stop = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const foot = document.querySelector('.sync-footer')?.getBoundingClientRect().top ?? innerHeight;
          return { id: focused.id, hidden: focused.getBoundingClientRect().bottom > foot };
        });
        expect(stop).toMatchObject({ hidden: false });
        reached.push(stop.id);
      }
      const order = [
        'outcome-rag',
        'outcome-rag-note',
        'outcome-response',
        'outcome-response-on',
        'outcome-response-text',
      ];
      expect(reached.filter((id) => order.includes(id))).toEqual(order);
      // A date that is not one, typed at that size: said plainly, nothing saved, nothing cut off.
      const changes = await page.locator('.history li').count();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('31/02/2025');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('alert').textContent()).resolves.toBe(
        'Date of the response: 31/02/2025 is not a date in the calendar. Check the day and the month.',
      );
      await page.getByRole('button', { name: 'Save rating and response' }).click();
      // Back to the date to put right; the history has nothing new.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('outcome-response-on');
      await page.waitForTimeout(300);
      await expect(page.locator('.history li').count()).resolves.toBe(changes);
      expect(await sideways()).toBeLessThanOrEqual(0);
      await axeInLightAndDark(page, 'tracker-rag-zoom-200-bad-date');
      expect(pageProblems(page)).toEqual([]);
      await page.close();

      // Started again the same day, the notice has nothing new to say.
      const again = await openApp(setup.browser(), host);
      await again
        .getByRole('heading', { name: /Library|Scrutineer/ })
        .first()
        .waitFor();
      await again.waitForTimeout(500);
      expect(await again.locator('.reminder-notice').count()).toBe(0);
      await again.close();
    } finally {
      await host.stop();
    }
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
