import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { fullTextOf } from '../../shared/anchoring/full-text';
import { installDesignDocs } from '../../electron/sync/install-design-docs';
import { startCouchServer, type CouchServer } from '../helpers/couch-server';
import { createDevice, MINUTES_FILE, noteBodies, type Device } from '../helpers/sync-devices';
import { sharedFixture } from '../helpers/shared-fixtures';
import { tempDir } from '../helpers/temp-library';
import { axeViolations } from './axe';
import { openApp, pageProblems, screenshot, useHostAndBrowser, importThroughChooser } from './harness';

/**
 * A member sets up sync in the real renderer, against a real CouchDB-protocol server on
 * 127.0.0.1, syncs with a second laptop (a library and DeviceSync in this process), and
 * chooses what to keep of a note both laptops changed.
 */
const setup = useHostAndBrowser();
const USER = { name: 'jsmith', password: 'correct horse battery staple' };
const SHORTAGE = 'Staff shortages contributed to delays';
let couch: CouchServer;
let laptop: Device;

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.addUser({ ...USER, roles: [] });
  await installDesignDocs({ url: couch.url, ...couch.admin }, [], [USER.name]);
  laptop = createDevice();
}, 60_000);
afterAll(async () => {
  await laptop?.close();
  await couch?.stop();
});

/** A call to the host's API from the page, as the renderer makes it. */
async function call<M extends MethodName>(page: Page, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await page.evaluate(
    async ({ method, input, token }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-scrutineer-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { method, input, token: setup.host().token },
  );
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as OutputOf<M>;
}

async function importMinutes(page: Page): Promise<void> {
  const file = path.join(tempDir('scrutineer-e2e-sync-'), MINUTES_FILE);
  fs.copyFileSync(sharedFixture(MINUTES_FILE), file);
  await importThroughChooser(page, file);
}

const footer = (page: Page) => page.getByRole('contentinfo');

describe('a member syncing their notes with their other laptop', () => {
  it('sets up sync in the Sync… window, syncs, and keeps both versions of a note changed on two laptops', async () => {
    const page = await openApp(setup.browser(), setup.host());
    await expect.poll(() => footer(page).textContent()).toMatch(/^Sync is off/);
    await importMinutes(page);

    await page.getByRole('button', { name: 'Sync…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Sync' });
    await dialog.getByLabel('Server address').fill(couch.url);
    await dialog.getByLabel('User name').fill(USER.name);
    await dialog.getByLabel('Password').fill('not my password');
    await dialog.getByText(/does not keep your password/).waitFor();
    await dialog.getByRole('button', { name: 'Set up sync' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('The sync server did not accept your user name or password. Please check them and enter them again.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sync-dialog-wrong-password', false);

    await dialog.getByLabel('Password').fill(USER.password);
    await dialog.getByRole('button', { name: 'Set up sync' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Sync is set up with http:\/\/127/);
    expect(await dialog.getByRole('alert').textContent()).toBe('');
    await dialog.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Sync finished.');
    await dialog.getByText('Synced just now').waitFor();
    await expect.poll(() => footer(page).textContent()).toMatch(/^Synced just now/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sync-dialog', false);

    // A note made here reaches the other laptop.
    const meetingId = (await call(page, 'listMeetings', {}))[0]!.id;
    const documentId = (await call(page, 'getMeeting', { meetingId })).documents[0]!.id;
    await laptop.importPaper();
    const text = fullTextOf((await call(page, 'getDocumentText', { documentId })).blocks);
    const start = text.indexOf(SHORTAGE);
    const note = await call(page, 'createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'yellow',
      body: 'Ask about agency staff',
      start,
      end: start + SHORTAGE.length,
    });
    await dialog.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Sync finished.');
    await laptop.sync.setUp({ url: couch.url, userName: USER.name, password: USER.password });
    expect((await laptop.sync.syncNow()).problem).toBeNull();
    expect(await noteBodies(laptop)).toEqual(['Ask about agency staff']);

    // Both change it before either sees the other's change.
    const onLaptop = laptop.library.db.prepare('SELECT id FROM annotation WHERE uuid = ?').pluck().get(note.uuid);
    await laptop.call('updateAnnotation', { annotationId: onLaptop as number, body: 'From the other laptop' });
    await call(page, 'updateAnnotation', { annotationId: note.id, body: 'From this laptop' });
    expect((await laptop.sync.syncNow()).problem).toBeNull();
    await dialog.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => footer(page).textContent()).toMatch(/1 note changed on two devices/);
    await dialog.getByRole('heading', { name: 'Changed on two devices (1)' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The note in the paper shows the marker, and the member keeps both.
    await page.getByRole('button', { name: 'Thursday 16 September 2021' }).click();
    await page
      .getByRole('button', { name: /Minutes/ })
      .first()
      .click();
    const choice = page.locator('.annotation-panel').getByRole('region', { name: /Changed on two devices/ });
    await choice.getByText('From the other laptop').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'sync-note-changed-on-two-devices', false);
    await choice.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(() => choice.count()).toBe(0);
    const bodies = page.locator('.annotation-panel .annotation-body');
    await expect.poll(() => bodies.allTextContents()).toEqual(['From this laptop', 'From the other laptop']);
    await expect.poll(() => footer(page).textContent()).not.toMatch(/changed on two devices/);

    // Removing the server turns sync off; the notes stay.
    await footer(page).getByRole('button', { name: 'Sync…' }).click();
    await dialog.getByRole('button', { name: 'Remove server…' }).click();
    await dialog.getByRole('button', { name: 'Stop syncing' }).click();
    await expect.poll(() => footer(page).textContent()).toMatch(/^Sync is off/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await bodies.count()).toBe(2);
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  });
});
