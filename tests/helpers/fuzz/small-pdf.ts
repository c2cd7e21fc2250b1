import PDFDocument from 'pdfkit';

/**
 * A two-page minutes PDF in the standard fonts, made the same way every time
 * (fixed dates): small, so pdf.js reads each damaged copy in milliseconds.
 */
export function smallMinutesPdf(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.font('Helvetica-Bold').fontSize(16).text('Scrutiny Board (2)');
  doc.font('Helvetica').fontSize(11).text('Minutes of the meeting held on 16 September 2021 at 10.00 am');
  doc.moveDown().font('Helvetica-Bold').text('1. Apologies');
  doc.font('Helvetica').text('Apologies for absence were received from Councillor Smith.');
  doc.moveDown().font('Helvetica-Bold').text('2. Children’s Services Improvement Plan');
  doc.font('Helvetica').text('RESOLVED that the Board:');
  doc.text('1) Notes the progress made against the improvement plan.');
  doc.text('2) Requests that officers report back to the next meeting with the figures for 2021.');
  doc.addPage().font('Helvetica-Bold').text('3. Work Programme');
  doc.font('Helvetica').text('The Board agreed to add a report on school place planning to its work programme.');
  doc.end();
  return done;
}
