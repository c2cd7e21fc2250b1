import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { API_PATH_PREFIX, TOKEN_HEADER, UPLOAD_PATH } from '../../shared/api/wire';
import type { Dispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from '../security/content-security-policy';
import { jsonBodyLimit, tooLargeMessage, UPLOAD_LIMIT } from './body-limits';
import { HttpRefusal } from './http-refusal';
import { readBody } from './request-body';
import { readStaticFile, safeDecode } from './static-files';
import { Uploads } from './uploads';
import { decodeWireJson, encodeWireJson } from './wire-json';

export interface LoopbackHost {
  /** The address to open, with the secret token in the fragment (never sent to the server). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface LoopbackHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Where a failure of the host's own is written; the request gets a plain 500. */
  log?: (error: unknown) => void;
  /** The most bytes one uploaded file may have (the largest paper an import takes, unless a test says less). */
  uploadLimit?: number;
  /** Where uploaded files wait for their call, in a private folder of their own (the system's temporary folder). */
  tempDir?: string;
}

const INTERNAL_ERROR = 'Something went wrong inside Scrutineer. Your saved work is safe; please try again.';

/**
 * Serves the built renderer and the same API handlers over HTTP on 127.0.0.1,
 * so the real UI can run in a browser. A transport only: no logic lives here.
 * No request, however strange, can end the process: every one runs inside a
 * guard that turns a failure into a 500, and a malformed one is refused.
 */
export async function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const log = options.log ?? ((error: unknown) => console.error(error));
  const rendererDir = path.resolve(options.rendererDir);
  const uploads = new Uploads(options.uploadLimit ?? UPLOAD_LIMIT, options.tempDir ?? os.tmpdir());
  let port = 0;

  const server = http.createServer((req, res) => {
    req.on('error', () => undefined); // a client that goes away mid-request is not the host's failure
    res.on('error', () => undefined);
    route(req, res).catch((error: unknown) => {
      if (error instanceof HttpRefusal) return refuse(res, error.status, error.message);
      log(error);
      refuse(res, 500, INTERNAL_ERROR);
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerMalformed(error, socket));
  server.on('error', log);

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 421, 'Unknown host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, 'Requests from other sites are refused.');
    }
    const pathname = pathOf(req.url ?? '/');
    if (pathname === UPLOAD_PATH) return receiveUpload(req, res);
    if (pathname.startsWith(API_PATH_PREFIX)) return handleApi(req, res, pathname.slice(API_PATH_PREFIX.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.');
    const { contentType, data } = await readStaticFile(rendererDir, pathname);
    send(res, 200, contentType, req.method === 'HEAD' ? '' : data);
  }

  /** The caller is the app itself: the right method, its token, and the kind of body it sends. */
  function checkCaller(req: http.IncomingMessage, contentType: string): void {
    if (req.method !== 'POST') throw new HttpRefusal(405, 'Use POST.');
    if (!tokenMatches(req.headers[TOKEN_HEADER])) throw new HttpRefusal(401, 'Missing or wrong token.');
    if (!(req.headers['content-type'] ?? '').startsWith(contentType)) {
      throw new HttpRefusal(415, contentType === 'application/json' ? 'Send JSON.' : `Send ${contentType}.`);
    }
  }

  async function receiveUpload(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    checkCaller(req, 'application/octet-stream');
    const id = await uploads.receive(req);
    send(res, 200, 'application/json', JSON.stringify({ id }));
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    checkCaller(req, 'application/json');
    const name = safeDecode(method) ?? '';
    const limit = jsonBodyLimit(name);
    const body = await readBody(req, limit, tooLargeMessage('request', limit));
    let call: ReturnType<typeof decodeWireJson>;
    try {
      call = body.length === 0 ? { value: {}, uploads: [] } : decodeWireJson(body.toString('utf8'));
    } catch {
      throw new HttpRefusal(400, 'The request body is not valid JSON.');
    }
    await uploads.fill(call.uploads);
    const result = await options.dispatch(name, call.value);
    send(res, 200, 'application/json', encodeWireJson(result));
  }

  function tokenMatches(header: string | string[] | undefined): boolean {
    if (typeof header !== 'string') return false;
    const given = Buffer.from(header);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          uploads.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** The path of a request's target; a target no URL parser accepts has none that is served. */
function pathOf(target: string): string {
  try {
    return new URL(target, 'http://127.0.0.1').pathname;
  } catch {
    throw new HttpRefusal(400, 'Bad address.');
  }
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  if (res.headersSent || res.destroyed) return;
  // After a refusal part-way through a body, the rest is not read: the connection is closed instead.
  if (status === 413 || status >= 500) res.setHeader('Connection', 'close');
  send(res, status, 'text/plain; charset=utf-8', message);
}

/** A request Node's parser could not read (bad header, oversized header, junk): a plain 400 or 431, then close. */
function answerMalformed(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, text] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n` +
      (status === 431 ? 'The request’s headers are too large.' : 'The request could not be read.'),
  );
}
