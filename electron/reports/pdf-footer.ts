/** "<title> – page N of M" at the foot of every page of a buffered pdfkit document. */
export function addPageFooters(doc: PDFKit.PDFDocument, title: string, margin: number): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor('#505a5f')
      .text(`${title} – page ${i + 1} of ${range.count}`, margin, doc.page.height - margin + 16, {
        width: doc.page.width - margin * 2,
        align: 'center',
        lineBreak: false,
      });
  }
}
