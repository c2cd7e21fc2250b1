import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { paperBlocks } from './paper-format';

const BODY = 11;
const MARGIN = { top: 72, bottom: 72, left: 64, right: 64 };

/** One PDF per distinct paper for the whole test process: pdfkit is quick, but not free. */
const cache = new Map<string, Promise<Buffer>>();

/**
 * A paper printed as a committee system prints it: A4, bold header lines, headings,
 * justified paragraphs, lists, and a running header with "Page n of m". The dates
 * inside are fixed so the same text always gives the same bytes.
 */
export function paperPdf(title: string, text: string, printedOn: string): Promise<Buffer> {
  const key = createHash('sha256').update(`${title}\0${printedOn}\0${text}`).digest('hex');
  let pdf = cache.get(key);
  if (!pdf) {
    pdf = render(title, text, new Date(`${printedOn}T09:00:00Z`));
    cache.set(key, pdf);
  }
  return pdf;
}

function render(title: string, text: string, printed: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: 'Coventry City Council', CreationDate: printed, ModDate: printed },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const width = pdf.page.width - MARGIN.left - MARGIN.right;

  for (const block of paperBlocks(text)) {
    switch (block.kind) {
      case 'line': {
        // A header line never wraps: a wrapped "Minutes of the Meeting of …" would lose its committee.
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
        pdf.font('Helvetica').fontSize(BODY).text(block.text, MARGIN.left, undefined, { width, align: 'left' });
        pdf.moveDown(0.6);
        break;
      case 'list-item': {
        pdf.font('Helvetica').fontSize(BODY);
        if (pdf.y > pdf.page.height - MARGIN.bottom - BODY * 2) pdf.addPage();
        const y = pdf.y;
        pdf.text(block.marker, MARGIN.left + 6, y, { width: 24, lineBreak: false });
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
    pdf.text(`Page ${i + 1} of ${range.count}`, MARGIN.left, pdf.page.height - 44, {
      width,
      align: 'center',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return new Promise((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
