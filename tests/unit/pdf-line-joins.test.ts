import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../electron/importing/extract/pdf-blocks';
import type { PdfLine } from '../../electron/importing/extract/pdf-lines';

/** Lines of one page in the body font, 14 points apart; `right` is where each line stops. */
const page = (...lines: [string, number][]): PdfLine[] =>
  lines.map(([text, right], i) => ({
    page: 1,
    text,
    x: 50,
    y: 700 - i * 14,
    right,
    size: 11,
    font: 'body',
    pageHeight: 842,
  }));

/** A line of a printed web page in the body font at height `y`, 11 points; `right` is where it stops. */
const at = (text: string, y: number, right = 540): PdfLine => ({
  page: 1,
  text,
  x: 62,
  y,
  right,
  size: 11,
  font: 'body',
  pageHeight: 842,
});

describe('lines of a printed PDF joined into paragraphs', () => {
  it('spaces a paragraph’s number run into its first word, so that each numbered line starts its own part', () => {
    const blocks = linesToBlocks(
      page(
        ['26.001.It was resolved to elect Cllr Ash as committee chair for the year.', 540],
        ['26.002.Apologies were received from Cllr Birch.', 300],
        ['26.003.It was resolved to agree the siting of a donated bench in the Garden of Rest.', 540],
      ),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', '26.001. It was resolved to elect Cllr Ash as committee chair for the year.'],
      ['list-item', '26.002. Apologies were received from Cllr Birch.'],
      ['list-item', '26.003. It was resolved to agree the siting of a donated bench in the Garden of Rest.'],
    ]);
  });
  it('joins a line broken short to the next when that one ends on the next part’s marker', () => {
    const blocks = linesToBlocks(
      page(
        ['Decision: i. To approve the network map for submission to the Welsh', 420],
        ['Government; ii.', 130],
        ['To delegate authority to the Lead Officer to make minor amendments before submission.', 540],
        ['Reason for decision: to meet the deadline of 31 December.', 540],
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Decision: i. To approve the network map for submission to the Welsh Government; ii.',
      'To delegate authority to the Lead Officer to make minor amendments before submission. Reason for decision: to meet the deadline of 31 December.',
    ]);
  });

  it('ends a sentence on the year it wrapped onto, but keeps an item’s number on a line of its own apart', () => {
    const blocks = linesToBlocks(
      page(
        ['It was RESOLVED that the Council adopt the Statement of Principles with effect from 2 January', 540],
        ['2025.', 80],
        ['37.', 70],
        ['Treasury Management Strategy', 300],
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'It was RESOLVED that the Council adopt the Statement of Principles with effect from 2 January 2025.',
      '37.',
      'Treasury Management Strategy',
    ]);
  });

  it('joins a line broken short after "to" and a verb to the object on the next line', () => {
    const blocks = linesToBlocks(
      page(
        ['before deciding whether to consider any bid. Clerk to inform', 330],
        ['D Brace County Council.', 160],
        ['Apologies were received from Cllr Ash.', 300],
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'before deciding whether to consider any bid. Clerk to inform D Brace County Council.',
      'Apologies were received from Cllr Ash.',
    ]);
  });

  it('keeps a line broken short apart from a next line that starts a sentence of its own', () => {
    const blocks = linesToBlocks(
      page(['Apologies were received from Cllr Ash.', 300], ['Minutes of the last meeting were approved.', 540]),
    );
    expect(blocks).toHaveLength(2);
  });

  it('reads the line spacing of the text, not of a table’s short cells printed a few points apart', () => {
    const paragraph: PdfLine[] = [
      'The Committee reviewed the action log set out at the end of these minutes. Action 7, on the',
      'bus shelter audit, had been completed and was closed. Action 8 remained open while the',
      'enforcement data was checked. Members asked for the data to be reported to the next meeting, and',
      'the Parking Services Manager said that she would circulate it to all Members before then.',
    ].map((text, i) => ({
      page: 1,
      text,
      x: 50,
      y: 700 - i * 13.5,
      right: 540,
      size: 12,
      font: 'body',
      pageHeight: 842,
    }));
    // The action log: two columns of short cells, each a few points below its neighbour.
    const cells: PdfLine[] = Array.from({ length: 24 }, (_, i) => ({
      page: 1,
      text: i % 2 === 0 ? `Action ${i}` : 'Open',
      x: i % 2 === 0 ? 50 : 300,
      y: 500 - i * 6.5,
      right: i % 2 === 0 ? 120 : 330,
      size: 12,
      font: 'body',
      pageHeight: 842,
    }));
    const blocks = linesToBlocks([...paragraph, ...cells]);
    expect(blocks[0]?.text).toBe(
      'The Committee reviewed the action log set out at the end of these minutes. Action 7, on the bus shelter audit, had been completed and was closed. Action 8 remained open while the enforcement data was checked. Members asked for the data to be reported to the next meeting, and the Parking Services Manager said that she would circulate it to all Members before then.',
    );
  });

  it('keeps apart the one-line paragraphs of a printed web page, though gaps between paragraphs outnumber those between lines', () => {
    // Lines 14.3 points apart inside a paragraph, 22.5 between paragraphs; most paragraphs are one line.
    const blocks = linesToBlocks([
      at('RESOLVED:', 700, 124),
      at('That the minutes of the meeting held on 27 February 2017 be approved as a correct record.', 677.5, 508),
      at('CR38', 655, 90),
      at('Emergency Planning Framework', 632.5, 220),
      at('Minutes:', 610, 100),
      at('The Committee received a progress report on activity undertaken in relation to the emergency', 587.5),
      at('planning framework within the last six months.', 573.2, 300),
      at('i)', 550.7, 72),
      at('That the Committee was satisfied with the progress achieved.', 528.2, 360),
      at('ii)', 505.7, 74),
      at('That a further progress report be received in September 2017.', 483.2, 370),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'RESOLVED:',
      'That the minutes of the meeting held on 27 February 2017 be approved as a correct record.',
      'CR38',
      'Emergency Planning Framework',
      'Minutes:',
      'The Committee received a progress report on activity undertaken in relation to the emergency planning framework within the last six months.',
      'i) That the Committee was satisfied with the progress achieved.',
      'ii) That a further progress report be received in September 2017.',
    ]);
  });

  it('carries a sentence left open across a paragraph’s gap, but not into the next lettered or roman part', () => {
    const blocks = linesToBlocks([
      at('The Committee received a progress report on the work undertaken in relation to the emergency', 722.5),
      at('planning framework within the last six months and on the training of its members.', 708.2, 480),
      at('RESOLVED:', 685.7, 124),
      at('That the report be noted.', 663.2, 260),
      at('12.6.1 An amendment to a motion or recommendation must be relevant to the', 640.7, 500),
      at('motion or recommendation and will either be agreed or lost.', 618.2, 400),
      at('iii. Agreed that a special meeting be held in December; and', 595.7, 420),
      at('iv. Asked officers to prepare a briefing for all councils.', 573.2, 400),
      at('c)Membership renewal – Councillors agreed to renew. Majority vote', 550.7, 430),
      at('d)Invitation to the rural transport forum - received', 528.2, 380),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'The Committee received a progress report on the work undertaken in relation to the emergency planning framework within the last six months and on the training of its members.',
      'RESOLVED:',
      'That the report be noted.',
      '12.6.1 An amendment to a motion or recommendation must be relevant to the motion or recommendation and will either be agreed or lost.',
      'iii. Agreed that a special meeting be held in December; and',
      'iv. Asked officers to prepare a briefing for all councils.',
      'c)Membership renewal – Councillors agreed to renew. Majority vote',
      'd)Invitation to the rural transport forum - received',
    ]);
  });

  it('keeps a label’s dash on the next line with the label, not as a list’s bullet; a list after a sentence stays a list', () => {
    const blocks = linesToBlocks(
      page(
        ['The Committee received the communications report and asked about the reach of its leaflets.', 540],
        ['Members asked how leaflets are translated. ACTION', 330],
        ['– Democratic Services to ask about the translation policy.', 330],
        ['Members noted the following:', 260],
        ['– the bus timetable changes from May;', 300],
      ),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      [
        'paragraph',
        'The Committee received the communications report and asked about the reach of its leaflets. Members asked how leaflets are translated. ACTION – Democratic Services to ask about the translation policy.',
      ],
      ['paragraph', 'Members noted the following:'],
      ['list-item', 'the bus timetable changes from May;'],
    ]);
  });

  it('carries a part across a paragraph’s gap when it stopped on "the" or before its verb, and reads "ii." as a part', () => {
    // Lines 14.3 points apart inside a paragraph, 22.5 between paragraphs, as a printed web page sets them.
    const blocks = linesToBlocks([
      at('The Harbour Master presented the report on the harbour’s budget for the year, with the changes made', 759.1),
      at('to the reserves since the last meeting of the Committee and the use made of delegated powers', 744.8),
      at('in the year to date.', 730.5, 160),
      at('The Committee noted:', 708, 200),
      at('i. the revised outturn and the changes to the', 685.5, 330),
      at('Reserve (set out at appendix 1 to the report);', 663, 340),
      at('ii. the fall in the harbour reserves by the end of the year', 640.5, 400),
      at('(below the Committee’s agreed level); and', 618, 300),
      at('RESOLVED -', 595.5, 110),
      at('(a) That the amount of the budget left for the Inner West', 573, 400),
      at('Area Committee be noted.', 550.5, 200),
    ]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      [
        'paragraph',
        'The Harbour Master presented the report on the harbour’s budget for the year, with the changes made to the reserves since the last meeting of the Committee and the use made of delegated powers in the year to date.',
      ],
      ['paragraph', 'The Committee noted:'],
      ['list-item', 'i. the revised outturn and the changes to the Reserve (set out at appendix 1 to the report);'],
      [
        'list-item',
        'ii. the fall in the harbour reserves by the end of the year (below the Committee’s agreed level); and',
      ],
      ['paragraph', 'RESOLVED -'],
      ['list-item', '(a) That the amount of the budget left for the Inner West Area Committee be noted.'],
    ]);
  });

  it('does not run a part left open at the foot of a page into the next item’s number and title at the top of the next', () => {
    const blocks = linesToBlocks([
      at(
        '• Footpaths: the county has still not replied about the stile. A further letter was sent. Action – AA to',
        92,
      ),
      at('pursue', 78, 100),
      { ...at('6 Matters Arising', 762, 160), page: 2 },
      { ...at('The hall committee thanked the council for the new boiler.', 740), page: 2 },
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Footpaths: the county has still not replied about the stile. A further letter was sent. Action – AA to pursue',
      '6 Matters Arising',
      'The hall committee thanked the council for the new boiler.',
    ]);
  });
});
