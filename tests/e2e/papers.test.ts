import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser, importThroughChooser } from './harness';
import { markdownToPdf } from './make-pdf';

const setup = useHostAndBrowser();
const MINUTES = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
const ITEM = "Children's Services Ofsted Visit Outcome and Action Plan Progress";
let minutes: string;
let revised: string;
let supplement: string;

beforeAll(async () => {
  minutes = await markdownToPdf(setup.browser(), MINUTES, 'Minutes 16 September 2021.pdf');
  revised = await markdownToPdf(
    setup.browser(),
    MINUTES.replace('reflective supervision', 'reflexive supervision').replace(
      'Officers noted that the increase',
      'The clerk added this paragraph after the meeting to correct the record.\n\nOfficers noted that the increase',
    ),
    'Minutes 16 September 2021.pdf',
  );
  supplement = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-supplement-')), 'Supplement.txt');
  fs.writeFileSync(
    supplement,
    `Supplementary information\n\n${ITEM}\n\nSince the report was published, the service has recruited four further social workers.\n`,
  );
});

async function importFile(page: Page, file: string): Promise<void> {
  await importThroughChooser(page, file, { close: false });
}

async function bothThemes(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${name}-light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('papers that find their meeting, and their versions', () => {
  it('asks which meeting a paper is for, and moves it there later with its agenda item', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importFile(page, minutes);
    await page.getByRole('button', { name: 'Close' }).click();
    await importFile(page, supplement);
    const ask = page.getByRole('group', { name: 'Which meeting is Supplement.txt for? It does not say.' });
    await ask.waitFor();
    // The likely meeting first: the only one with a committee.
    await expect(ask.getByRole('combobox').inputValue()).resolves.not.toBe('');
    await bothThemes(page, 'import-asks-meeting');
    await ask.getByRole('button', { name: /Leave unassigned/ }).click();
    await page.getByText('Left unassigned: you can move it later').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await page
      .getByRole('button', { name: /Date not given in the papers/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Move to another meeting…/ }).click();
    const picker = page.getByRole('group', { name: /Move “Supplement” to another meeting/ });
    await picker.waitFor();
    await bothThemes(page, 'meeting-move-paper');
    await picker.getByRole('button', { name: /^Move/ }).click();
    await page.getByRole('heading', { name: /Education and Children's Services Scrutiny Board/, level: 1 }).waitFor();
    const item = page.locator('.agenda-item', { hasText: ITEM });
    await expect(item.getByRole('button', { name: 'Supplement', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Date not given in the papers/ }).count()).resolves.toBe(0);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });

  it('keeps the earlier version of re-published minutes, opens it, and shows what changed', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await importFile(page, revised);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Thursday 16 September 2021' }).click();
    await page.getByRole('button', { name: 'Minutes', exact: true }).click();
    await page.getByText('Version 2 of 2').waitFor();

    await page.getByRole('button', { name: 'What changed in version 2?' }).click();
    await page.getByRole('heading', { name: 'What changed in Minutes', level: 1 }).waitFor();
    await expect(page.locator('.compare-summary').textContent()).resolves.toMatch(
      /1 paragraph added, 0 removed, 1 altered/,
    );
    await expect(page.locator('.change-added').textContent()).resolves.toContain('The clerk added this paragraph');
    await expect(page.locator('.change-altered ins').textContent()).resolves.toContain('reflexive');
    await bothThemes(page, 'versions-what-changed');

    await page.getByRole('button', { name: 'Open version 1' }).click();
    await page.getByText('This is an earlier version: your notes are on the latest one.').waitFor();
    await expect(page.getByText('reflective supervision').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Highlight in yellow' }).isDisabled()).resolves.toBe(true);
    await bothThemes(page, 'versions-earlier');
    await page.getByLabel('Open version').selectOption('2');
    await page.getByText('Version 2 of 2').waitFor();
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });
});
