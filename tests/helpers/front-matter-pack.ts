import PDFDocument from 'pdfkit';

export interface FrontMatterPackOptions {
  /** Write the page numbers as the PDF's own page labels too (as InDesign and Acrobat can). */
  pageLabels?: boolean;
  /** Pages of the body, each numbered "Page n" in its footer. */
  bodyPages?: number;
}

/** The words printed on body page `n` ("3" is on PDF page 6), so tests can find it. */
export const bodyPageText = (n: number) =>
  `Paragraph ${n}.1 of the report on the page numbered ${n} in print. The committee is asked to note the spending on highways maintenance shown on this page.`;

/**
 * A meeting pack as a council's print room makes one: an unnumbered cover (with the year
 * in its footer), two pages of contents numbered "ii" and "iii", then the reports, each
 * page with "Page n" in its footer and the committee's name in its header. So the printed
 * "3" is on PDF page 6. A body page also has a stray number in its footer band (a table
 * reference) that must not be taken for its page number.
 */
export function frontMatterPack(options: FrontMatterPackOptions = {}): Promise<Buffer> {
  const bodyPages = options.bodyPages ?? 6;
  const created = new Date('2025-01-30T10:00:00Z');
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 64, right: 64 },
    autoFirstPage: false,
    info: { Title: 'Highways Scrutiny Committee pack', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const footer = (text: string) => {
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(text, 64, pdf.page.height - 40, { width: pdf.page.width - 128, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  };
  const header = () =>
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text('Highways Scrutiny Committee – 30 January 2025', 64, 36, { lineBreak: false });

  pdf.addPage();
  pdf.font('Helvetica-Bold').fontSize(20).text('Highways Scrutiny Committee', 64, 200);
  pdf.font('Helvetica').fontSize(12).text('Thursday, 30 January 2025 at 10.00 am');
  pdf.text('Council Chamber, Sessions House');
  footer('2025');

  for (const [i, roman] of ['ii', 'iii'].entries()) {
    pdf.addPage();
    header();
    pdf
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(i === 0 ? 'Contents' : 'Contents (continued)', 64, 100);
    pdf
      .font('Helvetica')
      .fontSize(11)
      .text(`${i + 1}. Apologies and substitutes – page 1`);
    pdf.text(`${i + 2}. Highways maintenance report – page 2`);
    footer(roman);
  }

  for (let n = 1; n <= bodyPages; n++) {
    pdf.addPage();
    header();
    pdf.font('Helvetica-Bold').fontSize(13).text(`Report section ${n}`, 64, 100);
    pdf
      .font('Helvetica')
      .fontSize(11)
      .text(bodyPageText(n), { width: pdf.page.width - 128 });
    pdf.moveDown();
    pdf.text('Members asked for the figures to be broken down by district for the next meeting.');
    if (n === 2) {
      // A table's number near the foot of the page: not furniture.
      pdf.text('Table', 64, pdf.page.height - 110, { lineBreak: false });
      pdf.text('12', 64, pdf.page.height - 96, { lineBreak: false });
    }
    footer(`Page ${n}`);
  }

  if (options.pageLabels) {
    // /PageLabels in the catalogue: roman from PDF page 1, arabic from PDF page 4.
    const root = (pdf as unknown as { _root: { data: Record<string, unknown> } })._root;
    root.data.PageLabels = { Nums: [0, { S: 'r' }, 3, { S: 'D' }] };
  }
  pdf.end();
  return new Promise((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
