/** What the home screen shows for one committee: what to do before its next meeting. */
export interface HomeCommittee {
  id: number;
  name: string;
  council: string;
  /** Followed in the library, or on a council website the member added. */
  followed: boolean;
  /** Followed because a council website's committee of the same name is followed (cannot be unfollowed here). */
  followedOnWebsite: boolean;
  /** The first meeting on or after today, if the library has one. */
  nextMeeting: HomeMeeting | null;
  /** The latest meeting before today, for a committee with nothing ahead. */
  lastMeeting: HomeMeeting | null;
  /** How many meetings of this committee are in the library. */
  meetingCount: number;
  /** Outcomes still to be done (open or in progress) that someone must act on, and how many of them are overdue. */
  outstanding: number;
  overdue: number;
}

export interface HomeMeeting {
  id: number;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  time: string | null;
  venue: string | null;
  /** How many papers are in the library: 0 means the pack has not arrived. */
  papers: number;
  /** Papers never opened, or re-published since the member last opened them. */
  unreadPapers: number;
  /** The member's questions for this meeting. */
  questions: number;
}

export interface HomeOverview {
  /** Committees the member follows, or every committee when the member follows none yet. */
  committees: HomeCommittee[];
  /** True when the member follows no committee yet: every committee is shown. */
  showingAll: boolean;
}
