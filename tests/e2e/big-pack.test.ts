import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedFixture } from '../helpers/shared-fixtures';
import { openApp, useHostAndBrowser } from './harness';

const PAGES = 300;
const setup = useHostAndBrowser();
let bigPack: string;

/** A 300-page pack: the real minutes' paragraphs, page after page, printed by Chromium. */
async function makeBigPack(): Promise<string> {
  const text = fs.readFileSync(sharedFixture('coventry-ecs-minutes-2021-09-16.md'), 'utf8');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[#*]/g, '').trim())
    .filter((p) => p.length > 80);
  const pages = Array.from({ length: PAGES }, (_, i) => {
    const body = paragraphs
      .slice(i % 5, (i % 5) + 3)
      .map((p) => `<p>${p}</p>`)
      .join('');
    return `<section style="page-break-after: always"><h2>${(i % 40) + 1}. Report section ${i + 1}</h2>${body}</section>`;
  });
  const html = `<!doctype html><html><body style="font: 11pt Arial"><p><b>Coventry City Council</b></p><p>Minutes of the Meeting of Big Pack Scrutiny Board held at 10.00 am on Monday, 3 March 2025</p>${pages.join('')}</body></html>`;
  const page = await setup.browser().newPage();
  await page.setContent(html);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-big-')), 'Big pack 3 March 2025.pdf');
  await page.pdf({ path: file, format: 'A4' });
  await page.close();
  return file;
}

async function startImport(page: Page): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import pack…' }).click(),
  ]);
  await chooser.setFiles(bigPack);
}

async function progress(page: Page): Promise<number> {
  return Number(await page.getByRole('progressbar', { name: 'Import progress' }).getAttribute('value'));
}

beforeAll(async () => {
  bigPack = await makeBigPack();
});

describe('a 300-page pack', () => {
  it('shows progress while the app stays responsive, and can be cancelled leaving nothing behind', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await startImport(page);
    await page.waitForFunction(() => {
      const bar = document.querySelector('progress');
      return bar !== null && bar.value > 0 && bar.value < 100;
    });
    expect(await progress(page)).toBeGreaterThan(0);

    // The library still answers at once while the pack is being read.
    const started = Date.now();
    const answer = await page.evaluate(async (token) => {
      const response = await fetch('/api/listMeetings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-scrutineer-token': token },
        body: '{}',
      });
      return (await response.json()) as { ok: boolean };
    }, setup.host().token);
    expect(answer.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);

    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('heading', { name: 'Import cancelled' }).waitFor();
    await expect(page.locator('.import-file-state').textContent()).resolves.toBe('Cancelled');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await page.close();
  });

  it('imports in full when left to finish', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await startImport(page);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Monday 3 March 2025' }).click();
    await page.getByText(`${PAGES} pages`, { exact: false }).first().waitFor();

    // It opens in the reader promptly and scrolls to the end.
    const opening = Date.now();
    await page.locator('.documents button.document-title').first().click();
    await page.locator('[data-testid=text-view] .block').last().waitFor({ state: 'attached' });
    expect(Date.now() - opening).toBeLessThan(5000);
    await page.locator('[data-testid=text-view] .block').last().scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Original' }).click();
    await page.locator(`[data-page-number="${PAGES}"]`).scrollIntoViewIfNeeded();
    await page.locator(`[data-page-number="${PAGES}"] .textLayer span`).first().waitFor({ state: 'attached' });
    await page.close();
  });
});
