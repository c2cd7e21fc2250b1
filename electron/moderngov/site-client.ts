import { isLoopback, onSite } from './site-address';
import { SyncProblem } from './sync-problem';

export interface SiteClientOptions {
  /** Electron passes its own fetch (system proxy settings); Node's is the default. */
  fetch?: typeof fetch;
  /** Longest wait for one request, including its body. */
  timeoutMs?: number;
  /** Further tries after a network fault or a busy server, with doubling pauses. */
  retries?: number;
  backoffMs?: number;
  /** The shortest gap between two requests, to be polite to the council's server. */
  minIntervalMs?: number;
  signal?: AbortSignal;
}

export interface Downloaded {
  bytes: Uint8Array;
  contentType: string;
  url: string;
}

interface RequestLimits {
  maxBytes: number;
  /** Checks the Content-Type header; returns a complaint or null. */
  checkType: (contentType: string) => string | null;
  /** Checks the whole body once it has arrived; throws a SyncProblem if it is not right. */
  verify?: (bytes: Uint8Array) => void;
}

const MAX_XML_BYTES = 20 * 1024 * 1024;
export const MAX_PAPER_BYTES = 150 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const PAPER_TYPES =
  /^(application\/(pdf|x-pdf|octet-stream|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|msword|force-download)|binary\/octet-stream|text\/html|text\/plain)\b/i;

class Partial extends SyncProblem {
  constructor(
    message: string,
    readonly received: Uint8Array,
    readonly contentType: string,
  ) {
    super('incomplete', message, true);
  }
}

/**
 * Talks to one council's website: one request at a time with a polite gap, a time
 * limit, retries with back-off, size and type checks, redirects only within the
 * site, and downloads that resume where a broken connection left them.
 */
export class SiteClient {
  private readonly fetch: typeof fetch;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly minIntervalMs: number;
  private lastRequestAt = 0;
  requestCount = 0;

  constructor(
    readonly root: string,
    private readonly options: SiteClientOptions = {},
  ) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.retries = options.retries ?? 3;
    this.backoffMs = options.backoffMs ?? 2_000;
    // A site on this computer (a council's test copy) needs no courtesy gap.
    this.minIntervalMs = options.minIntervalMs ?? (isLoopback(new URL(root)) ? 0 : 400);
  }

  /** A web-service answer (XML) as text. */
  async getXml(operation: string, query: Record<string, string | number>): Promise<string> {
    const url = onSite(this.root, `/mgWebService.asmx/${operation}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    const { bytes } = await this.withRetries(url, {
      maxBytes: MAX_XML_BYTES,
      checkType: (type) =>
        !type || /xml|text\/plain/i.test(type)
          ? null
          : 'The address does not look like a ModernGov committee website (it did not answer with XML).',
    });
    return new TextDecoder('utf-8').decode(bytes);
  }

  /** A paper linked from the site, checked for size and type. */
  async download(link: string, maxBytes = MAX_PAPER_BYTES): Promise<Downloaded> {
    const url = onSite(this.root, link);
    const expectPdf = /\.pdf$|convert2pdf/i.test(url.pathname);
    const result = await this.withRetries(url, {
      maxBytes,
      checkType: (type) =>
        (!type || PAPER_TYPES.test(type)) && !(expectPdf && /^text\/html/i.test(type))
          ? null
          : `The council’s website sent a web page (perhaps a sign-in or error page) instead of the paper.`,
      verify: (bytes) => (expectPdf || looksLikePdf(bytes) ? verifyPdf(bytes) : undefined),
    });
    return { ...result, url: url.href };
  }

  private async withRetries(url: URL, limits: RequestLimits): Promise<{ bytes: Uint8Array; contentType: string }> {
    let partial: Partial | null = null;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(url, limits, partial);
      } catch (error) {
        const problem = asProblem(error, this.options.signal);
        partial = problem instanceof Partial ? problem : null;
        if (!problem.transient || attempt >= this.retries) throw problem;
        // Offline, one more try is enough: the member should hear quickly that the site cannot be reached.
        if (problem.code === 'offline' && attempt >= 1) throw problem;
        await pause(this.backoffMs * 2 ** attempt, this.options.signal);
      }
    }
  }

  private async once(
    start: URL,
    limits: RequestLimits,
    partial: Partial | null,
  ): Promise<{ bytes: Uint8Array; contentType: string }> {
    let url = start;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      await this.politeGap();
      const timeout = AbortSignal.timeout(this.timeoutMs);
      const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
      const headers: Record<string, string> = { 'User-Agent': 'Scrutineer (meeting papers for councillors)' };
      if (partial) headers.Range = `bytes=${partial.received.length}-`;
      this.requestCount++;
      const response = await this.fetch(url, { redirect: 'manual', signal, headers });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) throw new SyncProblem('site-error', 'The council’s website sent an unfinished redirect.');
        if (/mgError\.aspx/i.test(location)) {
          throw new SyncProblem(
            'site-error',
            'The council’s website reported an error for this request. Try again later or import the paper by hand.',
          );
        }
        url = onSite(this.root, new URL(location, url).href);
        continue;
      }
      checkStatus(response);
      const contentType = response.headers.get('content-type') ?? '';
      const complaint = limits.checkType(contentType);
      if (complaint) {
        await response.body?.cancel();
        throw new SyncProblem('wrong-type', complaint);
      }
      const resumed = partial !== null && response.status === 206 && startsAt(response) === partial.received.length;
      const already = resumed ? partial.received : new Uint8Array(0);
      const expected = expectedLength(response, already.length);
      if (expected !== null && expected > limits.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(limits.maxBytes);
      }
      const bytes = await readBody(response, already, limits.maxBytes, contentType);
      if (expected !== null && bytes.length < expected) {
        throw new Partial('The download stopped before the end of the file.', bytes, contentType);
      }
      limits.verify?.(bytes);
      return { bytes, contentType };
    }
    throw new SyncProblem(
      'site-error',
      'The council’s website sent the request round in circles (too many redirects).',
    );
  }

  private async politeGap(): Promise<void> {
    const wait = this.lastRequestAt + this.minIntervalMs - Date.now();
    if (wait > 0) await pause(wait, this.options.signal);
    this.lastRequestAt = Date.now();
  }
}

function looksLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A PDF starts with %PDF- and ends with %%EOF: a file cut short without warning fails the second. */
function verifyPdf(bytes: Uint8Array): void {
  if (!looksLikePdf(bytes)) {
    throw new SyncProblem(
      'wrong-type',
      'The council’s website sent something that is not a PDF where the paper should be.',
    );
  }
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) {
    throw new SyncProblem('incomplete', 'The paper arrived incomplete (the file is cut short).', true);
  }
}

function checkStatus(response: Response): void {
  const { status } = response;
  if (status === 200 || status === 206) return;
  void response.body?.cancel();
  if (status === 401 || status === 403) {
    throw new SyncProblem(
      'refused',
      `The council’s website refused the request (${status}). Try again later or import the PDF by hand.`,
    );
  }
  if (status === 404 || status === 410) {
    throw new SyncProblem('site-error', `The council’s website has no such page or paper (${status}).`);
  }
  if (status === 429 || status >= 500) {
    throw new SyncProblem('site-error', `The council’s website is busy or failing (${status}). Try again later.`, true);
  }
  throw new SyncProblem('site-error', `The council’s website answered with an unexpected status (${status}).`);
}

function startsAt(response: Response): number | null {
  const range = /^bytes (\d+)-/.exec(response.headers.get('content-range') ?? '');
  return range ? Number(range[1]) : null;
}

function expectedLength(response: Response, already: number): number | null {
  const length = response.headers.get('content-length');
  return length && /^\d+$/.test(length) ? already + Number(length) : null;
}

async function readBody(response: Response, already: Uint8Array, maxBytes: number, contentType: string) {
  const chunks: Uint8Array[] = already.length ? [already] : [];
  let size = already.length;
  if (!response.body) return concat(chunks, size);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SyncProblem) throw error;
    if ((error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') throw error;
    throw new Partial('The connection broke during the download.', concat(chunks, size), contentType);
  }
  return concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk.subarray(0, size - at), at);
    at += chunk.length;
  }
  return out;
}

function tooLarge(maxBytes: number): SyncProblem {
  return new SyncProblem(
    'too-large',
    `The paper is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so it was not downloaded. Import it by hand if you need it.`,
  );
}

function asProblem(error: unknown, signal?: AbortSignal): SyncProblem {
  if (signal?.aborted) return new SyncProblem('cancelled', 'The sync was cancelled.');
  if (error instanceof SyncProblem) return error;
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new SyncProblem('timeout', 'The council’s website did not answer in time. Try again later.', true);
  }
  const code = (error as { cause?: { code?: string } } | undefined)?.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new SyncProblem(
      'offline',
      'The council’s website could not be found. Check the address and that you are online; your papers stay readable offline.',
      true,
    );
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return new SyncProblem(
      'refused',
      'The council’s website did not prove who it is (its security certificate failed).',
    );
  }
  if (code === 'ECONNREFUSED' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
    return new SyncProblem(
      'offline',
      'Could not reach the council’s website. Check you are online and try again; your papers stay readable offline.',
      true,
    );
  }
  return new SyncProblem('site-error', 'The connection to the council’s website broke.', true);
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SyncProblem('cancelled', 'The sync was cancelled.'));
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', stop);
      resolve();
    }
    function stop() {
      clearTimeout(timer);
      reject(new SyncProblem('cancelled', 'The sync was cancelled.'));
    }
    signal?.addEventListener('abort', stop, { once: true });
  });
}
