import PDFDocument from 'pdfkit';
import type { DocModel } from './library-plan';

const BODY = 11;
const MARGIN = { top: 72, bottom: 72, left: 64, right: 64 };

/**
 * A paper printed as councils' committee systems print them: A4, a running header
 * and "Page n of m" on every page, bold headings, bulleted and numbered lists,
 * wrapped and justified body text. pdfkit's standard fonts keep it quick.
 */
export function renderPdf(doc: DocModel, creationDate: Date): Promise<{ data: Buffer; pages: number }> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: doc.title, Author: 'Eastmoor City Council', CreationDate: creationDate, ModDate: creationDate },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const width = pdf.page.width - MARGIN.left - MARGIN.right;

  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'line': {
        // Header lines are printed on one line each, as the committee system prints them: a
        // wrapped "To: … date" line would join the next one and the paper would lose its title.
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
        pdf.font('Helvetica').fontSize(BODY).text(block.text, MARGIN.left, undefined, { width, align: 'justify' });
        pdf.moveDown(0.6);
        break;
      case 'list-item': {
        const marker = block.marker ?? '•';
        pdf.font('Helvetica').fontSize(BODY);
        if (pdf.y > pdf.page.height - MARGIN.bottom - BODY * 2) pdf.addPage();
        const y = pdf.y;
        pdf.text(marker, MARGIN.left + 6, y, { width: 24, lineBreak: false });
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
    pdf.text(doc.runningHeader, MARGIN.left, 36, { width, align: 'right', lineBreak: false });
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
