import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../electron/importing/extract/html';
import { extractPlainText } from '../../electron/importing/extract/plain-text';
import { findAgendaItems } from '../../electron/importing/structure/agenda-items';
import { HEAD_RULES, PROPOSAL_LEADS } from '../../electron/importing/structure/decision-heads';
import { KIND_EVIDENCE } from '../../electron/importing/structure/document-kind';
import { BODY_IN_TEXT_RULES, HEADER_RULES } from '../../electron/importing/structure/header-rules';
import { TITLE_LINE_RULES } from '../../electron/importing/structure/title-line-rules';
import { ITEM_RULES } from '../../electron/importing/structure/item-starts';
import { readAttendance } from '../../electron/importing/structure/attendance';
import { readMeetingHeader } from '../../electron/importing/structure/meeting-header';
import type { RawBlock } from '../../electron/importing/blocks';
import { MENDED_KEYWORDS, mendKeywords } from '../../electron/importing/structure/mended-keywords';
import { KIND_RULES, refineKind } from '../../electron/importing/structure/outcome-kinds';
import { findOutcomes } from '../../electron/importing/structure/outcomes';
import { endsAsLeadIn } from '../../electron/importing/structure/outcome-shapes';
import { parseDocument } from '../../electron/importing/parse-document';
import { NOT_OUTCOMES, SENTENCE_RULES } from '../../electron/importing/structure/sentence-rules';
import { repoRoot } from '../helpers/fixture-files';

/**
 * Every rule of the importer exists for a shape of text, and carries an example
 * of it. Each example must be read by its own rule (and, where the order of the
 * table matters, by no rule before it); then whole passages show the rules
 * working together as a councillor would see them.
 */

const first = <T extends { pattern: RegExp }>(rules: T[], text: string) => rules.find((r) => r.pattern.test(text));

describe('each rule reads the example it exists for', () => {
  it.each(HEAD_RULES.map((r) => [r.shape, r] as const))('decision keyword or lead-in: %s', (_shape, rule) => {
    expect(first(HEAD_RULES, rule.example)?.shape).toBe(rule.shape);
  });
  it.each(SENTENCE_RULES.map((r) => [r.shape, r] as const))('narrative: %s', (_shape, rule) => {
    // A refusal is worded as a negative, and is read before the shapes that are not outcomes.
    if (!rule.beforeNotOutcomes) expect(first(NOT_OUTCOMES, rule.example)?.shape).toBeUndefined();
    expect(first(SENTENCE_RULES, rule.example)?.shape).toBe(rule.shape);
  });
  it.each(NOT_OUTCOMES.map((r) => [r.shape, r] as const))('not an outcome: %s', (_shape, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
  });
  it.each(PROPOSAL_LEADS.map((r) => [r.shape, r] as const))('a proposal, not a decision: %s', (_shape, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
  });
  it.each(MENDED_KEYWORDS.map((r) => [r.shape, r] as const))('a keyword as typed: %s', (_shape, rule) => {
    expect(mendKeywords(rule.example)).toContain(rule.reads);
    expect(mendKeywords(rule.example)).not.toBe(rule.example);
  });
  it.each(KIND_RULES.map((r) => [r.shape, r] as const))('kind: %s', (_shape, rule) => {
    expect(refineKind(rule.from[0] ?? 'resolution', rule.example)).toBe(rule.kind);
  });
  it.each(KIND_EVIDENCE.map((r) => [r.shape, r] as const))('what a paper is: %s', (_shape, rule) => {
    expect(rule.pattern.test(rule.example)).toBe(true);
  });
  it.each([...HEADER_RULES, ...TITLE_LINE_RULES, ...BODY_IN_TEXT_RULES].map((r) => [r.shape, r] as const))(
    'meeting details: %s',
    (_shape, rule) => {
      const match = rule.pattern.exec(rule.example);
      expect(match).not.toBeNull();
      if (rule.committee !== undefined) expect(match?.[rule.committee]).toBeTruthy();
      if (rule.date) expect(match?.[rule.date.group]).toBeTruthy();
    },
  );
  it.each(ITEM_RULES.map((r) => [r.shape, r] as const))('agenda items: %s', (_shape, rule) => {
    const blocks = rule.example.map((text) => ({ kind: 'paragraph' as const, text, page: null }));
    const asHeadings = blocks.map((b) => ({ ...b, kind: 'heading' as const }));
    const found = [...rule.find(blocks, true), ...rule.find(asHeadings, true)];
    expect(found.length).toBeGreaterThan(0);
  });
});

/** What the importer makes of a passage of minutes, as kind and words. */
function outcomesOf(text: string): [string, string][] {
  const { blocks } = extractPlainText(text);
  return findOutcomes(blocks, findAgendaItems(blocks, false)).map((o) => [o.kind, o.text]);
}

/** The outcomes found in a text, with their quotes and owners. */
function outcomesFound(text: string) {
  const { blocks } = extractPlainText(text);
  return findOutcomes(blocks, findAgendaItems(blocks, false));
}

/** The meeting's header (date, committee) read from a text, as the import reads a paper named "paper.txt". */
function header(text: string) {
  return readMeetingHeader(extractPlainText(text).blocks, 'paper.txt');
}

/** A whole paper given as text, through the real import path. */
function readPaper(text: string) {
  return parseDocument('paper.txt', new TextEncoder().encode(text));
}

/** A table's case: the paper is read as this kind, with this meeting date (or none). */
async function readsKindAndDate(_shape: string, text: string, kind: string, date: string | null): Promise<void> {
  const paper = await readPaper(text);
  expect(paper.kind).toBe(kind);
  expect(paper.date).toBe(date);
}

/** A table's case: the paper is read as minutes of this body (compared without case), on this date (or none). */
async function readsMinutesOf(
  _shape: string,
  text: string,
  date: string | null,
  committee: string | null,
): Promise<void> {
  const paper = await readPaper(text);
  expect(paper.kind).toBe('minutes');
  expect(paper.date).toBe(date);
  expect(paper.committee?.toLowerCase() ?? null).toBe(committee?.toLowerCase() ?? null);
}

/** A table's case: the paper's items are numbered so, in order. */
async function numbersItems(_shape: string, text: string, numbers: string[]): Promise<void> {
  const paper = await readPaper(text);
  expect(paper.items.map((item) => item.number)).toEqual(numbers);
}

/** A table's case: the passage, read whole, gives these outcomes in this order. */
function readsWhole(_shape: string, text: string, expected: [string, string][]): void {
  expect(outcomesOf(text)).toEqual(expected);
}

describe('passages of minutes, read whole', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'members reminded to act (not to register their interests); three who would act; agreed in principle; a PSCO; a report, a colon and what was agreed',
      'The website is now set up. Members were reminded to send pictures to the Clerk to put on the site.\n\nCllr Ash would get quotations for both jobs, Cllr Birch would contact the Highways Department and Cllr Cole would investigate sources of funding.\n\nAgreed in principle to help.\n\nPSCO Dale will keep an eye on the area.\n\nA member of the public reported fly-tipping on Mill Lane: agreed that Cllr Ash to report this to the district council.\n\nMembers were reminded to update their Register of Interests within 28 days.\n\nMr Birch would get a second quotation for the sluice, Mr Dale would contact the Environment Agency and the Clerk would write to the landowners.\n\nDM/16/1706 Location: Fen Farm Description: Two dwellings. FIDB: Objection as the site floods every winter.\n\nAOB: Support for the summer fete was discussed.',
      [
        ['request', 'Members were reminded to send pictures to the Clerk to put on the site.'],
        ['action', 'Cllr Ash would get quotations for both jobs'],
        ['action', 'Cllr Birch would contact the Highways Department'],
        ['action', 'Cllr Cole would investigate sources of funding.'],
        ['resolution', 'Agreed in principle to help.'],
        ['action', 'PSCO Dale will keep an eye on the area.'],
        [
          'resolution',
          'A member of the public reported fly-tipping on Mill Lane: agreed that Cllr Ash to report this to the district council.',
        ],
        ['action', 'Mr Birch would get a second quotation for the sluice'],
        ['action', 'Mr Dale would contact the Environment Agency'],
        ['action', 'The Clerk would write to the landowners.'],
        ['resolution', 'FIDB: Objection as the site floods every winter.'],
      ],
    ],
    [
      'a sentence after "Ltd."; "It was decided" and a name; what is to come, "and it was agreed to …"; in principle; a PCSO; "Resolved:" run on after an address; considered at a later meeting; "It was agreed" and names; two adverbs; NOTED; "11th. July"',
      'A quotation of £250 had been received from Ashby Fencing Ltd. It was agreed to accept this quotation and contract them to move the post.\n\nBench survey: GG will submit a report when the survey is completed. It was decided Rob Dix would not attend the course.\n\nThis will be an agenda item for the next meeting and it was agreed to invite the highways officer to meet representatives of the council.\n\nIt was agreed in principle to donate £250 to the scanner appeal.\n\nPCSO Furnish was asked to request a patrol car to drive past the school.\n\nApplication Number: 21/00089/FUL Proposal: two dwellings Location: Roes Farm Moss Lane Lancashire Resolved: the council was unable to comment on this application.\n\nThe beach boards will be considered at a later meeting.\n\nIt was agreed Ann Ash, Ben Birch & Cai Cole would review the details.\n\nThe Councillors also further approved the notice of electors’ rights.\n\nMembers NOTED the recruitment of two new wardens.\n\nThe minutes of the meeting held on 11th. July 2017 were approved for signature by the Chairman.',
      [
        ['follow-up', 'Accept this quotation and contract them to move the post.'],
        ['action', 'Bench survey: GG will submit a report when the survey is completed.'],
        ['resolution', 'It was decided Rob Dix would not attend the course.'],
        ['work-programme', 'This will be an agenda item for the next meeting'],
        ['follow-up', 'Invite the highways officer to meet representatives of the council.'],
        ['follow-up', 'Donate £250 to the scanner appeal.'],
        ['action', 'PCSO Furnish was asked to request a patrol car to drive past the school.'],
        ['resolution', 'The council was unable to comment on this application.'],
        ['work-programme', 'The beach boards will be considered at a later meeting.'],
        ['follow-up', 'Ann Ash, Ben Birch & Cai Cole would review the details.'],
        ['resolution', 'The Councillors also further approved the notice of electors’ rights.'],
        ['resolution', 'Members NOTED the recruitment of two new wardens.'],
        [
          'resolution',
          'The minutes of the meeting held on 11th July 2017 were approved for signature by the Chairman.',
        ],
      ],
    ],
    [
      'a sentence after a bracket or a quotation closed on its full stop; "was told to"; "It was agreed for … to …"',
      '(Letter circulated to Councillors before the meeting.) It was agreed that the Clerk should invite the board to attend a future meeting.\n\nThe council has a duty to carry out as Lead Local Flood Authority.” The Clerk was asked to liaise with Cllr Pochin. The Clerk was told to claim expenses.\n\nIt was agreed for this discussion to continue after the results of the questionnaire.',
      [
        ['work-programme', 'The Clerk should invite the board to attend a future meeting.'],
        ['action', 'The Clerk was asked to liaise with Cllr Pochin.'],
        ['action', 'The Clerk was told to claim expenses.'],
        ['follow-up', 'This discussion to continue after the results of the questionnaire.'],
      ],
    ],
    [
      'a paragraph cut in two by a blank line mid-sentence; who will act after "However, now …,"',
      'Moorings – The old dinghy has gone. However, now the slipway has been cleared, KT will write to the boat\n\nowners before the summer to remind them of the rules.',
      [
        [
          'action',
          'However, now the slipway has been cleared, KT will write to the boat owners before the summer to remind them of the rules.',
        ],
      ],
    ],
    [
      'numbered parts run together on one line, one number glued to its first word',
      'Grounds  1) TK to ask the contractor about the broken railings 2)Hedge by the gate, TK still to check who owns it.  3) Bins. TK to find out the cost of a second bin 4) MB to order bulbs for the planters.',
      [
        ['action', 'TK to ask the contractor about the broken railings'],
        ['action', 'TK to find out the cost of a second bin'],
        ['action', 'MB to order bulbs for the planters.'],
      ],
    ],
    [
      'roman parts that lost the space after their full stop; a mobile phone that is not housekeeping',
      'i.It was resolved to send notice letters to any tenants whose sheds lay over the new pathway.\n\nii.It was resolved to recommend that the Parish Council take on the maintenance of the northern pathway.\n\nCouncillors noted that the mobile phone used for community support was with Cllr Ash and the Clerk was asked to investigate an 0800 number.',
      [
        ['resolution', 'It was resolved to send notice letters to any tenants whose sheds lay over the new pathway.'],
        [
          'recommendation',
          'It was resolved to recommend that the Parish Council take on the maintenance of the northern pathway.',
        ],
        ['action', 'The Clerk was asked to investigate an 0800 number.'],
      ],
    ],
    [
      'an objection with its reasons in a "Comment:" field; a police sergeant and a councillor written "Counc" who will act; "but that" someone would act',
      'Comment: The Parish Council objects on the basis that it does not meet the space standards expected for new homes.\n\nPS Scott Lee would look into the issue. Counc M Ash will discuss with the Chairman of the parish meeting.\n\nThe path is maintained by the City Council but that Cllr Blake would inspect the path and report back.',
      [
        [
          'resolution',
          'Comment: The Parish Council objects on the basis that it does not meet the space standards expected for new homes.',
        ],
        ['action', 'PS Scott Lee would look into the issue.'],
        ['action', 'Counc M Ash will discuss with the Chairman of the parish meeting.'],
        [
          'action',
          'The path is maintained by the City Council but that Cllr Blake would inspect the path and report back.',
        ],
      ],
    ],
    [
      'short actions told with their matter, in a numbered list run together with no full stops',
      '2. Highways – nothing heard from the highways department re site meeting Action: Clerk to chase 3. Hedges in Church Road still require cutting back Action: Clerk to chase 4. Gas cylinders have now been removed',
      [
        ['action', 'Highways – nothing heard from the highways department re site meeting Action: Clerk to chase'],
        ['action', 'Hedges in Church Road still require cutting back Action: Clerk to chase'],
      ],
    ],
    [
      'numbered lines that each say what was decided, their full stops lost; not a line of what happened',
      '1. Apologies\n2. There were apologies from Ray Lee\n3. Standing Orders were approved without change\n4. Nigel Ash was confirmed as a co-opted appointment\n5. Matters arising that were agreed at the last meeting',
      [
        ['resolution', 'Standing Orders were approved without change'],
        ['resolution', 'Nigel Ash was confirmed as a co-opted appointment'],
      ],
    ],
    [
      'a planning response after a dash, in a list of applications run together',
      'P24/0453 12 Mill Way (Full Application) Demolition of a house and erection of five flats. - Ashby Parish Council objects to this application on the grounds of vehicle access. The increased traffic will be harmful.',
      [
        [
          'resolution',
          'P24/0453 12 Mill Way (Full Application) Demolition of a house and erection of five flats. Ashby Parish Council objects to this application on the grounds of vehicle access.',
        ],
      ],
    ],
    [
      'a response in a "Comments:" field; a body that is to act; several people by initial and surname who will act',
      'Comments: Ashby Parish Council does not support the granting of retrospective planning permission.\n\nThe finance committee is to investigate this further.\n\nC Brown, D Dale, K Ash, J Dee & M Vine will send direct to clerk.',
      [
        [
          'resolution',
          'Comments: Ashby Parish Council does not support the granting of retrospective planning permission.',
        ],
        ['action', 'The finance committee is to investigate this further.'],
        ['action', 'C Brown, D Dale, K Ash, J Dee & M Vine will send direct to clerk.'],
      ],
    ],
    [
      'officers elected after being proposed and seconded, and by a vote',
      'Election of Chairman – Councillor Ash was proposed, seconded and subsequently duly elected to serve as Chairman of the Council for the ensuing year.\n\nRowan Birch was voted Vice Chairman by 4 votes to 2',
      [
        [
          'resolution',
          'Election of Chairman – Councillor Ash was proposed, seconded and subsequently duly elected to serve as Chairman of the Council for the ensuing year.',
        ],
        ['resolution', 'Rowan Birch was voted Vice Chairman by 4 votes to 2'],
      ],
    ],
    [
      '"No comment." on an application, alone or after what members noted; not after a question to the room',
      'New Planning Applications:\n• APP/24/0929 Rooflights and flue – Mill House, Dunmore. No comment.\n• APP/24/1747 New dwelling – Site at Broom Farm. The members noted that it was unlikely to comply with policy. No comment.\n\nThe Chair asked for any questions. No comment.',
      [
        ['resolution', 'APP/24/0929 Rooflights and flue – Mill House, Dunmore. No comment.'],
        [
          'resolution',
          'APP/24/1747 New dwelling – Site at Broom Farm. The members noted that it was unlikely to comply with policy. No comment.',
        ],
      ],
    ],
    [
      'the councillors present who approved, in lower case',
      'The councillors present approved these amounts for payment with the exception of the hall hire.',
      [
        [
          'resolution',
          'The councillors present approved these amounts for payment with the exception of the hall hire.',
        ],
      ],
    ],
    [
      'business in the infinitive with its decision after a colon, and a subjunctive appointment without "That"',
      'To agree the licence for the open space on Mill Lane: Agreed Votes 7 in favour.\n\nCouncillor Reed be appointed chairman for the remainder of the municipal year.',
      [
        ['resolution', 'Agree the licence for the open space on Mill Lane: Agreed Votes 7 in favour.'],
        ['resolution', 'Councillor Reed be appointed chairman for the remainder of the municipal year.'],
      ],
    ],
    [
      'an office-holder proposed and seconded, then "All in favour"; a seconder alone and a vote on the minutes are not',
      '1. Election of Chairman\n\nAnn Ash: proposed by Ben Birch, seconded by Cara Cedar. All in favour\n\n2. Minutes\n\nA vote was taken on the accuracy of the minutes. All in favour.\n\nSeconded by Cllr Dale. All in favour.',
      [['resolution', 'Ann Ash: proposed by Ben Birch, seconded by Cara Cedar. All in favour']],
    ],
    [
      'the same formula on consecutive lines, with no blank line between: two decisions',
      'It was proposed seconded and unanimously agreed that Cllr Ash be re-elected as Chair of the Parish Council\nIt was proposed seconded and unanimously agreed that Cllr Birch be re-elected as Vice Chair of the Parish Council',
      [
        [
          'resolution',
          'It was proposed seconded and unanimously agreed that Cllr Ash be re-elected as Chair of the Parish Council',
        ],
        [
          'resolution',
          'It was proposed seconded and unanimously agreed that Cllr Birch be re-elected as Vice Chair of the Parish Council',
        ],
      ],
    ],
    [
      'elections told in narrative: proposed and elected, nominated and seconded and elected, duly co-opted',
      'Ann Ash was proposed and elected as Chair of the Council.\n\nBen Birch was nominated by Cara Cedar, seconded by Dan Dale and elected unanimously as Convener.\n\nEve duly co-opted to the Community Council.',
      [
        ['resolution', 'Ann Ash was proposed and elected as Chair of the Council.'],
        [
          'resolution',
          'Ben Birch was nominated by Cara Cedar, seconded by Dan Dale and elected unanimously as Convener.',
        ],
        ['resolution', 'Eve duly co-opted to the Community Council.'],
      ],
    ],
    [
      'action lines one under the other, each opening "ACTION –", with no blank line between',
      'Actions from the previous meeting\nACTION – Clerk to get a breakdown of what the levy covers\nACTION – Chair to contact the headteacher',
      [
        ['action', 'Clerk to get a breakdown of what the levy covers'],
        ['action', 'Chair to contact the headteacher'],
      ],
    ],
    [
      'officers declared elected, appointed as RFO or to a committee, and a chair who accepted the office',
      'There were no other nominations, so AB was declared elected.\n\nC D Elm was appointed as RFO.\n\nEF was appointed to the Finance Committee.\n\nCllr G Hazel kindly accepted the office of Chairman.',
      [
        ['resolution', 'There were no other nominations, so AB was declared elected.'],
        ['resolution', 'C D Elm was appointed as RFO.'],
        ['resolution', 'EF was appointed to the Finance Committee.'],
        ['resolution', 'Cllr G Hazel kindly accepted the office of Chairman.'],
      ],
    ],
    [
      'grants awarded and applications decided, each on a short line after a dash',
      'Applications had been received from:-\n\nBrookside Playgroup - Awarded £40.\n\nOld Mill Cottage, Brookside -approved.\n\nHigh Barn, Fenwick - not approved.',
      [
        ['resolution', 'Brookside Playgroup - Awarded £40.'],
        ['resolution', 'Old Mill Cottage, Brookside -approved.'],
      ],
    ],
    [
      'the members’ decision after a field label, a board that HOMOLOGATED, a council minded to approve',
      'Recommendation: Members supported this application.\n\nThe Board HOMOLOGATED the decision taken by the Chair to approve the tenancy.\n\nThe Council was minded unanimously to approve the new shop at this location.',
      [
        ['resolution', 'Recommendation: Members supported this application.'],
        ['resolution', 'The Board HOMOLOGATED the decision taken by the Chair to approve the tenancy.'],
        ['resolution', 'The Council was minded unanimously to approve the new shop at this location.'],
      ],
    ],
    [
      'a county councillor who said he would act, and what would be reported or re-advertised',
      'County Cllr Ash said he would pursue the matter with the highways officers.\n\nThe blocked drain would be reported via the online link.\n\nThe post will be re-advertised on the village noticeboards.',
      [
        ['action', 'County Cllr Ash said he would pursue the matter with the highways officers.'],
        ['action', 'The blocked drain would be reported via the online link.'],
        ['action', 'The post will be re-advertised on the village noticeboards.'],
      ],
    ],
    [
      'an undertaking told as what was noted, and an offer by a councillor, not one by another council',
      'It was noted that Mr Ash would write to the Minister seeking news of the air services.\n\nCouncillor Birch has offered to look into this.\n\nHolmfield Parish Council has offered to share the cost of the sign.',
      [
        ['action', 'It was noted that Mr Ash would write to the Minister seeking news of the air services.'],
        ['action', 'Councillor Birch to look into this.'],
      ],
    ],
    [
      'a plan or vouchers noted in the passive, and a body that DELEGATED in capitals',
      'The Forward Plan for the coming year was noted.\n\nThe receipt vouchers: nos 12 – 20 were NOTED.\n\nThe Committee DELEGATED to the Scrutiny Officer, with the Chair, the design of the final report.',
      [
        ['resolution', 'The Forward Plan for the coming year was noted.'],
        ['resolution', 'The receipt vouchers: nos 12 – 20 were NOTED.'],
        [
          'resolution',
          'The Committee DELEGATED to the Scrutiny Officer, with the Chair, the design of the final report.',
        ],
      ],
    ],
    [
      'the body over bullets (middle dots): asks of the Cabinet and requests for briefings, not concerns or what it noted',
      'Minutes:\n\nThe Committee:\n· Expressed concern that the tenants had not been told;\n· Asked that the Cabinet delay the sale until the survey was known;\n· Noted that it could call the decision in;\n· Requested a written briefing on the costs of the survey.',
      [
        ['recommendation', 'Asked that the Cabinet delay the sale until the survey was known'],
        ['information-request', 'Requested a written briefing on the costs of the survey.'],
      ],
    ],
    [
      'RESOLVED over parts run together on one line, each after a middle dot',
      'Members discussed the draft policy.\n\nRESOLVED: · That the draft gambling policy go out to consultation for eight weeks. · That the Committee delegate the start of the consultation to the Licensing Manager.',
      [
        ['resolution', 'The draft gambling policy go out to consultation for eight weeks.'],
        ['resolution', 'The Committee delegate the start of the consultation to the Licensing Manager.'],
      ],
    ],
    [
      'named councillors asking for training',
      'Councillors Ash and Birch requested training on the new procedure for members and officers.',
      [['request', 'Councillors Ash and Birch requested training on the new procedure for members and officers.']],
    ],
    [
      'a "Decision:" line in one item, then action points in the next',
      '10. Street Trading\n\nDecision: To approve the consent subject to the conditions agreed with the police.\n\n11. Action points\n\nOfficers to bring a report on vaping to the next meeting.',
      [
        ['resolution', 'Approve the consent subject to the conditions agreed with the police.'],
        ['action', 'Officers to bring a report on vaping to the next meeting.'],
      ],
    ],
    [
      'an action for a director named by the service they lead',
      'Agreed actions:\n\n- The Director of Public Health to circulate the vaccination data to members.',
      [['action', 'The Director of Public Health to circulate the vaccination data to members.']],
    ],
    [
      'a motion moved and seconded, then the vote that carried it',
      'It was moved by Councillor Ash and seconded by Councillor Birch that the recommendations be approved. On being put to the vote the motion was CARRIED.',
      [
        [
          'resolution',
          'It was moved by Councillor Ash and seconded by Councillor Birch that the recommendations be approved. On being put to the vote the motion was CARRIED.',
        ],
      ],
    ],
    [
      'a resolution to recommend whose lead-in names the body in brackets, the recommendation on the line below',
      '5. Terms of Reference\n\nResolved to RECOMMEND: (to Council)\n\nThat the revised terms of reference of the Scrutiny Committee be approved.',
      [['recommendation', 'The revised terms of reference of the Scrutiny Committee be approved.']],
    ],
    [
      'parts numbered 1.1, 1.2 on lines of their own under a lead-in',
      '1.\n\nELECTION OF CHAIR\n\nMinutes:\n\nRESOLVED that the following be appointed until the annual meeting:-\n\n1.1\n\nCouncillor Ann Dale (Northern Council) be appointed as Chair\n\n1.2\n\nCouncillor Ben Cole (Southern Council) be appointed as Vice-Chair',
      [
        ['resolution', 'Councillor Ann Dale (Northern Council) be appointed as Chair'],
        ['resolution', 'Councillor Ben Cole (Southern Council) be appointed as Vice-Chair'],
      ],
    ],
    [
      'a numbered part that leads into parts of its own: the parts below are what was decided',
      'Members discussed the budget.\n1. the Authority be recommended to:\ni) agree the revised spending plans;\nii) increase the precept by 2%;\n2. the Treasurer be authorised to adjust the use of reserves.',
      [
        ['resolution', 'Agree the revised spending plans'],
        ['resolution', 'Increase the precept by 2%'],
        ['resolution', 'The Treasurer be authorised to adjust the use of reserves.'],
      ],
    ],
    [
      'NOTED on a line of its own over numbered parts, one part with a keyword of its own, then FURTHER NOTED',
      '3 LOCAL ARRANGEMENTS\n\nDecision\n\nNOTED\n\n3.1     the changes to local support set out in the report;\n\n3.2     AGREED to receive a report on ward forums at a future meeting.\n\n3.3     FURTHER NOTED that a report on the rest of the standing orders would go to the Council in May.',
      [
        ['resolution', '3.1 the changes to local support set out in the report'],
        ['resolution', '3.2 AGREED to receive a report on ward forums at a future meeting.'],
        [
          'resolution',
          '3.3 FURTHER NOTED that a report on the rest of the standing orders would go to the Council in May.',
        ],
      ],
    ],
    [
      'an agenda-item page: the title (with the presenter’s initials), the recommendation carried, then its parts',
      'Agenda item\nReview of the Local Plan (JS)\nThe report was presented by the Head of Planning.\nThe recommendation in the report was moved, seconded, voted on and carried.\n- To note the progress on the review of the Local Plan.\n- To approve the timetable for the review at Appendix 2.',
      [
        ['resolution', 'Note the progress on the review of the Local Plan.'],
        ['resolution', 'Approve the timetable for the review at Appendix 2.'],
      ],
    ],
    [
      'a decision page’s "To approve that" over the decisions, and the chair’s housekeeping, which decides nothing',
      'The Chair will draw attention to the fire evacuation procedure.\n\nDecision:\n\nTo approve that\n\n         The depot project proceeds to its full business case.\n\n         Approval to the total scheme cost of £1,200,000 is given\n\nLead officer: Ann Dale',
      [
        ['resolution', 'The depot project proceeds to its full business case.'],
        ['resolution', 'Approval to the total scheme cost of £1,200,000 is given'],
      ],
    ],
    [
      'members complaining about the minutes, and the chair agreeing, after an aside, to refer it on',
      'Members objected to the omission from the minutes of the answers given to questions. In reply, the Chairman, while noting that the recording of the meeting held the answers in full, agreed to refer the matter to the Member Development Group.',
      [['action', 'The Chairman to refer the matter to the Member Development Group.']],
    ],
    [
      'a body that established something, and an undertaking with no one named after "and"',
      'Cabinet established a Climate Panel with the remit set out in the report.\n\nMembers were told the consultation was open and the link would be circulated to them to share.',
      [
        ['resolution', 'Cabinet established a Climate Panel with the remit set out in the report.'],
        ['action', 'Members were told the consultation was open and the link would be circulated to them to share.'],
      ],
    ],
    [
      'parts in the past tense under "That Council:-", the last leading into its details; a proposal in the report is not what was resolved',
      'The report proposed that the new template be used from May. It was proposed that the new template is used for all reports.\nRESOLVED: That Council :-\n(1) Determined the size of each committee as set out in Appendix 1;\n(2) Received nominations and appointed Councillors to serve on each of the committees listed:-\n• Licensing\n• Planning',
      [
        ['resolution', 'Determined the size of each committee as set out in Appendix 1'],
        [
          'resolution',
          'Received nominations and appointed Councillors to serve on each of the committees listed: Licensing; Planning',
        ],
      ],
    ],
    [
      'agreed not to do something; a council that, moved by a case, also resolved not to act; members asking to see a draft',
      'It was agreed not to write to the MP as the letter suggested.\n\nHowever, the Council were sorry for the tenant’s position and thus also resolved that it would not pursue the arrears.\n\nMembers request sight of the leaflet before it is delivered.',
      [
        ['resolution', 'It was agreed not to write to the MP as the letter suggested.'],
        [
          'resolution',
          'However, the Council were sorry for the tenant’s position and thus also resolved that it would not pursue the arrears.',
        ],
        ['request', 'Members request sight of the leaflet before it is delivered.'],
      ],
    ],
    [
      'CONCLUDED as the keyword, over numbered parts',
      'The Chair gave an update.\n\nCONCLUDED that the update be noted.\n\nCONCLUDED that:\n\n1. Progress on the joint review be noted.\n\n2. Regular progress reports be presented to the Committee.',
      [
        ['resolution', 'The update be noted.'],
        ['resolution', 'Progress on the joint review be noted.'],
        ['resolution', 'Regular progress reports be presented to the Committee.'],
      ],
    ],
    [
      '"Agreed that –" over numbered parts, the lead-in ending in a dash',
      '5. Strategy\n\nAgreed that –\n\n1.         the board approves the Wellbeing Framework.\n\n2.         the board reviews the framework in a year.',
      [
        ['resolution', 'The board approves the Wellbeing Framework.'],
        ['resolution', 'The board reviews the framework in a year.'],
      ],
    ],
    [
      'work-programme parts wrapped over blank lines onto indented lines, in lower case and with a hanging indent',
      '5. Work Programme\n\nThe Committee went through the ideas raised at the seminar.\n\nRESOLVED that the following issues to be added to the Work Programmes indicated:-\n\n  1)  Town Centre Strategy – To include the measures of footfall\n\n and spend - Scrutiny Co-ordination Committee\n\n2)  Leisure Investment Fund – Finance and Corporate\n\n Services Scrutiny Board (Scrutiny Board 1)',
      [
        [
          'work-programme',
          'Town Centre Strategy – To include the measures of footfall and spend - Scrutiny Co-ordination Committee',
        ],
        [
          'work-programme',
          'Leisure Investment Fund – Finance and Corporate Services Scrutiny Board (Scrutiny Board 1)',
        ],
      ],
    ],
    [
      'an issue page with the decision due and the decision taken: RESOLVED over parts, one running on with a comma into its own part',
      'Cabinet considered the report and RESOLVED:\n1. To have regard to the consultation feedback received to date when setting the phase one proposals.\n2. To recommend to Council on 17 December 2025, having had regard to feedback,\na) Approval of the phase one budget proposals in Appendix 1;\n3. To note the timetable for the second phase of consultation and the approval of the strategy.\nDecision due: 8 Dec 2025 by Cabinet\nDecision status: Recommendations Approved',
      [
        [
          'resolution',
          'Have regard to the consultation feedback received to date when setting the phase one proposals.',
        ],
        ['resolution', 'Approval of the phase one budget proposals in Appendix 1'],
        ['resolution', 'Note the timetable for the second phase of consultation and the approval of the strategy.'],
      ],
    ],
    [
      '"THE DECISION:" over a body that approves and recommends, and its parts',
      'The reason for the decision:\nTo keep the budget balanced.\nTHE DECISION:\nThat the Cabinet approves and recommends to Council that:-\n(1) the budget remains at £8,100,000;\n(2) £1,500 be allocated from the Economic Development Fund.',
      [
        ['recommendation', 'The budget remains at £8,100,000'],
        ['recommendation', '£1,500 be allocated from the Economic Development Fund.'],
      ],
    ],
    [
      'a licensing sub-committee that determined and upheld; recommendations carried by number; the chair’s announcement read out',
      '2. The Chairman will read the following announcement:\n\n“I would like to remind everyone present that this meeting will be broadcast live.”\n\nThe Sub-Committee determined that the applicant had complied with the regulations.\n\nThe Sub-Committee upheld the appeal against the revocation of the licence.\n\nRecommendations 1 and 2 of the cabinet minute carried.\n\nCouncil then voted on recommendation 3 of the cabinet minute, which was also carried.',
      [
        ['resolution', 'The Sub-Committee determined that the applicant had complied with the regulations.'],
        ['resolution', 'The Sub-Committee upheld the appeal against the revocation of the licence.'],
        ['resolution', 'Recommendations 1 and 2 of the cabinet minute carried.'],
        ['resolution', 'Council then voted on recommendation 3 of the cabinet minute, which was also carried.'],
      ],
    ],
    [
      'a report noted as recommended; a decision of another meeting reported with its date; the chair to make an announcement',
      'The Chair to announce the following: “The meeting is being filmed.”\n\nThe report was noted, as recommended.\n\nThe terms of reference were agreed at a meeting of Full Council on 21 May 2024.\n\nThe Chair to sign the grant application.',
      [
        ['resolution', 'The report was noted, as recommended.'],
        ['action', 'The Chair to sign the grant application.'],
      ],
    ],
    [
      'a parish decision confirmed in a word after it: "This was agreed to.", "Duly resolved.", "This was resolved unanimously."; a reason with a negative before "it was resolved"',
      '3. Village plan grant\n\nCllr Ash said the Council should keep to the budgeted figure and let the £60 balance run into next year. This was agreed to.\n\n4. To approve the cheques. These cheques to be made out as the orders arrive. This was resolved unanimously.\n\n5. To pay the play area inspector £90. Cheque to be made out accordingly. Duly resolved.\n\n6. Wildlife project\n\nGiven that the grant could not be drawn first, it was resolved to spend up to £480.',
      [
        [
          'resolution',
          'Cllr Ash said the Council should keep to the budgeted figure and let the £60 balance run into next year. This was agreed to.',
        ],
        ['resolution', 'These cheques to be made out as the orders arrive. This was resolved unanimously.'],
        ['resolution', 'Cheque to be made out accordingly. Duly resolved.'],
        ['resolution', 'Given that the grant could not be drawn first, it was resolved to spend up to £480.'],
      ],
    ],
    [
      'an undertaking after the decision on its line, or after a comma; a response in lower case under an application; rates set in the passive; a decision after a clause of reason with no comma',
      '5. Hedges\n\nRESOLVED to authorise up to £900 for the work. Cllr Oakes agreed to circulate quotes when received.\n\n6. Footpaths\n\nCllr Reed reported that the path at Mill Farm was now clear, Cllr Reed agreed to look at the remaining paths.\n\n7. Planning\n\nRef: 25/01234/FUL – Single storey rear extension at 4 Church Lane.\n\nNo objection\n\n8. Budget\n\nCemetery – Water rates were increased by 5%.\n\nGiven that the matter is nearly settled it was decided that the Council would fund the remaining legal fees.',
      [
        ['resolution', 'Authorise up to £900 for the work.'],
        ['action', 'Cllr Oakes to circulate quotes when received.'],
        ['action', 'Cllr Reed to look at the remaining paths.'],
        ['resolution', 'Ref: 25/01234/FUL – Single storey rear extension at 4 Church Lane. No objection'],
        ['resolution', 'Cemetery – Water rates were increased by 5%.'],
        [
          'resolution',
          'Given that the matter is nearly settled it was decided that the Council would fund the remaining legal fees.',
        ],
      ],
    ],
    [
      'a community council’s topics run into their minutes ("Website- …", "Police Report:- …"); someone who was to act; something that will be advertised or signed',
      'Community Website-  J. Alder is to move the page to a group so that it is easier to join.\n\nPolice Report:-  Mrs Birch asked why no officer had come. The Secretary was to contact the officers for an answer.\n\nVacancies. Mr Cedar did not take up the seat. The vacancy will be re-advertised.\n\nAccounts. The Certificate of Exemption would be signed by the Chairman and sent to the auditors.',
      [
        ['action', 'Community Website- J. Alder is to move the page to a group so that it is easier to join.'],
        ['action', 'The Secretary was to contact the officers for an answer.'],
        ['action', 'The vacancy will be re-advertised.'],
        ['action', 'The Certificate of Exemption would be signed by the Chairman and sent to the auditors.'],
      ],
    ],
    [
      'the vote after a decision is part of it; a motion "X proposed and Y seconded" carried on a line below',
      '3026. Finances\n\nThe above payment was agreed. Proposed: Ann Ash. Seconded: Ben Birch.\n\n5.2 25/01234/DOM - 10 Mill Lane Single storey rear extension. No objection. Unanimous decision.\n\n1. Appointment of Chair\n\nCouncillor Alder proposed and Councillor Birch seconded “That Councillor Cedar be appointed Chair for the ensuing year.”\n\nUpon a vote the motion was carried.',
      [
        ['resolution', 'The above payment was agreed. Proposed: Ann Ash. Seconded: Ben Birch.'],
        ['resolution', '25/01234/DOM - 10 Mill Lane Single storey rear extension. No objection. Unanimous decision.'],
        [
          'resolution',
          'Councillor Alder proposed and Councillor Birch seconded “That Councillor Cedar be appointed Chair for the ensuing year.” Upon a vote the motion was carried.',
        ],
      ],
    ],
    [
      'two initials after "Action:" give the action to whom they name, and open no list; a decisions list’s purpose "To provide …, covering:" leads into nothing',
      '- Matters arising:\n- Kerbs – the date for the work has not yet been announced. Action: AB\n- Planning Matters:\n- House east of the Mill – Refused\n\nDecisions published\n\nTo provide the Council with an update on the budget, covering:\n• General Fund Revenue\n• Capital Programme\n\nDecision Maker: Cabinet',
      [['action', 'Kerbs – the date for the work has not yet been announced.']],
    ],
    [
      'parish decisions without a keyword line: "It was proposed, seconded, and unanimously resolved …", "All Cllrs agree …", "It was agreed it would …", "has agreed to represent" after a topic and a colon; "Agreed" alone inside a sentence',
      '4. Chair\n\nIt was proposed, seconded, and unanimously resolved to elect Councillor Ash as the Chair.\n\n5. Precept\n\nAll cllrs agree to the precept of £12,500.\n\nIt was agreed it would be right to leave the reserves at their present level.\n\n6. Outside bodies\n\nAlmshouse Charity:   Cllr Birch and Mr Cedar has agreed to represent the Parish Council.\n\n7. Vice-Chair\n\nMinutes:\n\nCouncillor Dale proposed and Councillor Elm seconded and it was\n\nAgreed\n\nthat Councillor Fir be appointed Vice-Chair.',
      [
        ['resolution', 'It was proposed, seconded, and unanimously resolved to elect Councillor Ash as the Chair.'],
        ['resolution', 'All cllrs agree to the precept of £12,500.'],
        ['follow-up', 'It would be right to leave the reserves at their present level.'],
        ['action', 'Cllr Birch and Mr Cedar to represent the Parish Council.'],
        ['resolution', 'Councillor Fir be appointed Vice-Chair.'],
      ],
    ],
    [
      'a planning response after the site and the description, each a short sentence of the same line',
      '3. Planning\n\n18a High Street, Ashby. Replacement of timber windows. No objection.',
      [['resolution', '18a High Street, Ashby. Replacement of timber windows. No objection.']],
    ],
    [
      'a body that NOTED, in capitals, at the end of a paragraph of discussion',
      '3. Council Plan update\n\nMembers discussed the uptake of digital services and missed bin collections. The Cabinet NOTED the progress made towards delivering the Council Plan.',
      [['resolution', 'The Cabinet NOTED the progress made towards delivering the Council Plan.']],
    ],
    [
      '"The Executive Resolved to:" over numbered parts in the imperative, each ending in a semicolon; a motion after "seconded by … and –", carried or lost by the count below it',
      'The Executive Resolved to:\n\n1. Note the appointments to outside bodies in Annex A;\n2. Recommend to Council to note the appointments;\n3. Note the guidance for members (Annex B).\n\nElection of Chair\n\nIt was proposed by Councillor Ash, seconded by Councillor Birch and –\n\nThat Councillor Cedar be elected as Chair of the Council.\n\n(Vote: For - 33, Against - 3, Abstentions - 0)\n\nIt was proposed by Councillor Dale, seconded by Councillor Elm and –\n\nThat Councillor Fir be elected as Vice Chair of the Council.\n\n(Vote: For – 15, Against – 21, Abstentions – 0)',
      [
        ['resolution', 'Note the appointments to outside bodies in Annex A'],
        ['recommendation', 'Recommend to Council to note the appointments'],
        ['resolution', 'Note the guidance for members (Annex B).'],
        ['resolution', 'Councillor Cedar be elected as Chair of the Council.'],
      ],
    ],
    [
      'parish decisions "Proposed, seconded and passed" after a dash, and "The decision was made to …"',
      'Donations\n\nVillage Fete Ltd - Proposed, seconded and passed that the Parish Council accept the donation of £500.\n\nGrass cutting\n\nThe decision was made to stay with the present contractor.',
      [
        [
          'resolution',
          'Village Fete Ltd - Proposed, seconded and passed that the Parish Council accept the donation of £500.',
        ],
        ['resolution', 'The decision was made to stay with the present contractor.'],
      ],
    ],
    [
      '"It was, unanimously, agreed for the Clerk to …", "it was agreed by all that …"; things to be passed on or taken down',
      'Hall sale\n\nIt was, unanimously, agreed for the Clerk to write to the purchasers.\n\nDonations\n\nIt was agreed by all that a donation of £200 would be sent.\n\nGrants\n\nDetails to be passed onto local groups.\n\nPlaying field\n\nThe old goals to be taken down and given to the football club.',
      [
        ['follow-up', 'The Clerk to write to the purchasers.'],
        ['follow-up', 'A donation of £200 would be sent.'],
        ['action', 'Details to be passed onto local groups.'],
        ['action', 'The old goals to be taken down and given to the football club.'],
      ],
    ],
    [
      'a nomination moved and seconded is not yet the decision; members who will be invited to elect are an agenda’s words',
      'Election of Chair\n\nMembers will be invited to elect a Chair of the Authority for the year.\n\nCouncillor Ash was nominated and seconded.\n\nRESOLVED – That Councillor Ash be elected Chair of the Authority for the year.',
      [['resolution', 'Councillor Ash be elected Chair of the Authority for the year.']],
    ],
    [
      'a committee that RECOMMENDS in capitals; a "Recommendation to Full Council for …"',
      'Community bank\n\nThe Hub Committee RECOMMENDS that this Council support the community bank.\n\nGrass cutting\n\nRecommendation to Full Council for the Parish Council to fund eleven cuts.',
      [
        ['recommendation', 'The Hub Committee RECOMMENDS that this Council support the community bank.'],
        ['recommendation', 'Recommendation to Full Council for the Parish Council to fund eleven cuts.'],
      ],
    ],
    [
      'DECISION in capitals with a colon and the decision on the same line',
      '23. Land at Mill Lane\n\nA neighbour spoke against the scheme.\n\nDECISION: That planning permission be granted subject to the conditions in the report.',
      [['resolution', 'Planning permission be granted subject to the conditions in the report.']],
    ],
    [
      'printed minutes indented throughout, numbered parts with hanging indents',
      '       The Cabinet Member said that most of the proposals could be accepted.\n\n       RESOLVED:\n\n       1.   That the response to the Select Committee, as set out in\n            Appendix 2, be agreed.\n\n       2.   That the Director of Housing report to Cabinet in March on\n            the costs of warden cover.\n\n       3.   That the Leader write to the Chair of the Select Committee to\n            thank it for its work.',
      [
        ['resolution', 'The response to the Select Committee, as set out in Appendix 2, be agreed.'],
        ['information-request', 'The Director of Housing report to Cabinet in March on the costs of warden cover.'],
        ['action', 'The Leader write to the Chair of the Select Committee to thank it for its work.'],
      ],
    ],
    [
      'undertakings at the end of what officers said, after a negative or in the passive',
      'The Leader said he did not have the figure to hand and would provide it after the meeting.\n\nThe Chair said a reply was expected soon and that it would be circulated to members when it came.\n\nMembers were told that the item had been withdrawn.',
      [
        ['action', 'The Leader said he did not have the figure to hand and would provide it after the meeting.'],
        ['action', 'The Chair said a reply was expected soon and that it would be circulated to members when it came.'],
      ],
    ],
    [
      'a meeting page whose keywords and item numbers were lost: numbered "To note …" parts under titles marked by their papers',
      'Minutes of the last meeting pdf icon PDF 120 KB\n\nThat the minutes of the meeting held on 3 May be confirmed as a correct record.\n\nApologies for Absence\n\nApologies were received from Councillor Dale.\n\nTreasury Outturn pdf icon PDF 310 KB\n\n1.    To note the borrowing position at the year end.\n\n2.    To approve the revised limits set out in Appendix B.\n\nLibrary Opening Hours pdf icon PDF 200 KB\n\nCouncillor Rowe asked about Saturdays. The Cabinet Member said that a further report on weekend opening would be brought to Cabinet in the autumn.\n\n1.    To note the results of the consultation.\n\n2.    To agree the new opening hours from 1 April.',
      [
        ['resolution', 'The minutes of the meeting held on 3 May be confirmed as a correct record.'],
        ['resolution', 'Note the borrowing position at the year end.'],
        ['resolution', 'Approve the revised limits set out in Appendix B.'],
        [
          'action',
          'The Cabinet Member said that a further report on weekend opening would be brought to Cabinet in the autumn.',
        ],
        ['resolution', 'Note the results of the consultation.'],
        ['resolution', 'Agree the new opening hours from 1 April.'],
      ],
    ],
    [
      'a lead-in that recommends to Council "that:", over parts each in the subjunctive, whatever the verb',
      'RESOLVED that the Executive recommends to Council the proposals of the review, that:\n(i) the two area panels be merged;\n(ii) subject to (i) above, the joint board be dissolved;\n(iii) a scrutiny panel be created for each portfolio.',
      [
        ['recommendation', 'The two area panels be merged'],
        ['recommendation', 'Subject to (i) above, the joint board be dissolved'],
        ['recommendation', 'A scrutiny panel be created for each portfolio.'],
      ],
    ],
    [
      'an action line that runs on into another decision',
      'Resignation of Cllr Stone. Action: Clerk to send a letter of thanks to Cllr Stone.  Council resolved to co-opt Mrs Vane.',
      [
        ['action', 'Clerk to send a letter of thanks to Cllr Stone.'],
        ['resolution', 'Council resolved to co-opt Mrs Vane.'],
      ],
    ],
    [
      'a numbered paragraph that agreed something about business raised at the last meeting',
      '9.1 The committee discussed its work programme.\n\n9.2 It was agreed to set up a review board to examine the flooding issues raised at the last meeting.\n\n9.3 It had been agreed at the last meeting that a site visit would be arranged.',
      [['follow-up', 'Set up a review board to examine the flooding issues raised at the last meeting.']],
    ],
    [
      'parish minutes: "Approved" after what it approves, actions by first name, a short line of who is to act',
      '25. Accounts:\n\n25.1 County association membership. Approved\n\n25.2 Defibrillators – pads checked, Jayne to order two new sets.\n\nMembers requested updates on two earlier actions.\n\nScrutiny to chase.',
      [
        ['resolution', 'County association membership. Approved'],
        ['action', 'Defibrillators – pads checked, Jayne to order two new sets.'],
        ['request', 'Members requested updates on two earlier actions.'],
        ['action', 'Scrutiny to chase.'],
      ],
    ],
    [
      'a schedule of planning applications under "Decision:": each decision with its reference and site',
      'Decision:\n\nAlderton\n\n21/00963/FUL\n\nThe Old Forge Mill Lane Alderton\n\nMinded to permit\n\n7\n\nClick Here To View\n\nLeigh\n\n21/01373/FUL\n\nVine Cottage The Wharf Coombe Hill\n\nRefuse\n\n5\n\nClick Here To View',
      [
        ['resolution', '21/00963/FUL The Old Forge Mill Lane Alderton: Minded to permit'],
        ['resolution', '21/01373/FUL Vine Cottage The Wharf Coombe Hill: Refuse'],
      ],
    ],
    [
      'a lead-in that lists things added to the work programme keeps each; a payments list stays one decision',
      '5. Work Programme\n\nThe Committee went through the ideas raised at the seminar.\n\nRESOLVED that the following issues to be added to the Work Programmes indicated:-\n\n(a) Air quality – to include additional indicators\n\n(b) Investment Fund – for the Finance Scrutiny Board\n\nIt was resolved to approve the following payments:\n\n(a) Clerk’s salary £450.00\n\n(b) Hall hire £24.00',
      [
        ['work-programme', 'Air quality – to include additional indicators'],
        ['work-programme', 'Investment Fund – for the Finance Scrutiny Board'],
        ['resolution', 'It was resolved to approve the following payments: Clerk’s salary £450.00; Hall hire £24.00'],
      ],
    ],
    [
      'initials marking the sentence before as an action, in a run-on community council minute',
      'Invitation to the roads manager. This is now proposed for the October meeting and invitations will be issued. MG Action. Clerk to the Council.',
      [
        [
          'action',
          'Invitation to the roads manager. This is now proposed for the October meeting and invitations will be issued.',
        ],
      ],
    ],
    [
      'the vote on a line of its own, then the motion it carried in capitals',
      'It was proposed by Cllr Hale and seconded by Cllr Orme and CARRIED:\n9 for, 0 against, 0 abstentions.\nTHAT THE COUNCIL RENEWS THE ALLOTMENT LEASE FOR FIVE YEARS.',
      [['resolution', 'THE COUNCIL RENEWS THE ALLOTMENT LEASE FOR FIVE YEARS.']],
    ],
    [
      'the body "resolved to:" over verb-first parts, each a decision of its own',
      'Following consideration, the Committee resolved to:\n\n(1) Note the report;\n\n(2) Add a report on call-in to the work programme;\n\n(3) Ask the Director to review the framework.',
      [
        ['resolution', 'Note the report'],
        ['work-programme', 'Add a report on call-in to the work programme'],
        ['resolution', 'Ask the Director to review the framework.'],
      ],
    ],
    [
      'a motion moved and seconded whose keyword was lost, then parts that decide, and an officer who offered to send something',
      'Members were concerned about the hedgerow. It was moved by Councillor Garside, seconded by Councillor Noble and\n\nthat the application be refused because the access is too narrow.\n\nThe Planning Officer said it had and offered to send Councillor Pym the daylight study.\n\n(i) the application be permitted subject to conditions;\n\n(ii) the Head of Planning be given delegated powers to add a condition.',
      [
        ['resolution', 'The application be refused because the access is too narrow.'],
        ['action', 'The Planning Officer said it had and offered to send Councillor Pym the daylight study.'],
        ['resolution', 'The application be permitted subject to conditions'],
        ['resolution', 'The Head of Planning be given delegated powers to add a condition.'],
      ],
    ],
    [
      'a refusal is a decision; a lost amendment is not',
      'The amendment was put to the vote and was not carried.\n\nThe Panel did not approve the request to close the library on Saturdays.',
      [['resolution', 'The Panel did not approve the request to close the library on Saturdays.']],
    ],
    [
      'a reference in brackets inside a decision is not a list of parts (its two "that"s are two decisions)',
      'RESOLVED – That the subject of petition (1) be referred to the Cabinet and that the subject of petition (2) be referred to the Director of Housing for a reply.',
      [
        ['resolution', 'The subject of petition (1) be referred to the Cabinet.'],
        ['resolution', 'The subject of petition (2) be referred to the Director of Housing for a reply.'],
      ],
    ],
    [
      'terse one-line parish business: a decision after a hyphen, and who is to act after a comma',
      '7. Grants- village hall £200, scout group £150-agreed\n\n8. Bus shelter- glass cracked again, cllr Poole to get a quote for a polycarbonate panel',
      [
        ['resolution', 'Village hall £200, scout group £150-agreed'],
        ['action', 'Glass cracked again, cllr Poole to get a quote for a polycarbonate panel'],
      ],
    ],
    [
      'the keyword on a line of its own, the decision below it',
      'RESOLVED:\n\nThat Councillor Ames be elected Vice-Chairman for the year.',
      [['resolution', 'Councillor Ames be elected Vice-Chairman for the year.']],
    ],
    [
      'numbered parts run together on one line, in the words "to NOTE" and "to AGREE"',
      'Cllr Hale MOVED, Cllr Orme SECONDED and it was RESOLVED to: 1. Note the consultation results 2. Agree the five priorities 3. Agree that progress is reported annually',
      [
        ['resolution', 'Note the consultation results'],
        ['resolution', 'Agree the five priorities'],
        ['resolution', 'Agree that progress is reported annually'],
      ],
    ],
    [
      'a lead-in whose sense belongs to each part',
      'RESOLVED that the Committee:-\n\n(a) note the report;\n\n(b) receive a further report on bus routes in March.',
      [
        ['resolution', 'Note the report'],
        ['information-request', 'Receive a further report on bus routes in March.'],
      ],
    ],
    [
      'lettered parts with no keyword, the later ones with no decision word',
      'Members discussed the review.\n\na. That Councillors Ash and Birch be appointed to the review group.\n\nb. Councillor Cedar represent the Committee on the forum.',
      [
        ['resolution', 'Councillors Ash and Birch be appointed to the review group.'],
        ['resolution', 'Councillor Cedar represent the Committee on the forum.'],
      ],
    ],
    [
      'a body’s decision with no keyword, and a request after it',
      'The Housing Panel noted the progress made. A Member asked that a copy of the survey be circulated to Members.',
      [
        ['resolution', 'The Housing Panel noted the progress made.'],
        ['request', 'A Member asked that a copy of the survey be circulated to Members.'],
      ],
    ],
    [
      'a decision printed twice, as "Decision:" and as "Minutes:"',
      'Decision: RESOLVED that the budget be approved. Minutes: RESOLVED that the budget be approved.',
      [['resolution', 'The budget be approved.']],
    ],
    [
      'a lost amendment and the motion then carried',
      'An amendment to defer the item was moved. A vote was taken on the amendment, which was not carried. The vote on the recommendation was then taken, and carried by 12 votes to 3.',
      [['resolution', 'The vote on the recommendation was then taken, and carried by 12 votes to 3.']],
    ],
    [
      'a part that leads into a list of its own details, and the next part after them',
      'RESOLVED: (a) That the application be granted subject to conditions to include:\n\n(i) Approved plans;\n\n(ii) Materials to be agreed in writing;\n\n(b) That powers be delegated to the Head of Planning to finalise the conditions.',
      [
        [
          'resolution',
          'The application be granted subject to conditions to include: Approved plans; Materials to be agreed in writing',
        ],
        ['resolution', 'Powers be delegated to the Head of Planning to finalise the conditions.'],
      ],
    ],
    [
      'a motion’s words on the line after who proposed and seconded it',
      'Election of Chair\n\nProposed by Cllr Ada Moss, seconded by Cllr Ben Hale.\n\nThat Cllr Ada Moss be Chair of the Board for 2024-25.',
      [['resolution', 'Cllr Ada Moss be Chair of the Board for 2024-25.']],
    ],
    [
      'a proposal, then the vote',
      'It was proposed by Cllr. Rees and seconded by Cllr. Hart that a grant of £200 be given. All in favour.',
      [
        [
          'resolution',
          'It was proposed by Cllr. Rees and seconded by Cllr. Hart that a grant of £200 be given. All in favour.',
        ],
      ],
    ],
    [
      'actions someone took on, and one written with the owner after it',
      'The Director undertook to circulate the figures. Clerk to order two benches.\n\nThe noticeboard needs repainting.\n\nAction: AB',
      [
        ['action', 'The Director to circulate the figures.'],
        ['action', 'Clerk to order two benches.'],
        ['action', 'The noticeboard needs repainting.'],
      ],
    ],
    [
      'an officer report’s proposals',
      'It is recommended that Cabinet:\n\n1. Notes the progress made;\n\n2. Approves the revised charges.',
      [],
    ],
    [
      'a motion moved before the vote, and the vote',
      'The Convener, seconded by the Vice Convener, moved:-\n\nthat the Committee approve the recommendations.\n\nThe Committee resolved:-\n\nto adopt the motion.',
      [['resolution', 'Adopt the motion.']],
    ],
    [
      'a decision that ends by introducing a list: the list is what was decided',
      'The following grants were approved:\n\n(a) Village Hall, £300\n\n(b) Youth Club, £150\n\nThe meeting closed at 9pm.',
      [['resolution', 'The following grants were approved: Village Hall, £300; Youth Club, £150']],
    ],
    [
      'the same lead-in twice in one item: one decision, both lists',
      'The following grants were approved:\n\n(a) Village Hall, £300\n\nThe following grants were approved:\n\n(a) Scout Group, £80',
      [['resolution', 'The following grants were approved: Village Hall, £300; Scout Group, £80']],
    ],
    [
      'a lead-in over the words of the decision, and those words again with the response',
      'The following comment was agreed:\n\nP/2231 New garage at Mill Farm, Lower Street\n\nP/2231 New garage at Mill Farm, Lower Street NO OBJECTIONS',
      [['resolution', 'P/2231 New garage at Mill Farm, Lower Street NO OBJECTIONS']],
    ],
    [
      'a request for a report, then the decision that asks for it',
      'Members requested a further report on the overspend, to which the Committee agreed.\n\nRESOLVED – That the Committee receive a further report on the overspend.',
      [['information-request', 'The Committee receive a further report on the overspend.']],
    ],
    [
      'what was agreed in discussion, then a decision that reflects the discussion',
      'It was agreed that the item on parking be removed from the work programme.\n\nRESOLVED – That the work programme be updated to reflect discussions.',
      [
        [
          'work-programme',
          'The work programme be updated to reflect discussions: The item on parking be removed from the work programme.',
        ],
      ],
    ],
    [
      'a motion made and then seconded and agreed, then "Resolved – accordingly"',
      '4. Minutes\n\nThe motion was made by the Chair – that the minutes of the meeting held on 30 March be signed as a correct record.\n\nThe motion was seconded by Councillor Ash, put and agreed.\n\nResolved – accordingly.\n\n5. Vice-Chair\n\nThere being no other nominations, Councillor Birch was duly appointed as Vice-Chair.\n\nResolved – accordingly.',
      [
        ['resolution', 'The minutes of the meeting held on 30 March be signed as a correct record.'],
        ['resolution', 'There being no other nominations, Councillor Birch was duly appointed as Vice-Chair.'],
      ],
    ],
    [
      'a decisions page: "That Cabinet approves that:-" over lettered parts, no keyword',
      'Alternative options considered:\n\nThe reason for the decision:\n\nThe scheme would not pay for itself.\n\nThat Cabinet approves that:-\n\n(a) the project is closed;\n\n(b) the costs of £29,045 are transferred to revenue.',
      [
        ['resolution', 'The project is closed'],
        ['resolution', 'The costs of £29,045 are transferred to revenue.'],
      ],
    ],
    [
      'an open forum is not a body deciding what is listed under it',
      'Open Forum:\nIt was noted that the agenda was late going on the website.\nTraffic on the hill: speeds were of grave concern.\n\n5. Police\n\nThe Police Report was noted. Cllr Ash asked the Clerk to write to the school about parking.',
      [
        ['resolution', 'The Police Report was noted.'],
        ['action', 'Cllr Ash asked the Clerk to write to the school about parking.'],
      ],
    ],
    [
      'a sentence, then "RESOLVED and noted." in the same paragraph, then more said',
      '84/23 Police\n\nThe patrol car had been visiting the school at drop off times. RESOLVED and noted. The Council thanked Cllr Ash for following it up.',
      [['resolution', 'The patrol car had been visiting the school at drop off times.']],
    ],
    [
      'narrative parish minutes: "and it was resolved to", "and it was agreed to", "the Clerk would", appointments agreed',
      'Two applications had been received and it was unanimously resolved to co-opt both onto the Parish Council. Declarations of Acceptance of Office were duly signed.\n\nChalk marks had been reported and it was agreed to raise this with the Youth Club.\n\nIt was suggested that a contact sheet would be useful, the Clerk would arrange this.\n\nIt was agreed to appoint Ann Ash as Treasurer.',
      [
        [
          'resolution',
          'Two applications had been received and it was unanimously resolved to co-opt both onto the Parish Council.',
        ],
        ['follow-up', 'Raise this with the Youth Club.'],
        ['action', 'It was suggested that a contact sheet would be useful, the Clerk would arrange this.'],
        ['resolution', 'Appoint Ann Ash as Treasurer.'],
      ],
    ],
    [
      'minute numbers with a slash before titles in capitals, "Resolved –" on the same line',
      '1491 / APPOINTMENT OF CHAIR – Resolved – That Councillor Ash be appointed as Chair of the Authority.\n\n1492 / OUTSIDE BODIES - The Chair confirmed the nominations.\n\nResolved – That the following be appointed:\n(i) Pest Control Committee – Chief Inspector\n(ii) Resilience Forum – Councillor Birch',
      [
        ['resolution', 'Councillor Ash be appointed as Chair of the Authority.'],
        ['resolution', 'Pest Control Committee – Chief Inspector'],
        ['resolution', 'Resilience Forum – Councillor Birch'],
      ],
    ],
    [
      'officers chosen in initials: who proposed, who seconded, all agreed',
      'GR was proposed by MD & GB. All agreed. Chair took over the meeting.\n\nChair proposed BB as Vice Chair. Sec MD. All agreed.',
      [
        ['resolution', 'GR was proposed by MD & GB. All agreed.'],
        ['resolution', 'Chair proposed BB as Vice Chair. Sec MD. All agreed.'],
      ],
    ],
    [
      'numbered parts under inline headings in capitals: apologies are not a decision, an appointment is',
      'Minutes:\n\n1. APPOINTMENT OF CHAIRMAN: Mr Ash was appointed Chairman of the Forum for the year.\n\n2. APOLOGIES FOR ABSENCE: Apologies for absence were received from Mr Birch.\n\n3. REPORTS: Nothing to report.',
      [['resolution', 'APPOINTMENT OF CHAIRMAN: Mr Ash was appointed Chairman of the Forum for the year.']],
    ],
    [
      'a chief executive asked to act, a payment line with the clerk to check it, an item for the next agenda',
      'The Chief Executive was asked to write to the employees concerned.\n\n• £120 to the payroll bureau – clerk to check what is to be expected for this fee\n\nRequest for allotments – To be Agendered for the next planning meeting',
      [
        ['action', 'The Chief Executive was asked to write to the employees concerned.'],
        ['action', '£120 to the payroll bureau – clerk to check what is to be expected for this fee'],
        ['work-programme', 'Request for allotments – To be Agendered for the next planning meeting'],
      ],
    ],
    [
      'the same formula twice, each a paragraph with no full stop; a view of plans agreed is a decision',
      'It was proposed seconded and unanimously agreed that Cllr Ash be re-elected as Chair of the Parish Council\n\nIt was proposed seconded and unanimously agreed that Cllr Birch be re-elected as Vice Chair of the Parish Council\n\nIt was agreed that the Council had no objection to the plans.',
      [
        [
          'resolution',
          'It was proposed seconded and unanimously agreed that Cllr Ash be re-elected as Chair of the Parish Council',
        ],
        [
          'resolution',
          'It was proposed seconded and unanimously agreed that Cllr Birch be re-elected as Vice Chair of the Parish Council',
        ],
        ['resolution', 'The Council had no objection to the plans.'],
      ],
    ],
    [
      'parish minutes: a clerk instructed, a clerk who would act after a dash, an offer after "and", a volunteer after a comma, all agreed that',
      'Clerk instructed to write to the courts service about the closure.\n\nThe resignation of Mr Ash was received – the Clerk would notify the Elections Office.\n\nThere had been no police at the meeting for some time and he offered to take up the resource issue with the Commissioner.\n\nBoxes were placed in the shops, Cllr S Birch volunteered to make up some boxes.\n\nAll agreed that Mrs Cedar be invited to a meeting in the autumn.',
      [
        ['action', 'Clerk instructed to write to the courts service about the closure.'],
        ['action', 'The resignation of Mr Ash was received – the Clerk would notify the Elections Office.'],
        ['action', 'Take up the resource issue with the Commissioner.'],
        ['action', 'Boxes were placed in the shops, Cllr S Birch volunteered to make up some boxes.'],
        ['follow-up', 'Mrs Cedar be invited to a meeting in the autumn.'],
      ],
    ],
    [
      'an election in a one-line item whose title has a hyphen, a representative nominated',
      '1. Election of Vice-Chairman – Cllr Sue Ash was elected as Vice-Chairman\n\n2. Representatives – Mr Birch was unanimously nominated as the Village Hall representative',
      [
        ['resolution', 'Cllr Sue Ash was elected as Vice-Chairman'],
        ['resolution', 'Mr Birch was unanimously nominated as the Village Hall representative'],
      ],
    ],
    [
      'a request, and the undertaking that answers it',
      'Councillor Dale asked that the waiting-list figures be circulated to Members. The Housing Manager agreed to arrange this.',
      [['request', 'Councillor Dale asked that the waiting-list figures be circulated to Members.']],
    ],
    [
      'a decision printed twice in slightly different words',
      'RESOLVED:\n\n(a) That the programme of visits for the year be agreed.\n\nDecision:\n\n(a) That the programme of visits for the year, as amended, be agreed.',
      [['resolution', 'The programme of visits for the year be agreed.']],
    ],
    [
      'a "Decision" heading over decisions in the infinitive',
      'Decision\n\n(a) To agree to close actions 2 and 5.\n\n(b) To otherwise note the remaining actions.',
      [
        ['resolution', 'Agree to close actions 2 and 5.'],
        ['resolution', 'Otherwise note the remaining actions.'],
      ],
    ],
    [
      'a motion adopted as the decision: its clauses are the decisions',
      'Decision\n\nTo approve the following motion by Councillor Reid:\n\n"Council:\n\n(a) Notes the rise in fly-tipping;\n\n(b) Requests a report on enforcement within two cycles."',
      [
        ['resolution', 'Notes the rise in fly-tipping'],
        ['information-request', 'Requests a report on enforcement within two cycles.'],
      ],
    ],
    [
      'a decision page’s "Decision:" field in the infinitive, under "as follows:"',
      'Decision:\n\nThat the report recommendations be approved, as follows:\n\n1. To note the air quality modelling results summarised in the first appendix.\n\n2. To approve public consultation on a charging zone for eight weeks from February.\n\nMinutes:\n\nThe Mayor introduced the report.',
      [
        ['resolution', 'Note the air quality modelling results summarised in the first appendix.'],
        ['resolution', 'Approve public consultation on a charging zone for eight weeks from February.'],
      ],
    ],
    [
      'an undertaking after an opening clause',
      'In response to a question from Councillor Bell, the Leader agreed to publish the modelling assumptions.',
      [['action', 'The Leader to publish the modelling assumptions.']],
    ],
    [
      '"Decisions" and "Actions" as headings over their lists',
      'Decisions\n\n(a) Members agreed the travel policy.\n\nActions\n\n(a) Secretariat to circulate the policy to all councils.',
      [
        ['resolution', 'Members agreed the travel policy.'],
        ['action', 'Secretariat to circulate the policy to all councils.'],
      ],
    ],
    [
      'a sum with pence in a decision, and a list of earlier actions with how they stand',
      'Payments of £1,284.60 listed on the schedule were approved.\n\nClerk to write to Highways about the drainage - Done, reply awaited',
      [['resolution', 'Payments of £1,284.60 listed on the schedule were approved.']],
    ],
    [
      'the council’s office given an action',
      'No reply has been received from the Health Board. Office to request a written response.',
      [['action', 'Office to request a written response.']],
    ],
    [
      '"Agreed to" inside a paragraph, and a letter referred on',
      'The County will not supply a new bin here. Agreed to buy a bin and ask the contractor to fill it.\n\nEmail from a resident asking for a bench. Refer to the Amenities Committee.',
      [
        ['resolution', 'Agreed to buy a bin and ask the contractor to fill it.'],
        ['resolution', 'Refer to the Amenities Committee.'],
      ],
    ],
    [
      'an earlier decision reported, and a question',
      'As agreed at the last meeting, a bin had been provided. A Member asked whether the bin was emptied weekly?',
      [],
    ],
    [
      'parts numbered inside a sentence after "It was RESOLVED that", each with the lead-in’s sense',
      'CLERK’S REPORT (a) Spring Fair It was NOTED that the fair would be on 5th March. (b) Annual Dance It was reported that the 12th February would clash with the Mayor’s Charity Ball and that another date should be found for the dance. The best date would be the 19th since the 26th was too close to the fair It was RESOLVED that (i) the Clerk contact the Club to book Friday 19th February; and (ii) Councillor Evans arrange to book the band.',
      [
        ['resolution', 'It was RESOLVED that the Clerk contact the Club to book Friday 19th February'],
        ['resolution', 'It was RESOLVED that Councillor Evans arrange to book the band.'],
      ],
    ],
    [
      'a page run into one paragraph: each numbered item’s decision on its own',
      'Apologies: Councillors Hunt and Pervaiz 1 Appointment of Chair RESOLVED That Councillor Ash be appointed as Chair of the Authority for the year. 2 Appointment of Vice Chair RESOLVED That Councillor Birch be appointed as Vice Chair of the Authority for the year.',
      [
        ['resolution', 'Councillor Ash be appointed as Chair of the Authority for the year.'],
        ['resolution', 'Councillor Birch be appointed as Vice Chair of the Authority for the year.'],
      ],
    ],
    [
      'sub-paragraphs numbered "9.A1" run into one paragraph, an initial in a name, and "agreed by all"',
      '9 Finances\n\n9.A1 The Clerk read out the annual governance statement and this was completed and signed. 9.A2 The Clerk read out the accounts and this was completed and signed.\n\n10 Chair\n\nCouncillor P. Jones asked for nominations for Vice-Chair and Councillor Perren was duly re-elected. Agreed by all that a formal lease was needed. A donation of £50 was also agreed for the air ambulance.',
      [
        ['resolution', 'The Clerk read out the annual governance statement and this was completed and signed.'],
        ['resolution', 'The Clerk read out the accounts and this was completed and signed.'],
        [
          'resolution',
          'Councillor P. Jones asked for nominations for Vice-Chair and Councillor Perren was duly re-elected.',
        ],
        ['resolution', 'Agreed by all that a formal lease was needed.'],
        ['resolution', 'A donation of £50 was also agreed for the air ambulance.'],
      ],
    ],
    [
      'initials after "Action:" at the end of a paragraph, initials "to attend", two co-opted at once, and conservators deciding',
      'Bridge Update: the Harbour Master had tendered for the push boat service and is waiting to hear the outcome. Action: HM\n\nIJ to attend\n\nJo Ash and Sam Birch were both unanimously co-opted onto the council.\n\nThe Board of Conservators approved in principle the access framework.',
      [
        [
          'action',
          'Bridge Update: the Harbour Master had tendered for the push boat service and is waiting to hear the outcome.',
        ],
        ['action', 'IJ to attend'],
        ['resolution', 'Jo Ash and Sam Birch were both unanimously co-opted onto the council.'],
        ['resolution', 'The Board of Conservators approved in principle the access framework.'],
      ],
    ],
    [
      'paragraph numbers run into their first word, and decisions of members put in other words',
      '23.001.It was resolved to elect Cllr Davies as committee chair for the year.\n\n23.002.The Clerk was authorised to pay the invoices on submission.\n\nAt the same meeting members agreed to increase the precept by 2%. Members went on to agree to consult over the summer. Members rejected a third option of closing the depot. The Council agreed that it did not support any further wind farms.',
      [
        ['resolution', 'It was resolved to elect Cllr Davies as committee chair for the year.'],
        ['resolution', 'The Clerk was authorised to pay the invoices on submission.'],
        ['resolution', 'At the same meeting members agreed to increase the precept by 2%.'],
        ['resolution', 'Members went on to agree to consult over the summer.'],
        ['resolution', 'Members rejected a third option of closing the depot.'],
        ['resolution', 'The Council agreed that it did not support any further wind farms.'],
      ],
    ],
    [
      'a community council’s run-on notes: a task after a dash with a full name, "ACTION: Cllr …", and requests by name',
      'Seat on the green – in need of renovation – George Murray to instigate.\n\nThe bus shelter glass is cracked again. ACTION: Cllr Sinclair\n\nITEM 7 (264) HIGHWAYS Clerk to request progress reports on overgrown hedges. Glyn Jenkins requested a site meeting with the Footpaths Officer. Glyn Jenkins asked for Highways and the Police to be informed.\n\nThis will be referred back to Full Council.\n\nAt the request of the Committee the Clerk undertook to send a further email.',
      [
        ['action', 'Seat on the green – in need of renovation – George Murray to instigate.'],
        ['action', 'The bus shelter glass is cracked again.'],
        ['action', 'ITEM 7 (264) HIGHWAYS Clerk to request progress reports on overgrown hedges.'],
        ['request', 'Glyn Jenkins requested a site meeting with the Footpaths Officer.'],
        ['request', 'Glyn Jenkins asked for Highways and the Police to be informed.'],
        ['action', 'This will be referred back to Full Council.'],
        ['action', 'The Clerk to send a further email.'],
      ],
    ],
    [
      'an action that names a councillor as "Clr.", and one decided after the matter was discussed',
      'A letter from a resident about a fall on the green. The Clerk to pass the letter to Clr. Baker for his consideration.\n\nThe applications were discussed in full and the Council agreed that it had no objections to either.',
      [
        ['action', 'The Clerk to pass the letter to Clr. Baker for his consideration.'],
        [
          'resolution',
          'The applications were discussed in full and the Council agreed that it had no objections to either.',
        ],
      ],
    ],
    [
      'a decisions page: a paragraph of several decisions under its heading, and an election with the declaration signed',
      'Decisions of the Annual Council\n\nThe decisions made at the meeting are as follows.\n\nCouncillor Ash was elected Chairman of the Council for the year. Councillors approved the sale of the depot in Mill Lane. The Mayor thanked everyone for coming.\n\nThere being no other nominations Cllr. Birch was unanimously elected as Vice Chairman and signed the declaration of acceptance of office.',
      [
        ['resolution', 'Councillor Ash was elected Chairman of the Council for the year.'],
        ['resolution', 'Councillors approved the sale of the depot in Mill Lane.'],
        [
          'resolution',
          'There being no other nominations Cllr. Birch was unanimously elected as Vice Chairman and signed the declaration of acceptance of office.',
        ],
      ],
    ],
    [
      'printed minutes with each roman marker on a line of its own, an agreement in the present perfect, someone to be asked, and a promise after "but"',
      '212\nMatters Arising\ni)\nChurch Lane drain – the water company has cleared it. This will be\nconfirmed.\nii)\nIt has been agreed to buy a second grit bin for School Road. The landowner\nwill be asked whether it may stand on the verge.\niii)\nThe PCSO was asked about parking near the school. It is hard to police, but she\npromised to arrange more patrols at home time.',
      [
        ['follow-up', 'Buy a second grit bin for School Road.'],
        ['action', 'The landowner will be asked whether it may stand on the verge.'],
        ['action', 'Arrange more patrols at home time.'],
      ],
    ],
    [
      'two elections in one numbered line, parted by a semicolon, then the forms signed',
      '4. CHAIR AND VICE CHAIR: Cllr. Ash was elected as Chair, proposed by Cllr. Birch; Cllr. Birch was elected as Vice Chair, proposed by Cllr. Ash. Acceptance of Office Forms were signed.\n\n5. Agendas for the year will be asked of the Clerk.\n\nThe Committee will be asked to agree its terms of reference at the next meeting.',
      [
        ['resolution', 'CHAIR AND VICE CHAIR: Cllr. Ash was elected as Chair, proposed by Cllr. Birch'],
        ['resolution', 'Cllr. Birch was elected as Vice Chair, proposed by Cllr. Ash.'],
      ],
    ],
    [
      'an action that asks "The …" by name, and an undertaking reported by someone’s initials',
      'Action: Cllr. Ash to order the bench and ask The Old Forge if it may stand outside.\n\nKT noted that she would send the grant form to the treasurer.',
      [
        ['action', 'Cllr. Ash to order the bench and ask The Old Forge if it may stand outside.'],
        ['action', 'KT noted that she would send the grant form to the treasurer.'],
      ],
    ],
    [
      'a report’s recommendation, then the resolution in nearly the same words: the resolution is the decision',
      'That the Assembly agrees to the request of the Planning Committee to ask the Mayor to respond to its report on housing targets.\n\n5.1 The Assembly received the report.\n\n5.2 Resolved:\n\nThat the request of the Planning Committee that the Assembly asks the Mayor to respond to its report on housing targets be agreed.',
      [
        [
          'resolution',
          'The request of the Planning Committee that the Assembly asks the Mayor to respond to its report on housing targets be agreed.',
        ],
      ],
    ],
    [
      'two bullets of a decision run together on one line after "and"',
      'Decision\nCabinet agreed to:\n• Adopt the parking standards at Appendix 1, and • authorise the Director of Place to make minor corrections before publication.',
      [
        ['resolution', 'Adopt the parking standards at Appendix 1'],
        ['resolution', 'Authorise the Director of Place to make minor corrections before publication.'],
      ],
    ],
    [
      'a co-option decided by a majority vote, and a council that agreed with the idea put to it',
      'Each candidate’s statement was read out before the vote. Mrs Ann Lee was co-opted by a majority vote. It was proposed by Cllr. Ash that a young person be invited to become a Youth Ambassador. Council agreed with the idea, subject to the role being described at a later meeting.',
      [
        ['resolution', 'Mrs Ann Lee was co-opted by a majority vote.'],
        ['resolution', 'Council agreed with the idea, subject to the role being described at a later meeting.'],
      ],
    ],
    [
      'an undertaking given for the council in public session',
      'A resident addressed the Council about the state of the footpaths. The Chairman advised that the Council would respond in writing to each of his points.',
      [['action', 'The Chairman advised that the Council would respond in writing to each of his points.']],
    ],
    [
      'a keyword whose line names only the body, over the parts that decide',
      'RESOLVED – That the Fire Authority:\n\n i. appointed Councillor Ash as Chair of the Authority; and\n\n ii. noted the Chair’s wish to be called Chairman.',
      [
        ['resolution', 'Appointed Councillor Ash as Chair of the Authority'],
        ['resolution', 'Noted the Chair’s wish to be called Chairman.'],
      ],
    ],
    [
      'parish notes: "Agreed" before who should act, a tracker noted and updated, and a contract to be signed',
      'Agreed Council should ask the landowner about the skate park site.\n\nThe action tracker of earlier decisions was noted and updated.\n\nContract to be signed and a deposit of £300 paid.\n\nAll cheques require to be signed by two of the signatories.',
      [
        ['resolution', 'Agreed Council should ask the landowner about the skate park site.'],
        ['resolution', 'The action tracker of earlier decisions was noted and updated.'],
        ['action', 'Contract to be signed and a deposit of £300 paid.'],
      ],
    ],
    [
      'office-bearers with who proposed and seconded them after semicolons, and undertakings after "and"',
      'Chair: Ann Lee; Proposed by. C. Reid; Seconded. S. Ward.\n\nVice-Chairman; Tom Reid proposed Sam Ward, seconded Ann Lee.\n\nMembers raised the loose headstones and the Clerk stated that she would investigate.\n\nSpeeding in Mill Road was raised and the officer agreed to report it to the traffic team.',
      [
        ['resolution', 'Chair: Ann Lee; Proposed by. C. Reid; Seconded. S. Ward.'],
        ['resolution', 'Vice-Chairman; Tom Reid proposed Sam Ward, seconded Ann Lee.'],
        ['action', 'Members raised the loose headstones and the Clerk stated that she would investigate.'],
        ['action', 'Speeding in Mill Road was raised and the officer agreed to report it to the traffic team.'],
      ],
    ],
    [
      'a proposal seconded with nothing more is the decision, unless the next sentence says it was lost',
      'Cllr Ash proposed that the grant be paid to the village hall; Cllr Birch seconded.\n\nCllr Cole proposed that the verges be cut monthly, seconded by Cllr Dean. On being put to the vote the motion was lost.',
      [['resolution', 'Cllr Ash proposed that the grant be paid to the village hall; Cllr Birch seconded.']],
    ],
    [
      'a request put to the meeting that ends with everyone agreeing',
      'Recording: the Chair asked that the meeting be recorded for the minute taker, all those present agreed.',
      [
        [
          'resolution',
          'Recording: the Chair asked that the meeting be recorded for the minute taker, all those present agreed.',
        ],
      ],
    ],
    [
      'a decision field left empty, and a number cut from its sentence by the page',
      'Decision:\n\nNone required.\n\nRESOLVED:\n\n1976.',
      [],
    ],
    [
      'an action with a negative only in its condition, and a negative that is the whole point',
      'Clerk to write to the county councillor for a note of news if he is unable to attend a meeting.\n\nThe notes would not be circulated to Members.',
      [['action', 'Clerk to write to the county councillor for a note of news if he is unable to attend a meeting.']],
    ],
    [
      'a footpath’s code, a dash, and what is to be done in lower case',
      '(b) FP12 – article for the newsletter to be obtained from the footpath warden.',
      [['action', 'FP12 – article for the newsletter to be obtained from the footpath warden.']],
    ],
    [
      'someone named in the sentence before who was asked to do something',
      'A resident has put a planter on the verge. He was asked to remove it until the Council had a licence for it.',
      [['action', 'He was asked to remove it until the Council had a licence for it.']],
    ],
    [
      'a body that delegated authority to an officer',
      'The Committee delegated authority to the Head of Housing to agree the final terms of the lease.',
      [
        [
          'resolution',
          'The Committee delegated authority to the Head of Housing to agree the final terms of the lease.',
        ],
      ],
    ],
    [
      'nominations seconded after a comma, co-options proposed by name, and the council agreeing after what was said',
      'Cllr Hale nominated Cllr Orme as Vice Chairman, this was seconded by Cllr Pye.\n\nSue Lee proposed Tom Reid and Ann Cole be co-opted as councillors, seconded by Sam Ward.\n\nThe Chairman said that the caretaker was unwell and Council agreed to send him a card.',
      [
        ['resolution', 'Cllr Hale nominated Cllr Orme as Vice Chairman, this was seconded by Cllr Pye.'],
        ['resolution', 'Sue Lee proposed Tom Reid and Ann Cole be co-opted as councillors, seconded by Sam Ward.'],
        ['resolution', 'The Chairman said that the caretaker was unwell and Council agreed to send him a card.'],
      ],
    ],
    [
      'an update requested, in the passive, with no one named',
      'Pavement parking was raised again. An update was requested on the actions set out in the last minutes.',
      [['information-request', 'An update was requested on the actions set out in the last minutes.']],
    ],
    [
      'items agreed for the next agenda, and a standing order to be adopted later',
      'Next meeting – items agreed for inclusion in the agenda: the skate park and the precept.\n\nThe amended Standing Order to be adopted at the October meeting.\n\nDeclarations of interest: none relevant to the matters to be discussed.',
      [
        ['work-programme', 'Next meeting – items agreed for inclusion in the agenda: the skate park and the precept.'],
        ['action', 'The amended Standing Order to be adopted at the October meeting.'],
      ],
    ],
    [
      'a vote’s label before the decision, a resolution after "However, after further discussion", a new chairman, and a response agreed',
      'VOTE Unanimous agreement, AB co-opted as a member.\n\nHowever, after further discussion it was resolved that the first site was the most suitable.\n\nEmma Hill was elected as the new Chairman, proposed by Tom Reid.\n\nThe Council considered the footpaths consultation and agreed a response based on the officer’s suggestions.',
      [
        ['resolution', 'VOTE Unanimous agreement, AB co-opted as a member.'],
        ['resolution', 'However, after further discussion it was resolved that the first site was the most suitable.'],
        ['resolution', 'Emma Hill was elected as the new Chairman, proposed by Tom Reid.'],
        [
          'resolution',
          'The Council considered the footpaths consultation and agreed a response based on the officer’s suggestions.',
        ],
      ],
    ],
    [
      'an office-holder staying on, members asked to send something in, and leaflets to be handed out',
      'With no further nominations Mr Dean remains as Vice Chair.\n\nThe Chairman asked members to send any requests for the transport plan to the Clerk by the end of the month.\n\nLeaflets will be distributed to every house in the village.',
      [
        ['resolution', 'With no further nominations Mr Dean remains as Vice Chair.'],
        [
          'request',
          'The Chairman asked members to send any requests for the transport plan to the Clerk by the end of the month.',
        ],
        ['action', 'Leaflets will be distributed to every house in the village.'],
      ],
    ],
    [
      'a shape read after an inline heading in capitals',
      'MATTERS ARISING: Councillors would request warning signs at the junction of Mill Lane with the A30.',
      [
        [
          'action',
          'MATTERS ARISING: Councillors would request warning signs at the junction of Mill Lane with the A30.',
        ],
      ],
    ],
    [
      'the police who will do something, not the police who would welcome calls',
      'The Police will email information about reporting non-urgent matters.\n\nThe police would welcome calls from anyone with concerns.',
      [['action', 'The Police will email information about reporting non-urgent matters.']],
    ],
    [
      'a board that fully supported a proposal, and posts confirmed in the passive',
      'The Board fully supported the proposal from the carers’ forum to hold joint workshops.\n\nThe two posts needed to run the hub were confirmed, with Ann Lee as Director.',
      [
        ['resolution', 'The Board fully supported the proposal from the carers’ forum to hold joint workshops.'],
        ['resolution', 'The two posts needed to run the hub were confirmed, with Ann Lee as Director.'],
      ],
    ],
    [
      'a team that agreed to act, after "Decision/Action:"',
      'The deficit was discussed at length. Decision/Action: The Leadership Team agreed to discuss this further at its next meeting.',
      [['resolution', 'Decision/Action: The Leadership Team agreed to discuss this further at its next meeting.']],
    ],
    [
      'a numbered heading in capitals and a dash before who proposed and seconded',
      '7.2. ELECTION OF VICE CHAIR – Cllr Hart proposed and Cllr Bell seconded that Cllr Dee Moss be elected as Vice Chair for the year. This was agreed.',
      [
        [
          'resolution',
          'ELECTION OF VICE CHAIR – Cllr Hart proposed and Cllr Bell seconded that Cllr Dee Moss be elected as Vice Chair for the year. This was agreed.',
        ],
      ],
    ],
    [
      'agreeing to be nominated, and signing the acceptance of office, are not actions',
      'JB agreed to be nominated.\n\nCllr Moss would sign the official acceptance of office register at the next meeting.',
      [],
    ],
    [
      'planning responses in a flattened table, after a place name, and a vote on the proposition of a councillor',
      'Mrs J Pike 12 Mill Lane Great Hadley No objections.\n\nOn the proposition of Cllr Kerr, seconded by Cllr Allen and agreed by all, Cllr Ross was elected Vice Chair.',
      [
        ['resolution', 'Mrs J Pike 12 Mill Lane Great Hadley No objections.'],
        [
          'resolution',
          'On the proposition of Cllr Kerr, seconded by Cllr Allen and agreed by all, Cllr Ross was elected Vice Chair.',
        ],
      ],
    ],
    [
      'office-bearers run together after a heading, and a decision agreed by all present',
      'Meeting to elect office bearers Chairman; Ann Lee proposed Tom Reid, seconded Sam Ward, Secretary; Tom Reid proposed Ann Lee, seconded Joe Bell Treasurer; No member came forward so it was decided to co-opt Kay Hill as treasurer, agreed by all present.',
      [
        ['resolution', 'Chairman; Ann Lee proposed Tom Reid, seconded Sam Ward'],
        ['resolution', 'Secretary; Tom Reid proposed Ann Lee, seconded Joe Bell'],
        [
          'resolution',
          'No member came forward so it was decided to co-opt Kay Hill as treasurer, agreed by all present.',
        ],
      ],
    ],
    [
      'someone who would be meeting or writing: an undertaking; someone who would be happy to: not one',
      'Mr Hale said that he would be meeting the bus operator the following week.\n\nCllr Price would be writing to the landowner.\n\nCllr Ross would be happy to help at the fete.',
      [
        ['action', 'Mr Hale said that he would be meeting the bus operator the following week.'],
        ['action', 'Cllr Price would be writing to the landowner.'],
      ],
    ],
    [
      'a business line closed by who proposed and seconded it; an amendment or recommendation moved and seconded is not yet a decision',
      'Approval of the contract of employment - Proposed by Cllr Hicks and seconded by Cllr Mann.\n\nAn amendment to add a sentence on bus shelters was moved by Cllr Pettifer and seconded by Cllr Orrin.\n\nThe recommendations were moved by Cllr Dorrian and seconded by Cllr Bell.',
      [['resolution', 'Approval of the contract of employment - Proposed by Cllr Hicks and seconded by Cllr Mann.']],
    ],
    [
      'a unanimous decision after the item’s title and a dash; councillors who recommended',
      'Village sign – Unanimous decision to repaint the sign in the spring.\n\nCouncillors recommended that permission should be granted.',
      [
        ['resolution', 'Village sign – Unanimous decision to repaint the sign in the spring.'],
        ['recommendation', 'Councillors recommended that permission should be granted.'],
      ],
    ],
    [
      'actions in capitals at the end of a paragraph; a clerk’s note with "to" left out; asked to, after another passive',
      'The quote for the bench was discussed and approved by all. CLERK TO ORDER THE BENCH\n\nThe bins need emptying more often. CLLR MARSH / CLERK TO SPEAK TO THE CONTRACTOR\n\nA resident wrote about the hedge on Mill Lane. Clerk reply.\n\nThe Clerk was given the contractor’s details and asked to obtain a second quote.\n\nThe shelter roof leaks. Clerk asked to arrange a repair.',
      [
        ['resolution', 'The quote for the bench was discussed and approved by all.'],
        ['action', 'CLERK TO ORDER THE BENCH'],
        ['action', 'CLLR MARSH / CLERK TO SPEAK TO THE CONTRACTOR'],
        ['action', 'Clerk reply.'],
        ['action', 'The Clerk was given the contractor’s details and asked to obtain a second quote.'],
        ['action', 'Clerk asked to arrange a repair.'],
      ],
    ],
    [
      'elections and planning responses that end with "unanimous decision", run together after full stops',
      'Election of Chairman: Mrs Hart nominated Mr Dale, seconded Mr Lowe, unanimous decision.\n\nPlanning 24/00101/B 3 Quay Road Mr Ash New porch No objection, unanimous decision. 24/00117/C Old Mill Lane Ms Brook Change of use to holiday let No objection, majority decision. 24/00120/B Harbour Wall Replacement railings – Approval recommended.',
      [
        ['resolution', 'Election of Chairman: Mrs Hart nominated Mr Dale, seconded Mr Lowe, unanimous decision.'],
        ['resolution', 'Planning 24/00101/B 3 Quay Road Mr Ash New porch No objection, unanimous decision.'],
        [
          'resolution',
          '24/00117/C Old Mill Lane Ms Brook Change of use to holiday let No objection, majority decision.',
        ],
        ['resolution', '24/00120/B Harbour Wall Replacement railings – Approval recommended.'],
      ],
    ],
    [
      'everyone in agreement; the meeting agreed; all approved; it was agreed the …; a negative inside a proviso',
      'Cllr Boyd offered to represent the council on the hall committee. All were in agreement that he should do so.\n\nThe meeting agreed payment of the printing invoice of £220.\n\nInvoices for May were listed. All approved for payment.\n\nIt was agreed the October meeting would move to the school hall.\n\nIt was therefore further agreed to allow ten minutes for each speaker.\n\nCouncil agreed to hear the items on the proviso that it would not decide them tonight.',
      [
        ['action', 'Cllr Boyd to represent the council on the hall committee.'],
        ['resolution', 'All were in agreement that he should do so.'],
        ['resolution', 'The meeting agreed payment of the printing invoice of £220.'],
        ['resolution', 'All approved for payment.'],
        ['follow-up', 'The October meeting would move to the school hall.'],
        ['follow-up', 'Allow ten minutes for each speaker.'],
        ['resolution', 'Council agreed to hear the items on the proviso that it would not decide them tonight.'],
      ],
    ],
    [
      'what will be advertised or sought, an item for the next agenda, and a councillor agreeing to act in a clause after "with"',
      'The two vacancies will be advertised.\n\nMore details will be sought from the applicant before any comment is made.\n\nParking on the green to be an agenda item for the next meeting.\n\nThe cost of new signs was discussed, with Councillor Ann Lowe agreeing to ask for quotes.',
      [
        ['action', 'The two vacancies will be advertised.'],
        ['action', 'More details will be sought from the applicant before any comment is made.'],
        ['work-programme', 'Parking on the green to be an agenda item for the next meeting.'],
        ['action', 'The cost of new signs was discussed, with Councillor Ann Lowe agreeing to ask for quotes.'],
      ],
    ],
    [
      'numbered actions with a colon; something to be done after a title and a hyphen (not what someone asked for); a longer subject that will be published',
      'Action 2: Will Price to raise the naming of offenders on his blog.\n\nLitter on the green - Two more bins to be ordered.\n\nMatters arising - Cllr Dane asked again for the verge to be cut.\n\nThe new hire charges and conditions for the pavilion will be posted on the website.',
      [
        ['action', 'Will Price to raise the naming of offenders on his blog.'],
        ['action', 'Litter on the green - Two more bins to be ordered.'],
        ['action', 'The new hire charges and conditions for the pavilion will be posted on the website.'],
      ],
    ],
    [
      'ACTION and initials after the sentence they own, or before what is to be done; a secretary who will act, after a comma',
      'The group needs a bank account. Opening one needs the constitution and bank details. ACTION KMacR.\n\nACTION HB to pass the form to the council.\n\nThe gate has come loose again, the Secretary will contact the contractor to repair it.\n\nThe road was flooded in March. ACTION None.\n\nKR asked RB for an estimate of the cost. Agreed. ACTION RB.',
      [
        ['action', 'Opening one needs the constitution and bank details.'],
        ['action', 'ACTION HB to pass the form to the council.'],
        ['action', 'The gate has come loose again, the Secretary will contact the contractor to repair it.'],
        ['action', 'KR asked RB for an estimate of the cost. Agreed.'],
      ],
    ],
    [
      'first-person decisions; a grant awarded, in the passive; a named person who said she would act',
      'We agreed to ask the district council for a second bin.\n\nAfter discussion the grant was awarded to the youth club for its summer trip.\n\nAnn Cole said she would invoice the football club for the use of the pitch.',
      [
        ['resolution', 'We agreed to ask the district council for a second bin.'],
        ['resolution', 'After discussion the grant was awarded to the youth club for its summer trip.'],
        ['action', 'Ann Cole said she would invoice the football club for the use of the pitch.'],
      ],
    ],
    [
      'a body that encouraged or urged someone to act; a panel that would like to see something; someone to be advised of the outcome',
      'The Board encouraged the housing company to publish its timetable.\n\nThe Panel would like to see the survey results before its next meeting.\n\nThe resident would be advised of the outcome.',
      [
        ['request', 'The Board encouraged the housing company to publish its timetable.'],
        ['request', 'The Panel would like to see the survey results before its next meeting.'],
        ['action', 'The resident would be advised of the outcome.'],
      ],
    ],
    [
      'RESOLVED misspelt, over parts numbered "1)" in the subjunctive; someone to be contacted and asked if; a bare "Recommend refusal" after its application',
      'It was RESOVED unanimously that:\n\n1) Compost bays be created at the two main parks.\n\n2) A chipper be purchased.\n\nIt was agreed that the community police officer be contacted and asked if speed checks can be done.\n\n5.1 24/0544 Two-storey extension at 4 Mill Lane. Recommend refusal.',
      [
        ['resolution', 'Compost bays be created at the two main parks.'],
        ['resolution', 'A chipper be purchased.'],
        ['follow-up', 'The community police officer be contacted and asked if speed checks can be done.'],
        ['resolution', '24/0544 Two-storey extension at 4 Mill Lane. Recommend refusal.'],
      ],
    ],
    [
      'two nominations for the chair, each on the proposition of someone, then the vote that elected one',
      'On the proposition of Councillor Ash, seconded by Councillor Birch, Councillor Dale was nominated as Chair of the Council.\n\nOn the proposition of Councillor Lowe, seconded by Councillor Hart, Councillor Ross was nominated as Chair of the Council.\n\nA recorded vote was taken.\n\nThat Councillor Dale be elected as Chair of the Council for the year.',
      [['resolution', 'Councillor Dale be elected as Chair of the Council for the year.']],
    ],
    [
      'general agreement; a vote that fills a vacancy; a body that will consult; payments authorised and approved',
      'There is general agreement that the bus shelter should be moved.\n\nIt was unanimously voted upon that the vacancy be filled by Sam Hale.\n\nThe Forum will consult its member groups on the new timetable.\n\nPayments for May. Authorised and approved.',
      [
        ['resolution', 'There is general agreement that the bus shelter should be moved.'],
        ['follow-up', 'The vacancy be filled by Sam Hale.'],
        ['action', 'The Forum will consult its member groups on the new timetable.'],
        ['resolution', 'Payments for May. Authorised and approved.'],
      ],
    ],
    [
      'a clerk who is to go back, or was directed to ask; a task that will be done by someone named; SUPPORT in capitals; tied nominations are not decisions',
      'The Clerk is to go back to the planning officer about the garage.\n\nThe Clerk was directed to ask the pharmacy about its opening hours.\n\nOld housing surveys will be sourced by Karen.\n\n24/0311 Land at Mill Lane. The Planning Committee SUPPORT this application as access will be easier.\n\nCllr K. Green – Proposed by Cllr B. Moss, and seconded by Cllr S. Hale\n\nCllr L. Gray – Proposed by Cllr T. Penn, and seconded by Cllr J. Ward',
      [
        ['action', 'The Clerk is to go back to the planning officer about the garage.'],
        ['action', 'The Clerk was directed to ask the pharmacy about its opening hours.'],
        ['action', 'Old housing surveys will be sourced by Karen.'],
        ['resolution', 'The Planning Committee SUPPORT this application as access will be easier.'],
      ],
    ],
    [
      'a minute book: Mr X proposed, Mr Y seconded, carried; a clerk to act after a dash run onto the word before',
      'Mr A Hale proposed the Vicar be Chairman again.  Mr C Dale seconded. Carried.\n\nThe lease needs to be renewed before the grant can be sought– The Clerk to look into options. CPC to complete the land registration.',
      [
        ['resolution', 'Mr A Hale proposed the Vicar be Chairman again.'],
        ['action', 'The lease needs to be renewed before the grant can be sought– The Clerk to look into options.'],
        ['action', 'CPC to complete the land registration.'],
      ],
    ],
    [
      'an undertaking that mentions what someone else had agreed is not an earlier decision',
      'The Chair agreed to follow up the letter that the company had agreed to send to the highways team.\n\nThe Clerk agreed to check with the contractor if they had resolved the drainage problem.',
      [
        ['action', 'The Chair to follow up the letter that the company had agreed to send to the highways team.'],
        ['action', 'The Clerk to check with the contractor if they had resolved the drainage problem.'],
      ],
    ],
    [
      'parish notes run together: what someone highlighted is not an action; a bare "Motion carried." after its proposal is the same decision',
      '4. Play equipment: Mrs Hale highlighted items on to be purchased. Mrs Hale to send quote details to the clerk. Unanimously agree to purchase. Mrs Hale to arrange a site visit with the supplier and tell councillors the time and date so that those free can attend\n\n5. Allotments: Two applications for plots have been received. Proposed by AB and seconded by CD that plot 4 be let to Mr Dean. Carried 4 for and 1 against. Motion carried.',
      [
        ['action', 'Mrs Hale to send quote details to the clerk.'],
        ['resolution', 'Unanimously agree to purchase.'],
        [
          'action',
          'Mrs Hale to arrange a site visit with the supplier and tell councillors the time and date so that those free can attend',
        ],
        ['resolution', 'Proposed by AB and seconded by CD that plot 4 be let to Mr Dean. Carried 4 for and 1 against.'],
      ],
    ],
    [
      '"The Board approved:" and "… agreed to note:" over their parts: the parts are the decisions',
      'The Board approved:\n\n• A £50m investment in the Northern Housing Fund\n\n• A £20m investment in the Coastal Energy Fund\n\nFollowing consideration, the Board agreed to note:\n\n1. the spending position of £1.2m over budget as at 30 September;\n\n2. the steps taken to bring it back within budget.',
      [
        ['resolution', 'A £50m investment in the Northern Housing Fund'],
        ['resolution', 'A £20m investment in the Coastal Energy Fund'],
        ['resolution', 'The spending position of £1.2m over budget as at 30 September'],
        ['resolution', 'The steps taken to bring it back within budget.'],
      ],
    ],
    [
      'undertakings in the progressive, by a body in lower case, and after "and" with the one to be asked',
      'Under paragraph 12, Mr Fenn noted that he would be presenting a paper to the next Board in July.\n\nThe council offered to follow up these questions if the resident emailed them to the Clerk.\n\nA horse had been grazing on the playing field and the owner would be asked to move it.',
      [
        ['action', 'Under paragraph 12, Mr Fenn noted that he would be presenting a paper to the next Board in July.'],
        ['action', 'The council to follow up these questions if the resident emailed them to the Clerk.'],
        ['action', 'A horse had been grazing on the playing field and the owner would be asked to move it.'],
      ],
    ],
    [
      'a decision that refers something to a council or board is not a lead-in naming the body; "There was a request to …"',
      'RESOLVED: That the matter be referred to Council.\n\nRESOLVED: That the policies are approved for recommendation to council\n\nThe Committee discussed the format of the report. There was a request to include photographs of the new members.',
      [
        ['resolution', 'The matter be referred to Council.'],
        ['resolution', 'The policies are approved for recommendation to council'],
        ['request', 'There was a request to include photographs of the new members.'],
      ],
    ],
    [
      '"it was resolved unanimously that the Committee:" over its parts, and a DETERMINATION heading over numbered parts',
      'After consideration, it was resolved unanimously that the Committee:\n\n(1) Agreed to note the complaints received in the year;\n\n(2) Agreed that the report will be brought annually.\n\nCouncillor Ash proposed the recommendations in the report, Councillor Birch seconded. The vote was unanimous.\n\nDETERMINATION:\n\n1. Unless objections are received by 18 April the new fares be approved from 1 May.',
      [
        ['resolution', 'Agreed to note the complaints received in the year'],
        ['resolution', 'Agreed that the report will be brought annually.'],
        ['resolution', 'Unless objections are received by 18 April the new fares be approved from 1 May.'],
      ],
    ],
    [
      'a motion the council "commits to", with no colon: a numbered part that leads into lettered parts, and "will:" over parts',
      'Action - The Council commits to\n\n1. Work with partners on a means by which dumping is ended and:\n\na. Clean up the abandoned cars along the lanes.\n\nb. Support a scheme for recycling tyres.\n\n2. Lobby Government for tougher fines.\n\nRESOLVED that the Council will:\n\n1. Plant a tree for every child born in the borough.\n\n2. Report on progress each year.',
      [
        ['action', 'Clean up the abandoned cars along the lanes.'],
        ['action', 'Support a scheme for recycling tyres.'],
        ['action', 'Lobby Government for tougher fines.'],
        ['resolution', 'Plant a tree for every child born in the borough.'],
        ['resolution', 'Report on progress each year.'],
      ],
    ],
    [
      'a flattened table, one row per item: the next row’s title and agenda text are not the last row’s decision',
      'No. | Item |\n---|---|\nAPOLOGIES FOR ABSENCE Decision: Cllr Hawthorn. |\n|\nQUESTIONS Questions on the reports must reach the clerk two working days before the meeting.\nDecision: Three written questions. |\n|\nPARKING REVIEW Decision: 1. The revised charges be approved. 2. The Head of Parking report back in six months. |\n|\nANNUAL REPORT To consider the annual report of the scrutiny chairs.\nAdditional documents: Decision: Not applicable. No resolution required. |\n|\nGRANT DRAWDOWN Decision: That the drawdown of the whole grant of £40k',
      [
        ['resolution', 'The revised charges be approved.'],
        ['information-request', 'The Head of Parking report back in six months.'],
        ['resolution', 'The drawdown of the whole grant of £40k'],
      ],
    ],
    [
      'parts numbered 1.1, 1.2 under the body named alone, each opening with its verb',
      'The Board:\n\n1.1 Approved the setting up of a community lottery.\n\n1.2 Approved the choice of an external manager for three years.',
      [
        ['resolution', 'Approved the setting up of a community lottery.'],
        ['resolution', 'Approved the choice of an external manager for three years.'],
      ],
    ],
    [
      '"RESOLVED –", then "That:" on a line of its own, over a part the page cut off',
      'RESOLVED –\n\nThat:\n\n1. The decisions made by the Executive at its meeting on 4 May be endorsed and that no call-in be made of any decision',
      [
        [
          'resolution',
          'The decisions made by the Executive at its meeting on 4 May be endorsed and that no call-in be made of any decision',
        ],
      ],
    ],
    [
      'an appointment in the form "That … be …" with an initial in the name',
      'Election of Vice-Chair\n\nThat Mrs J. Hollis be elected Vice-Chair of the Panel.',
      [['resolution', 'Mrs J. Hollis be elected Vice-Chair of the Panel.']],
    ],
    [
      'two parts worded alike about different things are two decisions',
      '(1) That information on staff absence and comparisons with neighbouring councils be explored for inclusion in future reports.\n\n(2) That information on the Town Centre Fund and comparisons with neighbouring councils be explored for inclusion in future reports.',
      [
        [
          'resolution',
          'Information on staff absence and comparisons with neighbouring councils be explored for inclusion in future reports.',
        ],
        [
          'resolution',
          'Information on the Town Centre Fund and comparisons with neighbouring councils be explored for inclusion in future reports.',
        ],
      ],
    ],
    [
      'a decision whose relative clause is worded as a negative',
      '3. The Board agreed to ratify the byelaw on street trading, that was adopted long ago but did not appear in any current records.',
      [
        [
          'resolution',
          'The Board agreed to ratify the byelaw on street trading, that was adopted long ago but did not appear in any current records.',
        ],
      ],
    ],
    [
      'a motion moved and seconded on lines of their own, then "It was agreed."',
      'Councillor Dale moved a procedural motion to take item 9 before item 7.\n\nCouncillor Fenn seconded the motion.\n\nIt was agreed.',
      [
        [
          'resolution',
          'Councillor Dale moved a procedural motion to take item 9 before item 7. Councillor Fenn seconded the motion. It was agreed.',
        ],
      ],
    ],
    [
      'a decisions list whose decisions say only "As detailed in the recommendation.": each with its entry’s title',
      '12/03/2024 - Library Opening Hours ref: 2101    For Determination\n\nDecision Maker: Board\n\nDecision:\n\nAs detailed in the recommendation.\n\n12/03/2024 - Parks Strategy ref: 2102    For Determination\n\nDecision:\n\nAs detailed in the recommendation.',
      [
        ['resolution', 'Library Opening Hours: As detailed in the recommendation.'],
        ['resolution', 'Parks Strategy: As detailed in the recommendation.'],
      ],
    ],
    [
      'the same planning response to two applications: each with its application’s lines',
      'To consider the following planning applications:\n- 21/300100/FULL 4 Mill Lane\nSingle storey rear extension.\nUnanimously AGREED to recommend APPROVAL\n- 21/300200/FULL 9 Church Row\nNew porch.\nUnanimously AGREED to recommend APPROVAL',
      [
        [
          'resolution',
          '21/300100/FULL 4 Mill Lane Single storey rear extension. Unanimously AGREED to recommend APPROVAL',
        ],
        ['resolution', '21/300200/FULL 9 Church Row New porch. Unanimously AGREED to recommend APPROVAL'],
      ],
    ],
    [
      'who proposed and seconded, "and AGREED that:" over the parts agreed',
      'Proposed by Councillor Ash, seconded by Councillor Birch and AGREED that:\n\n(i) The outturn for the year be noted;\n\n(ii) The reasons for the variations be noted.',
      [
        ['resolution', 'The outturn for the year be noted'],
        ['resolution', 'The reasons for the variations be noted.'],
      ],
    ],
    [
      '"RESOLVED to note:" over its parts, and a decision field that says nothing was recommended',
      'Decision:\n\nRESOLVED to note:\n\n1. The update on the savings programme;\n\n1. The position on reserves.\n\nDecision:\n\nThe Committee did not make any recommendations to the Board.',
      [
        ['resolution', 'The update on the savings programme'],
        ['resolution', 'The position on reserves.'],
      ],
    ],
    [
      'an action in a table’s row, its empty cells run together',
      '| |The Police report was received. | | |\n\n| |AB to write to the Police about cars parked on the yellow lines| | |',
      [['action', 'AB to write to the Police about cars parked on the yellow lines']],
    ],
    [
      'bullets under a numbered part that decide nothing themselves: the part’s details',
      'That the following be approved for consultation:\n\n  1. an inflationary uplift for care home beds of 3.8% for 2020/21.\n  2. new bed rates for new placements from 1 April 2020.\n\n·         £560 for a residential bed\n\n·         £626 for a nursing bed',
      [
        ['resolution', 'An inflationary uplift for care home beds of 3.8% for 2020/21.'],
        [
          'resolution',
          'New bed rates for new placements from 1 April 2020: £560 for a residential bed; £626 for a nursing bed',
        ],
      ],
    ],
    [
      'a part’s marker with no space after it ("(ii)Announcements") starts a part of its own',
      'RESOLVED:\nThat the Mayor’s schedule of engagements be noted.\n(ii)Announcements from the Mayor– The Mayor gave details of his forthcoming events:\n- 13 September – Remembrance service\n- 4 October - Sponsored walk',
      [['resolution', 'The Mayor’s schedule of engagements be noted.']],
    ],
    [
      'policies approved under a "Decision:" field, listed below the decision',
      'Decision:\n\nAfter discussing the report the members of the Staffing Committee agreed to approve the following safety policies:\n\n• Fire Safety Policy\n • Lone Working Policy.',
      [
        [
          'resolution',
          'After discussing the report the members of the Staffing Committee agreed to approve the following safety policies: Fire Safety Policy; Lone Working Policy.',
        ],
      ],
    ],
    [
      'a table whose first cell holds only the part’s marker: "(1) |" over the part',
      'The Committee considered the report of the Director which presented the annual report.\n(1) |\nthe Annual report of the Committee as detailed in Appendix 1 be agreed and referred to Council for approval;\n(2) |\nthe Work Programme for 2021/22 be approved. |',
      [
        [
          'recommendation',
          'The Annual report of the Committee as detailed in Appendix 1 be agreed and referred to Council for approval',
        ],
        ['resolution', 'The Work Programme for 2021/22 be approved.'],
      ],
    ],
    [
      'reports noted "and it was agreed that …": two decisions in one sentence',
      'The quarterly reports were noted and it was agreed that future reports should show attendance in the same way.',
      [
        ['resolution', 'The quarterly reports were noted'],
        ['follow-up', 'Future reports should show attendance in the same way.'],
      ],
    ],
    [
      'members who asked for something to be forwarded',
      'Members asked for their concerns about the food bank to be forwarded to the relevant officer.',
      [['request', 'Members asked for their concerns about the food bank to be forwarded to the relevant officer.']],
    ],
    [
      'an action after "and" in the sentence that welcomed a talk, and an action after a figure dash',
      'The Parish Council welcomed the presentation and CP to send a poster for the noticeboards.\n\nLane footpath reported as overgrown ‒ Clerk/Chairman to find out who owns the hedge.',
      [
        ['action', 'The Parish Council welcomed the presentation and CP to send a poster for the noticeboards.'],
        ['action', 'Lane footpath reported as overgrown ‒ Clerk/Chairman to find out who owns the hedge.'],
      ],
    ],
    [
      'a numbered part with its own keyword does not make the next part a decision: an undertaking stays an undertaking',
      '1. RESOLVED that Mr Dale be elected Vice Chair of the Panel.\n\n2. The Chair agreed to write to group leaders to invite members to the Panel.',
      [
        ['resolution', 'Mr Dale be elected Vice Chair of the Panel.'],
        ['action', 'The Chair to write to group leaders to invite members to the Panel.'],
      ],
    ],
    [
      'numbered parts that open with their verb and no full stop ("1. Approve the move …") under "RESOLVED: that the Board:"',
      'RESOLVED: that the Board:\n\n1.    Approve the move of the depot project to its full business case\n\n2.    Agree to an update report being brought to the Board in March.',
      [
        ['resolution', 'Approve the move of the depot project to its full business case'],
        ['resolution', 'Agree to an update report being brought to the Board in March.'],
      ],
    ],
    [
      'minutes whose lines run on with no blank lines: each minute’s number starts its line, and "Resolved to" its decision',
      '39/20 To confirm election of Councillor Ann Lee as Chair\nResolved to elect Cllr Lee\n40/20 Apologies for Absence\nMr R. Ash\n44/20 To approve the annual accounts\nThe annual return had been circulated to all members prior to the meeting.\nResolved to approve annual accounts and the internal auditor’s report\n45/20 To consider the playground\nFollowing discussion, it was agreed to repaint the swings.',
      [
        ['resolution', 'Elect Cllr Lee'],
        ['resolution', 'Approve annual accounts and the internal auditor’s report'],
        ['follow-up', 'Repaint the swings.'],
      ],
    ],
    [
      'a "Decision:" field that records who spoke and what they welcomed, and a reason below the decision',
      'Chair’s Remarks\n\nDecision:\n\n· The Mayor welcomed new members to the Board and thanked those who had left for their service.\n\n· The Mayor introduced Ruth Vale, the newly appointed Director of Housing.\n\nApologies for Absence\n\nDecision:\n\nAnna Moss (Valley Enterprise Partnership) and Councillor Ben Cole (Northgate).\n\nHighways Contract\n\nDecision:\n\nThe Executive approved the award of the highways contract to the preferred bidder.\n\nReason(s):\n\nThe Executive was now aware of the tenders received.',
      [['resolution', 'The Executive approved the award of the highways contract to the preferred bidder.']],
    ],
    [
      'another body’s recommendations, put to the meeting for it to consider, are proposals',
      'The Board considered the following recommendations of the Transport Panel:-\n\n1. That the Council works with bus operators to ensure that:-\n\na) Wherever possible, the grant be used to support services at risk.\n\nb) Ward councillors be told of any changes to routes.\n\nMembers then discussed the timetable.',
      [],
    ],
    [
      'a decision and a further part after a semicolon and "that"',
      'The Board agreed to note the changes in its membership; and that the changes be reported to the Constitution Committee so that the constitution is updated.',
      [
        ['resolution', 'The Board agreed to note the changes in its membership'],
        ['resolution', 'The changes be reported to the Constitution Committee so that the constitution is updated.'],
      ],
    ],
    [
      'two proposals under an item’s title, then one seconder and one vote for both',
      '7.1 Defibrillators – Cllr Dale proposed that £3,200 is taken from the reserves to buy two defibrillators for the village hall. Proposal that the council sets aside £500 a year for their upkeep. Seconded by Cllr Ross. All in favour.',
      [
        [
          'resolution',
          'Defibrillators – Cllr Dale proposed that £3,200 is taken from the reserves to buy two defibrillators for the village hall.',
        ],
        ['resolution', 'Proposal that the council sets aside £500 a year for their upkeep.'],
      ],
    ],
    [
      'a question, then the answer after a dash: officers take on what was asked',
      'Members asked if they could have printed copies of the strategies – officers agreed to raise this with the Head of Policy after the meeting.',
      [['action', 'Officers to raise this with the Head of Policy after the meeting.']],
    ],
    [
      '"Action" and initials with no colon on the line below, as a community council prints it',
      '4) Vacancies\nThere are two vacancies and the positions will be advertised in the village newsletter.\nAction SH\n5) Website\nThe work on the website is in its final stages.\nAction ALL',
      [
        ['action', 'There are two vacancies and the positions will be advertised in the village newsletter.'],
        ['action', 'The work on the website is in its final stages.'],
      ],
    ],
    [
      'a numbered line with a label, then what was done after the colon',
      '2041 Finance: Payment for the year’s hall hire was agreed and paid £180.00\n\n   The hall’s new heating was discussed.\n\n2042 Planning: No applications had been received.',
      [['resolution', '2041 Finance: Payment for the year’s hall hire was agreed and paid £180.00']],
    ],
    [
      'numbered decisions in the subjunctive with no keyword, the first for the panel to receive something',
      'Minutes\n\n1.    The panel receive an update on hospital waiting times\n\n2.    The minutes of the meeting held on 4 May 2024 be approved as a correct record.',
      [
        ['resolution', 'The panel receive an update on hospital waiting times'],
        ['resolution', 'The minutes of the meeting held on 4 May 2024 be approved as a correct record.'],
      ],
    ],
    [
      'two decisions worded alike but for one word: both kept',
      'i) To consider quotations for the new path.\nRESOLVED to accept contractor B as recommended by the working group.\nii) To consider quotations for the gravel.\nRESOLVED to accept supplier B as recommended by the working group.',
      [
        ['resolution', 'Accept contractor B as recommended by the working group.'],
        ['resolution', 'Accept supplier B as recommended by the working group.'],
      ],
    ],
    [
      'an earlier meeting’s decision, named with its date, and the points a discussion raised',
      'It was noted that at the Council’s Annual Meeting in May 2023 a new set of scrutiny committees was agreed by Council.\n\nThe Board considered the work programmes of the committees and the following points were noted:',
      [],
    ],
    [
      'a decision page’s one-line fields after the decision, then the decision’s parts',
      'Appointments to Committees\n\nReason for decision – as specified in the report.\n\nOther options considered - none.\n\na)    That Councillor Ash be appointed as Chair of the Grants Committee for the year.\n\nb)    That Councillors Birch and Cedar be appointed as substitutes of the Grants Committee.',
      [
        ['resolution', 'Councillor Ash be appointed as Chair of the Grants Committee for the year.'],
        ['resolution', 'Councillors Birch and Cedar be appointed as substitutes of the Grants Committee.'],
      ],
    ],
    [
      'terms of reference noted, a panel established, and what the committee agreed for the year ahead',
      'The Terms of Reference for the Scrutiny Committee were noted.\n\nThe Committee agreed that much of its scrutiny in 2025/26 will be shaped by the recovery plan.\n\nThe Call-in Panel was established with the following membership:',
      [
        ['resolution', 'The Terms of Reference for the Scrutiny Committee were noted.'],
        [
          'resolution',
          'The Committee agreed that much of its scrutiny in 2025/26 will be shaped by the recovery plan.',
        ],
        ['resolution', 'The Call-in Panel was established with the following membership:'],
      ],
    ],
    [
      'members requesting a fuller report, and a body asking if there could be an inquiry; not a member asking why',
      'Members requested a more detailed report on staff absence in future reports.\n\nThe Committee asked if there could be an investigation into what had happened to the archive.\n\nCouncillor Kerr sought clarification on why a reserve limit was set and why it was now being raised.',
      [
        ['request', 'Members requested a more detailed report on staff absence in future reports.'],
        ['request', 'The Committee asked if there could be an investigation into what had happened to the archive.'],
      ],
    ],
    [
      'the clerk to review a document whose title starts with "The"',
      'c) Clerk to review The Good Councillor’s Guide and bring recommendations to the next meeting.',
      [['action', 'Clerk to review The Good Councillor’s Guide and bring recommendations to the next meeting.']],
    ],
    [
      'a body’s decision as a lead-in after "Following consideration" with no comma, and after the vote',
      'Following consideration the Board agreed to:\n\ni) note the budget monitoring statement; and\n\nii) approve the transfer to reserves.\n\nFollowing debate, the Committee resolved with 6 votes for and 1 abstention:\n\n1. Recommend that the Council thanks its retiring members.',
      [
        ['resolution', 'Note the budget monitoring statement'],
        ['resolution', 'Approve the transfer to reserves.'],
        ['recommendation', 'Recommend that the Council thanks its retiring members.'],
      ],
    ],
    [
      'an officer confirming that a report would be written for the next meeting, and a decision agreed unanimously',
      'The Assessor also confirmed that a report on filling the current vacancies in the valuation office would be written for the next meeting.\n\nIt was therefore agreed unanimously that the Chair would invite Mr Hale to be co-opted.',
      [
        [
          'information-request',
          'The Assessor also confirmed that a report on filling the current vacancies in the valuation office would be written for the next meeting.',
        ],
        ['resolution', 'It was therefore agreed unanimously that the Chair would invite Mr Hale to be co-opted.'],
      ],
    ],
    [
      'a decision page whose labels were lost: the reasons, then the decision in the subjunctive',
      'The reason for the decision:\n\nTo let the consultation take place before the summer.\n\nThat the revised Design Guide be approved for consultation.',
      [['resolution', 'The revised Design Guide be approved for consultation.']],
    ],
    [
      'a body named at length that has today agreed the following recommendations, over its numbered parts',
      'The Joint Board of the Three Valleys Transport Authority has today (May 4) agreed the following recommendations to:\n\n(1) Note the outcome of the consultation.\n\n(2) Convene an extra meeting in June to consider the final scheme.',
      [
        ['resolution', 'Note the outcome of the consultation.'],
        ['resolution', 'Convene an extra meeting in June to consider the final scheme.'],
      ],
    ],
    [
      'the clerk to write, after a clause; a chair who said in passing he would take a matter on; a path agreed to go',
      'Following the resignation of Councillor Ash, the Clerk to write to her to thank her for her service.\n\nThe Chairman welcomed the petition and advised that he would be taking it to the next Cabinet meeting.\n\nIt was agreed these two paths should be removed from the mowing contract.',
      [
        [
          'action',
          'Following the resignation of Councillor Ash, the Clerk to write to her to thank her for her service.',
        ],
        [
          'action',
          'The Chairman welcomed the petition and advised that he would be taking it to the next Cabinet meeting.',
        ],
        ['follow-up', 'These two paths should be removed from the mowing contract.'],
      ],
    ],
    [
      'a member requesting something by name; not a committee that asked questions, nor interests declared',
      'A Member requested a police presence at the forum’s meetings.\n\nThe Committee asked a number of questions which the Leader answered.\n\nCouncillor Reid gave a declaration of interest as an employee of the bus company.',
      [['request', 'A Member requested a police presence at the forum’s meetings.']],
    ],
    [
      'decisions marked "P." and "S." for who proposed and seconded them, and a parish council with no objections',
      'The Clerk asked for authority to pay the bill for the new bin, £121.69. P. Mrs Ash, S. Mrs Birch.\n\nApplication received: Mill Barn, replacement garage. The Parish Council has no objections\n\nThe council voted ‘No Objections’ to the stables application.',
      [
        ['resolution', 'The Clerk asked for authority to pay the bill for the new bin, £121.69.'],
        ['resolution', 'The Parish Council has no objections'],
        ['resolution', 'The council voted ‘No Objections’ to the stables application.'],
      ],
    ],
    [
      'a keyword with its first part’s marker at the end of the line, the part on the next line of a wrapped PDF',
      'Members asked questions of the auditor. Resolved that: 1)\nThe audit of the 2024-25 Statement of Accounts be received.',
      [['resolution', 'The audit of the 2024-25 Statement of Accounts be received.']],
    ],
    [
      'no outcome in an apologies item with its title run in, members’ declarations to receive, a chair’s thanks, or the declaration of acceptance',
      '2025/2) Apologies for absence Apologies for absence were received and accepted from Mr Ash.\n\nReceive members’ declarations of disclosable pecuniary interests.\n\nShe thanked all councillors for their work since the election.\n\nThe Chairman to make a declaration of acceptance of office',
      [],
    ],
    [
      'an election and a further decision in one sentence, and a proposal seconded and agreed in one sentence',
      'Ms Ash was elected as Chair of the Parish Council (proposed Mr Birch, seconded Mr Cedar) and it was agreed to suspend paragraph 3.2 of Standing Orders.\n\nCllr Orr proposed Cllr Dean as Vice-Chair, seconded by Cllr Hale and agreed by the Council.',
      [
        ['resolution', 'Ms Ash was elected as Chair of the Parish Council (proposed Mr Birch, seconded Mr Cedar)'],
        ['follow-up', 'Suspend paragraph 3.2 of Standing Orders.'],
        ['resolution', 'Cllr Orr proposed Cllr Dean as Vice-Chair, seconded by Cllr Hale and agreed by the Council.'],
      ],
    ],
    [
      'no outcome in a motion’s words, an agenda’s announcements and urgent business, who else attended, a clerk’s report’s title, a question, or a decision of Full Council on a date',
      'This Council notes the £20m to be invested in highways over the next four years.\n\n1. Receive any announcements from the Chair\n\n2. Receive any announcements from the Leader\n\nThe Chairman to advise whether they have agreed to any items of urgent business.\n\nR Jones Flintshire County Council\n\nAlso present:\n\nClerk report, June 2025\n\nWhether to pursue registering the village green.\n\nA review of the Constitution was agreed by Full Council on 20 May 2025.',
      [],
    ],
    [
      'a decision and the clerk to act on it after a comma; the clerk "also" to act; everyone in agreement after a welcome',
      'It was discussed and agreed to buy more play equipment, the Clerk to contact the trustees about the way forward.\n\nThe clerk is also to enquire about the plans for the verge.\n\nMrs Dean welcomed Ms Hale to the meeting and all present were in agreement that she should be co-opted onto the Council.',
      [
        ['resolution', 'It was discussed and agreed to buy more play equipment'],
        ['action', 'The Clerk to contact the trustees about the way forward.'],
        ['action', 'The clerk is also to enquire about the plans for the verge.'],
        [
          'resolution',
          'Mrs Dean welcomed Ms Hale to the meeting and all present were in agreement that she should be co-opted onto the Council.',
        ],
      ],
    ],
    [
      'no outcome in another body’s decision named with its date, the microphones, or a planning condition',
      'Cllr Wild mentioned that at the Local Joint Committee meeting held 23rd February 2025 it was agreed that there would be investment in the roads.\n\nThe Chair asked that those speaking used the microphone.\n\nUnless required by another condition, the development hereby permitted shall be carried out in accordance with the plans.',
      [],
    ],
    [
      'a decision about the microphones is still a decision',
      'It was agreed that the microphones be replaced before the next meeting.',
      [['follow-up', 'The microphones be replaced before the next meeting.']],
    ],
    [
      'a motion and an amendment both lost on a tied vote, then a motion carried with its vote on a line of its own',
      'Moved by Mrs Ash and seconded by Councillor Birch -\n\nThat Councillor Cedar be elected Chair for the year.\n\nIt was then –\n\nMoved by Councillor Dale and seconded by Councillor Elm as an amendment –\n\nThat Councillor Fir be elected Chair for the year.\n\nThe votes having been cast and there being an equal number of votes for and against the amendment, the amendment therefore was not carried.\n\nThe votes having been cast and there being an equal number of votes for and against the motion, the motion therefore was not carried.\n\nIt was then moved by Councillor Cedar and seconded by Councillor Dale –\n\nThat Mrs Ash be appointed Chair for the meeting.\n\nMotion Carried',
      [['resolution', 'Mrs Ash be appointed Chair for the meeting.']],
    ],
    [
      'who proposed and seconded an election, then the resolution that records it: one decision',
      'Councillor Ash proposed and Councillor Birch seconded that Councillor Cedar be elected Chair for the year.\n\nThe Chair welcomed Councillor Dale to his first meeting.\n\nResolved:\n\nThat Councillor Cedar act as Chair of the Joint Committee for the year.',
      [['resolution', 'Councillor Cedar act as Chair of the Joint Committee for the year.']],
    ],
    [
      'what was agreed in discussion, then restated in the list of what the board agreed: one decision',
      'Following further discussion it was agreed to task Mrs Forrest with updating the role and responsibilities to include the new remit.\n\nThereafter the Board agreed to:\n\n1. task Mrs Forrest with updating the role and responsibilities to include the new remit and providing a report to the next meeting.',
      [
        [
          'resolution',
          'Task Mrs Forrest with updating the role and responsibilities to include the new remit and providing a report to the next meeting.',
        ],
      ],
    ],
    [
      'members noting another body’s response; a decision after "ACTION:", which names no one',
      'Members noted Cabinet’s response to the petition as contained within the report.\n\nACTION: Financial Regulations 2021 adopted\n\nACTION: Clerk and Chair',
      [
        ['resolution', 'Members noted Cabinet’s response to the petition as contained within the report.'],
        ['action', 'Financial Regulations 2021 adopted'],
      ],
    ],
    [
      'a key decision’s label over its parts, after a note in brackets',
      '(This report contains an exempt appendix) (Key decision):\n\n(1) To approve the business case for the health hub.\n\n(2) To delegate authority to the Director of Finance to let the contracts.',
      [
        ['resolution', 'Approve the business case for the health hub.'],
        ['resolution', 'Delegate authority to the Director of Finance to let the contracts.'],
      ],
    ],
    [
      'a petition presented at the council’s invitation, and what it calls for, decide nothing; a report invited for the next meeting does',
      'The Council invited Mr Lane to present a petition calling on the Council to inspect the inn in order to facilitate the following:\n\n• assess and report the extent of the damage\n\n• issue statutory notices to the owners\n\nThe Committee invited the Director to present a report on the inn to the next meeting.',
      [['work-programme', 'The Committee invited the Director to present a report on the inn to the next meeting.']],
    ],
    [
      'note-form elections and roles, and initials in brackets to act',
      'Nic Brown elected Chairman.\n\nMichael Heybrook to continue as Footpaths Officer.\n\n(PO) to sign at next meeting.',
      [
        ['resolution', 'Nic Brown elected Chairman.'],
        ['resolution', 'Michael Heybrook to continue as Footpaths Officer.'],
        ['action', '(PO) to sign at next meeting.'],
      ],
    ],
    [
      'a request allowed; a proposal in the first person after an update, then seconded and all in favour; business, then its proposer, seconder and vote in brackets',
      'The Clerk’s request to alter formatting and descriptions was allowed.\n\nCllr Looker gave an update on the signs, Cllr Winder proposed we order the signs to a maximum of £153, this was seconded by Cllr Tacon and all were in favour.\n\nTo confirm and authorise for payment a schedule of accounts in the sum of £3,490.74. (prop Cllr Kinsey, sec Cllr Mrs Blackman – all in favour)',
      [
        ['resolution', 'The Clerk’s request to alter formatting and descriptions was allowed.'],
        [
          'resolution',
          'Cllr Looker gave an update on the signs, Cllr Winder proposed we order the signs to a maximum of £153, this was seconded by Cllr Tacon and all were in favour.',
        ],
        [
          'resolution',
          'Confirm and authorise for payment a schedule of accounts in the sum of £3,490.74. (prop Cllr Kinsey, sec Cllr Mrs Blackman – all in favour)',
        ],
      ],
    ],
    [
      'after "further discussion", the board agreed to the parts below',
      'Following further discussion the Board agreed to:\n\n1. approve the addition to the Chief Officer’s responsibilities; and\n\n2. seek a further report in 12 months.',
      [
        ['resolution', 'Approve the addition to the Chief Officer’s responsibilities'],
        ['resolution', 'Seek a further report in 12 months.'],
      ],
    ],
    [
      'an undertaking after a discussion of something, with no comma; an apology and a promise to follow it up; committee members agreeing',
      'Following discussion of requirements the clerk undertook to update the minute.\n\nThe Chief Executive apologised for the delay and would follow this up with ICT.\n\nCommittee members agreed that noting apologies from non-committee members was unnecessary.',
      [
        ['action', 'The clerk to update the minute.'],
        ['action', 'The Chief Executive apologised for the delay and would follow this up with ICT.'],
        ['resolution', 'Committee members agreed that noting apologies from non-committee members was unnecessary.'],
      ],
    ],
    [
      'decisions whose minute numbers in brackets run on after the full stop before them',
      '(2020 – 073) Cllr Tom Ash was elected as Chairman of the Parish Council. (2020 – 074) Cllr Paul Birch was elected as Vice-Chairman of the Parish Council.',
      [
        ['resolution', 'Cllr Tom Ash was elected as Chairman of the Parish Council.'],
        ['resolution', 'Cllr Paul Birch was elected as Vice-Chairman of the Parish Council.'],
      ],
    ],
    [
      'a committee’s name over what it reports is not a lead-in: only the decision told in it counts',
      'Harbour Management Committee:\n\n• a. Fuel grade – situation being reviewed.\n\n• b. Mooring update – letters have been issued to those who have not yet applied.\n\n• e. Composition – this Committee is working well. It was decided to make no change to the Committee membership.',
      [['resolution', 'It was decided to make no change to the Committee membership.']],
    ],
    [
      'a new action after a title and its status; a sentence that ends "Appendix B." ends there',
      '5 Mill Quarry – Ongoing, Sam Ash to chase Ned Birch for quotation.\n\nThe meeting dates were AGREED and will be listed in Appendix C. The Clerk will confirm and reserve the dates with the Trustees.',
      [
        ['action', '5 Mill Quarry – Ongoing, Sam Ash to chase Ned Birch for quotation.'],
        ['resolution', 'The meeting dates were AGREED and will be listed in Appendix C.'],
        ['action', 'The Clerk will confirm and reserve the dates with the Trustees.'],
      ],
    ],
    [
      'a part that decides, whose list below is the details of what it does',
      'RESOLVED:\n\n(a) that the budget for 2018/19 be approved;\n\n(b) that a sum of £100,000 be used to support the following projects:\n\n• CCTV rewiring\n\n• Waiting room improvements',
      [
        ['resolution', 'The budget for 2018/19 be approved'],
        [
          'resolution',
          'A sum of £100,000 be used to support the following projects: CCTV rewiring; Waiting room improvements',
        ],
      ],
    ],
    [
      'letters or numerals alone on their lines before each part of a wrapped resolution',
      'The Committee:\nResolved (by 6\nvotes to 0) to:\ni.\nAgree\nthe level of fees as set out in Appendix A.\nii.\nAgree\nthat fees shall be reviewed on an annual basis.',
      [
        ['resolution', 'Agree the level of fees as set out in Appendix A.'],
        ['resolution', 'Agree that fees shall be reviewed on an annual basis.'],
      ],
    ],
    [
      'a proposal of "the recommendations" and "The motion was unanimously agreed." give way to the resolution; a recommendation to Council is not the decision it repeats',
      'Councillor Graham proposed that the Executive agree to the recommendations as listed on the report. This was seconded by Councillor Enright and was unanimously agreed by the Executive.\n\nThe motion was unanimously agreed.\n\nThe Executive Resolved to:\n\n  1. Note the appointments to outside bodies as set out in Annex A;\n  2. Recommend to Council to note the appointments to outside bodies as set out in Annex A.',
      [
        ['resolution', 'Note the appointments to outside bodies as set out in Annex A'],
        ['recommendation', 'Recommend to Council to note the appointments to outside bodies as set out in Annex A.'],
      ],
    ],
    [
      'no outcome in a decision reported with its earlier date, a question in the open forum, or another authority’s planning decision; a planning response after a second dash',
      'On 7th June 2022, the Joint Strategic Committee agreed to a pilot scheme delegating decisions to a sub-committee.\n\nOpen Forum – Brian Dale asked for an update with regards to the blocked footpath.\n\nPA20/03504 – Land near the Mill – new dwelling. This application was refused by MDC.\n\nPA20/05145 – Higher Trenant – non material amendment - no objection from Parish.',
      [['resolution', 'PA20/05145 – Higher Trenant – non material amendment - no objection from Parish.']],
    ],
    [
      'a parish council’s decisions in the present tense, not how it will hear the public',
      'The council does not wish to take any action on the arrangements for charging for hospital car parks.\n\nThe council is happy to renew its insurance on the same terms as last year.\n\nThe Council will hear any person who wishes to address it.',
      [
        [
          'resolution',
          'The council does not wish to take any action on the arrangements for charging for hospital car parks.',
        ],
        ['resolution', 'The council is happy to renew its insurance on the same terms as last year.'],
      ],
    ],
    [
      'the absences a resolution notes are its details',
      'RESOLVED that the following absences be noted: • Councillor Ann Ash (no apologies received); • Councillor Ben Birch (apologies received).',
      [
        [
          'resolution',
          'The following absences be noted; Councillor Ann Ash (no apologies received); Councillor Ben Birch (apologies received).',
        ],
      ],
    ],
    [
      'two decisions of one body joined by "and agreed that"; someone named in full asked to act, not a committee asked to consider',
      'Councillors unanimously resolved to apply for a grant of £500 towards a defibrillator and agreed that the Village Hall would be a suitable location. Mike Jelley was asked to make the grant application.\n\nThe Committee was asked to consider a proposed response to the consultation.',
      [
        ['resolution', 'Councillors unanimously resolved to apply for a grant of £500 towards a defibrillator.'],
        ['resolution', 'Councillors agreed that the Village Hall would be a suitable location.'],
        ['action', 'Mike Jelley was asked to make the grant application.'],
      ],
    ],
    [
      'something to be added to the next agenda, not a report someone said would go in the forward plan',
      'It was clarified that co-option would be added to the agenda for the next meeting.\n\nThe Cabinet Member informed Cabinet that the following report will be included in the Forward Plan:\n\n• Local Development Scheme',
      [['work-programme', 'It was clarified that co-option would be added to the agenda for the next meeting.']],
    ],
    [
      '"Agreed by the PC to …"; "To be actioned by" someone on the line below what is to be done',
      'Village Planters\nNow priced at £40 for two. Agreed by The PC to cover this cost.\n\nCllr Ash had met the Clerk to discuss a plan for sharing the council’s documents online.\n\nTo be actioned by Cllr G Marshall',
      [
        ['resolution', 'Agreed by The PC to cover this cost.'],
        ['action', 'Cllr Ash had met the Clerk to discuss a plan for sharing the council’s documents online.'],
      ],
    ],
    [
      'a "Decision:" said whole on its line ends there: the next item’s paper is not part of it',
      'Ref 03/21/06/2023\n\nCoroner’s Review – Paper – For Decision.\n\nDecision: The recommendation to approve submission to the cabinet is supported in principle by the Commissioner.\n\nRef 04/21/06/2023\n\nSpecial Constabulary Review – Paper – For Information.\n\nThe paper and the Force’s commitment to inclusivity were welcomed by the Commissioner.',
      [
        [
          'resolution',
          'The recommendation to approve submission to the cabinet is supported in principle by the Commissioner.',
        ],
      ],
    ],
    [
      'who is to act, run on after the row’s last sentence from an action column; not a name after what members said',
      'Cllr Johnson has received reports of a dog running loose near the footpath. This will be reported to the rights-of-way officer. Clerk\n\nMembers spoke in support of the motion ... Councillor Devenney',
      [
        [
          'action',
          'Cllr Johnson has received reports of a dog running loose near the footpath. This will be reported to the rights-of-way officer.',
        ],
      ],
    ],
    [
      'an item that appoints, whose lines each name a role and its holders; a nomination naming the office, seconded',
      '5. To appoint representatives\n5.1 Footpaths Officer: Cllr P Ash\n5.2 Village Hall Trust – Cllr R Birch and Cllr S Cedar.\nProposer: Cllr P Ash\nCllr T Dale was proposed for the office of Vice Chair by Cllr P Ash and seconded by Cllr R Birch.\n6. Apologies\nPresent – Cllr P Ash, Cllr R Birch',
      [
        ['resolution', 'Footpaths Officer: Cllr P Ash'],
        ['resolution', 'Village Hall Trust – Cllr R Birch and Cllr S Cedar.'],
        [
          'resolution',
          'Cllr T Dale was proposed for the office of Vice Chair by Cllr P Ash and seconded by Cllr R Birch.',
        ],
      ],
    ],
    [
      'a page run together: "Resolved:" after the vote, a minute code starting the next; nominations give way to who was elected',
      'AB/18/3 To elect the Mayor for 2018/19; Councillor Hale proposed Councillor Marsh and this was seconded by Councillor Reed. Councillor Penn proposed Councillor Lowe and this was seconded by Councillor Dunn. The vote was 4:3 Resolved: Councillor Marsh is Mayor for 2018/19. AB/18/4 To receive the Mayor’s declaration The Mayor signed the declaration.',
      [['resolution', 'Councillor Marsh is Mayor for 2018/19.']],
    ],
    [
      'matters arising run on, each after "Item N", with an action after a dash; a date in a clause of what is asked about',
      '5. Matters arising – Item 4 The grit bin has been refilled. Items 6 & 7 Councillor Lane asked Councillor Ford to chase the highways team about the drain, agreed in March 2022, which is still blocked. Item 9 The noticeboard lock is broken – Action: Councillor Sharp.',
      [
        [
          'action',
          'Items 6 & 7 Councillor Lane asked Councillor Ford to chase the highways team about the drain, agreed in March 2022, which is still blocked.',
        ],
        ['action', 'Item 9 The noticeboard lock is broken –'],
      ],
    ],
    [
      'a heading in capitals run into the text after a minute number; a body that appointed its chair',
      'Members present: * J. Wells (Chairman) * Denotes attendance 3/17 APPOINTMENT OF CHAIRMAN FOR THE HEARING The Sub-Committee appointed J. Wells as its Chairman for the hearing. 4/17 DECLARATIONS OF INTEREST None were made.',
      [['resolution', 'The Sub-Committee appointed J. Wells as its Chairman for the hearing.']],
    ],
    [
      'a decision, then someone agreeing to act on it after "with"; a sentence that starts with a number; "Decided:" after a full stop',
      'It was agreed that the hedge should be cut back, with Councillor Amy Rowe agreeing to speak with the landowner about it. 3 applications for stalls at the fete were refused. There was submitted a report on the lease. Decided: that the lease of the depot be renewed for five years.',
      [
        ['follow-up', 'The hedge should be cut back'],
        ['action', 'Councillor Amy Rowe agreeing to speak with the landowner about it.'],
        ['resolution', '3 applications for stalls at the fete were refused.'],
        ['resolution', 'The lease of the depot be renewed for five years.'],
      ],
    ],
    [
      'a proposal the council agreed at once; an undertaking told with "He confirmed that he would"',
      'Cllr Moss proposed that the terms of reference below be adopted for the new allotments committee and the council agreed unanimously.\n\nThe Chairman reported on the broken fence. He confirmed that he would continue to press the water company to repair it.',
      [
        [
          'resolution',
          'Cllr Moss proposed that the terms of reference below be adopted for the new allotments committee and the council agreed unanimously.',
        ],
        ['action', 'He confirmed that he would continue to press the water company to repair it.'],
      ],
    ],
    [
      'not outcomes: a member leaving the room for an item, a visitor or the chair asking the body itself to respond or consider, what was recommended in a report',
      'Councillor Webb said that he would leave the room when the item was discussed.\n\nCC Cllr Hart requested that the Parish Council responded to the consultation on bus routes.\n\nThe Chair requested that the Board consider approving two observers.\n\nHowever, the budget was tight and it was recommended that the reserve was increased to £50k.',
      [],
    ],
    [
      'planning responses told in a sentence: no objections made or raised, none to this application, no problem with the plans',
      'There were 2 planning applications this month, no objections were made.\n\nThere were no objections to this application, although the access is narrow.\n\nThe Parish Council had no problem with the plans.\n\nNo objections were raised by neighbours at the consultation.',
      [
        ['resolution', 'There were 2 planning applications this month, no objections were made.'],
        ['resolution', 'There were no objections to this application, although the access is narrow.'],
        ['resolution', 'The Parish Council had no problem with the plans.'],
      ],
    ],
    [
      'a nomination seconded by name at the end; a co-option proposed in the present tense, seconded',
      '3. Chairman for the meeting\nCllr.Ann Moss proposed Cllr.Ben Hart and Cllr.Cat Lee seconded it\n\n5. Co-option\nCllr Ford proposed Dan Price is co-opted to fill the vacancy, Cllr Lee seconded, unanimous approval.',
      [
        ['resolution', 'Cllr.Ann Moss proposed Cllr.Ben Hart and Cllr.Cat Lee seconded it'],
        [
          'resolution',
          'Cllr Ford proposed Dan Price is co-opted to fill the vacancy, Cllr Lee seconded, unanimous approval.',
        ],
      ],
    ],
    [
      'a page that lost its list’s numbers ("1." before every item): each item read for itself',
      '  1. Election of Chair: It was proposed by Cllr. Ann Ash, seconded by Cllr. Ben Birch, and agreed unanimously that Cllr. Cat Cole be elected Chair for the year.\n\n  1. Apologies for absence:\n\n  1. Declaration of Interest: There was none.\n\n  1. Requests for Dispensations: There have been no requests.',
      [
        [
          'resolution',
          'Election of Chair: It was proposed by Cllr. Ann Ash, seconded by Cllr. Ben Birch, and agreed unanimously that Cllr. Cat Cole be elected Chair for the year.',
        ],
      ],
    ],
    [
      'office-bearers declared after a ballot, or elected unopposed after nominations were invited',
      '1. Nominations were made for Chair. A secret ballot was taken and Dan Dale was declared Chair.\n\n2. Nominations were invited for Treasurer and Eve Elm was elected unopposed.',
      [
        ['resolution', 'Nominations were made for Chair. A secret ballot was taken and Dan Dale was declared Chair.'],
        ['resolution', 'Nominations were invited for Treasurer and Eve Elm was elected unopposed.'],
      ],
    ],
    [
      'minutes run together, a minute’s number before "Also RESOLVED" after the initials of who acts on the last',
      '201 Footpaths RESOLVED that the clerk report the broken stile to the ranger. HD 202 Also RESOLVED that the clerk will ask the ranger to meet the landowner. RK',
      [
        ['resolution', 'The clerk report the broken stile to the ranger. HD'],
        ['resolution', 'The clerk will ask the ranger to meet the landowner. RK'],
      ],
    ],
    [
      'a decision broken across a table’s cells, its second half set in below a blank line',
      'RESOLVED :            The Joint Committee approved the   \n\n                                  timetable of meetings for 2024-25.\n\nPublication date: 22/05/2024',
      [['resolution', 'The Joint Committee approved the timetable of meetings for 2024-25.']],
    ],
    [
      'a proposal, then "This was seconded by …" and "All agreed."; agreed by all councillors; asked onto the next agenda',
      'Cllr Ash proposed Mr Cole be co-opted onto the Parish Council. This was seconded by Cllr Birch. All agreed.\n\nIt was agreed by all Councillors that in future the draft minutes will be marked as drafts.\n\nThe Chairman asked for this to be included on the next agenda.',
      [
        ['resolution', 'Cllr Ash proposed Mr Cole be co-opted onto the Parish Council.'],
        ['follow-up', 'In future the draft minutes will be marked as drafts.'],
        ['work-programme', 'The Chairman asked for this to be included on the next agenda.'],
      ],
    ],
    [
      'not outcomes: a member’s vote to be recorded, what a speaker said was reduced, concerns raised about signed minutes',
      'Councillor Boyle asked that it be recorded that he abstained from the vote.\n\nMr Fell said that where a community had planned for flooding the damage was reduced.\n\nConcerns were raised that since the minutes are not ratified and signed until the next meeting, they could contain errors.',
      [],
    ],
    [
      'an item said whole on its title’s line, or its title and what was done after a dash; "Resolution:" as a label',
      '  7. School Parking – a letter from the school had been circulated to residents\n  8. The half year budget was approved.\n  9. Precept – DP to prepare by year end\n\nResolution: to approve the precept of £4,500.',
      [
        ['resolution', 'The half year budget was approved.'],
        ['action', 'DP to prepare by year end'],
        ['resolution', 'Approve the precept of £4,500.'],
      ],
    ],
    [
      'note-form decisions: what, then "agreed"; members have agreed; elected to the role; a proposal with a bare object, seconded',
      'Authorisation of payments agreed.\n\nMembers have agreed a contribution towards the Christmas lights.\n\nCllr Fay Green was elected to the role of Vice Chairman.\n\nCllr Kirk proposed change to another cleaning firm, Cllr Rank seconded.\n\nCllr Lee agreed.',
      [
        ['resolution', 'Authorisation of payments agreed.'],
        ['resolution', 'Members have agreed a contribution towards the Christmas lights.'],
        ['resolution', 'Cllr Fay Green was elected to the role of Vice Chairman.'],
        ['resolution', 'Cllr Kirk proposed change to another cleaning firm, Cllr Rank seconded.'],
      ],
    ],
    [
      'numbered items each opening with a title and a colon are the minutes’ items, not one decision block',
      '1. Village hall: Mrs Hay made the case for a grant and the council resolved to contribute £200.\n\n2. Chairman’s comments: The chairman informed council that the notice board has been fitted.\n\n3. Finance: Accounts for payment:',
      [['resolution', 'Village hall: Mrs Hay made the case for a grant and the council resolved to contribute £200.']],
    ],
    [
      'not outcomes: someone’s own words in quotation marks, someone to address the meeting, thanks placed on record',
      '“I am delighted to have been re-elected and would like to thank my colleagues.”\n\nMr Hale to address the Council in relation to co-option.\n\nThe Chairman asked to be placed on record the Authority’s thanks to the retiring members.',
      [],
    ],
    [
      'someone named without a title who is to act or would act; not advice to residents',
      'Minutes Secretary: no reply to the notice. In meantime Andrew and Fergus to alternate minute taking.\n\nThe Director reported on the bid. Kelechi would keep the Board informed of progress.\n\nResidents to contact the police with any concerns.',
      [
        ['action', 'In meantime Andrew and Fergus to alternate minute taking.'],
        ['action', 'Kelechi would keep the Board informed of progress.'],
      ],
    ],
    [
      'a parish assembly’s resolutions in the perfect ("Have approved …"), one leading into the sums it levies',
      'Resolution of 7th April 2021\nThe Electors of the parish assembled this day by virtue of the notice.\n1. Have approved the accounts of the Cemetery Committee, which have been duly audited.\n2. Have voted in favour of levying the following amounts by means of the Rate:-\na) Street Lighting £950.00\nb) Grass cutting £1,200.00\n3. Have elected Ann Lee to the Cemetery Committee.',
      [
        ['resolution', 'Have approved the accounts of the Cemetery Committee, which have been duly audited.'],
        [
          'resolution',
          'Have voted in favour of levying the following amounts by means of the Rate: Street Lighting £950.00; Grass cutting £1,200.00',
        ],
        ['resolution', 'Have elected Ann Lee to the Cemetery Committee.'],
      ],
    ],
    [
      'matters arising run on after "5 –" and "6(i) –", each ending "The Clerk agreed to chase."; a body in the first person electing its chair',
      '4. MATTERS ARISING\n\n5 – The Clerk had asked the highways team about the potholes but has had no reply. The Clerk agreed to chase. 6(i) – The Clerk had written about parking on the verge but has had no reply. The Clerk agreed to chase.\n\nWe elected Councillor P. Hart as Chair.',
      [
        [
          'action',
          'The Clerk had asked the highways team about the potholes but has had no reply. The Clerk agreed to chase.',
        ],
        ['action', 'The Clerk had written about parking on the verge but has had no reply. The Clerk agreed to chase.'],
        ['resolution', 'We elected Councillor P. Hart as Chair.'],
      ],
    ],
    [
      'a report noted whose list of topics it informed the meeting of are its details, not decisions',
      'The Cabinet received and noted Report No CAB/15/021, which informed the Cabinet of the following items discussed by the Joint Committee:\n\n(1)   Performance Report.\n\n(2)   Universal Credit.',
      [
        [
          'resolution',
          'The Cabinet received and noted Report No CAB/15/021, which informed the Cabinet of the following items discussed by the Joint Committee: Performance Report; Universal Credit.',
        ],
      ],
    ],
    [
      'the same short action under two matters is two actions, each quoted with what it answers',
      'A resident spoke of thefts from sheds in the village. Clerk to contact PCSO\n\nA resident spoke of motorbikes on the old railway line. Clerk to contact PCSO',
      [
        ['action', 'Clerk to contact PCSO'],
        ['action', 'Clerk to contact PCSO'],
      ],
    ],
    [
      'an election whose proposer and seconder have titles with full stops; a change confirmed for future reports',
      '1379. ELECTION OF CHAIRMAN\n\nMr. J. C. Hall was nominated by Mr. Pope, seconded by Mr. Cole and\nunanimously re-elected Chairman of the Board for the ensuing year.\n\nIt was confirmed that future reports would be amended to include two columns.',
      [
        [
          'resolution',
          'Mr. J. C. Hall was nominated by Mr. Pope, seconded by Mr. Cole and unanimously re-elected Chairman of the Board for the ensuing year.',
        ],
        ['follow-up', 'It was confirmed that future reports would be amended to include two columns.'],
      ],
    ],
    [
      'committees appointed on one line, lettered, each with its own numbered resolutions; a lead-in left empty decides nothing',
      '7/13 APPOINTMENT OF COMMITTEES\n\nb) (i) Finance Committee - RESOLVED that membership consist of Cllrs Ash, Birch & Mayor ex officio (ii) RESOLVED that Cllr Ash be elected as Chairman. (iii) RESOLVED that Cllr Birch be elected as Vice Chairman. c) (i) Staff Committee - RESOLVED that Cllr Cole be elected as Chairman.\n\nMembers reviewed the minutes and commented that –\nAgreed that –\n|',
      [
        ['resolution', 'Membership consist of Cllrs Ash, Birch & Mayor ex officio'],
        ['resolution', 'Cllr Ash be elected as Chairman.'],
        ['resolution', 'Cllr Birch be elected as Vice Chairman.'],
        ['resolution', 'Cllr Cole be elected as Chairman.'],
      ],
    ],
    [
      'office-bearers in a community council’s note form: accepted the position, confirmed as, will be a representative; a further agreement naming who acts',
      'BG accepted the position and all others agreed.\n\nJames Hale confirmed as Secretary – his role will include all correspondence.\n\nFiona Bell will be a representative for Dunecht in place of Kevin Lamb.\n\nAlso agreed Peter would keep the garage in the loop.\n\nRoss to take notes for passing to James.',
      [
        ['resolution', 'BG accepted the position and all others agreed.'],
        ['resolution', 'James Hale confirmed as Secretary – his role will include all correspondence.'],
        ['resolution', 'Fiona Bell will be a representative for Dunecht in place of Kevin Lamb.'],
        ['follow-up', 'Also agreed Peter would keep the garage in the loop.'],
        ['action', 'Ross to take notes for passing to James.'],
      ],
    ],
    [
      'RESOLVED in capitals run on after a sentence with no full stop',
      '3. Staff\n\nThe Clerk circulated a draft advert for the post. RESOLVED Clerk to advertise the post in the usual places. It was agreed to contribute to a leaving present RESOLVED Clerk to buy a £50.00 voucher from the garden centre',
      [
        [
          'resolution',
          'Clerk to advertise the post in the usual places. It was agreed to contribute to a leaving present',
        ],
        ['resolution', 'Clerk to buy a £50.00 voucher from the garden centre'],
      ],
    ],
    [
      'a lead-in whose last sentence names someone with a title’s full stop (“Ms. Hale the following:”)',
      'PTH/12 Footpaths\n\nMembers discussed the routes and the Clerk was asked to query with Ms. Hale the\nfollowing:\n1. Why are the paths 2m wide\n2. Whether the entrances can be staggered',
      [['action', 'Members discussed the routes and the Clerk was asked to query with Ms. Hale the following:']],
    ],
    [
      'parish councillors who ratified a payment, after a minute’s number and title each ended by a hyphen',
      'Min 12- Insurance- Parish Councillors ratified the payment of £210.50 to the broker for the annual premium.',
      [
        [
          'resolution',
          'Min 12- Insurance- Parish Councillors ratified the payment of £210.50 to the broker for the annual premium.',
        ],
      ],
    ],
    [
      'a nomination, then “Cllr X seconded this proposal and all members were in favour”',
      'Cllr Ash nominated Cllr Birch to be the Mayor for the coming year. Cllr Cole seconded this proposal and all members were in favour of this.',
      [
        [
          'resolution',
          'Cllr Ash nominated Cllr Birch to be the Mayor for the coming year. Cllr Cole seconded this proposal and all members were in favour of this.',
        ],
      ],
    ],
    [
      'a body that discussed something and agreed it cannot support it; a negative before “it was resolved that”',
      'The Chairman reported a request for support. The Community Council discussed this and agreed they are unable to support the request.\n\nThe church do not wish to pay, it was resolved that the Parish Council will bear the costs, proposed by Cllr. A. Ash, seconded by Cllr. B. Birch.',
      [
        ['resolution', 'The Community Council discussed this and agreed they are unable to support the request.'],
        [
          'resolution',
          'The church do not wish to pay, it was resolved that the Parish Council will bear the costs, proposed by Cllr. A. Ash, seconded by Cllr. B. Birch.',
        ],
      ],
    ],
    [
      'someone named with their body’s initials who would act; a treasurer who would act, after an opening clause',
      'Risks – discussed at the last meeting. Anna Price, CBC, would bring it back to a further meeting.\n\n• In response to a question, the treasurer would obtain further information on the trust fund.',
      [
        ['action', 'Anna Price, CBC, would bring it back to a further meeting.'],
        ['action', 'In response to a question, the treasurer would obtain further information on the trust fund.'],
      ],
    ],
    [
      'note-form decisions: “– reviewed and signed”, “Cheques approved as follows:” over its list',
      '12 Financial items\na) Standing Orders 2024 – reviewed and signed\nb) Cheques approved as follows:\n101 – Village Hall – 16.00',
      [
        ['resolution', 'Standing Orders 2024 – reviewed and signed'],
        ['resolution', 'Cheques approved as follows:'],
      ],
    ],
    [
      'what an application proposes, with “No objection” run on from the table’s next column',
      '7. Planning\nApplications considered\nMr A Reed, Mill Farm\nTo build a garden room at the rear of the cottage No objection',
      [['resolution', 'Build a garden room at the rear of the cottage No objection']],
    ],
    [
      'someone who offered to act, after the minute’s number, title and a dash',
      '18/25 Noise from the depot – Cllr. R Ash kindly offered to prepare a report for the next meeting.',
      [['action', 'Cllr. R Ash to prepare a report for the next meeting.']],
    ],
    [
      'a lead-in “moved …, seconded by Councillor J. Birch and resolved –” is not a decision of its own',
      '2. Deputy Mayor\n\nIt was moved by Councillor Ash, seconded by Councillor J. Birch and resolved –\n\nThat Councillor Cole be appointed as Deputy Mayor.',
      [
        [
          'resolution',
          'It was moved by Councillor Ash, seconded by Councillor J. Birch and resolved – That Councillor Cole be appointed as Deputy Mayor.',
        ],
      ],
    ],
    [
      'the next numbered item run on after a list of names with no full stop, but not a date',
      'Present: Councillors Ash, Birch and Cole. Apologies: Councillors D Dale and E Elm 1 Appointment of Chair RESOLVED That Councillor Fay Ford (Independent) be appointed as Chair of the Authority for the year. 2 Minutes The minutes of the meeting held on 21 March 2024 were AGREED as an accurate record.',
      [
        [
          'resolution',
          'Councillor Fay Ford (Independent) be appointed as Chair of the Authority for the year. 2 Minutes The minutes of the meeting held on 21 March 2024 were AGREED as an accurate record.',
        ],
      ],
    ],
    [
      'a lettered line naming a statement with its year, then a dash and “Approved.”',
      '12/04 Finance\na) Budget Report 2024-25 – Approved.\nb) Asset register – Approved.',
      [
        ['resolution', 'Budget Report 2024-25 – Approved.'],
        ['resolution', 'Asset register – Approved.'],
      ],
    ],
    [
      '“Action by the Clerk – to …”: who acts, a dash, then what they are to do',
      'The Chair agreed a vote could proceed.\nAction by the Clerk – to write to the owner of the hedge and ask for it to be cut back.',
      [['action', 'Clerk to write to the owner of the hedge and ask for it to be cut back.']],
    ],
    [
      'RESOLVED over parts in the infinitive run together on one line, with a decision said between them',
      '7 Matters raised by members RESOLVED To note the quarry’s invitation to a meeting. Council agreed that a meeting before an application is made would be premature. To note that urgent emails will be marked as such by the Clerk.',
      [
        ['resolution', 'Note the quarry’s invitation to a meeting.'],
        ['resolution', 'Council agreed that a meeting before an application is made would be premature.'],
        ['resolution', 'Note that urgent emails will be marked as such by the Clerk.'],
      ],
    ],
    [
      'members of a committee who went through a report and resolved, with no “that”',
      'Members of the Audit Panel went through the auditor’s letter and resolved they were content with the council’s controls.',
      [
        [
          'resolution',
          'Members of the Audit Panel went through the auditor’s letter and resolved they were content with the council’s controls.',
        ],
      ],
    ],
    [
      'a body’s minutes written as “we”: what we noted, and what we asked officers to do',
      'We have noted the Treasurer’s report on the landfill contract for the year. We have asked officers to look at the risk of flooding at the depot and report back.',
      [
        ['resolution', 'We have noted the Treasurer’s report on the landfill contract for the year.'],
        ['request', 'We have asked officers to look at the risk of flooding at the depot and report back.'],
      ],
    ],
    [
      '“We have considered a report … and have:-” over its decisions',
      'Director of the Company\n\nWe have considered a report from the Clerk on the company’s directors and have:-\n\n(i) appointed Councillor Hale as the Authority’s director for the year;\n\n(ii) authorised the Chair to name another director should the need arise.',
      [
        ['resolution', 'Appointed Councillor Hale as the Authority’s director for the year'],
        ['resolution', 'Authorised the Chair to name another director should the need arise.'],
      ],
    ],
    [
      'another body asked to act on a concern',
      'Concern was expressed at the figures shown after the new bins came in. The Management Board was asked to pursue this concern.',
      [['request', 'The Management Board was asked to pursue this concern.']],
    ],
    [
      'what a member of the public asked for is not an outcome',
      'A member of the public asked that the Council keep any rise in the precept low. The Chairman thanked her.',
      [],
    ],
    [
      'members who had noted a report',
      'Members had noted the report received from the County Councillor.',
      [['resolution', 'Members had noted the report received from the County Councillor.']],
    ],
    [
      'a council that confirmed something was so decides nothing',
      'The Parish Council confirmed this was a problem and that there was a need to report it to the highway authority.',
      [],
    ],
    [
      'ward councillors, and a town councillor by name, who will act',
      'The Ward Councillors will take up the other issues raised by the resident. Town Councillor Hale will be attending the training seminar.',
      [
        ['action', 'The Ward Councillors will take up the other issues raised by the resident.'],
        ['action', 'Town Councillor Hale will be attending the training seminar.'],
      ],
    ],
    [
      'the law quoted: what any council shall do',
      'The chairman of a town council shall be elected annually by the council from among the councillors.',
      [],
    ],
    [
      'a councillor’s report headed by who gave it: “– Reported that …”',
      'County Councillor – Reported that the lane has been accepted as a bridleway.',
      [],
    ],
    [
      'a paper promised to the next meeting',
      'Mr Dale informed the committee that a note on the reserves policy will be brought to the next meeting.',
      [
        [
          'work-programme',
          'Mr Dale informed the committee that a note on the reserves policy will be brought to the next meeting.',
        ],
      ],
    ],
    [
      '“It was agreed” with what be done and no “that”',
      'It was agreed cheques be signed for the above amounts.',
      [['follow-up', 'Cheques be signed for the above amounts.']],
    ],
    [
      'note-form minutes with no full stop before who will act',
      '5 Footpaths\nBeck Lane markers mostly missing Cllr Clark will investigate',
      [['action', 'Cllr Clark will investigate']],
    ],
    [
      '“It was RESOLVED” ending a paragraph, over the paragraph below; someone who asked members to consider is not',
      'Mrs Hale said the old minute books were damp and she requested that members consider how to keep them safe. It was\nRESOLVED\nThe care of the minute books be placed on the agenda of the Estates Committee.',
      [['work-programme', 'The care of the minute books be placed on the agenda of the Estates Committee.']],
    ],
    [
      'something that would be done by someone named, in the passive',
      'Councillor Ash stated a reply would be sent by the Town Clerk before the next meeting.',
      [['action', 'Councillor Ash stated a reply would be sent by the Town Clerk before the next meeting.']],
    ],
    [
      'a committee that noted who will attend, after two titles each closed by a dash',
      'Matters Arising Minute 16 – Planning Seminar – The Committee noted that Town Councillor Hale will be attending the seminar.',
      [
        [
          'action',
          'Matters Arising Minute 16 – Planning Seminar – The Committee noted that Town Councillor Hale will be attending the seminar.',
        ],
      ],
    ],
    [
      'a web page’s list counting its own lettered parts (“5. e)”), the letter the marker',
      '5. Matters arising\n  4. d) Potholes: The Clerk urged all Councillors to report the matter.\n  5. e) New signage for the playground: Mr Ray Hale is to collect the new signs from Cllr Ash.',
      [['action', 'New signage for the playground: Mr Ray Hale is to collect the new signs from Cllr Ash.']],
    ],
    [
      'the same response to two applications, each with its application’s lines',
      '3. Planning\n3.1 Application 240981 Land at Ash Farm.\nDescription: Erection of a barn\nFollowing discussion, the Council RESOLVED unanimously there was no objection to this application.\n3.2 Application: 240322 The Old Forge\nDescription: Single storey extension\nFollowing discussion, the Council RESOLVED unanimously there was no objection to this application.',
      [
        [
          'resolution',
          'Application 240981 Land at Ash Farm. Description: Erection of a barn there was no objection to this application.',
        ],
        [
          'resolution',
          'Application: 240322 The Old Forge Description: Single storey extension there was no objection to this application.',
        ],
      ],
    ],
    [
      'a site, who applied and the response after dashes; a council that made no objection',
      '20. Planning\nMill Farm, Church Road – R. Dale – recommend permission;\nThe Council made no objection.',
      [
        ['resolution', 'Mill Farm, Church Road – R. Dale – recommend permission'],
        ['resolution', 'The Council made no objection.'],
      ],
    ],
    [
      'something that would be put on a task list',
      'The resident said the hedge needed cutting and this would be put on the lengthsman’s task list for his next visit.',
      [
        [
          'follow-up',
          'The resident said the hedge needed cutting and this would be put on the lengthsman’s task list for his next visit.',
        ],
      ],
    ],
    [
      'a record’s title and status, and the agenda’s words for taking declarations, are not outcomes',
      'Title: ASH COMMUNITY COUNCIL: RECORD OF MEETING Status: APPROVED\n44.23– Clerk to receive declarations of interest on any agenda item.',
      [],
    ],
    [
      'a decision whose words are set out below it, their lines its details',
      'Appointments\n1. That Cllr Ash is appointed Chair of the Forum.\n2. That the Terms of Reference, as set out below, are noted.\n  a) The Forum is a joint meeting of councillors, open to the public.\n  b) The membership of the Forum will be the local councillors.',
      [
        ['resolution', 'Cllr Ash is appointed Chair of the Forum.'],
        [
          'resolution',
          'The Terms of Reference, as set out below, are noted: The Forum is a joint meeting of councillors, open to the public; The membership of the Forum will be the local councillors.',
        ],
      ],
    ],
    [
      'note-form minutes with no full stop before “There was …”',
      'Windfarms - CP to keep an eye on the correspondence There was a community group meeting before Christmas, DM to email the chair about a newsletter for the area.',
      [
        ['action', 'Windfarms - CP to keep an eye on the correspondence'],
        [
          'action',
          'There was a community group meeting before Christmas, DM to email the chair about a newsletter for the area.',
        ],
      ],
    ],
    [
      'proposed by one, “2nd” another, that someone be co-opted',
      'Co-option: It was proposed by Cllr Ash, 2nd Cllr Birch, that Mr Ray Dale be co-opted as a member of the Council.',
      [['resolution', 'Mr Ray Dale be co-opted as a member of the Council.']],
    ],
    [
      'planning responses in capitals at the end of each application’s line, under “were considered:”',
      '(a) APPLICATIONS The following planning applications were considered:\n(i) WD/D/24/001183 MILL FARM, STOKE ROAD Alterations to windows and a new porch RECOMMEND APPROVAL.\n(ii) WD/D/24/001206 ASH HOUSE Erect a garden store RECOMMEND REFUSAL',
      [
        [
          'resolution',
          'WD/D/24/001183 MILL FARM, STOKE ROAD Alterations to windows and a new porch RECOMMEND APPROVAL.',
        ],
        ['resolution', 'WD/D/24/001206 ASH HOUSE Erect a garden store RECOMMEND REFUSAL'],
      ],
    ],
    [
      'members who asked the Clerk to act; a council that declared a vacancy',
      'The members asked the Clerk to ‘thank’ the estate for the loan of the field. The Council declared a vacancy.',
      [
        ['action', 'The members asked the Clerk to ‘thank’ the estate for the loan of the field.'],
        ['resolution', 'The Council declared a vacancy.'],
      ],
    ],
    [
      'a trust that approves, in the present',
      'T11/12.28 Memorandum\nThat the Trust approves the draft Memorandum of Agreement with the Parish Council.',
      [['resolution', 'The Trust approves the draft Memorandum of Agreement with the Parish Council.']],
    ],
    [
      '“that … be elected” opening a paragraph, its keyword lost',
      'Election of Chairman\n\nTo elect a Chairman of the Forum for the year.\n\nthat Councillor Ray Hale be elected Chairman of the Forum for the year.',
      [['resolution', 'Councillor Ray Hale be elected Chairman of the Forum for the year.']],
    ],
    [
      'lettered parts after a colon, inside a numbered part of a page run into one paragraph',
      'Present: Cllrs Ash and Birch. 1. APOLOGIES None. 2. MINUTES of the last meeting were accepted as a true record. 3. FINANCE Clerk reported: a) Balance at 1 May £2,100.50 b) Village hall rent – payment agreed c) Grass cutting, three cuts £180.00 payment agreed 4. PLAYING FIELD The Clerk to order new goal posts.',
      [
        ['resolution', 'Village hall rent – payment agreed'],
        ['resolution', 'Grass cutting, three cuts £180.00 payment agreed'],
        ['action', 'PLAYING FIELD The Clerk to order new goal posts.'],
      ],
    ],
    [
      'the next numbered part after a keyword’s own lettered parts is not one of them',
      'Minutes of the Board. 1. Apologies were received from Cllr Ash. 2. The Board agreed: a) to appoint the ten members listed in the annex; b) that the first meeting be held in June. 3. Members made these points: a) the plan said too little about parking; b) a Welsh summary would be welcome. 4. The Treasurer presented the accounts. She explained that the audit was under way.',
      [
        ['resolution', 'Appoint the ten members listed in the annex'],
        ['resolution', 'The first meeting be held in June.'],
      ],
    ],
    [
      'a topic with a dash over the label that starts its action: the action says what it is about',
      'The group agreed the best ways to promote the fun day:\n• Facebook – ACTION: VV to promote\n• Banner – ACTION: CW to arrange',
      [
        ['resolution', 'The group agreed the best ways to promote the fun day:'],
        ['action', 'Facebook – VV to promote'],
        ['action', 'Banner – CW to arrange'],
      ],
    ],
    [
      'a parish’s note-form decisions: "Approved." after the agenda’s words, a co-option, an election with no rival, an undertaking after "and"',
      'Governance\n\nTo Approve the Governance Statement Approved.\n\nCo-option\n\nThe Parish Council Co-Opted Ann Ash onto the Council.\n\nElection of Vice-Chair\n\nThere were no other candidates and B Birch was declared Vice-Chair.\n\nHighways\n\nThe verges are overgrown, and Councillor Cedar said he will push this forward at the highways meeting.',
      [
        ['resolution', 'Approve the Governance Statement Approved.'],
        ['resolution', 'The Parish Council Co-Opted Ann Ash onto the Council.'],
        ['resolution', 'There were no other candidates and B Birch was declared Vice-Chair.'],
        [
          'action',
          'The verges are overgrown, and Councillor Cedar said he will push this forward at the highways meeting.',
        ],
      ],
    ],
    [
      'a question mark after a full stop is a lost character, not a question',
      'Saplings\n\nR Farrow said the school would like them.? F Bates would liaise with her once more details were known.???',
      [['action', 'F Bates would liaise with her once more details were known.???']],
    ],
    [
      'a county councillor who undertook to do something, after "and" in a suggestion',
      'Speeding\n\nIt was suggested that the limit was being ignored and County Councillor Ash undertook to raise the issue with the Police.',
      [
        [
          'action',
          'It was suggested that the limit was being ignored and County Councillor Ash undertook to raise the issue with the Police.',
        ],
      ],
    ],
    [
      'two people in one sentence, each taking on an action',
      'Playing field\n\nIt was agreed that Cllr Ash would raise the matter with the Panel and Cllr Birch would advise the trustees of the residents’ concerns.',
      [
        ['follow-up', 'Cllr Ash would raise the matter with the Panel'],
        ['action', 'Cllr Birch would advise the trustees of the residents’ concerns.'],
      ],
    ],
    [
      'a second keyword in the same paragraph, and part markers that lost their space',
      'Budget\n\na)In considering the budgets it was RESOLVED to confirm both budgets. It was further RESOLVED to set the reserves, as discussed.\n\nb)In considering the precept it was RESOLVED to set the precept at £21,000.',
      [
        ['resolution', 'Confirm both budgets.'],
        ['resolution', 'It was further RESOLVED to set the reserves, as discussed.'],
        ['resolution', 'Set the precept at £21,000.'],
      ],
    ],
    [
      'an action column run into the text: the owner in capitals after the action, then the next paragraph',
      'Open Forum\n\nCllr Ash asked about the hedge. Ward Councillor Birch suggested the Clerk contact the owner first. ACTION: CLERK Councillor Cedar complained that the verge was not cut. The Clerk was asked to write to the contractor.',
      [
        ['action', 'Ward Councillor Birch suggested the Clerk contact the owner first.'],
        ['action', 'The Clerk was asked to write to the contractor.'],
      ],
    ],
    [
      'a lead-in that stops on "be", each part finishing its sentence',
      'PCSO\n\nRESOLVED: That PCSO Lee be\n\n(1) welcomed to the village;\n\n(2) asked to send the Clerk her shift pattern.',
      [
        ['resolution', 'PCSO Lee be welcomed to the village'],
        ['resolution', 'PCSO Lee be asked to send the Clerk her shift pattern.'],
      ],
    ],
    [
      '"Resolved" after a minute’s code with letters',
      'Sub-committees\n\nFG 6094 Resolved unanimously to approve the minutes and recommendations of the Staffing Sub Committee.',
      [['resolution', 'Approve the minutes and recommendations of the Staffing Sub Committee.']],
    ],
    [
      'not outcomes: willing to stand, the vote on a proposal, an interest, a resident’s request after a run-in heading, a heading',
      'Elections\n\nCllr Ash stated that he was willing to stand as Chairman. Members voted in favour of the proposal with one abstention. He will take no part in the discussion or vote.\n\nOpen Forum : Poppy Appeal A resident requested that the donation be increased.\n\nMatters to report.',
      [],
    ],
    [
      'who is to act, in brackets after what was said',
      'Matters arising\n\nThe Clerk had discussed the lack of road sweeping and was to meet a county officer to discuss this. (Clerk to action)',
      [
        [
          'action',
          'The Clerk had discussed the lack of road sweeping and was to meet a county officer to discuss this.',
        ],
      ],
    ],
    [
      'an action’s owner on a line below a paragraph that was no outcome itself',
      'Declarations\n\nAnn Ash and Ben Birch for agenda item 6 (minute 401).\n\nACTION: City Solicitor',
      [['action', 'Ann Ash and Ben Birch for agenda item 6 (minute 401).']],
    ],
    [
      'what the council will do, after "After some discussion,"',
      'Quarry\n\nAfter some discussion, the Parish Council will draw up a list of objections and forward a letter to the Borough Council.',
      [
        [
          'resolution',
          'After some discussion, the Parish Council will draw up a list of objections and forward a letter to the Borough Council.',
        ],
      ],
    ],
    [
      'a proposal, then "All Cllrs agreed" or "All in favour of …": one decision, the vote with it',
      'Co-option\n\nSam Ash has applied to be a Parish Councillor. Proposed by Cllr Birch and seconded by Cllr Cedar. All Cllrs agreed.\n\nElection of Chair\n\nJH Proposed DW to continue as Chair, BA seconded. All in favour of DW being re-elected.',
      [
        ['resolution', 'Proposed by Cllr Birch and seconded by Cllr Cedar. All Cllrs agreed.'],
        ['resolution', 'JH Proposed DW to continue as Chair, BA seconded. All in favour of DW being re-elected.'],
      ],
    ],
    [
      '"but it was agreed", after what was welcomed or suggested',
      'Fence\n\nThe proposal to replace the hedge with a fence was welcomed but it was agreed that the hedge required trimming in the meantime.\n\nLitter bin\n\nIt was suggested that the bin be sited by the shop but after some discussion it was agreed to continue with the original plan.',
      [
        ['follow-up', 'The hedge required trimming in the meantime.'],
        ['follow-up', 'Continue with the original plan.'],
      ],
    ],
    [
      'a body that considered something and unanimously resolved',
      'Budget\n\nThe Council considered the budget proposals and unanimously resolved, having regard to the level of reserves, to set a precept of £50,000.',
      [
        [
          'resolution',
          'The Council considered the budget proposals and unanimously resolved, having regard to the level of reserves, to set a precept of £50,000.',
        ],
      ],
    ],
    [
      'an undertaking after "but", or after a dash and "he stated"',
      'CCTV\n\nCllr Ash asked whether the cameras had been checked. AE advised they had not, but she will arrange for this to be done.\n\nExaminer\n\nPeter Ash has done this in past – he stated he will do it for one more year.',
      [
        ['action', 'AE advised they had not, but she will arrange for this to be done.'],
        ['action', 'Peter Ash has done this in past – he stated he will do it for one more year.'],
      ],
    ],
    [
      'proposed by one and seconded by another: the decision when no vote or result follows',
      'Payments\n\nIt was proposed by Cllr Ash and seconded by Cllr Birch that the payments should be made.\n\nVice-Chair\n\nIt was proposed by Cllr Ash and seconded by Cllr Birch that Cllr Cedar be Vice Chairman. There were no other nominations, Cllr Cedar was elected unanimously.',
      [
        ['resolution', 'It was proposed by Cllr Ash and seconded by Cllr Birch that the payments should be made.'],
        ['resolution', 'There were no other nominations, Cllr Cedar was elected unanimously.'],
      ],
    ],
    [
      '"ACTION-" against the word, and another email to be sent',
      'Public Session\n\nA resident complained about litter.\n\nACTION- TC to contact the district council about the complaint.\n\nParking\n\nThe district council has not responded. Another email will be sent to arrange a meeting.',
      [
        ['action', 'TC to contact the district council about the complaint.'],
        ['action', 'Another email will be sent to arrange a meeting.'],
      ],
    ],
    [
      'an apology accepted and no matters arising are no outcomes; the clerk to follow up after "and", someone invited to write',
      'Apologies\n\nAn apology was received and accepted from Cllr Ash.\n\nMatters Arising\n\nThere were no matters arising.\n\nBus service\n\nThere had been no response from the County Council and the Clerk was to follow up once again.\n\nSpeeding\n\nMr Ash was invited to write an article for the village magazine.',
      [
        ['action', 'There had been no response from the County Council and the Clerk was to follow up once again.'],
        ['action', 'Mr Ash was invited to write an article for the village magazine.'],
      ],
    ],
    [
      'the police asked whether they could act (a request of them, not a question), and a co-option in note form',
      'Police\n\nThe Police were asked if they could patrol the main street.\n\nCo-option\n\nMr Ash co-opted as Town Councillor for the south ward.',
      [
        ['request', 'The Police were asked if they could patrol the main street.'],
        ['resolution', 'Mr Ash co-opted as Town Councillor for the south ward.'],
      ],
    ],
    [
      'not outcomes: a quorum, payments circulated, what another body will only do, a report someone had produced',
      'Opening\n\nAs a quorum was present, the Chair opened the meeting.\n\nPayments\n\nA list of payments to be made in February had been circulated.\n\nLighting\n\nThe county will only approve one make of lamp. He had produced a report to be sent to the county and all members checked it.',
      [],
    ],
    [
      '"which it was agreed", a council’s decision spliced on with a comma, and an undertaking after "but"',
      'Dogs\n\nHe requested advice on byelaws which it was agreed the Clerk would investigate. It was noted that Mr Ash had offered to plant the planters, the Council welcomed this offer and agreed it would cover the cost of the plants.\n\nPolice\n\nCllr Birch pointed out that the beat officer was on leave, but undertook to contact the area inspector.',
      [
        ['follow-up', 'The Clerk would investigate.'],
        ['resolution', 'The Council welcomed this offer and agreed it would cover the cost of the plants.'],
        ['action', 'Cllr Birch to contact the area inspector.'],
      ],
    ],
    [
      '"Resolved" after a minute’s number inside a paragraph, and someone asked to act after a topic’s colon',
      'Defibrillator\n\nThe defibrillator would be housed in a cabinet. 16/082 Resolved - That the Council purchase the defibrillator.\n\nTrees\n\n76.16 1) Trees on Vicarage Lane: The Clerk was requested to contact the tree surgeon.',
      [
        ['resolution', 'Resolved - That the Council purchase the defibrillator.'],
        ['action', 'Trees on Vicarage Lane: The Clerk was requested to contact the tree surgeon.'],
      ],
    ],
    [
      'an election in note form: proposed and seconded to be the Chair',
      'Anna Lee was proposed and seconded to be the Chair of the Parish Council.',
      [['resolution', 'Anna Lee was proposed and seconded to be the Chair of the Parish Council.']],
    ],
    [
      'an action column run on after a line with no full stop',
      '4. Declarations of Interest\n\nCllr Ash declared an interest in item 9 on the Agenda Action: Clerk to send her the form to sign',
      [['action', 'Clerk to send her the form to sign']],
    ],
    [
      'RESOLVED in capitals after a closing bracket',
      'To fill two vacancies (one advertised until 9 October) RESOLVED to co-opt Ann Ash and Tom Birch. RESOLVED to co-opt Sam Cedar as the third.',
      [
        ['resolution', 'Co-opt Ann Ash and Tom Birch.'],
        ['resolution', 'Co-opt Sam Cedar as the third.'],
      ],
    ],
    [
      'a person given an award is not a decision',
      'Miss Jo Ash was awarded the Young Volunteer award for her letters to the care home.',
      [],
    ],
    [
      '"The following response was agreed" over the response itself',
      '25/0101 Mill Farm – a new barn. The following response was agreed by the Council;\n\n“The Parish Council supports this application”',
      [
        [
          'resolution',
          'The following response was agreed by the Council: “The Parish Council supports this application”',
        ],
      ],
    ],
    [
      'a planning response under a paragraph’s number, with a reference of four parts',
      '11.1.2 - 6/29/25/14 – Banking around the car park – no objection',
      [['resolution', '- 6/29/25/14 – Banking around the car park – no objection']],
    ],
    [
      'a negative inside a comment to be passed on does not undo the request',
      'Ward Councillors were asked to check the budget and to pass on a comment that the market did not make the club welcome.',
      [
        [
          'action',
          'Ward Councillors were asked to check the budget and to pass on a comment that the market did not make the club welcome.',
        ],
      ],
    ],
    [
      'paragraphs numbered 1.1, 1.2 run together on one line',
      '1.0 MATTERS ARISING 1.1 Wind farm visit – it was agreed that more information was needed. 1.2 Visitor from the area team – James will chase the contact.',
      [
        ['resolution', 'Wind farm visit – it was agreed that more information was needed.'],
        ['action', 'Visitor from the area team – James will chase the contact.'],
      ],
    ],
    [
      'a member asking for their view to be minuted',
      'Cllr Ash requested to minute that he supports the amendment.',
      [],
    ],
    [
      'an application to remove a condition is not someone named to act',
      '25/0202 Mill Lane, Ashby – Application to remove condition 2 of the earlier permission.',
      [],
    ],
    [
      'a council’s response after an application’s number run into it',
      '(a) Comments on planning applications\n\n90450The Town Council raised no objections',
      [['resolution', '90450The Town Council raised no objections']],
    ],
    [
      'someone who agreed to do several things, numbered on one line',
      'Housing\n\nJo Ash agreed to 1) Look at the three sites 2) See if her team could find land to buy 3) Collate the needs already found.',
      [
        ['action', 'Look at the three sites'],
        ['action', 'See if her team could find land to buy'],
        ['action', 'Collate the needs already found.'],
      ],
    ],
    [
      'a planning response after the application’s description and a full stop',
      'Planning\n\nSE/25/01234/HOUSE: 4 Mill Lane: Loft conversion with a Juliet balcony. Objection and comment',
      [['resolution', 'SE/25/01234/HOUSE: 4 Mill Lane: Loft conversion with a Juliet balcony. Objection and comment']],
    ],
    [
      'a council’s response under a "Comment:" label, and members who raised no objections',
      'Planning\n\n25/00708/FULL Extension to a tractor shed. Location: Land at Four Seasons, Ashby. Comment: Ashby Parish Council has no objections.\n\nMembers raised no objections, stating that the changes seemed reasonable.',
      [
        [
          'resolution',
          '25/00708/FULL Extension to a tractor shed. Location: Land at Four Seasons, Ashby. Comment: Ashby Parish Council has no objections.',
        ],
        ['resolution', 'Members raised no objections, stating that the changes seemed reasonable.'],
      ],
    ],
    [
      'a county councillor who will act; not a member who will arrive later',
      'Highways\n\nCCllr Heron will investigate the installation of dragon’s teeth. Cllr Doherty will arrive later.',
      [['action', 'CCllr Heron will investigate the installation of dragon’s teeth.']],
    ],
    [
      'an undertaking after a comma, and "Action clerk to …" in small letters',
      'Footpath\n\nCllr Ash said the contractor would go back and remove the weeds, he agreed to follow this up. Action clerk to chase.',
      [
        ['action', 'Cllr Ash said the contractor would go back and remove the weeds, he agreed to follow this up.'],
        ['action', 'Clerk to chase.'],
      ],
    ],
    [
      'a councillor who said he would make a request, after his report',
      'County Council – Councillor Birch reported on the traffic survey and said that he would make a request for yellow lines at the pinch points.',
      [
        [
          'action',
          'County Council – Councillor Birch reported on the traffic survey and said that he would make a request for yellow lines at the pinch points.',
        ],
      ],
    ],
    [
      'updates noted under one keyword are the details of one decision',
      'W99 Update: RESOLVED that council note the following updates:\n· Crime and anti-social behaviour down\n· Crime 479/484\n· Calls for service 207',
      [
        [
          'resolution',
          'Council note the following updates; Crime and anti-social behaviour down; Crime 479/484; Calls for service 207',
        ],
      ],
    ],
    [
      '"Noted. No Objections." under an application: quoted with the application',
      'Planning\n\nPlanning Application - 25/00001/C. The Old Post Office, Ashby. Use of a flat as holiday accommodation.\n\nNoted. No Objections.',
      [
        [
          'resolution',
          'Planning Application - 25/00001/C. The Old Post Office, Ashby. Use of a flat as holiday accommodation. Noted. No Objections.',
        ],
      ],
    ],
    [
      'three people, each to act, in one sentence',
      'Benches\n\nPS to contact the contractor, JC to contact the Forestry Commission and Clerk to contact the district council for advice.',
      [
        ['action', 'PS to contact the contractor'],
        ['action', 'JC to contact the Forestry Commission'],
        ['action', 'Clerk to contact the district council for advice.'],
      ],
    ],
    [
      'a council that discussed something and asked the Clerk to act, after a topic and a dash',
      '6.2 Donations - the Council discussed its role in making donations and asked the Clerk to find out what help the advice centre gives residents.',
      [
        [
          'action',
          'Donations - the Council discussed its role in making donations and asked the Clerk to find out what help the advice centre gives residents.',
        ],
      ],
    ],
    [
      '"Noted and resolved to", "we will have a look", "was thus re-elected"',
      'Verges\n\nNoted and resolved to ask the Clerk to contact the district council about the verges.\n\nDrains\n\nCllr. Smith said that we will have a look at the problem.\n\nElection of Chairman\n\nNo other nominations were received. Pat Ash was thus re-elected as Chairman.',
      [
        ['resolution', 'Noted and resolved to ask the Clerk to contact the district council about the verges.'],
        ['action', 'Cllr. Smith said that we will have a look at the problem.'],
        ['resolution', 'Pat Ash was thus re-elected as Chairman.'],
      ],
    ],
    [
      'two decisions in one sentence: "resolved that … be thanked … and that … be requested"',
      'Reports\n\nIt was resolved that Cllr Evans be thanked for his report and that clarity be requested about his comments on the levy.',
      [
        ['resolution', 'It was resolved that Cllr Evans be thanked for his report.'],
        ['resolution', 'It was resolved that clarity be requested about his comments on the levy.'],
      ],
    ],
    [
      'a bare response answers the application just above it, not one already answered',
      'Planning\n\nApplication: WD/2025/0412/F Location: 3 MILL LANE Description: REAR EXTENSION Response from Ashby Parish Council to the District Council: no objections, recommend approval.\n\n25/0101 The Old Forge, Ashby. Use of a flat as holiday accommodation.\n\nNoted. No Objections.',
      [
        [
          'resolution',
          'Application: WD/2025/0412/F Location: 3 MILL LANE Description: REAR EXTENSION Response from Ashby Parish Council to the District Council: no objections, recommend approval.',
        ],
        ['resolution', '25/0101 The Old Forge, Ashby. Use of a flat as holiday accommodation. Noted. No Objections.'],
      ],
    ],
    [
      'the same words under two lettered matters are two decisions',
      '(b) Bus timetables\n\nAfter consideration of correspondence regarding the bus timetable, it was:-\n\nRESOLVED to note the contents of the correspondence.\n\n(c) Marine plan consultation\n\nAfter consideration of the consultation, it was:-\n\nRESOLVED to note the contents of the correspondence.',
      [
        ['resolution', 'Note the contents of the correspondence.'],
        ['resolution', 'Note the contents of the correspondence.'],
      ],
    ],
    [
      'a topic’s heading after a blank line, and actions by initials on lines of their own',
      'Beach clean\nRubbish not yet collected. AB will pick up the old piano if broken up\n\nWater tank\nCD to send a letter of interest to the owners\n\nSchools\nMeeting moved to 13/3/19 at the high school\nEF to attend',
      [
        ['action', 'AB will pick up the old piano if broken up'],
        ['action', 'CD to send a letter of interest to the owners'],
        ['action', 'EF to attend'],
      ],
    ],
    [
      'bullets run together on one line, each with its action',
      'Matters raised by the public:\n\n- The Council were told the timetables at the bus stop are out of date. ACTION: Clerk to obtain new timetables and display them. - The Council were told that the gates to the play park do not close. ACTION: Chair to visit site',
      [
        ['action', 'Clerk to obtain new timetables and display them.'],
        ['action', 'Chair to visit site'],
      ],
    ],
    [
      '“It was agreed that,” then a clause, then what was agreed',
      'It was agreed that, in the interest of openness, an open forum of up to 15 minutes should be the first item on future agendas.',
      [
        [
          'follow-up',
          'In the interest of openness, an open forum of up to 15 minutes should be the first item on future agendas.',
        ],
      ],
    ],
    [
      'parts titled with a dash, reports among decisions, are read each for itself',
      '3. Matters carried over\n\na) Speed watch – AB accepted the role of team leader and will arrange training.\n\nb) Lamp posts – The contractor has bought the paint and intends to repaint them in July.\n\nc) Footbridge – The county confirms the bridge is not on the definitive map.\nThe meeting Resolved that, having done so for many years, the council should accept responsibility for its upkeep.',
      [
        ['resolution', 'Speed watch – AB accepted the role of team leader and will arrange training.'],
        [
          'resolution',
          'The meeting Resolved that, having done so for many years, the council should accept responsibility for its upkeep.',
        ],
      ],
    ],
    [
      'a long sentence of what was reported, then "after discussion it was RESOLVED that …"',
      'A request had been received for help restoring the fingerposts – the county had agreed to restore four of them at its own cost – the cost of each was £800 – a grant of £1,200 was asked for after discussion it was RESOLVED that the Council would support the project and donate the sum.',
      [
        [
          'resolution',
          'After discussion it was RESOLVED that the Council would support the project and donate the sum.',
        ],
      ],
    ],
    [
      'a response over the applications it answers, one a line, not one only received',
      'Planning Applications supported:\n1039/16 Mill Farm, Fen Road – extension to a cattle building\n0205/16 Barn at Lee Farm – installation of roof lights\n0683/16 Penny Cottage – a revised application was received.\n4462/20 HIGHWAYS\nAB to send a letter to the owners',
      [
        ['resolution', 'Planning Applications supported: 1039/16 Mill Farm, Fen Road – extension to a cattle building'],
        ['resolution', 'Planning Applications supported: 0205/16 Barn at Lee Farm – installation of roof lights'],
        ['action', 'AB to send a letter to the owners'],
      ],
    ],
    [
      'an offer from a member of the public, and a decision that something not be done',
      'Public forum: A member of the public addressed the council and offered to sponsor a bench on the playing field.\n\n12 Review of taxi fares\n\nThat the proposed new schedule of fares not be implemented and the existing schedule remain in effect.',
      [
        [
          'resolution',
          'The proposed new schedule of fares not be implemented and the existing schedule remain in effect.',
        ],
      ],
    ],
    [
      'a reply promised later in the same meeting, and what a panel agreed at an earlier session',
      'Public Question Time – The Chairman reported written questions had been received after the deadline, however, he will respond to the questions at Agenda Item No 9.\n\nAt the final wrap-up session on 17 March 2015, the Panel agreed a series of recommendations and conclusions.\n\nRESOLVED: That the report and recommendations be approved.',
      [['resolution', 'The report and recommendations be approved.']],
    ],
    [
      'numbered parts with no full stop under "It was RESOLVED to approve:", and "it was noted the Clerk would …"',
      'F21/008 BUDGET\n\nThe report was noted.\n\nF21/009 COUNCIL CREDIT CARD\n\nIt was RESOLVED to approve:\n\n  1. An increase to the card limit from £1,000 to £1,500\n  2. The provision of a second card with a limit of £500.\n\nit was noted the Town Clerk would update the Financial Regulations to reflect these changes.',
      [
        ['resolution', 'The report was noted.'],
        ['resolution', 'An increase to the card limit from £1,000 to £1,500'],
        ['resolution', 'The provision of a second card with a limit of £500.'],
        ['action', 'It was noted the Town Clerk would update the Financial Regulations to reflect these changes.'],
      ],
    ],
    [
      'a planning response after its application on one long line, and a decision of a recent meeting reported',
      'P100/17 Planning Applications\n\n17/08298 Higher Farm, Grampound Road, Raising of the roof to provide first floor accommodation and covered entrances to the front and rear – Resubmission of an earlier application (withdrawn) RESOLVED: Support as no objections.\n\nCouncillor Ash briefed members that at a recent Council meeting it was agreed that we would look at the apprenticeship scheme.',
      [
        [
          'resolution',
          '17/08298 Higher Farm, Grampound Road, Raising of the roof to provide first floor accommodation and covered entrances to the front and rear – Resubmission of an earlier application (withdrawn) Support as no objections.',
        ],
      ],
    ],
    [
      'lettered parts on one line, each answered by the same words after a keyword, and a page’s lettered sections',
      '4460/20 CHAIRMAN’S REPORT a) The Chairman reminded Councillors of the meeting etiquette. RESOLVED: To receive the information. b) Letter from the district council – support for parish councils. RESOLVED: To receive the information.\n\nContent: a) Decisions RESOLVED: 1. That the garden waste charge be set at £52 a year. b) Reasons for decisions As set out in the report. c) Alternative options considered Keeping the current charge was considered and rejected.',
      [
        ['resolution', 'Receive the information.'],
        ['resolution', 'Receive the information.'],
        ['resolution', 'The garden waste charge be set at £52 a year.'],
      ],
    ],
    [
      'an undertaking to get an update, and what is meant to be done already',
      'The Vice-Chair confirmed she would get an update to committee on items 13 and 16 of the work programme.\n\nAlthough the Council has an arrangement whereby the gullies are meant to be swept regularly, Cllr Dale pointed out that there is only one sweeper for the county.',
      [
        [
          'action',
          'The Vice-Chair confirmed she would get an update to committee on items 13 and 16 of the work programme.',
        ],
      ],
    ],
    [
      'lettered parts with their keyword lost, then the keyword with the next part; two parts named together in a sentence',
      '(a) the Council keeps only the motions received since May 2024;\n\n(b) in respect of motion (1), Council be informed that in the opinion of the Cabinet the motion should not be supported; and\n\nRESOLVED (c) That the Cabinet’s views on motions (1) and (2) be sent to the Council meeting on 3 March 2025.',
      [
        ['resolution', 'The Council keeps only the motions received since May 2024'],
        [
          'resolution',
          'In respect of motion (1), Council be informed that in the opinion of the Cabinet the motion should not be supported',
        ],
        ['resolution', 'The Cabinet’s views on motions (1) and (2) be sent to the Council meeting on 3 March 2025.'],
      ],
    ],
    [
      'a keyword with its first part run on, the other parts on lines of their own',
      '4.2 The Cabinet Member RESOLVED to (1) withdraw the old parking policy;\n\n(2) adopt the new parking policy; and\n\n(3) review it in a year.',
      [
        ['resolution', 'Withdraw the old parking policy'],
        ['resolution', 'Adopt the new parking policy'],
        ['resolution', 'Review it in a year.'],
      ],
    ],
    [
      'two applications answered in the same words, each with a reason after a dash; a bare approval says what with its item',
      '1 Apologies\n\nNone.\n\n2 To approve the minutes of the meeting held on 9 May 2025.\n\nResolved: Approved.\n\n3 Planning applications\n\na. PL/2025/01234 – Mill Farm – Solar panels on the barn roof.\n\nResolved: Support – Favourable to environment.\n\nb. PL/2025/01240 – Ash Cottage – Solar panels in the paddock.\n\nResolved: Support – Favourable to environment.',
      [
        ['resolution', 'Approve the minutes of the meeting held on 9 May 2025: Approved.'],
        [
          'resolution',
          'PL/2025/01234 – Mill Farm – Solar panels on the barn roof. Resolved: Support – Favourable to environment.',
        ],
        [
          'resolution',
          'PL/2025/01240 – Ash Cottage – Solar panels in the paddock. Resolved: Support – Favourable to environment.',
        ],
      ],
    ],
    [
      'motions proposed and seconded by initials in note form',
      'c) Auditor’s fee. It was prop. KM sec. NC that £100 be taken from reserves and put into miscellaneous. This was discussed, Resolved and carried unan.',
      [['resolution', '£100 be taken from reserves and put into miscellaneous.']],
    ],
    [
      'one person agreed to do one thing and the Clerk will do another',
      'JS agreed to complete an end of year report and Clerk will keep a separate account for the bus.',
      [
        ['action', 'JS to complete an end of year report'],
        ['action', 'Clerk will keep a separate account for the bus.'],
      ],
    ],
    [
      'earlier actions reported done, or only how they stand, are not new actions',
      '5. Actions arising\n\n1. Respond to the planning application. Action complete. Action - The Clerk.\n\n2. Review the CCTV policy. Action – Mr Dale.\n\nAction complete – the system meets the guidance.\n\n3. Chase the land registry. Action – The Clerk\n\nAction ongoing. Action – The Clerk',
      [['action', 'Chase the land registry.']],
    ],
    [
      "a note in brackets says what someone will do; another's undertaking after “and the Clerk would”",
      '(Note: On behalf of Members, the Chairman would buy a gift for her.)\n\nMr Hill asked about litter bins at the car park. It was agreed that Dr Lee would liaise with the rail company and the Clerk would report to the next meeting about the car park. The Chair would sign the form and the Clerk would send it to the auditor.',
      [
        ['action', 'On behalf of Members, the Chairman would buy a gift for her.'],
        ['follow-up', 'Dr Lee would liaise with the rail company'],
        ['action', 'The Clerk would report to the next meeting about the car park.'],
        ['action', 'The Chair would sign the form and the Clerk would send it to the auditor.'],
      ],
    ],
    [
      'parts of a list of places, each titled with its house number, are not decisions',
      '(a) Decisions on earlier applications\n\n(i) Mill Field: a container for the scouts; permission granted subject to three conditions.\n(ii) 4 South View: a dwelling in the garden; permission granted subject to eight conditions',
      [],
    ],
    [
      'two applications, the second answered with the first words of the first’s response',
      '2/2025/0984/FUL: Change of use of an orchard to a garden. Little Hains, Hains Lane\nResolved: Objection – Unacceptable use and harm to wildlife\n2/2025/0954/FUL: A triple car port. Ashley Farm, Great Down Lane\nResolved: Objection – Unacceptable use',
      [
        ['resolution', 'Little Hains, Hains Lane Resolved: Objection – Unacceptable use and harm to wildlife'],
        ['resolution', 'Ashley Farm, Great Down Lane Resolved: Objection – Unacceptable use'],
      ],
    ],
    [
      'a table’s headings run together are no action; a decision after “discussion and careful consideration of …”',
      'Minute Item ACTION Number 048/09/17 Apologies for Absence were received from Cllr Dale.\n\nFollowing discussion and careful consideration of the relevant planning policies the Council agreed to object to the application on the following grounds:',
      [['resolution', 'The Council to object to the application on the following grounds:']],
    ],
    [
      'in a page run together into one paragraph, an earlier action reported complete leaves the new actions after it',
      'Matters arising. The footpath consultation was answered. Action complete. The bus shelter had been cleaned by the contractor and the bill was paid in full last month, as agreed at the last meeting of the Council. Residents had written again about the speed of traffic through the village at school times and the lack of a crossing near the shop. Clerk to write to the highways authority about a crossing.',
      [['action', 'Clerk to write to the highways authority about a crossing.']],
    ],
    [
      'the same response printed as a recommendation under two applications, and no objections raised by the Parish Council',
      'Apologies were received from Cllr Dale.\nRecommendation: Members supported this application.\nRecommendation: Members supported this application.\n\nNo objections were raised by the Parish Council. No objections were raised by residents at the exhibition.',
      [
        ['resolution', 'Recommendation: Members supported this application.'],
        ['resolution', 'No objections were raised by the Parish Council.'],
      ],
    ],
    [
      'an action whose verb is in capitals after "Clerk to"',
      'The stile on the footpath by the church is broken again. Clerk to Contact the rights of way officer.',
      [['action', 'Clerk to Contact the rights of way officer.']],
    ],
    [
      'an undertaking after "but", when the answer was not to hand',
      'The officer did not have the figures to hand but would confirm them to members after the meeting.',
      [['action', 'The officer did not have the figures to hand but would confirm them to members after the meeting.']],
    ],
    [
      'a decision delegated, with DELEGATED in capitals',
      'DELEGATED to the Chief Finance Officer to agree the final figures with the Chair.',
      [['resolution', 'DELEGATED to the Chief Finance Officer to agree the final figures with the Chair.']],
    ],
    [
      'two people each taking on an action after AGREED in capitals',
      'It was AGREED that Cllr Moss would obtain quotes and the Clerk would write to the club.',
      [
        ['action', 'Cllr Moss would obtain quotes.'],
        ['action', 'The Clerk would write to the club.'],
      ],
    ],
    [
      '"IT WAS AGREED." after a proposal and its seconder, split by a semicolon',
      'Cllr Cole PROPOSED that the new bench be bought from the reserves; Cllr Ash seconded. IT WAS AGREED.',
      [
        [
          'resolution',
          'Cllr Cole PROPOSED that the new bench be bought from the reserves; Cllr Ash seconded. IT WAS AGREED.',
        ],
      ],
    ],
    [
      'a keyword that closes its paragraph after the vote',
      'In the absence of a Chairman, Members called on Cllr Marsh to chair this meeting. So proposed Cllr Bly Seconded Cllr Dunn RESOLVED',
      [['resolution', 'In the absence of a Chairman, Members called on Cllr Marsh to chair this meeting.']],
    ],
    [
      'a response after its application run into one line',
      'Plan B PA11/04417 : Demolition of light industrial units and siting of park homes, Barn Lane, Ashby Members supported this application which makes use of a brownfield site.',
      [
        [
          'resolution',
          'Plan B PA11/04417 : Demolition of light industrial units and siting of park homes, Barn Lane, Ashby Members supported this application which makes use of a brownfield site.',
        ],
      ],
    ],
    [
      'councillors who were to do something, in note form',
      'Concerns were expressed about burglaries of elderly residents and councillors were to ask residents to be vigilant.',
      [
        [
          'action',
          'Concerns were expressed about burglaries of elderly residents and councillors were to ask residents to be vigilant.',
        ],
      ],
    ],
    [
      'an action in brackets after what it answers',
      'The council promised its support and would write to the highway authority. (AP1 – Clerk to write to Highways).',
      [['action', 'AP1 – Clerk to write to Highways']],
    ],
    [
      'she, then what she undertook, after what she knew',
      'She was aware of the topic and undertook to write to the district council on this matter.',
      [['action', 'Write to the district council on this matter.']],
    ],
    [
      'what an officer said would be circulated, in parts under "advised as follows"',
      'In response to questions the Director advised as follows:-\n\n(i) underspends had been allocated to reserves;\n\n(ii) details of the carry forwards would be circulated to members separately;\n\n(iii) further information would be circulated to members regarding the overspend.',
      [
        ['action', 'Details of the carry forwards would be circulated to members separately'],
        ['action', 'Further information would be circulated to members regarding the overspend.'],
      ],
    ],
    [
      "the next item's title in capitals after the parts of a decision",
      'AGREED:\n\n1. That the scoping documents be used for every review.\n\n2. That the Head of Scrutiny report on their use in a year.\n\n3. REVIEW OF THE MARCH CYCLE OF COMMITTEES\n\nThe Panel discussed which items had worked well.',
      [
        ['resolution', 'The scoping documents be used for every review.'],
        ['information-request', 'The Head of Scrutiny report on their use in a year.'],
      ],
    ],
    [
      'numbered reasons after lettered decisions, their labels lost',
      'a) the new Corporate Plan be agreed and recommended to Council for approval;\n\nb) the Chief Executive be authorised to make minor amendments before publication.\n\n1. The Council’s ambitions for the next four years are set out in the new plan.\n\n2. The plan sits above a wider strategic context of projects and indicators.',
      [
        ['recommendation', 'The new Corporate Plan be agreed and recommended to Council for approval'],
        ['resolution', 'The Chief Executive be authorised to make minor amendments before publication.'],
      ],
    ],
    [
      'an undertaking after a decision with its keyword on the same line',
      'PROPOSED; SECONDED; RESOLVED to co-opt Jon Mead onto the Parish Council. JB noted that she would forward the declaration of office to him to sign.',
      [
        ['resolution', 'Co-opt Jon Mead onto the Parish Council.'],
        ['action', 'JB noted that she would forward the declaration of office to him to sign.'],
      ],
    ],
    [
      'a meeting that noted an update and was in agreement',
      'The meeting noted the operational update on the burial service. The meeting was in agreement that three quotes be sought for new CCTV.',
      [
        ['resolution', 'The meeting noted the operational update on the burial service.'],
        ['resolution', 'The meeting was in agreement that three quotes be sought for new CCTV.'],
      ],
    ],
    [
      'corrections asked for to the last minutes are not requests',
      'Cllr Bruce asked for a typo correction to Min 5120 – line 1 – to delete ‘the’ and insert ‘there’. With the above amendment, the minutes were approved.',
      [['resolution', 'With the above amendment, the minutes were approved.']],
    ],
    [
      'an alternative option considered and declined is not a decision',
      'Members considered the alternative option of refreshing the current plan, but this was declined as the review showed a new plan was needed.',
      [],
    ],
    [
      'a body that agreed to the recommendations, over the numbered recommendations',
      'Review of the Complaints Process\n\nCabinet agreed to the recommendations\n\n1.     We will bring together all complaints policies into one easy document.\n\n2.     We will have a clear and concise policy that sets out the legislation covered.',
      [
        ['resolution', 'We will bring together all complaints policies into one easy document.'],
        ['resolution', 'We will have a clear and concise policy that sets out the legislation covered.'],
      ],
    ],
    [
      '"AGREED recommendations." under each item of a decisions page, told with its item',
      'B1\n\nBudget monitoring - quarter 1\n\nDecision:\n\nAGREED recommendations.\n\nB2\n\nFlexible use of capital receipts\n\nDecision:\n\nAGREED recommendations.',
      [
        ['resolution', 'Budget monitoring - quarter 1: AGREED recommendations.'],
        ['resolution', 'Flexible use of capital receipts: AGREED recommendations.'],
      ],
    ],
    [
      'a sentence broken after "the" by a blank line is one sentence',
      'Minutes:\n\nThe Public Notice of Key Decisions informed the\n\nOverview and Scrutiny Commission that there were no key decisions due to be made at Cabinet in January.',
      [],
    ],
    [
      'a chair elected for the meeting, and the meeting said to be quorate in the same sentence',
      'In the absence of the Chairman, Cllr Wardle was unanimously elected as the Chair for this Meeting, and the Clerk confirmed that the Meeting was quorate.',
      [
        [
          'resolution',
          'In the absence of the Chairman, Cllr Wardle was unanimously elected as the Chair for this Meeting, and the Clerk confirmed that the Meeting was quorate.',
        ],
      ],
    ],
    [
      'a nomination, then the election it made',
      'Cllr. Fenn proposed Cllr. Pell as Vice-Chairman, which was seconded by Cllr. Wray. Cllr. Pell was duly elected without opposition.',
      [['resolution', 'Cllr. Pell was duly elected without opposition.']],
    ],
    [
      'the same short action marked for its owner under two matters',
      'Sam asked to promote the work on the noticeboards and website. The Clerk would send contact details. Clerk\n\nMembers raised concerns about brash left on the site. Sam agreed to speak to the flood warden. The Clerk would send contact details. Clerk',
      [
        ['action', 'The Clerk would send contact details.'],
        ['action', 'Sam to speak to the flood warden.'],
        ['action', 'The Clerk would send contact details.'],
      ],
    ],
    [
      '"Recommend Approval" after an application, and a vote counted for a response',
      'i) P14/S2231/HH 3 Ash Close Ashby Single storey rear extension. Recommend Approval\n\nii) P14/S2240/FUL 1 Mill Close Ashby. Variation of condition 1. Vote taken, 6 for Recommend Refusal, 1 for Abstention.',
      [
        ['resolution', 'P14/S2231/HH 3 Ash Close Ashby Single storey rear extension. Recommend Approval'],
        ['resolution', 'Vote taken, 6 for Recommend Refusal, 1 for Abstention.'],
      ],
    ],
    [
      '"Resolved:" over a body that noted a report and requested something',
      'Resolved: Members noted the contents of the report and requested that time is set aside at the training day to discuss the planning policies.',
      [
        ['resolution', 'Members noted the contents of the report.'],
        ['request', 'Members requested that time is set aside at the training day to discuss the planning policies.'],
      ],
    ],
    [
      'an amendment requested, in the passive',
      'An amendment was requested to include alcohol in the diagram alongside smoking. An amendment was requested to the minutes of the last meeting.',
      [['request', 'An amendment was requested to include alcohol in the diagram alongside smoking.']],
    ],
    [
      'who was asked to chair the meeting is no request',
      'Although KW arrived soon after, he requested that JB continued to chair the meeting.',
      [],
    ],
    [
      'a petition received and referred to an officer',
      'A petition was received about crossing lights on Chapel Road and was referred to the Director of Place.',
      [
        [
          'resolution',
          'A petition was received about crossing lights on Chapel Road and was referred to the Director of Place.',
        ],
      ],
    ],
    [
      'a panel that noted the following, over bullets of what it was told',
      'The panel noted the following:\n\n  • That the overall judgement of the inspection was that the service required improvement.\n  • There were no areas judged to be inadequate.\n  • The inspection found that families received a prompt response.\n\nRESOLVED that a report on the inspection be included in the agenda of the next meeting.',
      [
        [
          'resolution',
          'The panel noted the following: The overall judgement of the inspection was that the service required improvement; There were no areas judged to be inadequate; The inspection found that families received a prompt response.',
        ],
        ['work-programme', 'A report on the inspection be included in the agenda of the next meeting.'],
      ],
    ],
    [
      'a body that asked an officer to act, after what it noted and "and"',
      'The decisions were noted, and the committee asked the Planning Officer to contact the case officer about the comments.',
      [
        [
          'request',
          'The decisions were noted, and the committee asked the Planning Officer to contact the case officer about the comments.',
        ],
      ],
    ],
    [
      'a response confirmed as to be chased up, with no one named',
      'Councillor Orme had not had a response to her question on the bypass and it was confirmed that a response would be chased up.',
      [
        [
          'action',
          'Councillor Orme had not had a response to her question on the bypass and it was confirmed that a response would be chased up.',
        ],
      ],
    ],
    [
      'a body that considered that something be done',
      'Given that the papers would be sent before the meeting, the Committee considered that a time limit of ten minutes be set for each presentation.',
      [
        [
          'follow-up',
          'Given that the papers would be sent before the meeting, the Committee considered that a time limit of ten minutes be set for each presentation.',
        ],
      ],
    ],
    [
      'a report that should come to the next meeting',
      'A report should come forward to the next meeting on 26 September.',
      [['information-request', 'A report should come forward to the next meeting on 26 September.']],
    ],
    [
      "the council's decision on an application as a code",
      'Ref: 22/04418/FUL – Single storey side extension at 40 Mill Lane.\nThe Parish Council decision was B',
      [['resolution', 'The Parish Council decision was B']],
    ],
    [
      'a committee\'s minutes, a dash and "Resolved" on the line carried on from the item\'s words',
      '17/108 To receive any recommendations contained within the minutes of the following meeting:\n01Finance & Services Committee 4th July 2017 –Resolved to accept all recommendations contained within the minutes.',
      [['resolution', 'Accept all recommendations contained within the minutes.']],
    ],
    [
      "what a protocol says happens, a call-in's request and notices about attending are not outcomes",
      'The Variation Protocol stated that where the parties agreed that a variation was substantial the Committee would provide comments. The request to Call-In this decision was made on 5 February by Councillor Moran. Councillors attending the meeting will be undertaking a test in advance. Requests to speak at the meeting must be registered with Democratic Services.',
      [],
    ],
    [
      'roles and their holders under an item that appoints, with several holders, the chair and people who are not councillors',
      '19/61 Appointments to committees and groups were made as follows:\n\n(a) Staffing Committee: The Chairman and Cllrs Garside and Penhale.\n(b) Planning Group: The Chairman and Cllrs Garside, Ousby, and Penhale.\n(c) Rights of Way: Dr Jane Dowd.\n(d) Webmaster: The Chairman.',
      [
        ['resolution', 'Staffing Committee: The Chairman and Cllrs Garside and Penhale.'],
        ['resolution', 'Planning Group: The Chairman and Cllrs Garside, Ousby, and Penhale.'],
        ['resolution', 'Rights of Way: Dr Jane Dowd.'],
        ['resolution', 'Webmaster: The Chairman.'],
      ],
    ],
    [
      'a response told with the application on its line, or on the line above that ends on a dash',
      '2. Planning applications\n\n0811/06 Rear conservatory extension - 37 Quay Street, Ashby –\n\nRESOLVED – Recommend approval\n\n0815/06 Altering window to part French door - 4 Stile Lane, Ashby – RESOLVED – Recommend approval',
      [
        ['resolution', '0811/06 Rear conservatory extension - 37 Quay Street, Ashby – Recommend approval'],
        ['resolution', '0815/06 Altering window to part French door - 4 Stile Lane, Ashby – Recommend approval'],
      ],
    ],
    [
      'two things agreed in one sentence with "and that", and the clerk\'s action after a comma',
      'It was agreed that Councillor Fearn would review the work of the lengthsman and that an analysis should be carried out of the equipment, The Clerk is to liaise with Mr Tarrant and arrange a meeting.',
      [
        ['follow-up', 'Councillor Fearn would review the work of the lengthsman.'],
        ['follow-up', 'An analysis should be carried out of the equipment.'],
        ['action', 'The Clerk is to liaise with Mr Tarrant and arrange a meeting.'],
      ],
    ],
    [
      "a chair for the meeting resolved in the chair's absence",
      'In The chairs absence it was resolved that Cllr Tomkin take the chair.',
      [['resolution', 'In The chairs absence it was resolved that Cllr Tomkin take the chair.']],
    ],
    [
      "a matter to go on an agenda, someone who will go on chasing, and a select committee's order",
      'The conservation area boundary was discussed. This is to go on the Conservation Agenda.\n\nCllr. Barlow has been and will continue to chase the enforcement officers.\n\nOrdered, That the Chairman do make the Report to the House.',
      [
        ['follow-up', 'The conservation area boundary was discussed. This is to go on the Conservation Agenda.'],
        ['action', 'Cllr. Barlow has been and will continue to chase the enforcement officers.'],
        ['resolution', 'Ordered, That the Chairman do make the Report to the House.'],
      ],
    ],
    [
      'agreed not to object, with capitals, and the clerk to act after "but"',
      'Following discussion the Council agreed not to Object to the application.\n\nThere were no problems last time so that is fine but Clerk to ask to be informed if anything is to be different.',
      [
        ['resolution', 'Following discussion the Council agreed not to Object to the application.'],
        [
          'action',
          'There were no problems last time so that is fine but Clerk to ask to be informed if anything is to be different.',
        ],
      ],
    ],
    [
      "points made in an officer's introduction are not decisions",
      'The Monitoring Officer introduced the report. The introduction included the following points.\n\n1. That a call-in notice was received on 21 September regarding a Cabinet decision.\n\n2. The Monitoring Officer reviewed the notice against the call-in grounds.\n\nThe committee debated the report.\n\n1. That the report was noted.',
      [['resolution', 'The report was noted.']],
    ],
    [
      'a request to be made to the council, and what a committee recommends for approval',
      'Following Cllr Ash’s resignation, a request is to be made by the Finance Committee to Council for another councillor to join it.\n\nAfter careful consideration the following grants are recommended for approval:',
      [
        [
          'action',
          'Following Cllr Ash’s resignation, a request is to be made by the Finance Committee to Council for another councillor to join it.',
        ],
        ['recommendation', 'After careful consideration the following grants are recommended for approval:'],
      ],
    ],
    [
      'a problem raised, then "Action Councillors." naming who is to act',
      '8. Harbour issues. Lots of buses bring visitors. However a lack of toilet signs on the shore directing people to the public toilets. Action Councillors.',
      [['action', 'However a lack of toilet signs on the shore directing people to the public toilets.']],
    ],
    [
      'someone asked to act in a clause after what was shared',
      'Photographs of the event were shared, which KT asked LP to post on the Facebook page.',
      [['action', 'Photographs of the event were shared, which KT asked LP to post on the Facebook page.']],
    ],
    [
      'NOTED in capitals over what the council noted',
      'Council NOTED that the following expenses were authorised and paid since the last meeting:',
      [['resolution', 'Council NOTED that the following expenses were authorised and paid since the last meeting:']],
    ],
    [
      '"Decision Made:" over numbered parts',
      'Decision Made:\n\n(1) the proposed shared service for the four councils be agreed;\n\n(2) the intention for the service to start on 1 April be noted.',
      [
        ['resolution', 'The proposed shared service for the four councils be agreed'],
        ['resolution', 'The intention for the service to start on 1 April be noted.'],
      ],
    ],
    [
      "RESOLVED with the minute's reference in brackets, over dashed parts",
      '5. Committee recommendations\nRESOLVED (c24/25/68)\n- To approve the recommendations of the Finance Committee held on 2 May.\n- To approve the recommendations of the Amenities Committee held on 9 May.',
      [
        ['resolution', 'Approve the recommendations of the Finance Committee held on 2 May.'],
        ['resolution', 'Approve the recommendations of the Amenities Committee held on 9 May.'],
      ],
    ],
    [
      'a paragraph that reports, then decides, below a lead-in ending "subject to the following:"',
      'The report was approved on the proposal of Councillor Ash, seconded by Councillor Birch subject to the following:\n\nHedge survey: The Director reported that a grant had been offered towards the survey. It was agreed that Council would provide match funding towards the survey.',
      [
        [
          'resolution',
          'The report was approved on the proposal of Councillor Ash, seconded by Councillor Birch subject to the following:',
        ],
        ['follow-up', 'Council would provide match funding towards the survey.'],
      ],
    ],
    [
      'councillors named together after a plural title taking on an action',
      'An email was received about rubbish in the churchyard. Clrs. Ash and Birch would remove the rubbish.',
      [['action', 'Clrs. Ash and Birch would remove the rubbish.']],
    ],
    [
      "a planning application's line, then that there were no issues with it",
      '6 Planning application 24/01234/HOU at 3 Mill Lane, single storey extension. There were no issues with this planning application.',
      [
        [
          'resolution',
          '6 Planning application 24/01234/HOU at 3 Mill Lane, single storey extension. There were no issues with this planning application.',
        ],
      ],
    ],
    [
      'a sentence marked "Action CLERK"',
      'Comments on the draft leaflet will be worked in. A revised leaflet will be presented in March. Action CLERK',
      [['action', 'A revised leaflet will be presented in March.']],
    ],
    [
      'RESOLVED to authorise: over the payments it authorised, the verb alone no outcome',
      '6. Finance\nThe Council received, noted and duly RESOLVED to authorise:\n1. The financial report for May, showing a balance of £12,045.88.\n2. Cheques for payment, listed on schedule 0524, totalling £564.04.',
      [
        ['resolution', 'The financial report for May, showing a balance of £12,045.88.'],
        ['resolution', 'Cheques for payment, listed on schedule 0524, totalling £564.04.'],
      ],
    ],
    [
      'a part that appoints members "as follows:" over bullets of names',
      'RESOLVED –\n\n1. That a task group be set up to review the play strategy.\n\n2. That the membership of the task group be as follows:\n\n· Councillor Ann Ash (Chair)\n\n· Councillor Ben Birch',
      [
        ['resolution', 'A task group be set up to review the play strategy.'],
        [
          'resolution',
          'The membership of the task group be as follows: Councillor Ann Ash (Chair); Councillor Ben Birch',
        ],
      ],
    ],
    [
      "an application's lines, then the response opening its sentence",
      '1. Planning Application No. B24/0695/LL Conversion of the old bank into four flats. Objection to the application based on the parking policy - if parking spaces can not be provided, the proposal should not add to the parking problems.\n\n2. Planning Application No. B24/0560/LL A two storey extension. Agree the application as it blends with the rest of the street.',
      [
        [
          'resolution',
          'Objection to the application based on the parking policy - if parking spaces can not be provided, the proposal should not add to the parking problems.',
        ],
        ['resolution', 'Agree the application as it blends with the rest of the street.'],
      ],
    ],
    [
      'a "\'No Objection\' response" spoken of in quotes is not one',
      "Planning authorities no longer want to see a 'No Objection' response from the Council.",
      [],
    ],
    [
      '"Having noted … the Committee" over parts, its keyword lost',
      'Having noted the areas to be considered the Committee\n\n1. Approval is given to the broad approach set out in the report.\n\n2. The draft business plan be approved at the December meeting.',
      [
        ['resolution', 'Approval is given to the broad approach set out in the report.'],
        ['resolution', 'The draft business plan be approved at the December meeting.'],
      ],
    ],
    [
      'an officer named by post who said he would follow it up',
      'A comment was made about film recycling in supermarkets. The Managing Director said he would follow this up and report back to the Board.',
      [['action', 'The Managing Director said he would follow this up and report back to the Board.']],
    ],
    [
      'RESOLVED UNANIMOUSLY in capitals over its parts',
      'A vote was taken by a show of hands and it was RESOLVED UNANIMOUSLY:\n\n1. That the Committee notes its terms of reference.\n\n2. That any amendments are reported to the Democratic Services Manager.',
      [
        ['resolution', 'The Committee notes its terms of reference.'],
        ['resolution', 'Any amendments are reported to the Democratic Services Manager.'],
      ],
    ],
    [
      'RESOLVED on a motion MOVED and SECONDED, over its parts',
      'It was RESOLVED on a motion MOVED by Councillor Ash and SECONDED by Councillor Birch:\n\na) that Council confirm its support for the new model;\n\nb) that the appendices to the report be noted.',
      [
        ['resolution', 'Council confirm its support for the new model'],
        ['resolution', 'The appendices to the report be noted.'],
      ],
    ],
    [
      'what an earlier meeting decided, told with its date, before the decision',
      'Decision:\n\nAt Annual Council on 15th May 2024, the terms of reference for each committee were approved.\n\nRESOLVED that the Committee notes its terms of reference.',
      [['resolution', 'The Committee notes its terms of reference.']],
    ],
    [
      "a correction asked for under the minutes' own heading",
      'Confirmation of the Minutes Mr Ash asked for a correction to be made to item 7 on the report, page 3. The minutes were then signed.',
      [['resolution', 'The minutes were then signed.']],
    ],
    [
      'the reason something else is so, not a decision',
      'The Trust is a separate body and its link with the Community Council is because it was decided that members of the council would form its committee.',
      [],
    ],
    [
      'what the Chair will allow at the meeting',
      "The Chair will allow members of the public to present a petition on any matter within the Board's remit.",
      [],
    ],
    [
      "a decision's field telling what the meeting was told, listed, is not decisions",
      'Decision:\n\nThe Leader informed the Cabinet of the following figures:\n\nSeveral meetings had over 40 items:\n\n· 19-03-09 – 52\n\n· 14-01-10 – 41',
      [],
    ],
    [
      'a body that again recommended refusal: a planning response',
      '24/00100/FUL Three bed bungalow, land by Lee Cottages\n\nThe Parish Council again recommended the refusal of planning permission as the site is too cramped.',
      [
        [
          'resolution',
          'The Parish Council again recommended the refusal of planning permission as the site is too cramped.',
        ],
      ],
    ],
    [
      'a body with no objection to a change, named',
      '5.1 AF/24/02349/FUL - Land East of 4 Cow Lane\n\nThe Parish Council has no objection to the change of design of the building. All agreed.',
      [
        [
          'resolution',
          '5.1 AF/24/02349/FUL - Land East of 4 Cow Lane The Parish Council has no objection to the change of design of the building. All agreed.',
        ],
      ],
    ],
    [
      'someone co-opted who will sign the declaration',
      'John Ash was Co-opted onto the Council and will sign a Declaration of Acceptance of Office.',
      [['resolution', 'John Ash was Co-opted onto the Council and will sign a Declaration of Acceptance of Office.']],
    ],
    [
      'a councillor of another council, named with its place, who will act',
      'Ashby Cllr Birch will call in the application to committee if the officer recommends approval.',
      [['action', 'Ashby Cllr Birch will call in the application to committee if the officer recommends approval.']],
    ],
    [
      'someone asked for something to be done',
      'Councillor Cole asked for any feedback on these reviews to be relayed to the Board.',
      [['request', 'Councillor Cole asked for any feedback on these reviews to be relayed to the Board.']],
    ],
    [
      '"Cabinet recommended to Council:" under a Decision heading, over what it recommended',
      'Decision\n\nCabinet recommended to Council:\n\n1. The discretionary fees and charges for 2026/27 set out at Appendix A of the report.\n\n2. The statutory fees and charges for 2026/27 set out at Appendix B of the report.',
      [
        ['recommendation', 'The discretionary fees and charges for 2026/27 set out at Appendix A of the report.'],
        ['recommendation', 'The statutory fees and charges for 2026/27 set out at Appendix B of the report.'],
      ],
    ],
    [
      'a part in which the body recommends, its list its details',
      'RESOLVED: That\n\n(1) the Cabinet recommends to the Council the approval of additional funding for the schemes as follows:\n\n· Transport block funding - £1,150,000\n\n· Road safety funding - £200,000',
      [
        [
          'recommendation',
          'The Cabinet recommends to the Council the approval of additional funding for the schemes as follows: Transport block funding - £1,150,000; Road safety funding - £200,000',
        ],
      ],
    ],
    [
      'a decision record\'s field "Details of decision"',
      'Title:\n\nGuided busway\n\nDetails of decision Proposed/Taken\n\nApproval to make a payment to the Health and Safety Executive for their fees.\n\nDate Decision Taken\n\nThu 31 Oct 2024',
      [['resolution', 'Approval to make a payment to the Health and Safety Executive for their fees.']],
    ],
    [
      'agreed under a delegated power, to do something',
      'It was agreed under Delegated Power 1 to progress making the path to the allotments.',
      [['follow-up', 'Progress making the path to the allotments.']],
    ],
    [
      '"That … should be produced", its keyword lost',
      'That a schedule for serving on the Sub-Committee should be produced;\n\nThat all Board Members should be advised of the dates of Sub-Committee meetings.',
      [
        ['resolution', 'A schedule for serving on the Sub-Committee should be produced'],
        ['resolution', 'All Board Members should be advised of the dates of Sub-Committee meetings.'],
      ],
    ],
    [
      "a committee asking that its view be recorded, not a member's vote",
      'The Committee requested it be recorded that if only one houseboat remained it should be moved to the mooring.',
      [
        [
          'request',
          'The Committee requested it be recorded that if only one houseboat remained it should be moved to the mooring.',
        ],
      ],
    ],
    [
      'someone Elected, in capitals',
      'Cllr Ann Ash was Elected Vice Chair.',
      [['resolution', 'Cllr Ann Ash was Elected Vice Chair.']],
    ],
    [
      'what members are to get, said plainly',
      'Further details would be provided following liaison with the Association.',
      [['follow-up', 'Further details would be provided following liaison with the Association.']],
    ],
    [
      'an update there would be at the next meeting',
      'There would be a property services update at the next meeting.',
      [['work-programme', 'There would be a property services update at the next meeting.']],
    ],
    [
      'a body that formally thanked someone',
      'The Committee formally thanked Don and Martin for their contribution over many years.',
      [['resolution', 'The Committee formally thanked Don and Martin for their contribution over many years.']],
    ],
    [
      'an application opposed on grounds given',
      'The application (AF/2024/1106) was opposed on grounds of loss of amenity.',
      [['resolution', 'The application (AF/2024/1106) was opposed on grounds of loss of amenity.']],
    ],
    [
      'what members commented on an application, listed, is its details, under the right response',
      'Recommendation: Members supported this application.\nRecommendation: Members objected to this application and commented:\n- it impacts on the openness of the greenbelt\n- it is over development',
      [
        ['resolution', 'Recommendation: Members supported this application.'],
        [
          'resolution',
          'Recommendation: Members objected to this application and commented: It impacts on the openness of the greenbelt; It is over development',
        ],
      ],
    ],
    [
      'the chair proposed and seconded is a nomination; the appointment is the decision',
      'The Chairman was proposed by Councillor Ash and seconded by Councillor Birch.\n\nThat Councillor Cole be appointed Chairman for the municipal year.',
      [['resolution', 'Councillor Cole be appointed Chairman for the municipal year.']],
    ],
    [
      "a keyword's words wrapped onto the lines below it",
      'ES22/09 COUNTRYSIDE\n\n              RECOMMENDED: That the Council provide funding\n              for the project to a maximum of £15,000 from the\n              Landfill Tax Credit scheme.',
      [
        [
          'recommendation',
          'The Council provide funding for the project to a maximum of £15,000 from the Landfill Tax Credit scheme.',
        ],
      ],
    ],
    [
      "a web page's line-break tags left in copied text, and a keyword's power over its parts",
      'RESOLVED, in terms of delegated powers:-<br />\n1.1 that a letter of objection had been received from Mrs Ash.<br />\n1.2 that conditional consent should be issued for the new shed.',
      [
        ['resolution', 'A letter of objection had been received from Mrs Ash.'],
        ['resolution', 'Conditional consent should be issued for the new shed.'],
      ],
    ],
    [
      'what was noted, listed, is not information asked for',
      'We received a report on the programme for the plan.\n\nIn doing so, the following information was noted:\n\n· The current plan needs to be reviewed by the end of 2020.\n\n· Guidance on the new plans has been produced.',
      [],
    ],
    [
      'what is to be produced or advertised, said plainly, and consideration to be given',
      'An advertisement for the vacancy of Clerk would be produced. Consideration would be given to including a reference to the creative industries.',
      [
        ['follow-up', 'An advertisement for the vacancy of Clerk would be produced.'],
        ['follow-up', 'Consideration would be given to including a reference to the creative industries.'],
      ],
    ],
    [
      'a verb with nothing of what over its numbered parts',
      'The Councillors further approved\n(5) the annual internal audit report 2023/24\n(6) the accounting statement for the same period.',
      [
        ['resolution', 'The Councillors further approved the annual internal audit report 2023/24'],
        ['resolution', 'The Councillors further approved the accounting statement for the same period.'],
      ],
    ],
    [
      '"that the following be appointed …:" over a role and its members, no list marker',
      'RESOLVED: that the following be appointed for the coming year:\nFINANCE WORKING PARTY Councillors Ash, Birch and Cole',
      [
        [
          'resolution',
          'The following be appointed for the coming year: FINANCE WORKING PARTY Councillors Ash, Birch and Cole',
        ],
      ],
    ],
    [
      'a decision in the negative, its keyword lost',
      'That the Council do not revise or replace the current council tax support scheme for 2025/26.',
      [['resolution', 'The Council do not revise or replace the current council tax support scheme for 2025/26.']],
    ],
    [
      'a body that recommended approval of a budget to Council: a recommendation, not a planning response',
      'The Committee recommended approval of the revised budget to Council.',
      [['recommendation', 'The Committee recommended approval of the revised budget to Council.']],
    ],
    [
      'a second keyword in the paragraph, "Further RESOLVED": a decision of its own',
      '4143 Appointment of Chair RESOLVED that Councillor Ash be appointed Chair for 2018/19, and Councillor Ash duly signed her Declaration of Acceptance of Office. Further RESOLVED that Council rotate the Chair after this civic year so that all Members may serve.',
      [
        [
          'resolution',
          'Councillor Ash be appointed Chair for 2018/19, and Councillor Ash duly signed her Declaration of Acceptance of Office.',
        ],
        [
          'resolution',
          'Further RESOLVED that Council rotate the Chair after this civic year so that all Members may serve.',
        ],
      ],
    ],
    [
      "a later sentence that decides by itself, after a keyword's sentence",
      'AB14/33 To receive apologies for absence. Apologies were received from Cllr Birch with reasons. It was RESOLVED that these be accepted. Cllr Cole was elected as chairman in Cllr Birch’s absence.',
      [
        ['resolution', 'These be accepted.'],
        ['resolution', 'Cllr Cole was elected as chairman in Cllr Birch’s absence.'],
      ],
    ],
    [
      'proposals that would be provided for the next meeting, after what was agreed',
      '(6) Members discussed the two independent members the panel must co-opt. The Panel agreed that a public advert should be drafted. Proposals for the selection procedure would be provided for the next meeting of the Panel.',
      [
        ['resolution', 'The Panel agreed that a public advert should be drafted.'],
        ['follow-up', 'Proposals for the selection procedure would be provided for the next meeting of the Panel.'],
      ],
    ],
    [
      'the minutes named in the sentence before, signed by the chair: a formality',
      '3. Minutes of the last meeting. It was proposed and agreed that the minutes were correctly recorded. These were signed by the Chairman.',
      [],
    ],
    [
      '"it was:" over the decision, its keyword lost',
      "Official Engagements\n\nBy affirmation of the meeting, it was:\n\nThe list of official engagements attended by the Mayor be noted.\n\nLeader's Statement",
      [['resolution', 'The list of official engagements attended by the Mayor be noted.']],
    ],
    [
      "someone named in full, or the council's members, to do something",
      'Travel plan. Ann Lee to make initial contacts with the school. Council members to investigate another site for the bench and liaise with the owner.',
      [
        ['action', 'Ann Lee to make initial contacts with the school.'],
        ['action', 'Council members to investigate another site for the bench and liaise with the owner.'],
      ],
    ],
    [
      'an outside group urged and encouraged to do something',
      'The Wildlife Group was urged to write a constitution for the group. It was also encouraged to compile a long term wildlife plan for the parish.',
      [
        [
          'request',
          'The Wildlife Group was urged to write a constitution for the group. It was also encouraged to compile a long term wildlife plan for the parish.',
        ],
      ],
    ],
    [
      'something noted, said whole; not "This was noted" after what was read out',
      '6. Protocol for joint working\n\nMinutes:\n\nThe protocol was noted.\n\nThe Chairman then read the correspondence received on road closures. This was noted.',
      [['resolution', 'The protocol was noted.']],
    ],
    [
      'what was done in an earlier year, and who is to present the report: no outcomes',
      'In September 2016 Ann Lee was appointed as Surveyor to the Board. Carys Evans, Monitoring Officer to present the report.',
      [],
    ],
    [
      'a delegation to grant permission "subject to:" over its lettered details, however they are worded',
      '1. having regard to the Development Plan, authority be delegated to the Head of Planning to GRANT planning permission subject to:\n\na) a planning obligation that the five units are for social housing; that the County Council is paid contributions for education; and\n\nb) conditions',
      [
        [
          'resolution',
          'Having regard to the Development Plan, authority be delegated to the Head of Planning to GRANT planning permission subject to: A planning obligation that the five units are for social housing; that the County Council is paid contributions for education; Conditions',
        ],
      ],
    ],
    [
      'a keyword\'s sentence broken after "and" by a blank line, its next words capitalised',
      'RESOLVED that the Cabinet agree the Health and Care Overview and\n\nScrutiny Panel’s recommendations, as set out in the panel report.',
      [
        [
          'resolution',
          'The Cabinet agree the Health and Care Overview and Scrutiny Panel’s recommendations, as set out in the panel report.',
        ],
      ],
    ],
    [
      'someone who will find out the answer to a question: an action, though the sentence ends in "?"',
      'g) Allotments - Cllr Ash said the rents were late. Cllr Moss will speak to the tenants re the work and find out who did it?',
      [['action', 'Cllr Moss will speak to the tenants re the work and find out who did it?']],
    ],
    [
      '"it wasRESOLVED": the keyword run on from the word before it',
      'It was proposed by S Ash, seconded by L Birch and following a vote of board members it wasRESOLVED to elect Revd A Cole as Co-Chairman of the Board.',
      [['resolution', 'Elect Revd A Cole as Co-Chairman of the Board.']],
    ],
    [
      'note-form decisions: something "to be increased", "to be rotated", "to be finalised"',
      'F.035 Budget 2013/14\n\nStaff salaries to be increased by 2% to allow for any pay award.\n\nRecording of the minutes to be rotated.\n\nVisions, aims and objectives to be finalised.',
      [
        ['action', 'Staff salaries to be increased by 2% to allow for any pay award.'],
        ['action', 'Recording of the minutes to be rotated.'],
      ],
    ],
    [
      'all members to do something, in note form',
      '3. Terms of reference\n\nAll members to review the terms of reference before the next meeting and send comments to the Chair.',
      [
        [
          'action',
          'All members to review the terms of reference before the next meeting and send comments to the Chair.',
        ],
      ],
    ],
    [
      'the committee\'s parts told in the past: "Received the Annual Audit Letter"',
      'Decision:\n\nThe Committee:\n\n(1) Received the Annual Audit Letter for 2019/20;\n\n(2) Received the External Audit Plan for 2020/21.',
      [
        ['resolution', 'Received the Annual Audit Letter for 2019/20'],
        ['resolution', 'Received the External Audit Plan for 2020/21.'],
      ],
    ],
    [
      '"Coun." for Councillor, who took the report and will monitor the area',
      '4. Police report. Coun. Newman took the report and will monitor the area.',
      [['action', 'Coun. Newman took the report and will monitor the area.']],
    ],
    [
      'someone who also said he would do something',
      '090/17 Play area. Mr Barker also said he would replace the missing bolt on the metal clamp.',
      [['action', 'Mr Barker also said he would replace the missing bolt on the metal clamp.']],
    ],
    [
      '"It was determined that": a decision',
      '225 Litter pick. It was determined that this would be held in conjunction with the spring clean.',
      [['follow-up', 'This would be held in conjunction with the spring clean.']],
    ],
    [
      'questions put to a commissioner, and the minutes signed after the vote: no outcomes',
      'The Panel asked the Commissioner a series of questions which related to his precept proposal. All Cllrs voted in favour and they were signed by the Vice Chairman.',
      [],
    ],
    [
      'someone who also told members he would vote against: no outcome',
      'Cllr Morris also told members that he would vote against.',
      [],
    ],
    [
      'a "Decision:" field\'s parts told in the past, under who resolved; not a bare "Approved"',
      'Decision:\n\nFollowing consideration, it was resolved that the Committee:\n\n(1) Received the Annual Audit Letter for 2019/20\n\n(2) Received the External Audit Plan for 2020/21',
      [
        ['resolution', 'Received the Annual Audit Letter for 2019/20'],
        ['resolution', 'Received the External Audit Plan for 2020/21'],
      ],
    ],
    [
      'a proposal in capitals, then who proposed and seconded it and the vote on the line below',
      '5/ Budget 2013/14\n\nPROPOSAL: Acceptance of the recommended Environment Budget: £5,323.00\n\nPROPOSED: A.Ash SECONDED: B.Birch Vote: All in favour.\n\nThe Chairman asked that item 7 on the agenda be discussed next.',
      [['resolution', 'PROPOSAL: Acceptance of the recommended Environment Budget: £5,323.00']],
    ],
    [
      'a proposal in capitals that was lost',
      'PROPOSAL: That the bill be paid in full.\n\nPROPOSED: A.Ash SECONDED: B.Birch Vote: one in favour, four against. The proposal was lost.',
      [],
    ],
    [
      '"Concluded that" at the start of each decision',
      '740 Scrutiny Review of Youth Services\n\nConcluded that the Chairman offer her congratulations at Council on behalf of the Committee.\n\nConcluded that the report be circulated to Members for final comments.',
      [
        ['resolution', 'The Chairman offer her congratulations at Council on behalf of the Committee.'],
        ['resolution', 'The report be circulated to Members for final comments.'],
      ],
    ],
    [
      'those present voted to co-opt; accounts passed unanimously; a decision agreed with one abstention',
      '5. Co-option. Those present voted unanimously to co-opt Ann Lee to the Parish Council.\n\n6. Accounts. The accounts were proposed and seconded and passed unanimously.\n\n7. Steering group. Members discussed the plan and that the group would be a steering group, agreed with one abstention.',
      [
        ['resolution', 'Those present voted unanimously to co-opt Ann Lee to the Parish Council.'],
        ['resolution', 'The accounts were proposed and seconded and passed unanimously.'],
        [
          'resolution',
          'Members discussed the plan and that the group would be a steering group, agreed with one abstention.',
        ],
      ],
    ],
    [
      '"The above RESOLUTION was passed" and best wishes passed on: no outcomes of their own',
      'RESOLVED that Cllr Ash be elected Mayor.\n\nThe above RESOLUTION was passed.\n\nBest wishes were passed to Councillors Birch and Cole.',
      [['resolution', 'Cllr Ash be elected Mayor.']],
    ],
    [
      "a lettered part's topic run into what a councillor would do",
      '(a) Profiles for the website Cllr. D. Ash would send his profile to the Clerk.',
      [['action', 'Profiles for the website Cllr. D. Ash would send his profile to the Clerk.']],
    ],
    [
      'how to take part in a meeting held online: no outcome',
      'The Chairman welcomed everyone. He asked that attendees keep their microphones on mute where possible.',
      [],
    ],
    [
      'a request about questions is still a request',
      'The Committee asked that officers answer the questions raised by residents. Members asked officers to respond to the questions in writing.',
      [
        ['request', 'The Committee asked that officers answer the questions raised by residents.'],
        ['request', 'Members asked officers to respond to the questions in writing.'],
      ],
    ],
    [
      "a delegation's lettered details, then another keyword's parts: only the parts just below are its details",
      '1. authority be delegated to the Head of Planning to GRANT planning permission subject to:\n\na) a planning obligation for social housing; and\n\nb) conditions\n\nHighways Depot\n\nRESOLVED that:\n\n(a) the fence be repaired; and\n\n(b) the gate be replaced.',
      [
        [
          'resolution',
          'Authority be delegated to the Head of Planning to GRANT planning permission subject to: A planning obligation for social housing; Conditions',
        ],
        ['resolution', 'The fence be repaired'],
        ['resolution', 'The gate be replaced.'],
      ],
    ],
    [
      'a proposal carried, with an action written under it: both kept, the action does not replace the decision',
      "4. Finance\n\n(ii) To review the club's rent\n\nThe Chairman proposed that the rent for the football club be increased to £70 for this season, seconded and carried unanimously.\n\nACTION: The Clerk to write to the football club.",
      [
        [
          'resolution',
          'The Chairman proposed that the rent for the football club be increased to £70 for this season, seconded and carried unanimously.',
        ],
        ['action', 'The Clerk to write to the football club.'],
      ],
    ],
    [
      'a label of the decision under the keyword ("KEY DECISION") is not the decision',
      'Decision:\nRESOLVED\nKEY DECISION\nThat the Executive:\na) Approved the procurement of a new case management system.\nb) Delegated authority to the Director to award the contract.',
      [
        ['resolution', 'Approved the procurement of a new case management system.'],
        ['resolution', 'Delegated authority to the Director to award the contract.'],
      ],
    ],
    [
      "a decision cut off at the page's end leaves no one-word outcome",
      '4. Matters arising\n\nb) Broadband C.Cllr Tex Pemberton organised for a copy of the grant proposal to be sent via email to Cllr S.Ash. He has not had a chance to read it yet however Cllr S.Ash has identified the IT expert. It was AGREED by the Council that Cllr',
      [],
    ],
    [
      'questions to be addressed at the next meeting: a follow-up',
      '5. External audit\n\nThe Committee referred to the list of questions at page 9, and these would be addressed at the next meeting in June.',
      [
        [
          'follow-up',
          'The Committee referred to the list of questions at page 9, and these would be addressed at the next meeting in June.',
        ],
      ],
    ],
    [
      "what an earlier meeting agreed, dated before the word meeting, is not this meeting's outcome",
      '6. Park works\n\nAt the 31 May committee meeting, members agreed to suspend the need for 3 quotations in order to commission one supplier.',
      [],
    ],
    [
      "another body's approval, reported, is not the meeting's decision",
      '7. Woodland plan\n\nThe revised detailed plan has been approved by Natural England and the works start in March.',
      [],
    ],
    [
      "a place in an application's address before 'to erect' is no one to act",
      '8. Planning\n\nThe Clerk reported that an application had been submitted by Mr and Mrs Robson, 1 Primrose Cottage, Winston to erect a detached garage. It was AGREED that the Parish Council has no objections to this application.',
      [['resolution', 'It was AGREED that the Parish Council has no objections to this application.']],
    ],
    [
      "a co-option agreed, written 'coopted', then the declaration signed in the same sentence",
      '19 TO RECEIVE ANY APPLICATIONS FOR COOPTION\n19.1 Mrs Glenis Coates introduced herself.\nIt was proposed, seconded and agreed that Mrs Coates be coopted on to the Council, whereupon she signed the Declaration of Acceptance of Office and took her seat at the table.',
      [
        [
          'resolution',
          'It was proposed, seconded and agreed that Mrs Coates be coopted on to the Council, whereupon she signed the Declaration of Acceptance of Office and took her seat at the table.',
        ],
      ],
    ],
    [
      "an action in brackets inside a councillor's report",
      '20 REPORT OF DISTRICT COUNCILLOR\n20.1 Cllr Burford advised that consultation is open until 23rd October on the Local Plan, known as “Plan 41” (Clerk to contact Nigel Gibbons in Forward Planning to ask for the relevant email). The plan must find 8,000 plots.',
      [['action', 'Clerk to contact Nigel Gibbons in Forward Planning to ask for the relevant email.']],
    ],
    [
      "what was agreed after a clause of how it was reached, though worded with 'no longer'",
      '5. Councillors’ posts\n- It was agreed, after consultation with Councillor Davey, that there was no longer any requirement to have a Deputy Footpaths Officer.',
      [['follow-up', 'There was no longer any requirement to have a Deputy Footpaths Officer.']],
    ],
    [
      'members who do not object to an application',
      '6. Planning\n2010/01/06 Erection of a house at Brae\nMembers don’t object to the application, but have slight concerns about the visual intrusion.',
      [['resolution', 'Members don’t object to the application, but have slight concerns about the visual intrusion.']],
    ],
    [
      'nominations in initials, each followed by a unanimous vote',
      '376. Following the resignation of R. Smiley, M. Cullen nominated B. Felstead as Chairman. The vote was unanimous. B. Felstead signed the Declaration of Acceptance of Office as Chairman.',
      [
        [
          'resolution',
          'Following the resignation of R. Smiley, M. Cullen nominated B. Felstead as Chairman. The vote was unanimous.',
        ],
      ],
    ],
    [
      'a table of who is to do what, a row a line, under its headings: each row an action',
      '1 Summary of actions\nItem | Actor | Action |\n3.b | D Henderson | Ask the school for information on the cost of the school day |\n4 | NTBCC | Chase and circulate police report |\n\n2 Minutes\nThe minutes were approved.',
      [
        ['action', 'Ask the school for information on the cost of the school day'],
        ['action', 'Chase and circulate police report'],
        ['resolution', 'The minutes were approved.'],
      ],
    ],
    [
      "officers who 'kindly offered', and someone named by an initial and a name beginning 'Mc'",
      '5. Reports\nOfficers kindly offered to prepare and forward to the Secretary a more discrete report.\nG. McQuilken offered to contact Stewart Burns to request information about the yearly allocation.',
      [
        ['action', 'Officers to prepare and forward to the Secretary a more discrete report.'],
        ['action', 'McQuilken to contact Stewart Burns to request information about the yearly allocation.'],
      ],
    ],
    [
      'councillors all in agreement not to accept an application',
      '5. Grants\nThe Councillors were all in agreement not to accept the third application.',
      [['resolution', 'The Councillors were all in agreement not to accept the third application.']],
    ],
    [
      'a report submitted and noted, Scottish style',
      '2. Governance\nThere was submitted and noted a report by the Director of Governance on the new arrangements.',
      [['resolution', 'There was submitted and noted a report by the Director of Governance on the new arrangements.']],
    ],
    [
      'officers elected by a proposal seconded, with no names and no vote',
      '2. Election of a Chairman\nIt was proposed and seconded that Abigail Muller be the new chairman. It was proposed and seconded that Brigitte Webster be the new vice chairman. The clerk is to inform the Returning Officer.',
      [
        ['resolution', 'It was proposed and seconded that Abigail Muller be the new chairman.'],
        ['resolution', 'It was proposed and seconded that Brigitte Webster be the new vice chairman.'],
        ['action', 'The clerk is to inform the Returning Officer.'],
      ],
    ],
    [
      "a report submitted and noted after the minute's number, in a page run together",
      'Minutes of previous meeting approved. 1 The minutes of 1st August 2016 were submitted and approved. Community Justice noted. 2 There was submitted and noted a report by the Director of Governance regarding the Community Justice Transition Arrangements.',
      [
        ['resolution', '1 The minutes of 1st August 2016 were submitted and approved.'],
        [
          'resolution',
          '2 There was submitted and noted a report by the Director of Governance regarding the Community Justice Transition Arrangements.',
        ],
      ],
    ],
    [
      'an action in brackets, then a sentence that goes on from what was reported: both kept, each whole',
      '3. Highways\nCllr Birch reported on the speed survey (Clerk to contact the county highways officer for the results). These would be addressed at the next meeting.',
      [
        ['action', 'Clerk to contact the county highways officer for the results.'],
        ['follow-up', 'Cllr Birch reported on the speed survey. These would be addressed at the next meeting.'],
      ],
    ],
    [
      "members who do not object, after the application's line run into it",
      '5. Planning\n24/01234/FUL Erection of a garage at 1 Mill Lane\nMembers don’t object to the application.',
      [['resolution', '24/01234/FUL Erection of a garage at 1 Mill Lane Members don’t object to the application.']],
    ],
    [
      "a decision's part wrapped where its words ran out, in text copied from a web page",
      'Item Number Item/Resolution\n\nIn accordance with the agreed protocol for the appointment of Chair and Vice-Chair on a rota basis, the chairmanship passed to the member from the next authority in the rota, and the member from the authority after it accepted the appointment as Vice-Chair.\n\n1. That Councillor Ann Ash be appointed as Chair of the Joint Records\nCommittee for the Municipal Year 2024-2025.\n2. That Councillor Ben Birch be appointed as Vice-Chair of the Joint\nRecords Committee for the Municipal Year 2024-2025.\n',
      [
        [
          'resolution',
          'Councillor Ann Ash be appointed as Chair of the Joint Records Committee for the Municipal Year 2024-2025.',
        ],
        [
          'resolution',
          'Councillor Ben Birch be appointed as Vice-Chair of the Joint Records Committee for the Municipal Year 2024-2025.',
        ],
      ],
    ],
    [
      "a paragraph's numbers straight after the keyword, run together",
      '7. Appointment of Co-opted Members 7.1 The report asked Members to appoint two co-opted members for the year. RESOLVED 7.2 That Mr Ash and Ms Birch be re-appointed as Co-opted Members for the ensuing year. 7.3 That Dr Cole be re-appointed as Observer for the ensuing year. 8. Accounts 8.1 The accounts were presented.',
      [
        ['resolution', 'Mr Ash and Ms Birch be re-appointed as Co-opted Members for the ensuing year.'],
        ['resolution', 'Dr Cole be re-appointed as Observer for the ensuing year.'],
      ],
    ],
    [
      "'Matters Arising from the Minutes:' is an item's title, not a page's field",
      '(1) Opening Remarks and Apologies: The Chairman welcomed everyone. It was agreed that there would be no meeting in December. (2) Matters Arising from the Minutes: Cllr Dale reported on the bus shelter.',
      [['follow-up', 'There would be no meeting in December.']],
    ],
    [
      "the body's initials, then its response to the application",
      '3501 New applications\n\n• TM/24/01234/FL – Two detached houses. Land at Mill Lane.\n\nFPC Object to this application on the grounds that it is inappropriate development in the green belt.',
      [
        [
          'resolution',
          'TM/24/01234/FL – Two detached houses. Land at Mill Lane. FPC Object to this application on the grounds that it is inappropriate development in the green belt.',
        ],
      ],
    ],
    [
      'a decision run on after a list of payments',
      '5.2 Accounts for payment\n\n300101 Village Hall hire 45.00 300102 Grass cutting 120.00 The accounts were agreed and the cheques signed.',
      [['resolution', 'The accounts were agreed and the cheques signed.']],
    ],
    [
      "a recommendation to Council in the subjunctive, after 'That,'",
      'That, for future years, full Council be recommended to amend the terms of reference of the Audit Committee.',
      [
        [
          'resolution',
          'For future years, full Council be recommended to amend the terms of reference of the Audit Committee.',
        ],
      ],
    ],
    [
      'someone who reported something and would act, named once; IT WAS RESOLVED kept whole',
      '173/19 POLICE MATTERS:\n\nCouncillor Ann Dale confirmed that there had been less anti-social behaviour at the car park, but would advise the police direct if any further incidents occur.\n\nIT WAS RESOLVED: to receive the updates.',
      [
        [
          'action',
          'Councillor Ann Dale confirmed that there had been less anti-social behaviour at the car park, but would advise the police direct if any further incidents occur.',
        ],
        ['resolution', 'Receive the updates.'],
      ],
    ],
    [
      'a nomination seconded and duly elected, with no comma; a point to be clarified at the annual inspection',
      'A24/05/01 Election of Chair\n\nCllr Ash proposed Cllr Birch as Chair seconded by Cllr Cole and duly elected.\n\nA24/05/07 Allotments\n\nTwo tenants questioned the notices they had received, these will be clarified at the Annual Inspection.',
      [
        ['resolution', 'Cllr Ash proposed Cllr Birch as Chair seconded by Cllr Cole and duly elected.'],
        [
          'follow-up',
          'Two tenants questioned the notices they had received, these will be clarified at the Annual Inspection.',
        ],
      ],
    ],
    [
      'an item for the next agenda, in two words',
      'A local garage may be interested in sponsoring the scheme. Item for next Agenda.',
      [['work-programme', 'Item for next Agenda.']],
    ],
    [
      'a full stop with no space after it',
      'Cllr Ash suggested this may be a good time to review the website.The councillors agreed to discuss this at the next full council meeting.',
      [['resolution', 'The councillors agreed to discuss this at the next full council meeting.']],
    ],
    [
      'a topic to be discussed again later, after a dash',
      '(c) Footpaths – the county council replied about the stile.\n(d) Phone box – further discussion in January.',
      [['resolution', 'Phone box – further discussion in January.']],
    ],
    [
      'who a committee will be made up of, and a representative after a dash',
      'Village Hall Rep – Cllr Dale (no change)\n\nPlanning Committee will comprise Cllrs Ash, Birch and Cole (no change)',
      [
        ['resolution', 'Village Hall Rep – Cllr Dale (no change)'],
        ['resolution', 'Planning Committee will comprise Cllrs Ash, Birch and Cole (no change)'],
      ],
    ],
    [
      "the business on its item's line, carried by the vote under it",
      '1) Welcome by the Chairman.\n\n2) To resolve to adopt the standing orders addendum (circulated) for remote meetings.\n\nAll in favour by a show of hands.\n\n3) Public Session: no members of the public attended.',
      [['resolution', 'Adopt the standing orders addendum (circulated) for remote meetings.']],
    ],
    [
      "'Resolve:' over who proposed it",
      'Resolve: Proposed by Cllr Ash, seconded by Cllr Birch, that a sum of £250 is given as a donation to the flood appeal.',
      [
        [
          'resolution',
          'Proposed by Cllr Ash, seconded by Cllr Birch, that a sum of £250 is given as a donation to the flood appeal.',
        ],
      ],
    ],
    ['a heading with nothing under it', 'RECEIPTS – None to report.\n\nDeterminations – none', []],
    [
      'nothing of a kind noted; the reasons a decision was supported by',
      'No updates on progress were noted.\n\nThe decision was supported by the following reasons:\n\nIn accordance with the Terms of Reference.',
      [],
    ],
    [
      'what a report asked for; who the Chair met; what a forecast was based on',
      'A report was submitted which requested that the quarterly performance report be noted.\n\nThe Chair explained that since being elected he had met with the Vice Chair and Clerk to discuss matters.\n\nThe forecast was based on the premise that we would be paying £3,000 for the shelters this year.',
      [],
    ],
    [
      'a decision, then the clerk instructed to act, in one sentence',
      'Councillors agreed that it is too late this winter to buy a grit bin and the clerk was instructed to contact the highways team asking if they could provide one.',
      [
        ['resolution', 'Councillors agreed that it is too late this winter to buy a grit bin'],
        ['action', 'The clerk was instructed to contact the highways team asking if they could provide one.'],
      ],
    ],
    [
      "the vote for someone's nomination, unanimous",
      'Cllr Ash and Cllr Birch had both offered to stand. Cllr Birch then withdrew. Voting for Cllr Ash’s nomination was unanimous and Cllr Ash will sign the declaration before the next meeting.',
      [
        [
          'resolution',
          'Voting for Cllr Ash’s nomination was unanimous and Cllr Ash will sign the declaration before the next meeting.',
        ],
      ],
    ],
    [
      'a heading in capitals with its number, run into the decision',
      'ITEM 5 PLAYGROUNDS The quote for grass cutting was accepted. ITEM 6 ACCOUNTS It was resolved to approve the following accounts for payment, Hall hire £45.00 Chq number 100201 Grass cutting £120.00 Chq number 100202',
      [
        ['resolution', 'The quote for grass cutting was accepted.'],
        [
          'resolution',
          'It was resolved to approve the following accounts for payment, Hall hire £45.00 Chq number 100201 Grass cutting £120.00 Chq number 100202',
        ],
      ],
    ],
    [
      'a task in a list, who does it in initials at its end',
      '72/13 / County Council Matters\nResolved To accept the update from the county councillor /\n- Letter of thanks to the highways officer for the new signs SP\n- Speak to the cycle club about the race through the underpass JB',
      [
        ['resolution', 'Accept the update from the county councillor'],
        ['action', 'Letter of thanks to the highways officer for the new signs'],
        ['action', 'Speak to the cycle club about the race through the underpass'],
      ],
    ],
    [
      'lettered requests, each decided with the same words',
      '4. DONATIONS\n(a) Village Scouts – request for donation. RESOLVED that a donation of £150.00 be made to this group.\n(b) Lunch Club – request for donation. RESOLVED that a donation of £150.00 be made to this group.',
      [
        ['resolution', 'Village Scouts – request for donation: a donation of £150.00 be made to this group.'],
        ['resolution', 'Lunch Club – request for donation: a donation of £150.00 be made to this group.'],
      ],
    ],
    [
      "a clerk's action after 'but in the meantime'",
      'Residents asked about the solar farm. The Chair said the Council would comment once an application had been received but in the meantime Clerk to email a copy of the June minutes to residents.',
      [
        [
          'action',
          'The Chair said the Council would comment once an application had been received but in the meantime Clerk to email a copy of the June minutes to residents.',
        ],
      ],
    ],
    [
      'the keyword ends a list of what was received, and its parts follow',
      'Members received and considered:\n\na. Financial reports for April to October.\n\nb. A list of cheques over £500.00.\n\nRESOLVED: that (a) the financial reports be noted;\n\n(b) the list of cheques over £500.00 be noted.\n\n64.2 Donations',
      [
        ['resolution', 'The financial reports be noted'],
        ['resolution', 'The list of cheques over £500.00 be noted.'],
      ],
    ],
    [
      'the clerk to act and a councillor to act, the second in the subjunctive; all the councillors agreed',
      'Agreed that the Clerk would seek a licence for the allotment plots and Cllr Beckett explore what the land could be used for.\n\nThe supplier confirmed the work would start within six weeks. All the Councillors agreed for the works to be carried out.',
      [
        ['resolution', 'Agreed that the Clerk would seek a licence for the allotment plots'],
        ['action', 'Cllr Beckett explore what the land could be used for.'],
        ['resolution', 'All the Councillors agreed for the works to be carried out.'],
      ],
    ],
    [
      "an objection to an application, without 'the'",
      '16/01503/FUL Mill Lane, erection of a detached outbuilding. Objection to application, Clerk to send a letter to planning.',
      [['resolution', 'Objection to application, Clerk to send a letter to planning.']],
    ],
    [
      'someone proposed and seconded, then a keyword alone over the decision',
      '1) ELECTION OF CHAIRMAN\nCouncillor Ash was proposed and seconded.\nRESOLVED (1)\nThat Councillor A Ash is elected as Chairman for the ensuing year.\n2) ELECTION OF VICE-CHAIRMAN\nCouncillor Birch was proposed and seconded.\nRESOLVED (2)\nThat Councillor B Birch is elected as Vice-Chairman for the ensuing year.',
      [
        ['resolution', 'Councillor A Ash is elected as Chairman for the ensuing year.'],
        ['resolution', 'Councillor B Birch is elected as Vice-Chairman for the ensuing year.'],
      ],
    ],
    [
      'what the law says will happen to a member is not an action; nor is what is still to be agreed',
      'The Clerk informed Members that Cllr Dale had sent no apologies for six months and in accordance with the statute, Cllr Dale will cease to be a member of the council.\n\nCllr Ash advised that the application would go before the Planning Committee in April but that this was still to be formally agreed.',
      [],
    ],
    [
      'councillors to consider; a body that approved, with a capital',
      'Councillors to consider ways to attract volunteers.\n\nCouncil Approved the bank reconciliation to 31st October.',
      [
        ['action', 'Councillors to consider ways to attract volunteers.'],
        ['resolution', 'Council Approved the bank reconciliation to 31st October.'],
      ],
    ],
    [
      "asked to act after 'Following discussion', after a minute's number; all councillors asked",
      '15/81 Following discussion the clerk was asked to write to the chairs of the two village halls about funding applications.\n\nThe Charity Ball would be on 4 March and all councillors were asked to make a note in their diaries.\n\nThe clerk was also asked to make the plan an item on the agenda.',
      [
        [
          'action',
          'Following discussion the clerk was asked to write to the chairs of the two village halls about funding applications.',
        ],
        [
          'action',
          'The Charity Ball would be on 4 March and all councillors were asked to make a note in their diaries.',
        ],
        ['action', 'The clerk was also asked to make the plan an item on the agenda.'],
      ],
    ],
    [
      "a decision run on after its item's title with no full stop",
      '5. Structure\nThe group discussed its terms of reference.\n6. Service Level Agreement It was resolved to recommend the agreement to the Council for signature\n7. Next meeting',
      [['recommendation', 'It was resolved to recommend the agreement to the Council for signature']],
    ],
    [
      "what an application proposes, then 'Support.'; an objection with its grounds",
      '75.2 14/03386/FUL – 29 Mill Close\nInstallation of a front dormer and two rear roof lights. Support.\n75.3 14/02003/FUL – 12 Court Road\nObjection based on an unsatisfactory waste management plan.',
      [
        ['resolution', 'Installation of a front dormer and two rear roof lights. Support.'],
        ['resolution', 'Objection based on an unsatisfactory waste management plan.'],
      ],
    ],
    [
      "a planning application's fields are no proposal",
      'PROPOSAL: / Siting of three benches\nLOCATION: / Croft Terrace\nPROPOSAL: / Alteration to boundary wall\nLOCATION: / 11 Cliff Terrace',
      [],
    ],
    [
      'a first name who will get in touch',
      'The bus shelter was discussed. Tim will get in touch with the county council for clarification.',
      [['action', 'Tim will get in touch with the county council for clarification.']],
    ],
    [
      "a response to 'this application', told with the application above it",
      '5) Planning\n24/01234/FUL – 3 Mill Lane. Two detached houses in the green belt.\n\nAPC Object to this application on the grounds that it is inappropriate development in the green belt.',
      [
        [
          'resolution',
          '24/01234/FUL – 3 Mill Lane. Two detached houses in the green belt. APC Object to this application on the grounds that it is inappropriate development in the green belt.',
        ],
      ],
    ],
  ])('%s', readsWhole);

  it('quotes a keyword run into the next word as the page printed it, though it reads the keyword mended', () => {
    const { blocks } = extractPlainText(
      'Minutes\n\nAfter consideration of correspondence about ferry and bus issues, it was:-\n\nRESOLVEDto note the contents of the correspondence.\n\nIt was RESOVED unanimously that the fence be mended.',
    );
    const outcomes = findOutcomes(blocks, findAgendaItems(blocks, false));
    expect(outcomes.map((o) => o.text)).toEqual(['Note the contents of the correspondence.', 'The fence be mended.']);
    expect(outcomes[0]?.quote).toContain('it was:- RESOLVEDto note the contents');
    expect(outcomes[1]?.quote).toContain('It was RESOVED unanimously that the fence be mended.');
  });

  it('quotes a decision that points back (“… to cover this cost”) with the sentence before it', () => {
    const { blocks } = extractPlainText(
      'Defibrillator training\n\nNow costed as £50 for two sessions. Agreed by the PC to cover this cost. The Clerk will book a date.',
    );
    const [decided] = findOutcomes(blocks, findAgendaItems(blocks, false));
    expect(decided?.quote).toBe('Now costed as £50 for two sessions. Agreed by the PC to cover this cost.');
  });

  it('quotes the line that leads into a keyword (“…, it was:-”) with the decision, which says what was noted only with it', () => {
    const { blocks } = extractPlainText(
      'After consideration of correspondence regarding the bus timetable, it was:-\n\nRESOLVED to note the contents of the correspondence.',
    );
    expect(findOutcomes(blocks, findAgendaItems(blocks, false))[0]?.quote).toBe(
      'After consideration of correspondence regarding the bus timetable, it was:- RESOLVED to note the contents of the correspondence.',
    );
  });
});

describe('what an outcome quotes', () => {
  it('names who is to act as people read it: "Action CLERK" is the Clerk’s, "Action MG" stays MG’s', () => {
    const ownerOf = (text: string) => {
      const { blocks } = extractPlainText(`3. Leaflet\n\n${text}`);
      return findOutcomes(blocks, findAgendaItems(blocks, false))[0]?.owner;
    };
    expect(ownerOf('A revised leaflet will be presented in December. Action CLERK')).toBe('Clerk');
    expect(ownerOf('Invitations will be issued to the schools. Action MG')).toBe('MG');
  });
  it('quotes "RESOLVED and noted." with the sentence it notes, in a bulleted line too', () => {
    for (const line of [
      'The patrol car had been visiting the school at drop off times. RESOLVED and noted. The Council thanked Cllr Ash.',
      '- The patrol car had been visiting the school at drop off times. RESOLVED and noted. The Council thanked Cllr Ash.',
    ]) {
      const { blocks } = extractPlainText(`84/23 Police\n\n${line}`);
      const [noted] = findOutcomes(blocks, findAgendaItems(blocks, false));
      expect(noted?.quote).toBe('The patrol car had been visiting the school at drop off times. RESOLVED and noted.');
    }
  });
  it('quotes a clause after a semicolon with its whole sentence', () => {
    const { blocks } = extractPlainText(
      'Work appears to have started on the footpaths by the contractor; the clerk will check progress.',
    );
    const [check] = findOutcomes(blocks, findAgendaItems(blocks, false));
    expect(check?.text).toBe('The clerk will check progress.');
    expect(check?.quote).toBe(
      'Work appears to have started on the footpaths by the contractor; the clerk will check progress.',
    );
  });
});

describe('item numbers read from the page', () => {
  const numbers = (text: string) => {
    const { blocks } = extractPlainText(text);
    return findAgendaItems(blocks, false).map((i) => i.number);
  };

  it.each<[string, string, string[]]>([
    [
      'parts numbered from 1 under a decision’s lead-in that ends with a colon are not items',
      'Strategy refresh\nThe officer presented the draft plan.\nRESOLVED – That the paper be noted and the Board agree:\n1. To consider the draft plan\n2. The principle of a return to a yearly review\n3. Where needed, begin work towards the next refresh.',
      [],
    ],
    [
      'a minute’s code with a committee’s letters after the number',
      '12/24PD Apologies for absence\nNone were received.\n13/24PD Declarations of interest\nNone.\n14/24PD Planning applications\nThe Committee had no objection to DC/24/1234/FUL.',
      ['12/24PD', '13/24PD', '14/24PD'],
    ],
    [
      'a committee’s letters, the meeting’s number, its month and the year before the title',
      'FC/4/2/22 Apologies for absence with reasons given\n\nCllr Ash sent apologies, which were accepted.',
      ['FC/4/2/22'],
    ],
    [
      'numbered points under a sentence that lists them are not items',
      '1. Apologies\n\nNone.\n\n2. Terms of reference\n\nThe terms of reference were looked at. The main points taken were:\n3. The community must be involved from the beginning\n4. Past housing questionnaires will be sourced by Ann\n5. Minutes to be recorded in turn',
      ['1', '2'],
    ],
    [
      'a number and a slash before the title',
      '1/ Members present\nCllrs Ash and Birch.\n\n2/ Public questions\nNone.\n\n3/ Minutes of the last meeting\nApproved.',
      ['1', '2', '3'],
    ],
    [
      'items as lines of text after the last numbered heading, each counting for the next',
      '2        Present\n\nCllr Ash (Chair), Cllr Birch.\n\n3        Apologies\n\nNone received.\n\n4        Welcome\n\nThe Chairman welcomed everyone.\n\n5        Declaration of Personal or Prejudicial Interest.\n\nNone declared.\n\n6        To Approve the Minutes of the Last Meeting.\n\nApproved.\n\n7        Matters arising from the minutes.\n\n7.1       Benches - the Clerk expects them in July.',
      ['2', '3', '4', '5', '6', '7'],
    ],
    [
      'a minute’s code with a letter before it, then the agenda’s number and a title in capitals',
      'D210/24      3.         APOLOGIES\n\nApologies were received.\n\nD211/24      4.         DECLARATIONS OF INTEREST\n\nNone.\n\nD212/24      5.         TO RECEIVE THE MINUTES OF THE PLANNING COMMITTEE\n\nMembers received and noted the minutes.',
      ['3', '4', '5'],
    ],
    [
      'one numbered heading after numbered items written as lines of text',
      'Licensing Committee\n\n682 Apologies and substitutions.\nApologies were received from Councillor Ash.\n683 Declarations of interest.\nNone.\n684 Review of Hackney Carriage Fares\n\nThat the proposed new fares not be implemented.',
      ['682', '683', '684'],
    ],
    [
      'a code of the year’s range, letters and a number, alone on its line above the title',
      'Items\n\n25-26/FA/1\n\nElection of Chair\n\nRESOLVED: That Councillor Ash be elected Chair.\n\n25-26/FA/2\n\nApologies\n\nNone.\n\n25-26/FA/3\n\nMinutes',
      ['25-26/FA/1', '25-26/FA/2', '25-26/FA/3'],
    ],
    [
      'a code of letters, a number and the year run into its title',
      'PC25/01Election of Chair\n\nCllr Ash was elected.\n\nPC25/02Apologies for Absence\n\nNone.\n\nPC25/03Declarations of Interest\n\nNone.',
      ['PC25/01', 'PC25/02', 'PC25/03'],
    ],
    [
      'an item written as a line of text after the last of the numbered headings',
      '4. Matters arising\nNone.\n5. Report from the County Councillor\nCllr Ash reported.\n6. Open Forum – it was reported that the grit bins were split.',
      ['4', '5', '6'],
    ],
    [
      'a web page’s document link ends the title line',
      'Items\n\n3.\n\nApologies\n\nTo receive.\n\n4.\n\nPrevious Minutes of the Scrutiny Committee pdf icon PDF 66 KB\n\nTo consider the minutes of the last meeting.\n\n5.\n\nAction Sheet',
      ['3', '4', '5'],
    ],
    [
      'numbered parts of a decision that begin "That", printed without a full stop, are not items',
      '1. That Councillor Dale be appointed as Chair of the Joint Committee\n2. That Councillor Ross be appointed as Vice-Chair of the Joint Committee',
      [],
    ],
    [
      'a planning committee’s items titled by the application’s reference',
      'Planning Committee\n\n41. 25/00812/FUL - Land north of Brook Lane\n\nMembers heard from the applicant.\n\nDECISION: That permission be granted.\n\n42. 25/00907/HOU - 12 Orchard Row\n\nApplication refused.',
      ['41', '42'],
    ],
    [
      'an item whose title starts with a year',
      '516 Housing Estimates\n\nRESOLVED that the estimates be approved.\n\n517 2021-22 Revenue Budget and Capital Programme\n\nRESOLVED that the budget be recommended.',
      ['516', '517'],
    ],
    [
      'items written as text where the headings skip them',
      '6. Minutes of the last meeting – Agreed\n\n7. Pavilion roof – Three quotes had been received. It was agreed to accept the lowest.\n\n8. Play area – The frame was closed. Agreed.\n\n9. Public Session',
      ['6', '7', '8', '9'],
    ],
    [
      'minutes numbered "Minute 187:", the number without the word',
      'Minute 187: Declarations of Interest.\n\nNone.\n\nMinute 188: Minutes of the meeting of Full Council held on 26th January 2015.\n\nThe minutes were approved.',
      ['187', '188'],
    ],
    [
      'minute numbers in brackets before titles in capitals, a running header’s date is not an item',
      '19 JANUARY 2012\n\n(171) APOLOGIES FOR ABSENCE\nApologies were received from Councillor Platt.\n\n(172) MINUTES\nThe minutes were approved.\n\n(173) HILL FARM - 2011044 - Erection of a barn\nThe Committee considered the report.',
      ['171', '172', '173'],
    ],
    [
      'items numbered in capital roman numerals before titles in capitals',
      'I DECLARATION OF INTEREST\n\nThere were none.\n\nII INTERNAL AUDIT REPORTS\n\nThe Committee noted the reports.\n\nIII ANNUAL AUDIT PLAN\n\nThe Committee approved the plan.',
      ['I', 'II', 'III'],
    ],
    [
      'items with a letter after the number, a code before it, or the year twice',
      '7 Questions\n\nNone.\n\n8a Petitions\n\nNone.\n\n8b Deputations\n\nNone.\n\n9 Reports\n\nNoted.',
      ['7', '8a', '8b', '9'],
    ],
    [
      'licensing items numbered with a letter code, alone on their line',
      'L1\n\nApologies for Absence\n\nNone.\n\nL2\n\nDeclarations of Interest\n\nNone.\n\nL3\n\nMinutes\n\nApproved.',
      ['L1', 'L2', 'L3'],
    ],
    [
      'minute numbers with the year, alone on their line',
      '71/12\n\nDECLARATIONS OF INTEREST\n\nNone.\n\n72/12\n\nTABLE OF FARES\n\nRESOLVED that the table be advertised.',
      ['71/12', '72/12'],
    ],
    [
      'minute numbers whose title runs on into the first sentence',
      '21/24 Allotment Rents The rents were last raised in 2019. It was agreed to raise them by £5.\n\n22/24 Village Hall Roof A second quote had arrived and was circulated.\n\n23/24 Date of next meeting 4th March 2024 at 7.30pm.',
      ['21/24', '22/24', '23/24'],
    ],
    [
      'a web page’s item numbers with a committee’s code before them',
      'Items\nNo. Item\n\nCAB64\n\nAPOLOGIES\n\nNone.\n\nCAB65\n\nMINUTES pdf icon PDF 347 KB\n\nApproved.',
      ['CAB64', 'CAB65'],
    ],
    [
      'minute numbers with a code, the month and the year, alone on their line',
      'Cl/1/05/18\n\nElection of Chairman\n\nRESOLVED that Councillor Ash be elected.\n\nCl/2/05/18\n\nApologies for Absence\n\nNone.',
      ['Cl/1/05/18', 'Cl/2/05/18'],
    ],
    [
      'minute numbers with a letter and a stop or a space before them, alone on their line',
      'C.1\n\nDeclarations of Interest\n\nNone.\n\nC.2\n\nElection of Chair\n\nRESOLVED that Councillor Ash be elected.',
      ['C.1', 'C.2'],
    ],
    [
      'minute numbers with a letter, a space and the year before them, alone on their line',
      'C 20/1\n\nApologies\n\nNone.\n\nC 20/2\n\nMinutes\n\nApproved.',
      ['C 20/1', 'C 20/2'],
    ],
    [
      'numbered paragraphs of one item are not items',
      'Minutes:\n\n7.1\n\nThe Chairs gave a short update on their work since the last meeting.\n\n7.2\n\nRESOLVED: That the Committee notes the updates.',
      [],
    ],
    [
      'minute references with a letter, a number, a colon and the month and year',
      'F01:04/24 To receive apologies for absence.\nCllr Ash.\nF02:04/24 To approve the minutes of 1 March 2024. Chair to sign.\nApproved.\nF03:04/24 To elect a Vice-Chair.\nRESOLVED: Cllr Birch elected.',
      ['F01:04/24', 'F02:04/24', 'F03:04/24'],
    ],
    [
      'minute references of the year and a running number',
      '2022-107 To agree a minute taker. RESOLVED to ask Cllr Ash.\n\n2022-108 To receive declarations of interest.\n\nNone.',
      ['2022-107', '2022-108'],
    ],
    [
      'a code with a hyphen, alone on its line',
      'Items\n\nHAC-11\n\nMinutes\n\nApproved.\n\nHAC-12\n\nWork Programme\n\nNoted.',
      ['HAC-11', 'HAC-12'],
    ],
    [
      'an item between two found, or before the first, whose title reads like a sentence, found by its number',
      'Minutes of the Parish Council\n\n1. Apologies were received from Cllr Ash and accepted.\n\n2. Declarations of interest\n\nNone.\n\n3. Minutes\n\nApproved.\n\n4. The Clerk reported that parking in the square had got worse and residents had complained.\n\n5. Planning\n\nNo objection.',
      ['1', '2', '3', '4', '5'],
    ],
    [
      'a number on its own line over a title printed in small letters',
      '276\n\nelection of chairman\n\nRESOLVED:\n\n(1) That Councillor Ash be elected Chairman.\n\n277\n\nelection of vice-chairman\n\nRESOLVED:\n\n(1) That Councillor Birch be elected Vice-Chairman.\n\n278\n\nminutes\n\nThe minutes of the meeting held on 3 June were approved.',
      ['276', '277', '278'],
    ],
    [
      'running minute numbers on lines of their own, with no blank lines between',
      '12929. CONFIRMED minutes of an ordinary meeting of the Parish Council held on\nMonday 4th October 2021 at 7pm at the Institute.\n12930. Present:\nChairman – A Lee, Vice Chairman – T Reid\n12931. Apologies for Absence – Cllr Dale.\n12932. Co-option – Mrs Hart was co-opted to the Council.',
      ['12929', '12930', '12931', '12932'],
    ],
    [
      'the next number of the count after a sentence with no full stop, and one typed with a comma',
      '13 Mill Lane – new field gateways\n\nSite visit arranged.\n\n14 West Farm – removal of a static home\n\nFollowing a site visit, the Parish Council had no objections to this application\n\n15 Venn Farm – a storage building\n\nNo objections.\n\n16, To approve the accounts\n\n17 Date of next meeting',
      ['13', '14', '15', '16', '17'],
    ],
    [
      'only the last of a short count found by its title, the ones before it long lines that read like sentences',
      '1. To confirm that a quorum of elected members is present Cadarnhau bod yr aelodau yn ffurfio cworwm\n\nA quorum was confirmed by the chair\n\n2. Apologies / Ymddiheuriadau To accept apologies and consider approving reasons for absence\n\nApologies from Cllr Lees.\n\n3. Declarations of Interest / Datgan Buddiannau To disclose personal interests in items of business\n\nNone.\n\n4. Chair’s announcements / Cyhoeddiadau\n\nThe Chair welcomed the new clerk.',
      ['1', '2', '3', '4'],
    ],
    [
      'a minute’s code alone on its line with a colon and dash, after a short last line',
      'M/140/2006:-\nCONDEMNATION\nCouncillor Reilly condemned the graffiti.\nThe Clerk said it was being dealt with after the event.\nM/141/2006:-\nSYMPATHY\nIt was agreed to send a letter of sympathy to the family.',
      ['M/140/2006', 'M/141/2006'],
    ],
    [
      'a year on its own line (a table’s cell) over words in small letters is no item',
      'Action log\n\nCirculate the draft terms of reference Oct\n\n2024\n\ntask group\n\nAdd street cleansing to the work programme.',
      [],
    ],
    [
      'a number run into its title',
      '8 Pavilion\nIt was AGREED that the hall be painted.\n\n9Apologies\nNone.\n\n10 Finance\nRESOLVED to pay the invoices.',
      ['8', '9', '10'],
    ],
    [
      'items in parts A and B, each part counting from 1',
      'Items\n\nA1\n\nApologies for absence\n\nA2\n\nDeclarations of interest\n\nA3\n\nMinutes of the previous meeting\n\nB1\n\nBudget monitoring\n\nB2\n\nFlexible use of capital receipts',
      ['A1', 'A2', 'A3', 'B1', 'B2'],
    ],
    [
      'a minute number of four figures run into a title in capitals',
      '2227PRAYERS\nDeleted.\n2228APOLOGIES FOR ABSENCE\nApologies were received from Cllr Ash.\n2229DISCUSSION WITH THE POLICE\nMembers had the crime figures.',
      ['2227', '2228', '2229'],
    ],
    [
      'a minute number with its year run into its title',
      '25/16Welcome and Introductory Remarks\n\nThe chair welcomed members.\n\n26/16Apologies for Absence\n\nCllr Ash.\n\n27/16Declarations of Interest\n\nNone.',
      ['25/16', '26/16', '27/16'],
    ],
    [
      "the last item's title in capitals closed by a full stop and run into its text, the page cut off mid-sentence",
      '6. APPOINTMENTS TO COMMITTEES\nThe appointments were AGREED.\n7. DATES OF MEETINGS\nThe dates were AGREED.\n8. REPORTS FROM BOROUGH AND COUNTY COUNCILLORS, CLERK & RFO.\nThe reports were placed on the table. Cllr Perrett advised that',
      ['6', '7', '8'],
    ],
    [
      'an agenda’s numbered titles, each with a line describing its report and a link to its papers: the numbers were not lost',
      'NumberItem\n\n01APOLOGIES\n\n02MINUTES\n\nTo confirm the minutes of the meeting held on 2 March.\n\n03HOUSING ALLOCATIONS POLICY\n\nReport of the Director on the revised allocations policy.\n\npdf icon View Papers [34KB]\n\n04RENT ARREARS\n\nReport of the Director on arrears over the last six months.\n\npdf icon View Papers [82KB]\n\n05SERVICE COMPLAINTS\n\nReport of the Director on complaints received.\n\npdf icon View Papers [50KB]',
      ['01', '02', '03', '04', '05'],
    ],
    [
      'a number alone on its line after a whole decision whose full stop was lost: the next item, not a part',
      '1.\n\nApologies\n\nMinutes:\n\nRESOLVED that the apologies be noted\n\n2.\n\nMinutes of the last meeting\n\nMinutes:\n\nRESOLVED that the minutes be approved\n\n3.\n\nBudget',
      ['1', '2', '3'],
    ],
    [
      'a web agenda’s numbers with a space before their full stop',
      'Meeting Documents\n\n1 . Apologies\n\n  • To receive apologies for absence.\n\n2 . Minutes\n\n  • To confirm the minutes of the last meeting.\n\n3 . Declarations Of Interest\n\n  • To receive any declarations of interest.',
      ['1', '2', '3'],
    ],
    [
      'a minute’s code, then the agenda’s number, each on a line after the attendance',
      'Members present: Cllrs Ash, Birch and Cole\nIn attendance:\nMr A Dale Parish Clerk, Mrs B Eve Deputy Parish Clerk and 4 members of the public\nB021/24 1. APOLOGIES FOR ABSENCE\nApologies were received from Cllr Fox (work commitments)\nB022/24 2. DECLARATIONS OF INTEREST\nNone were made.\nB023/24 4. WATER SUPPLY\nThe Clerk would ask the water company to mend the tap.',
      ['1', '2', '4'],
    ],
  ])('%s', (_shape, text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });
});

describe('web pages', () => {
  it('reads a text or Markdown file that holds a web page’s markup as the web page', async () => {
    const page = [
      '---',
      'title: Data panel minutes',
      '---',
      '',
      '<p><strong>Present:</strong> Ann Lee (Chair), Tom Reid</p>',
      '<h2>1. Terms of reference</h2>',
      '<p>The terms of reference were agreed.</p>',
      '<h2>2. Data releases</h2>',
      '<p><strong>Action 1:</strong> Tom Reid to circulate the release calendar.</p>',
      '<p>The next meeting will be in October.</p>',
    ].join('\n');
    for (const name of ['data-panel.md', 'data-panel.txt']) {
      const parsed = await parseDocument(name, new TextEncoder().encode(page));
      expect(parsed.blocks.map((b) => b.text).join(' ')).not.toContain('<p>');
      expect(findOutcomes(parsed.blocks, parsed.items).map((o) => [o.kind, o.text])).toEqual([
        ['resolution', 'The terms of reference were agreed.'],
        ['action', 'Tom Reid to circulate the release calendar.'],
      ]);
    }
  });

  it('joins the lines of a paragraph printed with line breaks mid-sentence, and keeps a list of names apart', () => {
    const texts = extractHtml(
      '<p>To establish six portfolios, with the titles and<br>service areas set out in the schedule.</p><p>Cllr Ash<br>Cllr Birch</p>',
    ).blocks.map((b) => b.text);
    expect(texts).toEqual([
      'To establish six portfolios, with the titles and service areas set out in the schedule.',
      'Cllr Ash',
      'Cllr Birch',
    ]);
  });

  it('reads a table whose cells hold an item’s title and decision as paragraphs, cell by cell', () => {
    const page =
      '<table><tr><td>1</td><td><a href="#">Election of Chairman</a><p>To elect a Chairman.</p><p>RESOLVED that Cllr Ash be elected Chairman.</p></td></tr><tr><td>2</td><td><a href="#">Annual Report</a><p>RESOLVED that the report be approved.</p></td></tr></table>';
    const { blocks } = extractHtml(page);
    const items = findAgendaItems(blocks, false);
    expect(items.map((i) => i.number)).toEqual(['1', '2']);
    expect(findOutcomes(blocks, items).map((o) => [items[o.itemIndex ?? -1]?.number, o.text])).toEqual([
      ['1', 'Cllr Ash be elected Chairman.'],
      ['2', 'The report be approved.'],
    ]);
  });

  it('reads an agenda list and then the minutes under the same numbers', () => {
    const page =
      '<h1>Joint Committee meeting: 17 November 2021</h1><h2>Agenda</h2><h3>1. Administration</h3><h3>2. Travel policy</h3><h2>1. Administration</h2><p>Members agreed the notes.</p><h2>2. Travel policy</h2><h3>Decisions</h3><ol><li>Members agreed the travel policy.</li></ol>';
    const { blocks } = extractHtml(page);
    expect(findAgendaItems(blocks, false).map((i) => i.number)).toEqual(['1', '2', '1', '2']);
    expect(readMeetingHeader(blocks, 'page.html')).toMatchObject({ committee: 'Joint Committee', date: '2021-11-17' });
  });

  it('takes a forward plan’s "Decision:" fields for decisions still to come', () => {
    const { blocks } = extractPlainText(
      'Forward Plan of the Cabinet\n\n1.\n\nCycling Plan\n\nDecision due date: 18/03/2025\n\nDecision: To approve the final cycling plan.',
    );
    expect(readMeetingHeader(blocks, 'plan.txt').kind).toBe('report');
  });
});

describe('web pages with lists closed by the other list’s tag', () => {
  it('keeps numbering the items after the mistake', () => {
    const page =
      '<ol><li><h4>FINANCE</h4><ol><li>Audit fee</li><li>Salary</li></ul></li><li><h4>ANY OTHER BUSINESS</h4><p>None.</p></li></ol>';
    const headings = extractHtml(page)
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual(['1) FINANCE', '2) ANY OTHER BUSINESS']);
  });
});

describe('meeting details read from the page', () => {
  it.each<[string, string, string | null]>([
    [
      'a drainage board named only as “the Board” in its title',
      'Minutes of the Meeting of the Board held at 2.00pm on Thursday 3 November 2016 in the Board Room',
      'Board',
    ],
    ['a board in a sentence, which may be any board', 'Item 4\n\nThe Board noted the report on flood defences.', null],
    [
      'a field’s label in capitals run into the body’s name',
      'ASHBY PARISH COUNCIL\n\nMinutes\n\nMEETINGOpen Spaces Committee\n\nVENUE Parish Office',
      'Open Spaces Committee',
    ],
    [
      'an agenda sent to the members, not to a body',
      'TO: Councillors A Ash (Chairman), B Birch, C Cedar NOTICE OF MEETING Notice is hereby given of a meeting on Wednesday 6 September 2017 at 7 p.m.',
      null,
    ],
    [
      'a letterhead and a page number before the title',
      'P a g e | 1 ASHBY TOWN COUNCIL Minutes of a meeting of the Finance and General Purposes Committee held in the Council Chamber on Monday 14 April 2014',
      'Finance and General Purposes Committee',
    ],
    [
      'the council and its committee, in capitals',
      'MINUTES of FEBRUARY 26th 2021 VIRTUAL MEETING of the ASHBY TOWN COUNCIL PLANNING COMMITTEE Held at 7pm',
      'Planning Committee',
    ],
    [
      'a named sub-committee that considered what was put to it, in the text of an item’s page',
      'Agenda item\n\nTransport Appeals\n\nMinutes:\n\nThe Transport Appeals Sub-Committee also considered what the parents said at the hearing.',
      'Transport Appeals Sub-Committee',
    ],
    [
      'a note in brackets between the body’s name and "Minutes"',
      'Ashby Borough Council\n\nTaxi Licensing Committee (no longer meets) Minutes\n\nDate:\nTuesday, 4th March, 2014',
      'Taxi Licensing Committee',
    ],
    [
      'the body named before "Meeting Minutes"',
      'Fenby Council Meeting Minutes Wednesday 5th June 2019',
      'Fenby Council',
    ],
    [
      'a meeting page: its heading, the body, then the day',
      'Agenda and minutes\n\nAshby Fen Waste Authority\n\nMonday, 22 June 2009 1:00 pm\n\nVenue: Council Chamber',
      'Ashby Fen Waste Authority',
    ],
    [
      'which sitting of a body, before its name',
      'Agenda and minutes\n\nReconvened Meeting (8 January 2020), Planning Committee\n\nThursday 9 January 2020 2.00 pm',
      'Planning Committee',
    ],
    [
      'not the minutes of another body, received',
      'To receive the minutes of the Licensing Sub-Committee held on 3 May',
      null,
    ],
    [
      'not another body met of in a sentence',
      'Cllr Ash reported that the Fenshire Council Annual Meeting is due to take place on 3rd September.',
      null,
    ],
    ['not the month of the meeting', 'Minutes of the October Council meeting', null],
    ['a parish meeting, a body of its own', 'Parish Meeting Minutes 1920-1921', 'Parish Meeting'],
    [
      'the meeting of a body, after its name',
      'Ashby Charter Trustees Meeting Minutes 10 July 2019',
      'Ashby Charter Trustees',
    ],
    [
      'the council’s initials before "Minutes of"',
      'DTC Minutes of Grounds Committee Meeting 7 November 2017',
      'Grounds Committee',
    ],
  ])('names the body on a title line among other words: %s', (_shape, text, committee) => {
    expect(header(text).committee).toBe(committee);
  });

  it('names the committee of a council, from its title, from who chairs in the absence of its chair, or from the report put to it', () => {
    expect(
      header(
        'Ashby Town Council ______ Minutes of the PLANNING COMMITTEE MEETING OF ASHBY TOWN COUNCIL held on MONDAY 14th DECEMBER 2020 at 19.00. The meeting was held online.',
      ),
    ).toMatchObject({ date: '2020-12-14', committee: 'Planning Committee' });
    expect(
      header(
        'No. Item\n\nElection of a chair Minutes: In the absence of the chair and vice chair of the Licensing Acts Committee the officer called for nominations.',
      ).committee,
    ).toBe('Licensing Acts Committee');
    expect(
      header(
        'Health and safety Minutes: The Director of Corporate Services submitted a report to the Governance and Audit Committee on health and safety.',
      ).committee,
    ).toBe('Governance and Audit Committee');
  });

  it('reads the body without what is run on after it, before it or around it in a title', () => {
    const committeeOf = (text: string) =>
      header(`${text}\nPresent: Cllr A Ash (Chair), Cllr B Birch\n1. Apologies`).committee;
    expect(
      committeeOf(
        'Minutes of a meeting of the COMMUNITY & ENVIRONMENT COMMITTEE of Ashby Town Council held in the Hall',
      ),
    ).toBe('Community and Environment Committee');
    expect(committeeOf('Minutes of the MEETING of the TOWN COUNCIL commencing at 7.00 pm on 23 November 2017')).toBe(
      'Town Council',
    );
    expect(
      committeeOf(
        'Minutes of the virtual meeting of Planning & Environment Committee duly convened and held on 30 June 2020',
      ),
    ).toBe('Planning and Environment Committee');
    expect(committeeOf('Minutes of Ordinary Parish Council Meeting held at 7.30 pm on 12th October 2017')).toBe(
      'Parish Council',
    );
    expect(
      committeeOf('Minutes of the Meeting of Fenby Parish Council VIRTUAL Monday 8th June 2020 Draft Minutes'),
    ).toBe('Fenby Parish Council');
    expect(
      committeeOf('15/16/03 Minutes of the Meeting of Fenby Parish Council held on Monday 6 July 2015, in the Chapel'),
    ).toBe('Fenby Parish Council');
    expect(
      committeeOf('Minutes for Environment and Community Safety Scrutiny Committee meeting, Apr 6 2011, 7.15PM'),
    ).toBe('Environment and Community Safety Scrutiny Committee');
    expect(
      committeeOf('MINUTES OF A COUNCIL MEETING HELD AT THE COUNCIL CHAMBER, AT 7.00 P.M. ON MONDAY 25TH MARCH 2019'),
    ).toBe('Council');
    expect(
      committeeOf('MINUTES OF THE PARISH COUNCIL MEETING Monday 13th July 2020, 7pm PRESENT: Cllrs Ash and Birch.'),
    ).toBe('Parish Council');
    expect(committeeOf('MINUTE OF ISLAY COMMUNITY COUNCIL MEETING 2nd December 2013 – Service Point, Bowmore')).toBe(
      'Islay Community Council',
    );
    expect(
      committeeOf(
        'STONEHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:30pm, 13th August 2019',
      ),
    ).toBe('Stonehaven and District Community Council');
    // The public's part of the meeting, on a line of its own, is no body.
    expect(
      committeeOf('Public Forum\nThere were 4 members of the public present for this part of the meeting.'),
    ).toBeNull();
    // "MEETING OF THE PARISH COUNCIL" names the body, not a council called "Meeting of the Parish".
    expect(
      committeeOf('11th July 2024\nMEETING OF THE PARISH COUNCIL\nHeld in the Village Hall on 11th July 2024'),
    ).toBe('Parish Council');
    // The council in capitals over another body's minutes names neither.
    expect(committeeOf('PARISH COUNCIL MINUTES OF THE PLANNING COMMITTEE WEDNESDAY, 20th JUNE 2018 AT 10.30')).not.toBe(
      'Parish Council',
    );
    // The last meeting's minutes, approved in the header of a page run together, name no body.
    expect(
      String(
        header(
          'MINUTES of the PARISH COUNCIL MEETING Monday 13th July 2020, 7pm. 13 MINUTES OF PREVIOUS MEETING of 20th January Agreed and signed.',
        ).committee,
      ),
    ).not.toMatch(/January/);
  });

  it('reads the body in capitals run into “MINUTES OF THE MEETING”, and takes no item’s title in capitals for a body', () => {
    expect(
      header(
        'LITTLE ASHBY FENWOLD WITH LARBROOK PARISH COUNCIL\nMINUTES OF THE MEETING\nThursday 12th September 2024, 7.30pm at Ashby Village Hall, Church Road, Ashby.\nPRESENT: Cllr P Bull (Chair), Cllr A M Bull (Vice Chair), Cllr J Smith, Cllr D May\nPublic Participation',
      ).committee,
    ).toBe('Little Ashby Fenwold with Larbrook Parish Council');
    expect(
      header('Agenda item\n\nHEALTHCARE FOR THE FUTURE - ASHBY FEN\n\nMinutes:\n\nMembers considered a report.')
        .committee,
    ).toBeNull();
    expect(
      header(
        'No. Item\n\nTo confirm as a correct record the Minutes of the Meetings of the Council held on 21 February and 26 March 2019.',
      ).committee,
    ).not.toBe('Meetings');
  });

  it('takes the date of a meeting page’s title, not of the last minutes confirmed after “No apologies”, and no body from “the above Committee”', () => {
    expect(
      header(
        'Cabinet - Thursday 1st February, 2018 10.00 am\n\nNo apologies for absence were received.\n\nMinutes of the meeting held on 11 January 2018\n\nDecision Made:\n\nThat the minutes be confirmed as a correct record.',
      ),
    ).toMatchObject({ date: '2018-02-01', committee: 'Cabinet' });
    expect(
      header(
        '14 MAY 2013\n\nMinutes of a meeting of the above Committee held in the Council Chamber at 7 pm on the above date.',
      ).committee,
    ).toBeNull();
  });

  it('takes the body that met from under its council in capitals, without the day run on after its name', () => {
    expect(
      header(
        'KIRKBY COUNCIL\nAREA COMMITTEE – KIRKBY NORTH AND SOUTH\nTuesday 10 December 2024\nPresent: Councillor Lowe in the Chair',
      ).committee,
    ).toBe('Area Committee – Kirkby North and South');
    expect(
      header('Meeting of the Scrutiny Committee Wednesday, 11 April 2024 at 6.30pm Council Chamber, Town Hall')
        .committee,
    ).toBe('Scrutiny Committee');
    expect(
      header(
        'ASHBY COUNCIL\nMINUTE of SPECIAL MEETING of the CONTRACT SERVICES COMMITTEE held in the Town Hall on Friday 21 February 2024 at 3.51 pm.',
      ),
    ).toMatchObject({ committee: 'Contract Services Committee', date: '2024-02-21' });
    expect(
      header('Minutes of the Ashby Fen Drainage Board Meeting Held at the Village Hall, Friday 13 June 2024 at 10.30am')
        .committee,
    ).toBe('Ashby Fen Drainage Board');
  });

  it('reads the body from a council’s title run into “Minutes of the … Meeting of the” body, and from “… Committee Held at”', () => {
    expect(
      header(
        'ASHBY TOWN COUNCIL Recreation Committee Minutes Minutes of the Extraordinary Meeting of the Recreation Committee held on the 30 January 2017 at the Council Offices',
      ),
    ).toMatchObject({ committee: 'Recreation Committee', date: '2017-01-30' });
    expect(
      header('Finance & General Purposes Committee Held at Guildhall, Ashby At 6.00pm Monday 10 April 2017'),
    ).toMatchObject({ committee: 'Finance and General Purposes Committee', date: '2017-04-10' });
    expect(
      header('Cyngor Cymuned Ashby Community Council\nMinutes of the meeting held on 27 March 2018').committee,
    ).toBe('Ashby Community Council');
  });

  it('does not take another body’s minutes, received or adopted, for its own', () => {
    expect(
      header(
        '128.\n\nMinutes:\n\nRESOLVED: That the minutes of the Conservation Advisory Panel meeting held on 5 December 2019 be received.',
      ).committee,
    ).toBeNull();
    expect(
      header(
        '7.\n\nMembers are asked to receive the minutes of the Strategy and Resources Committee meeting held on 20 September 2018.',
      ).committee,
    ).toBeNull();
    expect(
      header(
        '3.\n\nRESOLVED: That the minutes of the Standards Committee meeting held on 12 October 2022 be confirmed as a correct record.',
      ).committee,
    ).toBe('Standards Committee');
  });

  it('names a parish council in full when its minutes call it only “the Parish Council”, without the initials of its logo', () => {
    expect(
      header(
        'ASHBY FEN PARISH COUNCIL\nMINUTES of a meeting of the PARISH COUNCIL\nheld on Thursday 20 th February 2025 at 7pm at the Village Hall.',
      ),
    ).toMatchObject({ date: '2025-02-20', committee: 'Ashby Fen Parish Council' });
    expect(header('AFPC ASHBY FEN PARISH COUNCIL\n\nMinutes\n\nApologies were received.').committee).toBe(
      'Ashby Fen Parish Council',
    );
    expect(
      header('AFPC ASHBY FEN PARISH COUNCIL\n\nMINUTES of a meeting of the PARISH COUNCIL held on 12 March 2026.'),
    ).toMatchObject({ council: 'Ashby Fen Parish Council', committee: 'Ashby Fen Parish Council' });
    // A page run together into one paragraph.
    expect(
      header(
        'AFCC Minutes February 2021 Ashby Fen Community Council Minutes of the meeting: Monday 8th February 2021 (v2) On-line meeting via Zoom. Present: Ann Lee (Chair), Tom Reid. It was agreed that the Chair would write to the school.',
      ),
    ).toMatchObject({ date: '2021-02-08', committee: 'Ashby Fen Community Council' });
    expect(
      header(
        'ASHBY FEN PARISH COUNCIL Minutes of the Parish Council Meeting held on Tuesday 9th August 2016 in the Hall. Present: Mrs D. Morgan, Mr P. Pickering, Mr N. Cotton, Mr M. Huckerby, Mr N. Bannister (Parish and District Councillor), Mrs R. Bones, Clerk, and no members of the public. Mr Bones arrived later to take photographs for the new web site. Apologies were received from County Councillor Mr B. Lee. 5563 Minutes of the Parish Council Meeting held on Wednesday 13th July 2016 were approved.',
      ),
    ).toMatchObject({ committee: 'Ashby Fen Parish Council', date: '2016-08-09' });
    // The month of the meeting is not the body's name.
    expect(header('October Council Minutes\n\nApologies were received.').committee).toBeNull();
  });

  it('takes the date and committee from an issue page, and the item from its title', () => {
    const text =
      'Issue - meetings\n\nBus Services\n\nMeeting: 09/11/2009 - Transport Scrutiny Panel (Item 9)\n\nMinutes:\n\nThe Panel noted the report.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2009-11-09', committee: 'Transport Scrutiny Panel' });
    const { blocks } = extractPlainText(text);
    expect(findAgendaItems(blocks, false).map((i) => i.number)).toEqual(['9']);
  });

  it('reads an issue page that opens with its report’s author, or a decision with its reasons, as what was decided', () => {
    expect(
      header(
        'Report of the Director of Governance.\n\nThe Director introduced the report.\n\n1) The action plan at Appendix 2 be approved;\n\n2) Subject to minor changes agreed at the meeting, the revised code at Appendix 3 be agreed.',
      ).kind,
    ).toBe('minutes');
    expect(
      header(
        'RECOMMENDED: That the revised code at Appendix 1 be adopted.\n\nReason for Decision\n\nThe Council is asked to consider the revised code.',
      ).kind,
    ).toBe('minutes');
  });

  it('gives no date to a page whose only dates are the last meeting’s, as circulated, and one inside a decision', () => {
    expect(
      header(
        'Declarations of Interest\n\nMinutes of the meeting held on 11 March 2025, (previously circulated).\n\nRESOLVED that the minutes be signed as a correct record.',
      ).date,
    ).toBeNull();
    expect(
      header(
        '  1. That the update on the new bus network launched on Sunday 6th April 2025 be received.\n\n  2. That the update on the rail review be noted.',
      ).date,
    ).toBeNull();
  });

  it('takes the date of a page run into one paragraph from its title, not from the minutes it approves or an item', () => {
    expect(
      header(
        'DRAFT MARSHWOOD PARISH COUNCIL Minutes of the Marshwood Parish Council Meeting Thursday 16 March 2023 in the Pavilion at 8pm Present: Cllrs Ash, Birch and Cedar. 23.001 Apologies for absence. None. 23.002 To approve the Minutes of the meeting of 16th February 2023. RESOLVED that they be signed as a correct record.',
      ).date,
    ).toBe('2023-03-16');
    expect(
      header(
        'Present: Cllrs Ash and Birch.\n\n0723.02 MINUTES of the meeting held on 15 JUNE 2023 were approved.\n\n0723.03 Updates on items from the meeting on Thursday 15th June 2023',
      ).date,
    ).toBeNull();
    expect(
      header('14 March 2024 CABINET A meeting of the Cabinet will be held at 6.00pm on Monday 25 March 2024.').date,
    ).toBe('2024-03-25');
    expect(
      header(
        'Agenda item - Minutes\n\nMinutes of the Scrutiny Committee meeting of 14 June 2023, for approval (copy attached).',
      ).date,
    ).toBeNull();
  });

  it('gives no date from another body’s meeting reported on, the last minutes once the items have begun, or the day they were signed', () => {
    expect(
      header(
        'Agenda item\n\nWORKING GROUP REPORTS\n\n(a) Parks Working Group. Report from the meeting held on 3rd March 2022 and recommendations.\n\nMinutes:\n\nThe report was NOTED.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Present: Councillors Ash (Chair) and Birch.\n\n2201 To receive apologies: none.\n\n2202 Declarations of interest: none.\n\n2203 Minutes of an Ordinary Meeting of the Council held on 4th May 2021:\n\nThe minutes were agreed as a correct record.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Present: Councillors Ash and Birch.\n\nAB101/21 APOLOGIES: none.\n\nAB102/21 MINUTES OF THE TOWN COUNCIL MEETING HELD ON TUESDAY 9th MARCH 2021 were approved.',
      ).date,
    ).toBeNull();
    expect(
      header(
        '1. Public session: none present.\n\n2. Approve theMinutes of the meeting held on Tuesday 9th March 2021. It was RESOLVED to sign them.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'PRESENT: Cllrs Ash and Birch.\n\n1. ELECTION OF CHAIR. Cllr Ash was elected.\n\nSigned Chairman 14th April 2021',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Agenda item\n\nCommittee minutes\n\nCouncil received and noted the minutes of the committee meetings held between 2 March – 30 April 2021 and their recommendations.',
      ),
    ).toMatchObject({ date: null, committee: null });
    // A page printed with the day over its site's name, then the item.
    expect(
      header(
        'Tuesday, 11 May 2021\n\nCouncil and Democracy\n\nAgenda item\n\nBudget monitoring\n\nMinutes:\n\nThe Committee noted the report.',
      ).date,
    ).toBeNull();
    // "Agenda Item" over the members present is a column's heading, not an item's own page.
    expect(
      header('Meeting of Fenby Parish Council - 03 February 2020\n\nAgenda Item\n\nCouncillors Ash, Birch and Cedar.')
        .date,
    ).toBe('2020-02-03');
  });

  it('reads the body of a title broken over two lines, and of "Meeting of the Parish Council held …"', () => {
    expect(
      header(
        'Ashby Parish Council\nMINUTES OF THE MEETING OF THE PLANNING COMMITTEE OF\nTHE COUNCIL HELD ON WEDNESDAY 12th JANUARY 2011\nPRESENT: Cllrs Ash and Birch',
      ),
    ).toMatchObject({ date: '2011-01-12', committee: 'Planning Committee' });
    expect(
      header('Draft Minutes\n\nMeeting of the Parish Council held at 7PM on Monday 11th September 2017 at the hall'),
    ).toMatchObject({ date: '2017-09-11', committee: 'Parish Council' });
    expect(header('MINUTES OF ASHBY FEN PARISH COUNCIL HELD ON THURSDAY 24th SEPTEMBER 2020 AT 7.00PM')).toMatchObject({
      date: '2020-09-24',
      committee: 'Ashby Fen Parish Council',
    });
    expect(
      header('MEETING OF THE ASHBY HARBOUR COMMISSIONERS 04/17 HELD AT THE HARBOUR OFFICE ON THURSDAY 20th APRIL 2017'),
    ).toMatchObject({ date: '2017-04-20', committee: 'Ashby Harbour Commissioners' });
  });

  it('reads dates whose spaces were lost in copying, and "Minutes" with a date in figures', () => {
    expect(header('FRIDAY, 13 NOVEMBER2015at6.45 p.m.\n\nPresent: A Ash, B Birch').date).toBe('2015-11-13');
    expect(header('Meeting of the Parish Council held at 7PM on Monday 11thSeptember 2017 at the hall').date).toBe(
      '2017-09-11',
    );
    expect(header('Minutes 12/4/2021\n\nPRESENT: Cllr A Ash (Chair), Cllr B Birch').date).toBe('2021-04-12');
    expect(header('Minutes of Ashby Fen Community Council - 20/11/23\n\nAPOLOGIES\nCllr A Ash')).toMatchObject({
      date: '2023-11-20',
      committee: 'Ashby Fen Community Council',
    });
  });

  it('reads a raised "th" printed apart, a time run on to the year, and the body before "Minutes of the … Meeting"', () => {
    expect(
      header('MINUTES OF THE MEETING OF ASHBY TOWN COUNCIL Held on Wednesday 30 th July 2014 at 7.00pm').date,
    ).toBe('2014-07-30');
    expect(header('A MEETING OF ASHBY TOWN COUNCIL\n\nWAS HELD AT THE HALL ON 5th JULY 2006AT 7.0PM')).toMatchObject({
      date: '2006-07-05',
      committee: 'Ashby Town Council',
    });
    expect(
      header(
        'ASHBY ST. MARY PARISH COUNCIL Minutes of the Parish Council Meeting held on Monday 13th July 2020 held remotely. Present – Cllrs Ash and Birch.',
      ),
    ).toMatchObject({ date: '2020-07-13', committee: 'Ashby St. Mary Parish Council' });
    expect(header('DRAFT Ashby Parish Council\n\nMinutes of the meeting held on 15 November 2016').committee).toBe(
      'Ashby Parish Council',
    );
    expect(
      header('Held at the Long Room, Ashby on Thursday 15th October 2020\n\nPresent: Mr Ash (Chair)').committee,
    ).toBeNull();
  });

  it('reads "Minutes", the body and the date on one line, and not the time someone arrived or the dash after "Present:"', () => {
    const { blocks } = extractPlainText(
      'Minutes Full Parish Council 8 April 2019\n\nPresent: – Cllr Ash (Chair), Cllr Birch\n\nAlso Present: – One member of the public who arrived at 7.40pm.',
    );
    expect(readMeetingHeader(blocks, 'paper.txt')).toMatchObject({
      committee: 'Full Parish Council',
      date: '2019-04-08',
      time: null,
    });
    expect(readAttendance(blocks, -1)[0]).toMatchObject({ name: 'Cllr Ash', isChair: true });
  });

  it('reads a role written after a name as that person’s, not as another person, and ends the list at the first item', () => {
    const { blocks } = extractPlainText(
      'Present: Ann Ash, Chair; Ben Birch, Treasurer; Cai Cole; Dee Dale, Communications Secretary\n\nITEM 1/2 Welcome and Apologies',
    );
    expect(readAttendance(blocks, -1)).toEqual([
      { name: 'Ann Ash', role: 'member', isChair: true, detail: null },
      { name: 'Ben Birch', role: 'member', isChair: false, detail: 'Treasurer' },
      { name: 'Cai Cole', role: 'member', isChair: false, detail: null },
      { name: 'Dee Dale', role: 'member', isChair: false, detail: 'Communications Secretary' },
    ]);
  });

  it('reads labels run on in one "Present:" line (the chair, the councillors, the clerk), and not how many of the public came', () => {
    const { blocks } = extractPlainText(
      'Present: Chairman: Cllr Mrs Ash Councillors: Birch, Cole, Dale-Elm Clerk: Mrs Fir\n\nMembers of public: 0\n\n1. Welcome',
    );
    expect(readAttendance(blocks, -1)).toEqual([
      { name: 'Cllr Mrs Ash', role: 'member', isChair: true, detail: null },
      { name: 'Birch', role: 'member', isChair: false, detail: null },
      { name: 'Cole', role: 'member', isChair: false, detail: null },
      { name: 'Dale-Elm', role: 'member', isChair: false, detail: null },
      { name: 'Mrs Fir', role: 'officer', isChair: false, detail: 'Clerk' },
    ]);
  });

  it('reads "Councillors present:" as members, not co-opted members', () => {
    const { blocks } = extractPlainText(
      'Councillors present: Cllr Ash, Cllr Birch\n\nCo-opted members: Mr Cole\n\n1. Welcome',
    );
    expect(readAttendance(blocks, -1).map((a) => [a.name, a.role])).toEqual([
      ['Cllr Ash', 'member'],
      ['Cllr Birch', 'member'],
      ['Mr Cole', 'co-opted'],
    ]);
  });

  it('reads "Cllrs" written once before the list as each one’s title, and the Clerk named after it in the same line', () => {
    const { blocks } = extractPlainText('Present: Cllrs Ash (Chair), Birch, Cedar and Dale. Clerk: E Elm.');
    expect(readAttendance(blocks, -1)).toEqual([
      { name: 'Cllr Ash', role: 'member', isChair: true, detail: null },
      { name: 'Cllr Birch', role: 'member', isChair: false, detail: null },
      { name: 'Cllr Cedar', role: 'member', isChair: false, detail: null },
      { name: 'Cllr Dale', role: 'member', isChair: false, detail: null },
      { name: 'E Elm', role: 'officer', isChair: false, detail: 'Clerk' },
    ]);
  });

  it('reads "Councillors" written once before two names as each one’s title, not as part of the first name', () => {
    const { blocks } = extractPlainText('PRESENT: Councillor A Ash (Mayor), Councillors B Birch and C Cole.');
    expect(readAttendance(blocks, -1).map((a) => [a.name, a.detail])).toEqual([
      ['Councillor A Ash', 'Mayor'],
      ['Councillor B Birch', null],
      ['Councillor C Cole', null],
    ]);
  });

  it('takes the date from the file’s name when the page gives none, after an underscore too', () => {
    const { blocks } = extractPlainText('Notes of the site visit to the allotments.');
    expect(readMeetingHeader(blocks, 'Minutes_2024-05-14.pdf').date).toBe('2024-05-14');
    expect(readMeetingHeader(blocks, 'Site_visit_14.05.24.docx').date).toBe('2024-05-14');
  });

  it('takes the body from "<council> - <body>", never a decision or the members of a body', () => {
    expect(header('Agenda\n\nNorthshire Council - Cabinet\nTuesday, 28th January, 2025 10.00 am').committee).toBe(
      'Cabinet',
    );
    expect(
      header('Northshire District Council - March 2026\n\nPlanning\n\nThere are 300 applications out to consultation.')
        .committee,
    ).toBeNull();
    expect(
      header('Minutes:\n\nMembers of the Sub-Committee noted the changes to the opening hours.').committee,
    ).toBeNull();
  });

  it('reads an issue page with a decision due and the decision it records as what was decided, and gives it no date', () => {
    const text =
      'Cabinet considered the report and RESOLVED:\n1. To have regard to the consultation feedback received to date when setting the budget.\n2. To recommend to Council on 17 December 2025, having had regard to feedback,\na) Approval of the phase one budget proposals in Appendix 1;\nDecision due: 8 Dec 2025 by Cabinet\nDecision status: Recommendations Approved';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: null });
    expect(header('Decision due: 8 Dec 2025 by Cabinet\n\nLead member: Cabinet Member for Resources').kind).toBe(
      'report',
    );
  });

  it('gives no date from a notice of when something takes effect, or from a decision of another meeting', () => {
    expect(
      header(
        'Agenda and draft minutes\n\nWith effect from 1 April 2016 the minutes are published in Welsh and English.\n\nThe terms of reference were agreed at a meeting of Full Council on 21 May 2020.\n\nRESOLVED that the report be noted.',
      ).date,
    ).toBeNull();
    for (const other of [
      'At its meeting on 7 October 2013 Licensing Committee approved the basis for determining fees.',
      'Members agreed to invite the Leader to the next scheduled Panel meeting on 21 November 2023.',
      'The Chief Executive reported the results of the Council Elections held on Thursday 3 May 2007.',
    ]) {
      expect(
        header(`The Committee received a report.\n\n${other}\n\nRESOLVED that the report be noted.`).date,
      ).toBeNull();
    }
  });

  it('takes a briefing note or report for what its top says, whatever decisions it quotes', () => {
    const quoted = 'At its meeting in May the Cabinet RESOLVED that the strategy be adopted.';
    expect(
      header(`Briefing note\n\nTo: Health Scrutiny Board 25 January 2024\n\nSubject: Domestic Abuse\n\n${quoted}`).kind,
    ).toBe('briefing-note');
    expect(header(`Subject: Domestic Abuse Strategy\n\n1. Background\n\n${quoted}`).kind).toBe('report');
    expect(header(`Minutes of the Cabinet held on 4 March 2024\n\nSubject: Budget\n\n${quoted}`).kind).toBe('minutes');
  });

  it.each<[string, string, string, string]>([
    [
      'a printed page headed "DRAFT MINUTES", then "DRAFT MINUTES OF THE MEETING OF" the body, wrapped',
      'DRAFT MINUTES\nFENLOW PARISH\nCOUNCIL\nDRAFT MINUTES OF THE\nMEETING OF THE PARISH COUNCIL HELD ON MONDAY 20th MARCH 2017 IN THE VILLAGE\nHALL AT 7.30PM\nPRESENT\n\n1. Apologies\n\nNone.',
      'Parish Council',
      '2017-03-20',
    ],
    [
      'the body in capitals before "Minutes of the … Meeting held on"',
      'FENLOW PARISH COUNCIL Draft (until approved) Minutes of the Ordinary Meeting held on Wednesday 1 July 2020 at 7.00 pm, online\n\nPresent: Cllr Ash (Chair), Cllr Birch.\n\n1. Apologies\n\nNone.',
      'Fenlow Parish Council',
      '2020-07-01',
    ],
    [
      'a minutes title in capitals with no "the" and no "on" before the date',
      'MINUTES OF FENLOW PARISH COUNCIL MEETING HELD AT THE CHURCH MONDAY 11th MAY 2015\n\nPresent: Cllr Ash (Chair), Cllr Birch.\n\n1. Apologies\n\nNone.',
      'Fenlow Parish Council',
      '2015-05-11',
    ],
    [
      'the body, a dash, the kind of meeting and its date',
      'Fenlow and Brook Parish Council – Extraordinary Meeting Wednesday 19th July 2017, 7.30pm Village Hall\n\nPresent: Cllr Ash (Chair), Cllr Birch.\n\n1. Apologies\n\nNone.',
      'Fenlow and Brook Parish Council',
      '2017-07-19',
    ],
    [
      'a minutes title naming the body with no "meeting of", held at a place on the date',
      'Minutes of the Licensing Sub-Committee held at Brook House on Monday 3 March 2025\n\nPresent: Councillors Ash and Birch.\n\n1. Apologies\n\nNone.',
      'Licensing Sub-Committee',
      '2025-03-03',
    ],
    [
      'a committee system’s meeting summary: the body on its own line, then the date and times',
      'Meeting Summary\nFull Council\n11 Jul 2017 - 10:00 to 16:00\n\n1 Apologies for Absence\n\nApologies were received from Councillor Ash.\n\nResolved:\n\nThat the minutes of the meeting held on 16 May 2017 be approved.',
      'Full Council',
      '2017-07-11',
    ],
  ])('reads the body and date from %s', (_shape, text, committee, date) => {
    expect(header(text)).toMatchObject({ kind: 'minutes', committee, date });
  });

  it('takes no body from a heading in capitals run into "The Panel agreed …", and the council from "COUNCIL RESOLVED"', () => {
    const run =
      'Agenda and minutes\n\nVARIATION OF BUSINESS The Panel agreed to take item 5 before item 4.\n\n1. Apologies\n\nNone.';
    expect(header(run).committee).toBeNull();
    const capitals =
      'Agenda and minutes\n\nItems\n\nCOUNCIL RESOLVED - That it place on record its thanks to the retiring Director.';
    expect(header(capitals).committee).toBe('Council');
  });

  it('reads an "Agenda and decisions" page as minutes when its items’ parts say what was decided', () => {
    const agenda =
      'Agenda and decisions\n\nTransport Board - Monday, 16 September 2024 11.00 am\n\nNo. Item\n\nApologies for Absence\n\nBus Strategy pdf icon PDF 292 KB\n\nTo provide details of the bus strategy and seek agreement to proceed.';
    expect(header(agenda).kind).toBe('agenda');
    const decided = `${agenda}\n\nTransport Board:\n\n1. Noted the proposed programme of work.\n\n2. Agreed to proceed with the programme as set out.\n\n3. Commented on the terms of reference for the review.`;
    expect(header(decided).kind).toBe('minutes');
    expect(outcomesOf(decided)).toEqual([
      ['resolution', 'Noted the proposed programme of work.'],
      ['resolution', 'Agreed to proceed with the programme as set out.'],
      ['resolution', 'Commented on the terms of reference for the review.'],
    ]);
  });

  it('reads a page headed "Agenda" that quotes another body’s resolution as an agenda, and finds no outcome in it', () => {
    const agenda =
      'Agenda\n\nExecutive Cabinet - Wednesday, 24th November, 2021 1.00 pm\n\nNo. Item\n\n3e\n\nCapital Monitoring Panel pdf icon PDF 348 KB\n\nTo consider the Minutes of the Panel held on 22 November 2021 and approve the recommendations arising as follows:\n\nRESOLVED\n\nThat EXECUTIVE CABINET be RECOMMENDED to:\n\n(i) Note the forecast outturn position.\n\n(ii) Approve the re-profiling of budgets into 2022/23.';
    expect(header(agenda).kind).toBe('agenda');
    expect(header(`${agenda}\n\nMinutes:\n\nThe recommendations were agreed.`).kind).toBe('minutes');
  });

  it('reads an agenda page whose first item links to the last minutes as an agenda, unless its parts decide', () => {
    const agenda =
      'Council - Thursday, 18th July, 2024 7.00 pm\n\nNo. Item\n\nMinutes of the Meeting held on 23 May 2024 pdf icon PDF 188 KB\n\nTo receive as a correct record the minutes of the Meeting of the Council held on 23 May 2024.\n\nNotices of Motion\n\nTo receive Notices of Motion';
    expect(header(agenda).kind).toBe('agenda');
    const decided = `${agenda}\n\n(1) That the minutes of the meeting held on 23 May 2024 be agreed.\n\n(2) That information on agency staff be explored for future reports.`;
    expect(header(decided).kind).toBe('minutes');
  });

  it('reads an agenda whose item asks for the last minutes to be confirmed, and its proposals, as no minutes', () => {
    const agenda =
      'Venue: The Guildhall\nNo. | Item |\nApologies for Absence |\nMinutes of the meeting held on 9 March 2025 RECOMMENDED that the Minutes of the meeting held on 9 March 2025 be confirmed and signed as a correct record. |\nThe panel is asked to note the updates from the scrutiny panels.\nRECOMMENDED that the Panel\n(1) Notes the updates from the scrutiny panels. (2) Determines its work programme for the rest of the year.';
    expect(header(agenda).kind).not.toBe('minutes');
  });

  it.each<[string, string]>([
    [
      'an item naming the last meeting’s minutes',
      'Full Council (January 2020)\n\n1. Apologies for Absence\n\n2. Minutes of Last Meeting\n\nMinutes of meeting on 16 July 2019\n\n3. Public Question Time\n\nTo receive questions from members of the public.',
    ],
    [
      'the last minutes sent for signing',
      'Agenda – PC meeting 9 November 2020\n\nDraft Minutes for signing PC meeting 5 October 2020\n\n2. DECLARATIONS OF INTEREST – Councillors are invited to declare any interest they may have.\n\n3. To receive the clerk’s report.',
    ],
    [
      'a summons, whatever decisions it quotes',
      'Dear Members of the Council,\n\nCouncil Members are summoned to attend the MEETING of the Council on Thursday 27 April 2023.\n\nAGENDA\n\n6. Committee Minutes: To receive the recommendations of the Estates Committee:\n\nRESOLVED: That the Committee AGREED to take the flint wall repairs to Full Council.',
    ],
    [
      'the body’s name and AGENDA in capitals',
      'PLANNING AND DEVELOPMENT BOARD AGENDA 10 DECEMBER 2018 The Board will meet in the Council Chamber. 1 Apologies. 2 Minutes of the meeting held on 8 October 2018 to be approved.',
    ],
  ])('reads an agenda as an agenda: %s', (_shape, text) => {
    expect(header(text).kind).toBe('agenda');
  });

  it('dates a paper that is not minutes or an agenda by the date on a line of its own at its top', () => {
    const report =
      'Item 12\n\nHigh Moor National Park Authority\n\n2 October 2017\n\nOn the Record\n\n1. Other bodies\n\nThe draft notes of the forum held on 14 June 2017 are attached as Appendix 1.';
    expect(header(report).date).toBe('2017-10-02');
  });

  it('reads an agenda that prints the resolution for excluding the public as an agenda', () => {
    const agenda =
      'Cabinet - Tuesday 23 June 2020\n\nAgenda\n\n1 Apologies\n\nTo receive any apologies.\n\n2 Covid-19\n\nTo receive a verbal update on Covid-19.\n\n3 Exclusion of the public\n\nRESOLVED – That, in accordance with Regulation 4 of the Regulations, the public be excluded from the meeting during the item below.';
    expect(header(agenda).kind).toBe('agenda');
  });

  it('takes no date from the last meeting’s minutes "submitted, confirmed and signed", nor from a by-election', () => {
    const text =
      'Apologies for absence were received from Ann Ash.\n\nThe minutes of the meeting of the County Council held on 13 November 2018 were submitted, confirmed and signed.\n\nThe Chief Executive formally reported that Ben Birch was duly elected at the by-election held on 6 December 2018.';
    expect(header(text).date).toBeNull();
  });

  it('reads a Welsh minutes title and its date in Welsh, not the date a sharing site posted it', () => {
    const text =
      'Upload: others\n\nPost on 11-Aug-2020\n\nCOFNODION CYFARFOD ARFEROL\n\n11eg EBRILL 2019\n\n10457/04/19 Ymddiheuriadau / Apologies\n\nCllr Ann Lee.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2019-04-11', committee: null });
  });

  it('takes the body from "RECORD OF DECISION OF THE Cabinet"', () => {
    expect(header('RECORD OF DECISION OF THE Cabinet\n\nRESOLVED: That the policy be adopted.').committee).toBe(
      'Cabinet',
    );
  });

  it('reads minutes printed as an appendix of a pack as minutes, and a labelled appendix as an appendix', () => {
    expect(
      header(
        'Appendix 3 Minutes of a Meeting of the Planning Committee\n\nFENLOW TOWN COUNCIL MINUTES OF THE COUNCIL MEETING HELD ON 12TH JUNE 2018\n\nIt was agreed that the police be asked for cones.',
      ).kind,
    ).toBe('minutes');
    expect(header('Appendix 2 – Budget monitoring\n\nThe table shows spending to date.').kind).toBe('appendix');
  });

  it('takes no date from a list of other groups’ notes, each with its own date and appendix', () => {
    const text =
      '1) To receive the notes of the following Working Groups:\ni) Parks held on 27th February 2025 Appendix B\nii) Finance held on 10th March 2025 Appendix C\nMinutes:\nThe Parks notes were received.';
    expect(header(text).date).toBeNull();
  });

  it('reads a date written with the month first', () => {
    expect(
      header(
        'Draft Minutes of the meeting held on Wed July 10th 2024 at 7.00pm in the Memorial Hall.\n\nPresent: Cllrs Ash (Chair), Birch.',
      ).date,
    ).toBe('2024-07-10');
  });

  it('reads the body and date from a meeting page’s "Agenda for … on …" title', () => {
    const text =
      'Agenda for Licensing Committee on Monday, 2nd June, 2025, 10.00 am\n\nAgenda and minutes\n\nItems\n\n1.\n\nApologies\n\nMinutes:\n\nNone.';
    expect(header(text)).toMatchObject({ committee: 'Licensing Committee', date: '2025-06-02' });
  });

  it('reads a printed minutes title whose wrapped line runs into who was present', () => {
    const title =
      'Minutes of a meeting of the PLANNING COMMITTEE held in the Council Chamber, Market Street at 10.00 am on 8 May 2014 when there were present:';
    expect(header(title)).toMatchObject({ committee: 'Planning Committee', date: '2014-05-08' });
  });

  it('reads a date written "20th of September 2021"', () => {
    const text =
      'Minutes\n\nA meeting of the parish council was held on Monday 20th of September 2021 at 7pm in the hall.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2021-09-20' });
  });

  it('never takes another meeting’s date, and prints none when the page has none', () => {
    const text =
      'Agenda and minutes\n\nNo. Item\n\n3.\n\nMinutes of the meeting held on 24 September 2015\n\nMinutes:\n\nThe minutes were agreed as a correct record.';
    expect(header(text)).toMatchObject({ date: null });
  });

  it('reads the date of a parish meeting whose title ends "Minutes", not that of the notes it approves', () => {
    const text =
      'May 2025 Minutes\n\nTuesday 20th May 2025 at 7.00pm in the Village Hall\n\nCouncillors Present: Cllrs Alder (Chair), Birch and Cedar.\n\n25031. To approve the clerk’s notes for the meeting held on Tuesday 8th April 2025 and for the chair to sign. It was resolved to approve the notes.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2025-05-20' });
  });

  it('gives no one date to an issue’s page that lists several meetings, and names the body that took it last', () => {
    const text =
      'Issue - meetings\n\nPublic questions\n\nMeeting: 23/01/2025 - Council (Item 81)\n\nMinutes:\n\nThat the scheme be adopted.\n\nMeeting: 11/12/2024 - Audit Committee (Item 33)\n\nMinutes:\n\nThat the scheme be referred to Council.';
    expect(header(text)).toMatchObject({ date: null, committee: 'Council' });
  });

  it.each<[string, string]>([
    [
      'an item’s own page, whose sentences tell of other events',
      'Agenda item\n\nFeedback from the Development Session\n\nThe panel agreed that the workshop led by the\n\nregional employers’ body on 26 October 2023, had given a helpful overview of the panel’s role.',
    ],
    [
      'a meeting a motion asks to be held',
      'Motions on Notice\n\nThis Council:\n\ni) Agrees to move Annual Council from 25 May 2021 to 4 May 2021; and\n\nii) Agrees that an Extraordinary meeting of full Council be held on 29 June 2021 to consider the review.',
    ],
    [
      'a meeting yet to come, told in a sentence',
      'Internal Audit Plan\n\nThe Committee received a report on the work plan.\n\nThe Head of Internal Audit said that his annual report would be submitted to the meeting to be held on the 22nd July, 2019.',
    ],
    [
      'a deadline far into a long sentence, and when papers were added',
      'Schedule of Decisions\n\nMinutes:\n\nThe Council runs a scheme of public speaking at meetings of the Planning Committee. All applications on which the public has registered to speak are taken first. Requests to speak must be registered with the committee team by noon on Wednesday 17 July 2019.\n\nTabled Papers added 18 July 2019.\n\nRESOLVED: That planning permission be granted.',
    ],
    [
      'the minutes of the last meeting agreed, with "public" before "minutes"',
      'Apologies were received from two Members.\n\nTo agree the public minutes of the meeting held on 7th July 2023.\n\nRESOLVED – That the public minutes and summary of the meeting held on 7th July 2023 be approved as a correct record.',
    ],
    [
      'a cross-reference to an earlier minute',
      'The Council noted the speed watch report. The cost would be met from the £200 set aside in the budget. (Meeting 4 April 2013 Minute No.8)\n\nRESOLVED: That the report be noted.',
    ],
    [
      'a line printed again with another date, over each meeting’s recommendations',
      'To receive the Minutes of the following Committees and adopt their recommendations:\n\nMeeting held on 16 November 2021\n\nThat the Council be RECOMMENDED to adopt the Annual Report.\n\nMeeting held on 18 January 2022\n\nThat the Council be RECOMMENDED to lobby for the change.',
    ],
  ])('gives no date from %s', (_shape, text) => {
    expect(header(text).date).toBeNull();
  });

  it('keeps the date on a line of its own at the top when the next meeting’s comes on a line of its own too', () => {
    const text =
      '10 June 2020\n\nAshby Fen Community Council held their meeting remotely at 7.30pm on the 10th June 2020.\n\nRESOLVED: That the grant be paid.\n\nDATE OF NEXT MEETING\n\n8th July 2020';
    expect(header(text).date).toBe('2020-06-10');
  });

  it('reads the body from an annual meeting’s title and from a title that ends "Agenda"', () => {
    expect(
      header(
        'Minutes of the Fifty-First Annual Meeting of the Kelby Parish Council held in the Village Hall on Wednesday 17th May 2023',
      ).committee,
    ).toBe('Kelby Parish Council');
    expect(header('Dunmore Council Agenda - 08 February 2017, 10:00\n\n1. To receive apologies').committee).toBe(
      'Dunmore Council',
    );
  });

  it('reads past the notice a committee system puts before a paper’s text version', () => {
    expect(
      header(
        'WARNING - By their nature, text files cannot include scanned images and tables. Wherever possible you should refer to the pdf version of this document. GLEN ARDEN NATIONAL PARK AUTHORITY MINUTES OF THE PLANNING COMMITTEE MEETING held at the Village Hall on 11th March 2005 at 10.30am PRESENT …',
      ),
    ).toMatchObject({ kind: 'minutes', date: '2005-03-11', committee: 'Planning Committee' });
  });

  it('gives no date from the end of a contract, a list of other meetings’ days, or matters arising from another meeting', () => {
    expect(
      header(
        'Executive\n\nReport E/20/37 asks the Executive for approval to extend the contract for audit services for a further 2 years to 31 March 2024.\n\nDecision:\n\nTo extend the contract for a further 2 years.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Council\n\nCouncil noted the Cabinet Member reports and the decision records from 14th September, 12th October and 9th November 2021 Cabinet meetings.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Minutes\n\n1 / APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Ash.\n\nMatters Arising from the Authority Meeting held on 17 September 2012\n\nThe Clerk referred to item 11 of the minutes.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Board minutes\n\n2 Minutes and Matters Arising Page 1 (4 June 2015) Action – AB to amend the spelling of a name – complete\n\nThe minutes of the meeting held on 4 June 2015 were agreed.',
      ).date,
    ).toBeNull();
  });

  it('reads as minutes a page that opens where the meeting was held, its items worded as on the agenda', () => {
    const text =
      'At the Meeting of the Council held at the Village Hall at 7.30pm on Tuesday 1 November 2016\n\n37. Apologies:\nCllr Ash - The apologies were agreed.\n\n40. To approve and confirm the minutes of the last meeting\nThe minutes were agreed.\n\n41. To receive reports on highways\nThese items would be chased up for urgent action.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2016-11-01' });
  });

  it('reads a page titled "Monthly Minutes" and its date as minutes, though its items are listed as on an agenda', () => {
    const text =
      'Monthly Minutes, November 9th 2021\n\n  1. Welcome & Apologies\n  2. Minutes of last meeting\n  3. Constitution (to be signed)\n    1. AK will identify the changes that were made, and circulate to members.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2021-11-09' });
  });

  it('reads a Scottish minute printed as an appendix of a later pack as minutes', () => {
    const text =
      'Appendix D\n\nMinute of Meeting of the Glenmore Transport Partnership Board\n\nGlenmore, 8 December, 2011\n\n1. The Chair welcomed the new Treasurer.\n\nThe Board resolved :- to note the information.';
    expect(header(text)).toMatchObject({ kind: 'minutes', date: '2011-12-08' });
  });

  it('does not take a section heading for the committee', () => {
    expect(header('DECISION\n\nAGREED that the letter be sent.').committee).toBeNull();
    expect(header('PART B\n\nRESOLVED that the lease be granted.').committee).toBeNull();
  });
});

describe('no rule names a council', () => {
  const ruleFiles = fs
    .readdirSync(path.join(repoRoot, 'electron', 'importing', 'structure'))
    .map((name) => fs.readFileSync(path.join(repoRoot, 'electron', 'importing', 'structure', name), 'utf8'))
    .join('\n');
  const keys = ['corpus', 'shapes']
    .map((set) =>
      set === 'corpus'
        ? path.resolve(repoRoot, '..', 'shared', 'fixtures', 'corpus', 'expected.json')
        : path.join(repoRoot, 'tests', 'fixtures', 'shapes', 'expected.json'),
    )
    .filter((file) => fs.existsSync(file))
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { council?: string }>);
  const GENERIC =
    /^(?:council|cyngor|cymuned|tref|sir|district|borough|county|city|town|parish|community|london|of|and|the|metropolitan|royal|unitary|scottish|welsh|wales|scotland|north|south|east|west|council\)|\(wales\)|\(scotland\)|[(/-])$/i;
  const names = new Set(
    keys.flatMap((key) =>
      Object.entries(key)
        .filter(([file]) => !file.startsWith('_'))
        .flatMap(([, entry]) => (entry.council ?? '').split('(')[0]?.split(/[\s,/]+/) ?? [])
        .map((word) => word.replace(/[()]/g, ''))
        .filter((word) => word.length > 3 && !GENERIC.test(word) && !/\d/.test(word)),
    ),
  );

  it('reads the councils of the labelled papers', () => {
    expect(names.size).toBeGreaterThan(20);
  });

  it.each([...names].sort())('%s appears in no rule', (name) => {
    expect(ruleFiles).not.toMatch(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  });
});

describe('shapes met on real pages in the thirteenth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'an agenda page’s item: its agenda text above its further papers, what was agreed below them, "Agreed that" over its parts',
      'Dog Control pdf icon PDF 129 KB\n\nTo seek approval for an extension of the Order.\n\nRECOMMENDED that the Cabinet considers the outcomes of the consultation.\n\nAdditional documents:\n\nAgreed that\n\n1.    The beach exclusion zone is moved so that it is level with the café.\n\n2.    The exclusion period during the bathing season remain in place.\n\nPesticides update pdf icon PDF 80 KB\n\nTo update the Cabinet on the use of pesticides.\n\nAdditional documents:\n\nNoted the report which is for information.',
      [
        ['resolution', 'The beach exclusion zone is moved so that it is level with the café.'],
        ['resolution', 'The exclusion period during the bathing season remain in place.'],
        ['resolution', 'Noted the report which is for information.'],
      ],
    ],
    [
      'agenda text that the page cuts short with a link to the rest, back to its item’s title',
      'Refuge services pdf icon PDF 281 KB\n\nReport from the Strategic Director.\n\nThat Cabinet:\n\n1.    Approve the recommissioning of the refuge for four years.\n\n2.    Note the  ...  view the full agenda text for item 101.\n\nConsideration was given to the report on the refuge  ...  view the full minutes text for item 101.',
      [],
    ],
    [
      'agenda text cut short is read back to the item’s title only, not into the last item’s minutes',
      'Housing plan\n\nThe Cabinet approved the housing plan.\n\nOutcomes from the Board\n\nThat Cabinet approve the recommendations  ...  view the full agenda text for item 102.',
      [['resolution', 'The Cabinet approved the housing plan.']],
    ],
    [
      'a word processor’s second-level bullets, each a line of its own; and what members asked for with its "that" left out',
      'Work programme\n\n·         30 January\n\no   The Chief Executive would provide an update on the peer review\n\no   Consideration would be given to moving the health review\n\nMembers requested the letter be circulated to them by email.',
      [
        ['action', 'The Chief Executive would provide an update on the peer review'],
        ['follow-up', 'Consideration would be given to moving the health review'],
        ['information-request', 'Members requested the letter be circulated to them by email.'],
      ],
    ],
    [
      'what was approved, listed under it, in a block whose keyword was lost; a vote declared lost',
      'Members commented on the strategy.\n\n(i)           The progress to date be noted;\n\n(ii)          The following two key outcomes be approved as the basis of the strategy:-\n\n·   Children start life healthy\n\n·   People live longer lives\n\n(iii)         The timescales for the annual report be approved.\n\nA member asked that the minutes be changed and having put this request to the vote it was declared LOST.',
      [
        ['resolution', 'The progress to date be noted'],
        [
          'resolution',
          'The following two key outcomes be approved as the basis of the strategy: Children start life healthy; People live longer lives',
        ],
        ['resolution', 'The timescales for the annual report be approved.'],
      ],
    ],
    [
      'an undertaking after an opening clause with no comma; two who would meet, one the chair of a named panel; a council’s initials to act',
      'As there were new Members on the Board officers agreed to provide copies of the last report.\n\nThe Democratic Services Manager and the appointed Chair of the Flooding Scrutiny Panel would meet to complete a scoping document.\n\nAshby PC to review its neighbourhood plan.\n\nA temporary sergeant would look after the area until a permanent one was appointed.',
      [
        ['information-request', 'Officers to provide copies of the last report.'],
        [
          'action',
          'The Democratic Services Manager and the appointed Chair of the Flooding Scrutiny Panel would meet to complete a scoping document.',
        ],
        ['action', 'Ashby PC to review its neighbourhood plan.'],
      ],
    ],
    [
      '"That the Cabinet Member:" over parts that open with their verbs, two of them alike',
      'Issue - decisions\n\nThat the Cabinet Member:\n\na)   Note the approvals to new Highways Policies delegated to the Director;\n\nb)   Note the updates to Highways Policies delegated to the Director;\n\nc)   Approve the documents listed in this report.',
      [
        ['resolution', 'Note the approvals to new Highways Policies delegated to the Director'],
        ['resolution', 'Note the updates to Highways Policies delegated to the Director'],
        ['resolution', 'Approve the documents listed in this report.'],
      ],
    ],
    [
      '"That Members agreed:" over parts with no markers, a paragraph each; all who voted in favour to co-opt',
      'That Members agreed:\n\nThe start time for Area North Committee remain at 2.00pm;\n\nThe order of the agenda remain the same.\n\nThe Chair thanked officers.\n\nIt was proposed, seconded and all voted unanimously in favour to co-opt Mrs Ash as a new Councillor.',
      [
        ['resolution', 'The start time for Area North Committee remain at 2.00pm'],
        ['resolution', 'The order of the agenda remain the same.'],
        [
          'resolution',
          'It was proposed, seconded and all voted unanimously in favour to co-opt Mrs Ash as a new Councillor.',
        ],
      ],
    ],
    [
      'a bullet copied as "v", who acts in brackets before the colon; what was noted, listed under it',
      'Matters arising\n\nv  Action (AF): That Andrew Ash would look into options for a crossing.\n\n1. Budget. Members noted the overspend relating to:\n\n• Salaries: with reasons noted.\n\n• Admin expenses: includes the contractor’s fees.',
      [
        ['action', 'Andrew Ash would look into options for a crossing.'],
        [
          'resolution',
          'Members noted the overspend relating to: Salaries: with reasons noted; Admin expenses: includes the contractor’s fees.',
        ],
      ],
    ],
    [
      'a decision record’s "That the Cabinet recommend to Council:" over its parts; "THAT" in capitals with its keyword lost',
      'That the Cabinet recommend to Council:\n\n(i)      that the allowances used to calculate Council Tax Support are uprated from 1 April 2020; and\n\n(ii)     that the Chief Finance Officer be given delegated authority to make further adjustments.\n\nTHAT Mrs Lloyd be elected Chairman.',
      [
        ['recommendation', 'The allowances used to calculate Council Tax Support are uprated from 1 April 2020'],
        ['recommendation', 'The Chief Finance Officer be given delegated authority to make further adjustments.'],
        ['resolution', 'Mrs Lloyd be elected Chairman.'],
      ],
    ],
    [
      'a cabinet member who decided; a chair’s stated intention to act; further information that would be provided; the meeting that decided',
      'The Cabinet Member approved the adoption of the revised Asset Management Policy.\n\nOn behalf of the Board, the Chairman stated that it was his intention to write to Mr Plant to thank him.\n\nMrs Sutherland explained that further information on this enquiry would be provided in the 6-month update.\n\nResidents wish to put up notices and the meeting decided that this was an issue for the district council.',
      [
        ['resolution', 'The Cabinet Member approved the adoption of the revised Asset Management Policy.'],
        [
          'action',
          'On behalf of the Board, the Chairman stated that it was his intention to write to Mr Plant to thank him.',
        ],
        [
          'action',
          'Mrs Sutherland explained that further information on this enquiry would be provided in the 6-month update.',
        ],
        [
          'resolution',
          'Residents wish to put up notices and the meeting decided that this was an issue for the district council.',
        ],
      ],
    ],
    [
      'with no items found, the agenda’s line just above the further papers; select committees are no one named to act',
      'COVID-19 Update\n\nPublic Health to report\n\nAdditional documents:\n\nThe Director updated the Committee. There is no provision for two, or more, Select Committees to formally meet.',
      [],
    ],
    [
      'who takes the chair, under "Resolved that:"; a group set up with its remit listed under it; an agenda’s business with its time',
      'Resolved that:\n\nCouncillor G Lewis take the Chair.\n\nHaving discussed the options the Committee agreed to establish a Domestic Violence Topic Group to:\n\n1.    review the services delivered locally;\n\n2.    look at what steps the partners take.\n\nLead Members to update the Committee on the progress of their Panels (10 minutes)',
      [
        ['resolution', 'Councillor G Lewis take the Chair.'],
        [
          'resolution',
          'Having discussed the options the Committee agreed to establish a Domestic Violence Topic Group to: Review the services delivered locally; Look at what steps the partners take.',
        ],
      ],
    ],
    [
      'a reason before the body’s decision, after a comma; who acts in brackets as "(Act GR)"; a chair who confirmed it would be raised',
      'II. In respect of the application, there being no objections, the Committee agreed that the application be granted.\n\nChair will discuss with the contractor. (Act GR)\n\nThe Chair confirmed it would be raised again with the Chief Executive.\n\nThe Chair will introduce those present and make any necessary announcements.',
      [
        [
          'resolution',
          'In respect of the application, there being no objections, the Committee agreed that the application be granted.',
        ],
        ['action', 'Chair will discuss with the contractor.'],
        ['action', 'The Chair confirmed it would be raised again with the Chief Executive.'],
      ],
    ],
    [
      'two clauses before the body’s decision; plans to be presented at a future meeting',
      'In the case of the above application, there being no objections, the Committee agreed that the application be granted.\n\nPlans are to be presented at a future meeting.',
      [
        [
          'resolution',
          'In the case of the above application, there being no objections, the Committee agreed that the application be granted.',
        ],
        ['follow-up', 'Plans are to be presented at a future meeting.'],
      ],
    ],
  ])('%s', readsWhole);

  it.each<[string, string, { date: string | null; committee?: string | null }]>([
    [
      'an issue’s history at two meetings of one body: the body, and no one date',
      'Issue - meetings\n\nCall-ins\n\nMeeting: 27/06/2016 - Executive Scrutiny Committee (Item 12)\n\n12 Call-ins\n\nMembers noted the report.\n\nMeeting: 19/05/2016 - Executive Scrutiny Committee (Item 7)\n\n7 Call-ins\n\nMembers noted the report.',
      { date: null, committee: 'Executive Scrutiny Committee' },
    ],
    [
      'minutes that open "At a Meeting of the Board …" and the day with "the" before it',
      'FENSIDE INTERNAL DRAINAGE BOARD\n\nAt a Meeting of the Fenside Internal Drainage Board hosted at the Board’s Offices on Wednesday the 18th March 2020\n\nB.918 Confirmation of Minutes\n\nRESOLVED\n\nThat the Minutes be confirmed.',
      { date: '2020-03-18', committee: 'Fenside Internal Drainage Board' },
    ],
    [
      'a summons above an agenda whose items name the last meeting and a steering group in capitals',
      'ASHBY PARISH COUNCIL\nYou are summoned to attend a meeting of Ashby Parish Council which will take place at the Village Hall, on Tuesday 14th March 2017 at 7pm.\nAGENDA\n- APPROVE MINUTES FROM LAST MEETING – 5th February 2018\n- RECEIVE REPORT FROM VILLAGE PLAN STEERING GROUP\n',
      { date: '2017-03-14', committee: 'Ashby Parish Council' },
    ],
    [
      'an agenda page that cuts the record of the last meeting short: no date of its own',
      'To receive the record of proceedings of the Cabinet meeting held on 16 December 2024.\n\nResolved:- That the Minutes of the Cabinet meeting held on 16 December 2024 be approved.',
      { date: null, committee: 'Cabinet' },
    ],
    [
      'a summons whose meeting day has no year, under the letter’s date',
      '11th July 2019\n\nDear Councillor,\n\nYou are summoned to attend a meeting of Ashby Parish Council on Thursday, 18th July\n\nAGENDA\n\n1. TO RECEIVE APOLOGIES FOR ABSENCE',
      { date: null },
    ],
    [
      'the chair appointed of a named body',
      'Agenda and minutes\n\n1. Appointment of Chair\n\nMinutes:\n\nResolved – That Councillor Amran be appointed Chair of the Ashby West Area Committee for the year.',
      { date: null, committee: 'Ashby West Area Committee' },
    ],
    [
      'a decision sheet of a meeting',
      'Thursday, 18 March 2021\n\nSet out below is a summary of the decisions taken at the Executive meeting held on Thursday, 18 March 2021.\n\n6. Recovery Strategy\n\nResolved: That the update be noted.',
      { date: '2021-03-18', committee: 'Executive' },
    ],
  ])('%s', (_shape, text, expected) => {
    expect(header(text)).toMatchObject(expected);
  });
});

describe('shapes met on real pages in the fourteenth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a call-in and the councillors who supported it: what was asked of the panel, not a decision',
      '4.1 A call-in was requested on 18th December 2023, by Councillor Ash and supported by four other Councillors:\n\n·  Councillor Birch;\n\n·  Councillor Cedar.\n\n4.2 The call-in related to the Key Decision taken by Cabinet on 11th December 2023.',
      [],
    ],
    [
      'a resolution in capitals under its vote, with a member named "CLLR. MRS"',
      'Resolution Record No. 74\nProposed by Cllr. A Ash and seconded by Cllr. B Birch\nCARRIED: 7 for 0 against 1 abstention\nTHAT THE CHAIRMAN CLLR. MRS E ASH HOLDS THE CONFIDENCE OF THE MEMBERS OF THE TOWN COUNCIL',
      [['resolution', 'THE CHAIRMAN CLLR. MRS E ASH HOLDS THE CONFIDENCE OF THE MEMBERS OF THE TOWN COUNCIL']],
    ],
    [
      'the office someone was agreed to take, then their acceptance after a semicolon',
      'Cllr Evans proposed, seconded by Cllr Yaxley & unanimously agreed that Cllr Hale become Chairman; Cllr Hale accepted',
      [
        [
          'resolution',
          'Cllr Evans proposed, seconded by Cllr Yaxley & unanimously agreed that Cllr Hale become Chairman',
        ],
      ],
    ],
    [
      'a hearing’s decision after a long opening clause, and an argument it did not accept (its reasons, not a decision)',
      'After careful consideration of the written evidence and the representations made at the meeting, the Sub-Committee upheld the appeal against the revocation of the licence.\n\nThe Sub-Committee did not accept the point made by the legal representative that the policy only allowed revocation after a conviction.',
      [
        [
          'resolution',
          'After careful consideration of the written evidence and the representations made at the meeting, the Sub-Committee upheld the appeal against the revocation of the licence.',
        ],
      ],
    ],
    [
      'a body that appointed its deputy chairs, and one that passed a motion of thanks',
      'The Committee appointed Councillors Ash and Birch as deputy chairs.\n\nThe Joint Committee then passed a motion thanking Councillor Cedar for her work as Chair.',
      [
        ['resolution', 'The Committee appointed Councillors Ash and Birch as deputy chairs.'],
        ['resolution', 'The Joint Committee then passed a motion thanking Councillor Cedar for her work as Chair.'],
      ],
    ],
    [
      'what a body remarked on, then what it asked for',
      'The Board highlighted that air quality would be a key consideration for residents and requested modelling data on vehicle movements be provided.',
      [
        [
          'request',
          'The Board highlighted that air quality would be a key consideration for residents and requested modelling data on vehicle movements be provided.',
        ],
      ],
    ],
    [
      'the chair to sign the minutes, said alone under their item',
      'To approve the minutes from 1 March 2023. Chair to sign and date.',
      [],
    ],
    [
      'a recorded vote’s totals over "RESOLVED": the totals are not items, what was resolved is read',
      '3.\n\nAPPOINTMENT OF VICE-CHAIRMAN\n\nMinutes:\n\nA recorded vote was taken.\n\nTOTAL\n\n7\n\n4\n\nRESOLVED\n\nMr Ash was appointed Vice-Chairman of the Planning Committee for the Municipal Year 2020/21.\n\n4.\n\nDECLARATIONS OF INTERESTS\n\nMinutes:\n\nNone.',
      [['resolution', 'Mr Ash was appointed Vice-Chairman of the Planning Committee for the Municipal Year 2020/21.']],
    ],
    [
      'a decision, then "It was then further RESOLVED" in the same paragraph: two decisions',
      'The Council RESOLVED unanimously to co-opt Mrs Ash, who having signed the papers was welcomed to the Council. It was then further RESOLVED that Cllr Ash be entitled to speak during this meeting.',
      [
        ['resolution', 'Co-opt Mrs Ash, who having signed the papers was welcomed to the Council.'],
        ['resolution', 'It was then further RESOLVED that Cllr Ash be entitled to speak during this meeting.'],
      ],
    ],
    [
      'the chair who encouraged members to act; a decision record’s "That the Council enters"; a condition; no reply yet',
      'The Chair encouraged the Committee to review these changes and feed back any comments to officers.\n\nThat the Council enters an agreement with central Government to purchase up to 12 homes.\n\nOnce pharmacies were established in supermarkets it would be difficult for smaller ones to stay open.\n\nDrainage board – no response to the request for the dyke to be cleaned.',
      [
        [
          'request',
          'The Chair encouraged the Committee to review these changes and feed back any comments to officers.',
        ],
        ['resolution', 'The Council enters an agreement with central Government to purchase up to 12 homes.'],
      ],
    ],
    [
      'who acts, in initials after the sentence, read with it',
      'The thank you letter was approved. MP will look into the incident where a gate was broken. MP, SD',
      [
        ['resolution', 'The thank you letter was approved.'],
        ['action', 'MP will look into the incident where a gate was broken. MP, SD'],
      ],
    ],
    [
      'who will act after a comma: a councillor by title, and "The Clerk" where a full stop was printed as a comma',
      'New Bus Shelter – has not been repaired yet, Cllr. Ash will have a look at it in the near future.\n\nWard Councillor Birch -Cole said she would take up the issue of signage with the district council, The Clerk will take advice about grant funding for signs.',
      [
        ['action', 'New Bus Shelter – has not been repaired yet, Cllr. Ash will have a look at it in the near future.'],
        ['action', 'Ward Councillor Birch -Cole said she would take up the issue of signage with the district council'],
        ['action', 'The Clerk will take advice about grant funding for signs.'],
      ],
    ],
    [
      'what would follow if something were agreed or adopted, and who a welcomed member is: not decisions',
      'It was acknowledged that if the proposed merger was agreed the new body would not be formed until April.\n\nIf this approach was adopted the work could be undertaken jointly with the Children’s Panel.\n\nThe Chairman welcomed Cllr Ash replacing Cllr Birch on the Committee who was elected as Vice-Chairman at Council.',
      [],
    ],
  ])('%s', readsWhole);

  it('reads minutes printed as an appendix, with who was present and what was resolved, as minutes', () => {
    const { blocks } = extractPlainText(
      'APPENDIX 1\n\nASHBY DISTRICT COUNCIL\n\nMEETING OF THE COUNCIL\n\nTUESDAY, 16TH OCTOBER, 2007 AT 6.30 P.M.\n\nPRESENT: Councillors Ash (Chairman), Birch and Cedar.\n\n189. DISCLOSURE OF INTERESTS\n\nThe Chairman reminded Members that it had been agreed that previous disclosures need not be made again.\n\nRESOLVED: that all disclosures of interest previously made are also to be regarded as disclosures for this meeting.',
    );
    expect(readMeetingHeader(blocks, 'paper.txt').kind).toBe('minutes');
    expect(findOutcomes(blocks, findAgendaItems(blocks, false)).map((o) => o.text)).toEqual([
      'All disclosures of interest previously made are also to be regarded as disclosures for this meeting.',
    ]);
  });

  it('reads numbered headings under the last of a run of numbered lines as that item’s parts', () => {
    const blocks: RawBlock[] = [
      { kind: 'paragraph', text: 'MINUTES OF THE MEETING HELD ON TUESDAY, 6 MARCH 2018', page: null },
      { kind: 'paragraph', text: '121/17. Apologies for Absence.', page: null },
      { kind: 'paragraph', text: 'Apologies were received from Cllr Ash.', page: null },
      { kind: 'paragraph', text: '122/17. Declarations of Interests', page: null },
      { kind: 'paragraph', text: 'None.', page: null },
      { kind: 'paragraph', text: '123/17. Reports of Committee, Members and Clerk', page: null },
      { kind: 'heading', text: '1. Annual Parish Meeting – 15/03/18', page: null },
      { kind: 'paragraph', text: 'It was AGREED that the meeting would be advertised.', page: null },
      { kind: 'heading', text: '3. Website', page: null },
      { kind: 'paragraph', text: 'It was AGREED to keep the present website.', page: null },
    ];
    expect(findAgendaItems(blocks, false).map((i) => i.number)).toEqual(['121/17', '122/17', '123/17']);
  });

  it.each<[string, string, { date: string | null; committee?: string | null }]>([
    [
      'the minutes "from" the last meeting approved at the top of an agenda page: not this meeting’s date',
      'Minutes: The minutes from the meeting held on 14 June 2022 were APPROVED. |\nTreasury Management Outturn To note the report. Supporting documents:',
      { date: null },
    ],
    [
      'a board’s name with its quorum in brackets over an agenda',
      'Fenshire Pension Board\n\n(Quorum 2 – 1 member of each representative group)\n\nDate: Friday, 13 March 2020\n\nVenue: Endeavour House\n\n1. Apologies',
      { date: '2020-03-13', committee: 'Fenshire Pension Board' },
    ],
    [
      'a council meeting’s running number after the council’s name',
      'Ashby Borough Council Council Meeting No 912 – 4th January 2010\n\nTable of Contents\n\n912.1 Condolences',
      { date: '2010-01-04', committee: 'Ashby Borough Council' },
    ],
    [
      'a volume of a year’s minutes: its title is not the body, the committee of the minutes that follow is',
      'VOLUME OF COUNCIL AND COMMITTEE MINUTES\n\nMINUTE of MEETING of the CIVIC LICENSING COMMITTEE held in the Municipal Buildings on Wednesday 12 June 2019 at 9.30 a.m.',
      { date: '2019-06-12', committee: 'Civic Licensing Committee' },
    ],
    [
      'a document site’s date of posting, not the meeting’s',
      '+ All Categories\nHome > Documents > COMMITTEE SHADOW OVERVIEW AND SCRUTINY\n\nCOMMITTEE SHADOW OVERVIEW AND SCRUTINY\n\nDate post: 16-Apr-2022\nCategory:\nUpload: others\n\nSHADOW OVERVIEW AND SCRUTINY COMMITTEE DATE: Tuesday 11 th April 2017 TIME 10.00 am AGENDA 1. Apologies',
      { date: '2017-04-11' },
    ],
    [
      'the day a meeting page was printed, above its title, and an item whose papers are another body’s minutes',
      'Friday, 14 May 2021\n\nCouncil and Democracy\n\nAgenda and minutes\n\nVenue: Committee Room 6, Civic Offices.\n\nItems\nNo. Item\n\nCorporate Parenting Panel - 20 June 2023 pdf icon PDF 4 MB\n\nMinutes:\n\nThe minutes were noted.',
      { date: null },
    ],
    [
      'a decision maker named with the portfolio after a colon',
      'Decision Maker: Leader of the Council: Place\nDecision status: Recommendations Approved\nDate of decision: 24/03/2020',
      { date: '2020-03-24', committee: 'Leader of the Council: Place' },
    ],
    [
      'a meeting page’s body on the line above its date and times (not the page’s "Meeting Summary")',
      'Meeting Details\n\nMeeting Summary\nCouncil\n28 Mar 2024 - 16:00 to 20:00\nOccurred\n\nAgenda Items\n1 Declarations of Interest',
      { date: '2024-03-28', committee: 'Council' },
    ],
    [
      'the body’s decision sheet as the title',
      'Cabinet Decision Sheet - Fenshire County Council\n\nAgenda Item No: 10(e)\nCabinet Decision Statement for meeting held on Tuesday 14 June 2016',
      { date: '2016-06-14', committee: 'Cabinet' },
    ],
    [
      'minutes stamped "AGENDA ITEM" for a later meeting, the body after its place in that pack',
      'AGENDA ITEM\n\n2.1 NORTH AREA BOARD\n\n11 th June 2013 at 8.00 p.m.\n\nPRESENT: Councillor Ash (Chair), Councillors Birch and Cedar\n\n19. APOLOGY FOR ABSENCE\n\nAn apology was received.',
      { date: '2013-06-11', committee: 'North Area Board' },
    ],
    [
      'minutes of a named committee’s meeting of a council, after the council’s letterhead: the committee',
      'ASHBY, FEN & DALE DISTRICT COUNCIL Minutes of the Planning Committee Meeting of Ashby, Fen and Dale District Council held on Wednesday 11 October 2017 at 10.00 am in the Boardroom',
      { date: '2017-10-11', committee: 'Planning Committee' },
    ],
  ])('%s', (_shape, text, expected) => {
    expect(header(text)).toMatchObject(expected);
  });
});

describe('shapes met on real pages in the fifteenth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'what had happened since a plan was adopted: background, not a decision',
      'Since that plan was adopted much had changed and the councils had taken the opportunity to review the challenges ahead.',
      [],
    ],
    [
      'a body’s name over its numbered parts, one saying what it considered and then what it recommended',
      'The Joint Strategic Committee\n\n1.    considered the draft Plan and recommended its approval to both Councils as a core strategic document; and\n\n2.    noted the report.',
      [
        [
          'resolution',
          'Considered the draft Plan and recommended its approval to both Councils as a core strategic document',
        ],
        ['resolution', 'Noted the report.'],
      ],
    ],
    [
      'another body’s decision to send the matter to this committee: how it came here, not a decision of this meeting',
      'The Council agreed to refer the issue to this Committee and Cllr Ash has been invited to the meeting to present the Motion.',
      [],
    ],
    [
      'a proposal after what led to it, then its seconder and the vote',
      'After Members considered the details submitted, Cllr Ash PROPOSED that a grant of £350 is awarded for the purchase of a banner.  SECONDED by Cllr Birch; the vote was unanimous.',
      [
        [
          'resolution',
          'After Members considered the details submitted, Cllr Ash PROPOSED that a grant of £350 is awarded for the purchase of a banner.',
        ],
      ],
    ],
    [
      'a councillor asked, after a vote, to act as vice-chair for the meeting',
      'She invited members to confirm their support for this, and following a vote Cllr Ash was duly asked to act as Vice Chair for the meeting.',
      [
        [
          'resolution',
          'She invited members to confirm their support for this, and following a vote Cllr Ash was duly asked to act as Vice Chair for the meeting.',
        ],
      ],
    ],
    [
      'an action for two roles held by one officer, and the chair’s own words quoted ("I will continue …")',
      'ACTION Town Clerk/Financial Officer to send a letter to the resident setting out the Council’s contribution.\n\n"In the coming year I will continue to pursue a positive future for the Council and our community."',
      [
        [
          'action',
          'ACTION Town Clerk/Financial Officer to send a letter to the resident setting out the Council’s contribution.',
        ],
      ],
    ],
    [
      'a partnership’s "ACTION LOG" heading under the meeting’s date: a heading, not an action',
      'ASHBY COMMUNITY PARTNERSHIP MEETING\n\n10 MAY 2017\n\nACTION LOG\n\nAttendees:\n\nFraser Ash (FA) – Chair',
      [],
    ],
    [
      'the reasons for a decision under "REASONS RESOLVED:": the decision only',
      'RESOLVED: That the report be noted.\n\nREASONS RESOLVED:\n\n·         The Audit and Governance Committee is required to review the risk register.',
      [['resolution', 'The report be noted.']],
    ],
    [
      'a resolution’s lead-in saying from when, over its lettered parts: the parts are the decisions',
      'Resolved:\n\nThat with effect from 1 April 2016:\n\n(a) the Pension Fund continues to invest its cash balances with the County Council;\n\n(b) interest be paid quarterly to the Pension Fund.',
      [
        ['resolution', 'The Pension Fund continues to invest its cash balances with the County Council'],
        ['resolution', 'Interest be paid quarterly to the Pension Fund.'],
      ],
    ],
    [
      'a decision after a sentence that ends in initials ("… Fenshire C.C. All agreed that …")',
      'Her role will be to liaise between town and community councils and Fenshire C.C. All agreed that Ann Ash be invited to a meeting in the Autumn.',
      [['follow-up', 'Ann Ash be invited to a meeting in the Autumn.']],
    ],
    [
      'people named by first name alone who are to act, were to act, or will try to',
      'Matt to draw a basic proposal together.\n\nMatt was to contact the Police to see what their plans are for the station.\n\nKen will try to get the bulk of the questionnaires to the printers.\n\nSharon will maintain the accounts in the interim.\n\nUnable to contact the contractor.',
      [
        ['action', 'Matt to draw a basic proposal together.'],
        ['action', 'Matt was to contact the Police to see what their plans are for the station.'],
        ['action', 'Ken will try to get the bulk of the questionnaires to the printers.'],
        ['action', 'Sharon will maintain the accounts in the interim.'],
      ],
    ],
    [
      'appointments "made as follows" over lettered parts, each a body and who was appointed to it',
      'Appointment of Parish Representatives\n\n20/55  Appointments were made as follows:\n\n(a) Staffing Committee:  The Chairman and Cllrs Ash and Birch.\n(b)  Appeals Committee: Cllrs Cedar, Dale and Elm.',
      [
        ['resolution', 'Staffing Committee: The Chairman and Cllrs Ash and Birch.'],
        ['resolution', 'Appeals Committee: Cllrs Cedar, Dale and Elm.'],
      ],
    ],
    [
      'an action, then what follows from it ("It will then …"), then whose it is: the action once',
      'Councillor Ann Ash will produce a copy and circulate it to the PC for approval. It will then go out with the village newsletter in the New year. It will also be delivered to new residents. Action AA.',
      [['action', 'Councillor Ann Ash will produce a copy and circulate it to the PC for approval.']],
    ],
    [
      'an agenda’s standing words on dispensations, and a decision dated on an earlier day',
      'The Town Clerk to receive written requests for dispensations prior to the start of the meeting for consideration.\n\nIn accordance with statutory regulations, on the 8th May 2017, Members approved a 6 month period of absence.',
      [],
    ],
    [
      'what the clerk said, with a "not" in it, then a dash and the clerk’s action',
      'Clerk advised that the tip would not accept shredded paper – Clerk to ask the borough council for advice on alternatives to roadside collection.',
      [['action', 'Clerk to ask the borough council for advice on alternatives to roadside collection.']],
    ],
    [
      '"Action:" run on after a full stop, then an action for everyone',
      'TC suggested that everyone on the forum became expert in the new local plan.Action: LCL to contact Astrid to ask about funding. All to read and become confident in the new local plan core policy 35.',
      [
        ['action', 'LCL to contact Astrid to ask about funding.'],
        ['action', 'All to read and become confident in the new local plan core policy 35.'],
      ],
    ],
    [
      'a task on a line of its own, then "Action" and the initials in capitals on the next',
      'It was agreed to postpone the AGM for one month.\nBook the hall for the AGM on the evening of January 19th 2023\nAction DC',
      [
        ['follow-up', 'Postpone the AGM for one month.'],
        ['action', 'Book the hall for the AGM on the evening of January 19th 2023 Action DC'],
      ],
    ],
    [
      'initials printed twice where a column was doubled, and a first name to finalise something under "ACTION"',
      'MTMT to chase if no reply in a week.\n\nACTION\nChris to finalise details of the bank\naccount.',
      [
        ['action', 'MTMT to chase if no reply in a week.'],
        ['action', 'Chris to finalise details of the bank account.'],
      ],
    ],
    [
      'a councillor who had said in writing he was willing to carry on as chair: not the election',
      'Although he could not attend the meeting, Cllr Ash had indicated in writing that he was willing to continue as Chairman and was the only councillor nominated.',
      [],
    ],
    [
      'two decisions told in narrative, the second "It was also resolved that …": two decisions, each in its own words',
      'It was resolved that the charge be paid. It was also resolved that the bank be asked to explain the increase.',
      [
        ['resolution', 'It was resolved that the charge be paid.'],
        ['resolution', 'It was also resolved that the bank be asked to explain the increase.'],
      ],
    ],
    [
      'a lettered list of appointments that runs past "(h)": "(i)" is the next letter, not a roman part of "(h)"',
      'Appointments were made as follows:\n\n(g) Tree Warden: Mr Ash.\n(h) Flood Group Liaison: Cllr Birch.\n(i) Footpaths Officer: Mr Cedar.',
      [
        ['resolution', 'Tree Warden: Mr Ash.'],
        ['resolution', 'Flood Group Liaison: Cllr Birch.'],
        ['resolution', 'Footpaths Officer: Mr Cedar.'],
      ],
    ],
    [
      'history, a purpose and a need: when a body was set up, fees set to allow services to be provided, returns needing to be made',
      'The partnership was established in 2001 and works with councils across the region.\n\nThe District Council sets a number of fees and charges each year to allow a range of services to be provided.\n\nReturns needing to be made before the next tranche of funds is approved and released.',
      [],
    ],
  ])('%s', readsWhole);

  it.each<[string, string, { date?: string | null; committee?: string | null }]>([
    [
      'a web page’s trail of pages on the line above its title: not part of the title',
      'Home > Council and Democracy > Agenda and minutes\nHousing Scrutiny Committee - Thursday, 16th January, 2020 5.30 pm\nVenue: Committee Rooms 1 & 2, The Guildhall',
      { date: '2020-01-16', committee: 'Housing Scrutiny Committee' },
    ],
    [
      'an officer report’s "Report to:" field under the council’s name',
      'FENSHIRE COUNTY COUNCIL\n\nReport to:            Place Overview and Scrutiny Committee\n\nDate of meeting:      9 July 2024\n\nReport of:            Executive Director for Place',
      { committee: 'Place Overview and Scrutiny Committee' },
    ],
    [
      'a community council that "met on" a day',
      'Ashby Fen Community Council met on Thursday 11 July 2019 at 7.30 pm in the Meeting Room. Present: Cllrs Ash, Birch and Cedar.',
      { committee: 'Ashby Fen Community Council' },
    ],
    [
      'an item page approving the body’s own minutes "of" a date',
      'Agenda item\n\nMinutes\n\nMinutes of the Health Scrutiny Committee meeting of 14 June 2017, for approval (copy attached).\n\nMinutes:\n\n13.1 The minutes were agreed.',
      { committee: 'Health Scrutiny Committee' },
    ],
    [
      'a resolution’s lead-in naming the body that resolves',
      'Agenda item\n\nCommittee Work Plan\n\nThat the Overview and Scrutiny Committee resolves to:\n\n1) Agree to hold an extra meeting on the budget.',
      { committee: 'Overview and Scrutiny Committee' },
    ],
    [
      'the body’s name, then the date on the next line, over an item page',
      'Item 12\n\nAshby Moors National Park Authority\n\n2 October 2017\n\nOn the Record\n\n1. Annual meeting of the national parks',
      { date: '2017-10-02', committee: 'Ashby Moors National Park Authority' },
    ],
    [
      'a page that says it is "a meeting of" a panel of the council',
      'This is a meeting of the Policy and Performance Scrutiny Panel of Ashby Borough Council held on the 17th Oct 2024.\nItem | Title | Minutes |',
      { committee: 'Policy and Performance Scrutiny Panel' },
    ],
    [
      'a committee whose name has its part in brackets, then "Minutes"',
      'Link to homepage\n\nOverview & Scrutiny Committee (Communities and Services) Minutes\n\nDate: Tuesday 28 June 2022',
      { committee: 'Overview and Scrutiny Committee (Communities and Services)' },
    ],
    [
      '"Agenda -" and the committee under the town council’s letterhead',
      'Ashby Town Council\n\nThe Shambles, Crown Square, Ashby\n\nAgenda - Play Areas Committee\n\n1. To receive apologies for absence.',
      { committee: 'Play Areas Committee' },
    ],
    [
      'a news page’s board of a combined authority that "has today" agreed',
      'The Leadership Board of the Ashby Combined Authority has today (March 24) agreed the following recommendations to:\n\n(1) Note the content of the report',
      { committee: 'Leadership Board' },
    ],
    [
      'a committee of an authority, after the item number it has in a later pack',
      'Item 2 National Park Authority Planning Committee\n\nPublic Minutes of the meeting held at The Old Vicarage on Thursday 16 April 2015.',
      { committee: 'Planning Committee' },
    ],
    [
      '"Minutes of proceedings of a" committee "MEETING of the Council", in capitals',
      'DISTRICT COUNCIL\n\nMinutes of proceedings of a POLICY RESOURCES & SERVICES COMMITTEE MEETING of the Council held in the Council Chamber on Tuesday 25 November 2014.',
      { date: '2014-11-25', committee: 'Policy Resources and Services Committee' },
    ],
    [
      'a "Minutes of Meeting of:" field',
      'Minutes of Meeting of: Council\n\nDate and Time: Thursday 28 July 2016 at 7.03 pm',
      { date: '2016-07-28', committee: 'Council' },
    ],
    [
      'minutes of "an Annual Council meeting" under the town council’s name: the town council',
      'Ashby Town Council\n\nMinutes of an Annual Council meeting held on 14 May 2015 at 7.30pm in the Council Chamber.',
      { date: '2015-05-14', committee: 'Ashby Town Council' },
    ],
    [
      'a meeting of the cabinet "of" its council, on an aggregator’s page',
      'This is a meeting of the Cabinet of Ashby Borough Council held on the 4th Jan 2024.\nThe last meeting was on 3rd Apr 2025.',
      { committee: 'Cabinet' },
    ],
    [
      'a notice summoning councillors to "attend the next meeting of" the parish council "to be held"',
      'NOTICE OF MEETING Parish Councillors are duly required to attend the next meeting of Ashby Parish Council to be held at the Village Hall on TUESDAY 12th November at 7.30pm',
      { committee: 'Ashby Parish Council' },
    ],
    [
      'a "Notes of:" field naming the forum and the places it covers',
      'Notes of: AREA FORUM (including Ashby and Fenton)\n\nVenue: Ashby Primary School\n\nDate of Meeting: 14th June 2006',
      { date: '2006-06-14', committee: 'Area Forum' },
    ],
    [
      'the chair welcoming all participants to the first meeting of a panel',
      'Note 01/20\n\nWelcome and Introductions\n\nMHW welcomed all participants to the first meeting of the Partnership Panel.',
      { committee: 'Partnership Panel' },
    ],
    [
      'a community council’s name, "agenda" and the date as the page’s title',
      'Ashby Community Council agenda, 14 December 2023\n\n[agenda]\n\nNOTICE IS HEREBY GIVEN that a meeting of ASHBY COMMUNITY COUNCIL will be held at the Hall.',
      { date: '2023-12-14', committee: 'Ashby Community Council' },
    ],
    [
      'nominations invited for the chair of a named board',
      'Agenda and minutes\n\n1.\n\nElection of Chair\n\nMinutes:\n\nThe Vice-Chair noted that Councillor Ash had stepped down and therefore would invite nominations for Chair of the Health and Wellbeing Board.',
      { committee: 'Health and Wellbeing Board' },
    ],
    [
      'the day and the month glued to their neighbours in a printed title',
      'ASHBY PARISH COUNCIL\n\nMINUTES OF THE PARISH COUNCIL MEETING HELD IN THE COUNCIL CHAMBERS ON FRIDAY19TH JUNE 2015 AT 6.30 PM\n\nPRESENT Councillor Ash (in the Chair)',
      { date: '2015-06-19' },
    ],
    [
      'an item page whose first lettered line is another committee’s minutes received: not this meeting’s date',
      'Minutes:\na. Extraordinary Policy and Finance held on 31st October 2023;\nIt was RESOLVED to note the minutes and consider the following recommendation.',
      { date: null },
    ],
    [
      'a committee’s name with the meeting’s date in brackets after it',
      'Planning and Development Committee (15/12/14)\n\nPresent: Cllrs Ash, Birch and Cedar',
      { committee: 'Planning and Development Committee' },
    ],
    [
      'a web agenda whose items’ notes give other events’ dates (a carol concert, a dinner): the page prints no date of its own',
      "Meeting Documents\n\n1 . Apologies\n\n  • To receive apologies for absence.\n\n2 . Minutes\n\n  • To confirm the minutes of the meeting held on 18 October 2018.\n\n5.1 . Chairman's Carol Concert\n\n  • The chairman to remind members that she will be holding a Carol Concert at the Baptist Church at 6pm on Wednesday, 12 December 2018.\n\n5.2 . Charity Dinner\n\n  • The chairman to confirm that the Charity Dinner will be held on Friday, 1 March 2019 at 7pm.",
      { date: null },
    ],
  ])('%s', (_shape, text, expected) => {
    expect(header(text)).toMatchObject(expected);
  });
});

describe('shapes met on real pages in the sixteenth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a nomination for the body’s own chair is not a decision; the election that follows is',
      'Councillor Ann Ash was nominated as Chair of the Committee. There were no other nominations.\n\nRESOLVED – That Councillor Ann Ash be elected as Chair of the Joint Committee for 2024-25.',
      [['resolution', 'Councillor Ann Ash be elected as Chair of the Joint Committee for 2024-25.']],
    ],
    [
      'members asked to consider whether they had any interests to declare',
      'Members were asked to consider whether they had any disclosable pecuniary interests in connection with any item on the agenda.',
      [],
    ],
    [
      'a reason before the body that agreed, with no comma',
      'As Councillor Birch was unable to attend the meeting the Committee agreed that Councillor Cedar would take the Chair.',
      [
        [
          'resolution',
          'As Councillor Birch was unable to attend the meeting the Committee agreed that Councillor Cedar would take the Chair.',
        ],
      ],
    ],
    [
      'a decision page’s "Recommended to Full Council" over what it recommends',
      'The Portfolio Holder presented a report seeking support to recommend the plan to Council.\n\nRecommended to Full Council\n\nThat the Play Strategy 2024-27 be adopted.',
      [['recommendation', 'The Play Strategy 2024-27 be adopted.']],
    ],
    [
      '"ORDERED that the Mayor:" over a number alone on its line and the verb in capitals below it',
      'Decision:\n\nORDERED that the Mayor:\n\n1.\n\nAPPROVES the revised Equality Impact Policy.\n\nLead officer: Ann Ash',
      [['resolution', 'APPROVES the revised Equality Impact Policy.']],
    ],
    [
      'a lead-in whose first part runs on after "to:-", the next parts below it, then the next heading',
      'It was RESOLVED upon a recommendation from the working group to:- Put the draft budget to the Town Council with an amendment for the Christmas lights.\n- Propose to Town Council that a further £5,000 be set aside from General Reserves.\n- Next Meeting\nIt was noted that the next meeting would take place on 2 March.',
      [
        [
          'resolution',
          'Upon a recommendation from the working group to:- Put the draft budget to the Town Council with an amendment for the Christmas lights.',
        ],
        ['resolution', 'Propose to Town Council that a further £5,000 be set aside from General Reserves.'],
      ],
    ],
    [
      'something to be arranged after a long subject; sites selected; an agreement told as a noun after who agreed',
      'A date for a further session to follow up the actions proposed at the recycling workshops held late in 2010 would be arranged shortly.\n\nFollowing discussions with the partnership, 11 sites were selected for further investigation.\n\nAll – agreement to continue meeting in the hall and to offer a video link to those who cannot attend.',
      [
        [
          'action',
          'A date for a further session to follow up the actions proposed at the recycling workshops held late in 2010 would be arranged shortly.',
        ],
        ['resolution', 'Following discussions with the partnership, 11 sites were selected for further investigation.'],
        [
          'resolution',
          'All – agreement to continue meeting in the hall and to offer a video link to those who cannot attend.',
        ],
      ],
    ],
  ])('%s', readsWhole);

  it.each<[string, string, string | null]>([
    [
      'a meeting told of as past, "that, at the … meeting held on", and what had been considered then: no date of its own',
      'Minutes:\n\nThe Chairman outlined that, at the Panel meeting held on 4 February 2026, the Commissioner had presented a proposed precept. The Commissioner had considered the comments raised by the Panel at the meeting on 4 February 2026.',
      null,
    ],
    [
      'an item page’s title for the last meeting’s minutes, run into its "Minutes:" field: not this meeting’s date',
      'Welcome and apologies Minutes: The Chair welcomed everyone to the meeting.\n\nMinutes of the meeting of the Committee held on 24 July 2023 Minutes: The Minutes of the Joint Transport Committee meeting held on 24 July 2023 were taken as read and confirmed by the Chair as a correct record.',
      null,
    ],
  ])('%s', (_shape, text, date) => {
    expect(readMeetingHeader(extractPlainText(text).blocks, 'paper.txt').date).toBe(date);
  });

  it('an agenda laid out as a table with its column headings is an agenda, whatever its items ask members to do', () => {
    const text =
      'Date:\n\nWednesday, 10 October, 2018\n\nItem no. Agenda Item Details Status\n01 Apologies for Absence\n02 Minutes\n\nMembers are asked to agree the minutes of the meeting held on 20 June 2018.\n03 Budget Monitoring\n\nMembers are asked to note the report.\n04 Pension Discretions\n\nMembers are asked to approve the policy.';
    expect(readMeetingHeader(extractPlainText(text).blocks, 'paper.txt').kind).toBe('agenda');
  });
});

describe('shapes met on real pages in the seventeenth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a word that links a sentence to the one before, before who acts',
      'The briefing had been postponed. Consequently officers agreed to give consideration to whether a meeting could be arranged before March.\n\nThe Pledge was being reviewed. Likewise, Officers would review the Care Leavers Strategy and report back to this Committee.',
      [
        ['action', 'Officers to give consideration to whether a meeting could be arranged before March.'],
        ['action', 'Likewise, Officers would review the Care Leavers Strategy and report back to this Committee.'],
      ],
    ],
    [
      'a motion, then who proposed and seconded it by initials on the line below, then "Agreed."',
      '5. Clerk’s Report: It was moved to note the report.\n(P) AA (S) BB. Agreed.\n6. Public Participation: There were no questions.',
      [['resolution', 'It was moved to note the report.']],
    ],
    [
      'RESOLUTION in capitals on a line of its own, over what was resolved',
      'Members were in favour of the acquisition.\n\nBy a majority vote\n\nRESOLUTION\n\nThat the recommendation set out in paragraph 2.1 of the report be approved.',
      [['resolution', 'The recommendation set out in paragraph 2.1 of the report be approved.']],
    ],
    [
      'an agenda’s "To Approve" as an item’s line, over the minute that says what was decided',
      '94: To Approve & Sign the Minutes of Meeting 39, dated 6 July:\n\nThe minutes were agreed and signed as a correct record. Proposed: Ann Ash. Seconded: Ben Birch.\n\n96: Matters Arising:\nThe Clerk was asked to write to the playground company.',
      [
        [
          'resolution',
          'The minutes were agreed and signed as a correct record. Proposed: Ann Ash. Seconded: Ben Birch.',
        ],
        ['action', 'The Clerk was asked to write to the playground company.'],
      ],
    ],
    [
      'an agenda’s account of who will present the item is not an action; a report promised to the next meeting is',
      'The Assistant Director will present an overview of Sports and Leisure.\n\nThe Director will present a report on parking to the next meeting.',
      [['action', 'The Director will present a report on parking to the next meeting.']],
    ],
    [
      'an asterisk between words, as a bullet, starts the next sentence',
      'It was agreed to accept that a misunderstanding had occurred * Cllr Ash agreed to supply a written report in future for attachment to the minutes',
      [
        ['follow-up', 'Accept that a misunderstanding had occurred'],
        ['action', 'Cllr Ash to supply a written report in future for attachment to the minutes'],
      ],
    ],
    [
      'a decision notice’s reasons and rejected options, with "(s)" and capitals, are not what was decided',
      'Decision:\n(a) Decision(s)\n(1) That Council be recommended to approve the draft Local Plan for consultation.\n(b) Reason(s) for Decision(s)\nTo facilitate the delivery of a Local Plan.\n(c) Alternative Option(s) Considered\nThe report summarised all the evidence gathered.\n(d) Relevant Scrutiny Committee\nThe Local Plan Scrutiny Committee considered the report and its comments were approved.',
      [['resolution', 'Council be recommended to approve the draft Local Plan for consultation.']],
    ],
    [
      'a reduction told as the cause of the options considered, after "Due to": not a decision',
      'Due to demand, the grant to the Council was reduced to 120 homes.',
      [],
    ],
    [
      'the chair admitting urgent business, over the items: not outcomes',
      'The Chairman agreed to take two items of urgent business as follows:\n\na) Update on the Planning Protocol - to enable the Committee to receive an update; and\n\nb) The Standards Committee Regulations 2009 – Additional agenda item 10 as published.',
      [],
    ],
    [
      'a question whether a report would come to a later meeting is not a promise of one',
      'Some parishes had begun a Neighbourhood Plan. It was asked whether a report would be presented at a future meeting in order to allow the Council to reconsider this matter.',
      [],
    ],
    [
      '"It was agreed in future" with no "that"; something that will be looked into',
      'Allowances for Councillors. It was agreed in future an annual sum would be available to Councillors to cover incidental expenses.\n\nThe issue will be looked into and fed back at the next meeting.',
      [
        ['follow-up', 'An annual sum would be available to Councillors to cover incidental expenses.'],
        ['action', 'The issue will be looked into and fed back at the next meeting.'],
      ],
    ],
    [
      'a numbered action with a decimal number; "the following people were nominated" over who holds each office',
      'Item 1: JC asked for nominations for the roles, and the following people were nominated and seconded:\n\nChair – Ann Morris\n\nItem 2: JC provided the constitution for signature.\n\nAction 1.1: review documents and sign, provide to JC by the next meeting',
      [
        ['resolution', 'Chair – Ann Morris'],
        ['action', 'Review documents and sign, provide to JC by the next meeting'],
      ],
    ],
    [
      '"Action items" as a heading over actions with the initials of who acts; a question whether something is to be done',
      'Action items\n  • Investigate the loose aerial cable at Mill Court (EM) – already in hand\n  • Put up posters for all 2017 TRA meetings (LE)\n\nNotes\n\nGrounds Maintenance have highlighted shrubs growing into the playground. They would like to know whether residents would prefer these shrubs to be removed.',
      [
        ['action', 'Investigate the loose aerial cable at Mill Court (EM) – already in hand'],
        ['action', 'Put up posters for all 2017 TRA meetings (LE)'],
      ],
    ],
    [
      'an action’s label whose words wrap onto the next line',
      '3. Minutes of the Previous Meeting\nIt was resolved to approve the minutes of the meeting held on 9th January 2025 as an accurate record.\nAP: Clerk to update website\naccordingly.\n4. Action Tracker',
      [
        [
          'resolution',
          'It was resolved to approve the minutes of the meeting held on 9th January 2025 as an accurate record.',
        ],
        ['action', 'AP: Clerk to update website accordingly.'],
      ],
    ],
    [
      'a purpose before what was agreed; work that will be checked or is to be undertaken; what was discussed is not an action',
      'To address any outstanding queries about the draft plan, it was agreed to hold a further drop-in session.\n\nThe gutters are leaking. This will be checked and quotes obtained.\n\nAn inventory is to be undertaken of the hall’s furniture.\n\nThe area to be included in the lease was discussed.',
      [
        ['follow-up', 'Hold a further drop-in session.'],
        ['action', 'The gutters are leaking. This will be checked and quotes obtained.'],
        ['action', 'An inventory is to be undertaken of the hall’s furniture.'],
      ],
    ],
    [
      'a minute’s reference is no one who acts; what was reported, then the action the clerk was asked to take',
      'Min 16 (Min 11)- Mud on the lane- The Clerk advised the meeting that the Highways Department had checked the road and have agreed to monitor the situation.\n\nIt was reported that the valuation of the field would not affect insurance premiums, and the Clerk was asked to contact the District Valuer to arrange an up to date valuation.',
      [['action', 'The Clerk was asked to contact the District Valuer to arrange an up to date valuation.']],
    ],
    [
      'a planning response that does not name its application, told with the application’s lines; a decision after a colon',
      'Application Number: 2017/1015/FUL\n\nProposal: Two storey side extension to the nursery.\n\nLocation: Little Acorns Nursery, Station Road. It was resolved that the Parish Council make no objection.\n\nApplication Number: LCC/2017/0080\n\nProposal: Erection of a single storey office building.\n\nLocation: Unit 4, Mill Lane: It was resolved that the Parish Council make no objection.',
      [
        [
          'resolution',
          'Application Number: 2017/1015/FUL Proposal: Two storey side extension to the nursery. Location: Little Acorns Nursery, Station Road. It was resolved that the Parish Council make no objection.',
        ],
        [
          'resolution',
          'Application Number: LCC/2017/0080 Proposal: Erection of a single storey office building. Location: Unit 4, Mill Lane: It was resolved that the Parish Council make no objection.',
        ],
      ],
    ],
    [
      'a table’s headings "MINUTE ITEM ACTION NO." are no action; a clerk’s action spliced into notes with commas',
      'MINUTE ITEM ACTION NO. 19 Apologies for Absence\n\nMrs Birch showed the plans and said they were a new committee and did not know of any agreement, clerk to send out a copy, Parish Council had no problem with the plans.',
      [
        ['action', 'Clerk to send out a copy'],
        ['resolution', 'Parish Council had no problem with the plans.'],
      ],
    ],
    [
      'a body that recommends, after how it was reached with no comma',
      'Councillors visited the site. After discussion the Council unanimously recommended refusal for the following reasons: the screening policy is not met.',
      [
        [
          'recommendation',
          'After discussion the Council unanimously recommended refusal for the following reasons: the screening policy is not met.',
        ],
      ],
    ],
    [
      'an owner’s line under a paragraph: the sentence that names who is to act, not the last one',
      'Pavilion – Clerk reported that there had been an attempted break-in. It was suggested that the Clerk contact the Police again and ask for the crime reference. Cllr Cole also reported that stones had been removed from the wall.\nAction Clerk',
      [['action', 'It was suggested that the Clerk contact the Police again and ask for the crime reference.']],
    ],
    [
      'a declaration, then "RESOLVED that this be noted": told with what "this" is',
      '04/19/03 Mr B Birch declared an interest in the works at Fen Mill. RESOLVED that this be noted.',
      [['resolution', '04/19/03 Mr B Birch declared an interest in the works at Fen Mill. This be noted.']],
    ],
    [
      'a long reason before the body that approved; nothing received, but something clarified',
      'In response to increasing demand to use the common land for semi-organised activities, the Board of Conservators approved in principle the Access Decision Framework.\n\nNo questions were received but it was clarified that co-option would be added to the agenda for the 19th June 2017.',
      [
        [
          'resolution',
          'In response to increasing demand to use the common land for semi-organised activities, the Board of Conservators approved in principle the Access Decision Framework.',
        ],
        ['work-programme', 'It was clarified that co-option would be added to the agenda for the 19th June 2017.'],
      ],
    ],
    [
      'applications the planning authority decided, reported: not this meeting’s decisions; a description with a semicolon',
      '166. Consideration of Planning Applications\n\n• 24/01234/FULLS – Rose Cottage – remove the rear extension and balcony; new side door access – support\n\n167. Report on Recent Planning Applications\n\n• 24/01240/TREES – 3 Mill Lane – fell one Birch – support. Permitted.',
      [
        [
          'resolution',
          '24/01234/FULLS – Rose Cottage – remove the rear extension and balcony; new side door access – support',
        ],
      ],
    ],
    [
      'a proposal, who proposed and seconded it, then "The proposal was accepted unanimously."',
      'Subject to this amendment, it was proposed that the minutes be approved and signed by the Mayor.\n\nProposed: Cllr G Ash Seconded: Cllr E Birch\n\nThe proposal was accepted unanimously.',
      [
        [
          'resolution',
          'Subject to this amendment, it was proposed that the minutes be approved and signed by the Mayor. Proposed: Cllr G Ash Seconded: Cllr E Birch The proposal was accepted unanimously.',
        ],
      ],
    ],
    [
      'a part’s marker glued to its title with no bracket before it; an objection "as follows" over its grounds',
      'Action: Deputy Chair\n\nvii)Publicity: The Deputy Chair circulated a draft article about the Friends.\n\nLocation: The Old Bakery, Mill Place: It was resolved that the objection be made as follows:\n\n1. Concern was expressed regarding parking provision in this area.\n\n2. The plans show potential for 24 covers.',
      [['resolution', 'Location: The Old Bakery, Mill Place: It was resolved that the objection be made as follows:']],
    ],
    [
      'a body named with what it is for; a decision of an earlier meeting told again; a resident named with their street',
      'Item 2\n\nThe Joint Committee for Strategic Planning agreed to a further six week consultation.\n\nAt the meeting on the 31st October £250.00 was awarded to the Sailing Club, leaving £1,100.00 unallocated.\n\nAnn Ash, Mill Road, requested that the Council call an open meeting about parking.',
      [['resolution', 'The Joint Committee for Strategic Planning agreed to a further six week consultation.']],
    ],
    [
      'members who noted updates (not "noted that the update …"); "Action Point 1" over its action; practical things named people are to do',
      'Members noted updates to the Action Log. Members noted that the update had suggested a delay.\n\nAction Point 1\nPapers to be issued to attendees.\nOwner: Cai Cole\n\nThe raffle needs prizes. Dan Dale to put a message on the village forum. Ben to create wording for the petition and to forward it to Cai.',
      [
        ['resolution', 'Members noted updates to the Action Log.'],
        ['action', 'Papers to be issued to attendees.'],
        ['action', 'Dan Dale to put a message on the village forum.'],
        ['action', 'Ben to create wording for the petition and to forward it to Cai.'],
      ],
    ],
    [
      'an application’s reference printed as a sentence of its own, with its site, over a bare response',
      'Planning\n\n08/01234/FUL. Mill Farm. No objections.',
      [['resolution', '08/01234/FUL. Mill Farm. No objections.']],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the eighteenth session (read blind first, then taught)', () => {
  it('gives an action sheet’s row to whom its last cell names', () => {
    const { blocks } = extractPlainText(
      'Action Sheet\n\n1. / Circulate the revised terms of reference / Owen\n2. / Book the hall for March. / Nia/Dai',
    );
    expect(findOutcomes(blocks, findAgendaItems(blocks, false)).map((o) => [o.text, o.owner])).toEqual([
      ['Circulate the revised terms of reference', 'Owen'],
      ['Book the hall for March.', 'Nia/Dai'],
    ]);
  });
  it.each<[string, string, [string, string][]]>([
    [
      'an action sheet of numbered rows, its cells set apart by slashes, one row wrapped onto a line of its own',
      'Action Sheet\n\n1. / Nia to draft a training outline for volunteers\nNB: members will be asked for their views once it is drafted. / Nia\n2. / Circulate the revised terms of reference / Owen\n3. / Owen to book the hall for the next meeting. / Owen',
      [
        ['action', 'Nia to draft a training outline for volunteers'],
        ['action', 'Circulate the revised terms of reference'],
        ['action', 'Owen to book the hall for the next meeting.'],
      ],
    ],
    [
      'a commissioner’s list of decisions: approved, awarded and noted',
      'Decision Ref: 2024-07\nFunding for the Youth Diversion Scheme\nThe Commissioner has approved the use of the Community Safety Fund for the scheme.\nDate of Decision:\n12th March 2024\nDecision Ref: 2024-08\nThe PCC has awarded grants totalling £41,500 to nine groups.\nThe Commissioner has noted the quarterly budget report.',
      [
        ['resolution', 'The Commissioner has approved the use of the Community Safety Fund for the scheme.'],
        ['resolution', 'The PCC has awarded grants totalling £41,500 to nine groups.'],
        ['resolution', 'The Commissioner has noted the quarterly budget report.'],
      ],
    ],
    [
      'who decided, over what: "has taken the decision to:"',
      'The Police and Crime Commissioner has taken the decision to:\n\nJointly with the Chief Constable, run a pilot scheme of sponsored patrols in three market towns.',
      [
        [
          'resolution',
          'Jointly with the Chief Constable, run a pilot scheme of sponsored patrols in three market towns.',
        ],
      ],
    ],
    [
      'a body named by its initials that approved; a long "With reference to …," before the body that NOTED',
      '4. Performance\n\nMinutes:\n\nJCB noted and approved the report.\n\n5. Depot\n\nWith reference to the concerns raised at the last meeting about the state of the depot roof, the Board NOTED that the surveyor had been instructed.',
      [
        ['resolution', 'JCB noted and approved the report.'],
        [
          'resolution',
          'With reference to the concerns raised at the last meeting about the state of the depot roof, the Board NOTED that the surveyor had been instructed.',
        ],
      ],
    ],
    [
      'he is also to ask; someone looking into something; councillors asked to act themselves; what the mayor informed members he would do',
      '6. Roads\n\nClerk to contact the highways team. He is also to ask about a speed sign on Mill Road. The Chair is looking into a volunteer speed watch team.\n\nCouncillors were also asked to send their own apologies to the clerk by email.\n\nThe Mayor informed members that he would be forwarding a letter of congratulation to the school.',
      [
        ['action', 'Clerk to contact the highways team.'],
        ['action', 'He is also to ask about a speed sign on Mill Road.'],
        ['action', 'The Chair is looking into a volunteer speed watch team.'],
        ['action', 'Councillors were also asked to send their own apologies to the clerk by email.'],
        ['action', 'The Mayor informed members that he would be forwarding a letter of congratulation to the school.'],
      ],
    ],
    [
      'a role filled in a note’s few words; someone named in full who will act; "Action-" run on after a sentence',
      '3. Officers\n\nVice-chair appointed; Ann Ash nominated by Ben Birch, seconded by Cai Cole.\n\nDewi Morgan will sort out the laptops for the new officers.\n\nChair- Cllr Ash suggested a second representative be found Action- RS to write to the county council to ask for another member.',
      [
        ['resolution', 'Vice-chair appointed; Ann Ash nominated by Ben Birch, seconded by Cai Cole.'],
        ['action', 'Dewi Morgan will sort out the laptops for the new officers.'],
        ['action', 'RS to write to the county council to ask for another member.'],
      ],
    ],
    [
      'not outcomes: an officer asking the meeting to decide; someone asking the board to agree; public question time’s standing words; a table of other councils’ decisions and their days; a running title "TO BE APPROVED"',
      '4. Vehicles\n\nThe Director requested that the Authority consider approving funding for two new vehicles.\n\nNia Owen asked for the Board to agree the appointment.\n\nPublic Question Time The Chair will allow members of the public three minutes each to ask questions.\n\nAshby District Council – Full Council Approved Tue 24/01/17 Fenton Borough Council – Full Council Refused Wed 25/01/17\n\nAgenda Item 3 DRAFT MINUTES OF THE MEETING TO BE APPROVED',
      [],
    ],
    [
      'a review confirmed; a paper promised "in due course", after "With respect to …,"',
      '5. Events\n\nIt was also confirmed that the pricing would be reviewed before next year.\n\nWith respect to the play areas, the Board noted that a paper on their repair will be presented in due course.',
      [
        ['follow-up', 'It was also confirmed that the pricing would be reviewed before next year.'],
        [
          'follow-up',
          'With respect to the play areas, the Board noted that a paper on their repair will be presented in due course.',
        ],
      ],
    ],
    [
      '"It was RECOMMENDED" and ORDERED after the sentence before, on the same line',
      '7. Youth representatives\n\nMembers suggested changes to the draft. It was RECOMMENDED THAT the revised draft be considered at the next meeting of the Full Council.\n\n8. Staffing\n\nMinutes: The Committee considered the report. ORDERED that the staffing changes set out in the report be approved.',
      [
        ['recommendation', 'The revised draft be considered at the next meeting of the Full Council.'],
        ['resolution', 'The staffing changes set out in the report be approved.'],
      ],
    ],
    [
      '"As a consequence" before the body that resolved; members who will each act; "Sec", to confirm what had been agreed',
      '4. Meetings\n\nAs a consequence the Parish Council have resolved not to meet in August.\n\nThe Councillors will review their register of interests before the next meeting.\n\nSec agreed to write to the tenant to confirm what had been agreed. Sec is to check which plot fees are unpaid.',
      [
        ['resolution', 'As a consequence the Parish Council have resolved not to meet in August.'],
        ['action', 'The Councillors will review their register of interests before the next meeting.'],
        ['action', 'Sec to write to the tenant to confirm what had been agreed.'],
        ['action', 'Sec is to check which plot fees are unpaid.'],
      ],
    ],
    [
      '"We would request clarification"; someone to be sent a letter; a purchase, then "agreed"; not what another meeting agreed, named by its date',
      '5. Planning\n\nWe would request clarification of how the panel will be consulted.\n\nShe will be sent a letter of thanks for her years as clerk.\n\nPurchase of two new litter bins agreed.\n\nA grant which was agreed at the meeting 12 March was paid in April.',
      [
        ['information-request', 'We would request clarification of how the panel will be consulted.'],
        ['action', 'She will be sent a letter of thanks for her years as clerk.'],
        ['resolution', 'Purchase of two new litter bins agreed.'],
      ],
    ],
    [
      'proposed, seconded and all agreed in one sentence; declared duly elected; a position accepted; the chair taken once nominated; not a nomination declined',
      '2. Officers\n\nCllr Ash proposed Cllr Birch as Chairman, Cllr Cole seconded this and all agreed.\n\nMr D Dale was, therefore, declared duly elected.\n\nCllr Ash accepted and took the Chair. Cllr Evans accepted the position as Vice Chair.\n\nGwen Hughes was nominated as Treasurer but declined, as she is moving away.',
      [
        ['resolution', 'Cllr Ash proposed Cllr Birch as Chairman, Cllr Cole seconded this and all agreed.'],
        ['resolution', 'Mr D Dale was, therefore, declared duly elected.'],
        ['resolution', 'Cllr Ash accepted and took the Chair.'],
        ['resolution', 'Cllr Evans accepted the position as Vice Chair.'],
      ],
    ],
    [
      'a committee happy with a grant, and wanting to see a certificate; someone who has a receipt and will forward it; rent to remain unchanged; not what a report noted; two people who will act, in one sentence',
      '4. Grants\n\nThe committee were happy with this grant of £400 for the hall. The committee also wanted to see the insurance certificate for the fete.\n\nCllr Ash has the invoice and will forward it to the treasurer.\n\nHall hire charges to remain unchanged.\n\nThe report also noted that the boiler was due for replacement.\n\nThe Chairman agreed to allow a further week of grace and the Secretary is to check which plot fees are unpaid.',
      [
        ['resolution', 'The committee were happy with this grant of £400 for the hall.'],
        ['information-request', 'The committee also wanted to see the insurance certificate for the fete.'],
        ['action', 'Cllr Ash has the invoice and will forward it to the treasurer.'],
        ['resolution', 'Hall hire charges to remain unchanged.'],
        ['action', 'The Chairman to allow a further week of grace'],
        ['action', 'The Secretary is to check which plot fees are unpaid.'],
      ],
    ],
    [
      '"it was resolved:" after what the meeting heard, over lettered parts; someone named in full to establish contact',
      '5. Memorial garden\n\nAfter hearing a presentation from the architect, and following questions, it was resolved:\n\nA. To note that lottery funding closed in January.\n\nB. That the Council supported the proposal in principle.\n\nIfan Jones to establish a contact at the health centre.',
      [
        ['resolution', 'Note that lottery funding closed in January.'],
        ['resolution', 'The Council supported the proposal in principle.'],
        ['action', 'Ifan Jones to establish a contact at the health centre.'],
      ],
    ],
    [
      'ACTION with who acts in capitals before the colon; two people who will act, in one sentence; progress noted; a copy to be given',
      '4. Matters arising\n\nACTION ANN/BEN: arrange the hire of the hall with the club.\n\nThe Mayor agreed to raise it with the police and the Clerk would write to the county council.\n\nMembers noted progress on the capital programme.\n\nThe Chair will give a copy of the letter from the county council to Mr Ash.',
      [
        ['action', 'Arrange the hire of the hall with the club.'],
        ['action', 'The Mayor to raise it with the police'],
        ['action', 'The Clerk would write to the county council.'],
        ['resolution', 'Members noted progress on the capital programme.'],
        ['action', 'The Chair will give a copy of the letter from the county council to Mr Ash.'],
      ],
    ],
    [
      'initials looking at something; two people named in full who are to act; not the aims of the equality duty a report quotes',
      '5. Strategy\n\nRB and JC are looking at ways to share papers online.\n\nAnn Ash and Ben Birch to draft a page on volunteering for the plan.\n\nIn making its decision the Board must have due regard to the need to:\n\n• Eliminate discrimination, harassment and victimisation\n\n• Advance equality of opportunity between people who share a protected characteristic and those who do not\n\n• Foster good relations between people who share a protected characteristic and those who do not',
      [
        ['action', 'RB and JC are looking at ways to share papers online.'],
        ['action', 'Ann Ash and Ben Birch to draft a page on volunteering for the plan.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the nineteenth session (read blind first, then taught)', () => {
  it('takes no meeting time from a deadline’s hour', async () => {
    const page =
      'Decisions\n\nIf a decision is not called in, it becomes effective at 4pm on the fifth working day following publication.\n\nDecision Maker: Cabinet Member for Housing\n\nMade at meeting: 15/09/2022 - Cabinet Member for Housing\n\nDecision:\n\nTo approve the Empty Homes Policy.';
    const parsed = await readPaper(page);
    expect([parsed.date, parsed.time]).toEqual(['2022-09-15', null]);
  });
  it('gives no date to a page that names only other meetings: reports received, listed dates, earlier minutes to confirm', async () => {
    const pages = [
      'To receive the reports and recommendations of the meetings as follows:\n(1) Cabinet\n- 5 January 2017\n- 2 February 2017\nThe Leader presented the report of the meeting of the Cabinet held on 5 January 2017.\n(1) Car Parking Charges (Minute 116)\nTHAT the recommendation of the Cabinet as set out in Minute 116 be ADOPTED.',
      'Minutes of the Meeting held on 26 July 2017 RECOMMENDED that the Minutes of the Meeting held on 26 July 2017 be confirmed and signed by the Chair as a correct record.\n\nWork Programme 2017/18 The panel is asked to note the work programme.',
    ];
    for (const page of pages) {
      const parsed = await readPaper(page);
      expect(parsed.date).toBeNull();
    }
  });
  it.each<[string, string, [string, string][]]>([
    [
      'a forward plan: when each decision is due, under its "Decision:" label, is not a decision',
      'Forthcoming key decisions\n\n1.\n\nMill Lane Car Park\n\nDecision:   14 February 2017\n\nLead officer:  Ann Ash\n\nDecision status:  Recommendations Approved\n\n2.\n\nEmpty Homes Plan\n\nDecision:   Before 1 March 2017\n\nLead officer:  Ben Birch',
      [],
    ],
    [
      'a budget agreed at another meeting, named by its date and body',
      'The budget was agreed at the 5th March 2019 Cabinet meeting.',
      [],
    ],
    [
      'a record of decision in the first person, what was approved on the line below, then its reasons',
      'Decision:\n\nI, Councillor Ash, Cabinet Member for Housing, in exercise of the powers delegated to me, do hereby approve:\n\nThe Empty Homes Policy\n\nThe Reasons are:\n\nThe policy sets out how empty homes will be brought back into use.',
      [
        [
          'resolution',
          'I, Councillor Ash, Cabinet Member for Housing, in exercise of the powers delegated to me, do hereby approve: The Empty Homes Policy',
        ],
      ],
    ],
    [
      'a part that decides, in the subjunctive, over a list of what it names; a report "entitled …" noted is not a report asked for',
      'RESOLVED:\n\n(1) That the report entitled Annual Review of Grants be noted;\n\n(2) That the Task Group for the Parks Review be divided into two separate groups:\n\n(i) Play Areas\n\n(ii) Sports Pitches; and\n\n(3) That four Members would sit on each group.',
      [
        ['resolution', 'The report entitled Annual Review of Grants be noted'],
        [
          'resolution',
          'The Task Group for the Parks Review be divided into two separate groups: Play Areas; Sports Pitches',
        ],
        ['resolution', 'Four Members would sit on each group.'],
      ],
    ],
    [
      'a part with no "That", finished by the list below it ("be as follows:")',
      'Resolved:\n\n(1) Councillor Ash be appointed Vice-Chair for 2024/25.\n\n(2) The Lead Members for each of the task groups be as follows:\n\n·  Budget - Councillor Birch\n\n·  Housing - Councillor Cole\n\n4.\n\nMinutes',
      [
        ['resolution', 'Councillor Ash be appointed Vice-Chair for 2024/25.'],
        [
          'resolution',
          'The Lead Members for each of the task groups be as follows: Budget - Councillor Birch; Housing - Councillor Cole',
        ],
      ],
    ],
    [
      '"… it was RESOLVED:" after a long account of an exempt report, over numbered parts',
      'Following the consideration of the report of the Director of Estates containing exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972 (as amended), namely information relating to the financial affairs of any particular person (including the authority holding that information), it was RESOLVED:\n\n1. To note the content of the report; and\n\n2. To receive a further report from the Director of Estates after the review.',
      [
        ['resolution', 'Note the content of the report'],
        ['information-request', 'Receive a further report from the Director of Estates after the review.'],
      ],
    ],
    [
      'an officer who would confirm dates, after a long opening "In response to …,"',
      'In response to a request from Councillor Ash for an update on the items which had yet to be given a date on the Overview and Scrutiny Work Programme, the Democratic Services Officer explained that she was in touch with colleagues at the County Council and would confirm dates for the two sessions in due course.',
      [
        [
          'action',
          'In response to a request from Councillor Ash for an update on the items which had yet to be given a date on the Overview and Scrutiny Work Programme, the Democratic Services Officer explained that she was in touch with colleagues at the County Council and would confirm dates for the two sessions in due course.',
        ],
      ],
    ],
    [
      'action points bulleted with a symbol font’s arrow, copied as "Ø"',
      'Action Point\n\nØ  Councillors Ash and Birch to join the Working Group for Parks.\n\nØ  An officer from the Finance team to be invited to the meetings of the Working Group.',
      [
        ['action', 'Councillors Ash and Birch to join the Working Group for Parks.'],
        ['action', 'An officer from the Finance team to be invited to the meetings of the Working Group.'],
      ],
    ],
    [
      '"The following reports were requested for future meetings" over a list',
      'The following reports were requested for future meetings of this Scrutiny Committee:-\n\n·         The work of the Estates team.\n\n·         Spending on agency staff.\n\nRESOLVED – That the report be noted.',
      [
        ['work-programme', 'The work of the Estates team.'],
        ['work-programme', 'Spending on agency staff.'],
        ['resolution', 'The report be noted.'],
      ],
    ],
    [
      'a lead-in whose list was lost, then a decision with its own body and verb; a body that "agreed with" doing something',
      'The following agenda items were agreed for the next meeting:\n\nThe Board agreed that future reports should say more clearly what the Board is being asked to do.\n\nCllr Ash said shorter agendas worked well.\n\nThe Board also agreed with tightening agendas and keeping presentations shorter.\n\nThe Board agreed with the comments made by Cllr Ash.',
      [
        ['resolution', 'The following agenda items were agreed for the next meeting:'],
        [
          'resolution',
          'The Board agreed that future reports should say more clearly what the Board is being asked to do.',
        ],
        ['resolution', 'The Board also agreed with tightening agendas and keeping presentations shorter.'],
      ],
    ],
    [
      'a role held with someone "supported by" another, under an item that appoints',
      '2. Election of representatives\n\na. Footpaths – Councillor Ash.\n\nb. Local Joint Committee – Councillor Birch supported by Councillor Ash.',
      [
        ['resolution', 'Footpaths – Councillor Ash.'],
        ['resolution', 'Local Joint Committee – Councillor Birch supported by Councillor Ash.'],
      ],
    ],
    [
      'an item’s line of a sentence and then an action whose full stop was lost: the sentence is the title, the action is read',
      '7. Signs. Two signs have become illegible. Clerk will notify the county highways team.\n8. The road-side gullies are blocked again. Clerk will notify the district council\n9. Grips need cutting at Mill Lane. Highways will be notified.',
      [
        ['action', 'Clerk will notify the county highways team.'],
        ['action', 'Clerk will notify the district council'],
        ['action', 'Highways will be notified.'],
      ],
    ],
    [
      'recommendations named by their numbers one after another, "(i) (ii) (vi)", are not list parts',
      'RESOLVED – That:\n\n1.    Recommendations (i) (ii) (vi) be approved.\n\n2.    Delegated authority be given to the Director to finalise the terms.',
      [
        ['resolution', 'Recommendations (i) (ii) (vi) be approved.'],
        ['resolution', 'Delegated authority be given to the Director to finalise the terms.'],
      ],
    ],
    [
      'a part of a decision that names what it approved "of the following:" over bullets',
      'Decision:\n\nCounty Councillor Ann Ash, the Leader of the Council, approved:\n\n(i)  the appointment of the Cabinet as set out in the report; and\n\n(ii)  the disestablishment of the following:\n\n·     Cabinet Working Group on Bus Services\n\n·     Cabinet Working Group on Libraries',
      [
        ['resolution', 'The appointment of the Cabinet as set out in the report'],
        [
          'resolution',
          'The disestablishment of the following: Cabinet Working Group on Bus Services; Cabinet Working Group on Libraries',
        ],
      ],
    ],
    [
      'two undertakings in a sentence, the second by officers; "All agree that"; officers named after their council’s initials',
      'Food and Drink: Cllr Ash will discuss free mince pies with the centre and Officers will confirm their stall space. All agree that no more food stalls are needed. TTC Officers will create and distribute the invitation this week.',
      [
        ['action', 'Food and Drink: Cllr Ash will discuss free mince pies with the centre'],
        ['action', 'Officers will confirm their stall space.'],
        ['follow-up', 'No more food stalls are needed.'],
        ['action', 'TTC Officers will create and distribute the invitation this week.'],
      ],
    ],
    [
      'an amendment put as the substantive motion and agreed',
      'On a vote, nine Members voted for the amendment and nine against, and the Chair gave a casting vote for it.\n\nThe amendment was then put to the Committee as the substantive motion and accordingly agreed.',
      [['resolution', 'The amendment was then put to the Committee as the substantive motion and accordingly agreed.']],
    ],
    [
      'not the standing words asking members to declare interests; members who agreed after a long "Following …,"',
      'Members were asked to consider whether they had personal or prejudicial interests in connection with any item on this agenda and, if so, to declare them.\n\nFollowing the response from the Minister to the Chair’s letter on funding for the play sufficiency duty, Members agreed its content be noted and no further action be taken.',
      [
        [
          'resolution',
          'Following the response from the Minister to the Chair’s letter on funding for the play sufficiency duty, Members agreed its content be noted and no further action be taken.',
        ],
      ],
    ],
    [
      'several matters to be considered "at future meetings"',
      'The issues of appointing an examiner, any changes to the constitution and insurance are to be considered at future meetings.',
      [
        [
          'work-programme',
          'The issues of appointing an examiner, any changes to the constitution and insurance are to be considered at future meetings.',
        ],
      ],
    ],
    [
      '"RESOLVED nem con that:" over its parts; a part’s marker used again over a title ends them',
      '1)     Finance\n\ni)     Grants\n\nThe grants timetable was received.\n\nIt was RESOLVED nem con that:\n\ni)           the grant timelines be agreed;\n\nii)         the maximum grant be increased to £2,500.\n\nii)   Budget and Precept Setting\n\nIt was RESOLVED nem con that:\n\nThe budget key dates be agreed',
      [
        ['resolution', 'The grant timelines be agreed'],
        ['resolution', 'The maximum grant be increased to £2,500.'],
        ['resolution', 'The budget key dates be agreed'],
      ],
    ],
    [
      'a hearing’s decision: not the licensing objectives it had regard to, nor its reasons; only what it determined',
      'Decision:\n\nThe Licensing Sub-Committee in considering this decision from the information presented to it has determined that having regard to the promotion of all the licensing objectives:\n\n  • The prevention of crime and disorder;\n  • Public safety;\n  • Prevention of public nuisance;\n  • The protection of children from harm;\n\nthe application be refused in accordance with the Licensing Policy LP3.\n\nThe Sub-Committee having heard from the applicant and local residents, believed that granting the application would add to nuisance in the area.\n\nThe Sub-Committee also considered the concerns raised by residents who live close to the premises.',
      [['resolution', 'The application be refused in accordance with the Licensing Policy LP3.']],
    ],
    [
      'a hearing’s determination over "To grant …:-" and its hours',
      'In summary, the Committee has determined, after taking into account all of the circumstances of this case:-\n\n1. To grant permission for late-night refreshment at the Premises:-\n\nMonday to Sunday from 23:00 to 02:00',
      [
        [
          'resolution',
          'Grant permission for late-night refreshment at the Premises:- Monday to Sunday from 23:00 to 02:00',
        ],
      ],
    ],
    [
      'not a question’s written response, nor what the item was for',
      'Question from Cllr Ash: How many places will be funded next year?\n\nWritten response: The budget process requires the best estimates of numbers to be made in the autumn.\n\nThe purpose of this item was to consider any recommendations from the Scrutiny Committee.',
      [],
    ],
    [
      'not an amendment’s words under its heading; a motion moved, seconded and referred to the Executive',
      '5. Council Procedure Rules\n\nAmendment on behalf of the Independent Group\n\nThat all the recommendations to Council in the report be replaced by the following:\n\nThe motion was moved by Councillor Ash and seconded by Councillor Birch and referred to the Executive in accordance with Standing Order 5.7.',
      [
        [
          'resolution',
          'The motion was moved by Councillor Ash and seconded by Councillor Birch and referred to the Executive in accordance with Standing Order 5.7.',
        ],
      ],
    ],
    [
      'two undertakings by one person, "… and he would …"',
      'In response, he advised that he would speak to the Chairman of the Select Committee about the leak and he would write to the water company setting out the Council’s concerns.',
      [
        [
          'action',
          'In response, he advised that he would speak to the Chairman of the Select Committee about the leak',
        ],
        ['action', 'He would write to the water company setting out the Council’s concerns.'],
      ],
    ],
    [
      '"RESOLVED – That Full Council be recommended" over its numbered recommendations',
      'Decision:\n\nRESOLVED – That Full Council be recommended\n\n1. That the results of the survey be noted.\n\n2. That the committee structure set out in the report be approved.',
      [
        ['resolution', 'The results of the survey be noted.'],
        ['resolution', 'The committee structure set out in the report be approved.'],
      ],
    ],
    [
      'a decision page whose "Decision:" label was lost: its decision worded as the report’s, among its fields',
      'Decision Maker: Cabinet member for waste\n\nDecision status: Recommendations Approved\n\nTo approve a change to the vehicles used for refuse collections when they are replaced in the summer.\n\nThe Scrutiny Committee’s chairman waived call-in rights on this decision.\n\nDate of decision: 02/02/2017',
      [
        [
          'resolution',
          'Approve a change to the vehicles used for refuse collections when they are replaced in the summer.',
        ],
      ],
    ],
    [
      'a short decision page, its decision over its reasons',
      'To note the Council’s forecast revenue and capital budget positions for the year.\n\nReason for decision:\n\nTo comply with the agreed policy of a monthly budget report.',
      [['resolution', 'Note the Council’s forecast revenue and capital budget positions for the year.']],
    ],
    [
      'not a forward plan’s entry, whose decision is still due',
      'Forward Plan\n\nDecision Maker: Cabinet\n\nDecision due: March 2025\n\nTo approve the revised parking strategy.',
      [],
    ],
    [
      'a leader’s urgent decision, "has approved … and granted …"',
      'The Leader of the Council has approved the Restart Grants scheme and granted the Director of Service Delivery delegated authority to implement it.',
      [
        [
          'resolution',
          'The Leader of the Council has approved the Restart Grants scheme and granted the Director of Service Delivery delegated authority to implement it.',
        ],
      ],
    ],
    [
      'a planning decision in a "Decision:" field, "Approve with Conditions", among the application’s fields',
      'Parish:            Milford\n\nView Plans:\n\nDecision:        Approve with Conditions  Subject to S106 agreement\n\nConditions: (31)',
      [['resolution', 'Approve with Conditions Subject to S106 agreement']],
    ],
    [
      'not a motion "MOVED that the application be APPROVED", but the decision that follows; an undertaking "given"',
      'Cllr Ash spoke as Ward Councillor in support of the application and MOVED that the application be APPROVED. This was SECONDED by Cllr Birch.\n\nThe application was APPROVED subject to conditions.\n\nThe Director gave an undertaking to circulate the figures.',
      [
        ['resolution', 'The application was APPROVED subject to conditions.'],
        ['action', 'The Director to circulate the figures.'],
      ],
    ],
    [
      'someone "voted in as" vice-chair; the chairman who requested statistics for the next meeting',
      'Ann Ash has been voted in as vice-chair.\n\nThe Chairman requested comparative crime statistics for the parish for the next meeting.',
      [
        ['resolution', 'Ann Ash has been voted in as vice-chair.'],
        ['request', 'The Chairman requested comparative crime statistics for the parish for the next meeting.'],
      ],
    ],
    [
      'the same words "supports approval of this application" under two applications: each with its application',
      '40.2 RR/2007/2169/P 1 Mill Close. Proposed first floor extension. RESOLVED: That the Parish Council supports approval of this application.\n\n40.3 RR/2007/2254/P Plot B, Marley Lane. Proposed office building. RESOLVED: That the Parish Council supports approval of this application.',
      [
        [
          'resolution',
          '40.2 RR/2007/2169/P 1 Mill Close. Proposed first floor extension. That the Parish Council supports approval of this application.',
        ],
        [
          'resolution',
          '40.3 RR/2007/2254/P Plot B, Marley Lane. Proposed office building. That the Parish Council supports approval of this application.',
        ],
      ],
    ],
    [
      'not what will be reported later in the same meeting, nor how questions are put',
      'Bank statements were circulated. These will be reported in agenda points.\n\nA contributor will be invited to address a question orally to the Leader or a Cabinet Member.',
      [],
    ],
    [
      'not a report’s recommendation on an application, nor an agenda’s note of an update to come',
      'Recommendation for AB/24/01234/FUL: That planning permission be granted subject to the conditions set out in the report.\n\nUpdate to be provided at the meeting.',
      [],
    ],
    [
      'matters "to be considered at future meetings", a space before a comma; statistics asked for the next "Meeting"',
      'The matters of appointing an examiner of accounts , changes to the rules and insurance are to be considered at future meetings .\n\nThe Chairman requested comparative crime statistics for the parish for the next Meeting.',
      [
        [
          'work-programme',
          'The matters of appointing an examiner of accounts , changes to the rules and insurance are to be considered at future meetings .',
        ],
        ['request', 'The Chairman requested comparative crime statistics for the parish for the next Meeting.'],
      ],
    ],
    [
      'still decisions though worded near the new exclusions: "considered the report and noted", a "Response:" label, "felt that … should"',
      'The Committee considered the report and noted the progress made.\n\nResponse: No objection to the application.\n\nThe Committee felt that a letter should be sent to the Minister.',
      [
        ['resolution', 'The Committee considered the report and noted the progress made.'],
        ['resolution', 'Response: No objection to the application.'],
        ['follow-up', 'The Committee felt that a letter should be sent to the Minister.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the twentieth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a planning decision on a line of its own, under the application it decides',
      '6. AB/23/00412/FUL - Old Forge, Mill Lane, Ashby\n\nConversion of the forge to two dwellings.\n\nDefer for S106 then permit\n\n7. Tree Preservation Order AB/2023/0081/TPO - 4 Heath Road\n\nThe Committee considered the application.\n\nConsent subject to the conditions set out in report PES/120a.',
      [
        ['resolution', 'AB/23/00412/FUL: Defer for S106 then permit'],
        [
          'resolution',
          'Tree Preservation Order AB/2023/0081/TPO: Consent subject to the conditions set out in report PES/120a.',
        ],
      ],
    ],
    [
      'not such a line where no application is in sight',
      '4. Staffing\n\nThe Clerk’s hours were discussed.\n\nDefer for one month',
      [],
    ],
    [
      'NOTED in a column of its own, over what was noted',
      '23. Forward Plan\n\nNOTED       the Committee’s Forward Plan from 1 December 2024 to 30 November 2025.',
      [['resolution', 'NOTED the Committee’s Forward Plan from 1 December 2024 to 30 November 2025.']],
    ],
    [
      'what was discussed, "and all agreed that"',
      'Discussion took place about charity events and all agreed that some flexibility would be allowed for small groups.',
      [
        [
          'resolution',
          'Discussion took place about charity events and all agreed that some flexibility would be allowed for small groups.',
        ],
      ],
    ],
    [
      'a minute’s number and a colon before what was agreed',
      '5. Banking:\n\n071/24: All Cllrs agreed that the best account would be the bank’s treasurer account.',
      [['resolution', 'All Cllrs agreed that the best account would be the bank’s treasurer account.']],
    ],
    [
      'someone "declared ELECTED" in capitals',
      'There being no other nominations, R T Ashdown was declared ELECTED Chairman of the Council for the year.',
      [
        [
          'resolution',
          'There being no other nominations, R T Ashdown was declared ELECTED Chairman of the Council for the year.',
        ],
      ],
    ],
    [
      'a part that gives consent, under a lead-in in a "Decision:" field',
      'Decision:\n\nThe Cabinet Member agrees to:\n\n(i) Give consent to the Fenshire Combined Authority (Functions) Order 2024.\n\n(ii) Delegate to the Chief Executive authority to make all related decisions.',
      [
        ['resolution', 'Give consent to the Fenshire Combined Authority (Functions) Order 2024.'],
        ['resolution', 'Delegate to the Chief Executive authority to make all related decisions.'],
      ],
    ],
    [
      'what the council would send, after what was reported',
      'Mr Oakes said that two nominations had come from the county. Jane Reed won the award. The Council would send their congratulations to Jane Reed.',
      [['action', 'The Council would send their congratulations to Jane Reed.']],
    ],
    [
      'not what an earlier meeting decided, told with its date',
      'At Planning Committee on 15 March 2024, the Committee resolved to refuse planning permission for 3 reasons. The Committee is asked to consider the advice in this report.',
      [],
    ],
    [
      'not a forward plan’s "Decision:" date run on into its notes',
      'Decision maker: Joint Committee\n\nDecision: 5 Feb 2025; 28 days’ public notice must be given for any key decision or private item',
      [],
    ],
    [
      'an item’s line that notes the minutes listed under it, as one decision',
      '6. Minutes of Committees: The following minutes were noted:\na) Planning Committee held on 6th May 2024\nb) Finance Committee held on 13th May 2024\n7. Administration',
      [
        [
          'resolution',
          'Minutes of Committees: The following minutes were noted: Planning Committee held on 6th May 2024; Finance Committee held on 13th May 2024',
        ],
      ],
    ],
    [
      'a decision whose keyword line was lost, opening "that" in small letters under its item’s title',
      'Election of Chairman of the Council\n\nthat Councillor Ann Hale be elected Chairman of the Council until the next Annual Meeting.\n\nMoved by Councillor Ash\nSeconded by Councillor Birch\n\nthat the fees be referred back to officers.\n\nOn the proposal being put to the meeting, the proposal was declared lost.',
      [['resolution', 'Councillor Ann Hale be elected Chairman of the Council until the next Annual Meeting.']],
    ],
    [
      'a part that acknowledges, under the body’s name as lead-in',
      'The Cabinet:\n\n1.1 Agreed that the Council would not renew the grant.\n\n1.2 Acknowledged the commitment by the Credit Union to keep the room available for hire.',
      [
        ['resolution', 'Agreed that the Council would not renew the grant.'],
        ['resolution', 'Acknowledged the commitment by the Credit Union to keep the room available for hire.'],
      ],
    ],
    [
      'who is to act, in brackets at the end of the sentence',
      'c) Street lights\n\nLights 5 and 45 need contractor attendance (Act Clerk)',
      [['action', 'Lights 5 and 45 need contractor attendance.']],
    ],
    [
      'an application’s line that ends with the response, as a column prints it; and applications listed, then one response',
      '(B) AB/17/0295/HHO Householder application for a garage extension. 133 Mill Avenue Recommend Approval\n\nThere were two applications, DC/24/0101/FUL 2 Mill Lane and DC/24/0142/FUL 6 Church Walk, and all applications were recommended as ‘support’.',
      [
        [
          'resolution',
          'AB/17/0295/HHO Householder application for a garage extension. 133 Mill Avenue Recommend Approval',
        ],
        [
          'resolution',
          'There were two applications, DC/24/0101/FUL 2 Mill Lane and DC/24/0142/FUL 6 Church Walk, and all applications were recommended as ‘support’.',
        ],
      ],
    ],
    [
      'a body that took time to consider, and then resolved',
      'After the presentation, the Council took a few moments to consider the proposal and unanimously resolved to allow the plaque at the hall.',
      [
        [
          'resolution',
          'After the presentation, the Council took a few moments to consider the proposal and unanimously resolved to allow the plaque at the hall.',
        ],
      ],
    ],
    [
      'a further decision with its own keyword inside a "Decision:" field, read for itself',
      'Decision: The council asked Ruth to keep liaising with the district council about charging points. Also agreed Ruth would keep the garage in the loop.',
      [
        ['resolution', 'The council asked Ruth to keep liaising with the district council about charging points.'],
        ['follow-up', 'Also agreed Ruth would keep the garage in the loop.'],
      ],
    ],
    [
      'a decision whose details are described below it, under headings of their own',
      'Decision:\n\nThat a traffic order be made, the effects of which will be to prohibit the manoeuvres as described below:\n\nProhibition of Right Turns\n\n(i) from Mill Road into the High Street.\n\n(ii) from the High Street into Mill Road.\n\nNo Entry\n\nWill prohibit vehicles on Mill Road from entering the slip road.',
      [
        [
          'resolution',
          'A traffic order be made, the effects of which will be to prohibit the manoeuvres as described below: Prohibition of Right Turns; From Mill Road into the High Street; From the High Street into Mill Road; No Entry; Will prohibit vehicles on Mill Road from entering the slip road.',
        ],
      ],
    ],
    [
      'people named with no space after an initial’s or title’s full stop, initials with "Mc", and the police asked to act',
      'Cllr.Hale will monitor the condition of the housing.\n\nD.McAndrew to organise a video of the event.\n\nRMcB instructed to write to the Council in stronger terms.\n\nCllr Ann Birch asked the Police to ensure regular attendance at future meetings.',
      [
        ['action', 'Cllr.Hale will monitor the condition of the housing.'],
        ['action', 'D.McAndrew to organise a video of the event.'],
        ['action', 'RMcB instructed to write to the Council in stronger terms.'],
        ['action', 'Cllr Ann Birch asked the Police to ensure regular attendance at future meetings.'],
      ],
    ],
    [
      'an undertaking to follow something up; help that will be enlisted; "That" someone responds; a quote accepted after the sentence that says which',
      'The Chief Executive confirmed he will follow this up.\n\nThe services of the Round Table will be enlisted.\n\nThat the Town Centre Manager responds to both letters.\n\n145. Bench: a quote was received from Mr Ash for a bench on Mill Lane footpath. Resolved to accept quote. Cllr Birch to contact Mr Ash',
      [
        ['action', 'The Chief Executive confirmed he will follow this up.'],
        ['action', 'The services of the Round Table will be enlisted.'],
        ['resolution', 'The Town Centre Manager responds to both letters.'],
        ['resolution', 'Bench: a quote was received from Mr Ash for a bench on Mill Lane footpath. To accept quote.'],
        ['action', 'Cllr Birch to contact Mr Ash'],
      ],
    ],
    [
      'an undertaking under an earlier minute’s number, in a review of actions; not a report’s recommendation worded "That Council considers"',
      'Minute 121 – The Chief Executive confirmed he will follow this up.\n\nRecommendation 2.1. That Council considers a response to the consultation on ward boundaries.',
      [['action', 'The Chief Executive confirmed he will follow this up.']],
    ],
    [
      'not the next matter’s numbered title over its own keyword',
      '(3) Minor Amendments – Church Walk\n\nRESOLVED, that\n\n(a) the waiting restrictions on Church Walk are introduced;\n\n(b) the objectors be told of the decision.\n\n(4) 2024/25 Highways Programme Report\n\nRESOLVED, that the report be noted.',
      [
        ['resolution', 'The waiting restrictions on Church Walk are introduced'],
        ['resolution', 'The objectors be told of the decision.'],
        ['resolution', 'The report be noted.'],
      ],
    ],
  ])('%s', readsWhole);

  it('quotes a decision after "and it was decided" with its whole sentence', () => {
    const { blocks } = extractPlainText(
      'The application was then discussed and it was decided to carry out a site visit.',
    );
    const [visit] = findOutcomes(blocks, findAgendaItems(blocks, false));
    expect(visit?.text).toBe('It was decided to carry out a site visit.');
    expect(visit?.quote).toBe('The application was then discussed and it was decided to carry out a site visit.');
  });

  it('quotes an action with its owner’s tag on the same line', () => {
    const { blocks } = extractPlainText(
      '4.7.24 To approve the minutes. It was proposed, seconded and all voted in favour to approve. Resolved. Approved minutes to be posted on the website. Action: Clerk/Webmaster\n\n5.7.24 To invite members of the public to speak.',
    );
    const posted = findOutcomes(blocks, findAgendaItems(blocks, false)).find((o) => o.owner === 'Clerk/Webmaster');
    expect(posted?.quote).toContain('Approved minutes to be posted on the website. Action: Clerk/Webmaster');
  });

  it('takes no date from a line under "Page last updated:" or "Upcoming meetings"', () => {
    expect(
      header('Health scrutiny\n\nUpcoming health scrutiny meetings\n\n12 December 2024\n\n1 - Care homes').date,
    ).toBeNull();
    expect(
      header('Work programme\n\nView the latest work programme\n\nPage last updated:\n\n4 September 2014').date,
    ).toBeNull();
  });

  it('takes no date from the next meeting’s day as a short paper’s last line, its heading lost', () => {
    expect(
      header(
        'Cenotaph Group meeting notes\n\nWreaths to be ordered by the end of the month.\n\nRoad closure from 1.30pm to 3.30pm.\n\nUmbrellas to be available for guests.\n\nStewards to be briefed on the day.\n\nVideo. Ann Ash to organise a video of the event.\n\nTuesday 14th May 2024, 10.00am, via Zoom',
      ).date,
    ).toBeNull();
  });

  it('takes no date from a report’s account of another body’s meeting', () => {
    expect(
      header(
        'To consider a report by the Executive Director.\n\nThis report provides details of the meeting of the Highways Working Group held on 15 December 2024 and presents its recommendations.\n\nMinutes:\n\nRESOLVED, that the report be noted.',
      ).date,
    ).toBeNull();
  });
});

describe('shapes met on real pages in the twenty-first session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a part that decides by its verb over a table of what it approves, not over parts',
      '31. FINANCE\n\nIt was RESOLVED:\n\ni) to approve the following payments:\n\nSupplier Sum Ash Nurseries (bedding plants) £312 Birch Electrical (lamp repairs) £1,140\n\n32. CORRESPONDENCE\n\nNone.',
      [['resolution', 'Approve the following payments:']],
    ],
    [
      'such a part over its own parts leads into them',
      'It was RESOLVED:\n\ni) to approve the following:\n\n(a) the grant to the scouts;\n\n(b) the new noticeboard.',
      [
        ['resolution', 'The grant to the scouts'],
        ['resolution', 'The new noticeboard.'],
      ],
    ],
    [
      'a sub-panel that also asked for something',
      'The Sub-Panel also requested a public hearing with the Cabinet Member for Roads.',
      [['request', 'The Sub-Panel also requested a public hearing with the Cabinet Member for Roads.']],
    ],
    [
      'a proposal in capitals, then that no one else was nominated, then IT WAS AGREED',
      '1. ELECTION OF CHAIRMAN\n\nCllr Ash PROPOSED Cllr Birch remains Chairman for the coming year; Cllr Cole seconded. There were no other nominations. IT WAS AGREED.',
      [
        [
          'resolution',
          'Cllr Ash PROPOSED Cllr Birch remains Chairman for the coming year; Cllr Cole seconded. There were no other nominations. IT WAS AGREED.',
        ],
      ],
    ],
    [
      'a proposal carried by "All were in favour"',
      '4. Vacancy\n\nCllr. Ann Ash proposed that Bea Birch be co-opted to fill the vacancy.  Cllr. Cy Cole seconded.  All were in favour.  Bea Birch signed her Declaration of Acceptance of Office.',
      [['resolution', 'Cllr. Ann Ash proposed that Bea Birch be co-opted to fill the vacancy.']],
    ],
    [
      'a decisions list’s entry: its summary, its fields, then its decision with no label',
      'Decisions published\n\n12/02/2025 - Play Area Renewal ref: 311    Recommendations Approved\n\nA tender was run for the renewal of the play area. Ashby Play Ltd was chosen as the preferred bidder.\n\nDecision Maker: Director of Place\n\nDecision published: 20/02/2025\n\nEffective from: 12/02/2025\n\nApprove the award of the play area contract to Ashby Play Ltd at a cost of £84,000.\n\nLead officer: Ann Ash',
      [['resolution', 'Approve the award of the play area contract to Ashby Play Ltd at a cost of £84,000.']],
    ],
    [
      'someone who has something ready and will circulate it, after a topic and a dash',
      'War Memorial – Ann has a letter drafted and will circulate it for comments.',
      [['action', 'War Memorial – Ann has a letter drafted and will circulate it for comments.']],
    ],
    [
      'a suggestion that the body receive a report at a later meeting',
      'It was suggested that the Committee receive a report on the recycling centre at a future meeting.',
      [
        [
          'work-programme',
          'It was suggested that the Committee receive a report on the recycling centre at a future meeting.',
        ],
      ],
    ],
    [
      'matters arising run together, each after an earlier minute’s number and a dash',
      '4. MATTERS ARISING 3(ii) – Cllr Ash reported that the old post had been removed. 7 – The Clerk reported that she had not received the notes of the drainage meeting and agreed to chase for an update. 8 – Cllr Birch reported that the hall was booked.',
      [
        [
          'action',
          'The Clerk reported that she had not received the notes of the drainage meeting and agreed to chase for an update.',
        ],
      ],
    ],
    [
      'an officer who said she intended to share something',
      'In response to a further question, the Finance Manager indicated her intention to circulate the spending figures to Members next week.',
      [
        [
          'action',
          'In response to a further question, the Finance Manager indicated her intention to circulate the spending figures to Members next week.',
        ],
      ],
    ],
    [
      'proposed and nominated, then seconded',
      'Cllr Ash proposed and nominated that Cllr Birch be elected as the Chairman, this was seconded by Cllr Cole and Cllr Birch accepted the position.',
      [
        [
          'resolution',
          'Cllr Ash proposed and nominated that Cllr Birch be elected as the Chairman, this was seconded by Cllr Cole and Cllr Birch accepted the position.',
        ],
      ],
    ],
    [
      'one action written to two people, not two actions; someone to take a matter up; someone who will try to act',
      'The Clerk will write to Ann Ash and Cllr Birch to thank them for their work. Eve to take this up with the roads department. Dan will try to find a better contact for the school.',
      [
        ['action', 'The Clerk will write to Ann Ash and Cllr Birch to thank them for their work.'],
        ['action', 'Eve to take this up with the roads department.'],
        ['action', 'Dan will try to find a better contact for the school.'],
      ],
    ],
    [
      'a keyword’s "That it is recommended to council:" over its parts on the same line',
      '7 | To review the policies\nRESOLVED: That it is recommended to council: i. That the Leaflet Policy is withdrawn ii. That the remaining policies are approved |\n8 | Budget',
      [
        ['recommendation', 'The Leaflet Policy is withdrawn'],
        ['recommendation', 'The remaining policies are approved'],
      ],
    ],
    [
      'an item’s title in capitals run into who proposed; someone who will complete or take up something; reviewed and noted',
      '3. TO APPOINT A VICE CHAIRMAN Cllr Ash proposed and nominated that Cllr Birch be appointed as the Vice Chairman, this was seconded by Cllr Cole.\n\n4. Survey\n\nDiscussion ensued and Flo will complete the online response on behalf of the council. Eve to take up the hedge problem at the corner with the county.\n\n5. Finance\n\nThe financial position was reviewed and noted.',
      [
        [
          'resolution',
          'Cllr Ash proposed and nominated that Cllr Birch be appointed as the Vice Chairman, this was seconded by Cllr Cole.',
        ],
        ['action', 'Discussion ensued and Flo will complete the online response on behalf of the council.'],
        ['action', 'Eve to take up the hedge problem at the corner with the county.'],
        ['resolution', 'The financial position was reviewed and noted.'],
      ],
    ],
    [
      'someone to be co-opted, in a note’s few words',
      '1023/24 Co-option\n\nAnn Ash to be Co Opted after discussion in private.',
      [['resolution', 'Ann Ash to be Co Opted after discussion in private.']],
    ],
    [
      'proposed and seconded after the item’s title, the vote before what it carried',
      '25/14 PRECEPT – 2025-2026 – Proposed by Cllr Ash and seconded by Cllr Birch, all in favour, that a precept of £41,000 for 2025/2026 be agreed.',
      [
        [
          'resolution',
          '25/14 PRECEPT – 2025-2026 – Proposed by Cllr Ash and seconded by Cllr Birch, all in favour, that a precept of £41,000 for 2025/2026 be agreed.',
        ],
      ],
    ],
    [
      'a proposal that tells its own vote, though the next item speaks of another vote',
      '25/14 PRECEPT – Proposed by Cllr Ash and seconded by Cllr Birch, all in favour, that as discussed at a meeting on 6th January, a precept of £41,000 be agreed.\n\n25/15 FEES – Cllr Cole suggested and, all in favour, to consider hall fees at the April meeting.',
      [
        [
          'resolution',
          '25/14 PRECEPT – Proposed by Cllr Ash and seconded by Cllr Birch, all in favour, that as discussed at a meeting on 6th January, a precept of £41,000 be agreed.',
        ],
      ],
    ],
    [
      'a project group, named in lower case, that agreed',
      'The project group agreed who would be eligible to stand for the board.',
      [['resolution', 'The project group agreed who would be eligible to stand for the board.']],
    ],
    [
      'a long topic before a spaced dash, then what the council will do',
      '18/41 Reports of noise from the depot at Mill Lane – The parish council will ask the Environment Agency to confirm that the matters raised have been resolved.',
      [
        [
          'action',
          'Reports of noise from the depot at Mill Lane – The parish council will ask the Environment Agency to confirm that the matters raised have been resolved.',
        ],
      ],
    ],
    [
      'a long account, a comma, then what was agreed',
      'Litter Pick – Posters have gone up but only two volunteers came forward, as a team of eight is needed, it was agreed that the council would no longer pursue this.',
      [['follow-up', 'The council would no longer pursue this.']],
    ],
    [
      'a proposal and its seconder, after another sentence, then that no one else was nominated, then IT WAS AGREED',
      '1. ELECTION OF CHAIRMAN\n\nCllr Ash nominated himself and then withdrew.Cllr Birch PROPOSED Cllr Cole remains Chairman for the coming year; Cllr Dale seconded. There were no other nominations. IT WAS AGREED.',
      [
        [
          'resolution',
          'Cllr Birch PROPOSED Cllr Cole remains Chairman for the coming year; Cllr Dale seconded. There were no other nominations. IT WAS AGREED.',
        ],
      ],
    ],
    [
      'a committee that withholds its comments on an application',
      'P.003.01.25 AB/2025/0141/F Land at Mill Lane\n\nThe Planning Committee withhold comments on this application as the applicant is a member of the Council.',
      [
        [
          'resolution',
          'The Planning Committee withhold comments on this application as the applicant is a member of the Council.',
        ],
      ],
    ],
    [
      'each application’s site, then "The Town Council APPROVED this application", under one lead-in',
      '(i) Resolved: That the following observations be made on planning applications:-\n\nAB/25/0412 12 Church View, Ashby. The Town Council APPROVED this application, subject to the views of neighbours.\n\nAB/25/0519 Mill House, Church Street, Ashby. The Town Council APPROVED this application.',
      [
        [
          'resolution',
          'The following observations be made on planning applications:- AB/25/0412 12 Church View, Ashby. The Town Council APPROVED this application, subject to the views of neighbours.',
        ],
        ['resolution', 'AB/25/0519 Mill House, Church Street, Ashby. The Town Council APPROVED this application.'],
      ],
    ],
    [
      'something accepted by the council, in a note’s few words; not what the council approved before',
      'Draft newsletter presented to and accepted by the council. The plan approved by the Council is now on the website.',
      [['resolution', 'Draft newsletter presented to and accepted by the council.']],
    ],
    [
      'not who attended under an item that elects, nor the re-elected chair thanking someone',
      '1. Election of Office Bearers\n\nIn Attendance: Cllr. Ash, Cllr. Birch, Cllr. Cole\n\nThe re-elected Chair thanked Ann Dale for her years of service.',
      [],
    ],
    [
      'not an agenda’s script of how the chair will declare who is elected',
      '1. To elect a Chairman. The Chair will then declare the nominee with most votes elected.',
      [],
    ],
    [
      'a parish council by its initials that objects to the application; a council that would inform the inspector; papers that would be circulated',
      'AB PC object to this application as it does not comply with the village plan. The Council would inform the inspector that it objects in both cases. The dates of next year’s meetings would be circulated to councillors.',
      [
        ['resolution', 'AB PC object to this application as it does not comply with the village plan.'],
        ['action', 'The Council would inform the inspector that it objects in both cases.'],
        ['action', 'The dates of next year’s meetings would be circulated to councillors.'],
      ],
    ],
    [
      'a council named with its initials in brackets; the decision told as what it was; not a national park’s refusal; not what follows once something else is done',
      'The Parish Council (PC) decided to discuss parking in more detail at the September meeting. The quotes were discussed and the decision was to remain with the present supplier. The earlier plans were refused by the National Park Authority. Once the group is satisfied, the link will be sent to councillors.',
      [
        ['resolution', 'The Parish Council (PC) decided to discuss parking in more detail at the September meeting.'],
        ['resolution', 'The quotes were discussed and the decision was to remain with the present supplier.'],
      ],
    ],
    [
      'a nomination, then the election it led to: the election only',
      '2/25: ELECTION OF CHAIRMAN\n\nCllr Ash was nominated for Chairman by Cllr Birch and seconded by Cllr Cole. There being no other nominations it was unanimously agreed that Cllr Ash be elected as Chairman.',
      [
        [
          'resolution',
          'There being no other nominations it was unanimously agreed that Cllr Ash be elected as Chairman.',
        ],
      ],
    ],
    [
      '"Cllrs." ending a sentence, before who proposed and seconded',
      '7. Finance\n\na. The bank reconciliation to 30 April 2025 had been circulated to all Cllrs. It was proposed, seconded and Resolved: to accept the bank reconciliation to 30 April 2025',
      [
        [
          'resolution',
          'The bank reconciliation to 30 April 2025 had been circulated to all Cllrs. It was proposed, seconded and Resolved: to accept the bank reconciliation to 30 April 2025',
        ],
      ],
    ],
    [
      'things to be issued, completed or clarified, in a note’s few words; not homes expected to be completed',
      'Leaflets to be issued to the houses affected. Accident form to be completed. The county’s part in the scheme to be clarified. The number of new homes expected to be completed this year was reported.',
      [
        ['action', 'Leaflets to be issued to the houses affected.'],
        ['action', 'Accident form to be completed.'],
        ['action', 'The county’s part in the scheme to be clarified.'],
      ],
    ],
    [
      'what will take place at the next meeting, after a number; the body in the first person, after why; not another body’s meeting reported',
      '9, Election of a new Secretary will take place at the next Committee meeting.\n\nDue to the age of our website we will be discussing a new site with a designer.\n\nReport from the County Councillor – Confirmation that a review of bus routes will take place at the next meeting of the county’s committee.',
      [
        ['follow-up', '9, Election of a new Secretary will take place at the next Committee meeting.'],
        ['follow-up', 'Due to the age of our website we will be discussing a new site with a designer.'],
      ],
    ],
    [
      'news that planning permission has been granted, which the council did not give',
      '18/80 Planning\n\nPlanning permission has been granted for 24/01234/PMBPA Agricultural building at Mill Farm.',
      [],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the twenty-second session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'members who asked the clerk to ask, invite or inform someone else',
      'Members raised worries about fly-tipping in the lanes and asked the clerk to ask the district council for a clear-up.',
      [
        [
          'action',
          'Members raised worries about fly-tipping in the lanes and asked the clerk to ask the district council for a clear-up.',
        ],
      ],
    ],
    [
      'numbered paragraphs that tell how the meeting came to its resolution, then the resolution',
      '14. Election of Chair\n\nMinutes:\n\n1. The Clerk asked for nominations.\n\n2. Cllr Ash proposed, and Cllr Birch seconded, that Ms Cole be elected Chair of the Panel.\n\n3. Voting took place, with seven votes for Ms Cole and two for Mr Dale.\n\nRESOLVED: That Ms Cole be elected Chair of the Panel.',
      [['resolution', 'Ms Cole be elected Chair of the Panel.']],
    ],
    [
      'lettered parts worded as decisions themselves stay decisions, whatever keyword follows',
      '(a) That the report be noted.\n\n(b) That the plan be approved.\n\nRESOLVED: That the minutes be signed.',
      [
        ['resolution', 'The report be noted.'],
        ['resolution', 'The plan be approved.'],
        ['resolution', 'The minutes be signed.'],
      ],
    ],
    [
      'a planning response with comments, told with them',
      '12.1 25/01234/FUL – 4 Mill Lane\n\nTwo new houses with access from the lane. Support with comments. The council asks that the hedge along the lane be kept.',
      [
        [
          'resolution',
          'Two new houses with access from the lane. Support with comments. The council asks that the hedge along the lane be kept.',
        ],
      ],
    ],
    [
      'an agenda’s note of when urgent business may be taken',
      '1. To receive apologies.\n\n2. Any business which the Chair decides is urgent. Urgent business may only be taken if the Chair is of the opinion that it should be considered as a matter of urgency.',
      [],
    ],
    [
      'what an applicant asked the board for, told by their solicitor',
      'Mr Dale advised that the applicant requested that the Board vary the closing time of the premises.',
      [],
    ],
    [
      'a resolution in capitals that asks the vice-chairman to chair the meeting',
      'Proposed by Cllr Ash and seconded by Cllr Birch\n\nCARRIED: Unanimous\n\nTHAT VICE-CHAIRMAN B BIRCH BE ASKED TO CHAIR THE MEETING',
      [['resolution', 'VICE-CHAIRMAN B BIRCH BE ASKED TO CHAIR THE MEETING']],
    ],
    [
      'a proposal, then "Resolved: that the proposal be approved" on the next line',
      '04/25/03 Police Matters\n\nThe PCSO gave the crime figures. Cllr Ash proposed that a letter be sent to the bus company, seconded by Cllr\nBirch. Resolved: that the proposal be approved. The Chair thanked the PCSO.',
      [['resolution', 'Cllr Ash proposed that a letter be sent to the bus company, seconded by Cllr Birch.']],
    ],
    [
      'the meeting’s general approval, and a council that declines to support a campaign',
      'Item 2 – There was general approval of the new design for the noticeboard.\n\nThe council is unable to support the request for a grant towards the regatta.',
      [
        ['resolution', 'Item 2 – There was general approval of the new design for the noticeboard.'],
        ['resolution', 'The council is unable to support the request for a grant towards the regatta.'],
      ],
    ],
    [
      'the previous minutes approved on a field’s line, not read as a web page’s "Minutes:" field',
      'Previous Minutes: Approved',
      [['resolution', 'Previous Minutes: Approved']],
    ],
    [
      'the council’s decision after "However,"; members who will think it over and bring ideas back',
      'Cllr Ash reported that the bid for the swings had been turned down. However, the Council will re-submit the bid next spring.\n\nCouncillors will consider this and come back to the next meeting with ideas for the footpath.',
      [
        ['resolution', 'However, the Council will re-submit the bid next spring.'],
        ['action', 'Councillors will consider this and come back to the next meeting with ideas for the footpath.'],
      ],
    ],
    [
      'a sentence’s last word wrapped onto a line of its own; a title whose name went to the next line',
      'Ann Ash to continue as Tree\nWarden.\n\nRESOLVED The Clerk to order the new bin. Councillor\n\nBirch to order the new signs.',
      [
        ['resolution', 'Ann Ash to continue as Tree Warden.'],
        ['resolution', 'The Clerk to order the new bin.'],
        ['action', 'Councillor Birch to order the new signs.'],
      ],
    ],
    [
      'a resolution’s lead-in "as indicated –" over its lettered parts',
      'RESOLVED:\n\nThat the joint working for the following services be continued as indicated –\n\n(a) Youth Service – to 31st May 2027;\n\n(b) Records Office – to 31st July 2027',
      [
        ['resolution', 'Youth Service – to 31st May 2027'],
        ['resolution', 'Records Office – to 31st July 2027'],
      ],
    ],
    [
      'how the meeting decided, then "it was" with no comma, over the decision',
      'The Treasurer presented the audit report.\n\nBy affirmation of the meeting it was\n\nThe report be approved.',
      [['resolution', 'The report be approved.']],
    ],
    [
      'a decision closed by its vote in brackets; the business "to agree:" above it is not one',
      '3 to agree: the forum to move its meetings to the library hall:\n\nDecision: the forum to meet in the library hall in future (agreed nem con)\n\n3.a Hire charges\n\n3.a.i The hall’s charges will be agreed by the officers.',
      [['resolution', 'The forum to meet in the library hall in future (agreed nem con)']],
    ],
    [
      'a sum to be asked for; an item for the next meeting’s agenda, said first',
      'A precept of £2,400 to be requested from the district council.\n\nFor agenda at next meeting, the allotment rents.',
      [
        ['action', 'A precept of £2,400 to be requested from the district council.'],
        ['work-programme', 'For agenda at next meeting, the allotment rents.'],
      ],
    ],
    [
      'a proposal put "unanimously", then agreed by all',
      'It was unanimously proposed that Ann Ash and Ben Birch be elected as the council’s representatives. Agreed by all.',
      [
        [
          'resolution',
          'It was unanimously proposed that Ann Ash and Ben Birch be elected as the council’s representatives.',
        ],
      ],
    ],
    [
      'members who "therefore" agreed, and which members they were',
      'The meeting was not quorate. Partner council members therefore agreed to go ahead with the published agenda.',
      [['resolution', 'Partner council members therefore agreed to go ahead with the published agenda.']],
    ],
    [
      'a proposal and who seconded it, with no vote after it; one proposed, seconded by another, that someone be elected',
      '32. Thanks\n\nCllr Ash proposed that the thanks of the council to Cllr Birch be recorded. This was seconded by Cllr Cole.\n\n33. Election of Chairman\n\nCllr Dale proposed, seconded by Cllr Ash that Cllr Cole should be elected Chairman for the year.',
      [
        ['resolution', 'Cllr Ash proposed that the thanks of the council to Cllr Birch be recorded.'],
        [
          'resolution',
          'Cllr Dale proposed, seconded by Cllr Ash that Cllr Cole should be elected Chairman for the year.',
        ],
      ],
    ],
    [
      'a paragraph’s number run into its first word; who is "to do" the next one; an owner’s cell after the sentence',
      '4.1Ann Ash agreed to send a copy of her slides to the members.\n\nBen Birch had done the last check. Cai Cole to do the next check.\n\nGrants were discussed. DD to work on the bids before the spring. / DD',
      [
        ['action', 'Ann Ash to send a copy of her slides to the members.'],
        ['action', 'Cai Cole to do the next check.'],
        ['action', 'DD to work on the bids before the spring. / DD'],
      ],
    ],
    [
      'who agreed to chair the meeting itself is no outcome; the meeting asked the clerk to put something on an agenda',
      'Ann Ash has resigned as Chair but agreed to chair this meeting.\n\nDefibrillator training – the meeting asked the Clerk to include this on the June agenda.',
      [['action', 'Defibrillator training – the meeting asked the Clerk to include this on the June agenda.']],
    ],
    [
      'a body that noted one thing and agreed another, two decisions',
      'The Board noted the report on the budget and agreed the spending plan for the year.',
      [
        ['resolution', 'The Board noted the report on the budget.'],
        ['resolution', 'The Board agreed the spending plan for the year.'],
      ],
    ],
    [
      'a body of any name that resolved, or resolved not to',
      'The Harbour Trust resolved not to renew the lease of the old quay.',
      [['resolution', 'The Harbour Trust resolved not to renew the lease of the old quay.']],
    ],
    [
      'who was proposed and seconded, then the resolution below that says it',
      'Cllr Ash proposed Cllr Birch be elected as Chair, which was seconded by Cllr Cole. There were no other candidates.\n\nResolved: To elect Cllr Birch as Chair of the Parish Council.',
      [['resolution', 'Elect Cllr Birch as Chair of the Parish Council.']],
    ],
    [
      'all agreed that someone be elected, after why; a proposal named after what came first',
      'With no other nomination, all agreed that Cllr. Ash be duly elected as Chair for the year.\n\nAfter some discussion the school thanked members, Ann Ash proposed and Ben Birch seconded that the council give £200 to the play area.',
      [
        ['resolution', 'With no other nomination, all agreed that Cllr. Ash be duly elected as Chair for the year.'],
        [
          'resolution',
          'After some discussion the school thanked members, Ann Ash proposed and Ben Birch seconded that the council give £200 to the play area.',
        ],
      ],
    ],
    [
      'practical undertakings: paint a fence, think it over and report back, buy a cover',
      'The Treasurer advised that she would paint the noticeboard by the hall.\n\nAnn will consider what can go on that wall and report back.\n\nThe bench will be mended by a joiner and Ben is to buy a cover.',
      [
        ['action', 'The Treasurer advised that she would paint the noticeboard by the hall.'],
        ['action', 'Ann will consider what can go on that wall and report back.'],
        ['action', 'The bench will be mended by a joiner and Ben is to buy a cover.'],
      ],
    ],
    [
      'the business above, then "RESOLVED to agree."',
      '1. Meetings during the emergency\n\na) To agree that the committee meets by video call until further notice.\n\nRESOLVED to agree.',
      [['resolution', 'Agree that the committee meets by video call until further notice.']],
    ],
    [
      'news of a grant won, and a fault that seems mended, are no outcomes; "suggested and agreed"',
      'A grant of £900 has been awarded for the new gates.\n\nThe drainage fault appears to be fixed after the works.\n\nIt was suggested and agreed to write to the highways authority about the potholes.',
      [['follow-up', 'Write to the highways authority about the potholes.']],
    ],
    [
      'the last of numbers listed before a full stop, not a list’s next number',
      'Farmers to be asked to clear bridleways 2 and 12. The Clerk will write to them.',
      [
        ['action', 'Farmers to be asked to clear bridleways 2 and 12.'],
        ['action', 'The Clerk will write to them.'],
      ],
    ],
    [
      'lettered updates whose first tells what was reported and then agreed: the others are no decisions; a petition received',
      'a) Street lamps – the Clerk reported that the lamp had been mended and it was agreed that the matter is closed.\n\nb) Dog bins – the Clerk had not had time to order them.\n\nc) Play area – the Clerk said it was still in hand.\n\nThe petition opposed the plan and was signed by most residents.',
      [
        [
          'resolution',
          'Street lamps – the Clerk reported that the lamp had been mended and it was agreed that the matter is closed.',
        ],
      ],
    ],
    [
      'finance in note form: sums agreed, a reconciliation approved and signed, changes agreed',
      '7. Finances\n\na. payments of £120 for grass cutting were agreed.\n\nb. hall hire – the new charges were noted and a payment of £95 agreed.\n\nc. accounts to 31 March – approved and signed\n\nd. asset register – additions agreed',
      [
        ['resolution', 'Payments of £120 for grass cutting were agreed.'],
        ['resolution', 'Hall hire – the new charges were noted and a payment of £95 agreed.'],
        ['resolution', 'Accounts to 31 March – approved and signed'],
        ['resolution', 'Asset register – additions agreed'],
      ],
    ],
    [
      'a summary’s notes: plans to be drawn up, a committee to visit, work to commence',
      'Village Hall\n\nPlans for the repainting of the hall to be drawn up and quotes sought.\n\nGreen Lane\n\nH.W. committee to inspect the verge and report.\n\nSome minor repairs to the swings to commence.',
      [
        ['action', 'Plans for the repainting of the hall to be drawn up and quotes sought.'],
        ['action', 'H.W. committee to inspect the verge and report.'],
        ['follow-up', 'Some minor repairs to the swings to commence.'],
      ],
    ],
    [
      'a motion moved after a clause of thanks, and both motions seconded and agreed',
      'Cllr Ash, having thanked the group for its report, moved the motion that the group become independent and that a grant of £150 be made. Both motions were seconded by Cllr Birch and agreed unanimously.',
      [
        [
          'resolution',
          'Cllr Ash, having thanked the group for its report, moved the motion that the group become independent and that a grant of £150 be made.',
        ],
      ],
    ],
    [
      'someone who will be a council’s representative',
      'Liaison: AB will be the Village Hall representative and report to the council.',
      [['resolution', 'Liaison: AB will be the Village Hall representative and report to the council.']],
    ],
    [
      'who is to act after two labels, one with "Ltd." in it; a councillor named with a title who offered to act',
      'Outstanding actions: Talk by a speaker from Ashdown Heritage Ltd. on the old mill: Cllr Ash to fix a new date for the visit.\n\nThe vacancy is still open and councillor Mrs Birch offered to put a notice in the newsletter.',
      [
        [
          'action',
          'Outstanding actions: Talk by a speaker from Ashdown Heritage Ltd. on the old mill: Cllr Ash to fix a new date for the visit.',
        ],
        ['action', 'The vacancy is still open and councillor Mrs Birch offered to put a notice in the newsletter.'],
      ],
    ],
    [
      'members of a named body who agreed that something should be; a council that acknowledged payments; declarations signed are a formality',
      'Members of the Twinning Group agreed that the fair should be held every year.\n\nThe council acknowledged the payments listed above.\n\nThe declarations of office were signed in front of the Clerk.',
      [
        ['resolution', 'Members of the Twinning Group agreed that the fair should be held every year.'],
        ['resolution', 'The council acknowledged the payments listed above.'],
      ],
    ],
    [
      'a date agreed for something; a body in agreement with a proposal, not with a view',
      'Carol service agreed for Friday, 18 December.\n\nThe Parish Council was in principle in agreement with the plan.\n\nThe Committee was in agreement with the concerns raised by residents.',
      [
        ['resolution', 'Carol service agreed for Friday, 18 December.'],
        ['resolution', 'The Parish Council was in principle in agreement with the plan.'],
      ],
    ],
    [
      'an item’s title with its first lettered part run on, the next part on the next line',
      '7. Finances a. payments of £120 for grass cutting were agreed.\nb. accounts to 31 March – approved and signed',
      [
        ['resolution', 'Payments of £120 for grass cutting were agreed.'],
        ['resolution', 'Accounts to 31 March – approved and signed'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('papers met on real pages in the twenty-second session', () => {
  it('reads an invitation to a meeting "when the following issues will be considered" as an agenda', async () => {
    const paper = await readPaper(
      'You are hereby invited to the Meeting of the Parish Council on Monday 6th July 2026 at 7pm when the following issues will be considered.\nApologies for absence\nMatters arising from the minutes\nTo receive reports from councillors\nTo consider the quotes for the bench',
    );
    expect(paper.kind).toBe('agenda');
    expect(paper.outcomes).toEqual([]);
  });
  it('does not take a line that opens with a preposition for the body that met', async () => {
    const paper = await readPaper(
      'ASSEMBLY OF ELMHOLM\n\nDELIBERATIONS\n\nFOR THE ASSEMBLY MEETING\n\nON WEDNESDAY 9TH DECEMBER 2026 AT 1730HRS\n\nItem I The harbour dues\n\nThe Assembly of Elmholm resolved to approve the new harbour dues.',
    );
    expect(paper.committee ?? '').not.toMatch(/^For /i);
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'The Assembly of Elmholm resolved to approve the new harbour dues.',
    ]);
  });
  it.each([
    ['Minutes of parish council meeting held on October 30th 2026\n\n1. Apologies were received.', 'Parish Council'],
    [
      'MINUTES OF MEETING FROM THE ELMHOLM VILLAGE HALL COMMITTEE HELD ON 3rd November 2026 AT 2000HRS\n\nItem 1 – Welcome',
      'Elmholm Village Hall Committee',
    ],
    [
      'Minutes of the Elmholm Parish Council Extra-ordinary Meeting held on Friday 4th August 2026\n\n1. Apologies',
      'Elmholm Parish Council',
    ],
    ['Minutes of the Twinning Sub Committee held on 17 September 2026\n\n1. Apologies', 'Twinning Sub-Committee'],
  ])('names the body that met, not what the paper is or the kind of meeting: %s', async (page, committee) => {
    expect((await readPaper(page)).committee).toBe(committee);
  });
  it('reads an agenda whose table of items heads its columns at the end of a line', async () => {
    const paper = await readPaper(
      'Annual Meeting\n\nAnnual Meeting of the Authority. This meeting will be held online and a link will be provided on this page.\n\n10:00 on 2nd July 2026 – Online Agenda Item Lead Officer Supporting Documents\n1   Appointment of Chair Clerk\n2   Declarations of Interests Chair\n3   Financial Report Treasurer Report 3',
    );
    expect(paper.kind).toBe('agenda');
    expect(paper.committee).not.toMatch(/This meeting/);
  });
});

describe('shapes met on real pages in the twenty-third session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a body that agreed after "After discussion" with no comma and no "The"',
      '4. Footpaths\n\nA resident asked about the stile. After discussion Council agreed for the Clerk to write to the landowner.',
      [['resolution', 'After discussion Council agreed for the Clerk to write to the landowner.']],
    ],
    [
      'what was agreed after a reason with no comma, for a year ahead',
      '6. Hedges\n\nAs the hedge contract has a year to run it was agreed to seek new quotes in 2027.',
      [['follow-up', 'Seek new quotes in 2027.']],
    ],
    [
      'actions under a dated reference run onto the owner',
      '3. Actions\n\n04/02/26-01-Secretary to send the survey to members of the group.\n\n04/02/26-02- Treasurer to open the new account.',
      [
        ['action', '04/02/26-01-Secretary to send the survey to members of the group.'],
        ['action', '04/02/26-02- Treasurer to open the new account.'],
      ],
    ],
    [
      'a paper discussed and resolved on, with no body named',
      '5. Drainage\n\nQuotes for the ditch work tabled, discussed, and resolved unanimously to accept the lowest.',
      [['resolution', 'Quotes for the ditch work tabled, discussed, and resolved unanimously to accept the lowest.']],
    ],
    [
      'a proposal carried in its own sentence, with who abstained',
      '6. Benches\n\nThe next step is a quote for two benches. Cllr Ash proposed this be sought, one councillor abstained and all others were in favour.',
      [['resolution', 'Cllr Ash proposed this be sought, one councillor abstained and all others were in favour.']],
    ],
    [
      'what was said or suggested, then agreed by everyone at the end of the sentence',
      '4. Thanks\n\nBen suggested that we send flowers to the retiring caretaker, and the meeting agreed.\n\nThe clerk said a reply had gone to the resident, this was agreed by all.\n\nFilming: the Chair asked that the meeting be filmed for the minutes – all those present agreed.',
      [
        ['resolution', 'Ben suggested that we send flowers to the retiring caretaker, and the meeting agreed.'],
        ['resolution', 'The clerk said a reply had gone to the resident, this was agreed by all.'],
        [
          'resolution',
          'Filming: the Chair asked that the meeting be filmed for the minutes – all those present agreed.',
        ],
      ],
    ],
    [
      '"Agreed" over a decision in the subjunctive, with its "that" left out, after other sentences',
      '2. Matters arising\n\nMr Ash said the brook should be cleared. Some members felt it should be piped.  Agreed a site meeting be arranged with the drainage engineer.',
      [['resolution', 'Agreed a site meeting be arranged with the drainage engineer.']],
    ],
    [
      'what the clerk asked or someone advised, then "All agreed." on its own',
      '3. Correspondence\n\nThe clerk had posted the draft by-laws. The clerk requested that she now apply to have the by-laws confirmed. All agreed.\n\nThe insurers advise that we take out the extra cover. All agreed.',
      [
        ['resolution', 'The clerk requested that she now apply to have the by-laws confirmed. All agreed.'],
        ['resolution', 'The insurers advise that we take out the extra cover. All agreed.'],
      ],
    ],
    [
      'a parish meeting’s record in the perfect: who it named, what it received and accepted',
      'The Electors of the parish, assembled this day\n\nHave named Mrs Ash and Mr Birch to audit the accounts for the year.\n\nHave received and accepted the reports of the school committees.',
      [
        ['resolution', 'Have named Mrs Ash and Mr Birch to audit the accounts for the year.'],
        ['resolution', 'Have received and accepted the reports of the school committees.'],
      ],
    ],
    [
      'a body writing as “we” says what it will do next; not what it will need',
      '4. Lessons\n\nThe lessons are that:\n\n• We will invite the ward councillor to meet us informally\n\n• Despite the good turnout online, we will consider whether to meet in the hall again\n\n• We will need a bigger room',
      [
        ['follow-up', 'We will invite the ward councillor to meet us informally'],
        ['follow-up', 'Despite the good turnout online, we will consider whether to meet in the hall again'],
      ],
    ],
    [
      'the clerk to act, capitalised, after a spaced dash joined to "Clerk"',
      '5. Reports\n\n5) Reports: The farm has moved the road drain –Clerk to Report to the highways team',
      [['action', 'Reports: The farm has moved the road drain –Clerk to Report to the highways team']],
    ],
    [
      'members who had no objections; a decision page in the present tense; a report noted by members',
      '3. Planning\n\nRose Cottage, Mill Road - rear extension. Members had no objections provided the annexe stayed in family use.\n\n4. Plan\n\nFollowing scrutiny, members note and endorse the overview of the work.\n\n5. Tree warden\n\nAnn Ash gave her report which was noted by Members with thanks.',
      [
        ['resolution', 'Members had no objections provided the annexe stayed in family use.'],
        ['resolution', 'Following scrutiny, members note and endorse the overview of the work.'],
        ['resolution', 'Ann Ash gave her report which was noted by Members with thanks.'],
      ],
    ],
    [
      'how another body resolved, told in a letter, and a decision earlier in the year, told by officers, are not this meeting’s',
      '6. Correspondence\n\nThe letter tells us of cuts and how the County Council resolved to close two day centres.\n\n7. Budget\n\nOfficers explained that earlier in the year, the Joint Committee agreed to set a nil budget.',
      [],
    ],
    [
      'two undertakings in one sentence: a councillor’s and the council’s; a decision, then the clerk’s action "in the meantime"',
      '3. Planning\n\n• Mill Barn – a site visit is expected. Cllr Ash will follow this matter up and community council will write to the rail company\n\n4. Public time\n\nIt was agreed to put this on the next agenda but in the meantime the Clerk agreed to send the points to the county council. Clerk to action.',
      [
        ['action', 'Cllr Ash will follow this matter up'],
        ['resolution', 'Community council will write to the rail company'],
        ['follow-up', 'Put this on the next agenda'],
        ['action', 'The Clerk to send the points to the county council.'],
      ],
    ],
    [
      'work that will be done by someone named, on a given day',
      '7. Market\n\nThe clerk confirmed that the stalls need cleaning and this will be done by the caretaker on 3rd May.',
      [
        [
          'action',
          'The clerk confirmed that the stalls need cleaning and this will be done by the caretaker on 3rd May.',
        ],
      ],
    ],
    [
      'permission given for something; a new board that supported; members who expressed support for a proposal put to them',
      '4. Memorials\n\nPermission was given for a slate headstone on plot 12.\n\n5. Board\n\nThe new Board supported the plan of the previous Board to set up a friends group.\n\n6. Honours board\n\nMr Ash: Members were requested to consider a proposal to put up an honours board in the hall. All members present expressed their support for the proposal.',
      [
        ['resolution', 'Permission was given for a slate headstone on plot 12.'],
        ['resolution', 'The new Board supported the plan of the previous Board to set up a friends group.'],
        ['resolution', 'All members present expressed their support for the proposal.'],
      ],
    ],
    [
      'everyone present asked to do something; a body writing as “we” that keeps an item on its agenda',
      '3. Safety\n\nThe harbour master asked all attendees to remind their crews to report any incidents.\n\n4. Paths\n\nWe will keep this item on the agenda for future meetings.',
      [
        ['request', 'The harbour master asked all attendees to remind their crews to report any incidents.'],
        ['follow-up', 'We will keep this item on the agenda for future meetings.'],
      ],
    ],
    [
      'a proposal told with military and courtesy titles, whose full stops end no sentence, resolved before its “that”',
      '2. Election of Vice-Chairman\n\nIt was proposed by Mr. Ash seconded by Col. Birch and unanimously Resolved that Major The Hon. R.E. Cole be re-elected Vice-Chairman for the year.',
      [
        [
          'resolution',
          'It was proposed by Mr. Ash seconded by Col. Birch and unanimously Resolved that Major The Hon. R.E. Cole be re-elected Vice-Chairman for the year.',
        ],
      ],
    ],
    [
      'business with no verb, then who proposed and seconded it in initials; an invitation to be extended',
      '1. Matters arising\n\nFormal co-option of Ann Ash to the council. KL proposed MN seconded. KL welcomed Ann to the council. Invitation to be extended to Ben Birch as a co-opted member.',
      [
        ['resolution', 'Formal co-option of Ann Ash to the council. KL proposed MN seconded.'],
        ['action', 'Invitation to be extended to Ben Birch as a co-opted member.'],
      ],
    ],
    [
      'a topic’s title, the earlier minute it refers to in brackets, then who will act',
      '146. Play area swings (min.101 refers) Cllr Ash will check the chains each month. If repairs are needed she would get a quote.',
      [['action', 'Play area swings (min.101 refers) Cllr Ash will check the chains each month.']],
    ],
    [
      'a decision after a label in capitals; officers who agreed to stay in post; someone who will endeavour to act',
      '9. Other business\n\nAOB Agreed that the Secretary would write to the police for a monthly report.\n\n10. Officers\n\nAs no one came forward the present officers agreed to stay in post until the spring.\n\n11. Signage\n\nFinger posts Kim will endeavour to get answers on these points for the next meeting.',
      [
        ['resolution', 'AOB Agreed that the Secretary would write to the police for a monthly report.'],
        ['resolution', 'As no one came forward the present officers agreed to stay in post until the spring.'],
        ['action', 'Finger posts Kim will endeavour to get answers on these points for the next meeting.'],
      ],
    ],
    [
      'a proposal with its seconder in one sentence, then no counter motions; someone elected as no one else applied',
      '5. Grants\n\nHaving read the letter, Mr Ash proposed awarding a grant of £500, seconded by Mrs Birch. There were no counter motions.\n\n6. Vice-chair\n\nThere were no other applicants and no objections so Cai Cole was elected.',
      [
        ['resolution', 'Having read the letter, Mr Ash proposed awarding a grant of £500, seconded by Mrs Birch.'],
        ['resolution', 'Vice-chair There were no other applicants and no objections so Cai Cole was elected.'],
      ],
    ],
    [
      'a council named by its initials that authorised someone; a body writing as “we” that will donate',
      '5. Play area\n\nPC authorised Sam to buy and fit the new basketball net.\n\n6. Donations\n\nWe will donate again this year to the first responders.',
      [
        ['resolution', 'PC authorised Sam to buy and fit the new basketball net.'],
        ['follow-up', 'We will donate again this year to the first responders.'],
      ],
    ],
    [
      'any other business by its initials, run on after a line with no full stop; a proposal after a grant’s long title',
      '8. Planning\n\nThere were no other planning issues (see above)\nAOCB Agreed that the Secretary would ask the police for a monthly report.\n\n9. Grants\n\n1) Village Hall - towards the cost of heating: Having read the accounts, Mr Ash proposed awarding a grant of £500, seconded by Mrs Birch. There were no counter motions.',
      [
        ['resolution', 'AOCB Agreed that the Secretary would ask the police for a monthly report.'],
        [
          'resolution',
          'Village Hall - towards the cost of heating: Having read the accounts, Mr Ash proposed awarding a grant of £500, seconded by Mrs Birch.',
        ],
      ],
    ],
    [
      'a flattened table of applications: each reference opens a line, each response ends its proposal',
      '7. Planning applications\n\nRef\n\nLPA ref & location\n\nProposal\n\nResponse\n\n7.1 P0101/26/TCA\n\nElmholm:\n\n3 Mill Lane\n\nRemoval of 1 x dying ash tree No objection\n7.2 P0102/26/FUL\n\nElmholm:\n\n5 Mill Lane\n\nTwo-storey extension to the rear No objection',
      [
        ['resolution', '7.1 P0101/26/TCA Elmholm: 3 Mill Lane Removal of 1 x dying ash tree No objection'],
        ['resolution', '7.2 P0102/26/FUL Elmholm: 5 Mill Lane Two-storey extension to the rear No objection'],
      ],
    ],
    [
      'a column of labels, each with its part’s numeral: actions and decisions, one to a line',
      'ITEM 4 Matters Arising and Actions\n\nNoted (i) That the bus stop is still missing.\nAction (i) AB-C to take this up with the council. AB-C\nAction (ii) GH to draft a letter of thanks to be sent from the Chair. GH/Chair\nAgreed (i) The hall will be booked for March.',
      [
        ['action', 'AB-C to take this up with the council.'],
        ['action', 'GH to draft a letter of thanks to be sent from the Chair.'],
        ['resolution', 'The hall will be booked for March.'],
      ],
    ],
    [
      'what "is agreed" in the present tense; all councillors asked to act; a council that had not raised any objection; members who elected councillors',
      '4. Moorings\n\nNothing new has been decided and it is agreed that we will keep an eye on this issue.\n\n5. Vacancy\n\nThe Chairman asked all Cllrs to encourage suitable candidates to apply.\n\n6. Tree works\n\nThe Council have not raised any objection to this work being carried out.\n\n7. Committees\n\nMembers elected Councillors Ann Ash and Ben Birch onto the committee.',
      [
        ['follow-up', 'We will keep an eye on this issue.'],
        ['request', 'The Chairman asked all Cllrs to encourage suitable candidates to apply.'],
        ['resolution', 'The Council have not raised any objection to this work being carried out.'],
        ['resolution', 'Members elected Councillors Ann Ash and Ben Birch onto the committee.'],
      ],
    ],
    [
      'a review "in the meantime", in the passive; "after discussion agreed" after a matter and a colon; a bare vote line that carried the business above',
      '8. Tourism\n\nThe Clerk would ask for the costs. In the meantime the policy on visitors would be reviewed at the next strategy meeting.\n\n9. Equipment\n\nConsider purchase of a gazebo: after discussion agreed to purchase one, not too big.\n\n10. Invoices\n\nClerk’s wages 345 – 40\n\n: PROPOSED : Cllr Ash SECONDED : Cllr Birch CARRIED.',
      [
        ['action', 'The Clerk would ask for the costs.'],
        ['action', 'In the meantime the policy on visitors would be reviewed at the next strategy meeting.'],
        ['resolution', 'Consider purchase of a gazebo: after discussion agreed to purchase one, not too big.'],
        ['resolution', ': PROPOSED : Cllr Ash SECONDED : Cllr Birch CARRIED.'],
      ],
    ],
    [
      'lettered parts under "it was resolved:" at the end of a paragraph that ran on from the item before',
      '1. Apologies\n\nThe Chair said a by-election would be called. 2. Memorial glade After hearing the landscape architect, and following questions, it was resolved:\n\nA. To note that funding was available until January.\n\nB. That the Council supported the proposal in principle.',
      [
        ['resolution', 'Note that funding was available until January.'],
        ['resolution', 'The Council supported the proposal in principle.'],
      ],
    ],
    [
      'a matter in a flattened table, then what is to be done with it at the next meeting',
      '4716 / Standing orders – to discuss in more detail at the next meeting / Next agenda',
      [['work-programme', '4716 / Standing orders – to discuss in more detail at the next meeting / Next agenda']],
    ],
    [
      'a proposal, then who seconded it "which was then unanimously agreed"; a call for nominations, a signed declaration and an auditor’s approval are no decisions',
      '4. Minutes\n\nCllr. Ash proposed that the minutes be signed. Cllr. B.Birch seconded the motion, which was then unanimously agreed.\n\n5. Vice-Chairman\n\nThe Chairman asked for a nomination for Vice-Chairman. The Declaration was witnessed and signed by Councillors Cole and Dale.\n\n6. Accounts\n\nMinute 12.4 – Year-end accounts: It was noted the External Auditor has approved and signed the return.',
      [
        [
          'resolution',
          'Cllr. Ash proposed that the minutes be signed. Cllr. B.Birch seconded the motion, which was then unanimously agreed.',
        ],
      ],
    ],
    [
      'approved by the committee in the passive; two people who proposed and seconded; a policy "discussed agreed"; a group set up',
      '3. Policies\n\nIt was duly approved by the Committee and signed by the Chair.\n\n4. Accounts\n\nAB and CD proposed and seconded the Treasurer’s report.\n\n5. Safeguarding\n\nA draft safeguarding policy was discussed agreed.\n\n6. High street\n\nA working group for the high street was set up and members appointed.',
      [
        ['resolution', 'It was duly approved by the Committee and signed by the Chair.'],
        ['resolution', 'AB and CD proposed and seconded the Treasurer’s report.'],
        ['resolution', 'A draft safeguarding policy was discussed agreed.'],
        ['resolution', 'A working group for the high street was set up and members appointed.'],
      ],
    ],
    [
      'an item put on the next agenda; "It was finally decided"; "it was agreed we need"; a bill to be paid; councillors who received and approved',
      '7. Footpaths\n\nPROPOSED to put the bus shelter on the next agenda.\n\n8. Meeting\n\nIt was finally decided that a meeting of all the parties would be held.\n\n9. Trustees\n\nIt was agreed we need to find a new trustee.\n\n10. Bills\n\nGrass cutting bill to be paid (£270).\n\n11. Accounts\n\nCouncillors received and approved the statements of account for the year.',
      [
        ['work-programme', 'PROPOSED to put the bus shelter on the next agenda.'],
        ['resolution', 'It was finally decided that a meeting of all the parties would be held.'],
        ['follow-up', 'We need to find a new trustee.'],
        ['action', 'Grass cutting bill to be paid (£270).'],
        ['resolution', 'Councillors received and approved the statements of account for the year.'],
      ],
    ],
    [
      'the secretary asked to write; someone named in full who will act after a comma; a request agreed in principle; an opinion all shared is no decision',
      '4. Plots\n\nIt was agreed that it was not helpful that the shed had been moved. Sec was asked to write to the tenant.\n\n5. Hall\n\nThe hall chairman asked the council to release the £2,000 promised, Ann Ash will transfer these funds. He also asked if the hall could borrow money, should the costs rise, this was agreed in principle.',
      [
        ['action', 'Sec was asked to write to the tenant.'],
        ['action', 'Ann Ash will transfer these funds.'],
        [
          'resolution',
          'He also asked if the hall could borrow money, should the costs rise, this was agreed in principle.',
        ],
      ],
    ],
    [
      'a heading in capitals with a year in it, run on into what the council did; a decision agreed on an earlier date and items brought forward are not this meeting’s',
      '08/26 ELECTION OF TOWN MAYOR FOR THE 2026/27 CIVIC YEAR Council ratified the decision made at the meeting held in July that Cllr. Ash be elected Mayor for 2026/27.\n\n09/26 PLANNING\n\nIt was agreed on the 3rd March that the council would publish its views. The Chair asked for items 9 and 10 to be brought forward.',
      [
        [
          'resolution',
          'Council ratified the decision made at the meeting held in July that Cllr. Ash be elected Mayor for 2026/27.',
        ],
      ],
    ],
    [
      'who undertook to act at someone’s request; a body writing as “we” after a dash; a label glued by a semicolon; a rejected motion is no decision',
      '4. Roads\n\nAt request of MP he undertook to find out when the order could be challenged.\n\n5. Plots\n\nBroken padlocks – we will move to combination locks when they next need replacing.\n\n6. Other business\n\nAny other business;Trestle tables to be lent for the street party on July 12th.The Treasurer has reviewed the charges.\n\n7. Motions\n\nThe motion to cut the charges for the rest of the year was rejected by the Council.',
      [
        ['action', 'Find out when the order could be challenged.'],
        ['follow-up', 'Broken padlocks – we will move to combination locks when they next need replacing.'],
        ['action', 'Trestle tables to be lent for the street party on July 12th.'],
      ],
    ],
    [
      'the business, a dash, then "it was agreed"; a fresh decision after what someone had agreed; all members present who agreed',
      '8. Planters\n\n·  To consider buying planters for the school wall – it was agreed to buy two from the same supplier.\n\n9. Lane\n\nThe owner had agreed to keep his side trimmed but as this was not happening it was decided to ask the caretakers for a quote.\n\n10. Letters\n\nA resident asked for the council’s support. All members present agreed that support for this should be noted.',
      [
        [
          'resolution',
          'Consider buying planters for the school wall – it was agreed to buy two from the same supplier.',
        ],
        [
          'resolution',
          'The owner had agreed to keep his side trimmed but as this was not happening it was decided to ask the caretakers for a quote.',
        ],
        ['resolution', 'All members present agreed that support for this should be noted.'],
      ],
    ],
    [
      'a proposal and its seconder over "This was passed unanimously." on a line of its own: one decision',
      '2. Co-option\n\nCllr Ash proposed and Cllr Birch seconded that Cai Cole be co-opted.\n\nThis was passed unanimously.',
      [
        [
          'resolution',
          'Cllr Ash proposed and Cllr Birch seconded that Cai Cole be co-opted. This was passed unanimously.',
        ],
      ],
    ],
    [
      'a committee’s bulleted findings: proposed by majority, not thought necessary, recommend to Full Council, a proposal to Full Council, to be included',
      '7.3 Cemeteries:\n\n• Memorial request – it was proposed by majority that the Full Council consider allowing a plaque on the bench.\n\n5 / Recreation ground:\n\n• Signage – it was not considered necessary to add more signs\n• Working party – none. The Committee recommend to Full Council that the working party be wound up\n• Review of lease – proposal to Full Council that the club take over the pavilion\n• Maintenance of the drain – to be included in the review of the lease',
      [
        [
          'resolution',
          'Memorial request – it was proposed by majority that the Full Council consider allowing a plaque on the bench.',
        ],
        ['resolution', 'Signage – it was not considered necessary to add more signs'],
        ['recommendation', 'The Committee recommend to Full Council that the working party be wound up'],
        ['recommendation', 'Review of lease – proposal to Full Council that the club take over the pavilion'],
        ['follow-up', 'Maintenance of the drain – to be included in the review of the lease'],
      ],
    ],
    [
      'bullets run into a paragraph, each its own sentence; a label then "Resolved not to"; members who felt one thing but agreed another; a member of the public’s request is not the meeting’s',
      '6. Donations\n\nRequests had been received - • Reading group – Members felt this was a good cause but agreed that the Clerk should ask for its accounts. • Youth festival: Resolved not to donate.\n\n7. Public forum\n\nA member of the public spoke about his letter at 7.3 and asked that the committee consider each request on its merits.',
      [
        [
          'resolution',
          'Reading group – Members felt this was a good cause but agreed that the Clerk should ask for its accounts.',
        ],
        ['resolution', 'Youth festival: Resolved not to donate.'],
      ],
    ],
    [
      'how each payment in a list is made is no action',
      '20/327 Payments\n\nClerk’s salary £300. Payments to be made by BACS.\n\nWater rates £40. Payments to be made by direct debit.',
      [],
    ],
    [
      'minute references and "Members NOTED" run together on one line',
      '4/8/26 Public Participation Time None 5/8/26 Reports from Outside Bodies Members NOTED a report from the police 6/8/26 County Councillor’s Report Members NOTED a report from County Cllr. Ash',
      [
        ['resolution', 'Members NOTED a report from the police'],
        ['resolution', 'Members NOTED a report from County Cllr. Ash'],
      ],
    ],
    [
      'an officer named by role and name who is to act; someone named in full who agreed, after "and"; "Action" and a full name',
      '3. Roads\n\nConvenor Ann Ash to phone the roads department.\n\nThere was an article on grants and Ben Birch agreed to look for it.\n\ng) Web site - Action Cai Cole\n\nThe car park extension is finished. Action Cllr Dee Dale.',
      [
        ['action', 'Convenor Ann Ash to phone the roads department.'],
        ['action', 'There was an article on grants and Ben Birch agreed to look for it.'],
        ['action', 'Web site - Action Cai Cole'],
        ['action', 'The car park extension is finished.'],
      ],
    ],
    [
      'a question whose answer is ", agreed." at its end; a body writing as “we” that will prepare something',
      '5. Groups\n\nCllr Ash asked if she could join the working group, agreed.\n\n6. Resilience\n\nWe will prepare an updated emergency leaflet.',
      [
        ['resolution', 'Cllr Ash asked if she could join the working group, agreed.'],
        ['follow-up', 'We will prepare an updated emergency leaflet.'],
      ],
    ],
    [
      'resolved "then unanimously"; an officer by role and name after a comma; a meeting "at which it resolved"',
      '3. Vice-Chairman\n\nIt was then unanimously resolved that Cllr Ash be elected as Vice-Chairman.\n\n4. Parking\n\nIt was suggested that the car parks be lined, Convenor Ben Birch to phone the roads department.\n\n5. Arrangements\n\nThe Council held an outdoor meeting on 20th April at which it resolved to delegate decisions to the Clerk.',
      [
        ['resolution', 'It was then unanimously resolved that Cllr Ash be elected as Vice-Chairman.'],
        ['action', 'It was suggested that the car parks be lined, Convenor Ben Birch to phone the roads department.'],
        [
          'resolution',
          'The Council held an outdoor meeting on 20th April at which it resolved to delegate decisions to the Clerk.',
        ],
      ],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the twenty-fourth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a body named by its initials, then "members", that approved or supported',
      '6. Grants\n\nThe application for £400 for new sails was scrutinised. ECC members approved the amount requested.\n\n7. Planning\n\nECC members supported the proposed direction.',
      [
        ['resolution', 'ECC members approved the amount requested.'],
        ['resolution', 'ECC members supported the proposed direction.'],
      ],
    ],
    [
      'voted unanimously that someone be co-opted; someone who had offered to do something',
      '2. Directors\n\nIt was voted unanimously that Ann Ash and Ben Birch be co-opted as directors for another year.\n\n3. War memorial\n\nMr B Birch had offered to obtain quotes for cleaning the memorial.',
      [
        [
          'resolution',
          'It was voted unanimously that Ann Ash and Ben Birch be co-opted as directors for another year.',
        ],
        ['action', 'Mr B Birch to obtain quotes for cleaning the memorial.'],
      ],
    ],
    [
      'a report noted with a reference in brackets; a body that agreed "following which"',
      '5. Reports\n\nThe Manager’s Report was noted (see Appendix 3).\n\n6. Shops\n\nAnn Ash gave a talk on village shops following which the Community Council agreed to support the survey.',
      [
        ['resolution', 'The Manager’s Report was noted (see Appendix 3).'],
        [
          'resolution',
          'Ann Ash gave a talk on village shops following which the Community Council agreed to support the survey.',
        ],
      ],
    ],
    [
      'NOTED, or a decision, run on after its heading in capitals',
      '150. DRAFT CONSERVATION AREA PROPOSALS NOTED presentation by the conservation officer on the proposals for Elmford.\n\n2. Items for decision 2.1 MILL FARM It was resolved that the enforcement officer be asked to visit the site.',
      [
        [
          'resolution',
          'DRAFT CONSERVATION AREA PROPOSALS NOTED presentation by the conservation officer on the proposals for Elmford.',
        ],
        [
          'resolution',
          'Items for decision 2.1 MILL FARM It was resolved that the enforcement officer be asked to visit the site.',
        ],
      ],
    ],
    [
      'parts numbered in small roman numerals with no stop, each a title and a dash, after ":-"',
      '4. Matters arising\n\nArising from the minutes:- i Membership – the Board agreed to write to the new member. ii Computers – the Clerk would send a letter of support.',
      [
        ['resolution', 'Membership – the Board agreed to write to the new member.'],
        ['action', 'Computers – the Clerk would send a letter of support.'],
      ],
    ],
    [
      'an action by a councillor of another council, named with its initials',
      '3. Toilets\n\nThe charges were discussed.\n\nHC Cllr Ash to ask the council to look at the charges again.',
      [['action', 'HC Cllr Ash to ask the council to look at the charges again.']],
    ],
    [
      'a numbered "Resolution 1:" over who is to be co-opted; reasons for absence ACCEPTED in capitals',
      '1. Board\n\nThe Chair said Ann Ash was willing to join.\n\nResolution 1: Ann Ash be co-opted onto the Board.\n\n2. Apologies\n\nThe reasons for absence were ACCEPTED.',
      [
        ['resolution', 'Ann Ash be co-opted onto the Board.'],
        ['resolution', 'The reasons for absence were ACCEPTED.'],
      ],
    ],
    [
      'a planning response confirmed or repeated by the council',
      '7. Planning\n\nPA26/01234 Mill House: Councillors confirmed their original response of no objection.\n\nPA26/04321 Barn conversion: the Council reiterates its previous response in August.',
      [
        ['resolution', 'PA26/01234 Mill House: Councillors confirmed their original response of no objection.'],
        ['resolution', 'PA26/04321 Barn conversion: the Council reiterates its previous response in August.'],
      ],
    ],
    [
      'two people who each offered to do something, in one sentence',
      '4. Schools\n\nMs Ash offered to visit schools in the north of the county, and Mr Birch offered to visit schools in the south.',
      [
        ['action', 'Ms Ash to visit schools in the north of the county'],
        ['action', 'Mr Birch to visit schools in the south.'],
      ],
    ],
    [
      'a decision after "but" or "and" in a sentence of discussion; an undertaking after "but"',
      '5. Security\n\nLights at the back were a good idea but the members agreed that locked gates would be useful.\n\n6. Planning\n\n26/0123 Mill House – this was mainly for internal changes and the councillors had no objections to the proposals.\n\n7. Parking\n\nThe Clerk advised that this was a matter for the district council but Cllr Ash agreed to contact them nonetheless.',
      [
        ['resolution', 'Lights at the back were a good idea but the members agreed that locked gates would be useful.'],
        [
          'resolution',
          '26/0123 Mill House – this was mainly for internal changes and the councillors had no objections to the proposals.',
        ],
        [
          'action',
          'The Clerk advised that this was a matter for the district council but Cllr Ash agreed to contact them nonetheless.',
        ],
      ],
    ],
    [
      'RESOLUTION in capitals over what the clerk will do, with no "to" or "that"',
      '4. Reports\n\nRESOLUTION: As the ward councillor had not attended for a year the clerk will ask her to send a monthly report.',
      [
        [
          'resolution',
          'As the ward councillor had not attended for a year the clerk will ask her to send a monthly report.',
        ],
      ],
    ],
    [
      'thanks, a report’s slides, planning consent given elsewhere and work reported done are not decisions',
      '3. Reports\n\nThe Board acknowledged the considerable work that had gone into the report.\n\nHis report was supported by a visual display of the site.\n\nDistrict planning approval has been granted for the above applications.\n\nWork to repair the flood damage has finally been cleared and completed.',
      [],
    ],
    [
      'an action line of two sentences, the first with "will"; the minutes’ own note that they are a draft',
      '4. Events\n\nThe summer fair was discussed.\n\nAction points: Ann will prepare the consent forms.    Ben to check the insurance documents.\n\nThese Minutes have been accepted as a draft for wider circulation following consultation with the Chair.',
      [
        ['action', 'Ann will prepare the consent forms.'],
        ['action', 'Ben to check the insurance documents.'],
      ],
    ],
    [
      'someone co-opted who then joined the meeting',
      '4. Co-option\n\nOne application had been received from Ann Ash and it was resolved to co-opt her onto the Parish Council and she joined the meeting from 8:06PM.',
      [['resolution', 'It was resolved to co-opt her onto the Parish Council and she joined the meeting from 8:06PM.']],
    ],
    [
      'a planning application opposed; support confirmed; a request acceded to',
      '7. Planning\n\n1234/26/FUL Barns at Mill Lane Council opposed the application as it was not a sustainable location.\n\nThe Parish Councillors confirmed support for the campaign for a crossing.\n\nThe Parish Council acceded to the request for a new sign.',
      [
        [
          'resolution',
          '1234/26/FUL Barns at Mill Lane Council opposed the application as it was not a sustainable location.',
        ],
        ['resolution', 'The Parish Councillors confirmed support for the campaign for a crossing.'],
        ['resolution', 'The Parish Council acceded to the request for a new sign.'],
      ],
    ],
    [
      'minutes numbered with their year run together after a decision',
      '51/2026 Election of Chairman – it was RESOLVED to elect Cllr. Ash. 52/2026 Election of Vice Chairman – it was RESOLVED to elect Cllr. Birch. 53/2026 Acceptance of Office – both signed.',
      [
        ['resolution', 'Elect Cllr. Ash.'],
        ['resolution', 'Elect Cllr. Birch.'],
      ],
    ],
    [
      'a body that agreed to contact several people, lettered inline after the verb',
      '4. Speeding\n\nConcerns were raised about speeding. The Parish Council recommended both education and enforcement and agreed to contact a) Ann Ash, Safety Officer at the county to request a traffic survey; b) Sgt. Birch at Police; and c) the school to offer a safety talk.',
      [
        [
          'action',
          'The Parish Council recommended both education and enforcement and agreed to contact Ann Ash, Safety Officer at the county to request a traffic survey',
        ],
        [
          'action',
          'The Parish Council recommended both education and enforcement and agreed to contact Sgt. Birch at Police',
        ],
        [
          'action',
          'The Parish Council recommended both education and enforcement and agreed to contact the school to offer a safety talk.',
        ],
      ],
    ],
    [
      'the meetings whose minutes were signed, listed under the decision, are not decisions',
      '3. TO APPROVE THE MINUTES OF THE FOLLOWING MEETINGS: circulated before the meeting and it was RESOLVED they be signed as a true record:\n\n(a) Annual Town Council meeting held on 16.5.2026.\n\n(b) Cemetery Committee meeting held on 25.5.2026.',
      [['resolution', 'They be signed as a true record']],
    ],
    [
      'a past appointment, the meeting suspended for the public, and what was noted are not decisions',
      '2. Clerk\n\nMrs Ash was appointed on 13 January 2025 as the Proper Officer.\n\nThe meeting was suspended to hold the public forum.\n\nUpdate on the Mill Lane site – it was noted that planning permission has been granted for the houses.',
      [],
    ],
    [
      'news of someone’s health and what the council has not yet been told are not undertakings',
      '5. Reports\n\nDistrict Cllr Ash was pleased to report an improvement in Cllr Birch’s health.\n\nThe Parish Council are yet to be updated on this and have received no plans.',
      [],
    ],
    [
      'an item’s title and what it decided, between dots; a decision "in principle"',
      '1. Election of Chairman … Members elected Ann Ash as Chairman.\n\n2. Bus shelter\n\nIn principle the Parish Council supported the idea of a new shelter.',
      [
        ['resolution', 'Members elected Ann Ash as Chairman.'],
        ['resolution', 'In principle the Parish Council supported the idea of a new shelter.'],
      ],
    ],
    [
      'a welcome to a new councillor and the minutes’ approval stamp are not decisions',
      '2. Councillors\n\nThe Parish Council welcomes Cllr Ash who is filling the vacant seat.\n\nAPPROVED 21.2.26',
      [],
    ],
    [
      'planning responses run together, each after its reference; no objection offered after "so"',
      '10. Planning\n\nApplications received: none new. 26/00408/FUL – single storey rear extension – 18 Mill Close - no objections 26/00320/TCA – remove pine – the school- no objections.\n\n11. Conservatory\n\nThe history of the site shows many changes, so the Parish Council offer no objections to the planning application.',
      [
        ['resolution', '26/00408/FUL – single storey rear extension – 18 Mill Close - no objections'],
        ['resolution', '26/00320/TCA – remove pine – the school- no objections.'],
        [
          'resolution',
          'The history of the site shows many changes, so the Parish Council offer no objections to the planning application.',
        ],
      ],
    ],
  ])('%s', readsWhole);
});

describe('papers met on real pages in the twenty-third session', () => {
  it('reads "… MEETING of the … to be held on …" over business "To APPROVE …", run together, as an agenda', async () => {
    const paper = await readPaper(
      '1 ISLE OF ELMHOLM SPRING MEETING of the ASSEMBLY to be held on WEDNESDAY 21st APRIL 2027 at 10.00 AM in the HALL AGENDA 1. To APPROVE the MINUTES of the WINTER MEETING. 2. To CONSIDER a Report from the HARBOUR COMMITTEE and to APPROVE the new dues. 3. To CONSIDER a Report from the ROADS COMMITTEE.',
    );
    expect(paper.kind).toBe('agenda');
    expect(paper.outcomes).toEqual([]);
  });
  it('reads a report that "updates" the body and proposes, run together, as a report with no outcomes', async () => {
    const paper = await readPaper(
      '11 ELMHOLM TRANSPORT PARTNERSHIP 22 SEPTEMBER 2027 DIRECTOR’S REPORT This report updates the Partnership on matters of interest and seeks agreement to related proposals. 1 RECOMMENDATIONS 1.1 That the Partnership notes the updates. 2 DISCUSSION 2.1 The last meeting of the chairs’ forum was held in June. The note of that meeting will be circulated when available.',
    );
    expect(paper.kind).toBe('report');
    expect(paper.outcomes).toEqual([]);
  });
  it('reads an untitled paper whose items are worded as an agenda’s but which records that the council agreed, as minutes', async () => {
    const paper = await readPaper(
      'Cllr Ann Ash (Chairman), Cllr Ben Birch\n\n1. To consider apologies for absence. All councillors were present\n\n2. To agree the minutes of the last meeting. Agreed.\n\n3. Village hall chairs. Cllr Birch had looked at chairs in the next village. The Parish Council AGREED to buy twenty chairs.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.some((o) => o.text.includes('AGREED to buy twenty chairs'))).toBe(true);
  });
});

describe('papers met on real pages in the twenty-fourth session', () => {
  it('reads an agenda whose items name approved business after a dash as an agenda, and a summary of others’ decisions as no decisions', async () => {
    const agenda = await readPaper(
      'Agenda for the meeting of Elmford Parish Council on 3 March 2026\n\n7. Planning – Approved applications to note\n\n8. Finance – Approved payments list',
    );
    expect(agenda.kind).toBe('agenda');
    const report = await readPaper(
      'Summary of Planning Decisions\n\n  1. 26/00101/FUL, extension at Mill House, approved by the district council on 3 February.\n  2. 26/00102/FUL, new barn at Elm Farm, refused by the district council on 10 February.',
    );
    expect(report.outcomes).toEqual([]);
  });
  it('reads a summary of a meeting’s decisions, each numbered, as its outcomes', async () => {
    const paper = await readPaper(
      '22 December 2026\n\nSummary of Trustee Meeting Decisions - Sep 2026\n\n  1. As discussed before, the hall is not subject to the Act, so minutes will not be published, though summaries of decisions will be.\n  2. Agreement reached with the church regarding free use of the hall for its services.\n  3. Delegated authority limit set at £100 for training.\n  4. External redecoration to proceed at once with the contractor. Costs to be met from reserves.',
    );
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'As discussed before, the hall is not subject to the Act, so minutes will not be published, though summaries of decisions will be.',
      'Agreement reached with the church regarding free use of the hall for its services.',
      'Delegated authority limit set at £100 for training.',
      'External redecoration to proceed at once with the contractor. Costs to be met from reserves.',
    ]);
  });
  it('reads an agenda printed with what was decided after each item, as minutes', async () => {
    const paper = await readPaper(
      'Residents Association\n\n12/10/2026\n\nAgenda for the first meeting\n\n1. Elect the officers - Completed, see the website\n\n2. Agree the aims of the association - Agreed and the constitution updated\n\n3. Decide the size of the committee - We decided not to set a limit',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.some((o) => o.text.includes('We decided not to set a limit'))).toBe(true);
  });
});

describe('shapes met on real pages in the twenty-fifth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a proposal by "Mr." with a full stop, then "Seconded by … and carried"',
      'Cemetery. Mr. Ash proposed that six fruit trees be bought for the cemetery. Seconded by Mr. Birch and carried.',
      [['resolution', 'Mr. Ash proposed that six fruit trees be bought for the cemetery.']],
    ],
    [
      '"Resolved -" in small letters on a line of its own, under a title whose number was spaced out in the copy',
      'Minutes of the Parks Committee\n5 93 . Cover for the gatekeeper whilst on holiday over the summer months\nResolved - Cllr Ash volunteered to cover the dates.\n5 94 . Signage for the fete\nResolved - Quote accepted.',
      [
        ['resolution', 'Cllr Ash volunteered to cover the dates.'],
        ['resolution', 'Quote accepted.'],
      ],
    ],
    [
      'something agreed to be put under a camera, which is no rule for an online meeting',
      'It was agreed that the map of the village will be sited under the CCTV camera on the pavilion.',
      [['follow-up', 'The map of the village will be sited under the CCTV camera on the pavilion.']],
    ],
    [
      '"Agreed" then a role in small letters who is to act',
      'Two officers attended the funeral. Agreed clerk to send thanks to the inspector.',
      [['resolution', 'Agreed clerk to send thanks to the inspector.']],
    ],
    [
      'governors who adopted something; governors who noted and discussed a candidate (no decision)',
      'Forms were collected at the meeting. Governors also adopted the Code of Practice for Governors.\n\nGovernors noted and discussed the merits of Ann Ash, a prospective governor.',
      [['resolution', 'Governors also adopted the Code of Practice for Governors.']],
    ],
    [
      'a newly elected chair with initials run together',
      'Nominations were asked for. Dr A.B.C. Ash was nominated, seconded and duly elected.',
      [['resolution', 'Dr A.B.C. Ash was nominated, seconded and duly elected.']],
    ],
    [
      'a response field with its one word; the planning authority’s refusal reported, which is not the council’s',
      'PL/2026/0101 Two houses on land at Mill Close\nParish Council Comments:  Object\n\nFenshire Council refused permission, and the applicant appealed to the Planning Inspectorate.',
      [['resolution', 'Parish Council Comments: Object']],
    ],
    [
      'a decision repeated; agreed by a body named; agreed after a dash',
      'The Council repeated its decision not to widen the access to the playing field.\n\nIt was also agreed by the Forum that reports name their sources.\n\nThe questions for the survey were discussed – agreed by the group to draft one by April.\n\nAB raised the late subscriptions – agreed that AB would write to each member.',
      [
        ['resolution', 'The Council repeated its decision not to widen the access to the playing field.'],
        ['follow-up', 'Reports name their sources.'],
        ['resolution', 'The questions for the survey were discussed – agreed by the group to draft one by April.'],
        ['resolution', 'AB raised the late subscriptions – agreed that AB would write to each member.'],
      ],
    ],
    [
      'a proposal by someone named without a title, then the vote; something proposed and seconded, with no vote after it',
      '3. Job share\n\nAnn proposed that a vote was taken to approve the job description. All in favour.\n\n4. Accounts\n\nAccounts to be approved & adopted was proposed by Ben Birch, Seconded by Cai Cole.\n\n5. Trustees\n\nA.Ash and B. Birch were approved as Trustees. Proposed by C. Cole, Seconded by D. Dale',
      [
        ['resolution', 'Ann proposed that a vote was taken to approve the job description. All in favour.'],
        ['resolution', 'Accounts to be approved & adopted was proposed by Ben Birch, Seconded by Cai Cole.'],
        ['resolution', 'A.Ash and B. Birch were approved as Trustees. Proposed by C. Cole, Seconded by D. Dale'],
      ],
    ],
    [
      'a lettered part that decides, with a named vote after it',
      '4. Financial Matters.\na. Payment Schedules for February be approved. Councillor Ash called for a named vote. Councillors Birch, Cole and Dale for. Councillor Ash abstained. Carried.\nb. Receipt Schedules for February be approved. Carried.',
      [
        [
          'resolution',
          'Payment Schedules for February be approved. Councillor Ash called for a named vote. Councillors Birch, Cole and Dale for. Councillor Ash abstained. Carried.',
        ],
        ['resolution', 'Receipt Schedules for February be approved. Carried.'],
      ],
    ],
    [
      'a council content with a choice (not with progress); one that did not feel able to support; agreed not to, after a comma',
      'The Parish Council were happy with the layout and colours.\n\nThe Parish Council was happy with the progress made.\n\nThe Parish Council did not feel able to support the present application.\n\nEveryone wants to keep the phone box, Agreed not to sell it.',
      [
        ['resolution', 'The Parish Council were happy with the layout and colours.'],
        ['resolution', 'The Parish Council did not feel able to support the present application.'],
        ['resolution', 'Everyone wants to keep the phone box, Agreed not to sell it.'],
      ],
    ],
    [
      'a request that acts on a decision long past; councillors asked to act, after "and"',
      'Hall funding; Cllrs. asked the Clerk to send a cheque for £1,500 to the hall trustees as agreed in July 2014.\n\nThe officer has invited feedback from residents and councillors were asked to advise the Clerk as appropriate.',
      [
        ['action', 'Cllrs. asked the Clerk to send a cheque for £1,500 to the hall trustees as agreed in July 2014.'],
        [
          'action',
          'The officer has invited feedback from residents and councillors were asked to advise the Clerk as appropriate.',
        ],
      ],
    ],
    [
      'lettered parts in brackets, each after an action’s line',
      '2. Public Forum: Mr Ash: (a) cars park across the pavement – Action: Clerk to write to the school; (b) the precept rise is too large – noted; (c) the sweeper has not been since Christmas – Action: Cllr Birch to investigate; (d) the minutes should be lower on the notice board – already done.',
      [
        ['action', 'Clerk to write to the school'],
        ['action', 'Cllr Birch to investigate'],
      ],
    ],
    [
      'a church council by its initials; who will act, in initials, after "It was agreed"; someone named with who they are in brackets',
      '4. Fabric\n\nPCC unanimously approved the support of the Friends for the south aisle. It was agreed RE should discuss the lights with the electrician.\n\n5. Website\n\nTom Ash (the Clerk’s nephew) agreed to take over the website.',
      [
        ['resolution', 'PCC unanimously approved the support of the Friends for the south aisle.'],
        ['follow-up', 'RE should discuss the lights with the electrician.'],
        ['action', 'Tom Ash to take over the website.'],
      ],
    ],
    [
      'the meeting’s approval given; a working group to be set up',
      '5. Constitution\n\nThe meeting gave unanimous approval to the constitution that is to be presented to members.\n\n6. Review\n\nA working group will be set up to review the terms of reference.',
      [
        ['resolution', 'The meeting gave unanimous approval to the constitution that is to be presented to members.'],
        ['follow-up', 'A working group will be set up to review the terms of reference.'],
      ],
    ],
    [
      'a decision made, and something to go ahead, in note form; what someone named by a first name will furnish',
      'Notice board\n\nDecision made to put up a board with the names of life members.\n\nSpeakers\n\nBooking of the speaker for December to go ahead.\n\nAudit\n\nMark will furnish the completed audit shortly.',
      [
        ['resolution', 'Decision made to put up a board with the names of life members.'],
        ['resolution', 'Booking of the speaker for December to go ahead.'],
        ['action', 'Mark will furnish the completed audit shortly.'],
      ],
    ],
    [
      'an agenda’s purpose printed after its item’s title, then what was resolved',
      '17.088 Matters Arising: (a) Post Office – Council to discuss the service at the hall. Resolved that the Clerk shall write to the post office about the service.',
      [['resolution', 'The Clerk shall write to the post office about the service.']],
    ],
    [
      'to place on the next agenda; a month’s meeting; a paper circulated and what was resolved; everyone content with something',
      '8. Footpaths\n\nTo place on next agenda.\n\n9. Benches\n\nTypes of bench to be discussed at Jan meeting.\n\n10. Finance\n\nThe finance report was circulated and resolved to accept the figures given.\n\n11. Walks\n\nCouncil discussed and all happy with the routes.',
      [
        ['work-programme', 'Place on next agenda.'],
        ['work-programme', 'Types of bench to be discussed at Jan meeting.'],
        ['resolution', 'The finance report was circulated and resolved to accept the figures given.'],
        ['resolution', 'Council discussed and all happy with the routes.'],
      ],
    ],
    [
      'an interest a member asked to be recorded is no outcome',
      '3. Declarations of interest\n\nCllr Ash requested that a personal, non-prejudicial interest be recorded, as she works for the county council.',
      [],
    ],
    [
      '"These were agreed" under a short line that says what; who acts in initials with a particle or a hyphen',
      'v) To agree Standing Orders.\n\nThese were agreed and signed.\n\nvi) Verges\n\nKdS to liaise with SP for the contractor’s details. KS-C to contact the organiser.',
      [
        ['resolution', 'Agree Standing Orders. These were agreed and signed.'],
        ['action', 'KdS to liaise with SP for the contractor’s details.'],
        ['action', 'KS-C to contact the organiser.'],
      ],
    ],
    [
      '"Decision – Support the Application" under an application’s lines; the planning authority’s decision reported is not the council’s',
      '5. Planning applications\n\nMill House, 4 Mill Lane.\n\nDemolition of outbuildings and a single storey extension.\n\nDecision – Support the Application\n\nThe Borough Council has APPROVED Planning Permission for the following Application: No 26/01234/F',
      [['resolution', 'Demolition of outbuildings and a single storey extension. Decision – Support the Application']],
    ],
    [
      'the members asked the one who had spoken to act; an undertaking to pursue after "but"; no dispensations to record',
      '14. Verges\n\nMr Ash reported the verge was overgrown. Members asked him to get confirmation that the verge was in the parish.\n\n15. Drains\n\nCllr Birch said he had had no response but he would pursue the matter.\n\n16. Dispensations\n\nThere were no dispensations received and granted since the last meeting.',
      [
        ['request', 'Members asked him to get confirmation that the verge was in the parish.'],
        ['action', 'Cllr Birch said he had had no response but he would pursue the matter.'],
      ],
    ],
    [
      'a nomination, then that the nominee accepted and it was agreed: the agreement is the decision',
      '1. To elect a Chairman\n\nMr Ash called for nominations for Chairman. Ann Birch proposed Ken Ash, seconded Sue Cole. Mr Ash accepted the nomination and it was agreed unanimously.',
      [['resolution', 'Mr Ash accepted the nomination and it was agreed unanimously.']],
    ],
    [
      'work still outstanding and what becomes of a recording are no outcomes',
      '6. Matters arising\n\nThe benches and notice board are still to be installed.\n\n7. Recording\n\nThe recording will be destroyed by the Clerk once the minutes have been approved.',
      [],
    ],
  ])('%s', readsWhole);
});

describe('papers met on real pages in the twenty-fifth session', () => {
  it('reads informal notes titled with the body’s meeting and its date as minutes, a body by its initials kept as printed', async () => {
    const paper = await readPaper(
      'Notes from the Online PCC meeting, 15th June, 2026\n\n  1. To approve the contract for the verger.\n\nAnn proposed that a vote was taken to approve the contract. All in favour.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.committee).toBe('PCC');
    expect(paper.date).toBe('2026-06-15');
    expect(paper.outcomes.map((o) => o.text)).toContain(
      'Ann proposed that a vote was taken to approve the contract. All in favour.',
    );
  });
  it('gives no date from a magazine’s page number before its month', async () => {
    const paper = await readPaper(
      'Page 20 - December 2026 Issue 300\nP. 20\nTO APPROVE THE MINUTES It was resolved to approve the minutes, which were signed by the Chairman.',
    );
    expect(paper.date).toBeNull();
  });
});

describe('shapes met on real pages in the twenty-sixth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a nomination in capitals, seconded in capitals, and all in favour in capitals',
      '1. ELECTION OF CHAIRMAN\n\nCouncillor Ann Ash NOMINATED Councillor Ben Birch as Chairman for the coming year. SECONDED by Councillor Cai Cole. ALL IN FAVOUR. Cllr Birch thanked Cllr Ash.',
      [
        [
          'resolution',
          'Councillor Ann Ash nominated Councillor Ben Birch as Chairman for the coming year. Seconded by Councillor Cai Cole. All in favour.',
        ],
      ],
    ],
    [
      'members very happy to co-opt; a consensus; a body by its initials that decided',
      'Members were very happy to co-opt Mr Dale as a councillor.\n\nThe consensus was that the hall should open on Sundays.\n\nHPC decided to support the application with conditions.',
      [
        ['resolution', 'Members were very happy to co-opt Mr Dale as a councillor.'],
        ['resolution', 'The consensus was that the hall should open on Sundays.'],
        ['resolution', 'HPC decided to support the application with conditions.'],
      ],
    ],
    [
      'a request with no one named, after what was noted',
      'It was noted that the speed watch had not met for some months and as Cllr Ash leads on it it was requested to add it to the agenda for March.',
      [
        [
          'request',
          'It was noted that the speed watch had not met for some months and as Cllr Ash leads on it it was requested to add it to the agenda for March.',
        ],
      ],
    ],
    [
      'a recommendation moved and seconded, then "it was so resolved"',
      'Cllr Ash moved the report’s recommendation, which Cllr Birch seconded; and it was so resolved.',
      [['resolution', 'And it was so resolved.']],
    ],
    [
      'a nomination proposed and seconded; an office and its holder, then who proposed; a name, its office and its proposer in brackets',
      '3. Election of Chair – The nomination to re-elect Mrs Ash as Chair was proposed by Ben Birch and seconded by Cai Cole, and passed by the members.\n\n4. Election of office bearers:\n\n- Treasurer – Dan Dale. Proposed by Ann Ash, Seconded by Eve Eld.\n\nMr Fred Fox - Vice Chairman (proposed by A Ash, Seconded by B Birch);',
      [
        [
          'resolution',
          'The nomination to re-elect Mrs Ash as Chair was proposed by Ben Birch and seconded by Cai Cole, and passed by the members.',
        ],
        ['resolution', 'Treasurer – Dan Dale. Proposed by Ann Ash, Seconded by Eve Eld.'],
        ['resolution', 'Mr Fred Fox - Vice Chairman (proposed by A Ash, Seconded by B Birch)'],
      ],
    ],
    [
      'all members voted in favour of the recommendation; councillors who want to see something; two to canvass opinion',
      'Vote: all forum members voted in favour of the recommendation.\n\nCllrs also want to see a screen with notices fitted in the hall.\n\nDan and Eve to canvass opinion at the youth club.',
      [
        ['resolution', 'Vote: all forum members voted in favour of the recommendation.'],
        ['information-request', 'Cllrs also want to see a screen with notices fitted in the hall.'],
        ['action', 'Dan and Eve to canvass opinion at the youth club.'],
      ],
    ],
    [
      'a planning response labelled as the recommendation to the council; another council that will be asked why',
      '117.1 AB/26/0490 Mill House, Mill Lane Two-storey rear extension Recommendation to Council: To recommend approval. Concern was expressed at the number of such applications. The County Council will be asked when the work will be done.',
      [
        [
          'resolution',
          'AB/26/0490 Mill House, Mill Lane Two-storey rear extension Recommendation to Council: To recommend approval.',
        ],
        ['request', 'The County Council will be asked when the work will be done.'],
      ],
    ],
    [
      'late papers admitted, listed under the decision; two nominations in one sentence; councillors all agreed',
      'Minutes:\n\nIt was agreed to accept the following late papers:\n\n  • Report from the Hospital Trust\n  • Letter from Fenshire Council\n\nAB proposed CD as secretary, EF seconded and AB proposed GH as minute secretary, IJ seconded.\n\nCouncillors all agreed the bonfire will not go ahead this year.',
      [
        ['follow-up', 'Accept the following late papers: Report from the Hospital Trust; Letter from Fenshire Council'],
        ['resolution', 'AB proposed CD as secretary, EF seconded'],
        ['resolution', 'AB proposed GH as minute secretary, IJ seconded.'],
        ['resolution', 'Councillors all agreed the bonfire will not go ahead this year.'],
      ],
    ],
    [
      'what became of applications, listed by their references, and the council asked to receive minutes, are no outcomes',
      '90/15 Planning Applications\n\ni. St Anne’s Church – AB/26/00101/FUL – approved\n\nii. Mill Farm – AB/26/00102/FUL – awaiting a decision\n\nThe Council will be asked to receive the minutes of the Planning Committee.',
      [],
    ],
    [
      'a committee with its area in brackets that resolved to AGREE its parts; a part whose members are set out below',
      'The Local Committee (Ashby) resolved to AGREE:\n\n(i) To note the capital works being progressed this year\n\n(ii) To delegate to the Area Highway Manager the ability to resolve problems.\n\nThe Committee unanimously resolved to:\n(1) Agree to the continuation of a Car Park Working Group.\n(2) Agree to appoint members to the working group as set out below:\n- The Chair of the Committee – Councillor Ann Ash\n- Labour member – Councillor Ben Birch\n(3) To authorise the Chair to invite officers to the group as required.',
      [
        ['resolution', 'Note the capital works being progressed this year'],
        ['resolution', 'Delegate to the Area Highway Manager the ability to resolve problems.'],
        ['resolution', 'Agree to the continuation of a Car Park Working Group.'],
        [
          'resolution',
          'Agree to appoint members to the working group as set out below: The Chair of the Committee – Councillor Ann Ash; Labour member – Councillor Ben Birch',
        ],
        ['resolution', 'Authorise the Chair to invite officers to the group as required.'],
      ],
    ],
    [
      'who is to act, in initials after the sentence, in a list of matters arising',
      '4. Matters arising\n\n  • Footpaths. Leaflets to be delivered. AB.\n  • Paths. Inquiries will be made to recover the costs. D. Ash/S. Birch',
      [
        ['action', 'Leaflets to be delivered.'],
        ['action', 'Inquiries will be made to recover the costs.'],
      ],
    ],
    [
      'a hearing’s reasons in the present and what the law says the panel must do are no outcomes',
      'When determining an application, the Panel must have regard to the council’s policy.\n\nThe Sub-Committee is satisfied that the applicant has met the conditions.\n\nThe Sub-Committee notes that whilst there were complaints last year, none have been made since.',
      [],
    ],
    [
      'all the members present in favour, or endorsing; a unanimous vote taken to do something; RESOLVE THAT with its D dropped',
      'All Councillors present were in favour of the new bench.\n\nAll Board members present agreed with the plan.\n\nA unanimous vote was taken to ask for a new bus shelter.\n\nThe council unanimously voted that the working party should go on meeting.\n\nRESOLVE THAT THE HALL FEES BE PAID.',
      [
        ['resolution', 'All Councillors present were in favour of the new bench.'],
        ['resolution', 'All Board members present agreed with the plan.'],
        ['resolution', 'A unanimous vote was taken to ask for a new bus shelter.'],
        ['resolution', 'The council unanimously voted that the working party should go on meeting.'],
        ['resolution', 'THE HALL FEES BE PAID.'],
      ],
    ],
    [
      'offices and holders in initials, then who proposed them; someone willing to stand and duly elected',
      '2. Election of Officers – Chair AB – CD proposed AB and EF seconded\nVice Chair – CD – AB proposed and all agreed\n\nCllr Ash said that he was willing to stand and was duly elected.',
      [
        ['resolution', 'Chair AB – CD proposed AB and EF seconded'],
        ['resolution', 'Vice Chair – CD – AB proposed and all agreed'],
        ['resolution', 'Cllr Ash said that he was willing to stand and was duly elected.'],
      ],
    ],
    [
      'a proposal passed in the same sentence; a matter to be discussed at the next meeting; the clerk also to act',
      'Ann Ash proposed that Ben Birch be co-opted, this was seconded by Cai Cole and the resolution was carried.\n\nA grant request was received – Councillor Dale confirmed that this will be discussed at the next meeting.\n\nClerk also to request a copy of the lease.',
      [
        [
          'resolution',
          'Ann Ash proposed that Ben Birch be co-opted, this was seconded by Cai Cole and the resolution was carried.',
        ],
        [
          'follow-up',
          'A grant request was received – Councillor Dale confirmed that this will be discussed at the next meeting.',
        ],
        ['action', 'Clerk also to request a copy of the lease.'],
      ],
    ],
    [
      'who proposed and seconded, and the election, under the nomination',
      'Nomination for Chairman: Cllr Ann Ash\nProposed by Cllr Birch and seconded by Cllr Cole and elected unanimously\nCllr Ash thanked the members.',
      [
        [
          'resolution',
          'Proposed by Cllr Birch and seconded by Cllr Cole and elected unanimously Cllr Ash thanked the members.',
        ],
      ],
    ],
    [
      'in a numbered run that decides, a part that only titles an item, and an applicant’s own decision, are no outcomes',
      'i)Apologies For Absence\n\nReceived from Cllr Ash.\n\nii)Co-option – the applicant decided not to go ahead.\n\niii)Declarations Of Interest – none\n\niv)Chairman’s Remarks\n\nResolved to write to the hall committee about its fees.',
      [['resolution', 'Write to the hall committee about its fees.']],
    ],
    [
      'elections held elsewhere and an application gone to appeal are no outcomes',
      'Cllr Ann Ash was elected as District Councillor for Mill Ward at the recent election.\n\nThe Mill Farm application had been refused and has now gone to appeal.',
      [],
    ],
  ])('%s', readsWhole);
});

describe('papers met on real pages in the twenty-sixth session', () => {
  it.each([
    [
      'a summons to a meeting of a named council',
      'Dear Councillor\n\nYou are hereby summoned to attend a meeting of Highfield Town Council on Tuesday 8 December 2026 at 7.30pm.\n\nAGENDA\n\n1. Apologies for absence\n\n2. Declarations of interest',
      'Highfield Town Council',
    ],
    [
      'a summons to an ordinary meeting of the council by its kind',
      'Dear Councillor,\nYou are summoned to attend an Ordinary Meeting of the Parish Council to be held on Wednesday 9 December 2026 at 7pm.\n\n1. Apologies\n\n2. Minutes',
      'Parish Council',
    ],
    [
      'the body before "meeting" in a summons',
      'Members are summoned to attend a scheduled Parish Council meeting on Monday 9 November 2026 at 7.30pm in the school.\n\n1. Welcome\n\n2. To receive apologies for absence.',
      'Parish Council',
    ],
    [
      'a notice that the next meeting of a body will be held',
      'I hereby give notice that the next meeting of the Community Council will be held in the chapel vestry on 12 October 2026.\n\n1. Apologies\n\n2. Minutes',
      'Community Council',
    ],
    [
      'the annual parish meeting, for its parish',
      'ANNUAL PARISH MEETING FOR THE PARISH OF HIGHFIELD\n\nMinutes of the meeting held on Monday 11 May 2026 at 7pm in the Village Hall\n\n1. Welcome\n\nThe Chairman welcomed the parishioners.',
      'Annual Parish Meeting',
    ],
  ])('names the body from %s', async (_shape, text, committee) => {
    expect((await readPaper(text)).committee).toBe(committee);
  });
  it.each([
    [
      'a minutes title in capitals after the letterhead on one line',
      'ASHBY PARISH COUNCIL Mill Lane, Ashby AB1 2CD Tel: 01234 567890 MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD IN THE VILLAGE HALL, ON MONDAY 2ND NOVEMBER 2026 AT 7.30PM 2156/26 Present: Cllrs Ash, Birch\n\n2157/26 TO NOTE ABSENCE Resolved: Absence was noted.',
      'minutes',
      '2026-11-02',
    ],
    [
      'a day run into its month',
      'ASHBY TOWN COUNCIL\n\nAT A MEETING of the AMENITIES COMMITTEE held in the Council Chamber at 7.00 pm on Tuesday 3November 2026 there were present:\n\nCouncillor Ash – in the chair.',
      'minutes',
      '2026-11-03',
    ],
    [
      'the year an account ended, above the minutes’ title',
      'Ashby Community Council - Income and expenditure account year ended 31st March 2026\n\nhttps://example.org/accounts\n\nDraft Minutes of Ashby Community Council Ordinary Meeting held 7th October 2026 in the Village Hall\n\nPresent: Ann Ash (Chair)',
      'minutes',
      '2026-10-07',
    ],
    [
      'another event that would take place, and points raised at another meeting',
      'Ashby Town Council Minutes for September 2026\n\nPresent: Cllr Ash (Mayor), Cllr Birch\n\nThe minutes of the last meeting were APPROVED and signed.\n\nThe Mayor reminded the meeting that the Remembrance parade would take place on Sunday 8 November 2026.\n\nTo discuss the matters raised at the open footpaths meeting held on 22nd September 2026.',
      'minutes',
      null,
    ],
    [
      'a course over two days, not the meeting (which the title names)',
      'The minutes of Ashby Commissioners meeting held on Thursday 11th June 2026.\n\nTraining day 5-6August 2026 – no member can attend.',
      'minutes',
      '2026-06-11',
    ],
  ])('reads what a paper is and its date from %s', readsKindAndDate);
});

describe('shapes met on real pages in the twenty-seventh session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'agreed by unanimous vote; a proposal by someone to co-opt, seconded and carried',
      'It was agreed by unanimous vote to keep the grant to the hall at £300.\n\nProposal by Cllr Ash to co-opt Mr Dale, seconded Cllr Birch, carried.',
      [
        ['follow-up', 'Keep the grant to the hall at £300.'],
        ['resolution', 'Proposal by Cllr Ash to co-opt Mr Dale, seconded Cllr Birch, carried.'],
      ],
    ],
    [
      'offices and holders with who proposed, the office in one word, and who seconded on the line below',
      '1. Election of officers\n\nChairman: Ann Ash Proposed: Ben Birch\nSeconded: Cai Cole all in favour\nVicechair: Dan Dale Proposed: Ann Ash\nSeconded: Eve Eld\nCarried unanimously',
      [
        ['resolution', 'Chairman: Ann Ash Proposed: Ben Birch'],
        ['resolution', 'Vicechair: Dan Dale Proposed: Ann Ash'],
      ],
    ],
    [
      'a planning response in quotes after "Resolved", its application on the line above',
      '7/26 Planning\n7.1 Mill Barn 26/0456\nResolved “Not supported”\n7.2 Old Forge\nResolved “No objection”',
      [
        ['resolution', 'Mill Barn 26/0456 Resolved “Not supported”'],
        ['resolution', 'Old Forge Resolved “No objection”'],
      ],
    ],
    [
      'initials with a stop between, to act',
      'The gate by the pond is still broken. A.B to photograph it and send it to the highways team.',
      [['action', 'A.B to photograph it and send it to the highways team.']],
    ],
    [
      'an application’s reference, then the response after discussion; a sum in pounds and pence before "approved"',
      '9. Planning\n\n26/01234/FUL Quarry Lane – following discussion, no objection\n\n10. Donations\n\nNew kit for the youth football club – Proposed to give £150.00 – approved.',
      [
        ['resolution', '26/01234/FUL Quarry Lane – following discussion, no objection'],
        ['resolution', 'New kit for the youth football club – Proposed to give £150.00 – approved.'],
      ],
    ],
    [
      'what was proposed, then who proposed and seconded in initials and the vote, on a line of its own',
      '4. New councillor\nMr Fox has written to the council, and it was proposed that he should join it as a co-opted member.\n\nProposed: AA Seconded: BB All were in agreement.',
      [
        [
          'resolution',
          'Mr Fox has written to the council, and it was proposed that he should join it as a co-opted member.',
        ],
      ],
    ],
    [
      'proposed by one and seconded by another that someone is asked to act; a suggestion met with approval',
      'Two prices were compared. It was proposed by Mr. A. Ash, seconded by Mrs B. Birch that Mr Dale is asked to cut the hedge.\n\nThe Chair’s idea of inviting Mr Fox to join the council was met with approval.',
      [
        [
          'resolution',
          'Two prices were compared. It was proposed by Mr. A. Ash, seconded by Mrs B. Birch that Mr Dale is asked to cut the hedge.',
        ],
        ['resolution', 'The Chair’s idea of inviting Mr Fox to join the council was met with approval.'],
      ],
    ],
    [
      'who is to attend another body’s meetings, one by title with a stop',
      '6. Meetings of other bodies\n\n·       Hall Committee – Clerk and Mrs. Ash to attend',
      [['action', 'Hall Committee – Clerk and Mrs. Ash to attend']],
    ],
    [
      'a correction to the last minutes by page, and another body’s works due to start, are no outcomes; nor "Motion carried." after the decision',
      'Cllr Ash asked that on page 3 the second paragraph of item 5 be corrected.\n\nRoad repairs are scheduled to begin on 3 August.\n\nThe meeting opened at 7pm RESOLUTION: As the chair was late, it was agreed that Cllr Ash take the chair for the first item. All in favour. Motion carried. 1) Welcome',
      [['follow-up', 'Cllr Ash take the chair for the first item. All in favour.']],
    ],
    [
      '"Agreed" then who is to act, or what we ask, in the subjunctive',
      'Footpath by the mill. Agreed we ask that the fallen tree be cleared.\n\nThe traffic count was too low for a speed camera. Agreed the Clerk write to the police again.',
      [
        ['resolution', 'Agreed we ask that the fallen tree be cleared.'],
        ['action', 'Agreed the Clerk write to the police again.'],
      ],
    ],
    [
      'a minute’s number with a stroke, its title and a colon, then "It was resolved"',
      '30/26 Standing Orders: It was resolved to adopt the revised orders.\n\n31/26 The minutes of 4 May 2026 were agreed and signed.',
      [
        ['resolution', 'Standing Orders: It was resolved to adopt the revised orders.'],
        ['resolution', 'The minutes of 4 May 2026 were agreed and signed.'],
      ],
    ],
    [
      'who proposed and seconded, and the vote, under a resolution already read',
      '4. To approve the minutes of the meeting held on 3rd March 2026:\nIt was RESOLVED to approve the minutes of the meeting held on 3rd March 2026 as a true record. Action: Clerk.\nProposed: Cllr A Ash, seconded: Cllr B Birch.  All in favour.\n5. To review the action log',
      [['action', 'Approve the minutes of the meeting held on 3rd March 2026 as a true record.']],
    ],
    [
      'a proposal, its seconder and the vote "voting unanimous in favour" or "all in agreement"',
      '26/01234/FUL New garage, 4 Mill Lane. Cllr Ash proposed support, seconded Cllr Birch, voting unanimous in favour.\n\n8. Grants\nThe Food Bank – D Dale proposed £75, E Eld seconded, all in agreement;\nThe Scout hut – no grant given;',
      [
        ['resolution', 'Cllr Ash proposed support, seconded Cllr Birch, voting unanimous in favour.'],
        ['resolution', 'The Food Bank – D Dale proposed £75, E Eld seconded, all in agreement'],
      ],
    ],
    [
      'all present in favour; noted by the committee; a council pleased to support; a grant to be applied for, flowers to be given',
      '5. Speed signs\nAll Councillors present were in favour of buying a defibrillator.\n\n6. Appeals\nThe list of decisions was noted by the Committee.\n\n7. Tidy-up day\nThe council was pleased to support the litter pick.\n\n8. Grants\nThe heritage grant to be applied for in May by Cllr Ash. A card is to be given to Mrs Dale.',
      [
        ['resolution', 'All Councillors present were in favour of buying a defibrillator.'],
        ['resolution', 'The list of decisions was noted by the Committee.'],
        ['resolution', 'The council was pleased to support the litter pick.'],
        ['action', 'The heritage grant to be applied for in May by Cllr Ash.'],
        ['action', 'A card is to be given to Mrs Dale.'],
      ],
    ],
    [
      'a sum towards something, granted; the council that does not wish to comment',
      '6. Grants\n£150 towards the village hall’s new boiler granted.\n\n7. Planning\nCouncil do not wish to comment on this application.',
      [
        ['resolution', '£150 towards the village hall’s new boiler granted.'],
        ['resolution', 'Council do not wish to comment on this application.'],
      ],
    ],
    [
      '"Resolution:" after a sentence; "RESOLVED that:-"; the clerk in capitals, also to act',
      '5. Grants\nThe youth club’s letter was read. Resolution: To give £80 towards its trip.\n\n6. Election of Chair\nRESOLVED that:- Councillor Ann Ash be elected as Chair for the year.\n\n7. Vacancies\nACTION: CLERK to order the new noticeboard. Also CLERK to ask the school about a mural.',
      [
        ['resolution', 'Give £80 towards its trip.'],
        ['resolution', 'Councillor Ann Ash be elected as Chair for the year.'],
        ['action', 'CLERK to order the new noticeboard.'],
        ['action', 'Also CLERK to ask the school about a mural.'],
      ],
    ],
    [
      'a proposal, the lines of who proposed and seconded it, then "AGREED, UNANIMOUSLY"',
      '5. Grant applications\na) Wind farm fund\nProposal:\nIt is proposed that the bid to the village fund be submitted.\nProposed: A Ash\nSeconded: B Birch\nAGREED, UNANIMOUSLY\n6. Date of next meeting',
      [['resolution', 'It is proposed that the bid to the village fund be submitted.']],
    ],
    [
      'what will be passed on, posted, debated, asked for or requested, also after what led to it',
      '5. Reports\nThe Chair reported cold callers in Mill Lane – this will be passed to the police team. In view of the number of pages, the plan will be posted on the website.\n\n6. Bus service\nThis will be debated by the council once the survey is back. A request will be made to the water company for a new meter. Residents will be asked which day suits them best.',
      [
        ['action', 'The Chair reported cold callers in Mill Lane – this will be passed to the police team.'],
        ['action', 'In view of the number of pages, the plan will be posted on the website.'],
        ['action', 'This will be debated by the council once the survey is back.'],
        ['action', 'A request will be made to the water company for a new meter.'],
        ['action', 'Residents will be asked which day suits them best.'],
      ],
    ],
    [
      'a member who asked the ward councillors if they could act; a council supportive of a scheme',
      '7. Bins\nCllr Ash asked the Ward Councillors if they could chase the missing street sign.\n\n8. Shop\nThe Council is supportive of the new bus route.',
      [
        ['request', 'Cllr Ash asked the Ward Councillors if they could chase the missing street sign.'],
        ['resolution', 'The Council is supportive of the new bus route.'],
      ],
    ],
    [
      'who proposed what, then "RESOLVED" and the count of votes; a nomination seconded, then the election',
      '1. Apologies\nCllr Cole proposed that the apologies be accepted. RESOLVED For: 6 Against: 1\n\n2. ELECTION OF CHAIRMAN Cllr Ash nominated Cllr Birch and this was seconded by Cllr Cole. As there were no further nominations, Cllr Birch was elected Chairman for the year.',
      [
        ['resolution', 'Cllr Cole proposed that the apologies be accepted.'],
        ['resolution', 'As there were no further nominations, Cllr Birch was elected Chairman for the year.'],
      ],
    ],
    [
      'someone named by first name who agreed to act, after "and"',
      '3. Summer fair\nThe school will lend its gazebo and Priya agreed to collect it on the Friday.',
      [['action', 'The school will lend its gazebo and Priya agreed to collect it on the Friday.']],
    ],
    [
      'what will be reported in the newsletter or attached, with no article before it',
      '5.2 Allotments\nComplaints about bonfires will be reported in the parish newsletter. Funding plaques will be attached to the new benches by the warden.',
      [
        ['action', 'Complaints about bonfires will be reported in the parish newsletter.'],
        ['action', 'Funding plaques will be attached to the new benches by the warden.'],
      ],
    ],
    [
      'members counted who voted in support of someone rejoining',
      '4. Co-option\nSix members voted in support of Ann Ash returning to the council.\n\n5. Date of next meeting',
      [['resolution', 'Six members voted in support of Ann Ash returning to the council.']],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the twenty-eighth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a proposal, then something else done, then the next item, whose election is not this proposal’s vote',
      '3. Resignation of Councillor Dale It was proposed by Councillor Ash and seconded by Councillor Birch that the Council accepts the resignation of Councillor Dale. This proposal had the backing of the meeting. The clerk was asked to write to thank him for his work.\n\n4. Chair of the Council It was proposed by Councillor Birch and seconded by Councillor Cole that Councillor Ash is elected Chair until May. This proposal had the backing of the meeting.',
      [
        [
          'resolution',
          'It was proposed by Councillor Ash and seconded by Councillor Birch that the Council accepts the resignation of Councillor Dale.',
        ],
        ['action', 'The clerk was asked to write to thank him for his work.'],
        [
          'resolution',
          'It was proposed by Councillor Birch and seconded by Councillor Cole that Councillor Ash is elected Chair until May.',
        ],
      ],
    ],
    [
      'notes that are one numbered line each, one of them an action given to initials',
      '1. Declarations of interest: none.\n2. The village plan was talked through.\n3. KP to find out who owns the verge by the church.\n4. Payment of £40 received for the hall.',
      [['action', 'KP to find out who owns the verge by the church.']],
    ],
    [
      'last time’s actions, each with its state after a colon, then a fresh one',
      '5. Matters arising\n\n• 41.26: Clerk to order the new bin for Mill Lane: Done\n\n• 43.26: Clerk to chase the hedge cutting: Done.\n\nCllr Ash reported that the lane had been swept. ACTION: Clerk to thank the highways team.',
      [['action', 'Clerk to thank the highways team.']],
    ],
    [
      'a proposal with its seconder, under an item’s title, and everyone voted in favour',
      'Item 5: Accounts for the year\nProposed by AB and seconded by CD, all voted in favour.\nItem 6: Budget for next year\nThe budget was discussed.',
      [['resolution', 'Proposed by AB and seconded by CD, all voted in favour.']],
    ],
    [
      'a condition of a fresh decision; a decision after "etc."; an errand the chair will run',
      'It was further agreed that the working party would meet once the budget had been approved. Having weighed the costs, risks etc. it was agreed to drop the idea. The Chair will ask the police to watch the car park at weekends.',
      [
        ['follow-up', 'The working party would meet once the budget had been approved.'],
        ['resolution', 'Having weighed the costs, risks etc. it was agreed to drop the idea.'],
        ['action', 'The Chair will ask the police to watch the car park at weekends.'],
      ],
    ],
    [
      'agreed after a reason with no comma, after discussion, after "however", and after "but" with "to"',
      'Owing to the wet summer it was agreed to move the fete to September. It was agreed after discussion to replace the notice board. It was agreed however that a small grant could be sought. It was agreed that the later start suited most members but it was also agreed to ask the hall about Saturdays.',
      [
        ['follow-up', 'Move the fete to September.'],
        ['follow-up', 'Replace the notice board.'],
        ['follow-up', 'A small grant could be sought.'],
        ['follow-up', 'The later start suited most members'],
        ['follow-up', 'Ask the hall about Saturdays.'],
      ],
    ],
    [
      'a thing done, "to which" the councillors agreed a thank-you; quotes accepted with "2nd" for the seconder',
      'Gate at the playing field – Mr Cole has fixed the latch, to which the members agreed that he be thanked in the newsletter.\n\nQuotes for the hedge accepted, proposed A Ash, 2nd B Birch.',
      [
        [
          'resolution',
          'Gate at the playing field – Mr Cole has fixed the latch, to which the members agreed that he be thanked in the newsletter.',
        ],
        ['resolution', 'Quotes for the hedge accepted, proposed A Ash, 2nd B Birch.'],
      ],
    ],
    [
      'a table’s "Action:" heading run into a row’s title; what the clerk was required to do',
      'Action: / Questions from residents\nA resident asked about the bus times.\nThe Clerk was required to ask the bus company for a timetable.\n12/26 / Footpaths\nAction: / Stile on the bridleway\nNoted.',
      [['action', 'The Clerk was required to ask the bus company for a timetable.']],
    ],
    [
      '"Agreed:" after an item’s title on the same line; all present content to adopt; "again resolved"',
      '6 Cleaning contract Agreed: that the contract be renewed for a year.\n\n7 Post Agreed: to move the post box to the green.\n\n8 Policies\n\nAll present were happy to adopt the new complaints policy. The Council again resolved to raise no objection.',
      [
        ['resolution', 'Agreed: that the contract be renewed for a year.'],
        ['resolution', 'Agreed: to move the post box to the green.'],
        ['resolution', 'All present were happy to adopt the new complaints policy.'],
        ['resolution', 'The Council again resolved to raise no objection.'],
      ],
    ],
    [
      'an agenda’s words for the item, a colon, then what was resolved',
      '1. To elect a Chair: It was resolved to appoint Cllr A Ash as Chair for the year.\n2. To elect a Vice-chair: It was resolved to defer the election until the next meeting.\n3. Apologies for absence: none.',
      [
        ['resolution', 'Elect a Chair: It was resolved to appoint Cllr A Ash as Chair for the year.'],
        ['resolution', 'Elect a Vice-chair: It was resolved to defer the election until the next meeting.'],
      ],
    ],
    [
      'an undertaking at the meeting’s request; what the chair will do "to this end"',
      'At the request of the meeting, the Chairman also undertook to send a card of thanks to the retiring clerk. The first aid course was thought too long. To this end the Chair will speak to the trainer about a shorter session.',
      [
        ['action', 'The Chairman to send a card of thanks to the retiring clerk.'],
        ['action', 'To this end the Chair will speak to the trainer about a shorter session.'],
      ],
    ],
    [
      'decisions of earlier meetings told again: one held with others on a date, and "at our last meeting"',
      'At the open meeting held with the county’s officers on 4 June 2026 it was agreed that the bus shelter would be moved. The minutes of March were approved at our last meeting. Members agreed to ask the county for a date for the work.',
      [['resolution', 'Members agreed to ask the county for a date for the work.']],
    ],
    [
      'planning applications awaiting another body’s decision, in a list: not tasks for initials',
      'Planning\n\na) 26/00110 Rose Cottage, Mill Lane – more plans asked for from NDC\n\nb) 26/00231 The Barn, Church Road – still to be decided by NDC\n\nc) 26/00342 Old Forge, High Street – still to be decided by NDC',
      [],
    ],
    [
      'a body’s decision after a reason with no comma; a request after "&"; nothing to report',
      'On that basis the Council objects to the new car park on the green. Members found the reply from the county vague & the Clerk was asked to write again.\n\nPlay area – Cllr Ash Nothing to report.',
      [
        ['resolution', 'On that basis the Council objects to the new car park on the green.'],
        ['action', 'Members found the reply from the county vague & the Clerk was asked to write again.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('papers met on real pages in the twenty-seventh session', () => {
  it.each([
    [
      'the last meeting’s minutes headed with their date and approved in the next sentence',
      'ASHBY PARISH COUNCIL\n\nPresent: Cllrs Ash, Birch\n\nCllr Ash declared an interest in item 8.\n\nMINUTES OF MEETING HELD ON  NOVEMBER 3RD 2026. These were approved.\n\n1. Departure of Mr and Mrs Dale. The Clerk was asked to check the cost.',
      'minutes',
      null,
    ],
    [
      'the last meeting’s minutes named on a line, approved on the line below',
      'Ashby Parish Council serves Ashby and Birchley.\nPRESENT: Cllrs Ash, Birch and Cole.\nThere were no apologies for absence.\nPublic session\nA member of the public referred to potholes and it was agreed to refer them to the highways authority.\nMinutes of the meeting held on the 5th September 2026\nThese were agreed as a true record and signed by the Chair.\nMatters arising from the minutes',
      'minutes',
      null,
    ],
  ])('reads what a paper is and its date from %s', readsKindAndDate);
});

describe('papers met on real pages in the twenty-eighth session', () => {
  it.each([
    [
      'a minutes title that names the parish council in small letters, as a sentence',
      'A meeting of the parish council was held on Tuesday 3 November 2026 at the village hall.\n\nPresent: Cllrs Ash, Birch and Cole.\n\n1. Apologies: none.\n\n2. The clerk was asked to write to the school.',
      '2026-11-03',
      'Parish Council',
    ],
    [
      '"The meeting of the Town Council was held on", its first two words run together',
      'Themeeting of the Town Council was held on Tuesday 10 November 2026\n\nPresent: Cllrs Ash and Birch.\n\n1. Apologies: none.\n\n2. The clerk was asked to order a new bin.',
      '2026-11-10',
      'Town Council',
    ],
    [
      'no date of its own: the last meeting’s minutes, confirmed, are not this meeting',
      'Present: Cllr Ash (Chair), Cllr Birch, Cllr Cole\n\n68/26 Apologies\n\nNone received.\n\n69/26 Minutes of previous meeting\n\nMinutes of last meeting held on 2nd March 2026 confirmed as correct and signed.\n\n70/26 Public forum\n\nA resident raised the state of the lane: agreed that the Clerk would write to the highways team.',
      null,
      null,
    ],
  ])('reads the meeting of %s', readsMinutesOf);
});

describe('item numbers met on real pages in the twenty-eighth session', () => {
  it.each([
    [
      'the first item a line of text, the next ones headings',
      'ASHBY TOWN COUNCIL\n\nMinutes of the Meeting of Ashby Town Council held on Tuesday 17 November 2026 at 6.30pm.\n\nPRESENT: Councillor A Ash (Mayor), Councillors B Birch and C Cole.\n\n14. DEPUTY MAYOR – COUNCILLOR D DALE\n\nThe Deputy Mayor was given his chain of office by the Mayor.\n\n15. DECLARATIONS OF INTEREST\n\nNone.\n\n16. THE TOWN TRAIL\n\nMembers agreed to pay for the new signs.',
      ['14', '15', '16'],
    ],
    [
      'the first item’s apologies after a colon on its own numbered line',
      'Minutes of the Meeting of Ashby Parish Council held on Monday 12th January 2026 at 7.30pm in the village hall.\n\nPresent: Ann Ash (AA) (in the chair), Ben Birch (BB)\n\n208. Apologies: Cai Cole (CC)\n\n209. Declarations of interest - None\n\n210. Clerk’s report\n\nThe clerk was asked to order a bench.',
      ['208', '209', '210'],
    ],
  ])('numbers the items of %s', numbersItems);
});

describe('shapes met on real pages in the twenty-ninth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a decisions list’s entry whose decision runs to several paragraphs and a recommendation to Council',
      'Decisions published\n\n02/11/2026 - Complaint about a member ref: 512    Recommendations Approved\n\nDecision Maker: Standards Committee\n\nMade at meeting: 02/11/2026 - Standards Committee\n\nDecision published: 03/11/2026\n\nEffective from: 03/11/2026\n\n\nThe finding be published on the council’s website.\n\n\nCllr Ash is asked to attend training on the code before March.\n\n\nThe Committee writes to the parish clerk to explain the outcome.\n\n\nRECOMMENDATION to Full Council:-\n\n\nThe training on the code be made part of every new member’s induction.\n\n\nDecision Notice Attached.\n\n28/10/2026 - Hedge at Mill Lane ref: 511    For Determination',
      [
        ['resolution', 'The finding be published on the council’s website.'],
        ['resolution', 'Cllr Ash is asked to attend training on the code before March.'],
        ['resolution', 'The Committee writes to the parish clerk to explain the outcome.'],
        ['recommendation', 'The training on the code be made part of every new member’s induction.'],
      ],
    ],
    [
      'decisions under a narrative whose keyword was lost: a body in the subjunctive, and a sentence whose only verb is "be …"',
      'Minutes: The Committee heard how the scheme had gone in its first year.\nThe Chair suggested that a survey be carried out.\nThe Markets Committee note the results of the first year.\nA report on the second year be brought to the March meeting.',
      [
        ['resolution', 'The Markets Committee note the results of the first year.'],
        ['resolution', 'A report on the second year be brought to the March meeting.'],
      ],
    ],
    [
      'a "Decision:" field of numbered parts, then the minutes’ account of the report',
      'Minutes:\nDecision:\n1. The Board agrees the plan for the new depot.\n2. The Board approves the budget for the depot as set out in the report.\n\nThe Treasurer took members through the depot costs line by line.\n\nHe listed what the Board had to decide:',
      [
        ['resolution', 'The Board agrees the plan for the new depot.'],
        ['resolution', 'The Board approves the budget for the depot as set out in the report.'],
      ],
    ],
    [
      'a planning application and the council’s response in the present tense, on one line',
      'It was RESOLVED to submit the comments below.\n\n26/1234/HOUS 4 Mill Lane Single storey rear extension. The council raises no objections provided the hedge is kept.',
      [
        ['resolution', 'Submit the comments below.'],
        [
          'resolution',
          '26/1234/HOUS 4 Mill Lane Single storey rear extension. The council raises no objections provided the hedge is kept.',
        ],
      ],
    ],
    [
      'tasks under a heading of actions, each with who does it by initial and surname after a dash',
      'Finance actions.\n\nPrepare a draft budget for the hall – D Birch by the next meeting.\n\nQuotes for the fence to be sought – by A Ash and C Cole.',
      [
        ['action', 'Prepare a draft budget for the hall – D Birch by the next meeting.'],
        ['action', 'Quotes for the fence to be sought – by A Ash and C Cole.'],
      ],
    ],
    [
      'councillors’ reports in lines of their own: what the next agenda will hold, and what would be done and by whom in initials',
      '9) Councillors’ reports\n The following agenda will include the playing field lease.\n There was concern about speeding on the hill.\n A hedge survey would be organised – BB\n The state of the footpath by the church to be on the next agenda.',
      [
        ['work-programme', 'The following agenda will include the playing field lease.'],
        ['action', 'A hedge survey would be organised – BB'],
        ['work-programme', 'The state of the footpath by the church to be on the next agenda.'],
      ],
    ],
    [
      'someone named, or the Clerk, asked in the present tense; not a body a report asks to decide',
      'Cllr. Ash is requested to send the clerk her new address.\n\nThe Clerk is asked to write to the school about parking.\n\nMembers are asked to note the report.',
      [
        ['action', 'Cllr. Ash is requested to send the clerk her new address.'],
        ['action', 'The Clerk is asked to write to the school about parking.'],
      ],
    ],
    [
      'an action list’s bullets: someone to check whether something can be done, asked as a question; tasks in the imperative',
      'Summer fair:\n\n• Ann to check if the Scout Group can lend their gazebo?\n• Ask the Brass Band if they can play in the afternoon\n• Contact Ben Birch to book the bouncy castle.\n\nFor more information contact Cai Cole (01632 960 000).',
      [
        ['action', 'Ann to check if the Scout Group can lend their gazebo?'],
        ['action', 'Ask the Brass Band if they can play in the afternoon'],
        ['action', 'Contact Ben Birch to book the bouncy castle.'],
      ],
    ],
    [
      'elections told as nominated and voted in, and in capitals after the vote',
      'Election of a Vice-Chair\n\nCLLR ASH WAS ELECTED VICE-CHAIR FOR THE YEAR.\n\nElection of a Treasurer\n\nB Birch was nominated by AA and CC and voted in as Treasurer.',
      [
        ['resolution', 'CLLR ASH WAS ELECTED VICE-CHAIR FOR THE YEAR.'],
        ['resolution', 'B Birch was nominated by AA and CC and voted in as Treasurer.'],
      ],
    ],
    [
      'not the rest of a line a printed page broke after the day of a date',
      'The minutes of the meeting held on 3\n\nSeptember 2026 be approved as a correct record.',
      [],
    ],
  ])('reads %s', readsWhole);
});

describe('the same decision under two subjects, met in the twenty-ninth session', () => {
  it('keeps each, said with the line that names what it is on', async () => {
    const paper = await readPaper(
      'Members’ items\n\nThe applications were considered as follows:\n\nMill Lane Bench (Appendix A)\n\nRESOLVED that the bid be turned down.\n\nFor: 4\n\nAgainst: 3\n\nVillage Hall Roof (Appendix B)\n\nRESOLVED that the bid be turned down.\n\nAgreed unanimously\n\nPlay Area (Appendix C)\n\nRESOLVED that funding of £500 be allocated.',
    );
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'Mill Lane Bench (Appendix A): the bid be turned down.',
      'Village Hall Roof (Appendix B): the bid be turned down.',
      'Funding of £500 be allocated.',
    ]);
  });
});

describe('papers met on real pages in the twenty-ninth session', () => {
  it.each([
    [
      'a title of the body, "Meeting Minutes" and the date in figures with dots',
      'Staffing Committee Meeting Minutes 04.11.26\n\nMinutes put on the website on 20 November 2026\n\nMembers: Cllr A Ash (Chair), Cllr B Birch\n\n041/26S Apologies: none.\n\n042/26S Rota: It was RESOLVED that the clerk draw up a rota.',
      '2026-11-04',
      'Staffing Committee',
    ],
  ])('reads the meeting of %s', readsMinutesOf);
});

describe('item numbers met on real pages in the twenty-ninth session', () => {
  it.each([
    [
      'minute numbers with the committee’s letter after them, the first on the line after the attendance',
      'Staffing Committee Meeting Minutes 04.11.26\n\nMembers: Cllr A Ash (Chair), Cllr B Birch\nAlso present was the Clerk to the Council.\n041/26S Apologies: Apologies were received from Cllr C Cole.\n042/26S Declarations of Interest: none.\n043/26S Rota: It was RESOLVED that the clerk draw up a rota.',
      ['041/26S', '042/26S', '043/26S'],
    ],
  ])('numbers the items of %s', numbersItems);
});

describe('passages met on real pages in the thirtieth session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'points made in questions, each "That …" told in the past: what was said, not decided',
      'During questions, the Leader and officers made the following points:\n\n• That there was a need to review parking across the town.\n\n• That the Council had been awarded a prize in 2020 for its work on recycling.',
      [],
    ],
    [
      'a member with officers beside them, not something supported',
      'Councillor Ash was supported by Ben Birch, Director of Housing, and Cai Cole, Head of Estates.',
      [],
    ],
    [
      'lettered parts after a decision that tell what was noted: read for what they say',
      'Minutes\n\na. It was unanimously agreed that the minutes be signed.\n\nb. The Clerk noted that the figures were not yet in. This will be brought to the March meeting.\n\nc. It was noted that a letter had come from the railway about the crossing.',
      [
        ['resolution', 'It was unanimously agreed that the minutes be signed.'],
        [
          'work-programme',
          'The Clerk noted that the figures were not yet in. This will be brought to the March meeting.',
        ],
      ],
    ],
    [
      'what the chair had asked for before the meeting',
      'Chair’s remarks\n\nHe confirmed that he had asked the Clerk to seek advice on the matter.',
      [],
    ],
    [
      'a part’s bracketed number run into its first word, under a keyword lost at the end of a line',
      'Members thanked the officer and it was\n\n\n(1)the accounts for April to June be approved;',
      [['resolution', 'The accounts for April to June be approved']],
    ],
    [
      'members who asked to be told something',
      'Members asked to be advised how much each stall had given in past years.',
      [['information-request', 'Members asked to be advised how much each stall had given in past years.']],
    ],
    [
      'a vote’s count that ends its line, and the next line labelled with the paragraph of the report it answers',
      'It was RESOLVED to accept the policy as it stood. 6 for 3 against\n\nPara 12b- it was RESOLVED to accept the Social Media Policy',
      [
        ['resolution', 'Accept the policy as it stood. 6 for 3 against'],
        ['resolution', 'Accept the Social Media Policy'],
      ],
    ],
    [
      'what a member had suggested be done, which was not',
      'Cllr Ash disagreed with the policy as he had suggested items to be included that were left out.',
      [],
    ],
    [
      'a decision, then who acts on it after a comma, with no "agreed"',
      'The Council discussed speed signs and resolved to buy one if within budget, Cllr Birch to get quotes.',
      [
        ['resolution', 'The Council discussed speed signs and resolved to buy one if within budget'],
        ['action', 'Cllr Birch to get quotes.'],
      ],
    ],
    [
      'minutes numbered by their decisions: the same words under two numbers are two decisions',
      'Reports of the North Panel\n\nThe reports of the North Panel (copies circulated) were submitted.\n\n2. RESOLVED that the reports be received and noted.\n\nReports of the South Panel\n\nThe reports of the South Panel (copies circulated) were submitted.\n\n3. RESOLVED that the reports be received and noted.',
      [
        ['resolution', 'The reports be received and noted.'],
        ['resolution', 'The reports be received and noted.'],
      ],
    ],
    [
      'all the governors who voted someone in',
      'All Governors voted in favour of Ann Ash becoming a Governor of the School.',
      [['resolution', 'All Governors voted in favour of Ann Ash becoming a Governor of the School.']],
    ],
    [
      'a suggestion for the work plan; not one over a list of them',
      'Work programme\n\nIt was suggested that a review of grass cutting be added to the Committee’s Work Plan.\n\nIt was also suggested that the following be included in the Forward Plan:\n\n• Parking\n\n• Libraries',
      [['work-programme', 'It was suggested that a review of grass cutting be added to the Committee’s Work Plan.']],
    ],
    [
      'a procedural motion moved and seconded, its words on the next line, then what the committee resolved',
      'Suspension of standing orders\n\nCouncillor Ash moved as a procedural motion, seconded by Councillor Birch:-\n\nThat Standing Order 22 be suspended to allow the Committee to consider the item.\n\nOn a division, there voted: for (7), against (6).\n\nThe Committee resolved:-\n\nto approve the procedural motion and thereby suspend Standing Order 22.',
      [['resolution', 'Approve the procedural motion and thereby suspend Standing Order 22.']],
    ],
    [
      'what the committee was told it had to determine, in numbered parts',
      'Urgent business\n\nThe Committee was informed that it had to determine (1) that the item was urgent; and (2) that the Committee required to consider the item and take a decision on it.',
      [],
    ],
    [
      'an appeal decided by the inspector, told in answer to a question',
      'Public questions\n\nA resident asked about the caravan site. The Appeal has been granted with the council to pay the applicant’s costs.',
      [],
    ],
    [
      'a request, with who had agreed something said of someone in it',
      'Trees\n\nMrs Ash asked for a copy of the tree survey for the hall committee, who had agreed to share the cost of the work.',
      [
        [
          'request',
          'Mrs Ash asked for a copy of the tree survey for the hall committee, who had agreed to share the cost of the work.',
        ],
      ],
    ],
    [
      'what applicants asked for, told by an officer',
      'Appeal\n\nHe outlined that the applicants had lodged an appeal and requested that it be heard at a hearing.',
      [],
    ],
    [
      'ACTION run into who acts, with no space after the hyphen',
      'Stage curtains\n\nA fireproof curtain was found.  ACTION-RT to order.',
      [['action', 'RT to order.']],
    ],
    [
      'notes spliced with a comma, the second someone agreeing to act',
      'Website\n\nAnn passed a photograph to Ben for the website, Cai agreed to send him a list of charges.',
      [['action', 'Cai to send him a list of charges.']],
    ],
    [
      'parts under "RESOLVED that Cabinet:-", the first part’s number lost and its words broken by the page’s line break',
      'No. | Item |\nPetitions received under Standing Order 44 from residents of the borough about parking, bins and the state of the roads (Cab.17.11.2026/5) PDF 225 KB Additional documents: Minutes: |\nHousing Strategy for the borough and its neighbourhoods, 2026 to 2030 (Cab.17.11.2026/6) PDF 371 KB Additional documents: Decision: RESOLVED that Cabinet:-\nSupports the review of the Housing\nStrategy; and 2. Notes the move of the Strategy from a printed document to a web page, as set out in the report. Minutes: |\nParks and Open Spaces Plan for the borough and its neighbourhoods, 2026 to 2030 (Cab.17.11.2026/7) PDF 529 KB Additional documents: Decision: RESOLVED that Cabinet:-\nSupports the aim that every home is near\na park; and 2. Endorses the Parks Plan and its four commitments, and the delivery plan that goes with it. Minutes: |',
      [
        ['resolution', 'Supports the review of the Housing Strategy'],
        [
          'resolution',
          'Notes the move of the Strategy from a printed document to a web page, as set out in the report.',
        ],
        ['resolution', 'Supports the aim that every home is near a park'],
        ['resolution', 'Endorses the Parks Plan and its four commitments, and the delivery plan that goes with it.'],
      ],
    ],
    [
      'a "Decision:" field that says there was nothing',
      'Urgent business\n\nDecision:\n\nThere were no chair’s announcements or items of urgent business.',
      [],
    ],
    [
      'a clause of the declarations’ wording, cut from its sentence',
      'Declarations of interest\n\n(b) under which goods or services are to be provided or works are to be executed',
      [],
    ],
    [
      'an opinion a member agreed with',
      'Police report\n\nCllr Ash agreed that it would make sense to keep spare grit in both halls.',
      [],
    ],
    [
      'a notice to the public on how to speak at the meeting',
      'Public speaking\n\nRegistration to speak at the meeting must be made with the Clerk by noon on the Monday before.',
      [],
    ],
    [
      'the chair setting out what she would ask a member to do',
      'Items raised by scrutiny\n\nThe Chair set out that as the remaining recommendations needed more thought, she would request Councillor Birch to work with officers on them and report back to Cabinet.',
      [
        [
          'action',
          'The Chair set out that as the remaining recommendations needed more thought, she would request Councillor Birch to work with officers on them and report back to Cabinet.',
        ],
      ],
    ],
    [
      'a "That …" part whose verb a hard line break and a blank line put on a line of its own',
      'Well-being budget\n\nRESOLVED - \n\n(a)  That the amount of the budget left for the Inner West  \n\n  Area Committee be noted.\n\n(b)  That the grants for skips set out in the report be approved.',
      [
        ['resolution', 'The amount of the budget left for the Inner West Area Committee be noted.'],
        ['resolution', 'The grants for skips set out in the report be approved.'],
      ],
    ],
    [
      'a decision, then someone else who will do something',
      'Website\n\nThe layout was agreed and the pages will be put on the site by Ned, Fay will post the minutes of meetings.',
      [
        ['resolution', 'The layout was agreed and the pages will be put on the site by Ned'],
        ['action', 'Fay will post the minutes of meetings.'],
      ],
    ],
    [
      'a body’s decisions over parts on the lines below, the first part not run into the line that leads into it',
      'Market\n\nPurpose: To confirm the plan for the market and who runs it.\n\nCouncil considered the report of the market manager and made the following decisions:-\nTo approve the plan for the market for the next three years.',
      [['resolution', 'Approve the plan for the market for the next three years.']],
    ],
    [
      'a lone "That:" in a decision field over parts in the infinitive',
      'Rooms\n\nDecision:\n\nThat:\n\n1)     Room 35 to become a meeting room for all to use;\n\n2)     the Blue Room to remain a Members’ Room only;\n\n3)     the screen be removed from the Blue Room.',
      [
        ['resolution', 'Room 35 to become a meeting room for all to use'],
        ['resolution', 'The Blue Room to remain a Members’ Room only'],
        ['resolution', 'The screen be removed from the Blue Room.'],
      ],
    ],
    [
      'a fee to stay as it is, and a number to be stated, in note form',
      'Events\n\nMembership fee to remain notional. Number of committee places vacant to be stated.',
      [
        ['resolution', 'Membership fee to remain notional.'],
        ['action', 'Number of committee places vacant to be stated.'],
      ],
    ],
    [
      'jobs that would be done by people named in initials',
      'Ground\n\nThe gang mowers were working, and would be adjusted by PJB. The square mowers would be serviced as necessary by TW.',
      [
        ['action', 'The gang mowers were working, and would be adjusted by PJB.'],
        ['action', 'The square mowers would be serviced as necessary by TW.'],
      ],
    ],
    [
      'a matter, a dash and "Agreed"',
      'Decisions of the first meeting\n\nThe aims, and adding them to the constitution - Agreed and constitution updated',
      [['resolution', 'The aims, and adding them to the constitution - Agreed and constitution updated']],
    ],
    [
      'the chair agreeing that points made would be picked up',
      'Work programme\n\nA member raised the security of the council’s computers. The Chair noted the comments and agreed they would be picked up.',
      [['follow-up', 'The Chair noted the comments and agreed they would be picked up.']],
    ],
    [
      'the chair confirming that questions would be passed on to officers',
      'Work programme\n\nThe Chair responded to confirm that questions about the roof contract would be passed on to officers and answered.',
      [
        [
          'action',
          'The Chair responded to confirm that questions about the roof contract would be passed on to officers and answered.',
        ],
      ],
    ],
    [
      'what the chair reminded the group of, agreed at another meeting, in numbered parts',
      'Terms of reference\n\nThe Chairman reminded the Group of the three factors which were agreed at the Scrutiny Committee on 4th June 2026, which agreed to form the basis of this review: 1) How scrutiny has worked this year, 2) Consider other options for the forward plan, and 3) Recommendations for a future structure of scrutiny.',
      [],
    ],
  ])('reads %s', readsWhole);
});

describe('papers, agendas and committees met on real pages in the thirtieth session', () => {
  it('reads a page titled "<body> Agenda - <date>" as an agenda, whatever the last minute and a referred motion say', async () => {
    const paper = await readPaper(
      'Planning Committee Agenda - 14 March 2026, 10:00\n\nA meeting to be held at the Town Hall at 10:00 on 14 March 2026.\n\nNumber Item\n2Declarations of Interest\n\nMinute of Meeting of the Planning Committee held on 10 February 2026.\n\n5Motion referred under Standing Order 31\nProposed by Councillor Ash\n\nCouncil resolves:-\n\n(1) to ask the Government to limit noise from fireworks;\n\n(2) to write to local suppliers.',
    );
    expect(paper.kind).toBe('agenda');
    expect(paper.date).toBe('2026-03-14');
    expect(paper.outcomes).toEqual([]);
  });
  it.each([
    [
      'a web page’s emphasis and line breaks left in its text',
      '<strong>Minutes</strong> of the Governing Body<br />\n\nWednesday <strong>14</strong> March 20<strong>26</strong><br />\n\n6.00 p.m. in the Library<br />\n\n1. MEMBERSHIP<br />\n\nAll Governors voted in favour of Ann Ash becoming a Governor.<br />',
      '2026-03-14',
      null,
    ],
    [
      'a committee named with the years it sat',
      'Cabinet (2014 - May 2022) - Tuesday, 3 March 2026 10.00 am\n\nVenue: Town Hall\n\n4. Budget\n\nRESOLVED that the report be noted.',
      '2026-03-03',
      'Cabinet',
    ],
  ])('reads the meeting of %s', readsMinutesOf);
});

describe('meeting dates met on real pages in the thirtieth session', () => {
  it.each([
    [
      'Minutes of the Meeting of ASHBY TOWN COUNCIL held at the Hall on Wednesday, 6 th , October 2026 at 7.00 p.m.',
      '2026-10-06',
    ],
    ['Ashby Community Council\n\nA meeting was held on December 6th2026 at the Memorial Hall', '2026-12-06'],
    ['Ashby Parish Council Meeting Minutes - September 2026\n\nMeeting held on 18/09/2026', '2026-09-18'],
  ])('reads the date of "%s"', (text, date) => {
    expect(header(text).date).toBe(date);
  });
});

describe('passages met on real pages in the thirty-first session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a request whose purpose holds a negative ("in order that … will not")',
      'The Chair requested that the plan show the earlier dates of the districts in order that partners will not be misled.',
      [
        [
          'request',
          'The Chair requested that the plan show the earlier dates of the districts in order that partners will not be misled.',
        ],
      ],
    ],
    [
      'a table’s cells run together with a spaced slash: the topic, then what the board did',
      'Tenancy Offers / The Board ratified the decision of the Chair and Treasurer to offer the flat to the applicant.',
      [
        [
          'resolution',
          'Tenancy Offers / The Board ratified the decision of the Chair and Treasurer to offer the flat to the applicant.',
        ],
      ],
    ],
    [
      'a decision page whose labels were lost: its numbered "To …" parts, not the reasons numbered again below',
      'Decision details\n\nContracts Pipeline\n\nDecision Maker: Executive\n\nDecision status: Recommendations Approved\n\nTo consider the contracts to be let this year.\n\n1. To approve the procurement routes listed in Appendix 1.\n\n2. To delegate authority to the Director of Finance to award the contracts.\n\n1. Executive approval is required for contracts above £200,000.\n\n2. Planning ahead ensures good value.',
      [
        ['resolution', 'Approve the procurement routes listed in Appendix 1.'],
        ['resolution', 'Delegate authority to the Director of Finance to award the contracts.'],
      ],
    ],
    [
      'an officer’s decision told under its dated title, not the paragraph that explains it',
      'Issue - decisions\n\nApproval of the sub-delegation scheme\n\n14/05/2026 - Approval of the sub-delegation scheme\n\nThe Director of Public Health has approved the sub-delegation scheme attached as Appendix 1.\n\nThe fact that a function has been delegated to an officer does not require that officer to act in person.',
      [['resolution', 'The Director of Public Health has approved the sub-delegation scheme attached as Appendix 1.']],
    ],
    [
      'parts whose markers were left at the end of the line above ("… to Full Council : i."), one part’s verb on its next line',
      'Decision taken |\nThat the Cabinet recommend\nto Full Council : i.\nThat the capital programme for 2026-27 be set at the level of\nthe grants available. ii.\nThat Supported\nBorrowing (SB) levels be allocated to each Director. iii.\nThat a contingency of £3 million be approved.',
      [
        ['recommendation', 'The capital programme for 2026-27 be set at the level of the grants available.'],
        ['recommendation', 'Supported Borrowing (SB) levels be allocated to each Director.'],
        ['recommendation', 'A contingency of £3 million be approved.'],
      ],
    ],
    [
      'a vote in brackets after the keyword is not a part’s marker',
      'RESOLVED: (For: 27, Against: 11, Abstain: 1)\n\nThat Council:\n\n1. approves the revenue budget for 2026/27;\n\n2. sets the Band D council tax at £224.11.',
      [
        ['resolution', 'Approves the revenue budget for 2026/27'],
        ['resolution', 'Sets the Band D council tax at £224.11.'],
      ],
    ],
    [
      'a "Decision:" label’s words wrapped onto the next line; fields that decide nothing',
      'Annual Report 2025/26 Additional documents:\nDecision: Following\nscrutiny, members noted the report |\n\nPerformance Monitoring Decision: Members\nconsidered performance monitoring item 6A. |\n\nApologies Decision: All Cabinet Members were present.\n\nQuestions Decision: Cabinet received oral questions in accordance with Procedure Rule 2.3.',
      [['resolution', 'Following scrutiny, members noted the report']],
    ],
    [
      'a lead-in "That the following be noted;" closed by a semicolon, over its parts',
      'Resolved: That the following be noted;\n\n  i.  The appointment of Ann Ash as Chair.\n\n  ii.  The terms of reference of the Committee.',
      [
        ['resolution', 'The following be noted the appointment of Ann Ash as Chair.'],
        ['resolution', 'The following be noted the terms of reference of the Committee.'],
      ],
    ],
    [
      'not a proposed additional recommendation, whose vote is told later; nor a declaration signed; nor what members were asked to note',
      'Councillor Ash proposed an additional recommendation, seconded by Councillor Birch, as follows:\n\n·         That representations are made to the Secretary of State to remove the need for the statement.\n\nDiscussion was held, following which Members voted. The vote was not carried.\n\nThe document was duly signed.\n\nMembers were asked to note that the forum has a delegated budget of £23,000.',
      [],
    ],
    [
      'a body and its verb, capitalised, on a line of its own over numbered parts',
      'Effective from: 03/12/2026\n\nCabinet Agreed\n\n1. Recommends to Council to draw down £700k from the Recovery Reserve.\n\n2. Approves transfer of budgets to set up a new Filming trading account.',
      [
        ['recommendation', 'Recommends to Council to draw down £700k from the Recovery Reserve.'],
        ['resolution', 'Approves transfer of budgets to set up a new Filming trading account.'],
      ],
    ],
    [
      '"<body> Agreed" over numbered parts (not items) and a part’s unnumbered detail; the reasons, then "Cabinet:" over verbs',
      'Cabinet Agreed\n\n1. Recommends to Council to draw down £700k from the Recovery Reserve.\n\n2. Approves transfer of budgets to set up a new trading account:\n\n           Approves a budget virement of £60k from the car parks budget.\n\n3. Recommends to Council approval of the revised capital programme.\n\nFor the reasons set out in the report, Cabinet:\n\n1. Stop the procurement of the public realm services;\n\n2. Extend the current waste contract by a year.',
      [
        ['recommendation', 'Recommends to Council to draw down £700k from the Recovery Reserve.'],
        ['resolution', 'Approves a budget virement of £60k from the car parks budget.'],
        ['recommendation', 'Recommends to Council approval of the revised capital programme.'],
        ['resolution', 'Stop the procurement of the public realm services'],
        ['resolution', 'Extend the current waste contract by a year.'],
      ],
    ],
    [
      'questions received, then a reply agreed: still what was agreed',
      'The Committee received questions from the public and agreed to reply to each in writing.',
      [['action', 'The Committee to reply to each in writing.']],
    ],
    [
      'not what was added after the meeting, nor what consultees answered, reported under a lead-in',
      'Bus shelters: issues were raised about the state of the shelters.\n\nACTION: That an update be provided for the next Forum.\n\nPost meeting note:\n\nAnn Ash – Works Manager – requested that examples be provided so that these can be followed up.\n\nThe Planning Officer provided the following responses received from consultees since the agenda was published:\n\nØ  Lead Local Flood Authority – no objections.\n\nØ  Anglian Water – no objections.\n\nRESOLVED that planning permission be GRANTED subject to the conditions set out in the report.',
      [
        ['action', 'An update be provided for the next Forum.'],
        ['resolution', 'Planning permission be GRANTED subject to the conditions set out in the report.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('meetings met on real pages in the thirty-first session', () => {
  it('reads a record of the decisions taken on a date by a body, the date wrapped between its day and its month', () => {
    const read = header('RECORD OF DECISION\nThe following decisions were taken on 22\nFEBRUARY 2026 by the CABINET');
    expect([read.date, read.committee]).toEqual(['2026-02-22', 'Cabinet']);
  });
});

describe('shapes met on real pages in the thirty-second session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a view agreed, then "It was RESOLVED for …" in the same paragraph: the decision says what itself (not "This was agreed for …", which leans on the sentence before)',
      'A letter from the district council about the housing numbers in its draft local plan, dated 3/11/2025, was read out. It concerned the number of homes proposed for the parish and it was agreed that the figures needed to be explained. It was RESOLVED for the matter to go back to the Planning Committee.\n\nThe cost of the engraved plaque will be £42.00. This was agreed for the retiring Chair A B',
      [
        ['follow-up', 'The figures needed to be explained.'],
        ['resolution', 'It was RESOLVED for the matter to go back to the Planning Committee.'],
        ['resolution', 'The cost of the engraved plaque will be £42.00. This was agreed for the retiring Chair A B'],
      ],
    ],
    [
      'a vote that carries the objection said before it, among applications that each decide',
      '4. Applications:\n\na. AB/0623: Land behind the Old Forge, Mill Road. Erection of one dwelling. Members were not in favour of a house outside the village boundary. This objection was carried with two abstentions.\n\nb. AB/0622: Land off Field Lane, Members objected, with 2 abstentions, to this proposal.\n\nc. AB/0727: 6 Church View. No objections',
      [
        [
          'resolution',
          'Members were not in favour of a house outside the village boundary. This objection was carried with two abstentions.',
        ],
        ['resolution', 'AB/0622: Land off Field Lane, Members objected, with 2 abstentions, to this proposal.'],
        ['resolution', 'AB/0727: 6 Church View. No objections'],
      ],
    ],
    [
      'members content with something, in the present tense of a note',
      'An email was received about the new footbridge. Members are content with the footbridge plans.',
      [['resolution', 'Members are content with the footbridge plans.']],
    ],
    [
      'a further infinitive of a decision after a semicolon, with its lead-in',
      'At the meeting, Cabinet:\n\n• Agreed unanimously to adopt the play strategy; to thank the working party and the residents for their work;',
      [
        ['resolution', 'Agreed unanimously to adopt the play strategy'],
        ['resolution', 'Agreed unanimously to thank the working party and the residents for their work'],
      ],
    ],
    [
      'what someone sought approval for, or what it was thought should be done, then "All agreed"',
      'After a short discussion it was thought that the notes should be shared more widely on the notice board. All Agreed.\n\nA joiner has quoted £275 for the new gate and AB sought approval for the work. All agreed – action AB.',
      [
        [
          'resolution',
          'After a short discussion it was thought that the notes should be shared more widely on the notice board. All Agreed.',
        ],
        [
          'resolution',
          'A joiner has quoted £275 for the new gate and AB sought approval for the work. All agreed – action AB.',
        ],
      ],
    ],
    [
      'a lead-in "It was agreed:" run on after a long paragraph, over parts numbered inside it',
      'APPOINTMENT OF OFFICE BEARERS 1. There was submitted a report dated 2 October 2025 by the Director which asked the trustees to choose their office bearers for the coming year after the annual meeting. It was agreed: (i) to appoint Ann Ash as Chair and Ben Birch as Vice Chair of the Board; (ii) to keep the membership of the Audit Sub Committee as it is; (iii) to leave the vacant seat until the next meeting.',
      [
        ['resolution', 'Appoint Ann Ash as Chair and Ben Birch as Vice Chair of the Board'],
        ['resolution', 'Keep the membership of the Audit Sub Committee as it is'],
        ['resolution', 'Leave the vacant seat until the next meeting.'],
      ],
    ],
    [
      'the chair’s request after an amendment, spliced with a comma; what was otherwise noted; a board pleased to note (not to welcome)',
      'Councillor Ash proposed and Councillor Birch seconded an amendment to the recommendations, the Chairman therefore requested that a further report be brought to the next Committee on the car park.\n\nThe report was otherwise noted.\n\nThe Board was pleased to note the progress made on the delivery plan.\n\nThe Board was pleased to welcome the new members.',
      [
        [
          'request',
          'The Chairman therefore requested that a further report be brought to the next Committee on the car park.',
        ],
        ['resolution', 'The report was otherwise noted.'],
        ['resolution', 'The Board was pleased to note the progress made on the delivery plan.'],
      ],
    ],
    [
      'an officer who confirmed something and would make arrangements',
      'The Housing Officer confirmed that the tenant should have received a new bin and would make arrangements for the tenant to be contacted.',
      [
        [
          'action',
          'The Housing Officer confirmed that the tenant should have received a new bin and would make arrangements for the tenant to be contacted.',
        ],
      ],
    ],
    [
      'not what an earlier meeting resolved, its date told with no comma before the body',
      'At its meeting on 12 March the Finance and Policy Committee resolved to ask for costings first.',
      [],
    ],
    [
      'a hearing’s decision told by whoever announced it, over the reasons it gave (parts nested in them too), none of them decisions',
      'The Chair invited the Solicitor to set out the Sub Committee’s decision.\n\nThe Solicitor stated the decision of the Licensing Sub Committee was: to renew the licence with a written warning.\n\nThe Sub Committee made findings of fact and gave the following reasons as follows:\n\n1. The driver applied to renew the licence in March 2025.\n\n2. The driver declared two convictions, i.e.:\n\ni. a speeding offence in 2023;\n\nii. a parking offence in 2024.\n\n3. The Panel were concerned about the number of offences;\n\n4. The Panel accepted the driver’s explanation for the late notice;',
      [
        [
          'resolution',
          'The Solicitor stated the decision of the Licensing Sub Committee was: to renew the licence with a written warning.',
        ],
      ],
    ],
    [
      'a "Decision:" field that opens with what the hearing weighed, then what the body named by its initials resolved; a party asked to put its case',
      'The police were then asked to present their case.\n\nDecision: In reaching its decision, the Licensing Sub-Committee (“LSC”) considered the Statement of Licensing Policy and the Guidance.\n\nHaving heard the applicant and the objectors, the LSC resolved to grant the licence subject to conditions.',
      [
        [
          'resolution',
          'Having heard the applicant and the objectors, the LSC resolved to grant the licence subject to conditions.',
        ],
      ],
    ],
    [
      'a decision in note form with no verb before it; not a report that lists what is to be considered later; not a plea',
      'Decision to include the chapel roof in the repair survey.\n\nThe Committee received a list of sites to be considered at future meetings, so that members could choose any to visit.\n\nResolved – That no site visits be arranged.\n\nCouncillor Ash said he would appeal to all groups to take down their flags.',
      [
        ['resolution', 'Decision to include the chapel roof in the repair survey.'],
        ['resolution', 'No site visits be arranged.'],
      ],
    ],
    [
      'what was approved, its priorities listed below it as its terms; an undertaking after a paragraph number in a cell of its own; not an agenda’s call to declare interests',
      'Delegated decisions:\n\n1.   That approval be given to the refreshed Play Strategy.\n\n2.   That approval be given to support the following priorities:\n\n·         Priority 1 – Safer Streets\n\n·         Priority 2 – Cleaner Parks\n\n3.   That progress be reviewed in a year.\n\n2.3 / The Chairman advised that he would be attending the county forum in March and would report on matters of interest to the Panel.\n\nMembers to give notice of any interest and the nature of that interest relating to any item on the agenda.',
      [
        ['resolution', 'Approval be given to the refreshed Play Strategy.'],
        [
          'resolution',
          'Approval be given to support the following priorities: Priority 1 – Safer Streets; Priority 2 – Cleaner Parks',
        ],
        ['resolution', 'Progress be reviewed in a year.'],
        [
          'action',
          'The Chairman advised that he would be attending the county forum in March and would report on matters of interest to the Panel.',
        ],
      ],
    ],
    [
      'officers nominated and seconded with the meeting’s approval; a unanimous vote to do something, in note form; not the chair’s declaration signed, nor a request about how to vote',
      'Cllr Ash nominated Cllr Birch for Chairman, seconded by Cllr Cole with unanimous approval.\n\nCllr Birch accepted and the Chairman’s Declaration was signed and witnessed.\n\nCllr Dale nominated Cllr Eve for Vice-chairman, seconded by Cllr Fry with unanimous approval.\n\nUnanimous vote to hold the quiz night again in the spring.\n\nCouncillor Gale requested that the two requests be voted on separately.',
      [
        ['resolution', 'Cllr Ash nominated Cllr Birch for Chairman, seconded by Cllr Cole with unanimous approval.'],
        ['resolution', 'Cllr Dale nominated Cllr Eve for Vice-chairman, seconded by Cllr Fry with unanimous approval.'],
        ['resolution', 'Unanimous vote to hold the quiz night again in the spring.'],
      ],
    ],
    [
      'tasks under "Actions", each with who does it by first name after a dash (not a weekday)',
      'Actions\n\nOrder the gazebo - Ann\n\nStock the tea bar - Ben\n\nPrepare for the show - Tuesday',
      [
        ['action', 'Order the gazebo - Ann'],
        ['action', 'Stock the tea bar - Ben'],
      ],
    ],
    [
      'two people with the same task, each named, are two actions',
      'Programme\n\nCD to update at next meeting.\n\nAB has sent invoices for all the adverts so far\n\nAnn to update at next meeting\n\nRoad Closures',
      [
        ['action', 'CD to update at next meeting.'],
        ['action', 'Ann to update at next meeting'],
      ],
    ],
    [
      'not what a body decided at an earlier meeting, told as background; nor the motion an agenda’s chair is to move',
      'The Council set its budget for 2025/26 at a meeting on 20 February 2025, and the parish precepts were now to be added.\n\nExclusion of Press and Public\n\nChair to move that in accordance with the Access to Information Procedure Rules the press and public be excluded from the meeting.',
      [],
    ],
  ])('%s', readsWhole);
});

describe('meetings met on real pages in the thirty-second session', () => {
  it('names the council, not where it met nor the kind of meeting, and reads a date under "Draft Minutes for approval"', () => {
    const held = header(
      'MINUTES of the Annual Meeting of ASHBY TOWN COUNCIL held in the Old Court Room, Market Place, Ashby on WEDNESDAY, 14th MAY 2025',
    );
    expect(held.committee).toBe('Ashby Town Council');
    const annual = header('Annual Meeting Ashby Town Council\n\nMinutes of the meeting held on 26 May 2022');
    expect(annual.committee).toBe('Ashby Town Council');
    const draft = header(
      'Draft Minutes for approval ASHBY COMMUNITY COUNCIL Minutes of meeting held on Tuesday 16th May 2017 at 7.30pm in the Village Hall\n\nPresent: Ann Ash (Chair)',
    );
    expect(draft.date).toBe('2017-05-16');
  });

  it('names the committee without the website’s note that it is no longer active', () => {
    const inactive = header(
      'Minutes of the meeting of the Overview and Scrutiny Committee (no longer active) held on 16 January 2023',
    );
    expect(inactive.committee).toBe('Overview and Scrutiny Committee');
  });

  it('names the committee without a flattened table’s empty cells after it', () => {
    const read = header('Minutes of the meeting of the Scrutiny Committee | | held on 13 June 2001');
    expect(read.committee).toBe('Scrutiny Committee');
  });
  it('names the board, not the NHS trust it belongs to', () => {
    const board = header(
      'MINUTES OF THE MEETING OF THE TRUST BOARD OF THE ASHBY AMBULANCE SERVICES NHS TRUST HELD ON 29 SEPTEMBER 2025',
    );
    expect([board.date, board.committee]).toEqual(['2025-09-29', 'Trust Board']);
  });
  it('names the committee, not the council it belongs to, when the title says "<council>’s <committee>"', () => {
    const read = header('Minutes of the meeting of Ashby Town Council’s Planning Committee held on 12th March 2020.');
    expect([read.date, read.committee]).toEqual(['2020-03-12', 'Planning Committee']);
  });
});

describe('shapes met on real pages in the thirty-third session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a flattened table’s last cell, after a full stop and a spaced slash, that gives the clerk a task',
      'Bus stop survey\n\nThe response went in by the online form. It also said the shelters were well used.. / Clerk to check the form was received',
      [['action', 'Clerk to check the form was received']],
    ],
    [
      'who acts, in brackets, after an undertaking already read: quoted with it',
      'Training group\n\nThe group would report to the Board in June. Nia Price agreed to circulate the terms of reference. (Action: Nia Price)',
      [['action', 'Nia Price to circulate the terms of reference.']],
    ],
    [
      'a second decision after "Following a discussion" in the paragraph of the first',
      '7. Reports of the Clerk\n\n1. It was AGREED that the village fete would be advertised in the newsletter. Following a discussion it was AGREED that from next year the fete would be held in June.',
      [
        ['resolution', 'The village fete would be advertised in the newsletter.'],
        ['resolution', 'Following a discussion it was AGREED that from next year the fete would be held in June.'],
      ],
    ],
    [
      'an agenda’s line of what the meeting is asked to do with an item is no action; a task after "ACTION:" still is',
      '6. Accounts\n\nAction: To approve the accounts for recommendation to council\n\n7. Grants\n\nAction: To consider the renewal of the agreement with the hall\n\n8. Safety plan\n\nACTION: To add the new duty to the plan’s priorities.',
      [['action', 'Add the new duty to the plan’s priorities.']],
    ],
    [
      'parts under no keyword that grant leave to address the committee: decisions, not someone listed to speak',
      'Deputations\n\n(1) That the driver named in Item 4 be granted leave to address the Committee on Item 4.\n\n(2) That the applicant in Item 6 and her adviser be granted leave to address the Committee on Item 6.',
      [
        ['resolution', 'The driver named in Item 4 be granted leave to address the Committee on Item 4.'],
        ['resolution', 'The applicant in Item 6 and her adviser be granted leave to address the Committee on Item 6.'],
      ],
    ],
    [
      'a vote’s tally after what was agreed is part of it',
      'Grants\n\nThe hospice had asked for help with its appeal. It was agreed that £250 would be given. 9 Councillors in favour, 2 against.',
      [['follow-up', '£250 would be given. 9 Councillors in favour, 2 against.']],
    ],
    [
      '"Resolved:" against the full stop of the item’s title; what was noted, then "and agreed that"',
      '7. Village Day Bunting.Resolved: to buy 20 metres of bunting and ask residents to sponsor it.\n\n8. It was noted that Ann Ash could not serve on the Hall Committee and agreed that for now the Council would not nominate anyone to it.',
      [
        ['resolution', 'Buy 20 metres of bunting and ask residents to sponsor it.'],
        ['resolution', 'It was agreed that for now the Council would not nominate anyone to it.'],
      ],
    ],
    [
      'a keyword whose lead-in ends on a semicolon for its colon, over lettered parts; officers who answered and would act',
      'Closure of the day centre\n\nRESOLVED – The Committee resolved to;\n\n(a) Ask that Members send their questions on the closure to the Area Team by 17 October; and\n\n(b) That a letter be sent to the housing service from the Chair.\n\nCycle path\n\nA question was asked about a cycle path on Mill Road. Officers responded that this was for the highways team and would make sure the answer was passed to members.',
      [
        ['resolution', 'Ask that Members send their questions on the closure to the Area Team by 17 October'],
        ['resolution', 'A letter be sent to the housing service from the Chair.'],
        [
          'action',
          'Officers responded that this was for the highways team and would make sure the answer was passed to members.',
        ],
      ],
    ],
    [
      'a member’s question, then ", and" someone who undertook to answer it',
      'Treasury management\n\nCouncillor Ash asked when the two loans repaid this year had been taken out, and Nia Price undertook to check the loan schedule and report back.',
      [['action', 'Nia Price to check the loan schedule and report back.']],
    ],
    [
      'a recommendation, then "It was AGREED." run on into the next note’s page reference',
      'Matters arising\n\nCllr Ash recommended that the speed watch scheme should be publicised on the town council website. It was AGREED. page 2, 16/045 Speeding The clerk had spoken to the highways officer.',
      [
        [
          'resolution',
          'Cllr Ash recommended that the speed watch scheme should be publicised on the town council website. It was AGREED.',
        ],
      ],
    ],
    [
      'an undertaking stated with no one named as told: something would be arranged for members',
      'ICT Services\n\nMinutes: Members commented on problems with their accounts. It was stated that further sessions on the new phones would be arranged for members. The Committee noted the report.',
      [
        ['information-request', 'It was stated that further sessions on the new phones would be arranged for members.'],
        ['resolution', 'The Committee noted the report.'],
      ],
    ],
    [
      'someone asked to act, named by first name only, after what was noted; not everyone asked to bring something',
      'Apologies\n\nThe group noted that one member had missed four meetings and Rhian was asked to write to him about this.\n\nSummer social\n\nEveryone was asked to bring a dish.',
      [
        [
          'action',
          'The group noted that one member had missed four meetings and Rhian was asked to write to him about this.',
        ],
      ],
    ],
  ])('%s', readsWhole);
});

describe('who acts, in brackets after an undertaking already read', () => {
  it('quotes the undertaking with the brackets and names who acts', () => {
    const [action] = outcomesFound(
      'Training group\n\nNia Price agreed to circulate the terms of reference. (Action: Nia Price)',
    );
    expect(action?.quote).toBe('Nia Price agreed to circulate the terms of reference. (Action: Nia Price)');
    expect(action?.owner).toBe('Nia Price');
  });

  it('quotes "Clerk to action." with the action before it', () => {
    const action = outcomesFound(
      'Police\n\n4.4. The Council noted the police report. Clerk to send on any later reports. Clerk to action.',
    ).find((o) => o.kind === 'action');
    expect(action?.quote).toMatch(/Clerk to send on any later reports\. Clerk to action\.$/);
  });

  it('quotes "(Action)" with what was agreed someone would do', () => {
    const found = outcomesFound(
      'Standing Orders\n\nThe revised Standing Orders were adopted. It was agreed the Clerk would put them on the website. (Action)',
    ).find((o) => /website/.test(o.text));
    expect(found?.quote).toMatch(/the Clerk would put them on the website\. \(Action\)$/);
  });

  it('quotes the initials after an action with it, when the next numbered note runs on after them', () => {
    const [action] = outcomesFound(
      'Matters arising\n\n1 Forms: The Clerk has sent the forms. The Clerk to forward the last form to the council. JB 2 Untidy land: Cllr Lee will chase a reply.',
    );
    expect(action?.quote).toBe('The Clerk to forward the last form to the council. JB');
  });

  it('quotes who moved and seconded a resolution, on the line above it, with it', () => {
    const [resolution] = outcomesFound(
      '6. Work Programme\n\nMoved by Councillor Ash and seconded by Councillor Birch\n\nRESOLVED that the Work Programme be approved.',
    );
    expect(resolution?.text).toBe('The Work Programme be approved.');
    expect(resolution?.quote).toBe(
      'Moved by Councillor Ash and seconded by Councillor Birch RESOLVED that the Work Programme be approved.',
    );
  });
});

describe('item numbers met on real pages in the thirty-third session', () => {
  it.each([
    [
      'minute numbers run into an agenda’s "To …" titles',
      'Minutes of the Parish Council meeting held on 7 March 2018\nPresent: Cllr Ash (Chair), Cllr Birch\n18/04To receive apologies for absence\nApologies were received from Cllr Ash.\n18/05To receive declarations of interest\nNone.\n18/06To review the play area inspection\nThe report was noted.',
      ['18/04', '18/05', '18/06'],
    ],
  ])('numbers the items of %s', numbersItems);
});

describe('meeting dates met in the thirty-third session', () => {
  it('reads a briefing note’s date from its "To:" line, not from a date with a stray dash before a two-digit year', () => {
    const text =
      'Briefing note\n\nTo: Housing Scrutiny Board 25 November 2025\n\nSubject: Annual Report\n\n1 Repairs\n\nAt the meeting of the Scrutiny Committee held on 22nd January -42, the decision was called in.';
    expect(header(text).date).toBe('2025-11-25');
  });
});

describe('papers met on real pages in the thirty-third session', () => {
  it('reads an "Agenda and decisions" page whose items print their "Decision:" as the record of the meeting', async () => {
    const paper = await readPaper(
      'Agenda and decisions\nVenue: The Council Chamber\nApologies for Absence |\nPlay Area Renewal Decision: The Cabinet:\n1.1. Approved the renewal of the play area at Mill Park.\n1.2. Delegated the choice of contractor to the Cabinet Member for Leisure.',
    );
    expect(paper.kind).toBe('minutes');
    const texts = paper.outcomes.map((o) => o.text);
    expect(texts.some((t) => t.endsWith('Approved the renewal of the play area at Mill Park.'))).toBe(true);
    expect(texts).toHaveLength(2);
  });

  it('still reads an "Agenda and decisions" page with no decision printed as an agenda', async () => {
    const paper = await readPaper(
      'Agenda and decisions\nVenue: The Council Chamber\nApologies for Absence\nPlay Area Renewal\nTo consider the report of the Director of Leisure.',
    );
    expect(paper.kind).toBe('agenda');
    expect(paper.outcomes).toEqual([]);
  });
});

describe('shapes met on real pages in the thirty-fourth session (read blind first, then taught)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'decisions numbered "1.1." that open with their verb, the number split off as a sentence of its own',
      'Agenda and decisions\nVenue: The Hall\nApologies for Absence |\n1.1. Noted the progress made on the footpath.\n1.2. Supported the clearing of the route.',
      [
        ['resolution', 'Noted the progress made on the footpath.'],
        ['resolution', 'Supported the clearing of the route.'],
      ],
    ],
    [
      'what was weighed before it was approved, opening a decision page’s part',
      'Agenda and decisions\nVenue: The Hall\nBudget Report Additional documents:\n1.1. Considered and approved the revised budget for the leisure centre.',
      [['resolution', 'Considered and approved the revised budget for the leisure centre.']],
    ],
    [
      'an application passed to an officer to decide, in capitals',
      'Minutes of the Planning Committee held on 5 May 2022\n\n3. Applications\n\nAPPLICATION REF: 22/0101\n\nNEW GARAGE AT 4 MILL LANE\n\nDEFERRED and DELEGATED to the Head of Planning for approval subject to no objection from the water company.',
      [
        [
          'resolution',
          'DEFERRED and DELEGATED to the Head of Planning for approval subject to no objection from the water company.',
        ],
      ],
    ],
    [
      'an addition to the forward plan noted after a colon',
      'Minutes of the Cabinet held on 4 June 2023\n\n7. Forward Plan\n\nThe Cabinet considered the Forward Plan. One addition to the Forward Plan was noted: a report on the bus shelters to the July meeting.',
      [
        [
          'work-programme',
          'One addition to the Forward Plan was noted: a report on the bus shelters to the July meeting.',
        ],
      ],
    ],
    [
      'an officer, named by a role with "and" in it and an abbreviation after a slash, agreeing in a clause after "and"',
      'Action log\n\nThe open data list was not in the report and the Records and Archives Manager/DPO agreed to consult the Chair on it.',
      [
        [
          'action',
          'The open data list was not in the report and the Records and Archives Manager/DPO agreed to consult the Chair on it.',
        ],
      ],
    ],
    [
      'a nomination declined is no outcome; the election after "it was:" is, its keyword lost',
      'Election of a Vice Chair\n\nCllr Ash was nominated, which was seconded and subsequently declined. Cllr Birch was nominated, seconded, and following a vote, it was:\n\nTHAT Cllr Birch be elected as vice-chair of the Committee.',
      [['resolution', 'Cllr Birch be elected as vice-chair of the Committee.']],
    ],
    [
      'an action sheet flattened a cell a line: its title and column headings are not actions, its rows are',
      'Action Sheet\n\nLeisure Group – Tuesday 5 June 2018\n\nMinute Item\n\nAction\n\nOfficer Responsible\n\n4.\n\nMembers of the Group be provided with the cost of the new road.\n\nHead of Transport',
      [['information-request', 'Members of the Group be provided with the cost of the new road.']],
    ],
  ])('%s', readsWhole);
});

describe('papers met on real pages in the thirty-fourth session', () => {
  it('reads a notice of decisions, each under a "Delegated Decision:" label, as the record of the meeting', async () => {
    const paper = await readPaper(
      'NOTICE OF DECISIONS\nEXECUTIVE COMMITTEE – 14TH JUNE, 2023\nNOTES:\n1. The decisions in this notice may be called in.\nEXECUTIVE COMMITTEEDate of Meeting: 14th June, 2023\nTitle: Allotments Panel\nDelegated Decision:\nTo note the Minutes of the Allotments Panel held on 2nd May, 2023.\nTitle: Outside Bodies\nDelegated Decision:\n(i) To approve the appointments to Outside Bodies; and\n(ii) To agree that Officers review the membership of the Safety Board.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.date).toBe('2023-06-14');
    expect(paper.committee).toBe('Executive Committee');
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'Note the Minutes of the Allotments Panel held on 2nd May, 2023.',
      'Approve the appointments to Outside Bodies',
      'Agree that Officers review the membership of the Safety Board.',
    ]);
  });

  it('does not read a page’s field "Urgent Decision - Not in Forward Plan" as a decision', async () => {
    const paper = await readPaper(
      'Decision details\nDecision Maker: Cabinet\nIs Key Decision\nUrgent Decision - Not in Forward Plan\nDecision:\nThe Cabinet agreed to extend the bus pass scheme.',
    );
    expect(paper.outcomes.map((o) => o.text).some((t) => /Forward Plan/.test(t))).toBe(false);
  });

  it('reads decisions above a "Minutes: <date>" title line as decisions, not as an agenda’s text', async () => {
    const paper = await readPaper(
      'MINUTES OF THE BUDGET MEETING OF THE PARISH COUNCIL HELD ON 9TH DECEMBER 2015\n1. PRESENT\nCouncillors Ash and Birch\n2. APOLOGIES\nCllr Cedar.\nIt was agreed that the precept should be increased to £16,000.\nMinutes: December 9th 2015\nMINUTES OF THE MEETING OF THE PARISH COUNCIL\n1. PRESENT\nCouncillors Ash and Birch',
    );
    expect(paper.outcomes.map((o) => o.text)).toEqual(['The precept should be increased to £16,000.']);
  });

  it('reads "Minutes & Agenda – <date>" as a page of minutes, not an agenda', async () => {
    const paper = await readPaper(
      'F&GP Minutes & Agenda – 2nd June 2021\n\nMinutes of a meeting of the FINANCE COMMITTEE held on Wednesday 2 June 2021.\n\n82 LIGHTING\n\nRESOLVED to accept the quote to upgrade the remaining lights.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => o.text)).toEqual(['Accept the quote to upgrade the remaining lights.']);
  });

  it('reads a page whose only decision is "It was further agreed" over numbered parts as minutes', async () => {
    const paper = await readPaper(
      'Members were requested to consider the suggestions for the Work Programme.\n\nIt was further agreed that the following be included in the Work Programme:-\n\n(1) That the existing Work Programme items be agreed.\n\nTo consider at the September meeting.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.length).toBeGreaterThan(0);
  });
});

describe('meeting details met on real pages in the thirty-fourth session', () => {
  it('reads the date in figures with dots after "held … on" in a minutes title', () => {
    expect(header('Minutes of a meeting of the Community Council held at the Village Hall on 31.01.2018').date).toBe(
      '2018-01-31',
    );
  });

  it('numbers items coded with letters and two numbers ("OM-19-132")', async () => {
    await numbersItems(
      '',
      'Minutes of the Ordinary Meeting of the Council held on Wednesday 16th October 2019\n\nPRESENT: Cllr Ash\n\nOM-19-132 MEMBERS DECLARATION OF INTEREST: None.\n\nOM-19-133 PLANNING APPLICATIONS: No objections.',
      ['OM-19-132', 'OM-19-133'],
    );
  });

  it('reads a meeting page that says there were no apologies as the record of the meeting, not an agenda', async () => {
    const paper = await readPaper(
      'Meeting Details\n\nLicensing Sub-Committee\n\nMembers are invited to a Meeting of the Licensing Sub-Committee to be held in the Town Hall on Tuesday, 15 June 2021 at 2.00pm\n\n1 Election of a Chair\n\nTo elect a Chair for this meeting.\n\nConsideration was given to the election of a Chair and it was\n\nThat Councillor Ash be elected as Chair of this meeting.\n\n2 Apologies for Absence\n\nTo receive apologies for absence, if any.\n\nThere were no apologies for absence.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => o.text)).toEqual(['Councillor Ash be elected as Chair of this meeting.']);
  });
});

describe('shapes met on real pages in the thirty-fourth session, second group (P141–P144)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'initials to act, run on from a note with no full stop (not initials after a title, nor after a name); minutes to be read at a general meeting',
      'Treasurer’s Report\n\nBalance of current account rather high KC to transfer £1000 to deposit.\n\nMatters arising\n\nCllr Birch has sent a letter to the Chief Executive and Ann Lee MP to point out the precedent.\n\nAGM\n\nBoth sets of minutes to be read at the next Annual General Meeting.',
      [
        ['action', 'Balance of current account rather high KC to transfer £1000 to deposit.'],
        ['work-programme', 'Both sets of minutes to be read at the next Annual General Meeting.'],
      ],
    ],
  ])('%s', readsWhole);

  it('does not take the date of another body’s meeting whose recommendations were weighed for an earlier decision', () => {
    expect(
      first(
        NOT_OUTCOMES,
        'Having taken into account the recommendations made by the Scrutiny Committee held on 13th March, 2014 Cabinet agreed the recommendations.',
      ),
    ).toBeUndefined();
  });

  it.each([
    [
      'another body’s meeting, "At its meeting held on …"',
      'Minutes pdf icon PDF 131 KB\n\nThe minutes of the meeting held on 14 November 2024 were confirmed as a correct record.\n\nOfficer Protocol\n\nAt its meeting held on 21 November 2024, the Review Group had considered this matter.',
    ],
    [
      'an earlier meeting’s appointments told again',
      'Appointment of Chairman\n\nThe standing orders state that the Committee shall elect a Chairman at its annual meeting.\n\nAt the Joint Committee meeting on 20 June 2013, Mr Ash was appointed Chairman up to the annual meeting.',
    ],
  ])('gives no meeting date from %s', (_shape, text) => {
    expect(header(text).date).toBeNull();
  });
});

describe('shapes met on real pages in the thirty-fourth session, third group (P145–P148)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a licensing decision in the infinitive under a "Decision" heading',
      'Minutes:\n\nConsideration was given to an application for a street trading consent.\n\nDecision\n\nTo refuse the application for a street trading consent for a mobile unit.\n\nReasons\n\nThe Committee accepted the evidence of the neighbours.',
      [['resolution', 'Refuse the application for a street trading consent for a mobile unit.']],
    ],
    [
      'a panel that came to a decision; a plan to be reviewed and brought to a body’s next meeting',
      'Street trading\n\nThe Panel came to the decision to grant a new six-month consent.\n\nForward Plan\n\nIn the light of the recovery plan, Forward Plan (FP) to be reviewed and brought to next Hub Committee meeting;',
      [
        ['resolution', 'The Panel came to the decision to grant a new six-month consent.'],
        [
          'work-programme',
          'In the light of the recovery plan, Forward Plan (FP) to be reviewed and brought to next Hub Committee meeting',
        ],
      ],
    ],
    [
      'a decision record’s fields after its resolution, each label before ":-", are not decisions',
      'Subject of Decision :-Outstanding Motions\n\nRESOLVED That the motions be submitted to Council.\n\nReason for Decision :-To let the matter proceed.\n\nContact Officer :-Corporate Director - Ann Ash\n\nDecision to Take Effect at end of :-2013/02/01',
      [['resolution', 'The motions be submitted to Council.']],
    ],
    [
      'officers’ promises in scrutiny minutes: a written response to be supplied; members to be kept up to date',
      'Questions\n\nThe Chair read out a supplementary question on recruitment, and confirmed that a written response would be supplied and appended to the minutes.\n\nBus services\n\nMembers will be kept up to date by briefing notes from the Cabinet Member.',
      [
        [
          'action',
          'The Chair read out a supplementary question on recruitment, and confirmed that a written response would be supplied and appended to the minutes.',
        ],
        ['action', 'Members will be kept up to date by briefing notes from the Cabinet Member.'],
      ],
    ],
    [
      'RESOLVED with its last letter in small',
      'Decision Maker: Executive\n\nThe Executive RESOLVEd\n\nThat the draft Local List be approved for public consultation.',
      [['resolution', 'The draft Local List be approved for public consultation.']],
    ],
  ])('%s', readsWhole);

  it('gives no meeting date from the business scheduled for a later meeting', () => {
    expect(
      header(
        'To confirm as a correct record the minutes of the meeting held on 13 May 2019.\n\nThe minutes were submitted.\n\nForward Work Programme\n\nThe Facilitator drew attention to the items scheduled for the meeting of the Committee to be held on 9 September 2019.',
      ).date,
    ).toBeNull();
  });
});

describe('shapes met on real pages in the thirty-fourth session, fourth group (P149–P152)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a decision’s lettered part in the future tense: someone who will act',
      'Decision:\n\nThat\n\n(a) the report be noted; and\n\n(b) the Leader will write to the Commander asking for a meeting.\n\nReasons for the decision:\n\nTo keep in touch.',
      [
        ['resolution', 'The report be noted'],
        ['resolution', 'The Leader will write to the Commander asking for a meeting.'],
      ],
    ],
    [
      'a meeting page’s "Venue:" field is not a task with someone named after a dash',
      'Venue: Meeting to be conducted using Microsoft Teams - Microsoft Teams.\n\nMinutes:\n\nRESOLVED – That the budget be approved.',
      [['resolution', 'The budget be approved.']],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the thirty-fifth session (P153–P176)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a decision notice’s long opening with commas and a date, then the body and its verb',
      'On consideration of the report of the Cabinet Member for Parks, and having taken into account the comments of the panel held on 4 May 2015 Cabinet agreed the recommendations in the report.',
      [
        [
          'resolution',
          'On consideration of the report of the Cabinet Member for Parks, and having taken into account the comments of the panel held on 4 May 2015 Cabinet agreed the recommendations in the report.',
        ],
      ],
    ],
    [
      'officers asked in the past tense for information; an officer named by role in small letters who agreed to act',
      'Grass cutting\n\nOfficers were requested to provide Members with information relating to verge cutting.\n\nThe area commander agreed to provide the committee with figures for the neighbouring wards.',
      [
        [
          'information-request',
          'Officers were requested to provide Members with information relating to verge cutting.',
        ],
        ['action', 'The area commander to provide the committee with figures for the neighbouring wards.'],
      ],
    ],
    [
      'a committee’s advice to the council in so many words; accounts proposed, seconded and resolved; a dispensation granted',
      '40. ACCOUNTS\n\nThe bank reconciliations were proposed, seconded and resolved.\n\n41. HALL ROOF\n\nThe advice to Council is that the roof is repaired before the winter.\n\n42. DISPENSATIONS\n\nAPPLICATIONS FOR DISPENSATION: granted for all Members of the Committee for item 45.',
      [
        ['resolution', 'The bank reconciliations were proposed, seconded and resolved.'],
        ['recommendation', 'The advice to Council is that the roof is repaired before the winter.'],
        ['resolution', 'APPLICATIONS FOR DISPENSATION: granted for all Members of the Committee for item 45.'],
      ],
    ],
    [
      'officers asked to progress the actions listed below a decision; the chair’s standing item on the public’s questions',
      'Public questions\n\nThe Chair of the Committee will answer questions from members of the public submitted in writing.\n\nDecision:\n\nThe Executive considered an update on the flood recovery.\n\nOfficers were requested to progress the following actions:\n\n·        To find out whether the insurers would cover the pumps;\n\n·        To ask the water company for its repair timetable;',
      [
        ['action', 'Find out whether the insurers would cover the pumps'],
        ['action', 'Ask the water company for its repair timetable'],
      ],
    ],
    [
      'investigations that will be made, after what was discussed',
      'Land purchase\n\nInitial options were discussed, and further investigations will be made by councillors to inform the Clerk.',
      [
        [
          'follow-up',
          'Initial options were discussed, and further investigations will be made by councillors to inform the Clerk.',
        ],
      ],
    ],
    [
      'a decision record’s "That the Board agree:" over its parts; a condition over a decision’s parts',
      'That the Board agree:\n\n(1) To set up a new partnership board with the membership proposed.\n\n(2) To review the board’s terms of reference in a year.\n\nResolved\n\nSubject to the grant being confirmed by the Government:\n\n1. Approve the allocation of £2m to the town centre project.',
      [
        ['resolution', 'Set up a new partnership board with the membership proposed.'],
        ['resolution', 'Review the board’s terms of reference in a year.'],
        ['resolution', 'Approve the allocation of £2m to the town centre project.'],
      ],
    ],
    [
      'a hearing’s and an agenda’s formalities: introductions, the code of conduct, members invited to confirm, a body’s role, an empty apologies line',
      'Decision:\n\nAn Apology was received from\n\nHearing\n\nThe Chair asked all present to introduce themselves.\n\nMembers are reminded to consider the categories of interest in the Code of Conduct.\n\nThe Councillors will be invited to confirm that the minutes of the last meeting are a correct record.\n\nThe role of the Scrutiny Committee is to review the services the public uses.',
      [],
    ],
    [
      'an office-holder’s decision over parts, with headings between them',
      'Decision of Executive Councillor for Parks\n\nThe Executive Councillor resolved to:\n\nCharges\n\ni. Approve the proposed charges for the parks, as shown in Appendix A.\n\nii. Delegate authority to the Director to set the charges for events.\n\nCapital\n\niii. Approve the project appraisals in Appendix D.\n\nReason for the Decision\n\nAs set out in the report.',
      [
        ['resolution', 'Approve the proposed charges for the parks, as shown in Appendix A.'],
        ['resolution', 'Delegate authority to the Director to set the charges for events.'],
        ['resolution', 'Approve the project appraisals in Appendix D.'],
      ],
    ],
    [
      'a licensing panel’s steps it could take, listed before what it decided; its opinion that a licence be restored; a paragraph it noted',
      'Decision:\n\nSteps considered:\n\n(a) modify the conditions of the licence;\n\n(b) suspend the licence for three months; or\n\n(c) revoke the licence\n\nThe Sub-Committee has decided not to take any of the above steps.\n\nMinutes:\n\nThe Sub-Committee noted paragraph 4 of the statement made by the driver’s solicitor.\n\nHaving considered the evidence, the Sub-Committee was of the opinion that the driver’s licence should be reinstated immediately.',
      [
        ['resolution', 'The Sub-Committee has decided not to take any of the above steps.'],
        [
          'resolution',
          'Having considered the evidence, the Sub-Committee was of the opinion that the driver’s licence should be reinstated immediately.',
        ],
      ],
    ],
    [
      'a recommendation’s part over a table of amounts, its later parts after the table; "(b)(i)" a reference, not a part',
      'Decision:\nAGREED That Cabinet recommends to Full Council at its meeting on 9 March that:\ni. the following amounts be now calculated by the council for the financial year, in accordance with the Local Government Finance Act 1992:\n1. |\n£5,100,000 |\nbeing the aggregate of the amounts which the council estimates for its gross expenditure; |\n2. |\n£1,800,000 |\nbeing the amount by which the sum at (b)(i) above exceeds the sum at (b)(ii) above; |\nii. the budget amounts in the report be the council’s budget for the year; and\niii. the fees and charges in Appendix C be implemented from 1 April.',
      [
        ['recommendation', 'The budget amounts in the report be the council’s budget for the year'],
        ['recommendation', 'The fees and charges in Appendix C be implemented from 1 April.'],
      ],
    ],
    [
      'what a "NOTED:" label records that is no decision: the welcome, the public who came, nominations, no interests',
      'NOTED: The Chair welcomed councillors and members of the public to the meeting.\n\nNOTED: 40 members of the public attended the meeting and raised the state of the footpaths.\n\nCllr Ann Ash and Cllr Ben Birch were nominated to be Chair for the meeting.\n\nDeclarations of Interest: None: Noted\n\nRefuse vehicles\n\nThe Chief Officer explained there had been breakdowns and said the Service Manager would contact Councillor Dale to arrange a meeting.',
      [
        [
          'action',
          'The Chief Officer explained there had been breakdowns and said the Service Manager would contact Councillor Dale to arrange a meeting.',
        ],
      ],
    ],
    [
      'a planning committee’s decisions list: each application, then its recommendation "agreed"',
      'The Planning Committee made the decisions below at its meeting on Wednesday 6 January 2016\n\n5 AB/15/01234/FUL - Mill House Mill Lane Ashby AB1 2CD\n\nRecommendation to refuse agreed\n\n6 AB/15/04321/FUL - Land at Fen Road Ashby AB1 3EF\n\nPermit with extra conditions 14 (landscaping) and 15 (broadband) agreed',
      [
        ['resolution', '5 AB/15/01234/FUL - Mill House Mill Lane Ashby AB1 2CD Recommendation to refuse agreed'],
        ['resolution', 'AB/15/04321/FUL: Permit with extra conditions 14 (landscaping) and 15 (broadband) agreed'],
      ],
    ],
    [
      'a question answered by a decision in the same sentence; a resolution with its own number in brackets',
      'Mrs Ash asked what had happened to the hanging baskets and it was agreed the clerk would contact the nursery.\n\n3 Minutes of the last meeting\n\nResolution (59/09): That the minutes be signed as a correct record of the meeting.',
      [
        ['follow-up', 'The clerk would contact the nursery.'],
        ['resolution', 'The minutes be signed as a correct record of the meeting.'],
      ],
    ],
    [
      'the report’s "RECOMMENDED that the Cabinet Member agrees to:" and then the decision in the same words: the decision',
      'Travel Assistance\n\nRECOMMENDED that the Cabinet Member for Schools agrees to:\n\na) Consult on the revised travel assistance policy for pupils of statutory school age.\n\nMinutes: The report was introduced by the Head of Service.\n\nDECISIONS - the Cabinet Member agreed to:\n\n1) Consult on the revised travel assistance policy for pupils of statutory school age.',
      [['resolution', 'Consult on the revised travel assistance policy for pupils of statutory school age.']],
    ],
    [
      'a two-column table of decisions and their reasons, flattened one cell a line',
      '4. Taxi fees\n\nMinutes:\n\nThe Committee considered the comments received.\n\nRESOLVED\n\nReason for decision\n\n1. That the proposed fees come into effect on 1st April.\n\n2. A review of taxi fares be undertaken.\n\n1. To set a fee that covers the cost of licensing.\n\n2. To keep the table of fares up to date.',
      [
        ['resolution', 'The proposed fees come into effect on 1st April.'],
        ['resolution', 'A review of taxi fares be undertaken.'],
      ],
    ],
    [
      'what members were told would be reported back or circulated to them; a member’s declaration of what they are',
      'Terms of reference\n\nMembers were advised that any changes to the terms of reference would be reported back in due course.\n\nDeclarations\n\nCllr Ash declared he was a Board Member of the housing association.',
      [
        [
          'information-request',
          'Members were advised that any changes to the terms of reference would be reported back in due course.',
        ],
      ],
    ],
    [
      'a planning response under a "Comment:" label, told with the site above it',
      'Planning Applications\nSingle storey rear extension\n4 Mill Row\nComment: No objection',
      [['resolution', '4 Mill Row Comment: No objection']],
    ],
    [
      'the witnesses a review will invite, listed under the decision that names them; an area board’s grants; an agenda’s call for interests',
      'Declarations of interest\n\nThe Councillors will be asked to say if there are any items on the Agenda in which they have interests.\n\nReview of water use\n\nFollowing discussion, it was agreed that officers would explore inviting the following witnesses:\n\n  • A representative from the water company\n  • A representative from the river trust\n\nGrants\n\nAshby Area Board awarded the sum of £545 to Ashby Town Council.',
      [
        [
          'action',
          'Following discussion, it was agreed that officers would explore inviting the following witnesses: A representative from the water company; A representative from the river trust',
        ],
        ['resolution', 'Ashby Area Board awarded the sum of £545 to Ashby Town Council.'],
      ],
    ],
  ])('%s', readsWhole);

  it('reads a meeting page that lost its keywords as minutes when it records no disclosures of interest', async () => {
    const paper = await readPaper(
      'Community Panel - Wednesday, 5th March, 2025 6.30 pm\n\nNo. Item\n\nTo receive Disclosures of Interest on any matters before the Panel\n\ni) Pecuniary interests\n\nii) Other interests\n\nThere were no disclosures of interest.\n\nPlay areas\n\nMembers requested that the new fencing is taken into account when sites are chosen.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'Members requested that the new fencing is taken into account when sites are chosen.',
    ]);
  });

  it('gives no meeting date from the title of the last minutes, put to the meeting to confirm', () => {
    expect(
      header(
        'Apologies for absence were received from Councillor Ash.\n\nMinutes - 12 September 2017\n\nTo confirm as a correct record, the minutes of the meeting held on 12 September 2017\n\nMatters Arising',
      ).date,
    ).toBeNull();
  });

  it('reads a meeting page whose item links the forward plan’s papers as minutes, not as the forward plan', async () => {
    const paper = await readPaper(
      'Agenda and minutes\n\nFinance Committee - Thursday, 25th November, 2021 6.00 pm\n\nNo. Item\n\nForward Plan of Finance Items pdf icon PDF 260 KB\n\nThe Committee noted the Forward Plan items to be considered over the next 12 months.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'The Committee noted the Forward Plan items to be considered over the next 12 months.',
    ]);
  });

  it('reads the date from a minutes title written as a sentence', () => {
    expect(
      header(
        'The minutes of the meeting of the Finance and General Purposes Committee\nheld on 22nd July 2013.\nCllr A Ash – Chairman',
      ),
    ).toMatchObject({ date: '2013-07-22', committee: 'Finance and General Purposes Committee' });
  });
});

describe('shapes met on real pages in the thirty-sixth session (P177–P184)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'an "Action" label with no colon, owners by first name and initial, a word between "to" and the verb',
      'Course conditions\n\nIt was agreed that mats would be used on the fairways. Action Sam T & Rob K to keep the winter rules under review.\n\nThe surveyor’s report has not arrived. Action Anna M to again chase the surveyor.',
      [
        ['follow-up', 'Mats would be used on the fairways.'],
        ['action', 'Action Sam T & Rob K to keep the winter rules under review.'],
        ['action', 'Action Anna M to again chase the surveyor.'],
      ],
    ],
    [
      'a support officer by the letters of the role, and an officer in small letters, asked to do something',
      'Parking\n\nCSO Patel was asked to watch the car park on market days.\n\nThe officer was asked to keep an eye on the verge by the school.',
      [
        ['action', 'CSO Patel was asked to watch the car park on market days.'],
        ['action', 'The officer was asked to keep an eye on the verge by the school.'],
      ],
    ],
    [
      'a sentence that ends on "the following decisions:", over parts worded as wishes',
      'The meeting began with a walk round the recreation ground, which led to the following decisions:\n\n(a) The hedge needs cutting back, for which the council would seek quotes.\n\n(b) The council would like the club to keep using the pitch provided it tidies the changing room.',
      [
        ['resolution', 'The hedge needs cutting back, for which the council would seek quotes.'],
        ['resolution', 'The council would like the club to keep using the pitch provided it tidies the changing room.'],
      ],
    ],
    [
      'a "Decision:" field whose long lead-in ends "resolved to:", over its bullets',
      'Decision:\n\nFollowing consideration of the officer report, its appendices and the discussion, the Executive resolved to:\n\n  • Endorse the progress made since the last report.\n  • Note the risks set out in Appendix A.',
      [
        ['resolution', 'Endorse the progress made since the last report.'],
        ['resolution', 'Note the risks set out in Appendix A.'],
      ],
    ],
    [
      'a part decided in the subjunctive that leads into how it is paid for',
      'RESOLVED:\n\n1. the freehold of up to four flats be purchased, the cost to be funded through:\n\na. the housing grant; and\n\nb. any other external funding, with the balance from reserves.\n\n2. the lettings policy be reviewed in a year.',
      [
        [
          'resolution',
          'The freehold of up to four flats be purchased, the cost to be funded through: The housing grant; Any other external funding, with the balance from reserves.',
        ],
        ['resolution', 'The lettings policy be reviewed in a year.'],
      ],
    ],
    [
      'a part that approves, then what members noted in doing so, then the next part',
      'Resolved (6-0) to:\n\ni. Approve the governance statement, noting:\n\na. the arrangements for signing the statement;\n\nb. the progress made on last year’s issues;\n\nii. Note and endorse the changes to the local code.',
      [
        [
          'resolution',
          'Approve the governance statement, noting: The arrangements for signing the statement; The progress made on last year’s issues',
        ],
        ['resolution', 'Note and endorse the changes to the local code.'],
      ],
    ],
    [
      'someone by initials to be appointed, after whose approval it needs; an undertaking by initials with a full stop',
      'Membership\n\nWith the board’s approval KL to be appointed as an associate member.\n\nNotices\n\nHJ. will put a notice on the board about waiting times.',
      [
        ['resolution', 'With the board’s approval KL to be appointed as an associate member.'],
        ['action', 'HJ. will put a notice on the board about waiting times.'],
      ],
    ],
    [
      'what led to an undertaking, then "so" and who undertook it',
      'Kitchen\n\nThe fund for the new oven has been raised so Mrs Lowe agreed to ask the head teacher to order it.',
      [['action', 'Mrs Lowe to ask the head teacher to order it.']],
    ],
    [
      'what members suggested they would like to see; a request officers noted',
      'Audit plan\n\nMembers suggested that they would like to see a report at the next meeting on the new reporting lines.\n\nOfficers noted a request for a map of broadband coverage in the rural wards.',
      [
        [
          'request',
          'Members suggested that they would like to see a report at the next meeting on the new reporting lines.',
        ],
        ['information-request', 'Officers noted a request for a map of broadband coverage in the rural wards.'],
      ],
    ],
    [
      'a page cut off in a decision’s second part, and a state that will remain, not someone to act',
      'Greens\n\nThe fourth green will remain GUR to allow the new turf to settle.\n\nAudit\n\nResolved:\n\n(i) That the audit progress report be noted.\n\n(ii) That the intern',
      [['resolution', 'The audit progress report be noted.']],
    ],
    [
      'an application received, then the council’s response after a comma',
      'Planning\n\nAn application was received to replace the porch at Mill House, no objection from the Parish Council.',
      [
        [
          'resolution',
          'An application was received to replace the porch at Mill House, no objection from the Parish Council.',
        ],
      ],
    ],
    [
      'members who requested the slides of a talk; "That" and someone named who would act, as a clause of what was agreed',
      'Highways briefing\n\nMembers requested the slides from the briefing.\n\nPaths\n\nThat Ruth Hale would ask the ranger whether the stile can be mended.',
      [
        ['request', 'Members requested the slides from the briefing.'],
        ['action', 'Ruth Hale would ask the ranger whether the stile can be mended.'],
      ],
    ],
    [
      'a part that supports an officer’s work "to enable:-" what follows, its list the details',
      'RESOLVED to:\n\n1) Approve the draft plan in Appendix 2; and\n\n2) Support the Director in making any minor changes and presenting the plan to Council to enable:-\n\n(a) its publication for comment; and\n\n(b) its submission to the Secretary of State.',
      [
        ['resolution', 'Approve the draft plan in Appendix 2'],
        [
          'resolution',
          'Support the Director in making any minor changes and presenting the plan to Council to enable: Its publication for comment; Its submission to the Secretary of State.',
        ],
      ],
    ],
    [
      'a title with a dash and a part of a place, not a task and who does it; a motion moved, seconded and lost on a recorded vote',
      'Update on Area Working Groups - East\n\nThe Solicitor confirmed that the grant could be paid.\n\nMoved by Councillor Ash,\n\nSeconded by Councillor Birch\n\nThat the decision on the pavilion be brought back to the committee.\n\nOn a recorded vote, four Members voted for the proposal and forty against and it was accordingly declared lost.',
      [],
    ],
    [
      'an agenda’s "To RESOLVE to …" over what was resolved; a paragraph that stops at "it was agreed" over the keyword',
      '2. To RESOLVE to receive apologies and accept the reasons for absence.\n\nIt was RESOLVED to accept the reasons for absence.\n\n3. Sub-committees\n\nThe Committee considered the review. Following further discussion it was agreed\n\nRESOLVED that the sub-committees meet monthly.',
      [
        ['resolution', 'Accept the reasons for absence.'],
        ['resolution', 'The sub-committees meet monthly.'],
      ],
    ],
    [
      'a local council that would contact someone',
      'Speeding\n\nThe Parish Council would also contact the police about enforcing the limit.',
      [['action', 'The Parish Council would also contact the police about enforcing the limit.']],
    ],
    [
      '"Other decisions of note:" over dash lines in the infinitive; all members urged to do something',
      'Officers for the coming year were appointed.\n\nOther decisions of note:\n\n– to raise the annual subscription to £25\n– to look for a second ground for midweek games\n\nAll members were urged to bring a friend to the spring social.',
      [
        ['resolution', 'Officers for the coming year were appointed.'],
        ['resolution', 'Raise the annual subscription to £25'],
        ['resolution', 'Look for a second ground for midweek games'],
        ['request', 'All members were urged to bring a friend to the spring social.'],
      ],
    ],
    [
      'the council to give something, in a note’s few words',
      'Summer fair\n\nCouncil to donate £150 towards the cost of the fireworks.',
      [['resolution', 'Council to donate £150 towards the cost of the fireworks.']],
    ],
    [
      'who, a dash, then what they will do or be asked to do, one line each',
      'Roles for the coming year\n\n  • Tom Ash – (treasurer) will keep the accounts and send the reminders\n  • Ann Birch – will be asked to carry on with the newsletter',
      [
        ['action', 'Tom Ash – (treasurer) will keep the accounts and send the reminders'],
        ['action', 'Ann Birch – will be asked to carry on with the newsletter'],
      ],
    ],
    [
      'the minutes’ account of how a remote meeting went, under a "Decision:" label',
      'Decision:\n\nThe Chair invited the Democratic Services Officer to explain how proceedings would work.\n\nThe meeting was being streamed live.\n\nExtracts from the remote meetings protocol were included with the agenda, which covered:\n\n·                Live Streaming;\n\n·                Rules of Debate;',
      [],
    ],
    [
      'someone asked again to act; a report that would be brought to the board, as members were told',
      'Accounts\n\nThe treasurer was again asked to provide the accounts.\n\nGovernors\n\nIt was noted that a report would be brought to the Board on the number of governors needed.',
      [
        ['action', 'The treasurer was again asked to provide the accounts.'],
        [
          'information-request',
          'It was noted that a report would be brought to the Board on the number of governors needed.',
        ],
      ],
    ],
    [
      'a choice "therefore carried"; councillors by the plural of the title, to do something',
      'Traffic scheme\n\nOption 2, the one-way loop, was therefore carried.\n\nPolicies\n\nCllr’s to review the draft policy before the November meeting.',
      [
        ['resolution', 'Option 2, the one-way loop, was therefore carried.'],
        ['action', 'Cllr’s to review the draft policy before the November meeting.'],
      ],
    ],
  ])('%s', readsWhole);

  it('gives no meeting date from the page’s date above a title that names the meeting’s month, another one', () => {
    expect(
      header(
        '14 March 2019\n\nSummary of Trustee Meeting Decisions - Jan 2019\n\n1. The hall hire charge to rise by £1 an hour.',
      ).date,
    ).toBeNull();
  });
});

describe('shapes met on real pages in the thirty-seventh session (P201–P216)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a keyword over “That … be noted, and that … be …”: two decisions; an inline keyword’s two “that”s split too',
      'Terms of reference\n\nIt was\n\nRESOLVED\n\nThat the revised terms of reference be noted, and that a note on how residents may speak be attached to the minutes.\n\nAllotments\n\nRESOLVED that the rent review be noted and that the lettings officer be thanked for her work.',
      [
        ['resolution', 'The revised terms of reference be noted.'],
        ['resolution', 'A note on how residents may speak be attached to the minutes.'],
        ['resolution', 'The rent review be noted.'],
        ['resolution', 'The lettings officer be thanked for her work.'],
      ],
    ],
    [
      'a decision maker writing in the first person over parts: “I approve that:”',
      'Decision\n\nI approve that:\n\n(i) The closure of Mill Lane be made as advertised.\n\n(ii) The closure of Brook Street be withdrawn.',
      [
        ['resolution', 'The closure of Mill Lane be made as advertised.'],
        ['resolution', 'The closure of Brook Street be withdrawn.'],
      ],
    ],
    [
      "an item's line, a dash, what is to be researched; an update there would be at the next meeting; a report at a body's next meeting",
      'Matters arising\n\nFootbridge lighting – the council’s liability to be researched\n\nAudit report\n\nIt was confirmed that there would be a Housing Repairs update at the next meeting. It was explained that a report would be presented at the next Audit and Standards Committee.',
      [
        ['action', 'Footbridge lighting – the council’s liability to be researched'],
        ['information-request', 'It was confirmed that there would be a Housing Repairs update at the next meeting.'],
        [
          'information-request',
          'It was explained that a report would be presented at the next Audit and Standards Committee.',
        ],
      ],
    ],
    [
      'an action tag after a paragraph that names its owner only as who wrote something before',
      'Welcome pack\n\nThe draft written by the Clerk was discussed and several changes were suggested. A second draft will be brought in March. Action CLERK',
      [['action', 'A second draft will be brought in March.']],
    ],
    [
      '“it was resolved that … , and that …”: no comma left at the end of the first decision',
      'Speed watch\n\nIt was resolved that the speed watch report be received, and that the volunteers be thanked.',
      [
        ['resolution', 'It was resolved that the speed watch report be received.'],
        ['resolution', 'It was resolved that the volunteers be thanked.'],
      ],
    ],
    [
      'a record of decisions, each numbered “NN/YYYY” before the body that decided',
      'Budget 2011/12\n\n31/2011 The Cabinet recommended to Council the capital programme set out in Appendix A.\n\n32/2011 The Cabinet authorised the Director of Finance to write to the Minister about the grant.',
      [
        ['recommendation', 'The Cabinet recommended to Council the capital programme set out in Appendix A.'],
        ['resolution', 'The Cabinet authorised the Director of Finance to write to the Minister about the grant.'],
      ],
    ],
    [
      'a report that told its own parts, “advising” over “(1) that …” and “(2) of …”: what it said, not what was decided',
      'Membership of the Partnership\n\nThere was submitted and noted a report by the Head of Democratic Services on the membership of the Partnership, advising\n\n(1) that following the by-election in May, Councillor Reid had joined the Partnership; and\n\n(2) of the members of the Partnership as listed in the report.',
      [
        [
          'resolution',
          'There was submitted and noted a report by the Head of Democratic Services on the membership of the Partnership, advising',
        ],
      ],
    ],
    [
      'what was agreed to be told, after a comma, is not a refusal; a page that ends on a verb and “the”',
      'Sale board\n\nThe clerk had two replies. It was AGREED that Councillor Hart would tell the resident, that the verge does not belong to the Parish Council.\n\nBudget\n\nRESOLVED to:\n\n1) Note the outturn.\n\n2) Agree the',
      [
        [
          'resolution',
          'It was AGREED that Councillor Hart would tell the resident, that the verge does not belong to the Parish Council.',
        ],
        ['resolution', 'Note the outturn.'],
      ],
    ],
    [
      'owners by first name alone who are to coordinate, lead or do something; initials that are co-ordinating; a verb in quotation marks',
      'Summer walks\n\nThe programme was discussed. Priya to coordinate the weekday walks. Tom to do the Sunday walks.\n\nWoodland\n\nMore planting is still needed. KD is co-ordinating this.\n\nConstitution\n\na) RB to ‘tidy up’ the wording of the aims',
      [
        ['action', 'Priya to coordinate the weekday walks.'],
        ['action', 'Tom to do the Sunday walks.'],
        ['action', 'KD is co-ordinating this.'],
        ['action', 'RB to ‘tidy up’ the wording of the aims'],
      ],
    ],
    [
      'members tasked with doing something',
      'Neighbourhood plan\n\nA steering group was formed. All members were tasked with reading the county’s guidance on plans.',
      [
        ['resolution', 'A steering group was formed.'],
        ['action', 'All members were tasked with reading the county’s guidance on plans.'],
      ],
    ],
    [
      'a body that “had before it and NOTED” a paper; someone named in full to become a signatory; an amendment that became the finding of the meeting',
      'Financial items\n\nCouncil had before it and NOTED the summary of payments to 31st March.\n\nBank mandate\n\n  • Jane Marsh to become an additional bank signatory.\n\nCharging for garden waste\n\nOn a division, 14 votes were cast for the motion and 15 for the amendment. Accordingly the amendment became the finding of the meeting.',
      [
        ['resolution', 'Council had before it and NOTED the summary of payments to 31st March.'],
        ['action', 'Jane Marsh to become an additional bank signatory.'],
        ['resolution', 'Accordingly the amendment became the finding of the meeting.'],
      ],
    ],
    [
      'updates requested in the passive; work to be carried out (not what a quote covers “in the future”); “There were no objections.” after the application’s lines',
      'Scrutiny updates\n\nFurther updates on the town centre plans and the parking strategy were requested.\n\nFootpaths\n\nQuote received at £4 per post for 30 posts to be carried out in the future. Clearance to be carried out on Mill Walk.\n\nPlanning\n\n12/0456 Land at Brook Farm. Erection of a garage. There were no objections.',
      [
        ['information-request', 'Further updates on the town centre plans and the parking strategy were requested.'],
        ['action', 'Clearance to be carried out on Mill Walk.'],
        ['resolution', '12/0456 Land at Brook Farm. Erection of a garage. There were no objections.'],
      ],
    ],
    [
      'someone by initials or by name who “is going to” do something',
      'Building repairs\n\nRosa is happy to do the painting. KT is going to ask a local builder to look at the roof. Dan Price is going to ask the joiner for a quote.',
      [
        ['action', 'KT is going to ask a local builder to look at the roof.'],
        ['action', 'Dan Price is going to ask the joiner for a quote.'],
      ],
    ],
    [
      'all agreed something with no “that”; payments “agreed to be paid”; offices with who was nominated and seconded; a donation asked for, “none given”',
      'Defibrillator\n\nAll agreed the cabinet to be left unlocked at night.\n\nFinance\n\nAnnual subscriptions etc. agreed to be paid in the coming year.\n\nOffice bearers\n\nCHAIR – Ruth Hale – nominated KD, seconded MP\n\nTREASURER – Owen Price – nominated RH, seconded KD\n\nCorrespondence\n\nHospice – letter asking for a donation – none given this year.',
      [
        ['resolution', 'All agreed the cabinet to be left unlocked at night.'],
        ['resolution', 'Annual subscriptions etc. agreed to be paid in the coming year.'],
        ['resolution', 'CHAIR – Ruth Hale – nominated KD, seconded MP'],
        ['resolution', 'TREASURER – Owen Price – nominated RH, seconded KD'],
        ['resolution', 'Hospice – letter asking for a donation – none given this year.'],
      ],
    ],
    [
      'owners by first name who are to talk to someone or identify something',
      'Fixtures\n\nKevin to talk to the groundsman about the practice nets. Alison to identify the results from last season.',
      [
        ['action', 'Kevin to talk to the groundsman about the practice nets.'],
        ['action', 'Alison to identify the results from last season.'],
      ],
    ],
    [
      'a name’s initials on a line of their own over the rest of the sentence; a body that RECEIVED an update, in capitals; “Both were declared duly elected” with the sentence before it',
      'Election of officers\n\nHS was duly declared\nelected.\nA M\nLowe was appointed as RFO.\n\nDual assurance\n\nCouncil RECEIVED a Dual Assurance update on the estates strategy.\n\nCo-option\n\nDr Ann Ash was proposed by HS and seconded by KC. Mr Tom Birch was proposed by KC and seconded by HS. Both were declared duly elected',
      [
        ['resolution', 'HS was duly declared elected.'],
        ['resolution', 'A M Lowe was appointed as RFO.'],
        ['resolution', 'Council RECEIVED a Dual Assurance update on the estates strategy.'],
        ['resolution', 'Both were declared duly elected'],
      ],
    ],
    [
      'two people by first name who “are going to” discuss something further with someone',
      'Cycle rides\n\nEve and John are going to discuss further with the leisure centre.',
      [['action', 'Eve and John are going to discuss further with the leisure centre.']],
    ],
    [
      '“Agreed by the committee” at the start; a record “to be created” by someone',
      'Annual report\n\nAgreed by the committee for circulation at the AGM.\n\nMembership\n\nA list of all members to be created by the Secretary.',
      [
        ['resolution', 'Agreed by the committee for circulation at the AGM.'],
        ['action', 'A list of all members to be created by the Secretary.'],
      ],
    ],
    [
      'cheques approved, as a note of its own; someone by first name who will deal with something',
      'Finance\n\nCheques approved.\n\nMembers’ letters\n\nMoz will deal with that.',
      [
        ['resolution', 'Cheques approved.'],
        ['action', 'Moz will deal with that.'],
      ],
    ],
    [
      'an application “to be submitted”; a map “to be queried”; someone by name who will read through a policy',
      'Pavilion\n\nA planning application for the new sports pavilion is to be submitted.\n\nCar park\n\nThe site map to be queried with the Land Registry.\n\nPolicies\n\nAnna Redman will read through the lettings policy and report any concerns.',
      [
        ['action', 'A planning application for the new sports pavilion is to be submitted.'],
        ['action', 'The site map to be queried with the Land Registry.'],
        ['action', 'Anna Redman will read through the lettings policy and report any concerns.'],
      ],
    ],
  ])('%s', readsWhole);

  it('reads an agenda with the minutes of its meeting printed below it as minutes, and their decisions', async () => {
    const paper = await readPaper(
      'Footpaths Committee\n\nAGENDA\n\nNOTICE IS HEREBY GIVEN that a meeting of the Footpaths Committee will be held on Wednesday 7th February 2024 at 7pm.\n\n1. Apologies\n\n2. To approve the minutes of the last meeting\n\n3. Maintenance schedule\n\n4. Walks leaflet\n\n5. Date of next meeting\n\nClerk to the Council\n\nMinutes\n\nPresent were: Councillors Hale, Orme and Dunn\n\n1. Apologies\n\nApologies were received from Cllr Webb.\n\n3. Maintenance schedule\n\nThe following additional actions were agreed:\n\n- To replace the broken gate on Footpath 12\n\n- To cut back the hedge at Mill Corner',
    );
    expect(paper.kind).toBe('minutes');
    // The meeting's items are the minutes' own, not the agenda's list above them.
    expect(paper.items.map((item) => item.number)).toEqual(['1', '3']);
    expect(paper.outcomes.map((o) => o.text)).toEqual([
      'Replace the broken gate on Footpath 12',
      'Cut back the hedge at Mill Corner',
    ]);
  });

  it('gives no meeting date from another body’s meeting that sent feedback, nor from the meetings whose minutes are received', () => {
    expect(
      header(
        'Minutes:\n\nCouncillor Hale, Chair of the Growth Scrutiny Group, gave feedback from the Growth Scrutiny Group held on the 16 July 2025, where the Group heard a report on the port.',
      ).date,
    ).toBeNull();
    expect(
      header(
        'Minutes of the Previous Meetings\n\nTo receive the minutes of the meetings held on:\n\n·       28th January 2021; and\n\n·       3rd February 2021\n\nwere approved as a correct record.',
      ).date,
    ).toBeNull();
  });

  it('reads the date of a title "Minutes of the meeting of" the body and the date in figures, not a blog post’s date above it', () => {
    const read = header(
      'Friday, September 30, 2005\n\nMinutes of the meeting of Ashby Town Partnership 19/09/05\n\nYarrow Room, Town Hall\n\n1. Present',
    );
    expect(read.date).toBe('2005-09-19');
    expect(read.committee).toBe('Ashby Town Partnership');
  });

  it('gives no meeting date from a time read as a year, a next meeting under its label, or a post’s day over another day’s meeting', () => {
    expect(
      header('Extraordinary General Meeting\n\nWednesday 11 June 10.30am-12.30pm\n\nRoom 1, Education Centre').date,
    ).toBeNull();
    expect(
      header(
        'Nature Partnership Meeting Minutes\n\nAttendees: Ann Ash, Tom Birch\n\nNext meeting:\n\n2pm Tuesday 25th November 2014.',
      ).date,
    ).toBeNull();
    expect(
      header('Friday, 13 April 2012\n\nAgenda for Tuesday’s meeting\n\nThe agenda for the meeting is below.').date,
    ).toBeNull();
  });
});

describe('shapes met on real pages in the thirty-eighth session (P257–P260 and after)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a part\'s capital letter set apart by a tab under "It was resolved to:"',
      'Decision:\n\nIt was resolved to:\n\nA\tNote the highlights report.\n\nB\tAgree the revised timetable for the growth plan.',
      [
        ['resolution', 'Note the highlights report.'],
        ['resolution', 'Agree the revised timetable for the growth plan.'],
      ],
    ],
    [
      "a field's sentence wrapped onto the next line in small letters, not a request of its own",
      "Chair's Announcements Minutes: The Chair welcomed everyone to the meeting\nand requested a minute's silence in memory of a former councillor.\nApologies Minutes: None.",
      [],
    ],
    [
      'a decision "That … be …" whose verb ends in -ated or -ised',
      '2.2 That the Ashby Fields conservation area be designated as shown on the plan at Appendix 1.\n2.3 That the plan be prioritised in the work programme.',
      [
        ['resolution', 'The Ashby Fields conservation area be designated as shown on the plan at Appendix 1.'],
        ['resolution', 'The plan be prioritised in the work programme.'],
      ],
    ],
    [
      'a part "… be noted" whose subject holds "appointed to"',
      '1. The members appointed to the Joint Authority by each council be noted.\n2. The nomination of Ann Ash from the Enterprise Partnership be agreed.',
      [
        ['resolution', 'The members appointed to the Joint Authority by each council be noted.'],
        ['resolution', 'The nomination of Ann Ash from the Enterprise Partnership be agreed.'],
      ],
    ],
    [
      'the mayor appointing a deputy and a chaplain, "as his …"',
      'The Mayor appointed Councillor Ann Ash as his Deputy Mayor.\n\nThe Mayor appointed Reverend Ben Birch as his Chaplain.',
      [
        ['resolution', 'The Mayor appointed Councillor Ann Ash as his Deputy Mayor.'],
        ['resolution', 'The Mayor appointed Reverend Ben Birch as his Chaplain.'],
      ],
    ],
    [
      'the same decision worded alike after two subjects, each before its keyword on one line, each kept',
      '(i) Income and expenditure to 30 June: RESOLVED: Members agreed to note the information. Agreed.\n(ii) Bank reconciliation to 30 June: RESOLVED: Members agreed to note the information. Agreed.',
      [
        ['resolution', 'Income and expenditure to 30 June: Members agreed to note the information. Agreed.'],
        ['resolution', 'Bank reconciliation to 30 June: Members agreed to note the information. Agreed.'],
      ],
    ],
    [
      '"It was agreed a further £… be …", with no "that"; a line with no full stop among long paragraphs is a paragraph of its own',
      'Play area – the repairs budget would rise to pay for new swings in the toddlers’ area and fresh paint on the climbing frame, to match last year’s work on the junior play area.\n\nIt was agreed a further £8,000 be set aside for new benches\n\nWith those changes the draft budget was agreed.',
      [
        ['follow-up', 'A further £8,000 be set aside for new benches'],
        ['resolution', 'With those changes the draft budget was agreed.'],
      ],
    ],
    [
      'not a duty in terms of reference that opens on how often',
      '1.        To consider and advise the Authority on its budgets.\n\n2.        Regularly to monitor how the Council spends its money.',
      [],
    ],
    [
      'a decision page\'s "Outcome: Recommendations Approved" beside the decision\'s own parts',
      'Outcome: Recommendations Approved\n\nDecision:\n\nRESOLVED – That the Executive Member:\n\n(1) Notes the progress of the town plan;\n\n(2) Approves the spending of £20,000 on the market square.',
      [
        ['resolution', 'Notes the progress of the town plan'],
        ['resolution', 'Approves the spending of £20,000 on the market square.'],
      ],
    ],
    ['a one-word planning decision under "Resolved:"', 'Resolved:\n\nPermit', [['resolution', 'Permit']]],
    [
      'a lettered part of two decisions, "… be noted and that a further report be submitted …; and"',
      'RESOLVED – that (A) the principles for investment be approved;\n(B) the draft timetable be noted and that an update on progress be brought to a later Executive meeting; and\n(C) the need for extra staff be noted.',
      [
        ['resolution', 'The principles for investment be approved'],
        ['resolution', 'The draft timetable be noted.'],
        ['resolution', 'An update on progress be brought to a later Executive meeting.'],
        ['resolution', 'The need for extra staff be noted.'],
      ],
    ],
    [
      '"… be noted and a report … be brought to a future meeting" under a keyword: two decisions',
      'RESOLVED – the risk register be noted and a report on the new fraud policy be brought to a future meeting.',
      [
        ['resolution', 'The risk register be noted.'],
        ['work-programme', 'A report on the new fraud policy be brought to a future meeting.'],
      ],
    ],
    [
      'a bullet of several infinitives under "the committee:"',
      'At the meeting, the committee:\n\n• Agreed unanimously to back the new seafront shelters subject to planning consent; to approve a further £12,000 towards their lighting; and to thank the working group for its plans.',
      [
        ['resolution', 'Agreed unanimously to back the new seafront shelters subject to planning consent'],
        ['resolution', 'Agreed unanimously to approve a further £12,000 towards their lighting'],
        ['resolution', 'Agreed unanimously to thank the working group for its plans.'],
      ],
    ],
    [
      'a request, then ", and it was confirmed that there would be an update …"',
      'Audit report\n\nThere was also a request that officers send regular news, and it was confirmed that there would be a highways update at the next meeting.',
      [
        ['request', 'There was also a request that officers send regular news'],
        ['information-request', 'It was confirmed that there would be a highways update at the next meeting.'],
      ],
    ],
    [
      'two people by first name who would each prepare something',
      'Parent council\n\nRuth would draft a short talk for the open evening and Omar would draw up a summary of the accounts.',
      [
        ['action', 'Ruth would draft a short talk for the open evening'],
        ['action', 'Omar would draw up a summary of the accounts.'],
      ],
    ],
    [
      'councillors who agreed something "but asked for" more',
      'Finance\n\nCouncillors agreed the budget headings but asked for more detail on the cemetery’s running costs.',
      [
        ['resolution', 'Councillors agreed the budget headings.'],
        ['request', 'Councillors asked for more detail on the cemetery’s running costs.'],
      ],
    ],
    [
      'what someone will do, noted after a purpose',
      'Transport\n\nTo settle the matter, it was noted that the Chair will meet the school’s head teacher to look at a safer crossing.',
      [['action', 'The Chair to meet the school’s head teacher to look at a safer crossing.']],
    ],
    [
      'a body that was to be informed',
      'Bus shelter\n\nCllrs Ash and Hale would clear the litter. The Highways Authority were to be informed, as the verge is theirs.',
      [
        ['action', 'Cllrs Ash and Hale would clear the litter.'],
        ['action', 'The Highways Authority were to be informed, as the verge is theirs.'],
      ],
    ],
    [
      "not a notice that these are the clerk's notes, nor the minutes sent for signature",
      'Please be advised that this summary was written by the Clerk and is not the approved record.\n\nThe minutes will be sent to the Chair for signing and then kept by the Clerk.',
      [],
    ],
    [
      'not a report considered that is "to be approved by full Council"',
      'Pay policy\n\nThe Panel considered the draft allowances scheme to be approved by full Council.',
      [],
    ],
    [
      'not a decisions list\'s "Status: Agreed" field',
      'RECRUITMENT OF CHIEF EXECUTIVE\n\nStatus: Agreed\n\nBusiness: The report was considered.\n\nDecision: RESOLVED that the recruitment process set out in the report be approved.',
      [['resolution', 'The recruitment process set out in the report be approved.']],
    ],
    [
      'a decision page\'s field and then the minutes\' "RESOLVED:" in the same words: one outcome',
      'Decision:\n\nThat the report be accepted.\n\nMinutes:\n\nThe Audit Manager presented the report. The recommendation was moved and seconded.\n\nRESOLVED:\n\nThat the report be accepted.',
      [['resolution', 'The report be accepted.']],
    ],
    [
      'a business line and its outcome after a dash is whole, not a lead-in over the lines below',
      "1. Chairman's opening remarks.\n2. Chair - Minutes of the last meeting - approved\n3. Secretary: correspondence from members since the last meeting\n4. Plot 12 let; no rent to be charged for this year.",
      [['resolution', 'Minutes of the last meeting - approved']],
    ],
    [
      '"THAT the Joint Committee:" in capitals over lettered parts, the first a decision whose objects are listed under it',
      "THAT the Joint Committee:\n\na) Note the update and support the Director in:\n\ni. the request made to every sponsor to bring spending forward\n\nii. working to keep the year's underspend small; and\n\nb) Agree the principle of moving grant between approved projects.",
      [
        [
          'resolution',
          "Note the update and support the Director in: The request made to every sponsor to bring spending forward; Working to keep the year's underspend small",
        ],
        ['resolution', 'Agree the principle of moving grant between approved projects.'],
      ],
    ],
    [
      'decimal paragraph numbers glued to a keyword in capitals',
      '3. RURAL BUS ROUTES\n3.1NOTED the comments made at the drop-in sessions;\n3.3that the reasons for each route be included in the report to Full Council.',
      [
        ['resolution', 'NOTED the comments made at the drop-in sessions'],
        ['resolution', 'The reasons for each route be included in the report to Full Council.'],
      ],
    ],
    [
      'round bullets run into one line after a lead-in, each a part of its own',
      '22/14 Working group\n\nIt was proposed by Councillor Ash, seconded by Councillor Birch and resolved that the following be approved: • Clerk to report the broken fence at the playing field • Clerk to ask the district council for a skip at the allotments • Clerk to find the cost of two new benches',
      [
        ['resolution', 'Clerk to report the broken fence at the playing field'],
        ['resolution', 'Clerk to ask the district council for a skip at the allotments'],
        ['resolution', 'Clerk to find the cost of two new benches'],
      ],
    ],
    [
      'not a decision page\'s title "Decision - …", but its decision field',
      'Decision - Consolidation of Parking Orders\n\nDecision details\n\nDecision Maker: Cabinet Member for Streets\n\nDecision:\n\nThat the parking orders be approved as set out in the report.',
      [['resolution', 'The parking orders be approved as set out in the report.']],
    ],
    [
      "not an agenda's standing line: the chair to invite declarations of interest",
      '2. Declarations of interest\n\nThe Chair to invite Members to declare their interests in today’s business.',
      [],
    ],
    [
      'planning responses: the council reviewed the application and had no objection',
      'Planning\n\na) 24/0123/FUL Porch and rear extension at 14 Church Lane – the Council reviewed the application and had no objection.\n\nb) 24/0187/FUL Side extension at 7 Mill Road – the Council reviewed the plans and had no objection to the application.',
      [
        [
          'resolution',
          '24/0123/FUL Porch and rear extension at 14 Church Lane – the Council reviewed the application and had no objection.',
        ],
        [
          'resolution',
          '24/0187/FUL Side extension at 7 Mill Road – the Council reviewed the plans and had no objection to the application.',
        ],
      ],
    ],
    [
      'all members in agreement that the invoices are paid, with no keyword',
      'Finance\n\nPayments – the list having been sent round, all members in agreement the bills shown below are paid.',
      [
        [
          'resolution',
          'Payments – the list having been sent round, all members in agreement the bills shown below are paid.',
        ],
      ],
    ],
    [
      'someone to be approached, in a note',
      'Litter\n\nNew bins are in place on the green. The magazine’s editor to be approached to print a notice in the spring issue.',
      [['action', 'The magazine’s editor to be approached to print a notice in the spring issue.']],
    ],
  ])('%s', readsWhole);
});

describe('meeting details met on real pages in the thirty-eighth session', () => {
  it('names the committee, not the council, when the council is written in the plural possessive', () => {
    expect(
      header("Ashby Town Councils' Governance Committee\n\nMinutes of the meeting held on Monday 23 January 2023"),
    ).toMatchObject({
      date: '2023-01-23',
      committee: 'Governance Committee',
    });
  });
  it('reads the title’s date past a letterhead run into it, not the date of the minutes it approves', () => {
    expect(
      header(
        '2 ASHBY TOWN COUNCIL Minutes of a meeting of the Finance Committee held at the Market Hall on Monday 9 March 2020 from 7pm. Present: Councillors Ash and Birch. TO CONFIRM THE MINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON 10 FEBRUARY 2020: F 12 Resolved to confirm the minutes.',
      ),
    ).toMatchObject({ date: '2020-03-09', committee: 'Finance Committee' });
  });
  it.each<[string, string, string[]]>([
    [
      'a minute numbered with its year, its paragraphs numbered with decimals under it',
      'C146/1112 APOLOGIES\n\nApologies were received.\n\nC147/1112 MINUTES\n\nThe minutes were approved.\n\nC148/1112 FINANCE\n\nC148.1 It was resolved to pay the accounts.\n\nC148.2 The bank reconciliation was noted.',
      ['C146/1112', 'C147/1112', 'C148/1112'],
    ],
  ])('%s', numbersItems);
});

describe('shapes met on real pages in the thirty-ninth session (P289–P292)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      "an item's title, then the keyword and a reference code on its line, over parts in bullets",
      '1. Apologies\n\nNone received.\n\n2. Reports of working groups / RESOLVED (w24/07)\n- To accept the recommendations of the Allotments Working Group held on 3 March.\n- To accept the recommendations of the Playing Fields Working Group held on 10 March.\n3. Correspondence / None',
      [
        ['resolution', 'Accept the recommendations of the Allotments Working Group held on 3 March.'],
        ['resolution', 'Accept the recommendations of the Playing Fields Working Group held on 10 March.'],
      ],
    ],
    [
      "a last part ending on a comma, the next item's numbered title below it",
      '4. Footpaths / RESOLVED (w24/09)\n- to approve the survey as presented;\n- the Clerk to write to the landowner about the broken stile,\n5. Finance\nThe Council considered the accounts for the quarter.',
      [
        ['resolution', 'Approve the survey as presented'],
        ['resolution', 'The Clerk to write to the landowner about the broken stile'],
      ],
    ],
    [
      'a part wrapped after a possessive, its noun on the next line',
      'To look at the current plan of work (attached).\nAdditional documents:\nMinutes:\nThe Chair told the Panel that its plan of work had grown too long to manage and would be cut down to the most pressing topics, with the help of the scrutiny officers, before the next meeting. Members were invited to send in their suggestions in the meantime.\nRESOLVED:\n(a)\nThat the Chair and the Vice-Chair together review the Panel’s\nWork Programme.\n(b) That the Working Group’s closing report be put on the agenda of the next meeting for approval before it goes to the Cabinet.',
      [
        ['resolution', 'The Chair and the Vice-Chair together review the Panel’s Work Programme.'],
        [
          'work-programme',
          'The Working Group’s closing report be put on the agenda of the next meeting for approval before it goes to the Cabinet.',
        ],
      ],
    ],
    [
      'it was pledged that',
      'Road safety\n\nIt was pledged that the Board would press the county for a crossing outside the school.',
      [['follow-up', 'The Board would press the county for a crossing outside the school.']],
    ],
    [
      'a fresh request that something be done as agreed before',
      'Village hall\n\nThe Chair asked that the clerk send the survey to the county council, as previously agreed.',
      [['request', 'The Chair asked that the clerk send the survey to the county council, as previously agreed.']],
    ],
    [
      'after discussion, it was confirmed that: over bullets',
      'Grants\n\nFollowing discussion at this evening’s meeting it was confirmed that:\n\n· The grants scheme would continue next year\n· Bids would be limited to £500 each',
      [
        ['follow-up', 'The grants scheme would continue next year'],
        ['follow-up', 'Bids would be limited to £500 each'],
      ],
    ],
    [
      'decimal paragraphs under a keyword, their numbers left off',
      '1. Clerk’s absence\n\n1.1 It was RESOLVED to ask the county association for a locum clerk.\n\nIt was further RESOLVED:\n\n1.2 Post:\n\n1.2.1 The Vice-Chair would collect the post each Monday.\n\n1.2.2 Invoices would be paid by the Chair.',
      [
        ['resolution', 'Ask the county association for a locum clerk.'],
        ['resolution', 'The Vice-Chair would collect the post each Monday.'],
        ['resolution', 'Invoices would be paid by the Chair.'],
      ],
    ],
    [
      'who seconded, then "and" with the keyword lost, over numbered parts',
      '5. Pavement licences\n\nThe report set out a new fee for pavement licences.\n\nProposed by Councillor Ann Ash\n\nSeconded by Councillor Ben Birch and\n\n1.      To receive and note the report.\n\n2.        To approve the new fee and for it to go out for consultation.\n\n3.         If no objections are made, for the new fee to start on 1 April.\n\n6. Any other business\n\nNone.',
      [
        ['resolution', 'Receive and note the report.'],
        ['resolution', 'Approve the new fee and for it to go out for consultation.'],
        ['resolution', 'If no objections are made, for the new fee to start on 1 April.'],
      ],
    ],
    [
      'a meeting page\'s row: the report, then "Decision" and the body that agreed to and noted numbered parts in small letters, run on',
      'BUDGET REVIEW Report by the Finance Officer Additional documents: Minutes: The Committee considered a report on the budget for the year. Decision The Resources Committee agreed to – 1. note the spending report as at 30 September 2025; 2. note the risks for the year; 3. approve the changes to the capital plan in Appendix 2; and 4. recommend to Council that the transfers over £0.100m are approved. |\nSAVINGS OPTIONS Report by the Finance Officer Additional documents: Minutes: The Committee considered a report on options for savings. Decision The Resources Committee noted – 1. the current estimate of the gap for the next three years; and 2. that officers had put forward new options for the budget in February. |',
      [
        ['resolution', 'Note the spending report as at 30 September 2025'],
        ['resolution', 'Note the risks for the year'],
        ['resolution', 'Approve the changes to the capital plan in Appendix 2'],
        ['recommendation', 'Recommend to Council that the transfers over £0.100m are approved.'],
        ['resolution', 'The current estimate of the gap for the next three years'],
        ['resolution', 'Officers had put forward new options for the budget in February.'],
      ],
    ],
    [
      "a printed page's number left before the next lettered part",
      'RESOLVED: that the report of the Town Surveyor be approved as follows: -\n\n(a) Play Area: that the swings be replaced at a cost of £9,000.\n\n(b) Bowling Green: that the mower be repaired at a cost of £800.\n\n14 (c) Cemetery: that the wall be repointed at a cost of £3,500.\n\n(d) Depot: that the gates be replaced at a cost of £1,500.',
      [
        ['resolution', 'Play Area: that the swings be replaced at a cost of £9,000.'],
        ['resolution', 'Bowling Green: that the mower be repaired at a cost of £800.'],
        ['resolution', 'Cemetery: that the wall be repointed at a cost of £3,500.'],
        ['resolution', 'Depot: that the gates be replaced at a cost of £1,500.'],
      ],
    ],
    [
      'a nomination proposed and seconded, then the vote that elects: the election is the decision',
      '1. Election of Chairman\n\nIt was proposed by Councillor Ash, seconded by Councillor Birch to nominate Councillor Cole.\n\nThere were no other nominations.\n\nFollowing a vote it was RESOLVED to elect Councillor Cole as Chairman.',
      [['resolution', 'Elect Councillor Cole as Chairman.']],
    ],
    [
      'a status heading over work still to do is no action',
      'Cemetery works\n\nThe hedge has been cut and the first section of path laid.\n\nStill to be completed\n\nThe second section of path will be laid by the contractor in the autumn.',
      [],
    ],
    [
      'the body named with a semicolon for its colon, over lettered parts',
      "Decision details\n\nConsideration was given to a report on the committee's development day.\n\nThe Audit Committee;\n\na)    noted the current position; and\n\nb)    agreed the list of topics for the development day.",
      [
        ['resolution', 'Noted the current position'],
        ['resolution', 'Agreed the list of topics for the development day.'],
      ],
    ],
    [
      'an agreement to pass on what a motion asked for is not the motion restated',
      'The Chair said that Council had referred work on lettings to the Panel. It was agreed that the Panel’s officer would pass on to the service the actions required by the motion.\n\nThe work plan was AGREED by the Panel.',
      [
        ['follow-up', 'The Panel’s officer would pass on to the service the actions required by the motion.'],
        ['resolution', 'The work plan was AGREED by the Panel.'],
      ],
    ],
    [
      'a proposal that the same sentence says was accepted',
      'It was proposed by the Chair that the Panel consider the paper on small sites at its November meeting, which was accepted by the Panel.',
      [
        [
          'resolution',
          'It was proposed by the Chair that the Panel consider the paper on small sites at its November meeting, which was accepted by the Panel.',
        ],
      ],
    ],
    [
      '"The following payments were agreed" with no colon, over numbered payments: one decision, its payments',
      "4) BANK ACCOUNTS\n\nThe bank statements to 30 September were circulated. The following payments were agreed\n\n4.1 Clerk's salary - £412\n\n4.2 Ashby Hall - £45 (room hire)\n\n4.3 A Birch - £120 (grass cutting)\n\n5) BUS SHELTER\n\nThe new shelter will be fitted in March.",
      [
        [
          'resolution',
          "The following payments were agreed: Clerk's salary - £412; Ashby Hall - £45 (room hire); A Birch - £120 (grass cutting)",
        ],
      ],
    ],
  ])('%s', readsWhole);
});

describe('meeting details met on real pages in the thirty-ninth session', () => {
  it.each<[string, string]>([
    [
      'an earlier meeting told in a sentence: "At the Panel meeting held on …, members agreed …"',
      'Minutes:\nThe Partnership Officer presented the Panel’s work programme.\nAt the Ashby Panel meeting held on 12 May 2025 members agreed six areas for action for the year. These were set out in a work programme for members to consider.\nRESOLVED that the work programme be agreed.',
    ],
    [
      'the record of the last meeting approved, on an agenda-and-minutes page',
      'To approve the record of the meeting held on 3 March 2025. Minutes: The record of the meeting held on 3 March 2025 was agreed as a correct record and signed by the Chairman. |\nApologies for absence Minutes: An apology was received from Councillor Ash. |',
    ],
  ])('gives no date to a page that names only another meeting’s: %s', (_shape, text) => {
    expect(header(text).date).toBeNull();
  });
  it('names the body after a note that the meeting was moved, printed before it on the title line', () => {
    expect(
      header(
        '**Meeting moved from Tuesday 3 June 2025**, Cabinet - Tuesday 17 June 2025 6.00 pm\n\nTo confirm the minutes of the meeting held on 20 May 2025.',
      ),
    ).toMatchObject({ date: '2025-06-17', committee: 'Cabinet' });
  });
  it('does not take an agenda item page’s title for the body that met', () => {
    expect(
      header(
        'Agenda item\n\nAnnual Review of the Terms of Reference of the Health and Wellbeing Board\n\nReport of the Town Clerk.\n\n\nNote: During this item, the Board agreed that, under Standing Order 12, the meeting be extended by twenty minutes so that it could finish its business.\n\n\nThe Board received a report',
      ).committee,
    ).toBeNull();
  });
  it.each<[string, string, string, string | null]>([
    [
      'a meeting’s web page that links to its minutes and its pack by date, over the agenda',
      'Open Spaces Committee\n\nEvent Details\n\nMinutes 3-2-2025\n\nMeeting Pack 3-2-2025\n\nAgenda – Meeting 5 (2024/25)\n\n1. Apologies for absence\nTo receive apologies from members.\n2. Approval of minutes\nTo approve the minutes of the meeting held on 6th January 2025.\n3. Play area\n(a) To note the inspection report.\n(b) To agree any repairs to be made.\n4. Date of next meeting',
      'agenda',
      null,
    ],
  ])('%s', readsKindAndDate);
  it('gives no date to an index of one body’s meetings, each line the same but for its date, but names the body', () => {
    expect(
      header(
        'Meeting notices\n\n  • Ashby Assembly - 12th May 2025\n\n    VIEW FULL MINUTES\n\n    DRAFT\n\n    An Assembly of the ratepayers of the Parish will be held at the Church Hall on Monday, 12 May 2025 at 18:30 to do the following business:\n\n    • To receive and if thought fit approve the minutes of the Ashby Assembly held on 14 April 2025.\n\n    Ashby Assembly - 14th April 2025\n\n    VIEW FULL MINUTES\n\n    An Assembly of the ratepayers of the Parish will be held at the Church Hall on Monday, 14 April 2025 at 19:20 to do the following business:\n\n    • To receive and if thought fit approve the minutes of the Ashby Assembly held on 10 March 2025.',
      ),
    ).toMatchObject({ date: null, committee: 'Ashby Assembly' });
  });
  it('keeps the page’s date when the same body’s earlier meeting is named below it in another form', () => {
    expect(
      header(
        'Ashby Area Committee - Tuesday, 6 May 2025 10:00 am\n\nVenue: Council Chamber\n\nMINUTES\n\nAshby Area Committee – 4th March 2025\n\nThe minutes were approved.',
      ),
    ).toMatchObject({ date: '2025-05-06', committee: 'Ashby Area Committee' });
  });
  it('does not take a report’s title in capitals, then a dash and a date, for the body that met', () => {
    expect(
      header('BUDGET MONITORING PACK - 30 SEPTEMBER 2025\n\nThe Committee considered the report.').committee,
    ).toBeNull();
  });
  it('names no body from an agenda page’s "Agenda for the meeting held on …", but the body printed above it', () => {
    expect(
      header(
        'Grants Committee\n\nAshby Town Council\n\nGrants Committee Agenda 4th March 2024\n\nAgenda for the meeting held on 4th March 2024 at 7.00pm at the Guildhall.\n\n1. Apologies for Absence',
      ),
    ).toMatchObject({ date: '2024-03-04', committee: 'Grants Committee' });
  });
  it('names commissioners, printed in capitals over their minutes, as the body that met', () => {
    expect(
      header(
        'ASHBY HARBOUR IMPROVEMENT COMMISSIONERS\n\nMINUTES – Thursday, 6 February 2025, at 7.00 pm, the Sailing Club\n\nPRESENT\n\nA Ash (Chairman)\n\n31        APOLOGIES FOR ABSENCE\n\nApologies were received from B Birch.',
      ),
    ).toMatchObject({ date: '2025-02-06', committee: 'Ashby Harbour Improvement Commissioners' });
  });
  it.each<[string, string, string[]]>([
    [
      'an issue’s history at two meetings, each naming its item',
      'Issue - meetings\n\nMeeting: 12/05/2025 - Ashby Area Forum (Item 7)\n\n7 Play area renewal\n\nMinutes:\n\nIt was agreed that the new swings be ordered.\n\nMeeting: 10/03/2025 - Ashby Area Forum (Item 4)\n\n4 Play area renewal\n\nMinutes:\n\nIt was agreed that quotes be sought.',
      ['7', '4'],
    ],
    [
      'a committee’s code, the year, the meeting and the item, in a table’s first column',
      'MINUTES of the meeting held 1st May 2024\n\nPR/24/2/1 | To receive apologies for absence |\n\nNone | |\n\nPR/24/2/2 | To note declarations of interest |\n\nNone | |\n\nPR/24/2/3 | To elect a Vice-Chair |\n\nRESOLVED: That Cllr Ash is elected | |',
      ['PR/24/2/1', 'PR/24/2/2', 'PR/24/2/3'],
    ],
  ])('%s', numbersItems);
  it('does not take an item’s paragraphs, numbered two levels under it, for items of their own (as a printed PDF lists them)', () => {
    const lines = [
      '1. Clerk’s absence',
      '1.1 It was RESOLVED to ask the county association for a locum clerk.',
      '2. Footpaths',
      '2.1 The footpath survey was received.',
      'It was further RESOLVED:',
      '2.2 Stiles:',
      '2.2.1 The Vice-Chair would inspect the stiles each month.',
      '2.2.2 Repairs would be paid for from the footpaths budget.',
      '3. Finance',
      '3.1 The accounts were approved.',
    ];
    const blocks: RawBlock[] = lines.map((text) => ({
      kind: text.startsWith('It') ? 'paragraph' : 'list-item',
      text,
      page: null,
    }));
    expect(findAgendaItems(blocks, false).map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});

describe('item titles read from the page', () => {
  const titles = (text: string) => findAgendaItems(extractPlainText(text).blocks, false).map((i) => i.title);

  it.each<[string, string, string[]]>([
    [
      'the keyword that leads into the parts below is not part of the title',
      '1. Apologies\n\nNone received.\n\n2. Working groups / RESOLVED (F25/07)\n- To accept the recommendations of the Allotments Working Group.\n3. Grants – AGREED:\n- To give £50 to the village show.\n4. Correspondence\n\nNone.',
      ['Apologies', 'Working groups', 'Grants', 'Correspondence'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});

describe('meeting details met on real pages in the fortieth session', () => {
  it.each<[string, string]>([
    [
      'a body’s page that lists its meetings, each row a date and links to its papers',
      'Cabinet Meetings\n\nThe Cabinet is made up of the Leader and six Cabinet Members, each with a portfolio.\n\nAgendas and Minutes\n\nTable of minutes and agendas\n5th May 2014 Cabinet Agenda 05 05 14.pdf [pdf] 2MB Cabinet Minutes 05 05 14.pdf [pdf] 40KB\n7th April 2014 Cabinet Agenda 07 04 14.pdf [pdf] 3MB Cabinet Minutes 07 04 14.pdf [pdf] 38KB\n3rd March 2014 Cabinet Agenda 03 03 14.pdf [pdf] 1MB Cabinet Minutes 03 03 14.pdf [pdf] 31KB',
    ],
    [
      'a forum’s page whose only date is when officers had put up posters',
      'Public participation\nTo receive questions from members of the public.\nNo members of the public had asked to speak. The forum was told that the agenda had also been shared on local websites. Officers had also advertised the meeting with posters on 4 March 2024.',
    ],
    [
      'an agenda-and-minutes row that links the last meeting’s minutes, to be confirmed',
      'Apologies Minutes: Councillor Ash sent apologies. |\nMinutes of the Audit Committee of 5 March 2025 PDF 90 KB To confirm the record of the Audit Committee of Wednesday 5 March 2025. Minutes: The Chair took members through the record.\nIt was proposed by Councillor Birch, seconded by Councillor Cole and – Resolved:\nThat the record of 5th March 2025 be signed as correct.',
    ],
    [
      'an item page whose only date is a letter’s',
      'GOVERNANCE\nTo receive an update on governance, including replies to the Chief Executive’s letter to committee members of 2 March 2024.\nMinutes:\nThe Chair introduced the item and proposed that a working group be set up again.\nRESOLVED that the two Chairs would work together to support the working group.',
    ],
  ])('gives no date to a page that names only another event’s: %s', (_shape, text) => {
    expect(header(text).date).toBeNull();
  });
  it.each<[string, string]>([
    [
      'the venue before the council and the body',
      'Online meeting, Ashby Council - Corporate Parenting Board\nWednesday, 9th September, 2020 3.00 pm\n\nContact: Democratic Services\n\nNo. Item\n\nElection of Chairman\n\nTo elect a Chairman for the year.',
    ],
    [
      'the venue before the council and the body, the day run on from the line below',
      'Online meeting, Ashby Council - Corporate Parenting Board\nWednesday, 9th September, 2020 3.00 pm\nNo. Item\nElection of Chairman\nTo elect a Chairman for the year.',
    ],
  ])('names the body of a meeting page: %s', (_shape, text) => {
    expect(header(text)).toMatchObject({ date: '2020-09-09', committee: 'Corporate Parenting Board' });
  });
  it('reads a meeting page’s title after the site’s menu', () => {
    const menu = [
      'Calendar',
      'Committees',
      'Community councils',
      'Consultations',
      'Decisions',
      'Election results',
      'Petitions',
      'Forthcoming decisions',
      'Forward plans',
      'Library',
      'Meetings',
      'Outside bodies',
      'Search documents',
      'Subscribe to updates',
      'Your councillors',
      'Your MPs',
      'What’s new',
      'Agenda and minutes',
    ];
    expect(
      header(
        `${menu.map((m) => `  • ${m}`).join('\n')}\n\n    Audit Committee - Thursday, 12th December, 2024 10.00 am\n\n    • Agenda frontsheet PDF 175 KB\n\n    Venue: Council Chamber\n\n    Items\n    No. Item\n\n    1.\n\n    APOLOGIES\n\n    Minutes:\n\n    None.`,
      ),
    ).toMatchObject({ date: '2024-12-12', committee: 'Audit Committee' });
  });
  it('does not take the last meeting’s minutes, a heading in capitals, for the body', () => {
    expect(
      header(
        'APOLOGIES Minutes: Councillor Ash sent apologies. |\nMINUTES OF THE PREVIOUS MEETING\n\nRESOLVED: That the record of the Planning Committee on 3 June 2024 be confirmed.',
      ).committee,
    ).not.toBe('Previous');
  });
  it('reads a date written "the 16th day of April"', () => {
    expect(
      header(
        'The Parish Council met on Monday the 3rd day of MARCH 2025 at the Chapel, commencing 7.30pm.\n\nPRESENT: Mr Ash (Chairman).',
      ).date,
    ).toBe('2025-03-03');
  });
  it('reads a date whose spaces were lost on both sides of the month', () => {
    expect(
      header('Minutes of the Council meeting held at the Old School on 18March2024.\nPRESENT: A Ash (Chair), B Birch.')
        .date,
    ).toBe('2024-03-18');
  });
  it('reads the day of a decision told over what was decided', () => {
    expect(
      header(
        'Decision details\n\nFree parking in December\n\nDecision Maker: Portfolio Holder - Leisure\n\nOn 3 March 2025, Councillor Ann Ash, the Portfolio Holder for Leisure, made the following decision:\n\nThat the Council waive the hire charge for the sports hall for the spring fair.',
      ).date,
    ).toBe('2025-03-03');
  });
});

describe('shapes met on real pages in the fortieth session (P317–P320)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a sentence that points to the decision below it, over the keyword',
      "Work programme\nThe officer said the plan for next year would be filled in after the members' planning session.\n\nThe Committee agreed to make a few changes to its plan of work, as set out below.\n\nRESOLVED - that the work programme be approved, subject to the housing review being moved to the June meeting.",
      [
        [
          'resolution',
          'The work programme be approved, subject to the housing review being moved to the June meeting.',
        ],
      ],
    ],
    [
      'an opinion all shared, then the decision under its keyword',
      'Licensing policy\nThe manager introduced the revised policy. Only a few replies had come in to the consultation.\n\nMembers unanimously agreed that the changes made were positive and that the new layout would be a real help to applicants.\n\nRESOLVED: to recommend to Council to adopt the revised policy.',
      [['recommendation', 'Recommend to Council to adopt the revised policy.']],
    ],
    [
      "another meeting's decision told again, then this meeting's",
      'Grant bid\nMore evidence is needed before the bid can go in; it was decided at the Parish Council meeting that families be asked their views first.\nRESOLVED unanimously to publish the survey once the wording is agreed.',
      [['resolution', 'Publish the survey once the wording is agreed.']],
    ],
    [
      "a minute's code, then the agenda's number, before each title",
      'Members present: Cllrs Ash, Birch and Cole\nIn attendance:\nMr A Dale Parish Clerk, Mrs B Eve Deputy Parish Clerk and 4 members of the public\nB021/24 1. APOLOGIES FOR ABSENCE\nApologies were received from Cllr Fox (work commitments)\nB022/24 2. DECLARATIONS OF INTEREST\nNone were made.\nB023/24 3. WATER SUPPLY\nIt was agreed that the Clerk would ask the water company to mend the tap.',
      [['follow-up', 'The Clerk would ask the water company to mend the tap.']],
    ],
    [
      'what members of the public asked, listed under them',
      '3. PUBLIC QUESTIONS\nMembers of the public\n- Reported that the gate had been left open.\n- Requested that the notices be put on the board at the allotments.\n4. MINUTES\nMembers agreed the minutes of the meeting of 2 May.',
      [['resolution', 'Members agreed the minutes of the meeting of 2 May.']],
    ],
    [
      'two people, each with a task, in one agreed sentence, the last over what it is about',
      '4. Matters arising\nNo reply had come from the hall committee. It was discussed and agreed that the Clerk would send them a reminder and Councillor B. Ash would speak to their Chairman about:\n(a) Copies of the lease\n(b) The insurance of the hall',
      [
        ['resolution', 'It was discussed and agreed that the Clerk would send them a reminder.'],
        [
          'resolution',
          'It was discussed and agreed that Councillor B. Ash would speak to their Chairman about: Copies of the lease; The insurance of the hall',
        ],
      ],
    ],
    [
      'the earlier minute a matter arises from, before what will happen',
      'Minutes:\nArising from minute 61 (the trial of faster help for pupils (the quick support scheme) outside the formal route), this would be reported on in March.\nArising from minute 62 the Forum agreed that the review of outside places would be put back to the March meeting.',
      [
        ['action', 'This would be reported on in March.'],
        ['resolution', 'The Forum agreed that the review of outside places would be put back to the March meeting.'],
      ],
    ],
    [
      'members joining the chair in asking an officer to write',
      "Apologies\nThe Chairman told the meeting of the sad death of a member's mother. Members joined the Chair in asking the Committee Officer to send the member a card with the Committee's sympathy.",
      [
        [
          'action',
          "Members joined the Chair in asking the Committee Officer to send the member a card with the Committee's sympathy.",
        ],
      ],
    ],
    [
      'a correction to the last minutes, after the place it corrects',
      "Minutes of the last meeting\nPage 3\nParagraph 2, remark from Ann to be amended to read: 'Ann Ash spoke of the heads' worries'.\nTom Birch confirmed the costed model was sent to members.",
      [['action', "Paragraph 2, remark from Ann to be amended to read: 'Ann Ash spoke of the heads' worries'."]],
    ],
    [
      "a decision, then ', however office to …': who acts on it",
      "Parking on the day\nOn the manager's advice, members agreed not to cone off the side road, however office to make signs for the cones at the gate. Members agreed that guests may park on the field.",
      [
        ['resolution', "On the manager's advice, members agreed not to cone off the side road"],
        ['action', 'Office to make signs for the cones at the gate.'],
        ['resolution', 'Members agreed that guests may park on the field.'],
      ],
    ],
    [
      "an office-holder's decision with the day it was made, over what was decided",
      'Decision details\n\nOn 3 March 2025, Councillor Ann Ash, the Portfolio Holder for Leisure, made the following decision:\n\nThat the Council waive the hire charge for the sports hall for the spring fair.\n\nA member who wants this decision called in must say so by 10 March 2025.',
      [['resolution', 'The Council waive the hire charge for the sports hall for the spring fair.']],
    ],
    [
      "a cabinet member's decision after what it followed",
      'Issue - decisions\nUpdate on the Safer Streets Plan\nThe report set out progress on the plan for the first half of the year.\nFollowing comments from the Safer Streets Board, the Cabinet Member for Communities resolved that the progress made against the plan, as set out in Annex 1, be noted and endorsed.',
      [
        [
          'resolution',
          'Following comments from the Safer Streets Board, the Cabinet Member for Communities resolved that the progress made against the plan, as set out in Annex 1, be noted and endorsed.',
        ],
      ],
    ],
    [
      'a keyword over its parts, its lead-in only the Act it is made under',
      'Budget 2025/26\nThe motion was carried, and it was\nRESOLVED – under the powers of the Finance Act 1992:\n(i) A budget requirement of £4,120,500 be approved;\n(ii) A council tax for Band D of £182.40 be set.',
      [
        ['resolution', 'A budget requirement of £4,120,500 be approved'],
        ['resolution', 'A council tax for Band D of £182.40 be set.'],
      ],
    ],
    [
      'a standing power told as background, then the recommendation approved',
      'Delegated decisions\nUnder the Council’s Scheme of Delegation, the Chief Executive is authorised to take urgent decisions for the Cabinet. Cabinet received its quarterly report of such decisions.\nRecommendations approved.',
      [['resolution', 'Recommendations approved.']],
    ],
    [
      "an agenda's standing words about apologies, in minutes",
      'Welcome and apologies\nThe Chair will welcome members and guests. The clerk will extend apologies received.\nApologies were received from Mrs Ash.\nMatters arising\nThe secretary was asked to send the new syllabus to every school.',
      [['action', 'The secretary was asked to send the new syllabus to every school.']],
    ],
    [
      "'It was agreed also that …'",
      "Standing Orders\nThe Committee agreed to set up a cross-party group to look again at its rules of procedure. It was agreed also that the group's remit be widened to take in the number of committees.",
      [
        ['resolution', 'The Committee agreed to set up a cross-party group to look again at its rules of procedure.'],
        ['follow-up', "The group's remit be widened to take in the number of committees."],
      ],
    ],
    [
      'those members who plan to go, asked to give their details',
      'Syllabus launch\nMembers heard about the launch of the new syllabus in June. Those members of the council who hoped to attend the launch were asked to send their names to the clerk.',
      [
        [
          'action',
          'Those members of the council who hoped to attend the launch were asked to send their names to the clerk.',
        ],
      ],
    ],
    [
      'numbered actions with who acts in initials before the colon, each on its own line',
      '2. Minutes of the last meeting\nAll members agreed that the minutes were a fair record of the meeting.\nAction 2.1 - AB:to get a list of the tenant farmers from the estate office\nAction 2.2 - AB: to ask the housing manager about a path across the estate re: the green network.\nAction 2.3 – CD: to follow up on the broken gate.\n3. Matters arising\nAction 3.1 AB: EF asked for AB to send round his notes from the national conference.',
      [
        ['resolution', 'All members agreed that the minutes were a fair record of the meeting.'],
        ['action', 'AB to get a list of the tenant farmers from the estate office'],
        ['action', 'AB to ask the housing manager about a path across the estate re: the green network.'],
        ['action', 'CD to follow up on the broken gate.'],
        ['action', 'EF asked for AB to send round his notes from the national conference.'],
      ],
    ],
    [
      "one task, then the next, each someone's",
      '1. Application to the district\nNot sent yet, RB to send further wording to FJ, then JG to sign it and pass it to the planning team, before Friday.',
      [
        ['action', 'Not sent yet, RB to send further wording to FJ'],
        ['action', 'JG to sign it and pass it to the planning team, before Friday.'],
      ],
    ],
    [
      "ACTION at the end of each task, where a table's column ran into it",
      "Recreation ground\nTennis courts – marketing\n\nFind out the cost of more court lines and a pair of netball postsACTION\n\nGive members a list of the current bookingsACTION\n\n12. CHAIRMAN'S REPORT",
      [
        ['action', 'Find out the cost of more court lines and a pair of netball posts'],
        ['action', 'Give members a list of the current bookings'],
      ],
    ],
    [
      'a vote carried, then the election it decided, in one paragraph',
      '1/25 Election of Chairman:\nIt was proposed by Cllr. Ash THAT CLLR. BIRCH BE ELECTED CHAIRMAN. Seconded by Cllr. Cole. No one else was nominated and the proposal was CARRIED UNANIMOUSLY. CLLR. BIRCH WAS DULY ELECTED CHAIRMAN OF THE COUNCIL.',
      [['resolution', 'CLLR. BIRCH WAS DULY ELECTED CHAIRMAN OF THE COUNCIL.']],
    ],
    [
      "an agenda's housekeeping notice, in minutes",
      '1. Welcome\nThe Chair to tell those in the public seats about the fire exits and the evacuation procedure.\n2. Apologies\nApologies were received from Cllr Dale.\nIt was agreed that the Clerk would ask the bus company about the timetable.',
      [['follow-up', 'The Clerk would ask the bus company about the timetable.']],
    ],
    [
      "what was reported, then someone's offer after 'and'",
      "Treasurer's report\nThe account stands at £1,204.50. No grant had been given for this year and B. McAdam offered to ask the trust for the forms.",
      [['action', 'McAdam to ask the trust for the forms.']],
    ],
    [
      "a decision, then who acts on it in initials, after 'and'",
      'Rent review\nPanel members supported the new rent bands and KT to tell the housing office.',
      [
        ['resolution', 'Panel members supported the new rent bands'],
        ['action', 'KT to tell the housing office.'],
      ],
    ],
    [
      'a body endorsed something and requested a report, in one sentence',
      'Rights of way priorities\nMembers endorsed the new order of priorities, as set out in the appendix, and requested a short report be brought back in six months on how it was working.',
      [
        ['resolution', 'Members endorsed the new order of priorities, as set out in the appendix.'],
        ['request', 'Members requested a short report be brought back in six months on how it was working.'],
      ],
    ],
    [
      'members noted receipt of a notice',
      '686. Correspondence\nMembers noted receipt of a letter from the district about its local plan.\n687. Highways\nMembers noted receipt of a notice that Mill Lane will be closed for a week.',
      [
        ['resolution', 'Members noted receipt of a letter from the district about its local plan.'],
        ['resolution', 'Members noted receipt of a notice that Mill Lane will be closed for a week.'],
      ],
    ],
    [
      "members agreeing, with 'therefore' set off by commas",
      '67a Reserves policy\nMembers discussed the draft policy at length. Members, therefore, agreed to hold a general reserve equal to five months of spending.',
      [['resolution', 'Members, therefore, agreed to hold a general reserve equal to five months of spending.']],
    ],
    [
      "an agenda's housekeeping notice with a stroke between its verbs",
      '1. Webcast\nThe Chair to advise/Panel to note that the session is being filmed for the webcast.\n2. Apologies\nTo receive apologies for absence.',
      [],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the forty-first session (P341–P344 and after)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'the numbered parts under a decision’s lead-in that ends with a colon, counting from 1',
      'Strategy refresh\nThe officer presented the draft plan and members gave their views.\nRESOLVED – That the paper be noted and the Board agree:\n1. To consider the draft plan\n2. The principle of a return to a yearly review\n3. Where needed, begin work towards the next refresh.',
      [
        ['resolution', 'The paper be noted and the Board agree'],
        ['resolution', 'Consider the draft plan'],
        ['resolution', 'The principle of a return to a yearly review'],
        ['resolution', 'Where needed, begin work towards the next refresh.'],
      ],
    ],
    [
      'a reason with its own “not” before the body’s decision, after “and” and an aside',
      'Village toilets: The hall trustees are not willing to run the new toilets and, with no other group coming forward, the Parish Council agreed that the scheme sadly could not go ahead.',
      [['resolution', 'The Parish Council agreed that the scheme sadly could not go ahead.']],
    ],
    [
      'the evacuation procedure noted at the start is housekeeping, not a decision',
      '1. Welcome\nThe evacuation procedure was noted.\nThere were no declarations of interest.\n2. Budget\nThe Committee noted the budget report.',
      [['resolution', 'The Committee noted the budget report.']],
    ],
    [
      'members asked to consider and note a report: what the report asked of them',
      '3. Mid-year update\nCouncillors were asked to consider and note this half-year update on the plan for 2024/25. The plan set out the council’s aims.\nAGREED that the report be noted.',
      [['resolution', 'The report be noted.']],
    ],
    [
      'a middle dot as the bullet of each action, the actions run onto one line',
      'Complaints\nOfficers undertook to: · Send members the figures for each department by the end of May · Confirm in writing how members will take part in the review of enquiries · Circulate the revised complaints leaflet before the next meeting',
      [
        ['action', 'Send members the figures for each department by the end of May'],
        ['action', 'Confirm in writing how members will take part in the review of enquiries'],
        ['action', 'Circulate the revised complaints leaflet before the next meeting'],
      ],
    ],
    [
      'a decision in the present tense under an issue’s dated line, with no keyword',
      'Issue - decisions\nCapital programme changes\n14/04/2023 - Capital programme changes\nThat the Leader approves the changes to the capital programme listed in Appendix 1 and delegates the award of contracts to the Director of Finance.',
      [
        [
          'resolution',
          'The Leader approves the changes to the capital programme listed in Appendix 1 and delegates the award of contracts to the Director of Finance.',
        ],
      ],
    ],
    [
      'the chair promising someone that an update would be provided to the committee’s members',
      'The Chairman reassured Mrs Ash that an update on the library budget would be provided to Committee Members before the next meeting.',
      [
        [
          'information-request',
          'The Chairman reassured Mrs Ash that an update on the library budget would be provided to Committee Members before the next meeting.',
        ],
      ],
    ],
    [
      'someone named who will be leading on a task',
      'Remembrance: Cllr Birch will be leading on getting the wreaths ordered in time for the service.',
      [['action', 'Remembrance: Cllr Birch will be leading on getting the wreaths ordered in time for the service.']],
    ],
    [
      'a body named with who sat in brackets, then its decision',
      'Funding formula\nSchools Forum (maintained school members) considered the options and agreed in principle the preferred Option B.',
      [
        [
          'resolution',
          'Schools Forum (maintained school members) considered the options and agreed in principle the preferred Option B.',
        ],
      ],
    ],
    [
      'a part’s number left at the end of the line above, its “To” on a line of its own',
      'Budget strategy\nMinutes: DECISION: 1.\nTo\nendorse the revised budget strategy. 2.\nTo\nrecommend to Full Council on 21/11/24 that the revised strategy is approved.',
      [
        ['resolution', 'Endorse the revised budget strategy.'],
        ['recommendation', 'Recommend to Full Council on 21/11/24 that the revised strategy is approved.'],
      ],
    ],
    [
      'numbered parts worded as decisions, above a recommendation to Council in capitals',
      'Year-end accounts\nThe Leader presented the report on the draft year-end results and asked members to approve them.\n\n(1) Note the draft revenue results for 2024/25;\n\n(2) Approve the revised capital programme at appendix 1;\n\n(3) Approve the budget changes at appendix 2; and\n\nRECOMMENDED to Full Council that the treasury results at appendix 3 are noted.',
      [
        ['resolution', 'Note the draft revenue results for 2024/25'],
        ['resolution', 'Approve the revised capital programme at appendix 1'],
        ['resolution', 'Approve the budget changes at appendix 2'],
        ['recommendation', 'Full Council that the treasury results at appendix 3 are noted.'],
      ],
    ],
    [
      'a body’s decision over numbered parts, one of whose details are printed unindented',
      'Cabinet Agreed\n1. Recommends to Council to draw £500k from the recovery reserve for winter pressures.\n2. Approves the transfer of budgets to a new events account:\nApproves moving £40k from the parking budget to the events budget.\nApproves moving £15k from the hall budget to the events budget.\n3. Recommends to Council the revised capital programme, moving £9m into next year.\n4. Recommends to Council the following extra capital budgets:',
      [
        ['recommendation', 'Recommends to Council to draw £500k from the recovery reserve for winter pressures.'],
        [
          'resolution',
          'Approves the transfer of budgets to a new events account: Approves moving £40k from the parking budget to the events budget. Approves moving £15k from the hall budget to the events budget.',
        ],
        ['recommendation', 'Recommends to Council the revised capital programme, moving £9m into next year.'],
        ['recommendation', 'Recommends to Council the following extra capital budgets:'],
      ],
    ],
    [
      'a Welsh double initial before the surname, not a sentence’s end',
      '2. Election of officers\nMrs. G.Ll. Parry was re-elected Vice-Chair of the Trust for the coming year.',
      [['resolution', 'Mrs. G.Ll. Parry was re-elected Vice-Chair of the Trust for the coming year.']],
    ],
    [
      'the first lettered part on the keyword’s line after “That”, the rest below it',
      'Transport appeals\nRESOLVED: That (a) one appeal be not upheld as no exceptional circumstances were shown (Case No. A4); and\n\n(b) one appeal be upheld on medical grounds (Case No. B2); and\n\n(c) two appeals be upheld, with passes granted until the end of the school year.',
      [
        ['resolution', 'One appeal be not upheld as no exceptional circumstances were shown (Case No. A4)'],
        ['resolution', 'One appeal be upheld on medical grounds (Case No. B2)'],
        ['resolution', 'Two appeals be upheld, with passes granted until the end of the school year.'],
      ],
    ],
    [
      'a body’s two decisions in one sentence after “After discussion”, the second a task given to an officer',
      'Review of the new model\nAfter discussion, the Panel agreed its main conclusions and tasked the Officer to prepare a draft report with a summary.',
      [
        ['resolution', 'After discussion, the Panel agreed its main conclusions.'],
        ['request', 'After discussion, the Panel tasked the Officer to prepare a draft report with a summary.'],
      ],
    ],
    [
      'a keyword’s lead-in that names only the body and its verb, over the numbered requests',
      '9.3 Resolved – That the Committee requests:\n\n1. That the Chair writes to the hospital trust asking when the ward will reopen.\n\n2. That the other responses to its recommendations are noted.',
      [
        ['resolution', 'The Chair writes to the hospital trust asking when the ward will reopen.'],
        ['resolution', 'The other responses to its recommendations are noted.'],
      ],
    ],
    [
      'a decision field that records only who sent apologies or would be late',
      'Apologies for Absence and Declarations of Interest\n\nDecision:\n\n  • Apologies for absence from Cllrs Ash and Birch.\n  • Apologies for lateness from Cllrs Cole and Dale.\n  • No declarations\n\nElection of the Mayor\n\nDecision:\n\nThat Councillor Ann Ash be elected Mayor for the coming year.',
      [['resolution', 'Councillor Ann Ash be elected Mayor for the coming year.']],
    ],
    [
      'a page’s notice that the meeting may be held in Welsh, with translation',
      'Venue: Council Chamber\nMembers may speak Welsh at the meeting with notice. A translation service will be provided if requested.\n1. Declarations of interest\nNone.\n2. Budget\nThe Committee noted the budget report.',
      [['resolution', 'The Committee noted the budget report.']],
    ],
    [
      'a minute’s number glued to its title, then the body’s decision',
      '13/24Audit: The Committee noted the completion of the audit and the report of the External Auditor.',
      [
        [
          'resolution',
          '13/24Audit: The Committee noted the completion of the audit and the report of the External Auditor.',
        ],
      ],
    ],
    [
      'a planning response that the council had no concerns about the application',
      '250/24 Planning applications\n1. 24/0122 Ashby Scouts, Church Lane – new storage shed - The Town Council had no concerns about this application.\n2. 24/0123 Mill Farm, Ashby – single-storey extension (replacing the old one) - The Town Council had no concerns about this application.',
      [
        [
          'resolution',
          '24/0122 Ashby Scouts, Church Lane – new storage shed - The Town Council had no concerns about this application.',
        ],
        [
          'resolution',
          '24/0123 Mill Farm, Ashby – single-storey extension (replacing the old one) - The Town Council had no concerns about this application.',
        ],
      ],
    ],
    [
      'the chair asking for the report to be introduced, and someone asked to give a view, then the decision',
      'Statement of accounts\nThe Chairman asked for a short introduction to the paper. The Chair asked Mr Dale, Head of Finance, to give a view on the accounts workshop held last month.\nRESOLVED that the report be noted.',
      [['resolution', 'The report be noted.']],
    ],
    [
      'a lead-in ending on a dash over the payments it authorised, each its detail',
      '51. Finance\nThe following payments were authorised –\n\n000412 Ashby Landscapes grass cutting £320.00\n\n000413 Clerk’s salary £450.00',
      [['resolution', 'The following payments were authorised – 000412 Ashby Landscapes grass cutting £320.00']],
    ],
    [
      'advice that will be sought, in the passive',
      '3. Play area lease\nThe Council discussed the new lease. Advice will be sought from the county council’s legal team before it is signed.',
      [['action', 'Advice will be sought from the county council’s legal team before it is signed.']],
    ],
    [
      'what a letter to the council asked for, under correspondence',
      '8. Correspondence\nA letter had been received from the district council. The letter asked for the Council’s comments on its new local plan.\nIt was agreed that the Clerk would reply supporting the plan.',
      [['follow-up', 'The Clerk would reply supporting the plan.']],
    ],
    [
      'a planning log’s rows run together, each application ending in the council’s recommendation',
      'Planning applications\nRef: Applicant Location ______HH/2041/23 Mr Ash 3 Park Road Single storey side extension Recommendation: Approve ______PA/2042/23 Mrs Birch 7 Mill Lane Change of use from shop to dwelling Recommendation: Refuse ______HH/2043/23 Mr Cole 9 Hill Top Rear dormer window Recommendation: Approve ______',
      [
        ['resolution', 'HH/2041/23 Mr Ash 3 Park Road Single storey side extension Recommendation: Approve'],
        ['resolution', 'PA/2042/23 Mrs Birch 7 Mill Lane Change of use from shop to dwelling Recommendation: Refuse'],
        ['resolution', 'HH/2043/23 Mr Cole 9 Hill Top Rear dormer window Recommendation: Approve'],
      ],
    ],
    [
      'the last row of a planning log, its table’s rule after the recommendation',
      '2. Planning applications\nRef: Applicant Location ______HH/3051/25 Mr Dale 5 Park Road Side extension Recommendation: Approve ______PA/3052/25 Mrs Eve 9 Mill Lane Change of use from shop to dwelling Recommendation: Refuse ______\n\n3. Village hall\nThe Clerk reported on the boiler.',
      [
        ['resolution', 'HH/3051/25 Mr Dale 5 Park Road Side extension Recommendation: Approve'],
        ['resolution', 'PA/3052/25 Mrs Eve 9 Mill Lane Change of use from shop to dwelling Recommendation: Refuse'],
      ],
    ],
    [
      'a body’s two decisions after “After discussion, the Council”',
      '3. Village hall\nAfter discussion, the Council agreed its plans for the hall and tasked the Clerk to obtain three quotes for a new boiler.',
      [
        ['resolution', 'The Council agreed its plans for the hall.'],
        ['request', 'The Council tasked the Clerk to obtain three quotes for a new boiler.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('meeting details met on real pages in the forty-first session', () => {
  it.each<[string, string]>([
    [
      'a resolution that the council itself adopts something',
      'Licensing policy\nThe Portfolio Holder presented the revised policy.\nIt was RESOLVED that the Council adopt the revised licensing policy from 1 April.',
    ],
    [
      'a resolution naming the council on a line of its own',
      'Budget 2025/26\nRESOLVED that the Council\n(a) approve the revenue budget;\n(b) set the council tax.',
    ],
    [
      'a lettered part in which the council agreed something',
      'Meeting arrangements\nA. That Council agreed the return to meetings in person.\nB. That Council agreed the change to the constitution.',
    ],
  ])('names the council as the body: %s', (_shape, text) => {
    expect(header(text).committee).toBe('Council');
  });
  it('does not take the council a committee recommends to for the body', () => {
    expect(header('Budget\nRESOLVED that the Council be recommended to approve the budget.').committee).toBeNull();
  });
  it('reads minutes that number each paragraph, "16.3 Resolved – That …", as minutes', () => {
    expect(
      header(
        '13.1 Cllr Ash declared a personal interest.\n\nResponses to Recommendations pdf icon PDF 108 KB\n\nThe Committee is asked to note the responses.\n\n16.1 The update was welcomed.\n\n16.3 Resolved – That the Committee requests:\n\n1. That the Chair writes to the Trust.\n\nWater quality pdf icon PDF 54 KB\n\nReport by the Trust.',
      ).kind,
    ).toBe('minutes');
  });
  it('reads the date of a paper whose opening sentence says which meeting its minutes are', () => {
    expect(
      header(
        'The minutes of the ordinary meeting held in the Council Chamber at Ashby on 14 March 2019 at 7:00pm.\n\nPresent Mr A. Ash\n\nCHAIRMAN’S WELCOME / 19/021 / The Chairman welcomed the Board.',
      ).date,
    ).toBe('2019-03-14');
  });
  it('gives no date to a paper that names only the last meeting’s minutes, proposed for approval', () => {
    expect(
      header(
        'Apologies: Cllr Ash.\nThe minutes of the meeting held on 3rd May 2018 were then proposed by Cllr Birch, seconded by Cllr Cole and signed.\nPlanning: no comments.',
      ).date,
    ).toBeNull();
  });
  it('reads a table of minutes headed by the minute’s number and the agenda item as minutes', () => {
    expect(
      header(
        'MINUTES of the MEETING OF ASHBY TOWN COUNCIL\nHELD IN THE TOWN HALL ON TUESDAY 9TH JANUARY 2024\nMinute No. Agenda Item\n001-24 1 APOLOGIES Apologies were received from Cllr Ash.\n002-24 2 VACANCIES The Clerk reported one vacancy, to be advertised.',
      ).kind,
    ).toBe('minutes');
  });
  it('reads a minutes title with the date in figures in brackets after the body', () => {
    expect(
      header(
        'Minutes of a Meeting of Ashby Parish Council (04/12/17)\n\nPresent: A Ash (Chairman), B Birch.\n\n17/101: Apologies: none.',
      ),
    ).toMatchObject({ date: '2017-12-04', committee: 'Ashby Parish Council' });
  });
  it('does not take "The Partnership" alone for the body’s name', () => {
    expect(
      header(
        'Agenda and draft minutes\n\nVenue: Community Centre\n\na) Retirement. · The Partnership wished the retiring treasurer well and will send her flowers and a card. · The Partnership asked members to attend more of the meetings this year.',
      ).committee,
    ).toBeNull();
  });
  it('reads the day, date and time of the meeting printed in words on a line of their own, with no title above', () => {
    expect(
      header(
        'MONDAY 9th MARCH 2020 AT 7.30pm\nDraft to be approved at the next meeting\nCllr A Ash (Chair), Cllr B Birch\n2. Minutes of the last meeting\nThe minutes of the meeting held on 12th February 2020 were accepted.',
      ).date,
    ).toBe('2020-03-09');
  });
});

describe('meeting details met on real pages in the forty-second session', () => {
  it.each<[string, string, string]>([
    [
      'a body, then the state of its minutes, on a title line',
      'Ashby Community Council Adopted Minutes of its March Meeting, 4 March 2015\n\n1. Cllr Ash sent apologies.',
      'Ashby Community Council',
    ],
    [
      'a body, then "DRAFT minutes for" the day',
      'June 2023 DRAFT minutes\nParish Council DRAFT minutes for Monday 5 June 2023\nin the school hall, 7.30pm',
      'Parish Council',
    ],
    [
      'the council, a dash, then its committee, over the minutes’ title',
      'Ashby Fen Town Council - Parks and Cemeteries Committee\n\nMinutes of the meeting on Monday 6 March 2023 at 6pm',
      'Parks and Cemeteries Committee',
    ],
    [
      'the body’s own minutes approved, their date before its name',
      'Minutes:\n\nRESOLVED that the minutes of the 4th March, 2021 Housing Scrutiny Panel be approved as a true record.',
      'Housing Scrutiny Panel',
    ],
    [
      'a member elected chair of the body',
      'Election of Chair: nominations were sought, and members voted to elect Councillor Ann Ash as Chair of the Hearings Sub-Committee until May.',
      'Hearings Sub-Committee',
    ],
    [
      'the body requested to decide, in its agenda',
      'Agenda and minutes\n\n4.\n\nFlood Wall, Ashby - Ref: 19/2210/G\n\nThe Ashby Area Planning Committee is requested to agree the details of the scheme.',
      'Ashby Area Planning Committee',
    ],
  ])('names the body: %s', (_shape, text, body) => {
    expect(header(text).committee).toBe(body);
  });
  it('reads the body and its date from a page that opens "Licensing Committee Date: …"', () => {
    expect(
      header(
        'Licensing Committee Date: 14th May, 2009, 10:00 am, Place: Committee Room 2 Present: Councillor A Ash (Chairman), Councillor B Birch.',
      ),
    ).toMatchObject({ date: '2009-05-14', committee: 'Licensing Committee' });
  });
  it('names the body of a news page titled "Decisions made at Full Council meeting – <date>"', () => {
    expect(
      header(
        'Decisions made at Full Council meeting – 9 July 2019\n\nPosted 10 July 2019\n\nHere is a summary of the outcomes:\n\nCouncillors approved the budget.',
      ).committee,
    ).toBe('Full Council');
  });
  it('does not take the chief executive who signed a summons for the body', () => {
    expect(
      header(
        'Date: 2 March 2016\n\nDear Councillor,\n\nCouncil\n\nA Meeting of the Council will be held at the Civic Centre, on Monday, 7 March 2016 at 19:00. Please attend.\n\nYours sincerely,\n\nChief Executive\n\nAGENDA\n\n1. Apologies',
      ).committee,
    ).toBe('Council');
  });
  it('gives no date to a page whose only date is of a meeting to be arranged', () => {
    expect(
      header(
        'Agenda item\n\nMatters arising\n\nMinutes:\n\nMembers asked that an extra meeting be arranged for Tuesday 9th June 2015 at 6 pm. Mr Ash undertook to book the library.',
      ).date,
    ).toBeNull();
  });
  it('does not take the body whose minutes a title in capitals confirms', () => {
    expect(
      header('CONFIRMATION OF THE MINUTES OF THE FINANCE COMMITTEE HELD ON 3 MAY 2022\n\n1. Apologies').committee,
    ).toBeNull();
  });
  it('does not take "Full" for the body, from "MINUTES OF THE FULL MEETING"', () => {
    expect(
      header('MINUTES OF THE FULL MEETING\nMonday 5th OCTOBER 2015\nPresent: Cllr. A. Ash (Chair)\n1. PUBLIC GALLERY')
        .committee,
    ).toBeNull();
  });
  it('gives no date to a call-in paper that names only the meeting whose decision was called in', () => {
    expect(
      header(
        "Councillor Ash has called in the Cabinet's decision at Minute EX.4 of its meeting held on the 3rd June 2019, so this meeting has been called.\nThe Committee may:\n1. The Scrutiny Committee decides to make no comment, and the Cabinet's decision stands.",
      ).date,
    ).toBeNull();
  });
});

describe('lines that lead into the parts below them', () => {
  it.each<[string, string, boolean]>([
    [
      'what both sides had agreed, told before the lettered parts, ending on a spaced dash',
      'The Panel noted that the following terms were settled by both sides before the hearing -',
      true,
    ],
    [
      'a part that says what will be added, itself a decision',
      'In addition, the following terms will be added to the licence -',
      false,
    ],
  ])('%s', (_shape, text, leadsIn) => {
    expect(endsAsLeadIn(text)).toBe(leadsIn);
  });
});

describe('item numbers of a page printed to PDF', () => {
  /** A block as a printed page gives it. */
  const line = (kind: RawBlock['kind'], text: string): RawBlock => ({ kind, text, page: 1 });

  it('keeps an item whose number the printed page put after the last item’s "Decision:" field', () => {
    const blocks = [
      line('heading', '4. STAFF SURVEY pdf icon PDF 120 KB'),
      line('paragraph', 'To consider the results of the staff survey.'),
      line('paragraph', 'Decision:'),
      line('paragraph', 'The Committee noted the results of the staff survey.'),
      line('heading', 'HOLIDAY POLICY pdf icon PDF 80 KB'),
      line('paragraph', 'To note the revised holiday policy.'),
      line('paragraph', 'Decision:'),
      line('paragraph', '5.'),
      line('paragraph', 'It was RESOLVED:'),
      line('list-item', '1. That the revised policy be noted.'),
      line('heading', 'URGENT BUSINESS'),
      line('paragraph', '6.'),
      line('paragraph', 'Decision:'),
      line('paragraph', 'None'),
    ];
    expect(findAgendaItems(blocks, false).map((i) => i.number)).toEqual(['4', '5', '6']);
  });
  it('reads no items in a body’s numbered decision whose part’s details were printed unindented', () => {
    const blocks = [
      line('paragraph', 'Cabinet Agreed'),
      line('list-item', '1. Recommends to Council to draw £500k from the recovery reserve for winter pressures.'),
      line('list-item', '2. Approves the transfer of budgets to a new events account:'),
      line('paragraph', 'Approves moving £40k from the parking budget to the events budget.'),
      line('paragraph', 'Approves moving £15k from the hall budget to the events budget.'),
      line('list-item', '3. Recommends to Council the revised capital programme, moving £9m into next year.'),
      line('list-item', '4. Recommends to Council the following extra capital budgets:'),
    ];
    expect(findAgendaItems(blocks, false)).toEqual([]);
  });
});

describe('shapes met on real pages in the forty-second session (P389–P424)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      "numbered parts that open with their verb in capitals, their lead-in lost, wrapped where the page's lines ran out",
      "Motion status: Carried\n1. APPROVE the revised scheme of delegation (Annex B) for\npublication on the council's website.\n2. NOTE the income collected for the period 01\nApril 2025 to 31 March 2026;\n3. AGREE TO DELEGATE AUTHORITY to the Director of Resources to settle the final wording.",
      [
        ['resolution', "APPROVE the revised scheme of delegation (Annex B) for publication on the council's website."],
        ['resolution', 'NOTE the income collected for the period 01 April 2025 to 31 March 2026'],
        ['resolution', 'AGREE TO DELEGATE AUTHORITY to the Director of Resources to settle the final wording.'],
      ],
    ],
    [
      "a decision page's applications run together, each decided after its address, a dash and the vote",
      'Decision Maker: Planning Applications Committee\n\nContent:   i.  Application 1 (2025/0112) Rowan Court, SW15 – (unanimous)that permission be granted subject to the listed conditions.     ii.  Application 2 (2025/0457) 8 Mill Lane, SW16 2AB – (7 votes for and 2 against) that permission be refused for the reasons given.',
      [
        [
          'resolution',
          'Application 1 (2025/0112) Rowan Court, SW15 – (unanimous)that permission be granted subject to the listed conditions.',
        ],
        [
          'resolution',
          'Application 2 (2025/0457) 8 Mill Lane, SW16 2AB – (7 votes for and 2 against) that permission be refused for the reasons given.',
        ],
      ],
    ],
    [
      'two decisions in one sentence, their keyword lost: noted, and someone to act',
      'Rights of way orders\nThe Forum discussed the orders listed in the report.\nThat the diversion order be NOTED and that Ann Ash would send her route to the officer for a view.',
      [
        ['resolution', 'The diversion order be noted.'],
        ['action', 'Ann Ash would send her route to the officer for a view.'],
      ],
    ],
    [
      'two decisions "That … be noted and that … be revised", their keyword lost',
      'Work programme\nThe Committee considered the draft work programme.\nThat the update be noted and that the action plan be refreshed to include the topic chosen for review.',
      [
        ['resolution', 'The update be noted.'],
        ['resolution', 'The action plan be refreshed to include the topic chosen for review.'],
      ],
    ],
    [
      "an action's owner in brackets ends its sentence, though no full stop follows",
      'Public forum\nA resident said the bench by the pond is broken. The Clerk will chase it (Action = Clerk) Mrs Lee raised the state of the verges.',
      [['action', 'The Clerk will chase it (Action = Clerk)']],
    ],
    [
      "a keyword's cell on a row of its own over the decision in the row below",
      'The Leader presented the yearly report on urgent decisions.\nRESOLVED: |\nThat Members Endorsed the yearly report on urgent decisions\n|\n| (Moved by Councillor Ash and seconded by Councillor Birch) |',
      [['resolution', 'Members Endorsed the yearly report on urgent decisions']],
    ],
    [
      "a decision maker's statement of decision in the first person, over the parts",
      'Statement of Decision\nHaving considered the report and the views put to me, I confirm my decisions as follows:\n(i) to approve the business case for the new depot;\n(ii) that any further funding needed be considered at the next review.',
      [
        ['resolution', 'Approve the business case for the new depot'],
        ['resolution', 'Any further funding needed be considered at the next review.'],
      ],
    ],
    [
      'a bare "Agreed" with its vote, under the item it agrees',
      "Minutes of the meeting held on 3 May 2023\n6. To elect a chairman\nCllr A Ash was elected.\n7. To set the dates of next year's meetings\nAgreed – All in favour",
      [
        ['resolution', 'Elect a chairman Cllr A Ash was elected.'],
        ['resolution', "Set the dates of next year's meetings Agreed – All in favour"],
      ],
    ],
    [
      'two ladies named with "Mses." in a decision',
      'Open forum\nThat Mses. Ash and Birch’s complaint be passed to the highways officer for a reply.',
      [['resolution', 'Mses. Ash and Birch’s complaint be passed to the highways officer for a reply.']],
    ],
    [
      'an officer of a body named with "the" who undertook something',
      'Partnership update\nMembers were glad that the new partner would join in April. The Director of the Trust undertook to pass on Members’ thanks to the staff.',
      [['action', 'The Director of the Trust to pass on Members’ thanks to the staff.']],
    ],
    [
      'someone named in full who undertook something, after a long clause and a comma',
      'Housing need\nThe ward members said the list was shorter than feared and in order to inform the village plan, Dan Ash undertook to find out what sizes of home are needed.',
      [
        [
          'action',
          'The ward members said the list was shorter than feared and in order to inform the village plan, Dan Ash undertook to find out what sizes of home are needed.',
        ],
      ],
    ],
    [
      'a report to be presented to a later meeting',
      'Work programme\nThe Committee reviewed its programme. A brief paper on grass verges to be presented to the March meeting.',
      [['action', 'A brief paper on grass verges to be presented to the March meeting.']],
    ],
    [
      "an item's number run into its title, each election under its own",
      'May 10, 2017\nPresent: Councillors Ash (Chairman), Birch and Cole.\n3Election of Chairman for 2017/18\nCouncillor A Ash was elected Chairman for 2017/18\n4Election of Vice Chairman for 2017/18\nCouncillor B Birch was elected Vice Chairman for 2017/18',
      [
        ['resolution', 'Councillor A Ash was elected Chairman for 2017/18'],
        ['resolution', 'Councillor B Birch was elected Vice Chairman for 2017/18'],
      ],
    ],
    [
      'who proposed and seconded, then "Agreed nem con", under the item it decides',
      'MINUTES OF THE MEETING HELD ON 14 May 2012\n\n4          FORMAL ADOPTION OF STANDING ORDERS\n\nProposed by Cllr Ash and Seconded by Cllr Birch – Agreed nem con',
      [
        [
          'resolution',
          '4 FORMAL ADOPTION OF STANDING ORDERS Proposed by Cllr Ash and Seconded by Cllr Birch – Agreed nem con',
        ],
      ],
    ],
    [
      'grants awarded under lettered headings, each "To award" with its sum',
      'Allocation of Grant Funding\n\nThe Area Board considered 14 funding applications.\n\n(a)       Ashby Farm College\n\nTo award Ashby Farm College £5,000 to pay for kitchen equipment.\n\n(b)       Ashby 1st Scout Group\n\nTo award £930 to Ashby 1st Scout Group for camping equipment.',
      [
        ['resolution', 'Award Ashby Farm College £5,000 to pay for kitchen equipment.'],
        ['resolution', 'Award £930 to Ashby 1st Scout Group for camping equipment.'],
      ],
    ],
    [
      '"RESOLVED that no objection be made" under the application\'s "Location:" field, each told with its site',
      'Minutes of the Planning Committee held on 3 March 2020\n\nProposal: Loft conversion with a rear dormer.\nLocation: 25 Mill Street, Ashby\nRESOLVED that no objection be made.\nProposal: New garden room.\nLocation: 41 North Parade, Ashby\nRESOLVED that no objection be made.',
      [
        ['resolution', 'Location: 25 Mill Street, Ashby that no objection be made.'],
        ['resolution', 'Location: 41 North Parade, Ashby that no objection be made.'],
      ],
    ],
    [
      'someone elected, the office named only in the heading above',
      'Minutes of the first meeting held on 31 August 1949\n\nDr R Ash was unanimously elected Chairman of the Association.\n\nHonorary Secretary\n\nMrs Cole was unanimously elected.',
      [
        ['resolution', 'Dr R Ash was unanimously elected Chairman of the Association.'],
        ['resolution', 'Honorary Secretary Mrs Cole was unanimously elected.'],
      ],
    ],
    [
      '"It was RESOLVED to note." under the item it notes',
      'Agenda and minutes\n\n5.\n\nTo receive the Burial Board budget statement. pdf icon PDF 192 KB\n\nIt was RESOLVED to note.\n\n6.\n\nTo consider quotes for the wall.\n\nIt was RESOLVED to accept the lowest quote.',
      [
        ['resolution', 'Receive the Burial Board budget statement: To note.'],
        ['resolution', 'Accept the lowest quote.'],
      ],
    ],
    [
      'members who suggested that something be done',
      'Member development\nMembers suggested that the training section be approached about opening its courses to Members, where appropriate.',
      [
        [
          'request',
          'Members suggested that the training section be approached about opening its courses to Members, where appropriate.',
        ],
      ],
    ],
    [
      'an answer, then what officers would do, after "however"',
      'Training\nMembers asked whether the courses were free. They were not free of charge, however Officers would look into grants for the courses and report back.',
      [['action', 'Officers would look into grants for the courses and report back.']],
    ],
    [
      "an action column's owner after the matter, with no object",
      'Minutes of the parish meeting of 14 November 2017\n\n1117/03 / Matters arising\n\nThe bus shelter glass is cracked. / Clerk to report\n\nNo news on the sale of the old school. / Clerk to chase',
      [
        ['action', 'The bus shelter glass is cracked. Clerk to report'],
        ['action', 'No news on the sale of the old school. Clerk to chase'],
      ],
    ],
    [
      '"It was RESOLVED to note." under its item\'s numbered title',
      'Minutes of a meeting held on Tuesday 3 March 2026\n\n1. Apologies\n\nNone.\n\n2. To receive the budget statement for the committee\n\nIt was RESOLVED to note.\n\n3. Grants\n\nIt was RESOLVED to award £500 to the Scouts.',
      [
        ['resolution', 'Receive the budget statement for the committee: To note.'],
        ['resolution', 'Award £500 to the Scouts.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the forty-third session (P425–P432)', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a letter or a bulletin noted, in the passive',
      "Minutes:\n\nThe letter from the Monitoring Officer about the timetable for the new code of conduct was noted.\n\nMinutes:\n\nThe spring edition of the members' newsletter was noted.",
      [
        [
          'resolution',
          'The letter from the Monitoring Officer about the timetable for the new code of conduct was noted.',
        ],
        ['resolution', "The spring edition of the members' newsletter was noted."],
      ],
    ],
    [
      'information asked for or sought, in the passive',
      "Minutes:\n\nMembers discussed the pooling arrangements. More information was asked in respect of the fees paid to the pool's managers. Details were sought on the cost of the transition.",
      [
        ['information-request', "More information was asked in respect of the fees paid to the pool's managers."],
        ['information-request', 'Details were sought on the cost of the transition.'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the forty-fourth session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a thing decided, and how it is to be carried out, in the same paragraph: one decision',
      "Minutes:\n\nThe Clerk presented the year-end accounts. It was proposed by Cllr Ash, seconded by Cllr Birch and agreed that the Annual Governance Statement be approved. The Statement to be signed by the Chair and the Clerk and sent to the external auditor by 30th June.\n\nThe hall's new booking form was adopted. The Clerk to send it to regular hirers.\n\nIt was agreed that the play area inspection report be accepted. The swings to be repaired before Easter.",
      [
        [
          'resolution',
          'The Clerk presented the year-end accounts. It was proposed by Cllr Ash, seconded by Cllr Birch and agreed that the Annual Governance Statement be approved. The Statement to be signed by the Chair and the Clerk and sent to the external auditor by 30th June.',
        ],
        ['resolution', "The hall's new booking form was adopted."],
        ['action', 'The Clerk to send it to regular hirers.'],
        ['follow-up', 'The play area inspection report be accepted.'],
        ['action', 'The swings to be repaired before Easter.'],
      ],
    ],
    [
      "a decision field's lettered parts, each a sentence of its own, under what it approves: each a decision",
      'Decision:\n\nThat the Cabinet Member for Housing approves the following grants:\n\na) £12,000 for the delivery of a befriending service for older people in rural areas.\n\nb) £8,500 towards the running costs of the youth bus during the school holidays.',
      [
        [
          'resolution',
          'The Cabinet Member for Housing approves the following grants: £12,000 for the delivery of a befriending service for older people in rural areas.',
        ],
        [
          'resolution',
          'The Cabinet Member for Housing approves the following grants: £8,500 towards the running costs of the youth bus during the school holidays.',
        ],
      ],
    ],
    [
      'a question, then a request in the same sentence',
      'Minutes:\n\nA member asked if the targets had been met and requested that the figures were reported back to the panel.',
      [
        [
          'request',
          'A member asked if the targets had been met and requested that the figures were reported back to the panel.',
        ],
      ],
    ],
    [
      'the body suggested that something be done, or that someone do it',
      'Minutes:\n\nThe Panel suggested that the bus company be written to about the late services.\n\nHaving heard about the scheme in another county, the Working Group suggested the council carry out a survey of the shops.',
      [
        ['request', 'The Panel suggested that the bus company be written to about the late services.'],
        [
          'request',
          'Having heard about the scheme in another county, the Working Group suggested the council carry out a survey of the shops.',
        ],
      ],
    ],
    [
      'thanks placed on record by the body',
      'Minutes:\n\nThe Board placed on record its thanks to the outgoing Chair for her years of service.',
      [['resolution', 'The Board placed on record its thanks to the outgoing Chair for her years of service.']],
    ],
    [
      'someone will, if a condition allows, do something',
      'Minutes:\n\nCllr Moss will, if his shifts allow, attend the parish forum.',
      [['action', 'Cllr Moss will, if his shifts allow, attend the parish forum.']],
    ],
    [
      'several members who volunteered',
      'Minutes:\n\nSeveral members of the Committee volunteered to help with the litter pick in April.',
      [['action', 'Several members of the Committee to help with the litter pick in April.']],
    ],
    [
      'a fresh request that names what was asked for at the last meeting',
      'Minutes:\n\nThe Chair requested an update be sent to members on the flood scheme, and the figures that were requested at the last meeting.',
      [
        [
          'request',
          'The Chair requested an update be sent to members on the flood scheme, and the figures that were requested at the last meeting.',
        ],
      ],
    ],
    [
      'a title, the earlier minute it follows up, then its decision in small letters or an action',
      '12. Bus shelter (min.8 refers) resolved that the Clerk write to the county council about the broken glass.\n\n13. Notice board (min.9 refers) Cllr.Ash to ask the joiner for a price.',
      [
        [
          'resolution',
          'Bus shelter (min.8 refers) resolved that the Clerk write to the county council about the broken glass.',
        ],
        ['action', 'Notice board (min.9 refers) Cllr.Ash to ask the joiner for a price.'],
      ],
    ],
    [
      "a decision page's account of an application and of the debate, around its decision",
      'Decision:\n\nErection of a two storey side extension and a detached garage.\n\nThere were no registered speakers.\n\nMembers were concerned that the garage would overlook the neighbouring garden.\n\nRefuse for the reasons set out in the agenda report.',
      [['resolution', 'Refuse for the reasons set out in the agenda report.']],
    ],
    [
      'a claim that something may have been done is not a decision',
      'Minutes:\n\nCouncillor Ash asked for clarification on the sale of the depot, about a rumour that a lower offer may have been accepted.',
      [],
    ],
    [
      'something requested, in the passive, for future reports; someone agreed that what was raised would be passed back',
      "Minutes:\n\nA breakdown of the complaints by ward was requested for future reports.\n\nAnn Ash agreed the residents' concerns would be passed back to the developer.",
      [
        ['information-request', 'A breakdown of the complaints by ward was requested for future reports.'],
        ['action', "Ann Ash agreed the residents' concerns would be passed back to the developer."],
      ],
    ],
    [
      'an action run on after a line with no full stop, its "To" in capitals',
      'Minutes:\n\nThe footpath report was not received. See item 7 ACTION: Clerk To write to the county council about the footpath',
      [['action', 'Clerk To write to the county council about the footpath']],
    ],
    [
      'a decision told in brackets after what it settles',
      'Minutes:\n\nb. Council vacancies. (It was agreed that Mr Birch would be co-opted onto the Council.)',
      [['resolution', 'Mr Birch would be co-opted onto the Council.']],
    ],
    [
      'an agenda\'s "Chair to move", a declaration signed and witnessed, and what a report asked: none an outcome',
      'Minutes:\n\nChair to move to approve the minutes of 3rd July.\n\nCllr Ash made her declaration, and the form was signed and witnessed by the Clerk.\n\nThe Chair presented Report No. 15/006, which requested that Members read the forward plan.',
      [],
    ],
    [
      'who acts, a colon, then what they are to do',
      'Minutes:\n\n552/99 Bus shelter. The new shelter was discussed. The clerk: to obtain two more quotes.',
      [['action', 'The clerk: to obtain two more quotes.']],
    ],
    [
      'members who requested that a paper consider something',
      'Minutes:\n\nMembers requested the strategy consider the rural bus routes.',
      [['request', 'Members requested the strategy consider the rural bus routes.']],
    ],
    [
      'the report noted after scrutiny',
      'Minutes:\n\nFollowing scrutiny, the report was noted.',
      [['resolution', 'Following scrutiny, the report was noted.']],
    ],
    [
      'someone asked, with their role in brackets, to do something',
      'Minutes:\n\nThe Chair asked Mr Ash (Solicitor) to look into the matter further.',
      [['action', 'The Chair asked Mr Ash (Solicitor) to look into the matter further.']],
    ],
    [
      'a decision in the indicative, its keyword lost',
      'Decision:\n\nThat the appeal is dismissed, the Panel being content that the transport policy was followed.',
      [['resolution', 'The appeal is dismissed, the Panel being content that the transport policy was followed.']],
    ],
    [
      'thanks recorded after discussion',
      'Minutes:\n\nAfter discussion, the Committee recorded their thanks to the officers for the new guide.',
      [['resolution', 'After discussion, the Committee recorded their thanks to the officers for the new guide.']],
    ],
    [
      "an item put on the next meeting's agenda, in the passive",
      'Minutes:\n\nFollowing discussion, road safety was placed on the agenda for the March meeting.',
      [['work-programme', 'Following discussion, road safety was placed on the agenda for the March meeting.']],
    ],
    [
      'initials with a spaced stroke, to do something',
      'Minutes:\n\nSF / MB to present an overview of the partnership.',
      [['action', 'SF / MB to present an overview of the partnership.']],
    ],
    [
      'a decision page\'s "Further Action Required" over its actions, one a line',
      'Decision:\n\nTo make an order diverting the footpath.\n\nFurther Action Required:\n\nInstruct the Director of Legal Services.\n\nPost and maintain notices on site.',
      [
        ['resolution', 'Make an order diverting the footpath.'],
        ['action', 'Instruct the Director of Legal Services.'],
        ['action', 'Post and maintain notices on site.'],
      ],
    ],
    [
      'who would speak or present at this meeting, and news of staff taken on: not outcomes',
      'Minutes:\n\nCouncillor Anna Webb would speak on behalf of the opposition.\n\nFollowing interviews, a new caretaker has been appointed.',
      [],
    ],
    [
      'a decision on a road not yet adopted is no motion that fell',
      'Decision:\n\nThat approval be given to build the new footway at a cost of £80,000, subject to consultation on the upkeep of the lane, currently not adopted highway.',
      [
        [
          'resolution',
          'Approval be given to build the new footway at a cost of £80,000, subject to consultation on the upkeep of the lane, currently not adopted highway.',
        ],
      ],
    ],
    [
      'members who requested that a paper consider something, after the item it was on',
      'Minutes:\n\nFor the item on the Bus Strategy Members requested the document consider the rural routes.',
      [['request', 'For the item on the Bus Strategy Members requested the document consider the rural routes.']],
    ],
    [
      'thanks recorded after what had been noted',
      'Minutes:\n\nHaving noted that the agreement had been signed on 4 September, the Committee recorded their gratitude to the legal team.',
      [
        [
          'resolution',
          'Having noted that the agreement had been signed on 4 September, the Committee recorded their gratitude to the legal team.',
        ],
      ],
    ],
    [
      'someone named in full who is also to do something',
      'Minutes:\n\nJohn Birch is also to investigate the price of stickers for the bins.',
      [['action', 'John Birch is also to investigate the price of stickers for the bins.']],
    ],
    [
      'someone named, then "who undertook to" do something',
      'Minutes:\n\nThe Chairman thanked Mr Cole of Cole Printers, who undertook to supply the letterheads at no cost.',
      [
        [
          'action',
          'The Chairman thanked Mr Cole of Cole Printers, who undertook to supply the letterheads at no cost.',
        ],
      ],
    ],
    [
      '"it was resolved" after a title and a colon, in a run-together page',
      'Minutes:\n\n• Apologies for absence: see above • Parish Clerk Card for Mrs Dale: it was resolved to send Mrs Dale a card of thanks for her years of service.',
      [
        [
          'resolution',
          'Parish Clerk Card for Mrs Dale: it was resolved to send Mrs Dale a card of thanks for her years of service.',
        ],
      ],
    ],
  ])('%s', readsWhole);
});

describe('meeting details met on real pages in the forty-fourth session', () => {
  const itemNumbers = (text: string) => findAgendaItems(extractPlainText(text).blocks, false).map((i) => i.number);

  it('reads parts of an item numbered "1(1)", "1(2)" on lines of their own, between items 1 and 2', () => {
    expect(
      itemNumbers(
        '1.\n\nGeneral\n\n1(1)\n\nApologies\n\nMinutes:\n\nNone.\n\n1(2)\n\nMinutes of the last meeting\n\nMinutes:\n\nAgreed.\n\n2.\n\nBudget monitoring\n\nMinutes:\n\nThe panel noted the report.',
      ),
    ).toEqual(['1', '1(1)', '1(2)', '2']);
  });

  it('reads a title and the earlier minute it follows up, "(min.8 refers)", then what was done, as an item', () => {
    const text =
      '12. Bus shelter (min.8 refers) The Clerk had chased the county council. Resolved that the glass be replaced.\n\n13. Notice board (min.9 refers) the joiner had not replied. Cllr Ash to ask again.';
    expect(findAgendaItems(extractPlainText(text).blocks, false).map((i) => [i.number, i.title])).toEqual([
      ['12', 'Bus shelter'],
      ['13', 'Notice board'],
    ]);
  });

  it.each<[string, string, string | null, string | null]>([
    [
      'a body whose name has "to" in it, in "A meeting of … was held on"',
      'The Grants to Charities Committee – Minutes\n\nA meeting of the Grants to Charities Committee was held on Wednesday 4th June 2014 at 7pm in the Library.',
      'Grants to Charities Committee',
      '2014-06-04',
    ],
    [
      'a body numbered among its like, on a meeting page',
      'Agenda and minutes\n\nPlans Sub-Committee No. 2 - Tuesday 6 March 2018 6.30 pm\n\nVenue: Civic Centre',
      'Plans Sub-Committee No. 2',
      '2018-03-06',
    ],
    [
      'the members of a body summoned to its meeting',
      'AGENDA FOR THE INVESTMENT SUB COMMITTEE\n\nMembers of the Investment Sub Committee are summoned to attend a meeting in the Council Chamber on 14 May 2019 at 6 pm.',
      'Investment Sub-Committee',
      '2019-05-14',
    ],
    [
      'a document named by its meeting, the date year first',
      'Meeting documents\n\nDocument: 2001-07-02 CABINET\n\nPRESENT: Councillor Ash (Leader); Councillors Birch and Cole.',
      'Cabinet',
      '2001-07-02',
    ],
    [
      'a council’s cabinet, named with the council on a meeting page',
      'Agenda and decisions\n\nAshby Borough Council Cabinet\nMonday, 16th March, 2020 6.00 pm\n\nVenue: Town Hall',
      'Cabinet',
      '2020-03-16',
    ],
    [
      'a combined authority’s board keeps its name; members invited to suggest items name no body',
      'Ashby Combined Authority Board - Friday 5 June 2020 10.00 am\n\nMembers of the Board are invited to put forward items for future agendas.',
      'Ashby Combined Authority Board',
      '2020-06-05',
    ],
  ])('reads %s', (_shape, text, committee, date) => {
    expect(header(text)).toMatchObject({ committee, date });
  });

  it('reads a date whose year has the time glued to it ("9th March 20157pm")', () => {
    expect(header('Minutes of Ashby Town Council meeting held Monday 9th March 20157pm at the Hall').date).toBe(
      '2015-03-09',
    );
  });
});

describe('shapes met on real pages in the forty-fifth session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a body’s agreement over bullets, after "In addition to this"',
      'Minutes of the Steering Group held on 4 June 2024\n\n3. Draft plan\n\nThe group went through the draft page by page. In addition to this the working group agreed:\n• to renumber the policies\n• to replace the cover photograph\n• shorten the introduction',
      [
        ['resolution', 'Renumber the policies'],
        ['resolution', 'Replace the cover photograph'],
        ['resolution', 'Shorten the introduction'],
      ],
    ],
    [
      'a resolution, then ", and that" the clerk would act',
      'Minutes of the Hall Committee held on 4 June 2024\n\n7. Hire charges\n\nThe Committee noted that the county council wished to hire the small hall on polling day. It was RESOLVED to charge £18 per hour for the day, and that the Clerk would ask the insurers about evening lets.',
      [
        ['resolution', 'Charge £18 per hour for the day.'],
        ['resolution', 'The Clerk would ask the insurers about evening lets.'],
      ],
    ],
    [
      'something NOTED in the passive, in capitals',
      'Minutes of the Audit Committee held on 4 June 2024\n\n5. Risk register\n\nAfter some questions, the updated risk register was NOTED.',
      [['resolution', 'After some questions, the updated risk register was NOTED.']],
    ],
    [
      'a team that would do something',
      'Minutes of the Licensing Committee held on 4 June 2024\n\n9. Training\n\nThe Licensing Team would shortly circulate dates for the refresher sessions.',
      [['action', 'The Licensing Team would shortly circulate dates for the refresher sessions.']],
    ],
    [
      'all councillors asked to send something in, written "All Cllrs"',
      'Minutes of Ashby Parish Council held on 4 June 2024\n\n4. Playing field\n\nAll Cllrs were requested to send any ideas for the field to the Clerk by the end of the month.',
      [['action', 'All Cllrs were requested to send any ideas for the field to the Clerk by the end of the month.']],
    ],
    [
      'councillors who will act along with the clerk',
      'Minutes of Ashby Parish Council held on 4 June 2024\n\n6. Village green\n\nCllrs Ash and Birch along with the Clerk will form the green working party.',
      [['action', 'Cllrs Ash and Birch along with the Clerk will form the green working party.']],
    ],
    [
      'a rate set, with nothing after it',
      'Minutes of the Drainage Board held on 4 June 2024\n\n3. Rate\n\nA rate of 4.20p in the £ was set.',
      [['resolution', 'A rate of 4.20p in the £ was set.']],
    ],
    [
      'members who would welcome hearing more at the next meeting',
      'Minutes of the Joint Committee held on 4 June 2024\n\n16. Service report\n\nMembers were pleased with the new memorial garden and would welcome hearing visitors’ views at the next committee meeting.',
      [
        [
          'request',
          'Members were pleased with the new memorial garden and would welcome hearing visitors’ views at the next committee meeting.',
        ],
      ],
    ],
    [
      'not outcomes: what a report asked, and a meeting suspended for a speaker',
      'Minutes of the Executive held on 4 June 2024\n\n4. Housing strategy\n\nA report from the Director of Housing asked that the draft strategy be approved for consultation.\n\n5. Visitor\n\nAt 7.15 pm, when the visiting speaker arrived, the meeting was suspended and Mrs Dee was invited to speak.',
      [],
    ],
    [
      'a vote for the proposal, then who was elected: the election alone',
      'Minutes of Ashby Parish Council held on 4 June 2024\n\n1. Election of Chair\n\nCllr Ash proposed that Cllr Birch be re-elected as Chair. This was seconded by Cllr Cole. Members all voted to accept the proposal. Cllr Birch said she was willing to stand again and was duly elected.\n\nThe Closed Session was suspended for the Open Session',
      [['resolution', 'Cllr Birch said she was willing to stand again and was duly elected.']],
    ],
    [
      'something left for the clerk to do',
      'Minutes of Ashby Parish Council held on 4 June 2024\n\n8. Football pitch\n\nThe club asked to use the pitch on Saturdays. After discussion it was left for the Clerk to agree the dates with the club secretary.',
      [['action', 'After discussion it was left for the Clerk to agree the dates with the club secretary.']],
    ],
    [
      'a minute’s reference, "Min. 72:", before what it records',
      'Minutes of the Working Group held on 4 June 2024\n\nMin. 72: DRAFT PLAN: It was agreed that the draft be sent to the parish council first.\n\nMin. 73: NEXT MEETING: It was agreed that the group now meets every two months.',
      [
        ['follow-up', 'The draft be sent to the parish council first.'],
        ['follow-up', 'The group now meets every two months.'],
      ],
    ],
    [
      'a request tagged "(Action)", then an undertaking in the next paragraph',
      'Minutes of the Area Committee held on 4 June 2024\n\n8. Ward budget\n\nMinutes:\n\nMembers requested that the road safety appendix also list the schemes turned down last year. (Action)\n\n \n\nOfficers agreed to add a table of the requests that had been turned down. (Action)',
      [
        ['request', 'Members requested that the road safety appendix also list the schemes turned down last year.'],
        ['action', 'Officers to add a table of the requests that had been turned down.'],
      ],
    ],
    [
      'lettered parts that go on from an earlier list, after a colon',
      'Decision\n\nRESOLVED that Cabinet agrees to add two further recommendations to its decision of 1 April: (d) that officers keep talking to the town councils about the library buildings; and (e) that the libraries in question stay open until those talks are finished.',
      [
        ['resolution', 'Cabinet agrees to add two further recommendations to its decision of 1 April'],
        ['resolution', 'Officers keep talking to the town councils about the library buildings'],
        ['resolution', 'The libraries in question stay open until those talks are finished.'],
      ],
    ],
    [
      'undertakings said in an informal group’s notes',
      'Notes of the Steering Group held on 4 June 2024\n\n3. Website\n\nBob said he will come back to the June meeting with a costed plan. Sal explained she will e-mail her notes to the group. Rhian confirmed she would be working on an easy-read version over the summer.\n\n4. Survey\n\nThe Chair asked for the survey results to be shared. He agreed that these would also be circulated to members.',
      [
        ['action', 'Bob said he will come back to the June meeting with a costed plan.'],
        ['action', 'Sal explained she will e-mail her notes to the group.'],
        ['action', 'Rhian confirmed she would be working on an easy-read version over the summer.'],
        ['request', 'The Chair asked for the survey results to be shared.'],
        ['action', 'He agreed that these would also be circulated to members.'],
      ],
    ],
    [
      'round bullets glued to their first word',
      'Notes of the Steering Group held on 3 March 2025\n\n3. Project leader\n\n•All members AGREED that a new project leader should be found\n•Tom said he would come back to the May meeting with a job outline\n\n4. Website\n\n•Ann said that she will e-mail the link to everyone once it is live.',
      [
        ['resolution', 'All members AGREED that a new project leader should be found'],
        ['action', 'Tom said he would come back to the May meeting with a job outline'],
        ['action', 'Ann said that she will e-mail the link to everyone once it is live.'],
      ],
    ],
    [
      'an election said whole as the item’s line, with no full stop, and one "duly voted in"',
      'Minutes of the Annual Meeting of Ashby Parish Council held on 16 May 2024\n\n1. Cllr Ann Ash was unanimously re-elected as Chair for the year and signed the form.\n\n2. Cllr Ben Birch was unanimously re-elected as Vice Chairman\n\n3. Officers\n\nCllr Cai Cole was proposed as Tree Warden and duly voted in by all members.',
      [
        ['resolution', 'Cllr Ann Ash was unanimously re-elected as Chair for the year and signed the form.'],
        ['resolution', 'Cllr Ben Birch was unanimously re-elected as Vice Chairman'],
        ['resolution', 'Cllr Cai Cole was proposed as Tree Warden and duly voted in by all members.'],
      ],
    ],
    [
      'a numbered action with a hyphen for its colon',
      'Notes of the Delivery Group held on 3 March 2025\n\n2. Terms of reference\n\nThe Group agreed the terms of reference, subject to one change.\n\nAction 2.1-  Secretariat to revise the terms of reference to show the change.',
      [
        ['resolution', 'The Group agreed the terms of reference, subject to one change.'],
        ['action', 'Secretariat to revise the terms of reference to show the change.'],
      ],
    ],
    [
      'feedback requested, in the passive',
      'Minutes of the Scrutiny Committee held on 3 March 2025\n\n5. Elections\n\nFeedback was requested from the Elections Team on what had been done to encourage postal voting.',
      [
        [
          'information-request',
          'Feedback was requested from the Elections Team on what had been done to encourage postal voting.',
        ],
      ],
    ],
    [
      'a body’s decisions in a series, each read with the body',
      'Minutes of the Area Committee held on 16 January 2025\n\n4. Harbour business case\n\nThe Committee thanked the officers for their work, welcomed the work so far, noted the timetable for the business case, agreed to hold a seminar for members, and asked that the harbour slides be sent to all members.',
      [
        ['resolution', 'The Committee noted the timetable for the business case'],
        ['resolution', 'The Committee agreed to hold a seminar for members'],
        ['request', 'The Committee asked that the harbour slides be sent to all members.'],
      ],
    ],
    [
      'someone asked by name alone to report back',
      'Minutes of Ashby Parish Council held on 14 October 2025\n\n87. Speed limit\n\nThe consultation on the lower limit has closed and the new signs have been ordered. Cllr Ash asked Morag to report back on when the new signs are due.',
      [['action', 'Cllr Ash asked Morag to report back on when the new signs are due.']],
    ],
    [
      'a decision’s part broken over a web page’s short lines, its verb three lines down',
      'Issue - meetings\n\nMeeting: 18/10/2025 - Executive (Item 12)\n\n2.1 That the Executive’s replies\nto the recommendations of the Housing\nand Care\nScrutiny Committee review of damp in council homes, as shown in\npart 3 of the report, be agreed.\nReason for decision – to reply to the review.',
      [
        [
          'resolution',
          'The Executive’s replies to the recommendations of the Housing and Care Scrutiny Committee review of damp in council homes, as shown in part 3 of the report, be agreed.',
        ],
      ],
    ],
    [
      '"It was agreed" with no "that", five words before "would"',
      'Minutes of the Risk Committee held on 3 March 2025\n\n6. Audit recommendations\n\nMembers went through the open recommendations. It was agreed a note on the overdue actions would come to the next meeting.',
      [['follow-up', 'A note on the overdue actions would come to the next meeting.']],
    ],
    [
      'someone asked the clerk to redistribute something',
      'Minutes of Ashby Parish Council held on 3 March 2025\n\n5. Grants\n\nCllr Ash asked the clerk to redistribute the county grant criteria to every member.',
      [['action', 'Cllr Ash asked the clerk to redistribute the county grant criteria to every member.']],
    ],
    [
      'how it was carried and the keyword ending a paragraph, over roman parts; a question is not a request',
      'Minutes of the Civic Affairs Committee held on 3 March 2025\n\n9. Risk management\n\nThe Committee asked for clarification of the two measures of risk. The auditor explained them. Unanimously resolved:\n\ni. To note the work done by Internal Audit since the last meeting.\n\nii. To say whether further progress reports are needed.',
      [
        ['resolution', 'Note the work done by Internal Audit since the last meeting.'],
        ['resolution', 'Say whether further progress reports are needed.'],
      ],
    ],
    [
      'who sat, listed under a page’s "Action Sheet" title, is no action',
      'Housing Scrutiny Panel 12 March 2025\n\nAction Sheet\n\nMembers: Councillors Ash (Chair), Birch, Cole and Dunn.\n\nOfficers: Eve Ford.\n\nThe slow progress of the damp survey was raised and this was to be followed up by the Scrutiny Officer.',
      [
        [
          'action',
          'The slow progress of the damp survey was raised and this was to be followed up by the Scrutiny Officer.',
        ],
      ],
    ],
    [
      'someone named who would be invited to the next meeting, after "and"',
      'Minutes of Ashby Parish Council held on 3 March 2025\n\n7. Police\n\nConcerns were raised about parking outside the school and Sgt Dee Ash would be invited along at the next meeting, to speak about it.',
      [
        [
          'action',
          'Concerns were raised about parking outside the school and Sgt Dee Ash would be invited along at the next meeting, to speak about it.',
        ],
      ],
    ],
    [
      '"To clarify matters" before what was approved is no agenda business',
      'Minutes of the Hall Committee held on 3 March 2025\n\n6. Finance\n\nTo clarify matters a separate budget for the new shelter had been circulated and this was approved.',
      [
        [
          'resolution',
          'Clarify matters a separate budget for the new shelter had been circulated and this was approved.',
        ],
      ],
    ],
    [
      'a part that notes, then decides',
      'Minutes of the Joint Committee held on 12 March 2025\n\n4. Growth plan\n\nDecision: The Committee:\n(a) endorsed the publication of the growth plan\n(b) noted that the plan was a draft and agreed to delegate its final sign-off to the Chair',
      [
        ['resolution', 'Endorsed the publication of the growth plan'],
        ['resolution', 'Noted that the plan was a draft and agreed to delegate its final sign-off to the Chair'],
      ],
    ],
    [
      'a vote, then "RESOLVED that" with no full stop between',
      'Minutes of Ashby Parish Council held on 17 November 2025\n\nCM 902 Vacancies\n\nTwo candidates gave short talks. It was proposed by Cllr Ash, seconded by Cllr Birch and with 11 votes for and 2 against RESOLVED that Cai Cole be co-opted to the Parish Council for the Hill ward.',
      [['resolution', 'Cai Cole be co-opted to the Parish Council for the Hill ward.']],
    ],
    [
      'an officer who confirmed that copies could be circulated',
      'Minutes of the Standards Committee held on 31 July 2025\n\n12. Training\n\nMr Dale confirmed that copies of the slides used in the training could be circulated to Members ahead of the next meeting.',
      [
        [
          'action',
          'Mr Dale confirmed that copies of the slides used in the training could be circulated to Members ahead of the next meeting.',
        ],
      ],
    ],
    [
      'what an officer gave the meeting, listed, is no request',
      'Minutes of the Community Committee held on 4 December 2025\n\n6. City plan update\n\nThe Head of Policy attended and provided Members with the following information:\n\n  • The plan was launched two years ago.\n  • It focused on three themes.\n\nRESOLVED – That the update be noted.',
      [['resolution', 'The update be noted.']],
    ],
    [
      'a letter that would soon go out',
      'Minutes of Ashby Parish Council held on 4 December 2025\n\n5. Speeding\n\nThe speed survey results were discussed and a letter would soon go out to every household.',
      [['action', 'The speed survey results were discussed and a letter would soon go out to every household.']],
    ],
    [
      'parts named inside a decision’s subject, its verb after them: one decision',
      'Decision:\n\nThat the admission arrangements for 2027, as changed on the night to show (i) the dropped proposal for Ashby Junior School and (ii) the new catchment for Birch Junior School, be approved.',
      [
        [
          'resolution',
          'The admission arrangements for 2027, as changed on the night to show (i) the dropped proposal for Ashby Junior School and (ii) the new catchment for Birch Junior School, be approved.',
        ],
      ],
    ],
    [
      'a role and the name of who holds it, to act; someone who would work with the chair',
      'Minutes of Ashby Town Council held on 11 May 2025\n\nFC/5/2025 Public participation\n\nA resident asked about litter in the market place. Town Centre Manager Jo Dale to look into this.\n\nFC/6/2025 Community plan\n\nThe Director said that she would work with the Chair on a timetable for the plan.',
      [
        ['action', 'Town Centre Manager Jo Dale to look into this.'],
        ['action', 'The Director said that she would work with the Chair on a timetable for the plan.'],
      ],
    ],
    [
      'round bullets glued to a first word in small letters, under what the council agreed',
      'Minutes of Ashby Parish Council held on 10 March 2026\n\n2. Playing field\n\nThe plans were discussed. In addition to this the council agreed:\n•to replace the swings\n•to repaint the benches',
      [
        ['resolution', 'Replace the swings'],
        ['resolution', 'Repaint the benches'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('shapes met on real pages in the forty-sixth session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a keyword in capitals ending its paragraph with no colon, over numbered parts',
      'Minutes of the Licensing Committee held on 9 March 2023\n\n4. Licensing update\n\nThe officer outlined the work of the section since the last meeting.\n\nAfter questions from members, it was AGREED\n\n(i) to note the update;\n\n(ii) to note that the street trading policy would be reviewed before it goes to Cabinet; and\n\n(iii) to receive a report on the new dog breeding rules at the next meeting.',
      [
        ['resolution', 'After questions from members, it was AGREED to note the update'],
        [
          'resolution',
          'After questions from members, it was AGREED to note that the street trading policy would be reviewed before it goes to Cabinet',
        ],
        [
          'resolution',
          'After questions from members, it was AGREED to receive a report on the new dog breeding rules at the next meeting.',
        ],
      ],
    ],
    [
      'someone asked to find out why something no longer happens (not a negative)',
      'Minutes of the Parish Council meeting held on 6 June 2023\n\n7. Footpaths\n\nThe stile on Mill Lane had been reported as broken. The Clerk was asked to contact the landowner to find out why it is no longer being repaired.',
      [['action', 'The Clerk was asked to contact the landowner to find out why it is no longer being repaired.']],
    ],
    [
      "a matter's title under a bare keyword, over what an officer reported: no decision",
      'Minutes of the Parish Council meeting held on 6 June 2023\n\n8. Matters arising\n\nRESOLVED:\n\nPlaying Field\n\nThe Clerk informed Members that the new gate had been fitted and the old one taken away by the contractor.\n\nChurch Wall\n\nThe Clerk had spoken to the diocese. The Clerk was asked to write to the churchwardens about the loose stones.',
      [['action', 'The Clerk was asked to write to the churchwardens about the loose stones.']],
    ],
    [
      'what a body wished for, after "Also,"',
      'Minutes of the Scrutiny Committee held on 9 March 2023\n\n3. Matters arising\n\nA list of acronyms had been asked for at the last meeting. Also, Members wished for an update on the joining of the two housing teams.',
      [['request', 'Also, Members wished for an update on the joining of the two housing teams.']],
    ],
    [
      'who declared someone duly re-elected, and "declared them re-elected"',
      'Minutes of the Annual Assembly held on 2 May 2023\n\n2. Elections\n\nThe Chairman called for nominations for the office of Warden. Mr Ash was proposed and seconded. The Chairman declared Mr Ash duly re-elected as Warden for a further term of three years.\n\n3. Auditors\n\nThe two auditors offered to serve again. There were no other nominations and the Chairman therefore declared them re-elected.',
      [
        ['resolution', 'The Chairman declared Mr Ash duly re-elected as Warden for a further term of three years.'],
        ['resolution', 'There were no other nominations and the Chairman therefore declared them re-elected.'],
      ],
    ],
    [
      'an officer who agreed that a briefing note would be shared with the committee',
      "Minutes of the Children's Scrutiny Committee held on 9 March 2023\n\n5. School places\n\nIn answer to Councillor Dale, the Director of Education agreed that a briefing note and a timetable for the new places would be shared with the Board before its next meeting.",
      [
        [
          'action',
          'In answer to Councillor Dale, the Director of Education agreed that a briefing note and a timetable for the new places would be shared with the Board before its next meeting.',
        ],
      ],
    ],
    [
      'two agreements in one sentence, joined by "but it was also agreed"',
      'Minutes of the Parish Council meeting held on 6 June 2023\n\n6. Village survey\n\nAfter discussion, it was agreed that the first option was preferred by the council but it was also agreed to ask residents by a survey.',
      [
        ['follow-up', 'The first option was preferred by the council'],
        ['follow-up', 'Ask residents by a survey.'],
      ],
    ],
    [
      'ORDERED, then a second decision worded the same way in the next sentence',
      'Minutes of the Scrutiny Board held on 9 March 2023\n\n4. Panel reviews\n\nORDERED that the review of empty homes started by the former panel be continued by the Board. A plan for the review be brought to the Board’s next meeting.',
      [
        ['resolution', 'The review of empty homes started by the former panel be continued by the Board.'],
        ['resolution', 'A plan for the review be brought to the Board’s next meeting.'],
      ],
    ],
    [
      'a proposal seconded, then "Resolved: the motion was carried" (the quote keeps the keyword)',
      'Minutes of the Finance Committee held on 3 May 2022\n\n2. Accounts\n\nThe Clerk presented the payments for the month. It was proposed and seconded that the month’s payments be approved Resolved: the motion was carried.',
      [['resolution', 'It was proposed and seconded that the month’s payments be approved']],
    ],
    [
      'a decision\'s parts on a web page\'s short lines: the number, "To", then the rest',
      "Minutes of the Harbour Committee held on 4 March 2025\n\n5. Harbour Manager's report\n\nDecision:\nResolved:\n1.\nTo\nnote the report and the points made in discussion.\n2.\nTo\nhold a drop-in session for berth holders in the spring.\n3.\nTo\nask for a paper on silting at the next\nmeeting.",
      [
        ['resolution', 'Note the report and the points made in discussion.'],
        ['resolution', 'Hold a drop-in session for berth holders in the spring.'],
        ['resolution', 'Ask for a paper on silting at the next meeting.'],
      ],
    ],
    [
      'members told that results would be shared, after "It was detailed that"',
      "Minutes of the Harbour Committee held on 4 March 2025\n\n5. Harbour Manager's report\n\nThe Manager took members through the figures. It was detailed that the findings of the berth holders' survey would be circulated to Members in the new year.",
      [
        [
          'information-request',
          "It was detailed that the findings of the berth holders' survey would be circulated to Members in the new year.",
        ],
      ],
    ],
    [
      'a cabinet member who NOTED the report, in capitals',
      'Record of decisions of the Cabinet Member for Housing, 3 March 2025\n\n12. Rent collection\n\nThe Cabinet Member NOTED the report.',
      [['resolution', 'The Cabinet Member NOTED the report.']],
    ],
    [
      '"The following changes were agreed in the course of …" with a full stop, over bullets run into one line',
      'Minutes of the Licensing Committee held on 4 March 2025\n\n6. Licensing policy\n\nMinutes: The Head of Service introduced the draft policy.\nThe following changes were agreed in the course of the debate.\n· Paragraph 12. Change may to must; · Add a paragraph on deliveries at night; · Strengthen the wording on pavement seating.',
      [
        ['resolution', 'Paragraph 12. Change may to must'],
        ['resolution', 'Add a paragraph on deliveries at night'],
        ['resolution', 'Strengthen the wording on pavement seating.'],
      ],
    ],
    [
      'what the clerk said the chairman would do',
      'Minutes of the Town Council meeting held on 4 March 2025\n\n9. Correspondence\n\nA letter had come from the chairman of the next parish about a joint plan. The clerk told members that the chair would talk to her and then report back.',
      [['action', 'The clerk told members that the chair would talk to her and then report back.']],
    ],
    [
      "councillors' request of the Clerk, and a councillor's undertaking, in one sentence",
      'Minutes of the Parish Council meeting held on 4 March 2025\n\n6. Public participation\n\nA volunteer described the community bus. Councillors asked the Clerk to put details of the bus in the newsletter and Councillor Ash agreed to leave leaflets in the shop.',
      [
        ['action', 'Councillors asked the Clerk to put details of the bus in the newsletter.'],
        ['action', 'Councillor Ash to leave leaflets in the shop.'],
      ],
    ],
    [
      'the chair and officers who would do something',
      'Notes of the Task Group, 4 March 2025\n\n2. Timetable\n\nThe group had to report by the summer. The Chair and scrutiny officers would draw up a timetable to meet this.',
      [['action', 'The Chair and scrutiny officers would draw up a timetable to meet this.']],
    ],
    [
      'members asked, in the present, to send something on, after "and"',
      'Minutes of the Parish Council meeting held on 4 March 2025\n\n7. Footpaths\n\nSeveral paths are overgrown, and members are asked to send Cllr Ash a note of the worst ones.',
      [['request', 'Several paths are overgrown, and members are asked to send Cllr Ash a note of the worst ones.']],
    ],
    [
      'a motion moved and seconded, then "Motion put, and on a show of hands, declared CARRIED" in the next numbered paragraph',
      'Minutes of the Council meeting held on 3 March 2025\n\n1. Appointment of a Deputy Chair\n\n1.1 Motion moved by the Mayor and seconded by Councillor Ash, that Councillor Birch be chosen as Deputy Chair for the meeting.\n\n1.2 Motion put, and on a show of hands, declared CARRIED.',
      [
        [
          'resolution',
          'Motion moved by the Mayor and seconded by Councillor Ash, that Councillor Birch be chosen as Deputy Chair for the meeting. Motion put, and on a show of hands, declared CARRIED.',
        ],
      ],
    ],
    [
      'a motion, then "The motion was put to the vote and declared carried."',
      'Minutes of the Council meeting held on 3 March 2025\n\n4. Hall hire\n\nIt was moved by Councillor Ash and seconded by Councillor Birch that hall charges stay the same for next year. The motion was put to the vote and declared carried.',
      [
        [
          'resolution',
          'It was moved by Councillor Ash and seconded by Councillor Birch that hall charges stay the same for next year. The motion was put to the vote and declared carried.',
        ],
      ],
    ],
    [
      'a grant of permission over its numbered conditions: one decision, its conditions its details',
      'Minutes of the Planning Committee held on 3 March 2025\n\n5. 24/0001/FUL Mill Farm\n\nA vote was taken and was unanimous.\n\nThat permission be granted subject to the following conditions:\n\n1. The barn shall be used only for storage\n\n2. Within 6 months a tree planting plan shall be sent to the planning authority;\n\n3. No floodlights shall be fitted.',
      [
        [
          'resolution',
          'Permission be granted subject to the following conditions: The barn shall be used only for storage; Within 6 months a tree planting plan shall be sent to the planning authority; No floodlights shall be fitted.',
        ],
      ],
    ],
    [
      '"That the Executive recommend … to Full Council", its keyword lost',
      'Minutes of the Executive held on 3 March 2025\n\n6. Corporate Plan\n\nTo consider the refreshed Corporate Plan.\n\nThat the Executive recommend the Corporate Plan to Full Council with one change to the housing section.',
      [
        [
          'recommendation',
          'The Executive recommend the Corporate Plan to Full Council with one change to the housing section.',
        ],
      ],
    ],
    [
      'who took a decision, said under it: not an outcome',
      'Decisions published, March 2025\n\n03/03/2025 - Tennis courts ref: 101\n\nDecision: Approve a two-year licence for the tennis club to use the courts.\n\nThis decision was made by the Head of Leisure, in consultation with the Cabinet Member for Sport.',
      [['resolution', 'Approve a two-year licence for the tennis club to use the courts.']],
    ],
    [
      "a note in brackets between a decision's lettered parts: the parts go on below it",
      'Decisions of the Cabinet, 3 March 2025\n\nDecision:\n\nRESOLVED\n\nThat the Cabinet:\n\na) approves the bid for the town centre fund\n\nb) delegates authority to the Director of Place to sign the grant agreement.\n\n(Standing delegations 4 and 5 will be used for this.)\n\nc) asks Full Council to add the grant to the capital programme.',
      [
        ['resolution', 'Approves the bid for the town centre fund'],
        ['resolution', 'Delegates authority to the Director of Place to sign the grant agreement.'],
        ['resolution', 'Asks Full Council to add the grant to the capital programme.'],
      ],
    ],
    [
      "someone's report with an initial in their name, noted in the passive",
      'Minutes of the Parish Council meeting held on 3 March 2025\n\n5. Reports\n\nPCSO A. Dale’s report to the annual parish meeting was noted.',
      [['resolution', 'PCSO A. Dale’s report to the annual parish meeting was noted.']],
    ],
    [
      'a vote of thanks extended, and one passed in the subjunctive',
      'Minutes of the Council meeting held on 3 March 2025\n\n9. Retirement\n\nAt the close of the meeting a vote of thanks was extended to the retiring Town Clerk.\n\n10. Tribute\n\nMembers passed a unanimous vote of thanks for the volunteers who ran the flood centre.',
      [
        ['resolution', 'At the close of the meeting a vote of thanks was extended to the retiring Town Clerk.'],
        ['resolution', 'Members passed a unanimous vote of thanks for the volunteers who ran the flood centre.'],
      ],
    ],
    [
      'someone confirmed again as Leader, and someone named as Mayor',
      'Annual Council, 19 May 2025\n\nThe annual meeting was held at the town hall. Cllr Ash was once again confirmed as Leader for the year. Cllr Birch was named as the Mayor for 2025/26.',
      [
        ['resolution', 'Cllr Ash was once again confirmed as Leader for the year.'],
        ['resolution', 'Cllr Birch was named as the Mayor for 2025/26.'],
      ],
    ],
    [
      "one person's vote of thanks: not a decision",
      'Minutes of the Parish Council meeting held on 3 March 2025\n\n8. Fete\n\nThe fete had raised £900. The Chair gave her own vote of thanks to the helpers.',
      [],
    ],
  ])('%s', readsWhole);
});

describe('meeting details met on real pages in the forty-fifth session', () => {
  it.each<[string, string, string | null, string | null]>([
    [
      'the day on the line below a summons that names none',
      'June 2024 Minutes\n\nAshby Parish Council\n\nParish councillors were summoned to attend the Council’s meeting\n\nMonday 17 June 2024 at 19:30\n\nThe meeting was held in line with the guidance confirmed on the 1 March 2024.',
      'Ashby Parish Council',
      '2024-06-17',
    ],
    [
      'not the day of the rules a meeting followed',
      'Ashby Parish Council\n\nMonday 17 June 2024 at 19:30\n\nThe Parish Council Meeting was held in line with the rules confirmed on the 1 March 2024.',
      'Ashby Parish Council',
      '2024-06-17',
    ],
    [
      'a letter’s date run into the notice of the meeting, the body in capitals',
      'ASHBY TOWN COUNCIL Town Clerk 1 High Street 3rd June, 2024 A meeting of the AMENITIES COMMITTEE will be held at the Pavilion on TUESDAY 11th JUNE, 2024 at 7:00pm.',
      'Amenities Committee',
      '2024-06-11',
    ],
  ])('reads %s', (_shape, text, committee, date) => {
    expect(header(text)).toMatchObject({ committee, date });
  });

  it('reads the body and day of a meeting page, not a report to another meeting listed among its papers', () => {
    expect(
      header(
        "Children's Scrutiny Committee\nTuesday, 10 December 2024\n\nMinutes of the meeting, which began at 10.00 am\n\nThe Committee also had before them:\n\n  • Restructure Report to Cabinet – 15 October 2024 by the Chief Executive",
      ),
    ).toMatchObject({ committee: "Children's Scrutiny Committee", date: '2024-12-10' });
  });

  it('reads a minute numbered "Min.72:" with no space after its label', () => {
    const numbers = findAgendaItems(
      extractPlainText(
        'Min 70: Minutes were agreed.\n\nMin 71: Matters arising: none.\n\nMin.72: Draft plan: it was agreed to send it out.\n\nMin. 73: Next meeting: in March.',
      ).blocks,
      false,
    ).map((i) => i.number);
    expect(numbers).toEqual(['70', '71', '72', '73']);
  });
});

describe('what a paper is and its date, met on real pages in the forty-fifth session', () => {
  it('reads a meeting’s running order ("It will be proposed that …", "The proposal will be seconded.") as an agenda', async () => {
    const paper = await readPaper(
      'Meeting Details\n\n15 May 2026 - 18:15\n\n1. The retiring Chair will take the Chair.\n2. Election of Chair\nThe Council will elect the Chair for the year.\n(a) It will be proposed that Councillor Ash be made Chair for 2026/27.\n(b) The proposal will be seconded.\n(c) The motion will then be put to members.',
    );
    expect(paper.kind).toBe('agenda');
  });

  it('reads no date from the last meeting’s day wrapped below "To Approve the Minutes of the … Meeting Held"', async () => {
    const paper = await readPaper(
      'Present: Mr Ash (Chairman), Mrs Birch and 2 parishioners.\n- To Approve the Minutes of the Town Council’s last Meeting Held\n2nd March 2026\nAll agreed & signed by the Chairman.\n250. Matters Arising\nNone.',
    );
    expect(paper.date).toBeNull();
  });

  it('reads the body and day from "On Tuesday 14 th May 2024 a Meeting of … was held"', () => {
    expect(
      header(
        'On Tuesday 14 th May 2024 a Meeting of Ashby Council was held in the Village Hall at 7.00 pm PRESENT: Cllrs Ash (Chair) and Birch\n\n101 Apologies were received from Cllr Cole.',
      ),
    ).toMatchObject({ committee: 'Ashby Council', date: '2024-05-14' });
  });
});

describe('a proposal carried after "Resolved:", quoted as printed', () => {
  it('keeps the keyword between the proposal and its vote in the quote', () => {
    const [found] = outcomesFound(
      'Minutes of the Finance Committee held on 3 May 2022\n\n2. Accounts\n\nThe Clerk presented the payments for the month. It was proposed and seconded that the month’s payments be approved Resolved: the motion was carried.',
    );
    expect(found?.text).toBe('It was proposed and seconded that the month’s payments be approved');
    expect(found?.quote).toContain('payments be approved Resolved: the motion was carried');
  });
});

describe('what a paper is and its date, met on real pages in the forty-sixth session', () => {
  it('reads no meeting date from a news post’s day over the month’s meeting it tells of', async () => {
    const paper = await readPaper(
      'News\n\nMonday 20 November 2023\n\nParish Council October Meeting\n\nThe October meeting of the parish council heard that the new bus shelter had been ordered. Councillors agreed to ask residents about a speed watch group.',
    );
    expect(paper.date).toBeNull();
  });
});

describe('items and decisions met on real pages in the forty-sixth session', () => {
  it('reads a committee’s own page ("Committee details", "Purpose of committee") as deciding nothing', async () => {
    const paper = await readPaper(
      'Committee details\n\nPurpose of committee\n\nTo deal with licensing hearings, including -\n\na) Application for a premises licence – if a representation is made.\n\nb) Decision to object when the council is a consultee.\n\nc) Decision to issue a counter notice on an event notice.',
    );
    expect(paper.kind).not.toBe('minutes');
    expect(paper.outcomes).toEqual([]);
  });

  it('reads minutes in note form ("Apologies received and accepted:", "proposed AB / seconded CD") and "P.Cnllrs resolved"', async () => {
    const paper = await readPaper(
      'Parish Council Meeting - Monday 3rd March 2025 at 7pm Village Hall 25.03.01 Apologies received and accepted: P.Cnllr A. Ash.\n\n25.03.02 Minutes of the last meeting – proposed BB / seconded CC / unanimous.\n\n25.03.03 Planning: Mill House, Church Lane - after a short discussion, P.Cnllrs resolved that the extension should follow the approved plans.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => o.text)).toContain(
      'Planning: Mill House, Church Lane - after a short discussion, Councillors resolved that the extension should follow the approved plans.',
    );
  });

  it('reads articles numbered in Roman figures, "I" and "V" too, each title in capitals', async () => {
    const paper = await readPaper(
      'At a MEETING of the HOUSING COMMITTEE held at Ashby on 3rd March, 2025.\nThe minute of the meeting of this Committee of 3rd February, 2025 was held as read.\nI DECLARATION OF INTEREST\nNo declarations of interest were made.\nII RENT ARREARS 2024/2025\nThe Committee noted the report.\nIII REPAIRS SERVICE\nThe Committee agreed to ask for a report on damp.\nIV TENDERS\nThe Committee agreed to accept the lowest offer for roof works.\nV CAPITAL PLAN\nThe plan was noted.',
    );
    expect(paper.items.map((i) => i.number)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });

  it('reads a decision worded "That … be noted", its keyword lost, above the next item’s "Additional documents:"', () => {
    expect(
      outcomesOf(
        'Annual Letter PDF 238 KB Additional documents: Minutes: The Committee considered the annual letter.\n\nThat the annual letter be noted.\n\nAdditional documents: Minutes: The Committee considered the consultation.\n\nThat the response be sent by the Monitoring Officer.',
      ),
    ).toContainEqual(['resolution', 'The annual letter be noted.']);
  });

  it('reads "That … be brought to …" above the next item’s "Additional documents:" as a decision too (one pattern for "That … be …ed" everywhere)', () => {
    expect(
      outcomesOf(
        'Audit Letter PDF 120 KB Additional documents: Minutes: Members looked at the audit letter.\n\nThat a summary of the letter be brought to the next meeting.\n\nAdditional documents: Minutes: Members looked at the draft plan.\n\nThat the reply be sent by the Monitoring Officer.',
      ),
    ).toContainEqual(['work-programme', 'A summary of the letter be brought to the next meeting.']);
  });
});

describe('shapes met on real pages in the forty-seventh session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a body that considered an application and, after discussion, resolved to object, or not to',
      'Minutes of the Parish Council meeting held on 5 June 2023\n\n6. Planning\n\n(i) 23/01234/OUT, Mill Lane: six houses. The Parish Council considered the plans, with letters from neighbours, and, after a discussion, resolved to object because the site would be overdeveloped.\n\n(ii) 23/01240/HOU, 4 Green Close: a porch. The Parish Council considered the scheme and, following debate, resolved not to oppose it.',
      [
        [
          'resolution',
          '23/01234/OUT, Mill Lane: six houses. The Parish Council considered the plans, with letters from neighbours, and, after a discussion, resolved to object because the site would be overdeveloped.',
        ],
        [
          'resolution',
          '23/01240/HOU, 4 Green Close: a porch. The Parish Council considered the scheme and, following debate, resolved not to oppose it.',
        ],
      ],
    ],
    [
      'someone proposed for an office, then "He was duly elected." and "She was unanimously elected and took the Chair."',
      'Minutes of the Appointments Committee held on 5 June 2023\n\n1. Election of Chair and Vice-Chair\n\nCouncillor Ash put forward Councillor Birch for Chair. She was unanimously elected and took the Chair.\n\nCouncillor Cole put forward Councillor Dale for Vice-Chair, seconded by Councillor Ash. He was duly elected.',
      [
        [
          'resolution',
          'Councillor Ash put forward Councillor Birch for Chair. She was unanimously elected and took the Chair.',
        ],
        [
          'resolution',
          'Councillor Cole put forward Councillor Dale for Vice-Chair, seconded by Councillor Ash. He was duly elected.',
        ],
      ],
    ],
    [
      'who decided, then "have:" over parts that each open with the verb',
      'Decision details\n\nDecision Maker: Cabinet Member for Finance\n\nDecision published: 12/09/2023\n\nThe Leader and the Cabinet Member for Finance have:\n\n(1) noted the budget position as set out in the report; and\n\n(2) approved the use of the contingency budget for the new school roof.',
      [
        ['resolution', 'Noted the budget position as set out in the report'],
        ['resolution', 'Approved the use of the contingency budget for the new school roof.'],
      ],
    ],
    [
      'what was agreed, and what is to be done, each just before whose action it is',
      'Minutes of the Community Council meeting held on 5 March 2024\n\n5. Actions from previous meetings\n\nAB has asked two firms to quote for cleaning the play area. It was agreed that the shelter is to be cleaned every quarter. Action AB\n\nCD has heard nothing from the county about the broken bin. New quotes to be obtained. Action CD',
      [
        ['follow-up', 'The shelter is to be cleaned every quarter.'],
        ['action', 'New quotes to be obtained.'],
      ],
    ],
    [
      'what will be placed on the website or referred on, after a subject of several words',
      'Minutes of the Parish Council meeting held on 5 June 2023\n\n7. Any other business\n\nCopies of past minutes will be placed on the parish website. Concerns about the hedge along the lane will be referred to the highways team.',
      [
        ['action', 'Copies of past minutes will be placed on the parish website.'],
        ['action', 'Concerns about the hedge along the lane will be referred to the highways team.'],
      ],
    ],
    [
      "the chair or members who asked whether someone could provide an update (not one member's question)",
      "Minutes of the Corporate Parenting Panel held on 5 June 2023\n\n4. Matters arising\n\nThe Chair asked if Sam could give an update on fostering at the March meeting. Members asked whether officers could bring a report on foster carers' allowances. Councillor Ash asked whether the Director could provide figures on placements.",
      [
        ['information-request', 'The Chair asked if Sam could give an update on fostering at the March meeting.'],
        ['information-request', "Members asked whether officers could bring a report on foster carers' allowances."],
      ],
    ],
    [
      'a decision\'s lettered parts going on below a heading between them, under a "Decision:" field',
      'Minutes of the Council held on 24 February 2025.\n\nPresent: Cllr A Ash.\n\nDecision:\n\nIn relation to the revenue budget\n\na. to set a budget requirement of £9.2M for 2025/26\n\nb. to approve a Council Tax increase of 2.9%\n\nIn relation to the capital programme\n\nc. approve the capital programme for 2025/26 to 2029/30\n\nd. approve the capital financing statement\n\nThe Treasurer thanked the finance team.',
      [
        ['resolution', 'Set a budget requirement of £9.2M for 2025/26'],
        ['resolution', 'Approve a Council Tax increase of 2.9%'],
        ['resolution', 'Approve the capital programme for 2025/26 to 2029/30'],
        ['resolution', 'Approve the capital financing statement'],
      ],
    ],
    [
      'what was put, then who proposed and seconded it and "carried", in note form',
      'Minutes of the Parish Council meeting held on 18 January 2025\n\n7. Recommendations\n\n7.1 Recommendation to agree the preferred contractor from the three quotes for a new website Prop Cllr AB, 2nd Cllr CD carried\n\n7.2 Recommendation that the Clerk keeps delegated powers to make payments online, to be reviewed within six months Prop Cllr AB, 2nd Cllr EF carried',
      [
        [
          'resolution',
          'Recommendation to agree the preferred contractor from the three quotes for a new website Prop Cllr AB, 2nd Cllr CD carried',
        ],
        [
          'resolution',
          'Recommendation that the Clerk keeps delegated powers to make payments online, to be reviewed within six months Prop Cllr AB, 2nd Cllr EF carried',
        ],
      ],
    ],
    [
      'the Clerk to act, then the Chairman who agreed to act, in one sentence; someone who undertook to act after a dash',
      'Minutes of the Community Council meeting held on 16 March 2025\n\n4. Footpaths\n\nThe order of the footpath works was discussed, the Clerk to write to the highways team and the Chairman agreed to ask the ranger for advice.\n\n5. Highways\n\nIt was noted that the verges could not be cut until the autumn, however the bend at Mill Road was a danger to drivers – Councillor Ann Ash undertook to speak to the householder.',
      [
        ['action', 'The order of the footpath works was discussed, the Clerk to write to the highways team'],
        ['action', 'The Chairman to ask the ranger for advice.'],
        ['action', 'Councillor Ann Ash to speak to the householder.'],
      ],
    ],
    [
      'what would be undertaken, and who would like someone else to act',
      "Minutes of the Consultative Committee held on 5 March 2025\n\n3. Matters arising\n\nA check of members' contact details would be undertaken before the list is sent out. RW would like the communities team to draw up an action plan for the summer.",
      [
        ['action', "A check of members' contact details would be undertaken before the list is sent out."],
        ['request', 'RW would like the communities team to draw up an action plan for the summer.'],
      ],
    ],
    [
      'a planning response "Application supported." after the application',
      'Minutes of the Parish Council meeting held on 10 April 2025\n\n5. Planning\n\n25/00346/ADV – a sign for the new homes on the old school site, Main Street. Application supported.',
      [
        [
          'resolution',
          '25/00346/ADV – a sign for the new homes on the old school site, Main Street. Application supported.',
        ],
      ],
    ],
    [
      'who will be advised or kept informed, what will be submitted, a topic added to a forward plan or made an item on it, and the council that would go on pressing',
      'Minutes of the Overview and Scrutiny Committee held on 3 March 2025\n\n5. Complaints\n\nThe complainant will be advised accordingly. Members would be kept updated on the work. The signed return would be submitted to the external auditor in June.\n\n6. Work programme\n\nThe committee would have the topic added to its forward plan for the spring. The housing review would be made a standing item on the work programme for the year.\n\n7. Broadband\n\nThe Council would continue to press the county council on this matter.',
      [
        ['action', 'The complainant will be advised accordingly.'],
        ['action', 'Members would be kept updated on the work.'],
        ['action', 'The signed return would be submitted to the external auditor in June.'],
        ['work-programme', 'The committee would have the topic added to its forward plan for the spring.'],
        ['work-programme', 'The housing review would be made a standing item on the work programme for the year.'],
        ['follow-up', 'The Council would continue to press the county council on this matter.'],
      ],
    ],
    [
      'what was put forward, then councillors requested to consider it, in one sentence',
      'Minutes of the Parish Council meeting held on 3 July 2025\n\n5. Mission statement\n\nThe Chairman said the council had no mission statement. A few ideas were offered and councillors were requested to think about the wording before the next meeting.',
      [
        [
          'request',
          'A few ideas were offered and councillors were requested to think about the wording before the next meeting.',
        ],
      ],
    ],
    [
      'what a councillor whose title has a full stop reported was done by another body: not a decision',
      'Minutes of the Community Council meeting held on 28 July 2025\n\n3. Matters arising\n\nItem 10b – Cllr. Mrs E. Ash reported that a new footpaths officer has been appointed by the county council. Clerk to email expressing our support.',
      [['action', 'Clerk to email expressing our support.']],
    ],
  ])('%s', readsWhole);
});

describe('what a paper is, met on real pages in the forty-seventh session', () => {
  it.each([
    [
      'an item’s page that opens with the agenda’s words, over the chair who welcomed and thanked and what officers said they would do',
      'To receive questions asked and statements made by members of the public\n\nThe Chairperson welcomed some forty residents to the meeting. Several residents spoke about the new playing fields.\n\nOfficers advised that they would send the dates for the new pitches to the Forum after the meeting.\n\nThe Chairperson thanked the speakers for their questions.',
      ['action', 'Officers advised that they would send the dates for the new pitches to the Forum after the meeting.'],
    ],
    [
      'an item’s page that opens with the agenda’s words, over a decision and who presented the reports',
      'To consider any reports from Select Committees.\n\nThat the two Select Committee reports be noted and their recommendations considered.\n\nThe Chairman of the Housing and Communities Select Committee presented the Select Committee’s recommendations on the budget. Cabinet were urged to keep the repairs service in the plan.',
      ['resolution', 'The two Select Committee reports be noted and their recommendations considered.'],
    ],
  ])('reads as minutes: %s', async (_shape, text, outcome) => {
    const paper = await readPaper(text);
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => [o.kind, o.text])).toContainEqual(outcome);
  });
});

describe('meeting details met on real pages in the forty-seventh session', () => {
  it.each<[string, string, string | null, string | null]>([
    [
      'a minutes title in capitals with no "of" before the body',
      'THE MINUTES OF THE MEETING ASHBY GREEN PARISH COUNCIL HELD IN THE VILLAGE HALL ON WEDNESDAY 12TH JANUARY 2011\n\n626. APOLOGIES FOR ABSENCE\n\nNone were received.\n\n627. POLICE MATTERS\n\nIt was agreed that the Police be asked to patrol the main street.',
      '2011-01-12',
      'Ashby Green Parish Council',
    ],
  ])('%s', readsMinutesOf);

  it('takes the day a notice gives for the meeting, not the day of the letter it is printed in', async () => {
    const paper = await readPaper(
      'ANN ASH Clerk 6th October 2020 | 3 Mill Lane, Ashby | Public notice is given that the next meeting of the Town Council will be held by video on 12th October 2020 at 7.30 pm.\n\nAGENDA\n\n1. Apologies\n\n2. Minutes of the last meeting',
    );
    expect(paper.kind).toBe('agenda');
    expect(paper.date).toBe('2020-10-12');
  });
});

describe('dates that are not the meeting’s, met on real pages in the forty-seventh session', () => {
  it.each([
    [
      'the minutes an agenda puts up for confirming',
      'Ashby Parish Council\n\nCONFIRMATION OF MINUTES: Parish Council Meeting 14th October 2019\n\nDECLARATIONS: Members to declare any interests.\n\n91.0 PLANNING:\n\n19/03157/FUL Mill House – Alterations',
    ],
    [
      'the week a consultation ends, told in the minutes of an item',
      'Venue: Council Chamber, Town Hall.\nContact: Ann Ash on 01234 567890\n| No. | Item |\n|---|---|\n|\nMinutes Minutes: The last meeting’s minutes were agreed and signed. |\n|\n|\nCORPORATE SERVICES PORTFOLIO |\n|\n|\nLicensing Policy Minutes: The Board considered a report on a new licensing policy, drafted so that consultation might start on, or about, 3rd September 2007, closing by week commencing 22nd October 2007. RESOLVED: That the draft go out for consultation. |',
    ],
  ])('gives no date: %s', async (_shape, text) => {
    expect((await readPaper(text)).date).toBeNull();
  });
});

describe('when an outcome is due, read from its own words', () => {
  it('does not take a due phrase from the sentence a short action is quoted with', () => {
    const found = outcomesFound(
      '3. Matters arising\n\nIt was agreed that Sue Ash be asked to speak at a meeting in the Spring. Clerk to send a note of thanks. Clerk to put it on the agenda for the next meeting.',
    );
    expect(found.map((o) => [o.text, o.dueHint])).toEqual([
      ['Sue Ash be asked to speak at a meeting in the Spring.', 'in the Spring'],
      ['Clerk to send a note of thanks.', null],
      ['Clerk to put it on the agenda for the next meeting.', 'next meeting'],
    ]);
  });
});

describe('shapes met on real pages in the forty-eighth session', () => {
  it.each<[string, string, [string, string][]]>([
    [
      'a resolution’s "That" before the members’ agreement',
      '4. Community safety\n\nThat the Members agreed that the Borough Council supports the street wardens scheme and promotes it with its partners.\n\n(Moved by Councillor A Ash and seconded by Councillor B Birch)',
      [
        [
          'resolution',
          'The Members agreed that the Borough Council supports the street wardens scheme and promotes it with its partners.',
        ],
      ],
    ],
    [
      'members who asked, named after "It was requested by"',
      '5. Leisure contract\n\nIt was also requested by Members that an update on income from the two leisure centres be provided every quarter.',
      [
        [
          'request',
          'It was also requested by Members that an update on income from the two leisure centres be provided every quarter.',
        ],
      ],
    ],
    [
      'the chair who noted what was said and agreed what would follow',
      '6. Enforcement\n\nA Member said that several cases had not been updated. The Chair noted the points made and agreed that replies would be obtained after the meeting.',
      [['follow-up', 'The Chair noted the points made and agreed that replies would be obtained after the meeting.']],
    ],
    [
      'a group that would be set up',
      '7. Work programme\n\nA joint budget sub group would be established and would meet before the budget.',
      [['follow-up', 'A joint budget sub group would be established and would meet before the budget.']],
    ],
    [
      'who seconded, and the vote, after the proposal',
      '8. Bench\n\nAB proposed that a new bench be bought for the green. CD seconded, all agreed.',
      [['resolution', 'AB proposed that a new bench be bought for the green.']],
    ],
    [
      'an action column run on at the end of a bullet, its verb in capitals',
      '9. Village matters\n\n• The bus shelter needs cleaning Clerk to Chase\n• The kerb on Mill Lane needs reporting Clerk to Report',
      [
        ['action', 'The bus shelter needs cleaning Clerk to Chase'],
        ['action', 'The kerb on Mill Lane needs reporting Clerk to Report'],
      ],
    ],
    [
      'someone titled Mrs to act, run on after a note',
      '10. Newsletter\n\nThe editor is happy for the Council to keep sending a page Mrs Ash to write the next one.',
      [['action', 'The editor is happy for the Council to keep sending a page Mrs Ash to write the next one.']],
    ],
    [
      'a "That" decision in which the body gives its thanks',
      '11. Vote of thanks\n\nThat the Council gives its thanks to Councillor Ash and Councillor Birch for their year as Mayor and Deputy Mayor.',
      [
        [
          'resolution',
          'The Council gives its thanks to Councillor Ash and Councillor Birch for their year as Mayor and Deputy Mayor.',
        ],
      ],
    ],
    [
      'a body that received, considered and agreed a paper',
      '12. Governance statement\n\nThe Council received, considered, and agreed the annual governance statement after the vote.',
      [['resolution', 'The Council received, considered, and agreed the annual governance statement after the vote.']],
    ],
    [
      'further parts of a decision that open with their verbs, after a lead-in that names the body',
      '5. Play areas\n\nThat the Members agreed that the Town Council supports the new play strategy; and continue to seek grants for the park.\n\n6. Health\n\nThat the Members agreed that the Town Council promotes walking groups across the town;\n\ncontinues to fund the summer sports week;\n\nexplore that every club is listed on the Council website; and\n\nincrease the number of outdoor gyms.\n\n(Moved by Councillor A Ash and seconded by Councillor B Birch)',
      [
        ['resolution', 'The Members agreed that the Town Council supports the new play strategy'],
        ['resolution', 'The Members agreed that the Town Council continue to seek grants for the park.'],
        ['resolution', 'The Members agreed that the Town Council promotes walking groups across the town'],
        ['resolution', 'The Members agreed that the Town Council continues to fund the summer sports week'],
        [
          'resolution',
          'The Members agreed that the Town Council explore that every club is listed on the Council website',
        ],
        ['resolution', 'The Members agreed that the Town Council increase the number of outdoor gyms.'],
      ],
    ],
    [
      'changes listed, then agreed with',
      '3. Work plan\n\nThe Chair had sent members a note of the proposed changes to the work plan, which were to:\n\n· move the budget update to March;\n\n· add a review of parking charges to the plan;\n\n· target a date for the grants review.\n\nNo one had replied to the note, and members said they were in agreement with the proposed changes.',
      [
        ['work-programme', 'Move the budget update to March'],
        ['work-programme', 'Add a review of parking charges to the plan'],
        ['work-programme', 'Target a date for the grants review.'],
        [
          'resolution',
          'No one had replied to the note, and members said they were in agreement with the proposed changes.',
        ],
      ],
    ],
    [
      'whose the action is, named by role after the sentence: a sub-committee, the Treasurer',
      '4. Finance\n\nThe sub-committee hope to have the risk assessment ready for adoption at the next meeting. Action Sub-committee.\n\n5. Hall\n\nThe hall roof needs repair. Action Treasurer.',
      [
        ['action', 'The sub-committee hope to have the risk assessment ready for adoption at the next meeting.'],
        ['action', 'The hall roof needs repair.'],
      ],
    ],
    [
      'a draft that would be put before the following meeting, after what was settled',
      '6. Allotments\n\nThe Chair had settled terms with the landowner and a draft lease would be put before the following meeting to approve.',
      [
        [
          'follow-up',
          'The Chair had settled terms with the landowner and a draft lease would be put before the following meeting to approve.',
        ],
      ],
    ],
    [
      'members who requested details be reported, with no "that"; something requested in the passive',
      '189. Appeal decision\n\nThe appeal had been allowed. Members requested details of the legal costs, once settled, be reported to the Panel.\n\n190. Terms of reference\n\nA map of the groups that report to the Board was also requested.',
      [
        [
          'information-request',
          'Members requested details of the legal costs, once settled, be reported to the Panel.',
        ],
        ['request', 'A map of the groups that report to the Board was also requested.'],
      ],
    ],
    [
      'the chair who asked the members to act, or suggested an officer do something',
      '27. Parish consultation\n\nThe Chairman asked the Committee to let their ward parishes know about the scheme.\n\n28. Parking\n\nThe Chairman suggested that the Parking Officer met the ward councillors at the school.',
      [
        ['request', 'The Chairman asked the Committee to let their ward parishes know about the scheme.'],
        ['action', 'The Chairman suggested that the Parking Officer met the ward councillors at the school.'],
      ],
    ],
    [
      "a request about residents' parking is a request, not advice to residents",
      "5. Parking\n\nCllr Ash requested that residents' parking in Mill Road be looked at again.",
      [['request', "Cllr Ash requested that residents' parking in Mill Road be looked at again."]],
    ],
    [
      "a joint board's members from one council, who appointed its chair",
      '1. Chairman\n\nThe Ashby District Council (ADC) Members of the Board appointed Councillor Ash as Chairman of the Joint Board for 2022-23.',
      [
        [
          'resolution',
          'The Ashby District Council (ADC) Members of the Board appointed Councillor Ash as Chairman of the Joint Board for 2022-23.',
        ],
      ],
    ],
    [
      "a nomination seconded, then the motion's words on a line of their own",
      '2. Co-chairs\n\nAnn Ash nominated Cllr Birch and Inspector Cole as co-chairs of the Board. This was seconded by Dan Dale.\n\nThat Cllr Birch and Inspector Cole be co-chairs of the Partnership for the year.',
      [['resolution', 'Cllr Birch and Inspector Cole be co-chairs of the Partnership for the year.']],
    ],
    [
      "a decisions list's account of the report put to the meeting, before the decision it took",
      '25/07/2024 - Tree policy ref: 412 Recommendations Approved\nDecision Maker: Council Forum\nMade at meeting: 25/07/2024 - Council Forum\nDecision published: 12/11/2024\nEffective from: 25/07/2024\nA report was submitted, recommending to the Council that the tree policy be adopted.\nMembers were advised that the Cabinet had voted to recommend that the policy be adopted.\nThat Council:\na) Note the report.\nb) Approve the tree policy for the district.',
      [
        ['resolution', 'Note the report.'],
        ['resolution', 'Approve the tree policy for the district.'],
      ],
    ],
    [
      "a website's way to stay informed is not something to remain as it is",
      "Sign up for email alerts. It's a simple way to stay in touch with us.\n\n3. Hall\n\nHall hire charges to remain unchanged.",
      [['resolution', 'Hall hire charges to remain unchanged.']],
    ],
    [
      'members who reported something, then resolved for the clerk to act',
      '5. Highways\n\nMembers reported the poor state of the patched verge and resolved for the Clerk to raise it once more with the highway authority.',
      [
        [
          'resolution',
          'Members reported the poor state of the patched verge and resolved for the Clerk to raise it once more with the highway authority.',
        ],
      ],
    ],
    [
      'a body that was supportive of a proposal, after what it considered',
      '7. Public speaking\n\nFollowing its review of the consultation replies, Cabinet was supportive of the draft street trading policy.',
      [
        [
          'resolution',
          'Following its review of the consultation replies, Cabinet was supportive of the draft street trading policy.',
        ],
      ],
    ],
    [
      'what a committee recommended to the board above it; a keyword run into the sentence after it',
      '36/24 Governors\n\nResolvedIt was recommended to Board that Ann Ash be appointed as a parent governor for three years.',
      [
        [
          'recommendation',
          'It was recommended to Board that Ann Ash be appointed as a parent governor for three years.',
        ],
      ],
    ],
    [
      'an invitation noted as declined',
      '10. Correspondence\n\nInvitation from the Mayor to the charity ball declined.',
      [['resolution', 'Invitation from the Mayor to the charity ball declined.']],
    ],
    [
      'what members of the public asked for in the open forum, which no one took on',
      '1. Open Forum\n\nMr. Ash asked that the minutes be more meaningful. Mrs Birch requested that the bins be emptied weekly.\n\n2. Footpaths\n\nCllr Cole asked that the footpath be cleared. Mr Dale asked that the stile be mended.',
      [
        ['request', 'Cllr Cole asked that the footpath be cleared.'],
        ['request', 'Mr Dale asked that the stile be mended.'],
      ],
    ],
    [
      'candidates named, each with who proposed and seconded them and the vote',
      '5. Co-option\n\nThere were three vacancies and each applicant was voted on in turn.\nAnn Ash – proposed by Cllr Birch seconded by Cllr Cole and unanimously appointed.\nBen Dale - proposed by Cllr Cole seconded by Cllr Birch and unanimous',
      [
        ['resolution', 'Ann Ash – proposed by Cllr Birch seconded by Cllr Cole and unanimously appointed.'],
        ['resolution', 'Ben Dale - proposed by Cllr Cole seconded by Cllr Birch and unanimous'],
      ],
    ],
  ])('%s', readsWhole);
});

describe('what a paper is and which meeting it records, met on real pages in the forty-eighth session', () => {
  it('reads an item’s page that opens with the agenda’s words as minutes when apologies were given and a vote seconded', async () => {
    const paper = await readPaper(
      'Held in the Parish Hall\n\nTo accept apologies for absence through the Clerk\n\nCllr. Ann Ash gave her apologies.\n\nTo confirm and sign the minutes of the last meeting\n\nBC proposed the minutes were a true record. DE seconded, all agreed.\n\nAction: FG to put the minutes on the website.',
    );
    expect(paper.kind).toBe('minutes');
    expect(paper.outcomes.map((o) => [o.kind, o.text])).toContainEqual([
      'action',
      'FG to put the minutes on the website.',
    ]);
  });

  it('does not read the corrected words of the last minutes as decisions of this meeting', () => {
    expect(
      outcomesOf(
        '2. Minutes\n\nThe minutes were agreed with one change.\n\nThe first sentence now reads: Councillor Ash asked that the bins be emptied weekly.',
      ),
    ).toEqual([['resolution', 'The minutes were agreed with one change.']]);
  });

  it('reads item numbers followed by a comma', async () => {
    const paper = await readPaper(
      'Minutes of the Allotments Committee held on Monday 26th February 2024\n\nPresent: Cllr Ash, Cllr Birch\n\n1, To appoint a minute taker\n\nCllr Ash\n\n2, To note apologies\n\nNone.\n\n3, To receive an update from the association\n\nAgreed to change the gate code every year.',
    );
    expect(paper.items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });

  it('takes no date or body from the links to earlier minutes put to the meeting', async () => {
    const paper = await readPaper(
      'That apologies be received from Councillor Ash.\n\nMinutes of the Meeting held on 3 March 2021 pdf icon PDF 212 KB\n\nThat the minutes of the meeting held on 3 March 2021 be confirmed as a true record.\n\nHighways Committee Minutes - 10 March 2021 pdf icon PDF 96 KB\n\nThat the minutes of the Highways Committee held on 10 March 2021 be noted.',
    );
    expect(paper.date).toBeNull();
    expect(paper.committee).toBeNull();
  });
});
