import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  stop(): Promise<void>;
}

/** Starts the built loopback host (dist/main/host.mjs) on a new library file. */
export async function startHost(dbFile?: string): Promise<RunningHost> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutineer-e2e-'));
  const file = dbFile ?? path.join(dir, 'library.sqlite');
  const child: ChildProcess = spawn(process.execPath, ['dist/main/host.mjs', '--db', file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\w+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dbFile: file,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Opens the app and waits until the library has loaded. */
export async function openApp(browser: Browser, host: RunningHost): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  (page as Page & { problems?: string[] }).problems = problems;
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
  return page;
}

export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  fs.mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: path.join('test-results', `${name}.png`), fullPage });
}

/** A host on a new library and a browser, for the tests of one file. */
export function useHostAndBrowser(): { host: () => RunningHost; browser: () => Browser } {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    host = await startHost();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  return {
    host: () => host as RunningHost,
    browser: () => browser as Browser,
  };
}

/** Selects a phrase the way a mouse drag would, inside the given view. */
export async function selectText(page: Page, scope: string, phrase: string): Promise<void> {
  const found = await page.evaluate(
    ({ scope, phrase }) => {
      const root = document.querySelector(scope);
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(phrase) ?? -1;
        if (at >= 0) {
          (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + phrase.length);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return true;
        }
      }
      return false;
    },
    { scope, phrase },
  );
  expect(found, `"${phrase}" should be in ${scope}`).toBe(true);
  await page.getByText('Selected text:').waitFor();
}

/**
 * Imports files as a councillor does, through "Import pack…" and the file chooser, and waits
 * for "Import finished" (closing the panel unless asked not to). If the import does not finish,
 * the failure says what the import panel showed, and a screenshot is kept.
 */
export async function importThroughChooser(
  page: Page,
  files: string | string[],
  { close = true, timeout = 60_000 }: { close?: boolean; timeout?: number } = {},
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import pack…' }).click(),
  ]);
  await chooser.setFiles(files);
  try {
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout });
  } catch (error) {
    const panel = await page
      .locator('.import-panel')
      .innerText({ timeout: 1_000 })
      .catch(() => '(no import panel on the page)');
    await screenshot(page, `import-not-finished-${Date.now()}`).catch(() => undefined);
    throw new Error(`The import did not finish within ${timeout / 1000} s. The import panel showed:\n${panel}`, {
      cause: error,
    });
  }
  if (close) await page.getByRole('button', { name: 'Close' }).click();
}
