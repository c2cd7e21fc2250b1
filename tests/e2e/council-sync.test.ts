import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakeModernGov, type FakeModernGov } from '../helpers/fake-moderngov';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser } from './harness';

const setup = useHostAndBrowser();
const BOARD = "Education and Children's Services Scrutiny Board (2)";

describe('a councillor getting papers straight from the council’s website', () => {
  let site: FakeModernGov;
  let page: Page;
  beforeAll(async () => {
    site = await startFakeModernGov();
  });
  afterAll(async () => {
    await site.close();
  });

  const syncNow = async () => {
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByRole('button', { name: 'Sync now' }).waitFor({ state: 'visible' });
    await page
      .getByRole('button', { name: 'Dismiss' })
      .or(page.getByText(/Up to date/))
      .first()
      .waitFor({ timeout: 60_000 });
  };

  it('adds the council, ticks the board, and syncs three meetings and the next agenda', async () => {
    page = await openApp(setup.browser(), setup.host());
    await page.getByRole('button', { name: 'Council website' }).click();
    await page.getByRole('heading', { name: 'Council website', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Your council’s committee website').fill(site.url);
    await page.getByRole('button', { name: 'Add council' }).click();
    const board = page.getByRole('checkbox', { name: BOARD });
    await board.waitFor();
    expect(await page.getByText('Education & Skills Scrutiny Board 2018-19').count()).toBe(0);
    await page.getByRole('checkbox', { name: /Show 1 committee that no longer meets/ }).check();
    await page.getByText('Education & Skills Scrutiny Board 2018-19').waitFor();

    await board.check();
    await expect(board.isChecked()).resolves.toBe(true);
    await syncNow();
    const arrived = page.getByRole('status');
    await expect(arrived.textContent()).resolves.toMatch(
      new RegExp(`new papers? and minutes of \\d+ items for ${BOARD.replace(/[()]/g, '\\$&')}`),
    );
    await expect(arrived.getByRole('listitem').count()).resolves.toBe(4);
    await screenshot(page, 'council-synced');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    }
    expect(site.restrictedFetches()).toEqual([]);
  });

  it('picks up a supplement and a re-published report on the next sync', async () => {
    const upcoming = site.followed.meetings.find((m) => m.date > site.today)!;
    const past = site.followed.meetings.filter((m) => m.date < site.today).at(-1)!;
    const report = past.items.flatMap((i) => i.docs).find((d) => !d.restricted && /Briefing Note/.test(d.title))!;
    site.publishSupplement(upcoming.id, { title: 'Supplementary Information - Ofsted Letter' });
    site.republish(report.attachmentId, (t) => `${t}\n\nA paragraph added when the report was published again.`);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await syncNow();
    const arrived = await page.getByRole('status').textContent();
    expect(arrived).toMatch(/1 new paper for/);
    expect(arrived).toMatch(/1 updated paper for/);
  });

  it('keeps everything readable with no network, and says plainly that the site cannot be reached', async () => {
    await site.close();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page
      .getByText(/Could not reach the council’s website/)
      .first()
      .waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Library' }).click();
    const past = site.followed.meetings.filter((m) => m.date < site.today).at(-1)!;
    const day = new Date(`${past.date}T12:00:00Z`).getUTCDate();
    // The committee has a meeting ahead, so its past meetings are one click away on the home screen.
    await page
      .getByText(/^Past meetings \(\d+\)/)
      .first()
      .click();
    await page
      .getByRole('button', { name: new RegExp(`\\b${day} `) })
      .first()
      .click();
    await page.getByText('Restricted: the council has not published this paper.').first().waitFor();
    await page
      .getByRole('button', { name: /^Briefing Note/ })
      .first()
      .click();
    await page
      .getByText(/Scrutiny Board/)
      .first()
      .waitFor();
    await screenshot(page, 'council-paper-offline');
    expect(pageProblems(page).filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    site = await startFakeModernGov();
  });
});
