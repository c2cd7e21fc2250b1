import { newPdfDocument } from '../../reports/new-pdf-document';
import { addPageFooters } from '../../reports/pdf-footer';
import {
  ageText,
  CONFIDENTIAL_WARNING,
  dueText,
  KIND_NAMES,
  latestUpdateText,
  leftOutText,
  ragText,
  responseText,
  type OutstandingReport,
} from './outstanding-data';

const MARGIN = 56;
const INK = '#0b0c0c';
const MUTED = '#505a5f';
const RULE = '#b1b4b6';
const CONFIDENTIAL = '#b10e1e';
/** Dark enough to read as text on white paper (WCAG AA), and named beside the colour. */
const RAG_INK = { red: '#b10e1e', amber: '#8a4b00', green: '#00703c' } as const;

/** The report as a printable A4 PDF, laid out like a committee paper. */
export async function outstandingPdf(report: OutstandingReport): Promise<Uint8Array> {
  const doc = await newPdfDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: report.title, Creator: 'Scrutineer' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  const width = doc.page.width - MARGIN * 2;

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(report.title);
  doc.moveDown(0.3);
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor(MUTED)
    .text(`${report.committee ? `${report.committee}. ` : ''}${report.count} outstanding, as at ${report.produced}.`);
  if (report.includesConfidential)
    doc.moveDown(0.3).font('Helvetica-Bold').fillColor(CONFIDENTIAL).text(CONFIDENTIAL_WARNING);
  if (report.leftOut > 0) doc.moveDown(0.3).font('Helvetica').fillColor(MUTED).text(leftOutText(report));
  if (report.count === 0) doc.moveDown().font('Helvetica').fillColor(INK).text('Nothing is outstanding.');

  for (const meeting of report.meetings) {
    doc.moveDown(1.2);
    doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(meeting.heading);
    for (const item of meeting.items) {
      doc.moveDown(0.6);
      doc.font('Helvetica-Bold').fontSize(11.5).fillColor(INK).text(item.heading);
      for (const r of item.rows) {
        if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
        doc.moveDown(0.4);
        const top = doc.y;
        doc
          .moveTo(MARGIN, top)
          .lineTo(MARGIN + width, top)
          .strokeColor(RULE)
          .lineWidth(0.5)
          .stroke();
        doc.moveDown(0.3);
        if (r.confidential) doc.font('Helvetica-Bold').fontSize(9.5).fillColor(CONFIDENTIAL).text('CONFIDENTIAL');
        doc
          .font('Helvetica-Bold')
          .fontSize(10.5)
          .fillColor(INK)
          .text(`${r.reference}  ${KIND_NAMES[r.kind]}: `, { continued: true });
        doc.font('Helvetica').text(r.text);
        doc
          .fontSize(9.5)
          .fillColor(MUTED)
          .text(
            `Owner: ${r.owner ?? 'not named'}   ·   Due: ${dueText(r)}   ·   Open for ${ageText(r.daysOpen)}   ·   ${r.status === 'in-progress' ? 'In progress' : 'Open'}`,
          );
        doc.text('RAG: ', { continued: true });
        doc
          .font('Helvetica-Bold')
          .fillColor(r.rag ? RAG_INK[r.rag] : MUTED)
          .text(ragText(r), { continued: true });
        doc
          .font('Helvetica')
          .fillColor(MUTED)
          .text(`   ·   Executive response: ${responseText(r)}`);
        if (r.executiveResponse?.text) doc.text(`“${r.executiveResponse.text}”`);
        doc.text(`Latest update: ${latestUpdateText(r)}`);
      }
    }
  }
  addPageFooters(doc, report.title, MARGIN);
  doc.end();
  return done;
}
