import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { html, send, type Reply } from './http-answers';
import type { FakeRequest } from './types';

/** A loopback HTTP server on a random port that logs every request and can be closed mid-answer. */
export interface LoopbackServer {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export interface Incoming {
  req: IncomingMessage;
  res: ServerResponse;
  /** Path and query as sent. */
  raw: string;
  /** Percent-decoded path, for matching file names. */
  path: string;
  /** Query with lower-cased names: ASP.NET reads arguments case-insensitively. */
  args: Record<string, string>;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function startLoopbackServer(
  handle: (incoming: Incoming) => Promise<void>,
  onClose: () => void = () => {},
): Promise<LoopbackServer> {
  const requests: FakeRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const raw = req.url ?? '/';
    const url = new URL(raw, 'http://127.0.0.1');
    const query: Record<string, string> = {};
    const args: Record<string, string> = {};
    for (const [name, value] of url.searchParams) {
      query[name] = value;
      args[name.toLowerCase()] = value;
    }
    const path = decode(url.pathname);
    requests.push({ method: req.method ?? 'GET', path, query, at: Date.now() });
    handle({ req, res, raw, path, args }).catch((error: unknown) => {
      if (!res.headersSent) send(req, res, html(500, `<pre>${String(error)}</pre>`) satisfies Reply);
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        onClose();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
