import { offsetOf } from './dom-offsets';

/**
 * Where the reading area starts on screen: below the reader's sticky toolbar. A place is
 * saved as the line at this edge and brought back to it, so a paper reopens on the same
 * line, however often it is left and opened again.
 */
export function readingTop(): number {
  return Math.max(0, document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0);
}

/** How far below the reading edge a line is looked for, and where its text is put back. */
const PROBE = 6;
const LAND = 4;

/** The full-text offset of the first character of the line at the top of the reading area. */
export function textOffsetAtTop(container: HTMLElement): number | null {
  const top = readingTop() + PROBE;
  const first = [...container.querySelectorAll<HTMLElement>('[data-start]')].find(
    (el) => el.getBoundingClientRect().bottom > top,
  );
  if (!first) return null;
  const box = first.getBoundingClientRect();
  if (box.top >= top - PROBE) return Number(first.dataset.start);
  const caret = document.caretRangeFromPoint?.(box.left + 1, top);
  if (!caret || !first.contains(caret.startContainer)) return Number(first.dataset.start);
  return offsetOf(caret.startContainer, caret.startOffset) ?? Number(first.dataset.start);
}

/** A range over the character at `offset` within a block, or null past its end. */
function characterAt(block: HTMLElement, offset: number): Range | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (left < length) {
      const range = document.createRange();
      range.setStart(node, left);
      range.setEnd(node, left + 1);
      return range;
    }
    left -= length;
  }
  return null;
}

/** A landing is checked each frame until it has stayed put this many frames, for at most a second. */
const STILL_FRAMES = 6;
const MOST_FRAMES = 60;

/**
 * Scrolls so that the line holding `offset` is the first line below the toolbar. Paragraphs
 * out of view are laid out only as they come near it (content-visibility), so the line
 * moves as they are: the landing is corrected frame by frame until it stays put, or until
 * the reader scrolls. Returns a function that stops the correcting.
 */
export function scrollTextOffsetToTop(container: HTMLElement, blockStart: number, offset: number): () => void {
  let frames = 0;
  let still = 0;
  let handle = 0;
  const stop = () => {
    cancelAnimationFrame(handle);
    for (const event of USER_SCROLLS) window.removeEventListener(event, stop);
  };
  const land = () => {
    const block = container.querySelector<HTMLElement>(`[data-start="${blockStart}"]`);
    if (!block) return stop();
    const character = offset > blockStart ? characterAt(block, offset - blockStart) : null;
    const rect = character?.getClientRects()[0] ?? block.getBoundingClientRect();
    const distance = rect.top - readingTop() - LAND;
    if (Math.abs(distance) >= 1) {
      window.scrollBy({ top: distance, behavior: 'instant' });
      still = 0;
    } else still++;
    if (++frames < MOST_FRAMES && still < STILL_FRAMES) handle = requestAnimationFrame(land);
    else stop();
  };
  for (const event of USER_SCROLLS) window.addEventListener(event, stop, { passive: true });
  land();
  return stop;
}

/** What a reader does to scroll: the landing gives way to it. */
const USER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/** The PDF page at the top of the reading area. */
export function pageAtTop(pages: HTMLElement): number | null {
  const top = readingTop() + PROBE;
  const first = [...pages.querySelectorAll<HTMLElement>('[data-page-number]')].find(
    (el) => el.getBoundingClientRect().bottom > top,
  );
  return first ? Number(first.dataset.pageNumber) : null;
}

/** Scrolls so that a PDF page starts just below the toolbar. */
export function scrollPageToTop(pages: HTMLElement, page: number): void {
  const element = pages.querySelector<HTMLElement>(`[data-page-number="${page}"]`);
  if (!element) return;
  window.scrollBy({ top: element.getBoundingClientRect().top - readingTop(), behavior: 'instant' });
}
