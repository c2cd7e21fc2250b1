import type { PdfLine } from './pdf-lines';

const MARGIN_SHARE = 0.1;
const PAGE_NUMBER =
  /^(?:page\s+)?(?:\d{1,4}|[ivxl]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*(?:\d{1,4}|[ivxl]{1,7})\s*[-–—]$/i;

/**
 * Drops running headers and footers: lines in the top or bottom margin that
 * repeat (digits aside) on several pages, and bare page numbers there (roman ones too).
 */
export function removePageFurniture(lines: PdfLine[], pageCount: number): PdfLine[] {
  const inMargin = (l: PdfLine) => l.y > l.pageHeight * (1 - MARGIN_SHARE) || l.y < l.pageHeight * MARGIN_SHARE;
  const shape = (l: PdfLine) =>
    `${l.y > l.pageHeight / 2 ? 'top' : 'bottom'}:${l.text.toLowerCase().replace(/\d+/g, '#')}`;
  const pagesWithShape = new Map<string, Set<number>>();
  for (const line of lines.filter(inMargin)) {
    const key = shape(line);
    pagesWithShape.set(key, (pagesWithShape.get(key) ?? new Set()).add(line.page));
  }
  const repeatsOn = Math.max(2, Math.ceil(pageCount * 0.4));
  return lines.filter((line) => {
    if (!inMargin(line)) return true;
    if (PAGE_NUMBER.test(line.text)) return false;
    return (pagesWithShape.get(shape(line))?.size ?? 0) < repeatsOn;
  });
}
