import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { addPageFooters } from '../reports/pdf-footer';
import type { Question, QuestionWorkspace } from '../../shared/domain';

interface BriefSection {
  heading: string;
  questions: Question[];
}

function formatDate(iso: string | null): string {
  if (!iso) return 'date not given';
  return new Date(`${iso}T00:00:00Z`)
    .toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .replace(',', '');
}

export function briefTitle(workspace: QuestionWorkspace): string {
  return `My questions for ${workspace.committee}, ${formatDate(workspace.meetingDate)}`;
}

function sections(workspace: QuestionWorkspace): BriefSection[] {
  const result: BriefSection[] = workspace.items.map((item) => ({
    heading: `${item.number ? `${item.number}. ` : ''}${item.title}`,
    questions: workspace.questions.filter((q) => q.agendaItemId === item.id),
  }));
  result.push({ heading: 'Other questions', questions: workspace.questions.filter((q) => q.agendaItemId === null) });
  return result.filter((s) => s.questions.length > 0);
}

function source(q: Question): string {
  return [q.documentTitle, q.page ? `page ${q.page}` : null].filter(Boolean).join(', ');
}

const PRIORITY = { high: 'High priority', normal: '', low: 'Low priority' } as const;

export function briefMarkdown(workspace: QuestionWorkspace): string {
  const lines = [`# ${briefTitle(workspace)}`, ''];
  for (const section of sections(workspace)) {
    lines.push(`## ${section.heading}`, '');
    section.questions.forEach((q, i) => {
      const to = q.addressee ? ` *(to ${q.addressee})*` : '';
      lines.push(`${i + 1}. ${q.text}${to}${q.priority !== 'normal' ? ` – ${PRIORITY[q.priority]}` : ''}`);
      if (q.quote) lines.push('', `   > ${q.quote.replace(/\s+/g, ' ')}${source(q) ? ` (${source(q)})` : ''}`);
      lines.push('');
    });
  }
  if (workspace.questions.length === 0) lines.push('No questions yet.', '');
  return lines.join('\n');
}

export async function briefDocx(workspace: QuestionWorkspace): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ text: briefTitle(workspace), heading: HeadingLevel.TITLE })];
  for (const section of sections(workspace)) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    section.questions.forEach((q, i) => {
      children.push(
        new Paragraph({
          spacing: { before: 160 },
          children: [
            new TextRun({ text: `${i + 1}. ${q.text}`, bold: true }),
            ...(q.addressee ? [new TextRun({ text: `  (to ${q.addressee})`, italics: true })] : []),
            ...(q.priority !== 'normal' ? [new TextRun({ text: `  – ${PRIORITY[q.priority]}` })] : []),
          ],
        }),
      );
      if (q.quote) {
        children.push(
          new Paragraph({
            indent: { left: 567 },
            children: [
              new TextRun({ text: `“${q.quote.replace(/\s+/g, ' ')}”`, italics: true }),
              new TextRun(source(q) ? ` (${source(q)})` : ''),
            ],
          }),
        );
      }
    });
  }
  const document = new Document({ title: briefTitle(workspace), creator: 'Scrutineer', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

const MARGIN = 60;

/** A brief a councillor would hand to a colleague: title, items as headings, numbered questions, quotes with pages. */
export function briefPdf(workspace: QuestionWorkspace): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: briefTitle(workspace), Creator: 'Scrutineer' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.font('Helvetica-Bold').fontSize(19).fillColor('#0b0c0c').text(briefTitle(workspace));
  doc.moveDown(0.2).font('Helvetica').fontSize(10).fillColor('#505a5f').text(`${workspace.questions.length} questions`);
  for (const section of sections(workspace)) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(13).fillColor('#0b0c0c').text(section.heading);
    section.questions.forEach((q, i) => {
      if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
      doc
        .moveDown(0.5)
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor('#0b0c0c')
        .text(`${i + 1}.  ${q.text}`, { indent: 0 });
      const meta = [q.addressee ? `To: ${q.addressee}` : null, q.priority !== 'normal' ? PRIORITY[q.priority] : null]
        .filter(Boolean)
        .join('   ·   ');
      if (meta) doc.font('Helvetica').fontSize(9.5).fillColor('#505a5f').text(meta, { indent: 16 });
      if (q.quote) {
        const x = doc.x + 16;
        const top = doc.y + 3;
        doc
          .font('Times-Italic')
          .fontSize(10.5)
          .fillColor('#0b0c0c')
          .text(`“${q.quote.replace(/\s+/g, ' ')}”`, x + 8, top, {
            width: doc.page.width - MARGIN * 2 - 24,
          });
        doc.moveTo(x, top).lineTo(x, doc.y).strokeColor('#b1b4b6').lineWidth(2).stroke();
        if (source(q))
          doc
            .font('Helvetica')
            .fontSize(9)
            .fillColor('#505a5f')
            .text(source(q), x + 8);
        doc.x = MARGIN;
      }
    });
  }
  addPageFooters(doc, briefTitle(workspace), MARGIN);
  doc.end();
  return done;
}
