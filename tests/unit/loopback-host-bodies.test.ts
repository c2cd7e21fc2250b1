import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackHost, type LoopbackHost } from '../../electron/host/loopback-host';
import type { ImportJobStatus } from '../../shared/domain';
import { httpRequest } from '../helpers/raw-http';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

const MiB = 1024 * 1024;
const UPLOAD_LIMIT = 256 * 1024; // the real limit is 200 MB; a smaller one keeps the test quick
const MINUTES = `Minutes of the Meeting of the Audit and Standards Committee held at 6.00 pm on Tuesday, 4 March 2025

## 5. Budget Monitoring

RESOLVED that the Director of Finance report the forecast outturn to the next meeting.
`;

let library: TempLibrary;
let host: LoopbackHost;
let uploadsDir: string;

beforeAll(async () => {
  library = createTempLibrary();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  uploadsDir = tempDir();
  host = await startLoopbackHost({
    dispatch: library.dispatch,
    rendererDir,
    uploadLimit: UPLOAD_LIMIT,
    tempDir: uploadsDir,
  });
});
afterAll(async () => {
  await host.close();
  expect(fs.readdirSync(uploadsDir)).toEqual([]); // the host's upload folder goes when it closes
  library.cleanup();
});

const api = (method: string, body: string | Uint8Array, headers: Record<string, string | number> = {}) =>
  httpRequest(host.port, `/api/${method}`, {
    headers: { 'content-type': 'application/json', 'x-scrutineer-token': host.token, ...headers },
    body,
  });
const upload = (body: Uint8Array | string, headers: Record<string, string | number> = {}) =>
  httpRequest(host.port, '/upload', {
    headers: { 'content-type': 'application/octet-stream', 'x-scrutineer-token': host.token, ...headers },
    body,
  });
const uploadsOnDisk = () => fs.readdirSync(uploadsDir).flatMap((d) => fs.readdirSync(path.join(uploadsDir, d)));

describe('request bodies on the loopback host', () => {
  it('refuses a small JSON call over 1 MB with 413 and a plain sentence', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(1.5 * MiB) });
    const res = await api('search', big, { 'transfer-encoding': 'chunked' });
    expect(res.status).toBe(413);
    expect(res.body).toBe('This request is too large: the most Scrutineer takes for it is 1 MB.');
    // The same, told only by the Content-Length, before any of the body is read.
    const told = await api('listMeetings', '{}'.padEnd(2 * MiB), { 'content-length': 2 * MiB });
    expect(told.status).toBe(413);
    expect((await api('listMeetings', '{}')).status).toBe(200);
  });

  it('takes a notes file larger than 1 MB, which is what importAnnotations carries', async () => {
    const res = await api('importAnnotations', JSON.stringify({ json: ' '.repeat(2 * MiB) }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('imports a file sent on its own to disk first, then named in the call', async () => {
    const sent = await upload(new TextEncoder().encode(MINUTES));
    expect(sent.status).toBe(200);
    const { id } = JSON.parse(sent.body) as { id: string };
    expect(uploadsOnDisk()).toContain(id);

    const res = await api('startImport', JSON.stringify({ files: [{ name: 'minutes.md', data: { $upload: id } }] }));
    const started = JSON.parse(res.body) as { ok: true; value: ImportJobStatus };
    expect(started.ok).toBe(true);
    const job = await library.imports.finished(started.value.id);
    expect(job.files[0]).toMatchObject({ name: 'minutes.md', state: 'imported' });
    expect(uploadsOnDisk()).not.toContain(id); // taken by the call, then removed

    // An id is good for one call only.
    const again = await api('startImport', JSON.stringify({ files: [{ name: 'minutes.md', data: { $upload: id } }] }));
    expect(again.status).toBe(400);
    expect(again.body).toBe('A file sent for import is no longer here. Import it again.');
  });

  it('refuses a file over its limit, streamed or declared, and keeps nothing of it', async () => {
    const before = uploadsOnDisk().length;
    const streamed = await upload(new Uint8Array(UPLOAD_LIMIT + 1), { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    expect(streamed.body).toBe('This file is too large to import: the most Scrutineer takes is 256 KB.');
    const declared = await upload(new Uint8Array(UPLOAD_LIMIT + 1));
    expect(declared.status).toBe(413);
    expect(uploadsOnDisk()).toHaveLength(before);
    expect((await upload(new Uint8Array(UPLOAD_LIMIT))).status).toBe(200);
  });

  it('takes uploads only from the app: with the token, by POST, as bytes', async () => {
    expect((await httpRequest(host.port, '/upload', { body: 'x' })).status).toBe(401);
    expect((await upload('x', { 'content-type': 'text/plain' })).status).toBe(415);
    expect(
      (await httpRequest(host.port, '/upload', { method: 'GET', headers: { 'x-scrutineer-token': host.token } }))
        .status,
    ).toBe(405);
  });
});
