import type { ExtractedText } from '../blocks';
import { ImportProblem } from '../import-problem';
import { removePageFurniture } from './page-furniture';
import { loadPdfJs } from './load-pdfjs';
import { checkPdfStreamSizes } from './pdf-stream-size';
import { linesToBlocks } from './pdf-blocks';
import { groupIntoLines, type PdfLine } from './pdf-lines';
import { printedPageNumbers } from './printed-page-numbers';

export interface PdfProgress {
  (pagesDone: number, pageCount: number): void;
}

/** Text of a PDF as blocks, page by page, with pdf.js. */
export async function extractPdf(data: Uint8Array, onProgress: PdfProgress = () => undefined): Promise<ExtractedText> {
  await checkPdfStreamSizes(data);
  const { getDocument, InvalidPDFException } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException') {
      throw new ImportProblem(
        'unreadable-file',
        'it is protected by a password. Ask the clerk for a copy without one.',
      );
    }
    if (error instanceof InvalidPDFException) {
      throw new ImportProblem(
        'unreadable-file',
        'it is not a readable PDF: it may be damaged or only partly downloaded.',
      );
    }
    // pdf.js's own words ("Invalid number: > (charCode 62)") mean nothing to a member.
    throw new ImportProblem(
      'unreadable-file',
      'it could not be read as a PDF: it may be damaged or only partly downloaded.',
    );
  }
  try {
    const lines: PdfLine[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      let page;
      let content;
      try {
        page = await document.getPage(number);
        content = await page.getTextContent();
      } catch {
        throw new ImportProblem(
          'unreadable-file',
          `it is damaged: page ${number} of ${document.numPages} cannot be read. Ask the clerk for a fresh copy.`,
        );
      }
      const viewport = page.getViewport({ scale: 1 });
      const runs = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                text: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                width: item.width,
                size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
                font: item.fontName,
              },
            ]
          : [],
      );
      lines.push(...groupIntoLines(runs, number, viewport.height));
      page.cleanup();
      onProgress(number, document.numPages);
    }
    const pageCount = document.numPages;
    const pdfLabels = await document.getPageLabels().catch(() => null);
    const printedPages = printedPageNumbers(lines, pageCount, pdfLabels);
    const blocks = linesToBlocks(removePageFurniture(lines, pageCount));
    const warnings =
      blocks.length === 0
        ? ['This PDF has no text layer (it may be a scan), so it cannot be searched or annotated as text.']
        : [];
    return { blocks, pageCount, warnings, printedPages };
  } finally {
    await document.destroy();
  }
}
