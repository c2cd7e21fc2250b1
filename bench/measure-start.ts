import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../shared/api/wire';
import type { SearchQuery } from '../shared/domain';
import { repoRoot } from './corpus';
import { median, percentile } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\S*/;

export interface Server {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts a Node server process and resolves when it prints its address, as the e2e harness does. */
export function startServer(args: string[]): Promise<Server> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 600_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ADDRESS.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[0],
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

export function launchChromium(): Promise<Browser> {
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

export interface StartTrial {
  /** From starting the server process until the page is shown, Chromium's start included. */
  totalMs: number;
  /** Until the server printed its address (the host serves the page while its library thread opens the library). */
  serverReadyMs: number;
  /** From asking Chromium for the page until it is shown. */
  pageMs: number;
}

/**
 * One cold start: a new server process, a new Chromium, one page, until `ready`
 * (a selector) is on screen. Chromium starts once the server serves the page; the
 * library opens meanwhile, as the Electron window opens while the library opens.
 */
async function trial(
  args: string[],
  ready: string | null,
): Promise<{ trial: StartTrial; server: Server; browser: Browser }> {
  const started = performance.now();
  const server = await startServer(args);
  const serverReadyMs = performance.now() - started;
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const asked = performance.now();
  await page.goto(server.url, { waitUntil: 'load' });
  if (ready) await page.locator(ready).first().waitFor({ state: 'visible', timeout: 600_000 });
  const shown = performance.now();
  return { trial: { totalMs: shown - started, serverReadyMs, pageMs: shown - asked }, server, browser };
}

export interface StartMeasurement {
  coldStartMs: number;
  blankPageStartMs: number;
  host: StartTrial[];
  blank: StartTrial[];
  meetingsShown: number;
}

/**
 * The loopback host on the big library until the library view lists its meetings,
 * against a static server's empty page, alternately, `trials` times each; the
 * medians. The host left running after the last trial is returned for more work.
 */
export async function measureColdStart(
  libraryFile: string,
  trials: number,
): Promise<StartMeasurement & { running: Server; token: string }> {
  const host: StartTrial[] = [];
  const blank: StartTrial[] = [];
  let running: Server | null = null;
  let meetingsShown = 0;
  // Chromium's first start reads it from disk; neither side should pay for that.
  await (await launchChromium()).close();
  for (let i = 0; i < trials; i++) {
    const reference = await trial([path.join('bench', 'blank-server.mjs')], null);
    blank.push(reference.trial);
    await reference.browser.close();
    await reference.server.stop();

    // A meeting row on screen: a committee's past meetings may be folded away, so the first row in the page may be hidden.
    const app = await trial([path.join('dist', 'main', 'host.mjs'), '--db', libraryFile], '.meeting-row:visible');
    host.push(app.trial);
    const page = app.browser.contexts()[0]?.pages()[0];
    meetingsShown = page ? await page.locator('.meeting-row:visible').count() : 0;
    await app.browser.close();
    if (i < trials - 1) await app.server.stop();
    else running = app.server;
  }
  const server = running as Server;
  return {
    coldStartMs: median(host.map((t) => t.totalMs)),
    blankPageStartMs: median(blank.map((t) => t.totalMs)),
    host,
    blank,
    meetingsShown,
    running: server,
    token: new URL(server.url).hash.replace('#token=', ''),
  };
}

/** Calls the running host's API over HTTP, as the renderer does. */
export async function callHost<T>(server: Server, token: string, method: string, input: unknown): Promise<T> {
  const origin = new URL(server.url).origin;
  const response = await fetch(`${origin}${API_PATH_PREFIX}${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${method}: HTTP ${response.status} ${await response.text()}`);
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method} was refused: ${result.error?.message}`);
  return result.value as T;
}

/** Resident and peak memory of a process, from /proc, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** The searches again, through the running host over HTTP: what the member's window waits for. */
export async function searchOverHttp(
  server: Server,
  token: string,
  searches: SearchQuery[],
): Promise<{ p50: number; p95: number }> {
  for (const search of searches) await callHost(server, token, 'search', search);
  const times: number[] = [];
  for (const search of searches) {
    const started = performance.now();
    await callHost(server, token, 'search', search);
    times.push(performance.now() - started);
  }
  return { p50: median(times), p95: percentile(times, 0.95) };
}
