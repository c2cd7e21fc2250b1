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

/**
 * Lets two readers (worker threads) share the pages of one PDF. Each claims a few pages
 * at a time until none are left; the reader that owns the file then gathers the lines of
 * the pages the other read.
 */
export interface PageShare {
  /** The next few pages for this reader (first and last), or null once every page is claimed. */
  claim(pageCount: number): [first: number, last: number] | null;
  /**
   * The lines of the pages others read, by page, once every page is either read here
   * (`ownPages`) or received; sooner if the helper stopped or failed, without the pages it
   * never sent. Their `font` names are the helper's own (see adoptLines).
   */
  othersLines(pageCount: number, ownPages: ReadonlySet<number>): Promise<Map<number, PdfLine[]>>;
}

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

/**
 * Text of a PDF as blocks, page by page, with pdf.js. With a `share`, another reader may
 * read some of the pages at the same time; the result is the same as reading them all here.
 */
export async function extractPdf(
  data: Uint8Array,
  onProgress: PdfProgress = () => undefined,
  share?: PageShare,
): Promise<ExtractedText> {
  await checkPdfStreamSizes(data);
  const document = await openPdf(data);
  try {
    const pageCount = document.numPages;
    /** The lines of each page read so far. */
    const pages = new Map<number, PdfLine[]>();
    const keep = (number: number, lines: PdfLine[]) => {
      pages.set(number, lines);
      onProgress(pages.size, pageCount);
    };
    const read = async (number: number) => keep(number, await readPage(document, number));
    if (share) {
      for (let claimed = share.claim(pageCount); claimed; claimed = share.claim(pageCount)) {
        for (let number = claimed[0]; number <= claimed[1]; number++) await read(number);
      }
      await adoptLines(await share.othersLines(pageCount, new Set(pages.keys())), pages, keep, read);
    }
    // Every page, or (with a share) any page a helper that failed did not send.
    for (let number = 1; number <= pageCount; number++) if (!pages.has(number)) await read(number);
    const lines = Array.from({ length: pageCount }, (_, index) => pages.get(index + 1) ?? []).flat();
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

/**
 * Helps another reader with the PDF it is reading: opens it here, reads the pages this
 * reader claims a few at a time, and hands each few over with `send`, until none are left.
 */
export async function helpReadPdf(
  data: Uint8Array,
  share: Pick<PageShare, 'claim'>,
  send: (pages: Map<number, PdfLine[]>) => void,
): Promise<void> {
  const document = await openPdf(data);
  try {
    for (let claimed = share.claim(document.numPages); claimed; claimed = share.claim(document.numPages)) {
      const pages = new Map<number, PdfLine[]>();
      for (let number = claimed[0]; number <= claimed[1]; number++) pages.set(number, await readPage(document, number));
      send(pages);
    }
  } finally {
    await document.destroy();
  }
}

/**
 * Takes in the lines a helper read. pdf.js names each font by the order in which that reader
 * first met it ("g_d3_f2"), so the helper's names mean nothing here: the same font has
 * another name, or another font the same name. Where a helper's page uses a font not yet
 * matched, that page is read here too and its lines, the same lines in the same order,
 * match each of the helper's fonts to this reader's. A document has a handful of fonts, so
 * a page or two is read twice. Should a page read here not be the page the helper sent,
 * its lines are all left out, to be read here.
 */
async function adoptLines(
  theirs: Map<number, PdfLine[]>,
  pages: Map<number, PdfLine[]>,
  keep: (number: number, lines: PdfLine[]) => void,
  read: (number: number) => Promise<void>,
): Promise<void> {
  /** Each of the helper's font names, as this reader names the font. */
  const fonts = new Map<string, string>();
  for (const [number, lines] of [...theirs].sort((a, b) => a[0] - b[0])) {
    if (lines.every((line) => fonts.has(line.font))) {
      keep(
        number,
        lines.map((line) => ({ ...line, font: fonts.get(line.font) as string })),
      );
      continue;
    }
    await read(number);
    const own = pages.get(number) as PdfLine[];
    if (own.length !== lines.length || own.some((line, index) => line.text !== lines[index]?.text)) return;
    lines.forEach((line, index) => fonts.set(line.font, (own[index] as PdfLine).font));
  }
}

async function openPdf(data: Uint8Array): Promise<PdfDocument> {
  const { getDocument, InvalidPDFException } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
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
}

/** One page's text as lines: pdf.js's runs of text, grouped by baseline. */
async function readPage(document: PdfDocument, number: number): Promise<PdfLine[]> {
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
  const lines = groupIntoLines(runs, number, viewport.height);
  page.cleanup();
  return lines;
}
