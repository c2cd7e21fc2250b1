import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../electron/importing/extract/plain-text';
import {
  findFollowUps,
  MAX_PROPOSALS_PER_OUTCOME,
  parseMinuteRef,
  type EarlierOutcome,
  type FollowUpProposal,
  type LaterMinutes,
} from '../../electron/tracker/follow-ups';
import { COVENTRY, sharedFixture } from '../helpers/fixture-files';

/**
 * Later minutes that come back to what the board asked for on 16 September 2021
 * (../shared/fixtures/minutes/coventry-ecs-minutes-2021-09-16.md). The later minutes are
 * invented, written the way that board's clerks write; the earlier outcomes are
 * what the importer finds in the real papers (`cli outcomes --json`).
 */

const ECS = "Education and Children's Services Scrutiny Board (2)";
const HEALTH = 'Health and Social Care Scrutiny Board (5)';

/**
 * Coventry numbers its minutes through the municipal year ("Minute 4/21" is the
 * fourth of 2021/22), so the numbered items of the September minutes are minute
 * numbers 6/21 to 10/21. The importer does not store them; a tracker would pass them.
 */
function september(id: number, kind: string, text: string, item: string, itemTitle: string): EarlierOutcome {
  return {
    id,
    meetingId: 1,
    meetingDate: '2021-09-16',
    committee: ECS,
    kind,
    text,
    minuteRefs: [`${item}/21`],
    itemTitle,
  };
}
const OFSTED = "Children's Services Ofsted Visit Outcome and Action Plan Progress";
const AOB = 'Any Other Business';

const SEPTEMBER_OUTCOMES: EarlierOutcome[] = [
  september(
    1,
    'resolution',
    'Further detail regarding the scrutiny of Apprenticeships be communicated to the Board.',
    '7',
    'Minutes',
  ),
  september(2, 'request', 'Progress on the action plan be circulated to Members', '8', OFSTED),
  september(
    3,
    'request',
    'Consideration be given to numeric metrics being included to measure progress against actions where possible',
    '8',
    OFSTED,
  ),
  september(
    4,
    'request',
    'Consideration be given to arranging briefings for the Board on the voice of the child, as well as quality assurance audits',
    '8',
    OFSTED,
  ),
  september(
    5,
    'resolution',
    'The Scrutiny Board note the Action Plan and thank officers for a comprehensive response to questions.',
    '8',
    OFSTED,
  ),
  september(
    6,
    'information-request',
    'Whether parents have still applied for support they are now not eligible for following the changes to the government isolation requirements',
    '10',
    AOB,
  ),
  september(7, 'information-request', 'What are the timescales for test and trace payments?', '10', AOB),
  september(
    8,
    'information-request',
    'Whether children with an EHCP are still eligible for test and trace support if they are required to isolate due to shielding',
    '10',
    AOB,
  ),
  september(
    9,
    'information-request',
    'How and when Public Health contact people as part of the Track and Trace process.',
    '10',
    AOB,
  ),
];

/**
 * The resolution of the 2021 agenda-item page (../shared/fixtures/minutes). The page
 * names no meeting; these tests file it under the same board, on an assumed date.
 */
const IMPROVEMENT = "Children's Services Continuous Improvement Progress";
const IMPROVEMENT_OUTCOMES: EarlierOutcome[] = [
  [10, 'resolution', 'Note the current progress'],
  [11, 'resolution', 'Request the Annual Report on Family Group Conferencing be shared with Members'],
  [
    12,
    'work-programme',
    'An Update on the Coventry Family Valued Programme and the House Project be added to the work programme',
  ],
].map(([id, kind, text]) => ({
  id: id as number,
  meetingId: 2,
  meetingDate: '2021-07-22',
  committee: ECS,
  kind: kind as string,
  text: text as string,
  itemTitle: IMPROVEMENT,
}));

/** The same request made by another board, under the same minute number. */
const OTHER_BOARD: EarlierOutcome = {
  id: 20,
  meetingId: 9,
  meetingDate: '2021-09-22',
  committee: HEALTH,
  kind: 'request',
  text: 'Progress on the action plan be circulated to Members',
  minuteRefs: ['8/21'],
};

/** An outcome of a meeting held after the October one. */
const LATER_MEETING: EarlierOutcome = {
  id: 30,
  meetingId: 5,
  meetingDate: '2021-11-18',
  committee: ECS,
  kind: 'request',
  text: 'The report on the School Admissions action plan progress be circulated to Members',
  minuteRefs: ['7/21'],
};

const ALL_OUTCOMES = [...SEPTEMBER_OUTCOMES, ...IMPROVEMENT_OUTCOMES, OTHER_BOARD, LATER_MEETING];

const OCTOBER_TEXT = `**Coventry City Council**  
**Minutes of the Meeting of Education and Children's Services Scrutiny Board (2)**  
**held at 10.00 am on Thursday, 14 October 2021**

Present:

Members: Councillor J Innes (Chair)  
Councillor F Abbott  
Councillor P Akhtar  
Councillor S Keough

Apologies: Councillor J Blundell

## **Public Business**

### **11. Declarations of Interests**

There were no disclosable interests.

### **12. Minutes**

The Minutes of the meeting held on 16th September 2021 were agreed as a true record.

Further to Minute 7/21, the Scrutiny Co-ordination Committee would agree how the scrutiny of apprenticeships would be shared between the three scrutiny boards.

### **13. Ofsted Focused Visit: Action Plan Progress**

The Board received the progress update on the action plan that had been circulated to Members. Officers explained that most actions were on track and that the remainder would be completed by March 2022.

Officers reported that numeric metrics had now been included to measure progress against each action, as Members had asked.

The Board noted the report.

### **14. Family Group Conferencing**

The Board considered the Annual Report on Family Group Conferencing for 2020/21, which had been shared with Members in advance of the meeting. The report set out the number of conferences held and the outcomes for families.

**RESOLVED that the Scrutiny Board note the report.**

### **15. School Admissions**

The Scrutiny Board considered a report of the Director of Education and Skills on secondary school admissions for September 2022. Officers explained that 96% of applicants had been offered one of their three preferred schools, and Members asked about the capacity of schools in the south of the city.

**RESOLVED that the Scrutiny Board note the report.**

### **16. Work Programme**

The Scrutiny Board considered and noted their Work Programme for 2021/22.

(Meeting closed at 11.45 am)
`;

const NOVEMBER_TEXT = `**Coventry City Council**  
**Minutes of the Meeting of Education and Children's Services Scrutiny Board (2)**  
**held at 10.00 am on Thursday, 11 November 2021**

## **Public Business**

### **24. Minutes**

The Minutes of the meeting held on 14th October 2021 were agreed as a true record.

### **25. Matters Arising**

Test and trace payments: officers confirmed the timescales for the payments, which were made within five working days of an eligible application.

Minute 10/21 (Support to families self-isolating due to Covid): Public Health contacted people as part of the Track and Trace process by text message and telephone.

### **26. Voice of the Child and Quality Assurance**

The Board received a briefing on the voice of the child work in Coventry, together with the findings of the most recent quality assurance audits.

Members asked how the views of children in care informed the audits.

### **27. Elective Home Education**

The Board considered a report on the rise in the number of children in elective home education since the pandemic. Officers explained the support offered to families and the checks made on the suitability of education at home.

**RESOLVED that the Scrutiny Board note the report and thank officers for their attendance.**

(Meeting closed at 12.10 pm)
`;

const HEALTH_TEXT = `**Coventry City Council**  
**Minutes of the Meeting of Health and Social Care Scrutiny Board (5)**  
**held at 10.00 am on Wednesday, 20 October 2021**

### **14. Minutes**

The Minutes of the meeting held on 22nd September 2021 were agreed as a true record.

Further to Minute 8/21, progress on the action plan had been circulated to Members.

### **15. Adult Social Care Annual Report**

The Board considered the Adult Social Care Annual Report 2020/21.

**RESOLVED that the Scrutiny Board note the report.**
`;

/** Minutes as the tracker would pass them: the importer's blocks, each with an id. */
function minutes(text: string, meetingId: number, meetingDate: string, committee = ECS): LaterMinutes {
  const blocks = extractPlainText(text).blocks.map((b, i) => ({ id: meetingId * 1000 + i, text: b.text }));
  return { meetingId, meetingDate, committee, blocks };
}
const OCTOBER = minutes(OCTOBER_TEXT, 3, '2021-10-14');
const NOVEMBER = minutes(NOVEMBER_TEXT, 4, '2021-11-11');
const HEALTH_OCTOBER = minutes(HEALTH_TEXT, 10, '2021-10-20', HEALTH);

function blockText(later: LaterMinutes, id: number): string {
  return later.blocks.find((b) => b.id === id)?.text ?? '';
}
/** outcome, reason, and the start of the block it was found in. */
function summary(later: LaterMinutes, proposals: FollowUpProposal[]): [number, string, string][] {
  return proposals.map((p) => [p.outcomeId, p.reason, blockText(later, p.blockId).slice(0, 40)]);
}
function blocksStarting(later: LaterMinutes, start: string): number[] {
  return later.blocks.filter((b) => b.text.startsWith(start)).map((b) => b.id);
}

describe('findFollowUps in the minutes of 14 October 2021', () => {
  const proposals = findFollowUps(OCTOBER, ALL_OUTCOMES);

  it('finds each passage that comes back to the September business, and nothing else', () => {
    expect(summary(OCTOBER, proposals)).toEqual([
      [1, 'minute-reference', 'Further to Minute 7/21, the Scrutiny Co-'],
      [2, 'same-subject', 'The Board received the progress update o'],
      [3, 'same-subject', 'Officers reported that numeric metrics h'],
      [11, 'same-subject', 'The Board considered the Annual Report o'],
    ]);
  });

  it('follows "Further to Minute 7/21" back to the resolution recorded under that minute', () => {
    expect(proposals[0]).toEqual({
      outcomeId: 1,
      blockId: blocksStarting(OCTOBER, 'Further to Minute 7/21')[0],
      reason: 'minute-reference',
      quote:
        'Further to Minute 7/21, the Scrutiny Co-ordination Committee would agree how the scrutiny of apprenticeships would be shared between the three scrutiny boards.',
      confidence: 0.95,
      explanation: 'Refers back to Minute 7/21 (meeting of 16 September 2021)',
    });
  });

  it('sees the circulated action plan progress as the follow-up of the request for it', () => {
    const actionPlan = proposals.find((p) => p.outcomeId === 2);
    expect(actionPlan).toMatchObject({
      reason: 'same-subject',
      quote: 'The Board received the progress update on the action plan that had been circulated to Members.',
      explanation: 'Mentions “action” and “plan”, the subject of the request of 16 September 2021',
    });
    expect(actionPlan?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(proposals.find((p) => p.outcomeId === 11)).toMatchObject({
      quote: expect.stringContaining('Annual Report on Family Group Conferencing') as string,
      explanation: expect.stringMatching(/“annual”, “family”, “group” and “conferencing”.*22 July 2021$/) as string,
    });
  });

  it('proposes nothing for a noting resolution, a generic sentence or an unrelated item', () => {
    const ids = new Set(proposals.map((p) => p.outcomeId));
    // "The Scrutiny Board note the Action Plan…" and "Note the current progress" need no follow-up.
    expect(ids.has(5)).toBe(false);
    expect(ids.has(10)).toBe(false);
    const found = new Set(proposals.map((p) => p.blockId));
    for (const start of [
      'The Board noted the report.',
      'RESOLVED that the Scrutiny Board note the report.',
      'The Minutes of the meeting held on',
      'The Scrutiny Board considered a report of the Director of Education',
      'The Scrutiny Board considered and noted their Work Programme',
      'There were no disclosable interests.',
    ]) {
      const blocks = blocksStarting(OCTOBER, start);
      expect(blocks.length, start).toBeGreaterThan(0);
      expect(
        blocks.filter((id) => found.has(id)),
        start,
      ).toEqual([]);
    }
  });

  it('ignores another board’s identical request, and a meeting held after these minutes', () => {
    const ids = proposals.map((p) => p.outcomeId);
    expect(ids).not.toContain(OTHER_BOARD.id);
    expect(ids).not.toContain(LATER_MEETING.id);
    // Minute 7/21 of the later meeting is not the one referred to, even by number.
    expect(findFollowUps(OCTOBER, [LATER_MEETING, OTHER_BOARD])).toEqual([]);
  });

  it('ignores outcomes of the very meeting the minutes record', () => {
    const sameMeeting = SEPTEMBER_OUTCOMES.map((o) => ({ ...o, meetingId: OCTOBER.meetingId }));
    expect(findFollowUps(OCTOBER, sameMeeting)).toEqual([]);
    const sameDay = SEPTEMBER_OUTCOMES.map((o) => ({ ...o, meetingDate: OCTOBER.meetingDate }));
    expect(findFollowUps(OCTOBER, sameDay)).toEqual([]);
  });
});

describe('findFollowUps in the minutes of 11 November 2021', () => {
  const proposals = findFollowUps(NOVEMBER, ALL_OUTCOMES);

  it('reads the Matters Arising section against the earlier requests', () => {
    const arising = proposals.filter((p) => p.reason === 'matters-arising');
    expect(summary(NOVEMBER, arising)).toEqual([[7, 'matters-arising', 'Test and trace payments: officers confir']]);
    expect(arising[0]?.explanation).toBe(
      'Raised under Matters arising; mentions “timescales”, “test”, “trace” and “payments”, as in the request for information of 16 September 2021',
    );
  });

  it('follows a minute with four outcomes back only to the one the passage speaks to', () => {
    const minute = proposals.filter((p) => p.reason === 'minute-reference');
    expect(minute.map((p) => p.outcomeId)).toEqual([9]);
    expect(minute[0]?.explanation).toMatch(
      /^Refers back to Minute 10\/21 \(meeting of 16 September 2021\), one of 4 outcomes recorded under that minute; mentions .*“track”.*/,
    );
    // Nor do the others come back by subject through the minute's title in brackets.
    const cited = blocksStarting(NOVEMBER, 'Minute 10/21');
    expect(proposals.filter((p) => cited.includes(p.blockId)).map((p) => p.outcomeId)).toEqual([9]);
  });

  it('links the briefing on the voice of the child to the request for it, and nothing to the unrelated item', () => {
    expect(
      summary(
        NOVEMBER,
        proposals.filter((p) => p.reason === 'same-subject'),
      ),
    ).toEqual([[4, 'same-subject', 'The Board received a briefing on the voi']]);
    const elective = new Set(blocksStarting(NOVEMBER, 'The Board considered a report on the rise'));
    expect(proposals.filter((p) => elective.has(p.blockId))).toEqual([]);
  });

  it('reads a paragraph that opens "Matters arising" too, up to the next heading', () => {
    const paragraph = minutes(
      [
        'Matters arising: Members were told that test and trace payments were made within five working days.',
        'Officers added that the timescales had been published on the Council website.',
        '### 30. School Admissions',
        'The timescales for school admissions appeals were explained.',
      ].join('\n\n'),
      6,
      '2021-11-11',
    );
    expect(summary(paragraph, findFollowUps(paragraph, ALL_OUTCOMES))).toEqual([
      [7, 'matters-arising', 'Matters arising: Members were told that '],
    ]);
  });

  it('finds the same with block kinds given, as the library stores them', () => {
    const kinds = extractPlainText(NOVEMBER_TEXT).blocks.map((b) => b.kind);
    const withKinds = { ...NOVEMBER, blocks: NOVEMBER.blocks.map((b, i) => ({ ...b, kind: kinds[i] })) };
    expect(findFollowUps(withKinds, ALL_OUTCOMES)).toEqual(proposals);
  });
});

describe('findFollowUps keeps to the same committee', () => {
  it('reads another board’s "Further to Minute 8/21" as that board’s business only', () => {
    expect(summary(HEALTH_OCTOBER, findFollowUps(HEALTH_OCTOBER, ALL_OUTCOMES))).toEqual([
      [20, 'minute-reference', 'Further to Minute 8/21, progress on the '],
    ]);
  });

  it('matches the committee whatever the apostrophe or spacing', () => {
    const curly = { ...OCTOBER, committee: 'Education and Children’s Services  Scrutiny Board (2)' };
    expect(findFollowUps(curly, ALL_OUTCOMES)).toEqual(findFollowUps(OCTOBER, ALL_OUTCOMES));
    expect(
      findFollowUps({ ...OCTOBER, committee: "Education and Children's Services Scrutiny Board (3)" }, ALL_OUTCOMES),
    ).toEqual([]);
  });
});

describe('minute references', () => {
  const earlier = (id: number, meetingDate: string, minuteRefs: string[]): EarlierOutcome => ({
    id,
    meetingId: id,
    meetingDate,
    committee: ECS,
    kind: 'request',
    text: 'A briefing note on the matter be circulated',
    minuteRefs,
  });
  const later = (...texts: string[]): LaterMinutes => ({
    meetingId: 99,
    meetingDate: '2022-12-01',
    committee: ECS,
    blocks: texts.map((text, i) => ({ id: i + 1, text })),
  });
  const found = (text: string, outcomes: EarlierOutcome[]) =>
    findFollowUps(later(text), outcomes).map((p) => [p.outcomeId, p.reason]);

  it.each<[string, string, string[], string]>([
    ['Further to Minute 4/21, officers reported back.', '2021-06-24', ['4/21'], '4/21'],
    ['Further to Minute 4/2021, officers reported back.', '2021-06-24', ['4/21'], '4/2021'],
    ['Minute 84 refers.', '2022-03-10', ['84'], '84'],
    ['The report had been circulated (Minute 23/22).', '2022-05-12', ['23/22'], '23/22'],
    ['Members noted the response to minute no. 12 of the last meeting.', '2022-05-12', ['12'], '12'],
    ['Further to Minute 12/22, officers reported back.', '2022-05-12', ['12'], '12/22'],
    ['Further to Minute 45/21, officers reported back.', '2022-02-10', ['45'], '45/21'],
    ['Minutes 12 and 13/22 refer.', '2022-05-12', ['13/22'], '13/22'],
  ])('%s', (text, meetingDate, minuteRefs, written) => {
    const proposals = findFollowUps(later(text), [earlier(1, meetingDate, minuteRefs)]);
    expect(proposals.map((p) => [p.outcomeId, p.reason, p.explanation])).toEqual([
      [1, 'minute-reference', `Refers back to Minute ${written} (meeting of ${longDate(meetingDate)})`],
    ]);
  });

  it('does not take a minute of another year, or a minute that was not referred to', () => {
    expect(found('Further to Minute 8/20, officers reported back.', [earlier(1, '2021-09-16', ['8/21'])])).toEqual([]);
    expect(found('Further to Minute 8/21, officers reported back.', [earlier(1, '2021-09-16', ['9/21'])])).toEqual([]);
    // Minute 45 of a meeting in September 2022 is 45/22, not 45/21.
    expect(found('Further to Minute 45/21, officers reported back.', [earlier(1, '2022-09-15', ['45'])])).toEqual([]);
    expect(found('The meeting adjourned for 10 minutes.', [earlier(1, '2022-02-10', ['10'])])).toEqual([]);
    expect(found('The Minutes 2021 were agreed.', [earlier(1, '2021-02-10', ['2021'])])).toEqual([]);
  });

  it('reads a minute number without a year as the most recent meeting, within the year, that had it', () => {
    const outcomes = [earlier(1, '2021-03-11', ['84']), earlier(2, '2022-03-10', ['84'])];
    expect(found('Minute 84 refers.', outcomes)).toEqual([[2, 'minute-reference']]);
    expect(found('Minute 84 refers.', [earlier(1, '2021-03-11', ['84'])])).toEqual([]);
  });

  it('normalises minute numbers: 4/21 is 4/2021', () => {
    expect(parseMinuteRef('4/21')).toEqual({ number: '4', year: 2021, written: '4/21' });
    expect(parseMinuteRef('4/2021')).toMatchObject({ number: '4', year: 2021 });
    expect(parseMinuteRef('Minute 084')).toMatchObject({ number: '84', year: null });
    expect(parseMinuteRef('not a minute')).toBeNull();
  });
});

describe('the real minutes of 16 September 2021, read as the later minutes', () => {
  const text = fs.readFileSync(sharedFixture(COVENTRY.minutes), 'utf8');
  const real = minutes(text, 1, '2021-09-16');
  /** The June 2021 business its "Further to Minute 4/21" refers to (invented: the June minutes are not a fixture). */
  const june: EarlierOutcome = {
    id: 40,
    meetingId: 8,
    meetingDate: '2021-06-24',
    committee: ECS,
    kind: 'follow-up',
    text: 'The most effective way to scrutinise apprenticeships be investigated',
    minuteRefs: ['4'],
  };

  it('follows "Further to Minute 4/21" back to June, and finds nothing else in a long set of minutes', () => {
    const proposals = findFollowUps(real, [june, ...IMPROVEMENT_OUTCOMES]);
    expect(proposals.map((p) => [p.outcomeId, p.reason, p.quote, p.explanation])).toEqual([
      [
        40,
        'minute-reference',
        'Further to Minute 4/21, the most effective way to scrutinise apprenticeships where three scrutiny boards were involved was to be investigated.',
        'Refers back to Minute 4/21 (meeting of 24 June 2021)',
      ],
    ]);
  });

  it('does not read a meeting’s own outcomes as following themselves up', () => {
    expect(findFollowUps(real, SEPTEMBER_OUTCOMES)).toEqual([]);
  });
});

/**
 * Later passages that cite a minute under which several outcomes were recorded: each is suggested
 * as a follow-up only of the outcomes it speaks to. Minute 8/21 holds outcomes 2, 3, 4 and 5 (a noting one);
 * Minute 10/21 holds 6, 7, 8 and 9.
 */
const CITED_MINUTE_CASES: { passage: string; suggested: number[] }[] = [
  { passage: 'Further to Minute 8/21, progress on the action plan had been circulated to Members.', suggested: [2] },
  {
    passage: 'Minute 8/21: briefings on the voice of the child had been arranged for January.',
    suggested: [4],
  },
  {
    passage: 'Further to Minute 8/21, officers set out numeric metrics to measure progress against each action.',
    suggested: [3],
  },
  {
    passage:
      'Further to Minute 10/21, Public Health explained how and when they contact people as part of the Track and Trace process.',
    suggested: [9],
  },
  {
    passage: 'Minute 10/21: children with an EHCP who are shielding remain eligible for test and trace support.',
    suggested: [8],
  },
  {
    passage: 'Minute 10/21 (Test and trace payments): the timescales for payments were five working days.',
    suggested: [7],
  },
  {
    passage:
      'Further to Minute 8/21, progress on the action plan had been circulated, and briefings on the voice of the child arranged.',
    suggested: [2, 4],
  },
  // A citation alone, thanks, or the minute's own title in brackets speak to none of them.
  { passage: 'Minute 8/21 was noted.', suggested: [] },
  { passage: 'Further to Minute 8/21, the Chair thanked officers for their work.', suggested: [] },
  { passage: 'Minute 10/21 (Support to families self-isolating due to Covid) was discussed.', suggested: [] },
  { passage: 'Members asked for an update on Minute 10/21 at the next meeting.', suggested: [] },
];

describe('suggestions from a cited minute with several outcomes', () => {
  it.each(CITED_MINUTE_CASES)('“$passage” → $suggested', ({ passage, suggested }) => {
    const later = minutes(`### 3. Matters raised\n\n${passage}`, 8, '2022-01-20');
    const found = findFollowUps(later, SEPTEMBER_OUTCOMES).filter((p) => p.reason === 'minute-reference');
    expect(found.map((p) => p.outcomeId).sort()).toEqual(suggested);
  });

  it('still follows a minute with one outcome back to it, whatever the passage says', () => {
    const later = minutes('Minute 7/21 was noted.', 8, '2022-01-20');
    expect(findFollowUps(later, SEPTEMBER_OUTCOMES).map((p) => p.outcomeId)).toEqual([1]);
  });
});

describe('precision', () => {
  it('proposes nothing for minutes made of generic phrases', () => {
    const generic = minutes(
      [
        '### 30. Minutes',
        'The Minutes of the meeting held on 16th September 2021 were agreed as a true record.',
        '### 31. Performance Report',
        'The Board noted the report.',
        'The Board received an update from officers.',
        'Members thanked officers for the information provided to the Board.',
        '**RESOLVED that the Scrutiny Board note the report.**',
      ].join('\n\n'),
      6,
      '2022-01-20',
    );
    expect(findFollowUps(generic, ALL_OUTCOMES)).toEqual([]);
  });

  it(`never proposes more than ${MAX_PROPOSALS_PER_OUTCOME} passages for one outcome, nor a weak subject match`, () => {
    const repetitive = minutes(
      [
        'Further to Minute 8/21, the action plan progress had been circulated to Members.',
        'Minute 8/21 refers: progress on the action plan was discussed.',
        'Members asked about progress on the action plan (Minute 8/21).',
        'The action plan progress had been circulated to Members, as requested at Minute 8/21.',
        'Progress on the action plan would be circulated to Members again in the new year.',
        'Members asked whether children in care were placed outside the city.',
      ].join('\n\n'),
      7,
      '2022-01-20',
    );
    const proposals = findFollowUps(repetitive, ALL_OUTCOMES);
    const perOutcome = proposals.reduce<Record<number, number>>(
      (n, p) => ({ ...n, [p.outcomeId]: (n[p.outcomeId] ?? 0) + 1 }),
      {},
    );
    expect(Math.max(...Object.values(perOutcome))).toBe(MAX_PROPOSALS_PER_OUTCOME);
    expect(proposals.every((p) => p.confidence >= 0.5 && p.confidence <= 1)).toBe(true);
    // The strongest are kept: the request itself is followed up by its minute, not by weaker guesses.
    expect(proposals.filter((p) => p.outcomeId === 2).map((p) => p.reason)).toEqual([
      'minute-reference',
      'minute-reference',
      'minute-reference',
    ]);
  });

  it('returns nothing when there is nothing earlier', () => {
    expect(findFollowUps(OCTOBER, [])).toEqual([]);
    expect(findFollowUps({ ...OCTOBER, blocks: [] }, ALL_OUTCOMES)).toEqual([]);
  });
});

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
