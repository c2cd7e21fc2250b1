import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackHost, type LoopbackHost } from '../../electron/host/loopback-host';
import { rawExchange } from '../helpers/raw-http';
import { createTempLibrary, tempDir, type TempLibrary } from '../helpers/temp-library';

let library: TempLibrary;
let host: LoopbackHost;

beforeAll(async () => {
  library = createTempLibrary();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Scrutineer</title>');
  host = await startLoopbackHost({ dispatch: library.dispatch, rendererDir });
});
afterAll(async () => {
  await host.close();
  library.cleanup();
});

/** A raw request, so the Host and Origin headers can be anything an attacker sends. */
function request(
  pathname: string,
  {
    method = 'POST',
    headers = {},
    body = '{}',
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (method !== 'GET') req.end(body);
    else req.end();
  });
}

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only and prints an address with a long secret token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await request('/api/listMeetings', { headers: { 'x-scrutineer-token': host.token } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await request('/api/listMeetings')).status).toBe(401);
    expect((await request('/api/listMeetings', { headers: { 'x-scrutineer-token': 'guess' } })).status).toBe(401);
  });

  it('refuses a call from a foreign Origin even with the token', async () => {
    const res = await request('/api/listMeetings', {
      headers: { 'x-scrutineer-token': host.token, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });

  it('refuses a DNS-rebinding Host header, for pages and API alike', async () => {
    const rebound = { host: `evil.example:${host.port}`, 'x-scrutineer-token': host.token };
    expect((await request('/api/listMeetings', { headers: rebound })).status).toBe(421);
    expect((await request('/', { method: 'GET', headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('serves the renderer with the strict CSP, and nothing outside it', async () => {
    const page = await request('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request('/../../etc/passwd', { method: 'GET' })).status).toBe(404);
    expect((await request('/%2e%2e/%2e%2e/etc/passwd', { method: 'GET' })).status).toBe(404);
    // A malformed escape is refused, and the host keeps running.
    expect((await request('/%E0%A4%A', { method: 'GET' })).status).toBe(400);
    // A NUL byte once made the file read throw outside any guard, and the host exited.
    expect((await request('/%00', { method: 'GET' })).status).toBe(400);
    expect((await request('/index.html%00.png', { method: 'GET' })).status).toBe(400);
    expect((await request('/', { method: 'GET' })).status).toBe(200);
  });

  it('validates input the same way as the app', async () => {
    const res = await request('/api/getMeeting', {
      headers: { 'x-scrutineer-token': host.token },
      body: '{"meetingId": -1}',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns a failure of its own into a plain 500, logged, and keeps serving', async () => {
    const logged: unknown[] = [];
    const failing = await startLoopbackHost({
      // Fault injection: the one part a request reaches that could still throw.
      dispatch: () => {
        throw new Error('the disk caught fire');
      },
      rendererDir: tempDir(),
      log: (error) => logged.push(error),
    });
    try {
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: failing.port,
            path: '/api/listMeetings',
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-scrutineer-token': failing.token },
          },
          (r) => {
            let text = '';
            r.on('data', (c: Buffer) => (text += c.toString()));
            r.on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(res).toEqual({
        status: 500,
        body: 'Something went wrong inside Scrutineer. Your saved work is safe; please try again.',
      });
      expect(logged).toHaveLength(1);
      expect(String(logged[0])).toContain('the disk caught fire');
    } finally {
      await failing.close();
    }
    expect((await request('/', { method: 'GET' })).status).toBe(200);
  });

  it('answers a request Node cannot parse with a plain 400, and stays up', async () => {
    const reply = await rawExchange(host.port, 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*\r\n\r\nThe request could not be read\.$/);
    const huge = await rawExchange(
      host.port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect((await request('/', { method: 'GET' })).status).toBe(200);
  });
});
