import type { Paragraph } from 'docx';
import { newPdfDocument } from '../reports/new-pdf-document';
import { addPageFooters } from '../reports/pdf-footer';
import type { Question, QuestionWorkspace } from '../../shared/domain';
import { leftOutSentence } from '../library/queries/confidential';
import { pageName } from '../../shared/page-names';

interface BriefSection {
  heading: string;
  questions: Question[];
}

/** What a brief says about confidential questions: the warning when any are in it, or how many were left out. */
export interface BriefNotices {
  leftOut: number;
}

const WARNING = 'CONFIDENTIAL – contains exempt information, not for publication.';
const MARK = 'CONFIDENTIAL';

function hasConfidential(workspace: QuestionWorkspace): boolean {
  return workspace.questions.some((q) => q.confidential);
}

function leftOutText(notices: BriefNotices): string {
  return leftOutSentence(notices.leftOut, 'question', 'questions');
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
    heading: `${item.number ? `${item.number}. ` : ''}${item.title}${item.confidential ? ` – ${MARK}` : ''}`,
    questions: workspace.questions.filter((q) => q.agendaItemId === item.id),
  }));
  result.push({ heading: 'Other questions', questions: workspace.questions.filter((q) => q.agendaItemId === null) });
  return result.filter((s) => s.questions.length > 0);
}

function source(q: Question): string {
  return [q.documentTitle, q.page ? pageName(q.page, q.printedPage) : null].filter(Boolean).join(', ');
}

const PRIORITY = { high: 'High priority', normal: '', low: 'Low priority' } as const;

export function briefMarkdown(workspace: QuestionWorkspace, notices: BriefNotices = { leftOut: 0 }): string {
  const lines = [`# ${briefTitle(workspace)}`, ''];
  if (hasConfidential(workspace)) lines.push(`**${WARNING}**`, '');
  for (const section of sections(workspace)) {
    lines.push(`## ${section.heading}`, '');
    section.questions.forEach((q, i) => {
      const to = q.addressee ? ` *(to ${q.addressee})*` : '';
      const mark = q.confidential ? `**${MARK}** ` : '';
      lines.push(`${i + 1}. ${mark}${q.text}${to}${q.priority !== 'normal' ? ` – ${PRIORITY[q.priority]}` : ''}`);
      if (q.quote) lines.push('', `   > ${q.quote.replace(/\s+/g, ' ')}${source(q) ? ` (${source(q)})` : ''}`);
      lines.push('');
    });
  }
  if (workspace.questions.length === 0) lines.push('No questions yet.', '');
  if (notices.leftOut > 0) lines.push(`*${leftOutText(notices)}*`, '');
  return lines.join('\n');
}

export async function briefDocx(
  workspace: QuestionWorkspace,
  notices: BriefNotices = { leftOut: 0 },
): Promise<Uint8Array> {
  // Loaded when a brief is first written, not while the library opens.
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const children: Paragraph[] = [new Paragraph({ text: briefTitle(workspace), heading: HeadingLevel.TITLE })];
  if (hasConfidential(workspace))
    children.push(new Paragraph({ children: [new TextRun({ text: WARNING, bold: true })] }));
  for (const section of sections(workspace)) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    section.questions.forEach((q, i) => {
      children.push(
        new Paragraph({
          spacing: { before: 160 },
          children: [
            new TextRun({ text: `${i + 1}. ${q.confidential ? `${MARK}: ` : ''}${q.text}`, bold: true }),
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
  if (notices.leftOut > 0)
    children.push(new Paragraph({ children: [new TextRun({ text: leftOutText(notices), italics: true })] }));
  const document = new Document({ title: briefTitle(workspace), creator: 'Scrutineer', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

const MARGIN = 60;

/** A brief a councillor would hand to a colleague: title, items as headings, numbered questions, quotes with pages. */
export async function briefPdf(
  workspace: QuestionWorkspace,
  notices: BriefNotices = { leftOut: 0 },
): Promise<Uint8Array> {
  const doc = await newPdfDocument({
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
  if (hasConfidential(workspace))
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).fillColor('#b10e1e').text(WARNING);
  if (notices.leftOut > 0)
    doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#505a5f').text(leftOutText(notices));
  for (const section of sections(workspace)) {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(13).fillColor('#0b0c0c').text(section.heading);
    section.questions.forEach((q, i) => {
      if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
      doc
        .moveDown(0.5)
        .font('Helvetica-Bold')
        .fontSize(11)
        .fillColor('#0b0c0c')
        .text(`${i + 1}.  ${q.confidential ? `${MARK}: ` : ''}${q.text}`, { indent: 0 });
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
