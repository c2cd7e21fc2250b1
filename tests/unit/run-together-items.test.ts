import { describe, expect, it } from 'vitest';
import { findAgendaItems } from '../../electron/importing/structure/agenda-items';
import { ITEM_CODE_SHAPES, splitRunTogetherItems } from '../../electron/importing/structure/run-together-items';
import type { RawBlock } from '../../electron/importing/blocks';

const paragraphs = (...texts: string[]): RawBlock[] => texts.map((text) => ({ kind: 'paragraph', text, page: null }));
/** Each item's number and its title's first words. */
const itemsOf = (blocks: RawBlock[]) =>
  findAgendaItems(splitRunTogetherItems(blocks), false).map(
    (i) => `${i.number} ${i.title.split(' ').slice(0, 2).join(' ')}`,
  );

describe('minutes printed as one run of text: each item’s number starts its own block', () => {
  it.each([
    [
      ITEM_CODE_SHAPES[0]?.shape,
      'Minutes of the Parish Council 12 March 2024 24.011 Apologies for absence. Cllr Ash sent apologies. 24.012 Declarations of Interest None were made. Clerk 24.013 Village Hall It was resolved to renew the lease.',
      ['24.011 Apologies for', '24.012 Declarations of', '24.013 Village Hall'],
    ],
    [
      ITEM_CODE_SHAPES[1]?.shape,
      'Present: Cllrs Ash and Birch. 41/23 APOLOGIES None. 42/23 MINUTES were approved. 43/23 PLAYING FIELD The Clerk to order new goal posts.',
      ['41/23 APOLOGIES None.', '42/23 MINUTES were', '43/23 PLAYING FIELD'],
    ],
    [
      `${ITEM_CODE_SHAPES[1]?.shape}, with a point before the stroke`,
      'Present: Cllrs Ash and Birch. 1./26 ELECTION OF CHAIR RESOLVED that Cllr Ash be elected. 2./26 APPOINTMENT OF VICE CHAIR RESOLVED that Cllr Birch be appointed. 3./26 ACCEPTANCE OF OFFICE The forms were signed.',
      ['1./26 ELECTION OF', '2./26 APPOINTMENT OF', '3./26 ACCEPTANCE OF'],
    ],
    [
      `${ITEM_CODE_SHAPES[1]?.shape}, with the body's letters before it`,
      'Present: the Mayor and Cllrs Ash and Birch. CA 41/23 APOLOGIES None were received. CA 42/23 MINUTES were approved. CA 43/23 TRANSPORT PLAN The plan was agreed.',
      ['CA 41/23 APOLOGIES None', 'CA 42/23 MINUTES were', 'CA 43/23 TRANSPORT PLAN'],
    ],
    [
      `${ITEM_CODE_SHAPES[1]?.shape}, with a committee's letters after it`,
      'Present: Cllrs Ash and Birch. 12/24PD Apologies for absence None were received. 13/24PD Declarations of interest None. 14/24PD Planning applications No objection was raised.',
      ['12/24PD Apologies for', '13/24PD Declarations of', '14/24PD Planning applications'],
    ],
    [
      ITEM_CODE_SHAPES[2]?.shape,
      'Annual Meeting 2021 – 031 Election of Chair Cllr Ash was elected. 2021 – 032 Apologies None. 2021 – 033 Footpaths The stile is broken.',
      ['2021 – 031 Election of', '2021 – 032 Apologies None.', '2021 – 033 Footpaths The'],
    ],
    [
      ITEM_CODE_SHAPES[3]?.shape,
      'Present: the Chairman and Mr Dale. C.210 Standing Orders The Clerk reported the changes. C.211 Drains The pump was serviced. C.212 Finance The accounts were approved.',
      ['C.210 Standing Orders', 'C.211 Drains The', 'C.212 Finance The'],
    ],
    [
      ITEM_CODE_SHAPES[4]?.shape,
      'Present: Councillors Ash and Birch. 88. DECLARATIONS OF INTEREST There were none. 89. PLANNING APPLICATIONS No objection was raised. 90. ANY OTHER BUSINESS None.',
      ['88 DECLARATIONS OF', '89 PLANNING APPLICATIONS', '90 ANY OTHER'],
    ],
    [
      ITEM_CODE_SHAPES[8]?.shape,
      'Present: Cllrs Ash and Birch. 272/PC/19 – Public Session No comments. 273/PC/19 – Apologies for Absence Cllr Cedar. 274/PC/19 – Declarations of interest None.',
      ['272/PC/19 Public Session', '273/PC/19 Apologies for', '274/PC/19 Declarations of'],
    ],
    [
      ITEM_CODE_SHAPES[7]?.shape,
      'Present: Cllrs Ash and Birch. ITEM 1 APOLOGIES None. ITEM 2 MINUTES were approved. ITEM 3 PLAYING FIELD The Clerk to order goal posts.',
      ['1 APOLOGIES None.', '2 MINUTES were', '3 PLAYING FIELD'],
    ],
    [
      ITEM_CODE_SHAPES[6]?.shape,
      'Present: Cllrs Ash and Birch. FG 6093 Resolved unanimously to approve the minutes. FG 6094 Resolved to approve the grant. FG 6095 Resolved to note the accounts.',
      ['FG 6093 Resolved unanimously', 'FG 6094 Resolved to', 'FG 6095 Resolved to'],
    ],
    [
      ITEM_CODE_SHAPES[5]?.shape,
      'Present: Cllrs Ash (Chair) and Birch. 1. Apologies for absence: Cllr Cedar sent apologies. 2. Vacancies • To co-opt a member Resolved: to co-opt Ms Dale. 3. Minutes: The minutes were approved. 4. Highways: The Clerk to report the pothole.',
      ['1 Apologies for', '2 Vacancies •', '3 Minutes', '4 Highways: The'],
    ],
    [
      `${ITEM_CODE_SHAPES[5]?.shape}, or a title, its full stop and the keyword`,
      'Present: Cllrs Ash and Birch. The meeting was recorded. 1. Election of Chair. RESOLVED: That Cllr Ash be elected. 2. Election of Vice-Chair. RESOLVED: That Cllr Birch be elected. 3. Apologies for absence: None. 4. Playing field. RESOLVED: To buy a new bench.',
      ['1 Election of', '2 Election of', '3 Apologies for', '4 Playing field'],
    ],
    [
      ITEM_CODE_SHAPES[10]?.shape,
      'Present: Provost Ash and Councillors Birch and Cedar. 1 Declarations of Interest No declarations were made. 2 Order of Business The Clerk advised of an extra item. 3 Minutes of Council The Minutes were approved.',
      ['1 Declarations of', '2 Order of', '3 Minutes of'],
    ],
    [
      ITEM_CODE_SHAPES[9]?.shape,
      'Present: Cllrs Ash and Birch. TC2101 Apologies There were none TC2102 Election of Mayor Proposed: Ann Ash Seconded: Ben Birch Cai Cole was elected TC2103 Standing Orders Proposed: Cai Cole Seconded: Dan Dale Carried unanimously',
      ['TC2101 Apologies There', 'TC2102 Election of', 'TC2103 Standing Orders'],
    ],
    [
      `${ITEM_CODE_SHAPES[4]?.shape}, after a bracket`,
      'Licensing Forum – [04 June 2013] 1. FORUM MEMBERSHIP It was noted that Mr Ash had resigned. 2. MINUTES OF THE LAST MEETING The minutes were agreed. 3. MATTERS ARISING None.',
      ['1 FORUM MEMBERSHIP', '2 MINUTES OF', '3 MATTERS ARISING'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(itemsOf(paragraphs(text))).toEqual(expected);
  });

  it('counts the number after a code’s letters, and a code run into a title in capitals', () => {
    const lettered = paragraphs(
      'The meeting began at 7pm. K12/25 Apologies Cllr Ash. K13/25 Declarations of Interest None. K14/25 Allotments The rent will rise by £5.',
    );
    expect(itemsOf(lettered)).toEqual(['K12/25 Apologies Cllr', 'K13/25 Declarations of', 'K14/25 Allotments The']);
    const runInto = paragraphs(
      '508/01APOLOGIES Cllr Ash sent apologies. 508/02MINUTES Approved. 508/03BUS SHELTER The Clerk will order a new one.',
    );
    expect(itemsOf(runInto)).toEqual(['508/01 APOLOGIES Cllr', '508/02 MINUTES Approved.', '508/03 BUS SHELTER']);
  });

  it('gives an item cut from the run its first words when no title stands out', () => {
    const run = paragraphs(
      'Present: Cllrs Ash and Birch. 25.104 Village Hall roof Three quotes were considered. It was RESOLVED to accept the lowest. 25.105 Footpaths None. 25.106 Planning Application 251044 Land at Mill Farm, erection of a barn. No objection.',
    );
    expect(findAgendaItems(splitRunTogetherItems(run), false).map((i) => [i.number, i.title])).toEqual([
      ['25.104', 'Village Hall roof Three quotes were considered'],
      ['25.105', 'Footpaths None.'],
      ['25.106', 'Planning Application 251044 Land at Mill'],
    ]);
  });

  it('reads a code that counts at the start of each line as the item’s number, however it is written', () => {
    const laidOut = paragraphs(
      '43.19 Apologies',
      'None.',
      '44.19 Minutes',
      'Approved.',
      '45.19 Planning',
      'No objection.',
    );
    expect(itemsOf(laidOut)).toEqual(['43.19 Apologies', '44.19 Minutes', '45.19 Planning']);
  });

  it('does not take a section’s first paragraphs or a run of dates for items', () => {
    const sections = paragraphs(
      '1.1 Cllr Ash was proposed as Chair.',
      '1.2 Resolved – That Cllr Ash is elected Chair.',
      '2.1 Cllr Birch was proposed as Vice-Chair.',
      '2.2 Resolved – That Cllr Birch is elected Vice-Chair.',
      '3.1 Resolved – That the Committee appoints its members.',
    );
    expect(splitRunTogetherItems(sections)).toEqual(sections);
    const dates = paragraphs(
      'Surgeries: 12/03/2019 Tuesday at the hall. 13/03/2019 Wednesday at the library. 14/03/2019 Thursday online.',
    );
    expect(splitRunTogetherItems(dates)).toEqual(dates);
  });

  it('leaves alone a paper laid out line by line, figures in prose, and a decision’s numbered parts', () => {
    const laidOut = paragraphs('24.011 Apologies for absence', 'None.', '24.012 Declarations of Interest', 'None.');
    expect(splitRunTogetherItems(laidOut)).toEqual(laidOut);
    const prose = paragraphs(
      'The grant of 12.50 was paid. The hall costs 13.75 Members agreed. In 2021 – 22 Cllr Ash served. RESOLVED: 1. That the report be noted. 2. That the Clerk write to the owner. 3. That a site visit be arranged.',
    );
    expect(splitRunTogetherItems(prose)).toEqual(prose);
  });
});

describe('a line that prints both the minute’s code and the agenda’s number', () => {
  it.each([
    [
      'a minute’s code, then the agenda’s number',
      ['1301/25 1. Apologies for Absence', '1302/25 2. Declarations of Interest'],
      ['1301/25', '1302/25'],
    ],
    [
      'a minute’s code and a bare agenda number',
      ['001-19 1 APOLOGIES', '002-19 2 DECLARATIONS OF INTEREST'],
      ['001-19', '002-19'],
    ],
    [
      'the agenda’s number, then the minute’s in brackets',
      ['ITEM 1 (301) PUBLIC FORUM', 'ITEM 2 (302) RECEIVE APOLOGIES'],
      ['301', '302'],
    ],
  ])('%s', (_shape, lines, minutes) => {
    const items = findAgendaItems(paragraphs(...lines), false);
    expect(items.map((i) => [i.minuteNumber, i.number])).toEqual([
      [minutes[0], '1'],
      [minutes[1], '2'],
    ]);
  });
});
