/** Blocks are joined by a blank line; offsets in selectors count across that text. */
export const BLOCK_SEPARATOR = '\n\n';

export function fullTextOf(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

const CONTEXT = 32;

/** W3C TextQuoteSelector for a range of the full text: the quote and about 32 characters either side. */
export function quoteAt(fullText: string, start: number, end: number): QuoteSelector {
  return {
    exact: fullText.slice(start, end),
    prefix: fullText.slice(Math.max(0, start - CONTEXT), start),
    suffix: fullText.slice(end, end + CONTEXT),
  };
}
