import { anchorQuote } from '../../shared/anchoring/anchor';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Flattened {
  text: string;
  points: { node: Text; offset: number }[];
}

/** The text layer's text with runs of white space collapsed, and where each character came from. */
function flatten(layer: HTMLElement): Flattened {
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  let text = '';
  const points: Flattened['points'] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    if (text !== '' && !text.endsWith(' ')) {
      // Separate runs (lines, positioned words) read as separate words.
      text += ' ';
      points.push({ node, offset: 0 });
    }
    for (let i = 0; i < value.length; i++) {
      const ch = /\s/.test(value[i] as string) ? ' ' : (value[i] as string);
      if (ch === ' ' && text.endsWith(' ')) continue;
      text += ch;
      points.push({ node, offset: i });
    }
  }
  return { text, points };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A DOM range over the text layer covering a quote, found by the same anchoring as re-import. */
export function rangeForQuote(layer: HTMLElement, quote: string): Range | null {
  const flat = flatten(layer);
  const anchor = anchorQuote(flat.text, { exact: collapse(quote), prefix: '', suffix: '' });
  if (!anchor) return null;
  const first = flat.points[anchor.start];
  const last = flat.points[anchor.end - 1];
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

/** The rectangles of a range, relative to the page, merged line by line. */
export function rectsWithin(range: Range, page: HTMLElement): Rect[] {
  const origin = page.getBoundingClientRect();
  return [...range.getClientRects()]
    .filter((r) => r.width > 0.5 && r.height > 0.5)
    .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }));
}
