/**
 * How a page is named to the member: by the pack's own printed number ("page 47",
 * "page iv"), as the chair will call it in the meeting, or by its place in the PDF
 * ("PDF page 5") where no number is printed on it.
 */
export function pageName(page: number, printed: string | null | undefined): string {
  return printed ? `page ${printed}` : `PDF page ${page}`;
}

/** The same, at the start of a sentence or as a label: "Page 47", "PDF page 5". */
export function PageName(page: number, printed: string | null | undefined): string {
  const name = pageName(page, printed);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The PDF page a member means by what they typed in "Go to page": a printed number
 * ("47", "iv") first, then "PDF page 5" or "p5" or a bare number as the PDF's page.
 * null if no page of the paper is meant.
 */
export function pageForInput(
  input: string,
  printedPages: readonly (string | null)[],
  pageCount: number,
): number | null {
  const typed = input
    .trim()
    .toLowerCase()
    .replace(/^page\s+/, '');
  if (typed === '') return null;
  const printed = printedPages.findIndex((label) => label !== null && label.toLowerCase() === typed);
  if (printed >= 0) return printed + 1;
  const pdf = /^(?:pdf\s*(?:page\s*)?|p\.?\s*)?(\d{1,5})$/.exec(typed);
  const number = pdf ? Number(pdf[1]) : NaN;
  return number >= 1 && number <= pageCount ? number : null;
}
