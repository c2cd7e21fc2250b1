import type { BlockKind } from '../../shared/domain';

/** One block of a document's text as an importer finds it. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** 1-based page of the original, for PDFs. */
  page: number | null;
  /** Heading level (1 = largest), for headings. */
  level?: number;
  /**
   * The item's code that starts the block, where a sequence of such codes marked it ("273/PC/19"), at the start of a
   * line or cut from a run of text (see structure/run-together-items.ts).
   */
  itemCode?: string;
}

export interface ExtractedText {
  blocks: RawBlock[];
  pageCount: number | null;
  warnings: string[];
  /** The pack's own page number for each page (index 0 is page 1), null where none is printed; PDFs only. */
  printedPages?: (string | null)[];
}

/** A list marker at the start of a line: "1.", "2)", "3.1", "(a)", "a.", "iv)", "•", "-". */
export const LIST_MARKER =
  /^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-z][.)]|\(?[A-Z]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\)|[•●▪‣◦*–·-])(?=\s)/;

export function normaliseSpace(text: string): string {
  return (
    text
      .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim()
      // "23.001.It was resolved …": a paragraph's number run into its first word.
      .replace(/^(\d{1,4}(?:\.\d{1,4})*\.)(?=[A-Z][a-z])/, '$1 ')
      // "5. e) New signage: …": a web page's list counting its own lettered parts; the letter is the marker.
      .replace(/^(\d{1,2})\.\s+(?=\(?([a-z])\)\s)/, (counter: string, n: string, letter: string) =>
        letter.charCodeAt(0) - 96 === Number(n) ? '' : counter,
      )
  );
}

/** Joins two wrapped lines, mending a word hyphenated across the break. */
export function joinWrapped(previous: string, next: string): string {
  if (/[A-Za-z]-$/.test(previous) && /^[a-z]/.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}
