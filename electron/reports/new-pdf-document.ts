/**
 * A new PDFKit document. PDFKit is loaded when the first report or brief is saved as PDF,
 * not when the app starts (it takes over a tenth of a second to load).
 */
export async function newPdfDocument(options: PDFKit.PDFDocumentOptions): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  return new PDFDocument(options);
}
