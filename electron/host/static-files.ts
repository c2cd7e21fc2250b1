import fs from 'node:fs';
import path from 'node:path';
import { HttpRefusal } from './http-refusal';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const NOT_FOUND = 'Not found.';

/**
 * A file of the built renderer for a URL's path, or a 400/404 refusal: never a
 * file outside `rendererDir`, and never a throw on a strange address (a bad
 * %-escape, a NUL byte, a backslash, a name too long for the disk).
 */
export async function readStaticFile(
  rendererDir: string,
  pathname: string,
): Promise<{ contentType: string; data: Buffer }> {
  const relative = safeDecode(pathname === '/' ? '/index.html' : pathname);
  if (relative === null || relative.includes('\0')) throw new HttpRefusal(400, 'Bad address.');
  if (relative.includes('\\')) throw new HttpRefusal(404, NOT_FOUND);
  const file = path.resolve(rendererDir, `.${relative}`);
  if (!file.startsWith(rendererDir + path.sep)) throw new HttpRefusal(404, NOT_FOUND);
  let data: Buffer;
  try {
    data = await fs.promises.readFile(file);
  } catch {
    throw new HttpRefusal(404, NOT_FOUND);
  }
  return { contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', data };
}

/** A malformed %-escape is refused, never thrown. */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
