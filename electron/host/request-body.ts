import fs from 'node:fs';
import type http from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import getRawBody from 'raw-body';
import { HttpRefusal } from './http-refusal';

/** A request body larger than its limit; answered with 413. */
export class BodyTooLarge extends HttpRefusal {
  constructor(message: string) {
    super(413, message);
  }
}

/** The whole body in memory; past `limit` bytes (or a Content-Length that says so), BodyTooLarge. */
export async function readBody(req: http.IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  try {
    return await getRawBody(req, { limit, length: declaredLength(req) });
  } catch (error) {
    if ((error as { type?: unknown }).type === 'entity.too.large') throw new BodyTooLarge(tooLarge);
    throw new HttpRefusal(400, 'The request was cut short or could not be read.');
  }
}

/**
 * Streams the body to a new file, never holding more than a chunk in memory;
 * past `limit` bytes the file is removed and BodyTooLarge thrown. The request
 * itself is left open so that the 413 can still be sent on it.
 */
export async function saveBody(
  req: http.IncomingMessage,
  file: string,
  limit: number,
  tooLarge: string,
): Promise<number> {
  if ((declaredLength(req) ?? 0) > limit) throw new BodyTooLarge(tooLarge);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > limit ? new BodyTooLarge(tooLarge) : null, chunk);
    },
  });
  // A sender that goes away part-way is not a failure of the host's.
  const cutShort = () => counter.destroy(new HttpRefusal(400, 'The file was cut short while it was being sent.'));
  req.on('close', () => {
    if (!req.complete) cutShort();
  });
  req.on('error', cutShort);
  req.pipe(counter);
  try {
    await pipeline(counter, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return size;
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    throw error;
  }
}

function declaredLength(req: http.IncomingMessage): number | undefined {
  const header = req.headers['content-length'];
  return header !== undefined && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
}
