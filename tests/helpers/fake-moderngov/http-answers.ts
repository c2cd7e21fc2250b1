import type { IncomingMessage, ServerResponse } from 'node:http';

/** A response the fake has decided on, before any misbehaviour gets at it. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function reply(
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: { 'Content-Type': type, ...headers },
    body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  };
}

export const html = (status: number, body: string): Reply => reply(status, 'text/html; charset=utf-8', body);

/** Sends a reply; a document answers a Range request with 206, as IIS does for static files. */
export function send(req: IncomingMessage, res: ServerResponse, r: Reply): void {
  let { status, body } = r;
  const headers: Record<string, string> = { ...r.headers, 'Cache-Control': 'private', Server: 'Microsoft-IIS/10.0' };
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && status === 200 && headers['Accept-Ranges'] === 'bytes') {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    if (start >= body.length || start > end) {
      res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
      return;
    }
    headers['Content-Range'] = `bytes ${start}-${end}/${body.length}`;
    body = body.subarray(start, end + 1);
    status = 206;
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
