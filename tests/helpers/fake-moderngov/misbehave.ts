import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, reply, send, type Reply } from './http-answers';
import { forbiddenPage, serverErrorPage, signInPage } from './html-pages';
import type { MisbehaviourRule } from './types';

/** A claimed size no sane client should accept for a committee paper. */
export const HUGE_BYTES = 2 * 1024 * 1024 * 1024;

export interface Pending {
  timers: Set<NodeJS.Timeout>;
}

/** Answers a request the way the rule says a troubled site would. */
export async function misbehave(
  rule: MisbehaviourRule,
  req: IncomingMessage,
  res: ServerResponse,
  normal: () => Promise<Reply>,
  pending: Pending,
): Promise<void> {
  switch (rule.mode) {
    case 'forbidden-403':
      // A web application firewall in front of the site.
      return send(req, res, html(403, forbiddenPage()));
    case 'redirect-mgerror':
      return send(req, res, reply(302, 'text/html; charset=utf-8', objectMoved(), { Location: '/mgError.aspx' }));
    case 'server-error-once':
      return send(req, res, html(500, serverErrorPage()));
    case 'wrong-content-type':
      // A sign-in page where a PDF or XML was expected, with a 200.
      return send(req, res, html(200, signInPage()));
    case 'reset':
      // The connection drops before any answer (ECONNRESET at the client).
      req.socket.resetAndDestroy();
      return;
    case 'slow': {
      const answer = await normal();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pending.timers.delete(timer);
          resolve();
        }, rule.delayMs ?? 5000);
        pending.timers.add(timer);
      });
      if (!res.destroyed) send(req, res, answer);
      return;
    }
    case 'truncate': {
      // The full length is promised, half is sent, then the connection is cut.
      const answer = await normal();
      const half = answer.body.subarray(0, Math.floor(answer.body.length / 2));
      res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(answer.body.length) });
      res.write(half, () => res.socket?.destroy());
      return;
    }
    case 'truncate-clean': {
      // Half the file, ended cleanly with no length given: only checking the file itself finds it.
      const answer = await normal();
      const half = answer.body.subarray(0, Math.floor(answer.body.length / 2));
      const headers: Record<string, string> = { ...answer.headers };
      delete headers['Content-Length'];
      res.writeHead(answer.status, headers);
      res.end(half);
      return;
    }
    case 'huge':
      return sendHuge(res);
  }
}

function objectMoved(): string {
  return '<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="/mgError.aspx">here</a>.</h2></body></html>';
}

/** Claims 2 GiB of PDF and keeps sending until the client gives up (or the 2 GiB are sent). */
function sendHuge(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': String(HUGE_BYTES) });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const pump = (): void => {
    while (!res.destroyed && sent < HUGE_BYTES) {
      const piece = sent === 0 ? Buffer.concat([Buffer.from('%PDF-1.4\n'), chunk]).subarray(0, chunk.length) : chunk;
      sent += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
