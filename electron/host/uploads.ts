import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { tooLargeMessage, UPLOADS_WAITING_LIMIT } from './body-limits';
import { HttpRefusal } from './http-refusal';
import { saveBody } from './request-body';
import type { UploadRef } from './wire-json';

/** An upload no call has asked for within this time is removed. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

interface Waiting {
  file: string;
  ready: boolean;
  at: number;
}

/**
 * Files sent to the host before the call that imports them, kept on disk in a
 * private temporary folder (not in memory) until that call takes them.
 */
export class Uploads {
  private readonly dir: string;
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly limit: number,
    tempDir: string,
  ) {
    this.dir = fs.mkdtempSync(path.join(tempDir, 'scrutineer-uploads-'));
  }

  /** Saves the request's body; returns the id a call gives as `{ "$upload": id }`. */
  async receive(req: http.IncomingMessage): Promise<string> {
    this.forgetStale();
    if (this.waiting.size >= UPLOADS_WAITING_LIMIT) {
      throw new HttpRefusal(429, 'Too many files are waiting to be imported. Try the import again.');
    }
    const id = randomUUID();
    const entry: Waiting = { file: path.join(this.dir, id), ready: false, at: Date.now() };
    this.waiting.set(id, entry);
    try {
      await saveBody(req, entry.file, this.limit, tooLargeMessage('file', this.limit));
    } catch (error) {
      this.waiting.delete(id);
      throw error;
    }
    entry.ready = true;
    return id;
  }

  /** Puts each named file's bytes where the call named it, removing the file. */
  async fill(refs: readonly UploadRef[]): Promise<void> {
    for (const { holder, key, id } of refs) holder[key] = await this.take(id);
  }

  close(): void {
    this.waiting.clear();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async take(id: string): Promise<Uint8Array> {
    const entry = this.waiting.get(id);
    if (!entry?.ready) throw new HttpRefusal(400, 'A file sent for import is no longer here. Import it again.');
    this.waiting.delete(id);
    try {
      return new Uint8Array(await fs.promises.readFile(entry.file));
    } finally {
      await fs.promises.rm(entry.file, { force: true });
    }
  }

  private forgetStale(): void {
    const before = Date.now() - FORGET_AFTER_MS;
    for (const [id, entry] of this.waiting) {
      if (entry.ready && entry.at < before) {
        this.waiting.delete(id);
        fs.rm(entry.file, { force: true }, () => undefined);
      }
    }
  }
}
