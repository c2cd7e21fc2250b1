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

/**
 * "iii)", "(b)" on a line of their own: the marker of the list item on the next line. A number alone ("4.") is not one:
 * on a web page it is an agenda item's, with the title below it.
 */
export const MARKER_ALONE = /^\(?(?:[ivx]{1,4}|[a-z])[.)]$/;

/** A list marker at the start of a line: "1.", "2)", "3.1", "(a)", "a.", "iv)", "ii.", "•", "-"; a round bullet glued to its first word ("•Bob", "•to repaint"). */
export const LIST_MARKER =
  /^(?:(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-z][.)]|\(?[A-Z]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)]|[•●▪‣◦*–·-])(?=\s)|[•●▪‣◦·](?=[A-Za-z]))/;

/**
 * "(a) That the amount of the budget left for the Inner West" over "Area Committee be noted.": a part in the subjunctive
 * whose verb has not come yet, so its sentence goes on below whatever the break; and the line that brings the verb.
 */
export const THAT_PART_BEFORE_ITS_VERB =
  /^(?:\(?[a-z0-9]{1,3}[.)]\s+|\d{1,3}\.\d{1,3}\.?\s+)?That\s(?![^]*\b(?:be|is|are|was|were|has|have|had|do|does|did|will|would|shall|should|can|could|may|must|notes?|agrees?|approves?|endorses?)\b)[^.;:]{5,}$/;
export const BRINGS_THE_VERB = /^[A-Z][\w'’ (),-]{0,140}?\bbe [a-z]+(?:ed|en)\b/;

/** "23.001.It was resolved …": a paragraph's number run into its first word. */
export const GLUED_PARAGRAPH_NUMBER = /^(\d{1,4}(?:\.\d{1,4})*\.)(?=[A-Z][a-z])/;

export function normaliseSpace(text: string): string {
  return (
    text
      .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim()
      .replace(GLUED_PARAGRAPH_NUMBER, '$1 ')
      // "5. e) New signage: …": a web page's list counting its own lettered parts; the letter is the marker.
      .replace(/^(\d{1,2})\.\s+(?=\(?([a-z])\)\s)/, (counter: string, n: string, letter: string) =>
        letter.charCodeAt(0) - 96 === Number(n) ? '' : counter,
      )
  );
}

/** A prefix that keeps its hyphen when a line breaks after it: "re-" over "elected", "co-" over "opted". */
const HYPHENATED_PREFIX = /\b(?:re|co|pre|non|self|well|ex|vice|sub|anti|cross|multi|semi|mid|part|full|long|short)-$/i;

/**
 * Joins two wrapped lines, mending a word hyphenated across the break ("recom-" over "mendation"), keeping the hyphen
 * of a word that has one ("re-" over "elected", "Executive-" over "Scrutiny", "2023-" over "2028").
 */
export function joinWrapped(previous: string, next: string): string {
  if (/[A-Za-z]-$/.test(previous) && /^[a-z]/.test(next))
    return HYPHENATED_PREFIX.test(previous) ? previous + next : previous.slice(0, -1) + next;
  if (/[A-Za-z0-9]-$/.test(previous) && /^[A-Z0-9]/.test(next)) return previous + next;
  return `${previous} ${next}`;
}
