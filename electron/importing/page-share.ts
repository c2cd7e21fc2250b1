import type { MessagePort } from 'node:worker_threads';
import type { PageShare } from './extract/pdf';
import type { PdfLine } from './extract/pdf-lines';

/**
 * Two readers (worker threads) reading one PDF at once. The parent makes a small shared
 * state and a channel between the reader that owns the file and the one that helps:
 *
 * - The state is two numbers every reader sees: the next page nobody has claimed (from 1)
 *   and the page count (0 until the owner has opened the PDF). A reader claims a few pages
 *   by adding to the first number, atomically, so no page is claimed twice and no lock is
 *   needed.
 * - The helper sends the lines of each few pages it reads straight to the owner over the
 *   channel, then says it has stopped.
 *
 * The owner is done when it holds lines for every page, its own or received, however many
 * pages the helper took. If the helper fails (the parent says so, or it stops early), the
 * owner reads the pages it is missing itself.
 */

/** How many pages a reader claims at a time: few, so the two finish together. */
export const CHUNK_PAGES = 4;

const NEXT_PAGE = 0;
const PAGE_COUNT = 1;

/** What the helper sends the owner. */
export type HelperMessage = { pages: Map<number, PdfLine[]> } | { stopped: true };

/** A new shared state: page 1 is next, the page count not yet known. */
export function newShareState(): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  Atomics.store(new Int32Array(buffer), NEXT_PAGE, 1);
  return buffer;
}

/** Pages nobody has claimed yet: 0 while the page count is not known, or once the share has ended. */
export function pagesUnclaimed(buffer: SharedArrayBuffer): number {
  const state = new Int32Array(buffer);
  return Math.max(0, Atomics.load(state, PAGE_COUNT) - Atomics.load(state, NEXT_PAGE) + 1);
}

/** The next few pages for the reader that calls it, or null once every page is claimed. */
export function claimPages(buffer: SharedArrayBuffer, pageCount: number): [first: number, last: number] | null {
  const state = new Int32Array(buffer);
  Atomics.store(state, PAGE_COUNT, pageCount);
  const first = Atomics.add(state, NEXT_PAGE, CHUNK_PAGES);
  return first <= pageCount ? [first, Math.min(pageCount, first + CHUNK_PAGES - 1)] : null;
}

/** Leaves no page to claim, so a helper that has not yet begun does nothing. */
export function endShare(buffer: SharedArrayBuffer): void {
  Atomics.store(new Int32Array(buffer), NEXT_PAGE, 1 << 30);
}

/** The owner's side: claims pages and gathers what the helper sends. */
export class OwnerShare implements PageShare {
  private readonly received = new Map<number, PdfLine[]>();
  private helperStopped = false;
  /** Called when a message comes, to let othersLines look again. */
  private wake: () => void = () => undefined;

  constructor(
    private readonly state: SharedArrayBuffer,
    private readonly port: MessagePort,
  ) {
    port.on('message', (message: HelperMessage) => {
      if ('pages' in message) for (const [number, lines] of message.pages) this.received.set(number, lines);
      else this.helperStopped = true;
      this.wake();
    });
  }

  claim(pageCount: number): [number, number] | null {
    return claimPages(this.state, pageCount);
  }

  /** The parent says the helper failed: what it has not sent will never come. */
  helperFailed(): void {
    this.helperStopped = true;
    this.wake();
  }

  async othersLines(pageCount: number, ownPages: ReadonlySet<number>): Promise<Map<number, PdfLine[]>> {
    const missing = () => {
      for (let number = 1; number <= pageCount; number++) {
        if (!ownPages.has(number) && !this.received.has(number)) return true;
      }
      return false;
    };
    while (!this.helperStopped && missing()) await new Promise<void>((resolve) => (this.wake = resolve));
    return this.received;
  }

  /** The file is read: anything the helper sends now is dropped. */
  close(): void {
    this.port.close();
  }
}
