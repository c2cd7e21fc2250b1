import type { PdfLine } from './pdf-lines';

/** How far in from the top or bottom edge a page's furniture is looked for. */
const BAND_SHARE = 0.15;
/** Only the outermost lines on each side: a header or footer is beyond the body text. */
const OUTERMOST_LINES = 2;
/** A printed number needs a neighbour within this many pages that agrees with it. */
const SUPPORT_DISTANCE = 2;

export interface PrintedNumber {
  /** As printed: "47", "iv". */
  label: string;
  value: number;
  roman: boolean;
  /** Said with the word "Page" ("Page 3", "Page 3 of 40"), not a bare number. */
  named: boolean;
}

const ROMAN = /^(?=[ivxl]+$)l?x{0,3}(?:ix|iv|v?i{0,3})$/i;
const NUMBER = String.raw`(\d{1,4}|[ivxl]{1,7})`;
const NAMED_PAGE = new RegExp(String.raw`\bpage\s+${NUMBER}(?:\s*(?:of|/)\s*\d{1,4})?\b`, 'i');
const WHOLE_LINE = [
  new RegExp(String.raw`^${NUMBER}$`, 'i'),
  new RegExp(String.raw`^${NUMBER}\s*(?:of|/)\s*\d{1,4}$`, 'i'),
  new RegExp(String.raw`^[-–—]\s*${NUMBER}\s*[-–—]$`, 'i'),
  new RegExp(String.raw`^\[\s*${NUMBER}\s*\]$`, 'i'),
];
/** A bare number set apart at either end of a running header or footer ("Cabinet, 30 January 2025 | 5"). */
const AT_END = new RegExp(String.raw`(?:^|\s|\|)(\d{1,4})$`);
const AT_START = new RegExp(String.raw`^(\d{1,4})(?:\s|\|)`);

function romanValue(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  const letters = text.toLowerCase();
  for (let i = 0; i < letters.length; i++) {
    const value = values[letters[i] as string] ?? 0;
    const next = values[letters[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function reading(token: string, named: boolean): PrintedNumber | null {
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    return value >= 1 ? { label: String(value), value, roman: false, named } : null;
  }
  if (!ROMAN.test(token)) return null;
  // "I" on its own is a word as often as a number; lower case roman is front matter's own style.
  if (!named && token.length === 1 && token !== token.toLowerCase()) return null;
  return { label: token.toLowerCase(), value: romanValue(token), roman: true, named };
}

/**
 * What one line of a page's header or footer says the page's number is: "Page 47",
 * "Page 47 of 120", "47 of 120", "- 47 -", a bare "47", roman "iv", or a number set
 * apart at the end of a running footer. A line that is not furniture ("1.", "(a)",
 * "Agenda Item 5") says nothing.
 */
export function numberPrintedIn(text: string): PrintedNumber | null {
  const line = text.replace(/\s+/g, ' ').trim();
  const named = NAMED_PAGE.exec(line);
  if (named?.[1]) return reading(named[1], true);
  for (const pattern of WHOLE_LINE) {
    const match = pattern.exec(line);
    if (match?.[1]) return reading(match[1], false);
  }
  // A date or a reference ends in a number too; the check across pages leaves those out.
  if (/\bitem\b|\bminute\b|\bparagraph\b/i.test(line)) return null;
  const end = AT_END.exec(line) ?? AT_START.exec(line);
  return end?.[1] ? reading(end[1], false) : null;
}

/** The lines of each page that can be furniture: the outermost ones, in the top or bottom band. */
function furnitureLines(lines: PdfLine[]): Map<number, PdfLine[]> {
  const byPage = new Map<number, PdfLine[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const result = new Map<number, PdfLine[]>();
  for (const [page, pageLines] of byPage) {
    const sorted = [...pageLines].sort((a, b) => b.y - a.y);
    const top = sorted.slice(0, OUTERMOST_LINES).filter((l) => l.y > l.pageHeight * (1 - BAND_SHARE));
    const bottom = sorted.slice(-OUTERMOST_LINES).filter((l) => l.y < l.pageHeight * BAND_SHARE);
    result.set(page, [...new Set([...top, ...bottom])]);
  }
  return result;
}

interface Candidate extends PrintedNumber {
  page: number;
  /** PDF page minus printed number: the same along a run of numbered pages. */
  offset: number;
}

/**
 * The pack's own page number for each PDF page (index 0 is PDF page 1), or null where
 * none is printed. Numbers are read from the headers and footers, and one is taken only
 * where a nearby page agrees (printed numbers go up by one as the PDF's do), so a stray
 * number in a footer is not. A single page that says "Page 1" is believed. The PDF's own
 * page labels are preferred where it has them, unless they only repeat the PDF's numbering.
 */
export function printedPageNumbers(
  lines: PdfLine[],
  pageCount: number,
  pdfLabels: readonly string[] | null = null,
): (string | null)[] {
  const candidates: Candidate[] = [];
  for (const [page, pageLines] of furnitureLines(lines)) {
    for (const line of pageLines) {
      const found = numberPrintedIn(line.text);
      if (found) candidates.push({ ...found, page, offset: page - found.value });
    }
  }
  const supportOf = (c: Candidate) =>
    candidates.filter(
      (o) =>
        o.page !== c.page &&
        o.roman === c.roman &&
        o.offset === c.offset &&
        Math.abs(o.page - c.page) <= SUPPORT_DISTANCE,
    ).length;
  const read: (string | null)[] = Array.from({ length: pageCount }, () => null);
  const best = new Map<number, { candidate: Candidate; support: number }>();
  for (const candidate of candidates) {
    const support = supportOf(candidate) + (pageCount === 1 && candidate.named ? 1 : 0);
    if (support === 0) continue;
    const current = best.get(candidate.page);
    if (!current || support > current.support) best.set(candidate.page, { candidate, support });
  }
  for (const [page, { candidate }] of best) if (page >= 1 && page <= pageCount) read[page - 1] = candidate.label;

  const labels = usefulLabels(pdfLabels, pageCount);
  return labels ? read.map((r, i) => labels[i] || r) : read;
}

/** The PDF's page labels, unless it has none or they only say 1, 2, 3… as the PDF does. */
function usefulLabels(labels: readonly string[] | null, pageCount: number): string[] | null {
  if (!labels || labels.length !== pageCount) return null;
  const trimmed = labels.map((l) => l.trim());
  if (trimmed.every((l, i) => l === String(i + 1) || l === '')) return null;
  return trimmed;
}
