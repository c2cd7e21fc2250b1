import {
  BRINGS_THE_VERB,
  GLUED_PARAGRAPH_NUMBER,
  joinWrapped,
  LIST_MARKER,
  MARKER_ALONE,
  THAT_PART_BEFORE_ITS_VERB,
  type RawBlock,
} from '../blocks';
import type { PdfLine } from './pdf-lines';

interface BodyStyle {
  size: number;
  font: string;
  lineGap: number;
  /** Where full body lines end: the 90th percentile of right edges. */
  right: number;
}

/** The most common size, font and line spacing, each weighted by characters. */
function bodyStyle(lines: PdfLine[]): BodyStyle {
  const mode = <T>(values: [T, number][]): T | undefined => {
    const counts = new Map<T, number>();
    for (const [v, w] of values) counts.set(v, (counts.get(v) ?? 0) + w);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const size = mode(lines.map((l) => [Math.round(l.size * 2) / 2, l.text.length])) ?? 12;
  const font = mode(lines.map((l) => [l.font, l.text.length])) ?? '';
  const gaps: [number, number][] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as PdfLine;
    const b = lines[i] as PdfLine;
    const gap = a.y - b.y;
    // Weighted by characters, as size is: the short cells of a table, a line apart in two columns, are not the text's spacing.
    if (a.page === b.page && gap > 0 && gap < size * 3) gaps.push([Math.round(gap * 2) / 2, b.text.length]);
  }
  const rights = lines
    .filter((l) => l.font === font)
    .map((l) => l.right)
    .sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? Infinity;
  // A page of one-line paragraphs has more gaps between paragraphs than between lines: the spacing of lines is the
  // commonest gap of those a line apart (under 1.7 times the type size), when there are enough of them to tell.
  const total = gaps.reduce((sum, [, w]) => sum + w, 0);
  const lineGaps = gaps.filter(([gap]) => gap < size * 1.7);
  const enough = lineGaps.reduce((sum, [, w]) => sum + w, 0) >= total * 0.1;
  return { size, font, lineGap: mode(enough ? lineGaps : gaps) ?? size * 1.2, right };
}

const NUMBER_ALONE = /^\d{1,4}\.?$/;
const YEAR_ALONE = /^(?:19|20)\d{2}[.,;]?$/;
/** "(2)" on a line of their own, as well as "i)" and "(b)": a numbered part's marker, its text on the next line. */
const NUMBER_IN_BRACKETS_ALONE = /^\(\d{1,2}\)$/;
/** A line that ends on the marker of the next part of a list run together: "Government; ii.", "the plan; b)". */
/** "ACTION", "RESOLVED", "Decision" ending a line: a label whose dash and words the next line carries. */
const LABEL_AT_END = /(?:^|\s)(?:ACTIONS?|Actions?|RESOLVED|Resolved|AGREED|Agreed|DECISION|Decision|DECIDED)$/;
/** "5 Matters Arising", "12. Planning Applications": an item's number and a short title, the whole line. */
const NUMBERED_TITLE_ALONE = /^\d{1,3}[.)]?\s+[A-Z][\w'’&,/ -]{2,60}$/;
const PART_MARKER_AT_END = /[;:,]\s+(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]$/;

/**
 * A line that stops well short of the margin, when the next line's first word
 * would have fitted, was ended on purpose (a line break), not wrapped.
 */
function endsShort(last: PdfLine, next: PdfLine, body: BodyStyle): boolean {
  // Nor "… Clerk to inform" over "D Brace County Council.": a verb after "to" waits for its object.
  if (/(?:[,;]|\b(?:the|a|an|of|to|and|or|in|on|at|by|for|with|from|that|which)|\bto [a-z]{2,})$/i.test(last.text))
    return false;
  const charWidth = (next.right - next.x) / Math.max(1, next.text.length);
  const firstWord = next.text.split(' ')[0]?.length ?? 0;
  return last.right + charWidth * (firstWord + 4) < body.right;
}

function isHeadingLine(line: PdfLine, body: BodyStyle): boolean {
  if (line.text.length > 160) return false;
  if (line.size >= body.size * 1.15) return true;
  return line.font !== body.font && !/[.,;]$/.test(line.text) && /[A-Za-z]/.test(line.text);
}

function headingLevel(line: PdfLine, body: BodyStyle): number {
  if (line.size >= body.size * 1.6) return 1;
  if (line.size >= body.size * 1.15) return 2;
  return 3;
}

/**
 * Rebuilds blocks from lines: a new block where the gap is well above the usual
 * line spacing, where a list marker starts a line, or where the style changes
 * between heading and body; a sentence left open at a page break carries on.
 */
export function linesToBlocks(lines: PdfLine[]): RawBlock[] {
  const body = bodyStyle(lines);
  const blocks: RawBlock[] = [];
  let open: { block: RawBlock; last: PdfLine } | null = null;

  let markerAlone: PdfLine | null = null;
  for (const printed of lines) {
    // "23.001.It was resolved …": the number is spaced from the words, as in a text file.
    const read = { ...printed, text: printed.text.replace(GLUED_PARAGRAPH_NUMBER, '$1 ') };
    if ((MARKER_ALONE.test(read.text) || NUMBER_IN_BRACKETS_ALONE.test(read.text)) && !markerAlone) {
      markerAlone = read;
      continue;
    }
    const line = markerAlone ? { ...read, text: `${markerAlone.text} ${read.text}`, x: markerAlone.x } : read;
    markerAlone = null;
    const heading = isHeadingLine(line, body);
    // "… how leaflets are translated. ACTION" over "– Democratic Services to ask …": the label's dash, not a list's.
    const afterLabel =
      open !== null && open.last.page === line.page && LABEL_AT_END.test(open.last.text) && /^[–—-]\s/.test(line.text);
    const listStart = LIST_MARKER.test(line.text) && !heading && !afterLabel;
    // An item's number on a line of its own ("51.") belongs to neither the paragraph above nor the title below; but a
    // year that a sentence left open wrapped onto ("… with effect from 2 January" over "2019.") ends that sentence.
    const yearWrapped = YEAR_ALONE.test(line.text) && open !== null && !/[.:;!?)"”’]$/.test(open.last.text);
    const numberAlone =
      (NUMBER_ALONE.test(line.text) && !yearWrapped) || (open !== null && NUMBER_ALONE.test(open.block.text));
    let continues = false;
    if (open && !listStart && !numberAlone) {
      const { block, last } = open;
      const sameFont = last.font === line.font && Math.abs(last.size - line.size) < 0.5;
      const sameStyle = block.kind === 'heading' ? sameFont : !heading;
      if (last.page === line.page) {
        const gap = last.y - line.y;
        // A sentence left open runs on, even where the line was broken short.
        // So does one that ends on the next part's marker ("… to the Welsh" over "Government; ii.").
        const unfinished =
          afterLabel ||
          (!/[.:;!?)"”’]$/.test(last.text) && (/^[a-z(£]/.test(line.text) || PART_MARKER_AT_END.test(line.text)));
        // A sentence left open also runs on across a paragraph's gap ("… relevant to the" / "motion or recommendation"),
        // as it does in a text whose lines a blank line broke.
        // A part in the subjunctive whose verb comes on the next line ("(a) That the amount … for the Inner West" over
        // "Area Committee be noted."), broken short where the text it was printed from broke it.
        const verbBelow = THAT_PART_BEFORE_ITS_VERB.test(block.text) && BRINGS_THE_VERB.test(line.text);
        // A part left on "the", "of" or "and" ("i. the amended projections and adjustments to the" over "Reserve (set out
        // …);"): no part ends there, whatever the case of the next word; but "…; and" ends a part before the next.
        const partEndsOnArticle =
          block.kind === 'list-item' && /(?<![;,]\s?)\b(?:a|an|the|of|and|or)$/i.test(last.text) && !heading;
        continues =
          sameStyle &&
          gap > 0 &&
          ((gap <= body.lineGap * 1.35 && (unfinished || !endsShort(last, line, body))) ||
            (verbBelow && gap <= body.lineGap * 2.2) ||
            (partEndsOnArticle && gap <= body.lineGap * 2.2) ||
            (unfinished &&
              /^(?:[a-z](?![.)])(?!(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])|\([a-z])/.test(line.text) &&
              gap <= body.lineGap * 2.2));
      } else {
        // Across a page break: only if the sentence is plainly unfinished; not into the next item's number and title
        // at the top of the page ("… Action – HIF to pursue" over "5 Matters Arising").
        continues = sameStyle && !heading && /[a-z,]$/.test(block.text) && !NUMBERED_TITLE_ALONE.test(line.text);
      }
    }
    if (open && continues) {
      open.block.text = joinWrapped(open.block.text, line.text);
      open.last = line;
      continue;
    }
    const block: RawBlock = heading
      ? { kind: 'heading', text: line.text, page: line.page, level: headingLevel(line, body) }
      : {
          kind: listStart ? 'list-item' : 'paragraph',
          text: listStart ? line.text.replace(/^[•●▪‣◦*–·-]\s+/, '') : line.text,
          page: line.page,
        };
    blocks.push(block);
    open = { block, last: line };
  }
  if (markerAlone) blocks.push({ kind: 'paragraph', text: markerAlone.text, page: markerAlone.page });
  return blocks;
}
