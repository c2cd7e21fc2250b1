import { printPaper, type PrintedBlock } from './print-paper';

/**
 * Long minutes, as a committee system prints them (see print-paper.ts): bold header lines
 * and item titles, body paragraphs, lists and a decision under every item, with "Page n of m"
 * on each page. Long enough (about 6 items a page) that two readers share its pages.
 */
export async function longMinutesPdf(items = 540): Promise<{ name: string; data: Uint8Array; pages: number }> {
  const blocks: PrintedBlock[] = [
    {
      kind: 'line',
      text: 'Minutes of the Meeting of the Scrutiny Board held on Thursday, 16 September 2021 at 10.00 am',
    },
    { kind: 'heading', level: 2, text: 'Present' },
    { kind: 'paragraph', text: 'Members: Councillor A Khan (Chair), Councillor B Lewis, Councillor C Morgan' },
  ];
  for (let n = 1; n <= items; n++) {
    blocks.push(
      { kind: 'heading', level: 3, text: `${n}. Report ${n} on the improvement plan` },
      {
        kind: 'paragraph',
        text: `The Board considered report ${n}, which set out progress on the improvement plan since the last meeting, the risks that remain and the spending so far against the budget agreed in March.`,
      },
      { kind: 'list-item', marker: '•', text: `Progress on action ${n} had been slower than planned.` },
      { kind: 'list-item', marker: '•', text: `The service would report again on action ${n} in the spring.` },
      {
        kind: 'paragraph',
        text: `RESOLVED that report ${n} be noted and the Director be asked to circulate the revised timetable.`,
      },
    );
  }
  const printed = await printPaper(blocks, {
    title: 'Minutes of the Scrutiny Board',
    author: 'The clerk',
    created: new Date('2021-09-20T09:00:00Z'),
    runningHeader: 'Minutes – Scrutiny Board – 16 September 2021',
  });
  return { name: 'Long minutes 16 September 2021.pdf', data: new Uint8Array(printed.data), pages: printed.pages };
}
