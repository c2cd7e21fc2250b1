import type { Paragraph, Table } from 'docx';
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

/** The report as a Word document the clerk can put straight into the next agenda pack. */
export async function outstandingDocx(report: OutstandingReport): Promise<Uint8Array> {
  // Loaded when a report is first written, not while the library opens.
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } =
    await import('docx');
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] }),
      ),
    });
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun(
          `${report.committee ? `${report.committee}. ` : ''}${report.count} outstanding, as at ${report.produced}.`,
        ),
      ],
    }),
  ];
  if (report.includesConfidential) {
    body.push(new Paragraph({ children: [new TextRun({ text: CONFIDENTIAL_WARNING, bold: true })] }));
  }
  if (report.leftOut > 0)
    body.push(new Paragraph({ children: [new TextRun({ text: leftOutText(report), italics: true })] }));
  if (report.count === 0) body.push(new Paragraph('Nothing is outstanding.'));
  for (const meeting of report.meetings) {
    body.push(new Paragraph({ text: meeting.heading, heading: HeadingLevel.HEADING_1 }));
    for (const item of meeting.items) {
      body.push(new Paragraph({ text: item.heading, heading: HeadingLevel.HEADING_2 }));
      body.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            row(['Ref', 'Recommendation or action', 'Owner', 'Due', 'RAG', 'Response', 'Latest update'], true),
            ...item.rows.map((r) =>
              row([
                r.reference,
                `${r.confidential ? 'CONFIDENTIAL – ' : ''}${KIND_NAMES[r.kind]}: ${r.text}`,
                r.owner ?? 'not named',
                `${dueText(r)}; open for ${ageText(r.daysOpen)}`,
                ragText(r),
                `${responseText(r)}${r.executiveResponse?.text ? `: “${r.executiveResponse.text}”` : ''}`,
                latestUpdateText(r),
              ]),
            ),
          ],
        }),
      );
    }
  }
  body.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ text: 'Produced by Scrutineer', italics: true })],
    }),
  );
  const document = new Document({ title: report.title, creator: 'Scrutineer', sections: [{ children: body }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
