import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedRoot, repoRoot } from '../helpers/fixture-files';
import { seedFromEnv } from '../helpers/fuzz/seeded-random';
import { httpRequest, rawExchange } from '../helpers/raw-http';

/**
 * A page the member visits can make the browser send the loopback host any
 * path (an <img src>, with no Origin and the right Host), and a program on the
 * laptop can send it anything at all. Thousands of random and hostile
 * requests – paths, methods, headers, framing and bodies, with and without the
 * token – go as raw bytes to a real host in a process of its own
 * (tests/helpers/host-child.ts). None may end that process or get a 500, and
 * the host must still answer the app afterwards.
 *
 * npm test sends SCRUTINEER_HOST_FUZZ_CASES (default 2,000) from a fixed seed;
 * a failure names the seed and path that reproduce it (SCRUTINEER_HOST_FUZZ_SEED).
 */
const CASES = Number(process.env.SCRUTINEER_HOST_FUZZ_CASES ?? 2000);
const SEED = seedFromEnv('SCRUTINEER_HOST_FUZZ_SEED', 20261129);
const BATCH = 50;
const TOKEN_HEADER = 'x-scrutineer-token';

let dir: string;
let child: ChildProcess;
let stderr = '';
let port: number;
let token: string;

beforeAll(async () => {
  fs.mkdirSync(generatedRoot, { recursive: true });
  dir = fs.mkdtempSync(path.join(generatedRoot, 'host-fuzz-'));
  const script = path.join(dir, 'host-child.mjs');
  // Bundled, so it starts in a fraction of a second rather than compiling TypeScript.
  await build({
    entryPoints: [path.join(repoRoot, 'tests', 'helpers', 'host-child.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile: script,
    logLevel: 'warning',
  });
  child = spawn(process.execPath, [script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  ({ port, token } = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(JSON.parse(out) as { port: number; token: string });
    });
    child.once('exit', (code) => reject(new Error(`The host exited (${code}) before it started: ${stderr}`)));
  }));
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const good = () =>
  httpRequest(port, '/api/listMeetings', {
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: '{}',
  });

/** The status of a raw reply, or null where the host closed the connection without one. */
function statusOf(reply: string): number | null {
  const match = /^(?:HTTP\/1\.1 100 Continue\r\n\r\n)?HTTP\/1\.1 (\d{3})/.exec(reply);
  if (!match) {
    if (reply !== '') throw new Error(`Not an HTTP reply: ${JSON.stringify(reply.slice(0, 200))}`);
    return null;
  }
  return Number(match[1]);
}

describe('the loopback host under random and hostile requests', () => {
  it('answers the paths that used to end it, and stays up', async () => {
    for (const target of ['/%00', '/%00.html', '/index.html%00', '/%E0%A4%A', '/%2e%2e%2f%00', '/a%5c..%5c..']) {
      const reply = await rawExchange(
        port,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect([400, 404]).toContain(statusOf(reply));
    }
    expect((await good()).status).toBe(200);
  });

  it(`survives ${CASES} of them and still answers the app`, async () => {
    const request = hostileRequest(port, token);
    const statuses = new Map<number | null, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const replies = await Promise.all(batch.map((request) => rawExchange(port, request.bytes, 1500)));
        for (const [i, reply] of replies.entries()) {
          const status = statusOf(reply);
          if (process.env.HOST_FUZZ_STATS) statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status !== null && status >= 500) throw new Error(`${status} for ${batch[i]?.[fc.toStringMethod]()}`);
        }
        if (child.exitCode !== null) throw new Error(`The host exited (${child.exitCode}): ${stderr}`);
      }),
      { seed: SEED, numRuns: Math.ceil(CASES / BATCH), endOnFailure: true },
    );
    expect(child.exitCode).toBeNull();
    expect((await good()).status).toBe(200);
    // The token's holder may import (a random call can do so); the library still answers whole.
    const answer = JSON.parse((await good()).body) as { ok: boolean; value: unknown };
    expect(answer.ok && Array.isArray(answer.value)).toBe(true);
    expect(stderr).toBe('');
    if (process.env.HOST_FUZZ_STATS) console.log(statuses);
  }, 120_000);
});

// Parts of a path: escapes that decode to nothing sensible, NUL, traversal, separators, names the host knows.
const PATH_PARTS = [
  '.',
  '..',
  '%2e%2e',
  '%2E%2e%2f',
  '%00',
  '%',
  '%E0%A4%A',
  '%ff%fe',
  '%c0%ae%c0%ae',
  '%5c',
  '%5c..%5c',
  '%0d%0a',
  '//',
  '?',
  '#',
  '?x=%00',
  ';',
  'index.html',
  'index.html%00.png',
  'assets',
  'app.js',
  'api',
  'upload',
  'listMeetings',
  'startImport',
  'importAnnotations',
  'getOriginalFile',
  'constructor',
  '__proto__',
  '%C3%BC',
  '%F0%9F%98%80',
  'CON',
  'x'.repeat(300),
  'a/'.repeat(2000),
  '%25',
  '%%32%65',
  'http:',
  '*',
];
// Bytes no HTTP parser lets into a path; a few requests carry them to test the parser's refusal.
const BROKEN_PATH_PARTS = ['\0', ' ', '\r\n', '\t', 'ü', '\\', '😀'];
const URL_CHARS = "abcxyz0189-._~!$&'()*+,;=:@%/?#".split('');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'BREW'];
const CONTENT_TYPES = [
  'application/json; charset=utf-16',
  'application/octet-stream',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  '',
];

interface Sent {
  bytes: Uint8Array;
  [fc.toStringMethod](): string;
}

/** A request's bytes, shown in a failure as its first few hundred characters rather than every byte. */
function sent(bytes: Buffer): Sent {
  const text = bytes.toString('latin1');
  const shown = JSON.stringify(text.slice(0, 400)) + (text.length > 400 ? ` … (${text.length} bytes)` : '');
  return { bytes: new Uint8Array(bytes), [fc.toStringMethod]: () => shown };
}

/** Mostly `usual`, now and then one of `rare`. */
function mostly<T>(usual: T, ...rare: T[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });
}

/**
 * One whole request as bytes: the request line, headers, framing and body. Most
 * are well formed enough to reach the host's own code (the token, the path,
 * the body); some are broken at any level, for Node's parser to refuse.
 */
function hostileRequest(port: number, token: string): fc.Arbitrary<Sent> {
  const binary = (max: number) => fc.string({ unit: 'binary', maxLength: max });
  const urlText = fc.string({ unit: fc.constantFrom(...URL_CHARS), maxLength: 12 });
  const part = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PATH_PARTS) },
    { weight: 3, arbitrary: urlText },
    { weight: 1, arbitrary: fc.constantFrom(...BROKEN_PATH_PARTS) },
  );
  const target = fc.oneof(
    { weight: 5, arbitrary: fc.array(part, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`) },
    {
      weight: 4,
      arbitrary: fc.constantFrom('/api/listMeetings', '/api/startImport', '/api/importAnnotations', '/upload'),
    },
    { weight: 1, arbitrary: fc.constantFrom('*', 'http://127.0.0.1/', `http://evil.example:${port}/`, '//evil', '') },
  );
  const good = `127.0.0.1:${port}`;
  const body = fc.oneof(
    { weight: 4, arbitrary: fc.json().map((json) => Buffer.from(json)) },
    { weight: 4, arbitrary: callBody().map((json) => Buffer.from(json)) },
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => Buffer.from('['.repeat(n) + ']'.repeat(n))),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1000, max: 100_000 })
        .map((n) => Buffer.from('{"a":'.repeat(n) + '1' + '}'.repeat(n))),
    },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(1024 * 1024 + 10, 'x')) },
  );
  return fc
    .record({
      method: fc.oneof(
        { weight: 3, arbitrary: fc.constant('GET') },
        { weight: 3, arbitrary: fc.constant('POST') },
        { weight: 2, arbitrary: fc.constantFrom(...METHODS) },
        { weight: 1, arbitrary: binary(8) },
      ),
      target,
      host: mostly([good], [`localhost:${port}`], ['evil.example'], [], [''], [good, good]),
      origin: mostly<string[]>([], [`http://${good}`], ['https://evil.example'], ['null'], ['\u00ff']),
      tokens: mostly([token], [], ['guess'], [token, token], [token.toUpperCase()], [`${token} `]),
      contentType: mostly('application/json', ...CONTENT_TYPES),
      extra: mostly<[string, string][]>(
        [],
        [['Expect', '100-continue']],
        [['Upgrade', 'websocket']],
        [['Connection', 'keep-alive']],
        [['Content-Encoding', 'gzip']],
      ),
      junkHeader: fc.oneof(
        { weight: 9, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(binary(10), binary(40)) },
      ),
      body,
      framing: mostly('length', 'chunked', 'short', 'long', 'junk-length', 'both', 'bad-chunks', 'none'),
    })
    .map((r) => {
      const body = r.body;
      const lines = [`${r.method} ${r.target} HTTP/1.1`];
      for (const h of r.host) lines.push(`Host: ${h}`);
      for (const o of r.origin) lines.push(`Origin: ${o}`);
      for (const t of r.tokens) lines.push(`${TOKEN_HEADER}: ${t}`);
      if (r.contentType)
        lines.push(
          `Content-Type: ${r.target === '/upload' && r.contentType === 'application/json' ? 'application/octet-stream' : r.contentType}`,
        );
      for (const [name, value] of r.extra) lines.push(`${name}: ${value}`);
      if (r.junkHeader) lines.push(`${r.junkHeader[0]}: ${r.junkHeader[1]}`);
      lines.push('Connection: close');
      let payload: Buffer = body;
      if (r.framing === 'length') lines.push(`Content-Length: ${body.length}`);
      if (r.framing === 'short') lines.push(`Content-Length: ${body.length + 100}`);
      if (r.framing === 'long') lines.push(`Content-Length: ${Math.floor(body.length / 2)}`);
      if (r.framing === 'junk-length') lines.push('Content-Length: -1x');
      if (r.framing === 'both') lines.push(`Content-Length: ${body.length}`, 'Transfer-Encoding: chunked');
      if (r.framing === 'chunked' || r.framing === 'bad-chunks') {
        lines.push('Transfer-Encoding: chunked');
        payload =
          r.framing === 'chunked'
            ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')])
            : Buffer.concat([Buffer.from('zz\r\n'), body]);
      }
      return sent(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), payload]));
    });
}

/** JSON shaped like a call, with wrong fields, tagged bytes and upload ids that point nowhere. */
function callBody(): fc.Arbitrary<string> {
  const data = fc.oneof(
    fc.record({ $upload: fc.oneof(fc.uuid(), fc.string(), fc.constant('../../etc/passwd')) }),
    fc.record({ $bytes: fc.oneof(fc.base64String(), fc.string()) }),
    fc.anything(),
  );
  const file = fc.record({ name: fc.oneof(fc.constantFrom('minutes.md', '../x', 'a\0b'), fc.string()), data });
  return fc
    .oneof(
      fc.record({ files: fc.array(file, { maxLength: 3 }) }),
      fc.record({ json: fc.string() }),
      fc.record({ meetingId: fc.oneof(fc.integer(), fc.double(), fc.string()) }),
      fc.record({ $upload: fc.uuid() }),
      fc.dictionary(fc.string(), fc.jsonValue()),
    )
    .map((value) => JSON.stringify(value) ?? 'null');
}
