import type { FakeAttendee } from './types';

/** The seeded council: Coventry, whose Education and Children's Services board the real fixtures come from. */
export const COUNCIL = 'Coventry City Council';
/** The committee a test follows (its title as the web service gives it, once decoded). */
export const FOLLOWED_COMMITTEE = "Education and Children's Services Scrutiny Board (2)";
export const VENUE = 'Diamond Room 2, Council House, Coventry';
export const MEETING_TIME = '10.30 am';

/** The board as the minutes of 16 September 2021 list it, with the roles ModernGov gives attendees. */
export const BOARD: Omit<FakeAttendee, 'memberId'>[] = [
  { name: 'Councillor J Innes', role: 'Chair', attendance: 'Present' },
  { name: 'Councillor F Abbott', role: 'Committee Member', attendance: 'Present' },
  { name: 'Councillor P Akhtar', role: 'Committee Member', attendance: 'Present' },
  { name: 'Councillor J Blundell', role: 'Committee Member', attendance: 'Present' },
  { name: 'Councillor S Keough', role: 'Committee Member', attendance: 'Present' },
  { name: 'Councillor R Simpson', role: 'Committee Member', attendance: 'Present' },
  { name: 'Councillor B Gittins', role: 'Committee Member', attendance: 'Apologies' },
  { name: 'Mrs S Hanson', role: 'Co-opted Member', attendance: 'Present' },
  { name: 'Mrs K Jones', role: 'Co-opted Member', attendance: 'Present' },
  { name: 'R Thay', role: 'Co-opted Member', attendance: 'Apologies' },
  { name: 'C Thomas', role: 'Co-opted Member', attendance: 'Apologies' },
  { name: 'A Tucker', role: 'Co-opted Member', attendance: 'Apologies' },
  { name: 'Councillor P Seaman', role: 'Cabinet Member for Children and Young People', attendance: 'In attendance' },
];

export function boardAttendees(firstMemberId: number, upcoming: boolean): FakeAttendee[] {
  return BOARD.map((member, i) => ({
    ...member,
    memberId: firstMemberId + i,
    attendance: upcoming ? 'Expected' : member.attendance,
  }));
}
