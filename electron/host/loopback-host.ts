import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/wire';
import type { Dispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from '../security/content-security-policy';
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
  maxBodyBytes?: number;
}

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

/**
 * Serves the built renderer and the same API handlers over HTTP on 127.0.0.1,
 * so the real UI can run in a browser. A transport only: no logic lives here.
 */
export async function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const maxBodyBytes = options.maxBodyBytes ?? 512 * 1024 * 1024;
  const rendererDir = path.resolve(options.rendererDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 421, 'Unknown host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, 'Requests from other sites are refused.');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith(API_PATH_PREFIX)) {
      handleApi(req, res, url.pathname.slice(API_PATH_PREFIX.length));
    } else {
      serveFile(req, res, url.pathname);
    }
  });

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): void {
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST.');
    if (!tokenMatches(req.headers[TOKEN_HEADER])) return refuse(res, 401, 'Missing or wrong token.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, 'Send JSON.');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        refuse(res, 413, 'The request is too large.');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      let input: unknown;
      try {
        input = chunks.length === 0 ? {} : decodeWireJson(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return refuse(res, 400, 'The request body is not valid JSON.');
      }
      options.dispatch(safeDecode(method) ?? '', input).then(
        (result) => send(res, 200, 'application/json', encodeWireJson(result)),
        () => refuse(res, 500, 'Internal error.'),
      );
    });
  }

  function tokenMatches(header: string | string[] | undefined): boolean {
    if (typeof header !== 'string') return false;
    const given = Buffer.from(header);
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  function serveFile(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.');
    const relative = safeDecode(pathname === '/' ? '/index.html' : pathname);
    if (relative === null) return refuse(res, 400, 'Bad address.');
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(rendererDir + path.sep)) return refuse(res, 404, 'Not found.');
    fs.readFile(file, (error, data) => {
      if (error) return refuse(res, 404, 'Not found.');
      send(
        res,
        200,
        CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        req.method === 'HEAD' ? '' : data,
      );
    });
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
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  if (res.headersSent) return;
  send(res, status, 'text/plain; charset=utf-8', message);
}

/** A malformed %-escape must answer 400, not bring the host down. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
