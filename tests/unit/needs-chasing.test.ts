import { describe, expect, it } from 'vitest';
import type { OutcomeKind } from '../../shared/domain';
import { ASKS, needsChasing, readChasing, RECORDS } from '../../electron/tracker/needs-chasing';

describe('each rule decides the wording it exists for', () => {
  it.each(RECORDS.map((rule) => [rule.reads, rule.example]))('recorded: %s (“%s”)', (_reads, example) => {
    expect(needsChasing('resolution', example)).toBe(false);
  });
  it.each(ASKS.map((rule) => [rule.reads, rule.example]))('needs chasing: %s (“%s”)', (reads, example) => {
    const reading = readChasing('resolution', example);
    expect(reading.needsChasing).toBe(true);
    // The example is caught by its own rule, not by luck of another.
    expect(reading.because).toContain(reads);
  });
});

describe('needsChasing reads resolutions as minutes write them', () => {
  it.each<[string, boolean]>([
    // Noting and receiving: done at the meeting
    ['That the report be noted', false],
    // An election told after who was proposed, with the item's title before it
    ['Election of a Chair for the year She was unanimously elected and took the Chair.', false],
    [
      'Councillor Ash nominated Councillor Lee for Vice-Chair, seconded by Councillor Cole. He was duly elected.',
      false,
    ],
    // Elected, then asked to act: still to chase
    ['Cllr Ash was duly elected and asked to write to the highways team about the verges.', true],
    // A planning response, however it is worded, is given at the meeting
    ['6 Planning application 24/01234/HOU at 3 Mill Lane. There were no issues with this planning application.', false],
    ['The Parish Council again recommended the refusal of planning permission as the site is too cramped.', false],
    ['The application (AF/2024/1106) was opposed on grounds of loss of amenity.', false],
    ['Objection to the application based on the parking policy.', false],
    [
      'Objection to the application based on the parking policy - if spaces can not be provided, the proposal should not add to the problem.',
      false,
    ],
    ['The Councillors further approved the annual internal audit report 2025/26', false],
    ['Recommendation: Members supported this application.', false],
    ['Objection to the application; the Clerk to write to the planning officer with the reasons', true],
    ['John Ash was Co-opted onto the Council and will sign a Declaration of Acceptance of Office.', false],
    ['Those present voted unanimously to co-opt Ann Lee to the Parish Council.', false],
    ['It was proposed and seconded that Cllr Cedar be the new vice chairman.', false],
    ['The accounts were proposed and seconded and passed unanimously.', false],
    ['Standing Orders were approved without change', false],
    ['Nigel Ash was confirmed as a co-opted appointment', false],
    ['Received the Annual Audit Letter for 2019/20', false],
    ['Staff salaries to be increased by 2% to allow for any pay award.', true],
    // Office-bearers: who was proposed and seconded, with no verb of election
    ['Chairman; Ann Lee proposed Tom Reid, seconded Sam Ward,', false],
    ['Treasurer; Ann Lee proposed that the Clerk write to the bank, seconded Sam Ward', true],
    ['The Committee notes the update on school admissions', false],
    ['Noted the progress made against the improvement plan', false],
    ['The contents of the report were noted with thanks', false],
    ['The Panel noted their work plan for the year', false],
    ['The Sub-Committee took note of the verbal update from the Cabinet Member', false],
    ['The briefing note on fly-tipping be received for information', false],
    ['The annual report of the safeguarding partnership was received', false],
    ['The Board considered the report and made comments', false],
    ['The Board welcomed the report and thanked the officers for attending', false],
    ['The Committee reviewed the complaints received during the year', false],
    ['The written answers to members’ questions were noted', false],
    // Elections, planning responses and payments, as parish and town councils record them
    ['Election of Vice-Chairman: Ann Lee nominated Tom Reid, seconded Sam Ward, unanimous decision', false],
    ['24/0311/FUL Mill Lane, two houses: no objection', false],
    // Roles and who holds them, under an item that appoints; not a role with a task
    ['2.1 Tree Warden: Cllr B Birch', false],
    ['Rights of Way: Dr Jane Dowd.', false],
    ['Planning Group: The Chairman and Cllrs Garside, Ousby, and Penhale.', false],
    ['Footpaths: Cllr Ash to inspect the stile', true],
    ['Highways: Cllr Ash and the Clerk to meet the engineer', true],
    [
      'Cllr Ash nominated Cllr Birch to be the Mayor for the coming year. Cllr Cole seconded this proposal and all members were in favour of this.',
      false,
    ],
    ['Parish Councillors ratified the payment of £210.50 to the broker for the annual premium.', false],
    ['Cheques approved as follows:', false],
    ['The minutes of 9 September 2025 be approved and signed by the Chair.', false],
    ['It was resolved to accept the quote from Fenland Roofing of £4,200.', true],
    ['Accepted the offer of a bench from the WI.', true],
    ['Mill Farm, Church Road – R. Dale – recommend permission', false],
    ['Mr Ray Dale be co-opted as a member of the Council.', false],
    ['Mr Ray Dale be co-opted as a member of the Council, and the Clerk to send him the code of conduct.', true],
    ['We have appointed Councillor Hale, Chair and Councillor Ash, Vice Chair for the year.', false],
    ['We have confirmed as correct the minutes of our meeting held on 5th February 2024.', false],
    ['We have noted the manager’s report on the landfill contract.', false],
    ['Commented on the terms of reference for the review at Appendix 1.', false],
    ['Annual Governance Statement – Approved.', false],
    ['Members went through the auditor’s report and resolved they were satisfied with the internal controls.', false],
    ['Members were satisfied with the report and asked the Clerk to publish it.', true],
    ['No objection, but the Clerk to ask the planners to limit working hours', true],
    ['The accounts for April were approved for payment', false],
    ['Authorisation of payments agreed.', false],
    ['Payments approved: Clerk salary Q3 £412.50; hall hire £45.00.', false],
    ['2.2 Village Hall Trust – Cllr C Cole and Cllr A Ash.', false],
    ['James Hale confirmed as Secretary.', false],
    ['Payments approved, and the Clerk to write to the bank about the new mandate.', true],
    [
      'Payment of the grass-cutting invoice was approved for payment and the Clerk to obtain quotes for next year',
      true,
    ],
    // Minutes, chairs, members and procedure
    ['The minutes of the previous meeting be approved as a correct record', false],
    ['The minutes of the meeting held on 2 June were agreed as an accurate record, and signed by the Chairman', false],
    ['The minutes of the last meeting were a true and correct record', false],
    ['The Committee approved the minutes of the last meeting', false],
    ['Councillor Priya Lal be appointed Chair for the remainder of the municipal year', false],
    ['Councillor Hollis was re-elected as Chairman', false],
    ['B Birch was nominated by AA and voted in as Vice Chair.', false],
    ['Elect Councillor Byrne as Vice Chair', false],
    ['Mrs D Akande be appointed as a co-opted member of the Committee', false],
    ['Councillor Webb declared an other registrable interest in item 7', false],
    ['No disclosable pecuniary interests were declared', false],
    ['Under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting', false],
    ['To exclude the press and public for the following item on the grounds of exempt information', false],
    ['No further action is required', false],
    // Mixed: something recorded, something asked
    ['The report was noted and officers were asked to circulate the figures to members', true],
    ['The Committee noted the report and requested a briefing on the backlog', true],
    ['Noted the update; officers to report back on the recruitment campaign', true],
    ['The report be noted and circulated to all town and parish councils', true],
    ['The update was received and the Director will provide a breakdown by ward', true],
    ['The report be noted and the comments of the Committee be forwarded to the Cabinet Member', true],
    ['Noted the report, and that officers liaise with the police on the parking problems', true],
    ['The Panel noted the report and agreed to keep the matter under review', true],
    ['The Board received the report and invited the Cabinet Member to the next meeting', true],
    ['The performance report be noted and a further report come to the Board in the spring', true],
    ['The Panel noted the report and recommended that Cabinet defer the decision', true],
    ['The Committee noted the report and added flood resilience to its work programme', true],
    ['The Committee considered the proposals and endorsed them, subject to the comments above', true],
    ['The budget monitoring report was noted, with the figures to be checked by the end of the month', true],
    // Decisions others must now carry out
    ['The programme for consultation be approved', true],
    ['Delegated authority be granted to the Director of Place to award the contract', true],
    ['The grant offer letter be noted.', false],
    [
      'That the Committee grant planning permission subject to conditions, and officers issue the decision notice',
      true,
    ],
    ['Approve the revised fees and charges from 1 April', true],
    ['Agree the capital programme changes set out in the report', true],
    ['The Council adopt the revised local plan', true],
    ['Officers circulate the list of affected roads', true],
    ['A task group be established to look at youth services', true],
    ['Further detail regarding the apprenticeship scheme be communicated to the Board', true],
    // Not mistaken for a delegation of authority
    ['Note the forecast position on delegated school budgets', false],
    ['', true],
  ])('“%s” needs chasing: %s', (text, expected) => {
    expect(needsChasing('resolution', text)).toBe(expected);
  });

  it.each<OutcomeKind>(['request', 'information-request', 'action', 'follow-up', 'work-programme', 'recommendation'])(
    'a %s always needs chasing, whatever it says',
    (kind) => {
      expect(needsChasing(kind, 'The report be noted')).toBe(true);
      expect(readChasing(kind, 'The report be noted').because).toMatch(/^Every .* needs chasing\.$/);
    },
  );

  it('says why, in words the chair can check', () => {
    expect(readChasing('resolution', 'That the report be noted').because).toBe(
      'It notes something; it asks no one to act.',
    );
    expect(readChasing('resolution', 'The report was noted and officers would circulate it').because).toBe(
      'It says someone is to do something (“would circulate”), so it needs chasing.',
    );
    expect(readChasing('resolution', 'Approve the revised fees').because).toMatch(/stays to be chased/);
  });
});
