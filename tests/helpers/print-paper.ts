import PDFDocument from 'pdfkit';

const BODY = 11;
const MARGIN = { top: 72, bottom: 72, left: 64, right: 64 };

export interface PrintedBlock {
  kind: 'line' | 'heading' | 'paragraph' | 'list-item';
  text: string;
  level?: number;
  /** For list items: "1)" or "•". */
  marker?: string;
}

export interface PrintOptions {
  title: string;
  author: string;
  /** Fixed, so the same paper always gives the same bytes. */
  created: Date;
  /** Printed at the top right of every page, when given. */
  runningHeader?: string;
  align?: 'left' | 'justify';
}

/**
 * A paper printed as councils' committee systems print them, for the tests and the
 * benchmark: A4, bold header lines that never wrap, headings, paragraphs, lists, and
 * "Page n of m" on every page. pdfkit's standard fonts keep it quick.
 */
export function printPaper(blocks: PrintedBlock[], options: PrintOptions): Promise<{ data: Buffer; pages: number }> {
  const { title, author, created, runningHeader, align = 'left' } = options;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: author, CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const width = pdf.page.width - MARGIN.left - MARGIN.right;

  for (const block of blocks) {
    switch (block.kind) {
      case 'line': {
        // A wrapped "To: … date" or "Minutes of the Meeting of …" line would join the next one
        // and the paper would lose its title or committee.
        pdf.font('Helvetica-Bold').fontSize(11);
        const size = Math.min(11, (11 * width) / pdf.widthOfString(block.text));
        pdf.fontSize(size).text(block.text, MARGIN.left, undefined, { width, lineBreak: false });
        pdf.moveDown(0.5);
        break;
      }
      case 'heading': {
        const size = block.level === 1 ? 16 : block.level === 2 ? 14 : 12;
        pdf.moveDown(0.6);
        pdf.font('Helvetica-Bold').fontSize(size).text(block.text, MARGIN.left, undefined, { width });
        pdf.moveDown(0.3);
        break;
      }
      case 'paragraph':
        pdf.font('Helvetica').fontSize(BODY).text(block.text, MARGIN.left, undefined, { width, align });
        pdf.moveDown(0.6);
        break;
      case 'list-item': {
        pdf.font('Helvetica').fontSize(BODY);
        if (pdf.y > pdf.page.height - MARGIN.bottom - BODY * 2) pdf.addPage();
        const y = pdf.y;
        pdf.text(block.marker ?? '•', MARGIN.left + 6, y, { width: 24, lineBreak: false });
        pdf.text(block.text, MARGIN.left + 30, y, { width: width - 30 });
        pdf.moveDown(0.3);
        break;
      }
    }
  }

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica').fontSize(8);
    if (runningHeader) pdf.text(runningHeader, MARGIN.left, 36, { width, align: 'right', lineBreak: false });
    pdf.text(`Page ${i + 1} of ${range.count}`, MARGIN.left, pdf.page.height - 44, {
      width,
      align: 'center',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return new Promise((resolve, reject) => {
    pdf.on('end', () => resolve({ data: Buffer.concat(chunks), pages: range.count }));
    pdf.on('error', reject);
  });
}
